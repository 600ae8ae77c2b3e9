"""The log events of key changes, written crash-safe with the change (store/owed_events.py).

A passphrase change, a new recovery key or a new data key is made in the key file, and the
header write that makes it also holds the event it owes. `log_owed` appends the owed events
the log does not have yet (each names its change id) in one transaction, then drops them
from the header. The service calls it right after the change, and at every writing open: a
process killed between the key file and the log (SIGKILL, a power cut) leaves the event
owed, and the next open writes it — with the worker who made the change as its actor.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from .audit import AuditLog
from .store.owed_events import KINDS, OwedEvent
from .store.vault import Vault

_log = logging.getLogger(__name__)


def owe(kind: str, actor: int | None, **data: int) -> OwedEvent:
    """The event a key change is about to owe (given to the Vault method that makes it)."""
    return OwedEvent.new(kind, actor, data)


def _logged_changes(vault: Vault) -> set[str]:
    marks = ", ".join("?" for _ in KINDS)
    rows = vault.db.query(f"SELECT body FROM events WHERE kind IN ({marks})", KINDS)
    found: set[str] = set()
    for (body,) in rows:
        try:
            data: Any = json.loads(bytes(body) if not isinstance(body, str) else body)["data"]
        except (ValueError, KeyError, TypeError):
            continue
        if isinstance(data, dict) and isinstance(data.get("change"), str):
            found.add(data["change"])
    return found


def log_owed(vault: Vault, audit: AuditLog) -> int:
    """Append the owed key-change events the log lacks, then drop them from the key file.
    Returns how many were appended (0: none owed, or all already in the log)."""
    owed = vault.owed_events()
    written = 0
    if owed:
        with vault.db.transaction():
            logged = _logged_changes(vault)
            for entry in owed:
                if entry.id not in logged:
                    audit.append(entry.kind, entry.actor, entry.event_data())
                    written += 1
    vault.drop_owed({e.id for e in owed})
    if written:
        _log.info("key change events written to the log: %d", written)
    return written
