"""Clears what Toestemming put on the clipboard after a short time, and at lock and quit.

A name or birth date copied from the youth page is readable by every other program on the PC
for as long as it stays on the clipboard (and clipboard history tools keep it longer). So a
copy made from one of our windows lives `seconds` (default 30) and is then removed — but only
if the clipboard still holds exactly what we put there: whatever the worker copied afterwards
in another program is never touched.

Time comes from the injected clock (like ui/autolock.py): tests advance a FixedClock and call
`check_now()`; a light poll timer does the same in the running app.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget

from toestemming.clock import Clock

DEFAULT_SECONDS = 30
POLL_MS = 1000


class ClipboardGuard(QObject):
    cleared = Signal()

    def __init__(self, clock: Clock, seconds: int = DEFAULT_SECONDS, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._limit = timedelta(seconds=seconds)
        self._copied_text: str | None = None
        self._copied_at: datetime | None = None
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._on_changed)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.check_now)
        self._poll.start()

    def _ours(self) -> bool:
        # ownsClipboard() is false on some platforms (offscreen, Wayland); focus tells too:
        # a change while one of our windows is active was made by us (Ctrl+C, a copy menu).
        return self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None

    def _on_changed(self) -> None:
        text = self._clipboard.text()
        if text and self._ours():
            self._copied_text = text
            self._copied_at = self._clock.now()
        elif text != self._copied_text:
            self._copied_text = None  # someone else's copy: not ours to clear
            self._copied_at = None

    def note_copy(self, text: str) -> None:
        """Put `text` on the clipboard ourselves (a "kopiëren" button) and guard it."""
        self._clipboard.setText(text)
        self._copied_text = text
        self._copied_at = self._clock.now()

    def pending(self) -> bool:
        return self._copied_text is not None

    def check_now(self) -> None:
        if self._copied_at is not None and self._clock.now() - self._copied_at >= self._limit:
            self.clear_now()

    def clear_now(self) -> None:
        """At lock and quit, and when the time is up: remove our copy if it is still there."""
        if self._copied_text is not None and self._clipboard.text() == self._copied_text:
            self._clipboard.clear()
            self.cleared.emit()
        self._copied_text = None
        self._copied_at = None

    def stop(self) -> None:
        self._poll.stop()
        self.clear_now()


def install_clipboard_guard(window: QWidget, clock: Clock) -> ClipboardGuard:
    """Guard the clipboard while `window` shows a vault; clear it when locking or closing
    begins (the window's `closing` signal)."""
    guard = ClipboardGuard(clock, parent=window)
    closing = getattr(window, "closing", None)
    if closing is not None:
        closing.connect(guard.stop)
    window.clipboard_guard = guard  # type: ignore[attr-defined]  # kept alive and reachable
    return guard
