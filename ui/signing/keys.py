"""Enter and Return press the focused button on the tablet, as Space does.

Qt's QPushButton takes Enter only in a dialog (auto-default): on the tablet a keyboard-only
signer who Tabbed to "English" or "Volgende" pressed Enter and nothing happened. A disabled
button is never pressed (QAbstractButton.click does nothing then): Ja and Nee keep waiting
for the text's end (read_gate.py), whatever the key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterPresses(QObject):
    """Installed on the application for as long as `window` lives."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed by Qt when this object is deleted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in ENTER or event.isAutoRepeat():
            return False
        if not self._window.isAncestorOf(watched) or not watched.hasFocus():
            return False
        watched.click()
        return True
