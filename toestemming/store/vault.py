"""Vault lifecycle: create, unlock (passphrase or recovery key), key slots, data-key rotation.

A wrong passphrase is detected from the header alone (authenticated key wrap), before the
database file is even opened.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import (
    HeaderChanged,
    HeaderCorrupt,
    IntegrityFailure,
    Phrase,
    ToestemmingError,
    ValidationError,
    VaultError,
    WrongPassphrase,
)
from ..passwords import MIN_PASSPHRASE_CHARS as MIN_PASSPHRASE_CHARS
from ..passwords import TOO_GUESSABLE, TOO_REPETITIVE, TOO_SHORT, passphrase_strength
from ..private_files import tighten
from .db import FAST_READ, PROFILES, CipherProfile, Database, ReaderSpec
from .header import (
    KdfParams,
    KeyHeader,
    LogHead,
    Slot,
    calibrate,
    header_file_mark,
    header_path,
    normalize_passphrase,
    read_header,
    write_header,
)
from .migrations import LATEST, migrate
from .owed_events import OwedEvent

HEADER_CHANGED_MESSAGE = (
    "Het sleutelbestand is intussen gewijzigd, waarschijnlijk in een ander venster of op een "
    "andere computer. Er is niets gewijzigd. Sluit de kluis en open haar opnieuw, en probeer "
    "het dan nog eens."
)

CHECK_NEEDS_CURRENT = (
    "Deze kluis is gemaakt met een andere versie van Toestemming en moet eerst worden "
    "bijgewerkt. De controle verandert niets aan de kluis en kan haar daarom niet bijwerken: "
    "open haar eenmaal in de app (of zet haar terug uit een reservekopie) en controleer daarna."
)


def _tidy(path: Path) -> None:
    """Before a normal open: the vault's files for this user only (vaults made before that
    rule), and no leftover temp copies of the key header from an interrupted write (they
    hold a complete header, possibly with a slot removed since)."""
    for suffix in ("", "-wal", "-shm", ".keys"):
        tighten(Path(f"{path}{suffix}"))
    for leftover in path.parent.glob(f".{header_path(path).name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def cipher_profile(header: KeyHeader) -> CipherProfile:
    """The page settings the key header names for its database."""
    try:
        return PROFILES[header.cipher]
    except KeyError:
        raise HeaderCorrupt(message_id="error-vault-key-file-names-unknown") from None


# passwords.py says why in Dutch (the setup screen shows it live); the error says it by id.
_WEAK_PASSPHRASE = {
    TOO_SHORT: "error-passphrase-too-short",
    TOO_REPETITIVE: "error-passphrase-repetitive",
    TOO_GUESSABLE: "error-passphrase-guessable",
}


def check_passphrase_strength(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Refuse weak passphrases with the reason (the UI shows the same rule live as a meter).
    `user_inputs`: the organisation and worker names, which a guesser who knows them tries."""
    score, reason = passphrase_strength(passphrase, user_inputs)
    if score == 0:
        message_id = _WEAK_PASSPHRASE.get(reason, "error-passphrase-guessable")
        raise ValidationError(
            message_id=message_id, params={"min_chars": MIN_PASSPHRASE_CHARS}, field="passphrase"
        )


