"""Signing mode on real tablet screens: 1024×768, 1280×800 and 800×1280 (portrait), each at
the normal text size and with the system's large text (150 % and 200 %, as a larger system
font). On every page the parts a signer uses — the item text, the special tick, Ja and Nee,
Vorige/Volgende, the signature pad and its buttons — lie inside the window, never overlap,
are not squeezed below the height their text needs, and the window never needs to be wider
(or taller) than the screen. Long texts scroll, also by finger (QScroller)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QScroller,
    QWidget,
)
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec
from ui.signing.mode import BASE_POINTS, SigningMode
from ui.signing.screenshots import NOW, PASSPHRASE
from ui.signing.words import word

SIZES = {"1024x768": (1024, 768), "1280x800": (1280, 800), "portrait 800x1280": (800, 1280)}
SCALES = {"100%": 1.0, "150%": 1.5, "200%": 2.0}

LONG = " ".join(["Zodat de gemeente je kan helpen met werk, inkomen en een plek om te wonen."] * 14)


def _request(svc: Service) -> int:
    c = svc.catalog
    gemeente = c.add_recipient(
        "Gemeente Utrechtse Heuvelrug, afdeling Werk & Inkomen", "gemeente", "Team Jongeren"
    )
    ggd = c.add_recipient("GGD regio Utrecht", "zorg", "Jeugdgezondheidszorg")
    work = c.add_purpose("werk", "Begeleiding naar werk en inkomen", LONG)
    care = c.add_purpose("zorg", "Zorg tijdens je stage", "Zodat de jeugdarts kan helpen.")
    c.revise_purpose(work.id, "Guidance to work and income", LONG, "en")
    c.revise_purpose(care.id, "Care during your internship", "So the doctor can help.", "en")
    contact = c.add_category("contact", "Contactgegevens", "Naam", "dat", False, "Contact")
    health = c.add_category(
        "gezondheid", "Gezondheid en medische gegevens", "Medisch", "wat", True, "Health"
    )
    youth = svc.people.add_youth(
        given_name="Sem", family_name="Jansen", birth_date="14-05-2008", language="en"
    )
    return svc.consents.create_request(
        youth.id,
        [
            ItemSpec(work.id, gemeente.id, (contact.id,)),
            ItemSpec(care.id, ggd.id, (contact.id, health.id)),
        ],
    ).id


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Service, int]]:
    svc, _ = Service.create(
        tmp_path_factory.mktemp("tablet") / "t.tvault",
        "Praktijkschool De Brug Utrecht-Oost",
        "Anna",
        PASSPHRASE,
        FixedClock(NOW),
        kdf=KdfParams(),
    )
    request_id = _request(svc)
    yield svc, request_id
    svc.close()


@pytest.fixture(params=[(s, f) for s in SIZES for f in SCALES], ids=lambda p: f"{p[0]}-{p[1]}")
def mode(
    request: pytest.FixtureRequest, qtbot: QtBot, vault: tuple[Service, int]
) -> Iterator[tuple[SigningMode, tuple[int, int], float]]:
    size_name, scale_name = request.param
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * SCALES[scale_name])
    app.setFont(large)  # the system's large-text setting, as Qt sees it
    svc, request_id = vault
    m = SigningMode(svc, request_id, FixedClock(NOW))
    qtbot.addWidget(m)
    m.present(full_screen=False)
    size = SIZES[size_name]
    m.resize(*size)
    qtbot.waitExposed(m)
    try:
        yield m, size, SCALES[scale_name]
    finally:
        m._unlocked = True  # close without the passphrase
        m.idle.stop()
        m.close()
        app.setFont(normal)


def settle(m: SigningMode) -> None:
    for _ in range(3):
        QApplication.processEvents()
        m.grab()


def rect_in(m: SigningMode, w: QWidget) -> QRect:
    return QRect(w.mapTo(m, w.rect().topLeft()), w.size())


def needed_height(w: QWidget) -> int:
    if isinstance(w, QAbstractScrollArea):
        return 60  # shows at least a few lines and scrolls the rest
    if isinstance(w, QLabel) and w.wordWrap():
        return w.heightForWidth(w.width())
    return w.minimumSizeHint().height()


def check(m: SigningMode, size: tuple[int, int], parts: list[QWidget], what: str) -> None:
    settle(m)
    width, height = size
    hint = m.minimumSizeHint()
    assert hint.width() <= width, f"{what}: needs {hint.width()} px wide on a {width} px screen"
    assert hint.height() <= height, f"{what}: needs {hint.height()} px high on {height} px"
    assert (m.width(), m.height()) == size, f"{what}: window grew to {m.size()}"
    window = m.rect()
    shown = [p for p in parts if p.isVisible()]
    for part in shown:
        r = rect_in(m, part)
        name = part.objectName() or type(part).__name__
        assert window.contains(r), f"{what}: {name} {r} outside the window {window}"
        assert r.height() >= needed_height(part) - 1, f"{what}: {name} cut off ({r})"
    for a, b in combinations(shown, 2):
        assert not rect_in(m, a).intersects(rect_in(m, b)), f"{what}: {a} overlaps {b}"


def check_column(holder: QWidget, parts: list[QWidget], what: str) -> None:
    """Inside the scrolling column nothing overlaps or is cut off, and it is no wider than
    its viewport (it scrolls up and down only)."""
    viewport = holder.parentWidget()
    assert viewport is not None
    assert holder.width() <= viewport.width(), f"{what}: scrolls sideways"
    shown = [p for p in parts if p.isVisible()]
    for part in shown:
        r = QRect(part.mapTo(holder, part.rect().topLeft()), part.size())
        assert holder.rect().contains(r), f"{what}: {part.objectName()} outside its column"
        assert r.height() >= needed_height(part) - 1, f"{what}: {part.objectName()} cut off"
    for a, b in combinations(shown, 2):
        ra = QRect(a.mapTo(holder, a.rect().topLeft()), a.size())
        rb = QRect(b.mapTo(holder, b.rect().topLeft()), b.size())
        assert not ra.intersects(rb), f"{what}: {a.objectName()} overlaps {b.objectName()}"


def assert_finger_scrolling(m: SigningMode) -> None:
    for area in m.findChildren(QScrollArea):
        gesture = QScroller.grabbedGesture(area.viewport())
        assert gesture != QScroller.ScrollerGestureType(0), "a scroll area without QScroller"


def test_every_page_fits(qtbot: QtBot, mode: tuple[SigningMode, tuple[int, int], float]) -> None:
    m, size, scale = mode
    tools = [m.smaller_button, m.larger_button, *m.language_buttons.values(), m.staff_button]
    assert m.language_buttons  # the request has a Dutch and an English text
    # One signer: the mode opens on item 1; "Vorige" there shows the start page.
    assert m.stack.currentWidget() is m.item_page
    m.item_page.back_button.click()
    check(
        m,
        size,
        [m.org_label, *tools, *m.who_page.buttons, m.who_page.withdraw_button],
        "wie ben jij",
    )
    assert m.text_points == round(BASE_POINTS * scale)  # large system text enlarges it
    m.who_page.buttons[0].click()
    page = m.item_page
    for language in m.session.languages:
        m.set_language(language)
        for index in range(len(m.items)):
            m.show_item(index)
            parts = [
                page.text_scroll,  # recipient, text and special tick scroll inside it
                page.yes_button,
                page.no_button,
                page.hint,  # "Kies Ja of Nee": between the buttons, or its own row
                page.back_button,
                page.next_button,
            ]
            check(m, size, parts, f"onderdeel {index + 1} ({language})")
            page.yes_button.click()
            if page.special_box.isVisible():
                page.special_box.setChecked(True)
            inner = [page.recipient, *page.lines, page.special_box]
            check_column(page.text_scroll.widget(), inner, f"tekst {index + 1} ({language})")
    m.show_summary()
    check(
        m,
        size,
        [m.summary_page.back_button, m.summary_page.next_button],
        "overzicht",
    )
    m.to_signature()
    sign = m.sign_page
    check(
        m,
        size,
        [sign.title, sign.pad, sign.back_button, sign.again_button, sign.confirm_button],
        "handtekening",
    )
    # The thanks page as after a save (not saved here: the vault is shared by the sizes),
    # with the worker's passphrase field under the answers.
    thanks = m.thanks_page
    lines = [f"• {item.texts['nl'][0].splitlines()[0]} — {item.recipient}" for item in m.items]
    thanks.show_result("nl", word("nl", "thanks"), word("nl", "thanks_hint"), "", lines)
    m.stack.setCurrentWidget(thanks)
    check(
        m,
        size,
        [
            thanks.scroll_area,  # what was recorded scrolls inside it
            thanks.worker_title,
            thanks.worker.field,
            thanks.worker.unlock_button,
            thanks.receipt_button,
            thanks.next_button,
        ],
        "bedankt",
    )
    inner = [thanks.title, thanks.hint, thanks.lines]
    check_column(thanks.scroll_area.widget(), inner, "bedankt (tekst)")
    assert_finger_scrolling(m)
