"""Wake the GUI thread from a worker thread without a single Qt call in the worker.

A worker (ui/background.Task's, or a commit on it that ui/changes.py must show) writes one
byte to a socket pair: plain Python, no wrapper of a Qt object made, touched or let go on
that thread. On the GUI thread a QSocketNotifier sees the byte and calls every listener,
which looks for itself what the workers left (Task: outcomes in a dict; ChangeSignal: the
commits it gathered). Bytes rung while the GUI thread is busy pile up and wake it once.
"""

from __future__ import annotations

import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

Listener = Callable[[], None]


class Bell:
    """The workers' half: plain Python, safe on any thread."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def ring(self) -> None:
        try:
            self._sock.send(b"\0")
        except (BlockingIOError, InterruptedError):
            pass  # (the buffer is full of rings: the GUI thread is woken already)
        except OSError:
            pass  # (closed: the application is ending)


class GuiWake(QObject):
    """The GUI thread's half; one per application (`gui_wake()`)."""

    def __init__(self) -> None:
        super().__init__()
        self._read, write = socket.socketpair()
        self._read.setblocking(False)
        write.setblocking(False)
        self.bell = Bell(write)
        self._listeners: list[Listener] = []
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` (on the GUI thread) at every ring; returns how to stop."""
        self._listeners.append(listener)

        def stop() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return stop

    def _woken(self) -> None:
        try:
            while self._read.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        for listener in list(self._listeners):
            listener()


_wake: GuiWake | None = None


def gui_wake() -> GuiWake:
    """The application's waker (made on first use, on the GUI thread)."""
    global _wake
    if _wake is None:
        _wake = GuiWake()
    return _wake
