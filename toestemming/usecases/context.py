"""What every use case needs: the open vault, the audit log, the clock and who is acting."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ..audit import AuditLog
from ..clock import Clock
from ..errors import VaultLocked
from ..model import Policy
from ..policy_store import read_policy
from ..store.db import Database
from ..store.vault import Vault
from .gezag_history import forget_reading


@dataclass
class Context:
    vault: Vault | None
    clock: Clock
    worker_id: int
    audit: AuditLog
    _policy: Policy | None = field(default=None, repr=False)
    _policy_raw: str | None = field(default=None, repr=False)  # the stored value it was read from
    _policy_mark: object = field(default=None, repr=False)  # db.change_mark() when last read
    # The mailbox's short-lived OAuth access token (usecases/mail_account.py): in memory only,
    # shared by every use case of this open vault.
    mail_tokens: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def db(self) -> Database:
        if self.vault is None:
            raise VaultLocked(message_id="error-backup-vault-locked-unlock")
        return self.vault.db

    def meta(self, key: str) -> str | None:
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def organisation(self) -> str:
        return self.meta("organisation") or ""

    def policy(self) -> Policy:
        """The organisation's policy as stored NOW: the row is read each time (one meta key),
        parsed again only when it changed — on a team server another desk may have changed it
        (an open desk kept deciding by the old parent rule for good, multi26)."""
        return self.policy_as_of(self.db.change_mark())

    def policy_as_of(self, mark: tuple[int, int, int] | None) -> Policy:
        """`policy()`, given the db.change_mark() the caller already took this question ("Mag
        ik delen?" takes one per question; a second PRAGMA data_version was ~10% of it)."""
        # Nothing committed since the last reading (a single desk's file): no row to read —
        # "Mag ik delen?" asks this on every question (its budget). None: a transaction or a
        # team server, read the row.
        if self._policy is not None and mark is not None and mark == self._policy_mark:
            return self._policy
        raw = self.meta("policy")
        if self._policy is None or raw != self._policy_raw:
            # Strictly: a value of another type counts as the default (check names it).
            self._policy, self._policy_raw = read_policy(raw)[0], raw
        self._policy_mark = mark
        return self._policy

    def store_policy(self, policy: Policy) -> None:
        raw = json.dumps(asdict(policy), sort_keys=True)
        self.set_meta("policy", raw)
        self._policy, self._policy_raw = policy, raw

    def event(self, kind: str, data: dict[str, Any], personal: Any = None) -> int:
        forget_reading()  # (a reading_once in progress reads the log again after this)
        return self.audit.append(kind, self.worker_id, data, personal)
