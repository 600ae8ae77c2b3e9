"""The tablet by keyboard: Enter presses the focused button as Space does, and the focus
ring shows while the signer uses the keys (not for a finger or a pen).

Qt's QPushButton takes Enter only in a dialog (auto-default): on the tablet a keyboard-only
signer who Tabbed to "English" or "Volgende" pressed Enter and nothing happened. A disabled
button is never pressed (QAbstractButton.click does nothing then): Ja and Nee keep waiting
for the text's end (read_gate.py), whatever the key.

The ring (style.py, property `keyboard`) is the web's :focus-visible: after Tab it marks the
focused widget; a tap or a click takes it away again, so a parent with a finger does not meet
an orange frame around the first button the window happened to focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import isValid

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOVES = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
POINTER = (
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
)


def show_ring(widget: QWidget, on: bool) -> None:
    if bool(widget.property("keyboard")) == on:
        return
    widget.setProperty("keyboard", on)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class KeyboardUse(QObject):
    """Installed on the application for as long as `window` lives."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.keyboard = False  # the signer moved the focus with the keys last
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            window.destroyed.connect(lambda: app.removeEventFilter(self))

    def _inside(self, watched: QObject) -> bool:
        # While the window is being torn down (leaving signing mode) its events still come.
        window = self._window
        if not isValid(window) or not isValid(watched) or not isinstance(watched, QWidget):
            return False
        return watched is window or window.isAncestorOf(watched)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.FocusIn, QEvent.Type.FocusOut, *POINTER):
            return False
        if not self._inside(watched):
            return False
        assert isinstance(watched, QWidget)
        if kind == QEvent.Type.FocusIn:
            show_ring(watched, self.keyboard)
        elif kind == QEvent.Type.FocusOut:
            show_ring(watched, False)
        elif kind in POINTER:
            self._use_keys(False)
        else:
            assert isinstance(event, QKeyEvent)
            if event.key() in MOVES:
                self._use_keys(True)
            elif event.key() in ENTER and not event.isAutoRepeat():
                return self._press(watched)
        return False

    def _use_keys(self, on: bool) -> None:
        self.keyboard = on
        focused = self._window.focusWidget()
        if focused is not None:
            show_ring(focused, on and focused.hasFocus())

    def _press(self, watched: QWidget) -> bool:
        if not isinstance(watched, QAbstractButton) or not watched.hasFocus():
            return False
        self._use_keys(True)
        watched.click()
        return True
