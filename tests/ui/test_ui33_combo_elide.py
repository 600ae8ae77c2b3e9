"""A narrowed drop-down shows its entry shortened with "…", the role in brackets kept.

Qt clipped the text at the drop-down's edge without a sign ("Margaretha Johanna Wilhelmina
van der W"), and the role — who this person is to the youth, what a worker picks by — was the
part cut off (ui/combo_elide.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout
from pytestqt.qtbot import QtBot

from ui.combo_elide import shorten_shown_text, shortened
from ui.screen_fit import narrow_wide_combos

LONG = "Margaretha Johanna Wilhelmina van der Westerhuizen (ouder met gezag)"


@pytest.fixture
def metrics(qtbot: QtBot) -> QFontMetrics:
    return QFontMetrics(QFont())


def test_a_text_that_fits_stays_whole(metrics: QFontMetrics) -> None:
    assert shortened(LONG, metrics, metrics.horizontalAdvance(LONG)) == LONG


@pytest.mark.parametrize("share", [0.45, 0.6, 0.8])
def test_the_name_gives_way_and_the_role_stays(metrics: QFontMetrics, share: float) -> None:
    room = round(metrics.horizontalAdvance(LONG) * share)
    shown = shortened(LONG, metrics, room)
    assert shown.endswith("… (ouder met gezag)") or shown.endswith("…(ouder met gezag)")
    assert shown.startswith("Marga")
    assert metrics.horizontalAdvance(shown) <= room


def test_without_room_for_the_role_all_is_cut_at_the_end(metrics: QFontMetrics) -> None:
    room = metrics.horizontalAdvance("Margaretha (ouder")
    shown = shortened(LONG, metrics, room)
    assert shown.endswith("…") and shown.startswith("Marg")
    assert metrics.horizontalAdvance(shown) <= room


def test_without_brackets_the_end_gives_way(metrics: QFontMetrics) -> None:
    text = "Toestemming voor het delen van het dossier met de school van vervolgonderwijs"
    room = metrics.horizontalAdvance(text) // 2
    shown = shortened(text, metrics, room)
    assert shown.startswith("Toestemming voor") and shown.endswith("…")


def _combo(qtbot: QtBot, text: str, width: int) -> QComboBox:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem(text)
    combo.setFixedSize(width, combo.sizeHint().height())
    combo.show()
    qtbot.waitExposed(combo)
    return combo


def test_a_narrowed_drop_down_paints_the_shortened_text(qtbot: QtBot) -> None:
    """What the drop-down paints is exactly what a drop-down holding the shortened text paints."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    combo = QComboBox()
    combo.addItems([LONG, "Jan de Vries (jongere)"])
    form.addRow("Wie trekt in:", combo)
    narrow_wide_combos(dialog, QSize(380, 600))  # a small screen: the drop-down narrowed
    dialog.resize(380, 80)
    dialog.show()
    qtbot.waitExposed(dialog)
    painted = combo.grab().toImage()
    shown = shortened(LONG, combo.fontMetrics(), _room(combo))
    assert shown.endswith("(ouder met gezag)") and "…" in shown
    assert combo.toolTip() == LONG  # the whole text, as before
    # What a drop-down holding the shortened text paints (it fits: Qt paints that one):
    combo.setItemText(0, shown)
    assert combo.grab().toImage() == painted
    combo.setItemText(0, LONG)
    assert combo.grab().toImage() == painted
    # An entry that fits is Qt's painting, untouched.
    combo.setCurrentIndex(1)
    fits = combo.grab().toImage()
    filters = [c for c in combo.children() if type(c).__name__ == "_ShortenedText"]
    assert len(filters) == 1
    combo.removeEventFilter(filters[0])
    assert combo.grab().toImage() == fits
    combo.setCurrentIndex(0)
    assert combo.grab().toImage() != painted  # without it: clipped again


def test_installed_once(qtbot: QtBot) -> None:
    combo = _combo(qtbot, LONG, 200)
    shorten_shown_text(combo)
    shorten_shown_text(combo)
    assert len(combo.children()) == len({type(c) for c in combo.children()})


def _room(combo: QComboBox) -> int:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width() - 4
