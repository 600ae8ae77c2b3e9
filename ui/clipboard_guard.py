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

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QWidget

from toestemming.clock import Clock

DEFAULT_SECONDS = 30
POLL_MS = 1000


class ClipboardGuard(QObject):
    cleared = Signal()

    def __init__(
        self,
        clock: Clock,
        seconds: int = DEFAULT_SECONDS,
        parent: QObject | None = None,
        *,
        recognise: Callable[[str], bool] | None = None,
    ):
        super().__init__(parent)
        self._clock = clock
        # Text that is ours whoever has focus (the recovery key): see guard_recovery_key.
        self._recognise = recognise
        self._retire_when_idle = False
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
        if text and (self._ours() or (self._recognise is not None and self._recognise(text))):
            self._copied_text = text
            self._copied_at = self._clock.now()
        elif text != self._copied_text:
            self._copied_text = None  # someone else's copy: not ours to clear
            self._copied_at = None
            self._retire_if_idle()

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
        self._retire_if_idle()

    def retire_when_idle(self) -> None:
        """Stop and go away once nothing of ours is left on the clipboard (now, or when it is
        cleared after `seconds`)."""
        self._retire_when_idle = True
        self._retire_if_idle()

    def _retire_if_idle(self) -> None:
        if self._retire_when_idle and self._copied_text is None and self._poll.isActive():
            self._poll.stop()
            self._clipboard.dataChanged.disconnect(self._on_changed)
            self.deleteLater()

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


def _alphanumeric(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def guard_recovery_key(
    clock: Clock, recovery_key: str, seconds: int = DEFAULT_SECONDS
) -> ClipboardGuard:
    """Guard the recovery key shown at creation. The guard lives on the application, not on
    the dialog: a copy is cleared after `seconds` even if the main window never opens (the
    session then has no window guard). Any clipboard text that is the key or a piece of it
    (≥ 4 characters, spacing ignored) counts as ours, whichever window had focus; the owner
    calls `retire_when_idle()` when the key leaves the screen; quitting clears at once."""
    key = _alphanumeric(recovery_key)

    def is_key(text: str) -> bool:
        piece = _alphanumeric(text)
        return len(piece) >= 4 and piece in key

    app = QCoreApplication.instance()
    guard = ClipboardGuard(clock, seconds, parent=app, recognise=is_key)
    if app is not None:
        app.aboutToQuit.connect(guard.stop)
    return guard
