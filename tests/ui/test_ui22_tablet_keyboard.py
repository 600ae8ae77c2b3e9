"""The tablet for a signer with a keyboard only, or a screen reader, as they act.

Session 18 found: the bar's tools (A−/A+, the languages, Voorlezen, Begeleider) were no Tab
stops, so a keyboard-only signer could not switch to English or make the text larger; Enter on
a focused button did nothing outside a dialog; and the tools' names a screen reader speaks
("Kleinere tekst") came from the worker's program language, not the signer's. And an upright
tablet (800×1280) at 150 % took three rows of tools, "Begeleider" alone on the last."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import mode_with_large_text, three_item_request
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode

SHOTS = os.environ.get("UI22_SHOTS", "")


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name + ".png"))


def tab_until(qtbot: QtBot, mode: SigningMode, target: QWidget, most: int = 40) -> list[QWidget]:
    """Press Tab from whatever has the focus until `target` has it; the stops on the way."""
    stops: list[QWidget] = []
    for _ in range(most):
        current = QApplication.focusWidget()
        if current is target:
            return stops
        qtbot.keyClick(current or mode, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        stops.append(focused)
    raise AssertionError(f"Tab never reached {target!r}: {[type(w).__name__ for w in stops]}")


@contextmanager
def netbook_at_200(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> Iterator[SigningMode]:
    """1024×600 with the system's text at 200 %, three languages, the first item up."""
    three_item_request(service, seeded.odegaard, arabic=True)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 2, QSize(1024, 600)) as mode:
        mode.activateWindow()
        yield mode


def test_keyboard_only_signer_switches_language_and_size_but_not_past_the_gate(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    with netbook_at_200(qtbot, qapp, service, seeded) as mode:
        page = mode.item_page
        assert page.reading.waiting  # a text that runs below the fold
        # The first Tab stops are the tools, in the bar's reading order, before the page.
        tools = [
            mode.smaller_button,
            mode.larger_button,
            *mode.language_buttons.values(),
            mode.staff_button,
        ]
        mode.setFocus()
        stops = tab_until(qtbot, mode, mode.staff_button)
        assert [w for w in stops if w in tools] == tools
        # English with Space, from the keyboard.
        english = mode.language_buttons["en"]
        tab_until(qtbot, mode, english)
        qtbot.keyClick(english, Qt.Key.Key_Space)
        assert mode.language == "en" and english.isChecked()
        # Space again on the language already chosen: it stays chosen.
        qtbot.keyClick(english, Qt.Key.Key_Space)
        assert mode.language == "en" and english.isChecked()
        # A− with Enter (not only Space).
        tab_until(qtbot, mode, mode.smaller_button)
        qtbot.keyClick(mode.smaller_button, Qt.Key.Key_Return)
        assert mode.step == -1
        qtbot.keyClick(mode.smaller_button, Qt.Key.Key_Enter)
        assert mode.step == -2
        settle()
        # Ja and Nee still wait for the text's end: Tab does not land on them, and Enter on
        # them (focused by force) takes nothing.
        assert page.reading.waiting
        tab_until(qtbot, mode, page.text_scroll)
        for _ in range(12):
            qtbot.keyClick(QApplication.focusWidget() or mode, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() not in (page.yes_button, page.no_button)
        page.yes_button.setFocus()
        qtbot.keyClick(page.yes_button, Qt.Key.Key_Return)
        qtbot.keyClick(page.yes_button, Qt.Key.Key_Space)
        assert mode.answers == {}
        # Read to the end by keyboard (End on the text), then Ja with Enter.
        tab_until(qtbot, mode, page.text_scroll)
        qtbot.keyClick(page.text_scroll, Qt.Key.Key_End)
        settle()
        assert not page.reading.waiting
        tab_until(qtbot, mode, page.yes_button)
        qtbot.keyClick(page.yes_button, Qt.Key.Key_Return)
        assert list(mode.answers.values()) == ["yes"]


def test_focus_ring_is_visible_at_200_percent(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    """The focused tool looks different, with a ring at least 4 px wide at its edge."""
    with netbook_at_200(qtbot, qapp, service, seeded) as mode:
        button = mode.larger_button
        size = button.size()
        settle()
        focused = QApplication.focusWidget()
        assert focused is None or not focused.property("keyboard")  # nothing ringed at start
        plain = button.grab().toImage()
        mode.setFocus()
        tab_until(qtbot, mode, button)
        settle()
        assert button.hasFocus() and button.size() == size  # nothing moves when it focuses
        ringed = button.grab().toImage()
        shot(mode, "ui22_focus_1024x600_200")
        middle = size.height() // 2

        def edge(image: QImage) -> list[int]:
            return [image.pixelColor(x, middle).rgb() for x in range(4)]

        assert edge(plain) != edge(ringed)
        assert len(set(edge(ringed))) == 1, "the ring is one colour 4 px into the button"
        # A finger on the page: the ring goes (it is for the keys, not for a tap), and the
        # first widget the window focused by itself never showed one.
        page = mode.item_page
        qtbot.mouseClick(page.text_scroll.viewport(), Qt.MouseButton.LeftButton)
        settle()
        assert edge(button.grab().toImage()) == edge(plain)
        assert not any(w.property("keyboard") for w in mode.findChildren(QWidget))


@pytest.mark.parametrize(
    ("language", "smaller", "larger", "staff"),
    [
        ("nl", "Kleinere tekst", "Grotere tekst", "Begeleider"),
        ("en", "Smaller text", "Larger text", "Staff"),
        ("ar", "نص أصغر", "نص أكبر", "المرشد"),
    ],
)
def test_screen_reader_names_speak_the_signers_language(
    qtbot: QtBot,
    qapp: QApplication,
    service: Service,
    seeded: Seeded,
    language: str,
    smaller: str,
    larger: str,
    staff: str,
) -> None:
    """The worker's desk is Dutch (the app's Qt language); the signer chooses on the tablet."""
    three_item_request(service, seeded.odegaard, arabic=True)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1, QSize(1280, 800)) as mode:
        if language != "nl":
            qtbot.mouseClick(mode.language_buttons[language], Qt.MouseButton.LeftButton)
        assert mode.smaller_button.accessibleName() == smaller
        assert mode.larger_button.accessibleName() == larger
        assert mode.staff_button.accessibleName() == staff
        assert mode.sign_page.pad.accessibleName() != "Vak voor de handtekening" or language == "nl"


def test_upright_tablet_at_150_percent_keeps_the_tools_on_two_rows(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    three_item_request(service, seeded.odegaard, arabic=True)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1.5, QSize(800, 1280)) as mode:
        for language in ("nl", "en", "ar"):
            qtbot.mouseClick(mode.language_buttons[language], Qt.MouseButton.LeftButton)
            settle()
            shot(mode, f"ui22_upright_800x1280_150_{language}")
            buttons = [
                mode.smaller_button,
                mode.larger_button,
                *mode.language_buttons.values(),
                mode.staff_button,
            ]
            rows = {b.y() for b in buttons}
            assert len(rows) <= 2, (language, sorted(rows))
            # A row of one lone button is a waste of the bar: "Begeleider" keeps company.
            last = max(rows)
            assert sum(1 for b in buttons if b.y() == last) >= 2, language
            for b in buttons:
                assert b.height() >= 44 and b.width() >= 44
