"""The service's change feed (toestemming/changes.py) as a Qt signal.

The feed tells its listener on the thread that committed (the GUI thread for a dialog, a pool
thread for a background import): the signal is emitted from there, and Qt queues it to the
GUI thread when needed, so views always update on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from toestemming.changes import Change
from toestemming.service import Service


class ChangeSignal(QObject):
    changed = Signal(object)  # list[Change] of one commit

    def __init__(self, service: Service, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = service.changes.subscribe(self._committed)

    def _committed(self, changes: list[Change]) -> None:
        self.changed.emit(changes)

    def detach(self) -> None:
        """No more signals (the vault is being closed)."""
        self._stop()
