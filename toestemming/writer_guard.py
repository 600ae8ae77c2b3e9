"""One writer at a time, for as long as a window is open (store/lock.py has the lock itself).

The writer lock is taken at unlock and held until close. The lock file can be deleted or
replaced while a window is open (a sync program, a worker tidying the folder); before every
write and every key-header change the guard checks that its lock is still on the file every
opener locks: if the file is gone and nobody took it, it is locked anew; if another opener got
it first, that one is the writer now and this window switches to reading only — nothing it
wrote afterwards could be kept apart from the other writer's work.

Its files too (s17): the vault file, its -wal, the key file beside it and their folder must
still be writable. Made read-only while the window was open (an insider: Eigenschappen →
Alleen-lezen on the key file, or chattr +i), the key file's log head stopped following each
commit with only a line in the app log — so a database later put back to a copy taken in
between was no longer noticed at open. Now the write is refused (nothing written) and the
window reads only until the files are writable again.

The clock too (s17): before every write the guard asks `clock_gate` (usecases/clock_right.py)
whether the computer's clock is still at or after the log's last moment; a clock set back
while the window was open makes the window read-only instead of dating the write back.

A window without the lock (opened read-only, or `check`) may see the writer elsewhere renew the
data key (a worker removed): a read that then fails is said as that, not as damage.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from .errors import Phrase, ToestemmingError, VaultError, VaultInUse
from .store import lock as writer_lock
from .store.header import header_path, read_header
from .store.lock import LockHolder, WriterLock
from .store.vault import Vault

_log = logging.getLogger(__name__)

KEY_RENEWED_REASON = Phrase("error-vault-key-renewed-elsewhere")
NO_ACCESS_REASON = Phrase("error-service-worker-no-access")
MOVED_REASON = Phrase("error-vault-read-only-moved")
REPLACED_REASON = Phrase("error-vault-read-only-replaced")
FILES_REASON = Phrase("error-vault-read-only-files")


class WriterGuard:
    """The writer lock of one open vault (None: this window writes nothing)."""

    def __init__(self) -> None:
        self.lock: WriterLock | None = None
        self._vault: Vault | None = None
        self._file: os.stat_result | None = None  # the vault file this window opened
        # False when the clock is behind the log (it then made the window read-only).
        self.clock_gate: Callable[[], bool] | None = None

    def hold(self, lock: WriterLock | None, vault: Vault) -> None:
        """Keep `lock` for `vault` until release(): every write asks `require` first."""
        self.lock, self._vault = lock, vault
        if lock is not None:
            self._file = _identity(vault)
            vault.db.before_write = self.require
            # (A writer too: its lock file may be taken over and the key renewed meanwhile.)
            vault.db.explain_read_failure = self.key_renewed_elsewhere

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
        """Database.before_write: refuse the write when another opener became the writer, or
        the clock was set back before the log's last moment."""
        if not self.may_write():
            vault = self._vault
            reason = vault.db.read_only_reason if vault is not None else None
            raise VaultError(
                message_id="error-vault-read-only",
                params={"reason": reason or writer_lock.TAKEN_OVER_REASON},
            )

    def may_write(self) -> bool:
        """still_writer(), its files still writable, and the clock not behind the log."""
        if not self.still_writer() or not self._files_writable():
            return False
        gate = self.clock_gate
        return gate is None or gate()

    def _files_writable(self) -> bool:
        """False (and the window read-only for that reason) when the vault's files or folder
        were made read-only; a window read-only for that alone writes again once they are not."""
        lock, vault = self.lock, self._vault
        if lock is None or vault is None:
            return True
        reason = vault.db.read_only_reason
        if reason is not None and reason != FILES_REASON:
            return True  # (another reason refuses the write itself)
        if _writable(vault.path):
            vault.db.read_only_reason = None
            return True
        if reason is None:
            vault.db.read_only_reason = FILES_REASON
            _log.warning("vault files or folder made read-only: this window only reads")
        return False

    def still_writer(self) -> bool:
        """Is the lock still on the lock file every opener locks (locked anew when the file
        went, if nobody else took it)? True when no lock is held (a read-only window writes
        nothing; a lock let go on purpose, e.g. a test of a lock-less share)."""
        lock, vault = self.lock, self._vault
        if lock is not None and vault is not None and lock.held and self._moved(vault):
            # The vault file was renamed, moved or replaced while open: this window's
            # descriptors follow the old file, but its key file and lock go by the name — a
            # write now would leave an orphan key file at the old name, and an opener of the
            # file at its new place (its own lock free) would be a second writer.
            lock.release()
            self.lock = None
            vault.db.before_write = None
            vault.db.read_only_reason = MOVED_REASON  # (no new connection: the name is gone)
            _log.warning("vault lock: the vault file was moved or renamed; this window only reads")
            return False
        if lock is None or vault is None or not lock.held:
            return True
        ours = lock.still_ours()
        notes = vault.db.notes
        if ours and notes is not None and notes.replaced():
            # Overwritten in place (same name, same inode): another copy's bytes, e.g. a
            # backup put back with `cp`. Nothing more of this window may go into it.
            lock.release()
            self.lock = None
            vault.db.before_write = None
            vault.db.let_go_of_replaced_file(vault.current_data_key(), REPLACED_REASON)
            _log.warning("vault file overwritten in place while open; this window only reads")
            return False
        if ours:
            # (The writer all along: any other key file at the name was put there from
            # outside; ours is the one that opens the file — s31.)
            if vault.keep_own_header():
                _log.warning("vault key file replaced while open: this window's put back")
            return True
        try:
            lock.retake(vault.slot.label if vault.slot.kind == "passphrase" else "")
        except VaultInUse:
            lock.abandon()
            self._only_read(writer_lock.TAKEN_OVER_REASON)
            _log.warning("vault lock: another opener became the writer; this window only reads")
            return False
        # Locked anew after a gap in which another window may have been the writer — and may
        # have removed this window's worker (their slot gone, the data key renewed, their
        # row inactive). A retake is a new unlock: without this check a removed worker's
        # window that outlived the other one wrote on as before.
        revoked = self._access_lost(vault)
        if revoked is None:
            vault.db.note_own_writes()  # (the other writer's work is in the file now)
            return True
        lock.release()
        self._only_read(revoked)
        _log.warning("vault lock: this window's access changed while it was not the writer")
        return False

    def _moved(self, vault: Vault) -> bool:
        now = _identity(vault)
        return self._file is not None and (now is None or not os.path.samestat(self._file, now))

    def _only_read(self, reason: Phrase) -> None:
        vault = self._vault
        assert vault is not None
        self.lock = None
        vault.db.before_write = None
        vault.db.explain_read_failure = self.key_renewed_elsewhere
        if reason == KEY_RENEWED_REASON:
            # (The file no longer opens with this window's key: a new connection would fail.
            # Writes are refused with the reason; reads fail and say the same.)
            vault.db.read_only_reason = reason
        else:
            vault.db.enter_read_only(reason, vault.current_data_key())

    @staticmethod
    def _access_lost(vault: Vault) -> Phrase | None:
        """Why this window may no longer write after another writer had the vault: the data
        key renewed or its own slot gone from the key file, or its worker made inactive."""
        if vault.data_key_renewed_elsewhere():
            return KEY_RENEWED_REASON
        try:
            on_disk = read_header(vault.path)
        except (ToestemmingError, OSError):
            return KEY_RENEWED_REASON
        if vault.slot.id not in {s.id for s in on_disk.slots}:
            return KEY_RENEWED_REASON
        if vault.slot.kind != "passphrase":
            return None  # (the recovery key: no worker row)
        try:
            active = vault.db.scalar(
                "SELECT active FROM workers WHERE slot_id = ?", (vault.slot.id,)
            )
        except ToestemmingError:
            return KEY_RENEWED_REASON
        return None if active else NO_ACCESS_REASON

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


def _writable(path: Path) -> bool:
    """The vault file, its -wal (when there is one), its key file and their folder may be
    written (access(2): a read-only attribute or an immutable flag counts, even for root)."""
    files = (path, Path(f"{path}-wal"), header_path(path))
    if any(f.exists() and not os.access(f, os.W_OK) for f in files):
        return False
    return os.access(path.parent, os.W_OK | os.X_OK)


def _identity(vault: Vault) -> os.stat_result | None:
    """The file at the vault's name now (links followed), None when there is none."""
    try:
        return os.stat(vault.path)
    except OSError:
        return None