class Vault:
    # Backups of this store are files this app makes (backup.py). A team server's are the
    # database administrator's (pg_dump, pgBackRest): store/team.py says False.
    local_backups = True

    def __init__(
        self, path: Path, header: KeyHeader, db: Database, master: bytes, slot: Slot
    ) -> None:
        self.path = path
        self.header = header
        self.db = db
        self._master = master
        self.slot = slot
        # Kept only while this worker's slot has no key pair yet (a header from before key
        # pairs): reconcile gives it one, then this is dropped.
        self._slot_key = b""
        # Set when opened for checking only: nothing may be written, not even the header.
        self.check_only = False
        # Every read-modify-write of the key file, one thread at a time: a background task's
        # log head beside a key change on the desk's thread (record_log_head, _replace_header).
        # Taken after the database's lock where both are held (the head is written after a
        # commit), never the other way round.
        self._header_turn = threading.RLock()
        # The key file as this window last wrote or checked it (keep_own_header).
        self._header_mark: tuple[int, int, int, int] | None = None

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @staticmethod
    def create(
        path: Path,
        label: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        user_inputs: Sequence[str] = (),
    ) -> tuple[Vault, str]:
        """New vault; returns it with the recovery key (to show once). `kdf` None = calibrate
        on this machine; tests pass the floor parameters to skip the calibration.
        `user_inputs` (e.g. the organisation's name) weaken a passphrase built from them."""
        check_passphrase_strength(passphrase, (label, *user_inputs))
        path = Path(path)
        if path.exists() or header_path(path).exists():
            raise ValidationError(message_id="error-vault-vault-place-choose-another", field="path")
        if not path.parent.is_dir():
            raise ValidationError(message_id="error-backup-folder-missing", field="path")
        params = kdf or calibrate()
        header, master, data_key, recovery = KeyHeader.create(label, passphrase, params)
        header = replace(header, cipher=FAST_READ.name)
        write_header(path, header)
        try:
            db = Database.open(path, data_key, create=True, profile=FAST_READ)
            migrate(db)
        except BaseException:
            header_path(path).unlink(missing_ok=True)
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        slot = header.passphrase_slots()[0]
        return Vault(path, header, db, master, slot), recovery

    @staticmethod
    def _open_with_master(
        path: Path, header: KeyHeader, master: bytes, slot: Slot, check_only: bool = False
    ) -> Vault:
        if path.exists() and not path.is_file():
            # A folder, FIFO or device at the vault's name (planted, or a mistaken choice):
            # SQLite answered with a bare "disk I/O error" traceback.
            raise VaultError(message_id="error-vault-not-a-vault-file")
        if not check_only:
            _tidy(path)
        keys = header.data_keys(master)
        profile = cipher_profile(header)
        last_error: IntegrityFailure | None = None
        for i, key in enumerate(keys):
            try:
                db = Database.open(path, key, profile=profile, read_only=check_only)
            except IntegrityFailure as exc:
                last_error = exc
                continue
            vault = Vault(path, header, db, master, slot)
            if check_only:
                # Look, never touch: no header repair, no migration (see Database.open).
                vault.check_only = True
                if db.user_version != LATEST:
                    db.close()
                    raise VaultError(message_id="error-vault-vault-made-another-version")
                return vault
            if i == 1:  # a rotation was interrupted after the rekey: finish it now
                vault._replace_header(header.finish_rotation(master, key))
            elif header.pending:
                # Interrupted before the rekey: finish it (a worker's removal relies on it, so
                # an old header copy cannot open the current file).
                new_key = keys[1]
                db.rekey(new_key)
                vault._replace_header(header.finish_rotation(master, new_key))
            migrate(db)
            return vault
        assert last_error is not None
        raise last_error

    @staticmethod
    def open(
        path: Path, passphrase: str, slot_id: str | None = None, *, check_only: bool = False
    ) -> Vault:
        """`check_only`: open for inspection (toestemming check): the database read-only,
        no migration, no header repair, nothing written at close."""
        path = Path(path)
        header = read_header(path)
        master, slot, slot_key = header.open_with_passphrase(passphrase, slot_id)
        if not path.exists():
            raise IntegrityFailure(message_id="error-vault-vault-file-missing-only")
        vault = Vault._open_with_master(path, header, master, slot, check_only)
        vault._keep_slot_key(slot_key)
        return vault

    @staticmethod
    def open_with_recovery(path: Path, recovery_key: str, *, check_only: bool = False) -> Vault:
        path = Path(path)
        header = read_header(path)
        master, slot, slot_key = header.open_with_recovery(recovery_key)
        vault = Vault._open_with_master(path, header, master, slot, check_only)
        vault._keep_slot_key(slot_key)
        return vault

    def _keep_slot_key(self, slot_key: bytes) -> None:
        if self.slot.keys is None and not self.check_only:
            self._slot_key = slot_key

    # -- the header on disk ---------------------------------------------------------------
    def _replace_header(self, new: KeyHeader, new_master: bytes | None = None) -> None:
        """Write a header that changes keys or slots, compare-and-swap: the file on disk must
        still hold the keys this process read (another window or computer may have added or
        removed a worker, changed a passphrase or rotated the key since). If it does not,
        nothing is written. The newer log head of the two is kept (`new_master`: the master
        key `new` is under, when it renews it: the kept head is re-MAC'ed under it)."""
        if self.check_only:
            raise HeaderChanged(message_id="error-vault-check-only")
        if self.db.before_write is not None:
            self.db.before_write()  # (the writer lock still ours: see Database.before_write)
        with self._header_turn:  # (read, compare and write: no other thread's write between)
            on_disk = read_header(self.path)
            if not on_disk.same_keys(self.header):
                raise HeaderChanged(message_id="error-vault-key-file-changed-meantime")
            head = on_disk.log_head
            if head is not None and (new.log_head is None or head.size > new.log_head.size):
                if new_master is not None and self._authentic(on_disk):
                    new = new.with_log_head(new_master, head)
                else:
                    new = replace(new, log_head=head)
            self._write_header(new)
            self.header = new
            if new_master is not None:
                self._master = new_master

    def keep_own_header(self) -> bool:
        """The writer's own key file put back (True) over an OLDER copy (a backup tool put
        last week's back), another vault's, none or a garbled one (s31): only this header
        opens the file it has open. The file found is kept beside it. A newer one (a key
        change while the lock was not ours) is left to the compare-and-swap of key changes."""
        if self.check_only or header_file_mark(self.path) == self._header_mark:
            return False  # (a stat: the key file is as this window last wrote or read it)
        with self._header_turn:  # (an own key change in another thread: not undone)
            try:
                found = read_header(self.path)
                if found.same_keys(self.header) or (
                    found.vault_id == self.header.vault_id
                    and (found.master_generation, found.generation)
                    >= (self.header.master_generation, self.header.generation)
                ):
                    self._header_mark = header_file_mark(self.path)
                    return False
            except (ToestemmingError, OSError):
                pass  # (none there, or unreadable: put back too)
            kept = header_path(self.path)
            with contextlib.suppress(FileNotFoundError):
                kept.rename(kept.with_name(f"{kept.name}.vervangen-{time.time_ns()}"))
            self._write_header(self.header)
            return True

    def _write_header(self, header: KeyHeader) -> None:
        write_header(self.path, header)
        self._header_mark = header_file_mark(self.path)

    def record_log_head(self, head: LogHead) -> None:
        """Put the audit log's newest state into the key header (after each commit). Only the
        head changes: slots changed on disk by another process are kept as they are there."""
        if self.check_only:
            return
        # (A background task's commit, beside a key change on the desk's own thread: without
        # the turn it wrote back the key file it had read, undoing the change; s21.)
        with self._header_turn:
            on_disk = read_header(self.path)
            if (
                on_disk.vault_id != self.header.vault_id
                or on_disk.master_generation != self.header.master_generation
            ):
                # (a master key renewed elsewhere: a MAC under ours would read as tampering)
                raise HeaderChanged(message_id="error-vault-key-file-changed-meantime")
            current = on_disk.log_head
            if current is not None and current.size > head.size and self._authentic(on_disk):
                return  # never move the head backwards
            updated = on_disk.with_log_head(self._master, head)
            self._write_header(updated)
            self.header = replace(self.header, log_head=updated.log_head)

    def data_key_renewed_elsewhere(self) -> bool:
        """Whether the key file on disk now names another data key than the one this window
        opened with: a writer elsewhere removed a worker or renewed the key (the file was
        re-encrypted, so this window's reads fail; the file is not damaged)."""
        try:
            on_disk = read_header(self.path)
            if on_disk.vault_id != self.vault_id:
                return False
            if on_disk.master_generation != self.header.master_generation:
                return True  # a removal renewed the master key (and with it the data key)
            return on_disk.data_keys(self._master)[:1] != self.header.data_keys(self._master)[:1]
        except (ToestemmingError, OSError, ValueError):
            return False

    def _authentic(self, header: KeyHeader) -> bool:
        return header.log_head_authentic(self._master)

    def log_head_authentic(self) -> bool:
        return self._authentic(self.header)

    def opens_own_slot(self, passphrase: str) -> bool:
        """Whether `passphrase` unwraps this worker's own slot (the header in memory: nothing
        is reopened or written)."""
        try:
            self.header.unwrap_master(
                self.header.slot(self.slot.id), normalize_passphrase(passphrase)
            )
        except (WrongPassphrase, ValidationError):
            return False
        return True

    def pinned_public_key(self) -> str | None:
        """A public key kept outside the database to check the log head with (None: the
        vault's own, from `meta`; the header's MAC already binds the head to this vault)."""
        return None

    def log_head_identity_problems(self) -> list[Phrase]:
        """Whether the log head kept outside the database is this database's own (a vault's
        header sits beside its file; the team server's head file is found by an id the
        server's administrator can rewrite: store/team.py)."""
        return []

    # -- key slots ------------------------------------------------------------------------
    def _kdf_for_new_slot(self) -> KdfParams:
        return self.header.passphrase_slots()[0].kdf

    def add_slot(self, label: str, passphrase: str) -> Slot:
        """First half of adding a worker: the slot is written as *pending* (it opens nothing
        yet). The caller writes the worker's row, then calls `confirm_slot`; if that fails,
        `abandon_slot`. A crash in between is settled at the next open (`reconcile`)."""
        check_passphrase_strength(passphrase, (label,))
        self._refuse_if_read_only()
        header = self.header.add_slot(
            self._master,
            "passphrase",
            label,
            normalize_passphrase(passphrase),
            self._kdf_for_new_slot(),
            pending="add",
        )
        self._replace_header(header)
        return header.slots[-1]

    def confirm_slot(self, slot_id: str) -> None:
        self._replace_header(self.header.confirm_slot(slot_id))

    def abandon_slot(self, slot_id: str) -> None:
        self._replace_header(
            replace(self.header, slots=tuple(s for s in self.header.slots if s.id != slot_id))
        )

    def remove_slot(self, slot_id: str, owed: OwedEvent | None = None) -> bool:
        """Second half of removing a worker (the database already says inactive): the slot
        goes, and in the same header write a new data key is prepared; then the file is
        re-encrypted with it. So an old copy of the header (which still has the slot) no
        longer opens the current file. A crash before the re-encryption is finished at the
        next open (see _open_with_master: a pending key is completed, not forgotten).
        The data key's renewal owes `owed` (the service's event for it; none given: one
        without an actor) to the log, in the same header write (owed_events.py).
        Returns whether a new data key was made (a team server has none: False)."""
        if slot_id == self.slot.id:
            raise ValidationError(message_id="error-service-cannot-remove-own-key")
        self._renew_keys(self.header.remove_slot(slot_id), owed)
        return True  # the data key was renewed

    def _renew_keys(self, header: KeyHeader, owed: OwedEvent | None) -> None:
        """A new master key and data key, so that an old copy of the header no longer gives
        the current keys. A slot that cannot receive a new master key yet (no key pair): the
        data key is renewed now and the master key's renewal waits (master_waits_for)."""
        owed = owed or OwedEvent.new("vault.data_key_rotated", None, {})
        if header.slots_without_key_pair(self._master):
            new_key = secrets.token_bytes(32)
            begun = replace(header, master_owed=True).begin_rotation(self._master, new_key)
            self._replace_header(_owing(begun, owed, self._master))
            self.db.rekey(new_key)
            self._replace_header(self.header.finish_rotation(self._master, new_key))
        else:
            self._renew_master(header, owed)

    def _renew_master(self, header: KeyHeader, owed: OwedEvent | None = None) -> None:
        """New master key and new data key (slot_keys.py): one header write with both (the
        new data key pending), the rekey, then the rotation finished — the same crash-safe
        steps as rotate_data_key. An old copy of a slot no longer gives the current keys."""
        new_master, new_key = secrets.token_bytes(32), secrets.token_bytes(32)
        begun = header.with_new_master(self._master, new_master, new_key)
        owed = owed or OwedEvent.new("vault.data_key_rotated", None, {})
        self._replace_header(_owing(begun, owed, new_master), new_master)
        self.db.rekey(new_key)
        self._replace_header(self.header.finish_rotation(self._master, new_key))

    def master_waits_for(self) -> list[Slot]:
        """The slots a removal's new master key is waiting on ([] when nothing waits): a
        worker who must open the vault once, or the recovery slot (a new recovery key)."""
        if not self.header.master_owed:
            return []
        return self.header.slots_without_key_pair(self._master)

    def _drop_twins(self) -> list[str]:
        """Other slots with this worker's slot id (we never write two): planted by someone who
        held the master key, to receive the next one. The slot this passphrase opened is the
        worker's own; the twins go, and a renewal that waited on them can be done."""
        mine = self.slot
        if sum(s.id == mine.id for s in self.header.slots) < 2:
            return []
        kept: list[Slot] = []
        for s in self.header.slots:
            if s.id != mine.id or (s == mine and mine not in kept):
                kept.append(s)
        self._replace_header(replace(self.header, slots=tuple(kept)))
        return ["vreemde kopie van deze sleutel verwijderd"]

    def _adopt_key_pair(self) -> list[str]:
        """This worker's slot gets a key pair if it had none (a header from before them)."""
        slot_key, self._slot_key = self._slot_key, b""
        if not slot_key or self.header.slot(self.slot.id).keys is not None:
            return []
        self._replace_header(self.header.with_slot_key_pair(self._master, self.slot.id, slot_key))
        self.slot = self.header.slot(self.slot.id)
        return ["sleutelpaar voor deze sleutel gemaakt"]

    def _pay_owed_master(self, actor: int | None = None) -> list[str]:
        """A renewal a removal had to postpone, done once every slot has a key pair."""
        if not self.header.master_owed or self.header.slots_without_key_pair(self._master):
            return []
        self._renew_master(self.header, OwedEvent.new("vault.data_key_rotated", actor, {}))
        return ["hoofdsleutel vernieuwd na een eerdere verwijdering"]

    def reconcile(
        self, active: set[str], inactive: set[str], actor: int | None = None
    ) -> list[str]:
        """Settle slot changes a crash or a refused database write left half done, from what
        the database says (it is the commit point): a pending slot whose worker has a row is
        confirmed, one without is dropped; the slot of a worker the database calls inactive,
        or of nobody at all, is removed (with a new data key). Returns Dutch lines for the
        log of what was settled (labels only, no secrets). A new data key made here owes its
        event with `actor` (the opening worker) as the one who made it."""
        settled = self._drop_twins() + self._adopt_key_pair()
        for slot in self.header.slots:
            if slot.kind != "passphrase" or slot.id == self.slot.id:
                continue
            if slot.pending:
                if slot.id in active:
                    self.confirm_slot(slot.id)
                    settled.append("toegevoegde sleutel bevestigd")
                else:
                    self.abandon_slot(slot.id)
                    settled.append("half toegevoegde sleutel verwijderd")
            elif slot.id not in active:
                self.remove_slot(slot.id, OwedEvent.new("vault.data_key_rotated", actor, {}))
                settled.append("sleutel van een verwijderde medewerker verwijderd")
        return settled + self._pay_owed_master(actor)

    def _refuse_if_read_only(self) -> None:
        if self.db.read_only_reason:
            raise VaultError(
                message_id="error-vault-read-only", params={"reason": self.db.read_only_reason}
            )

    def change_passphrase(self, old: str, new: str, owed: OwedEvent | None = None) -> None:
        check_passphrase_strength(new, (self.slot.label,))
        self._refuse_if_read_only()
        self.header.unwrap_master(self.header.slot(self.slot.id), normalize_passphrase(old))
        self.db.empty_wal_for_rekey()  # (another process reading: refused, nothing changed)
        header = self.header.replace_slot_secret(
            self._master, self.slot.id, normalize_passphrase(new), self.slot.kdf
        )
        if owed is not None:  # (its event, written with the change: owed_events.py)
            header = header.owing(owed, self._master)
        self._replace_header(header)
        self.slot = header.slot(self.slot.id)
        # The old passphrase may be why it changed (it leaked): with an old copy of the key
        # file it opened the CURRENT file, its master key unwrapping today's data key (atk28).
        actor = owed.actor if owed else None
        self._renew_keys(self.header, OwedEvent.new("vault.data_key_rotated", actor, {}))
        # (now with a key pair: it may be the one a removal waited on)
        self._pay_owed_master(actor)

    def renew_recovery_key(self, owed: OwedEvent | None = None) -> str:
        """A new recovery key in place of the old one (compare-and-swap like every key
        change); returns it, to be shown once. A window opened with the old recovery key
        goes on with the new slot."""
        self._refuse_if_read_only()
        self.db.empty_wal_for_rekey()  # (another process reading: refused, nothing changed)
        header, recovery = self.header.with_new_recovery_key(self._master, self._kdf_for_new_slot())
        if owed is not None:
            header = header.owing(owed, self._master)
        self._replace_header(header)
        if self.slot.kind == "recovery":
            self.slot = next(s for s in header.slots if s.kind == "recovery")
        # A recovery key is renewed when the paper went missing: the old one, with any old
        # copy of the key file (every backup holds one), must not open the current file.
        actor = owed.actor if owed else None
        self._renew_keys(self.header, OwedEvent.new("vault.data_key_rotated", actor, {}))
        # (the old recovery slot may be what a removal waited on)
        self._pay_owed_master(actor)
        return recovery

    def rotate_data_key(self, owed: OwedEvent | None = None) -> None:
        """PRAGMA rekey with a fresh data key. The new wrapped key is in the header before the
        database changes, so a crash at any point leaves a key that opens the file."""
        self._refuse_if_read_only()
        new_key = secrets.token_bytes(32)
        begun = self.header.begin_rotation(self._master, new_key)
        owed = owed or OwedEvent.new("vault.data_key_rotated", None, {})
        self.db.empty_wal_for_rekey()  # (another process reading: refused, nothing changed)
        self._replace_header(_owing(begun, owed, self._master))
        self.db.rekey(new_key)
        self._replace_header(self.header.finish_rotation(self._master, new_key))

    # -- key changes whose event is owed to the log (owed_events.py) ------------------------
    def owed_events(self) -> list[OwedEvent]:
        """The key changes in the header whose event the log may still lack (authentic ones
        only: an entry planted without the master key is never logged)."""
        return [e for e in self.header.owed_events if e.authentic(self._master, self.vault_id)]

    def drop_owed(self, logged: set[str]) -> None:
        """The entries whose event is in the log now gone, and any that is not authentic."""
        kept = {e.id for e in self.owed_events()} - logged
        gone = {e.id for e in self.header.owed_events} - kept
        if gone:
            self._replace_header(self.header.without_owed(gone))

    def key_file_and_key(self) -> tuple[bytes, bytes]:
        """The key file as it is now and the data key it holds, from one moment: a backup
        packs the one and encrypts its copy with the other (a key renewed on the desk between
        two separate reads gave a backup that no passphrase restores)."""
        with self._header_turn:
            return self.header.to_bytes(), self.current_data_key()

    def current_data_key(self) -> bytes:
        keys = self.header.data_keys(self._master)
        if not keys:
            raise HeaderCorrupt(message_id="error-vault-key-file-without-key")
        return keys[0]

    def data_keys_of(self, raw_header: bytes) -> list[bytes]:
        """The data keys another copy of this vault's key header wraps (a backup's), if this
        vault's master key opens them — the current one or, for a backup made before a
        removal renewed it, the earlier one of that generation; [] for a foreign or damaged
        header. So older backups can still be recognised as ours."""
        try:
            header = KeyHeader.from_bytes(raw_header)
            if header.vault_id != self.vault_id:
                return []
            masters = dict(self.header.earlier_masters_under(self._master))
            masters[self.header.master_generation] = self._master
            master = masters.get(header.master_generation)
            return [] if master is None else header.data_keys(master)
        except (HeaderCorrupt, ValueError):
            return []

    def reader_spec(self) -> ReaderSpec:
        return ReaderSpec(
            self.db.path,
            self.current_data_key(),
            self.db.profile,
            read_only=self.check_only,
            keep=True,
            file_id=self.db.file_id,
        )

    def close(self) -> None:
        self.db.close()
        self._master = b""


def _owing(begun: KeyHeader, owed: OwedEvent, master: bytes) -> KeyHeader:
    """A rotation's first header write, owing its event (with the data key's generation)."""
    assert begun.pending is not None
    return begun.owing(owed.with_data(generation=begun.pending[0]), master)
