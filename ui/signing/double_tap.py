"""The second tap of a hurried double tap must not act on the page the first tap opened.

On the tablet the buttons that move on ("Bevestigen", "Volgende") open a page whose own
buttons sit in the same place: a double tap on "Bevestigen" used to land on the thanks page's
"Volgende persoon" and wiped what had just been recorded off the screen before the parent
could read it. After the page (or the item) changes, a press that comes within the system's
double-click interval of the tap that changed it is swallowed.

Times are the input events' own timestamps (from the touch screen / mouse), not a clock: a
deliberate tap a moment later always acts. Events without a time (0) are let through.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class DoubleTapGuard(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._last_release = 0  # the timestamp of the latest tap's release in the window
        self._turned_at = 0  # the release that changed the page (0: none)
        app = QApplication.instance()
        if app is not None:
            # Application-wide: the presses go to the child widgets, not to the window. The
            # filter leaves with this object (a child of the window).
            app.installEventFilter(self)

    def turned(self) -> None:
        """The page or the item on it changed: the tap that did it was the last release."""
        self._turned_at = self._last_release

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind != QEvent.Type.MouseButtonRelease and kind not in _PRESSES:
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        assert isinstance(event, QMouseEvent)
        stamp = int(event.timestamp())
        if kind == QEvent.Type.MouseButtonRelease:
            if stamp:
                self._last_release = stamp
            return False
        if not stamp or not self._turned_at:
            return False
        interval = QApplication.styleHints().mouseDoubleClickInterval()
        return 0 <= stamp - self._turned_at < interval
