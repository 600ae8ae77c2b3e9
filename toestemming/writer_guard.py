"""One writer at a time, for as long as a window is open (store/lock.py has the lock itself).

The writer lock is taken at unlock and held until close. The lock file can be deleted or
replaced while a window is open (a sync program, a worker tidying the folder); before every
write and every key-header change the guard checks that its lock is still on the file every
opener locks: if the file is gone and nobody took it, it is locked anew; if another opener got
it first, that one is the writer now and this window switches to reading only — nothing it
wrote afterwards could be kept apart from the other writer's work.

A window without the lock (opened read-only, or `check`) may see the writer elsewhere renew the
data key (a worker removed): a read that then fails is said as that, not as damage.
"""

from __future__ import annotations

import logging

from .errors import ToestemmingError, VaultError, VaultInUse
from .store import lock as writer_lock
from .store.lock import LockHolder, WriterLock
from .store.vault import Vault

_log = logging.getLogger(__name__)


class WriterGuard:
    """The writer lock of one open vault (None: this window writes nothing)."""

    def __init__(self) -> None:
        self.lock: WriterLock | None = None
        self._vault: Vault | None = None

    def hold(self, lock: WriterLock | None, vault: Vault) -> None:
        """Keep `lock` for `vault` until release(): every write asks `require` first."""
        self.lock, self._vault = lock, vault
        if lock is not None:
            vault.db.before_write = self.require

    def explain_renewed_key(self) -> None:
        """A window opened without the lock (read-only, `check`): a writer elsewhere may renew
        the data key under it; its failing reads then say so (key_renewed_elsewhere)."""
        if self._vault is not None:
            self._vault.db.explain_read_failure = self.key_renewed_elsewhere

    @property
    def stale(self) -> LockHolder | None:
        """Who held the lock in a process that ended without closing (taken over now)."""
        return self.lock.stale if self.lock is not None else None

    def require(self) -> None:
        """Database.before_write: refuse the write when another opener became the writer."""
        if not self.still_writer():
            raise VaultError(
                message_id="error-vault-read-only",
                params={"reason": writer_lock.TAKEN_OVER_REASON},
            )

    def still_writer(self) -> bool:
        """Is the lock still on the lock file every opener locks (locked anew when the file
        went, if nobody else took it)? True when no lock is held (a read-only window writes
        nothing; a lock let go on purpose, e.g. a test of a lock-less share)."""
        lock, vault = self.lock, self._vault
        if lock is None or vault is None or not lock.held or lock.still_ours():
            return True
        try:
            lock.retake(vault.slot.label if vault.slot.kind == "passphrase" else "")
            return True
        except VaultInUse:
            lock.abandon()
            self.lock = None
            vault.db.before_write = None
            vault.db.enter_read_only(writer_lock.TAKEN_OVER_REASON, vault.current_data_key())
            _log.warning("vault lock: another opener became the writer; this window only reads")
            return False

    def key_renewed_elsewhere(self) -> ToestemmingError | None:
        """Database.explain_read_failure of a window without the lock: a read that fails
        because the writer elsewhere re-encrypted the file (a worker removed, the key renewed)
        is said as that, not as a damaged vault with advice to restore a backup."""
        vault = self._vault
        if vault is None or not vault.data_key_renewed_elsewhere():
            return None
        return VaultError(message_id="error-vault-key-renewed-elsewhere")

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self._vault = None
