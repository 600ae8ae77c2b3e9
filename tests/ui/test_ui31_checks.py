"""The session-31 probe's parts, each held on its own (fast, in this process):

- probe_31's checks find what they look for (a cut group box title, a widget outside its
  parent, two siblings over each other, 7 pt text, a cut table cell) and not a good window;
- a check box or radio button whose caption carries names (a purpose, a recipient, a parent,
  a category) wraps: Qt's own never does, and made Intrekken 1459 px wide on 1366×768;
- a Dutch compound wider than the line is broken, never the window widened (signing's
  withdrawal page scrolled sideways on an upright tablet at A+);
- a drop-down of long names gives way and shows the whole name in its list and tooltip;
- test_ui25's reading of the probe's report finds the windows and their problems."""

from __future__ import annotations

import re
from pathlib import Path

from probe_31 import cells_cut, outside_parent, siblings_overlap, tiny_fonts, titles_cut
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_ui25_small_screens import _findings

from ui.screen_fit import WISHED, install_dialog_fitter
from ui.signing.wrapping import WrapCheckBox

UI = Path(__file__).resolve().parents[2] / "ui"
LONG_NAME = "Margaretha Johanna Wilhelmina van der Westerhuizen (ouder met gezag)"


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def test_checks_find_a_cut_title_a_widget_outside_overlap_tiny_text_and_a_cut_cell(
    qtbot: QtBot,
) -> None:
    top = QWidget()
    top.resize(300, 200)
    box = QGroupBox("Ontvangers die al gegevens kregen van deze jongere", top)
    box.setGeometry(0, 0, 120, 60)
    outside = QLabel("Bewaren", top)
    outside.setGeometry(250, 150, 100, 20)
    over = QLabel("Ja", top)
    over.setGeometry(10, 100, 60, 20)
    tiny = QLabel("Nee", top)
    tiny.setGeometry(40, 105, 60, 20)
    small = QFont(tiny.font())
    small.setPointSizeF(7)
    tiny.setFont(small)
    table = QTableView(top)
    model = QStandardItemModel(1, 1, table)
    model.setItem(0, 0, QStandardItem("beëindigd door organisatie"))
    table.setModel(model)
    table.setWordWrap(False)  # one line per cell, as the desk's lists of statuses and dates
    table.setGeometry(120, 0, 170, 90)
    table.setColumnWidth(0, 40)
    _shown(qtbot, top)
    assert titles_cut(top), "the group box's title is cut"
    assert any("Bewaren" in p for p in outside_parent(top))
    assert any("'Ja'" in p and "'Nee'" in p for p in siblings_overlap(top))
    assert any("'Nee'" in p and "7 pt" in p for p in tiny_fonts(top))
    assert any("beëindigd" in p for p in cells_cut(top))
    # The same window put right: nothing found.
    box.setTitle("Ontvangers")
    box.setGeometry(0, 0, 95, 60)
    table.setGeometry(100, 0, 195, 90)
    outside.move(200, 150)
    tiny.setFont(QApplication.font())
    tiny.move(10, 130)
    table.setColumnWidth(0, 185)
    QApplication.processEvents()
    found = titles_cut(top) + outside_parent(top) + siblings_overlap(top) + tiny_fonts(top)
    assert found + cells_cut(top) == []


# QCheckBox( / QRadioButton( whose caption is built from data (a name put in with
# .replace("%1", …), for_mnemonic(…), an f-string or a variable) rather than one fixed text.
DATA_CAPTION = re.compile(r"\b(QCheckBox|QRadioButton)\((?!\s*self\.tr\(\"[^\"]*\"\)\s*\))")
FIXED = re.compile(
    r"\b(QCheckBox|QRadioButton)\(\s*(channel_text\(|label\)|self\.tr\(\"[^\"]*\"\)\))"
)


def test_no_check_box_or_radio_button_with_names_in_it_is_one_that_cannot_wrap() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        for match in DATA_CAPTION.finditer(source):
            start = match.start()
            call = source[start : start + 200]
            if FIXED.match(call) or call.startswith(f"{match.group(1)}()"):
                continue
            if source.count('"""', 0, start) % 2:  # an example in a docstring
                continue
            line = source.count("\n", 0, start) + 1
            found.append(f"{path.relative_to(UI.parent)}:{line}")
    assert not found, f"use WrapCheckBox / WrapRadioButton: {found}"


def test_a_compound_wider_than_the_line_is_broken_not_the_window_widened(
    qtbot: QtBot,
) -> None:
    text = "Contactgegevens, ontwikkelingsperspectiefplan en Trajectbegeleiding-Jongeren"
    box = WrapCheckBox(text)
    large = QFont(box.font())
    large.setPixelSize(60)  # A+ as far as it goes, with the system's text at 150 %
    box.setFont(large)
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.addWidget(box)
    holder.resize(500, 800)
    _shown(qtbot, holder)
    assert box.minimumSizeHint().width() <= 480, box.minimumSizeHint()
    assert holder.minimumSizeHint().width() <= 500
    metrics = box.fontMetrics()
    lines = drawn_text(box).split("\n")
    assert len(lines) > 3
    assert all(metrics.horizontalAdvance(line) <= box.width() for line in lines), lines
    assert box.text() == text  # as set: the breaks are only drawn
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost


def drawn_text(box: WrapCheckBox) -> str:
    """The text as Qt draws it (with the breaks)."""
    from PySide6.QtWidgets import QCheckBox

    return QCheckBox.text(box)


def test_a_drop_down_of_long_names_gives_way_and_shows_the_whole_name(qtbot: QtBot) -> None:
    install_dialog_fitter(QApplication.instance())
    dialog = QDialog()
    form = QFormLayout(dialog)
    combo = QComboBox()
    combo.addItem(LONG_NAME * 2)  # 140 characters: wider than half of any screen's room
    combo.addItem("Ömer Çelik (ouder met gezag)")
    form.addRow("Wie trekt in:", combo)
    dialog.setProperty(WISHED, 420)
    dialog.resize(420, 200)
    _shown(qtbot, dialog)
    assert dialog.width() <= 440, dialog.width()
    assert combo.toolTip() == LONG_NAME * 2  # the whole name, a hover away
    combo.setCurrentIndex(1)
    assert combo.toolTip() == "Ömer Çelik (ouder met gezag)"
    combo.showPopup()
    QApplication.processEvents()
    view = combo.view()
    need = view.sizeHintForColumn(0)
    assert view.viewport().width() >= min(need, dialog.screen().availableGeometry().width() - 40)
    combo.hidePopup()


REPORT = """\
>       assert not missing and not report, f"on {findings.tag}, never opened: {missing}\\n{report}"
E       AssertionError: on 1024x600_en, never opened: []
E       intrekken:
E         1426×460 on 1008×562
E         content needs 1426×253
E       tablet: wie ben jij:
E         'Abdelkarim Benali  (ouder)' not in view ((0, 508, 962, 162))
"""


def test_the_probe_report_is_read_as_windows_and_their_problems() -> None:
    assert _findings(REPORT) == {
        "intrekken": ["1426×460 on 1008×562", "content needs 1426×253"],
        "tablet: wie ben jij": ["'Abdelkarim Benali  (ouder)' not in view ((0, 508, 962, 162))"],
    }
