"""Keyboard traps found by the first-day walk (tests/ui/first_day_screen_s16.py). A worker
filling in the transitieformulier adds a stage and presses Tab to go on: Tab went from cell to
cell of the stages table and round again, so Bewaren was never reached. Now Tab leaves the
table; the arrows still move between its cells and typing still edits one."""

from __future__ import annotations

from consent_fixtures import activate
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.forms import TransitionFormDialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def test_tab_leaves_the_stages_table_and_reaches_save(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    dialog = TransitionFormDialog(service, seeded.zoe)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    # Typing edits the cell; Enter ends the edit; the arrow goes to the next column.
    qtbot.keyClicks(table, "B")  # opens the cell's editor, which takes the rest
    qtbot.keyClicks(focused(), "akkerij")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    # (the item view closes its editor on the next pass of the event loop)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(0, 0) is not None and table.item(0, 0).text() == "Bakkerij"
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentColumn() == 1
    # Tab goes on through the form, out of the table, and reaches Bewaren.
    seen = []
    for _ in range(30):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused())
        if seen[-1] is dialog.save_button:
            break
    assert dialog.save_button in seen, [type(w).__name__ for w in seen]
    assert seen[0] is not table


def test_tab_in_the_message_box_goes_on_instead_of_typing_a_tab(
    qtbot: QtBot, service: Service
) -> None:
    """Bericht vastleggen: the worker types the app message and presses Tab to reach Lezen;
    a tab character went into the message (and so into what is read as the answer)."""
    from ui.remote.message_dialog import RecordMessageDialog

    dialog = RecordMessageDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(dialog)
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "1 ja")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
    assert dialog.text.toPlainText() == "1 ja"
    assert focused() is not dialog.text
