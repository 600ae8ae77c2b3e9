"""Vault lifecycle: create, unlock (passphrase or recovery key), key slots, data-key rotation.

A wrong passphrase is detected from the header alone (authenticated key wrap), before the
database file is even opened.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from pathlib import Path

from ..errors import HeaderCorrupt, IntegrityFailure, ValidationError
from ..passwords import MIN_PASSPHRASE_CHARS as MIN_PASSPHRASE_CHARS
from ..passwords import passphrase_strength
from .db import FAST_READ, PROFILES, CipherProfile, Database, ReaderSpec
from .header import (
    KdfParams,
    KeyHeader,
    Slot,
    calibrate,
    header_path,
    normalize_passphrase,
    read_header,
    write_header,
)
from .migrations import migrate


def cipher_profile(header: KeyHeader) -> CipherProfile:
    """The page settings the key header names for its database."""
    try:
        return PROFILES[header.cipher]
    except KeyError:
        raise HeaderCorrupt(
            "Het sleutelbestand noemt een onbekende versleutelingsinstelling; werk Toestemming "
            "bij of zet de laatste reservekopie terug."
        ) from None


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse weak passphrases with the reason (the UI shows the same rule live as a meter)."""
    score, reason = passphrase_strength(passphrase)
    if score == 0:
        raise ValidationError(reason, field="passphrase")


class Vault:
    def __init__(
        self, path: Path, header: KeyHeader, db: Database, master: bytes, slot: Slot
    ) -> None:
        self.path = path
        self.header = header
        self.db = db
        self._master = master
        self.slot = slot

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @staticmethod
    def create(
        path: Path, label: str, passphrase: str, kdf: KdfParams | None = None
    ) -> tuple[Vault, str]:
        """New vault; returns it with the recovery key (to show once). `kdf` None = calibrate
        on this machine; tests pass the floor parameters to skip the calibration."""
        check_passphrase_strength(passphrase)
        path = Path(path)
        if path.exists() or header_path(path).exists():
            raise ValidationError(
                "Op deze plek staat al een kluis; kies een andere naam.", field="path"
            )
        if not path.parent.is_dir():
            raise ValidationError("Deze map bestaat niet.", field="path")
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
        path: Path, header: KeyHeader, master: bytes, slot: Slot, read_only: bool = False
    ) -> Vault:
        """`read_only`: another process holds the writer lock (store/lock.py), so neither the
        header repair nor a migration may run here; the caller makes the connection read-only."""
        keys = header.data_keys(master)
        profile = cipher_profile(header)
        last_error: IntegrityFailure | None = None
        for i, key in enumerate(keys):
            try:
                db = Database.open(path, key, profile=profile)
            except IntegrityFailure as exc:
                last_error = exc
                continue
            vault = Vault(path, header, db, master, slot)
            if i == 1:  # a rotation was interrupted after the rekey: finish it now
                vault.header = header.finish_rotation(master, key)
                if not read_only:
                    write_header(path, vault.header)
            elif header.pending and not read_only:  # interrupted before the rekey: forget it
                vault.header = replace(header, pending=None)
                write_header(path, vault.header)
            if not read_only:
                migrate(db)
            return vault
        assert last_error is not None
        raise last_error

    @staticmethod
    def open(
        path: Path, passphrase: str, slot_id: str | None = None, *, read_only: bool = False
    ) -> Vault:
        path = Path(path)
        header = read_header(path)
        master, slot = header.unlock_with_passphrase(passphrase, slot_id)
        if not path.exists():
            raise IntegrityFailure("Het kluisbestand ontbreekt; alleen het sleutelbestand is er.")
        return Vault._open_with_master(path, header, master, slot, read_only)

    @staticmethod
    def open_with_recovery(path: Path, recovery_key: str, *, read_only: bool = False) -> Vault:
        path = Path(path)
        header = read_header(path)
        master, slot = header.unlock_with_recovery(recovery_key)
        return Vault._open_with_master(path, header, master, slot, read_only)

    # -- key slots ------------------------------------------------------------------------
    def _kdf_for_new_slot(self) -> KdfParams:
        return self.header.passphrase_slots()[0].kdf

    def add_slot(self, label: str, passphrase: str) -> Slot:
        check_passphrase_strength(passphrase)
        header = self.header.add_slot(
            self._master,
            "passphrase",
            label,
            normalize_passphrase(passphrase),
            self._kdf_for_new_slot(),
        )
        write_header(self.path, header)
        self.header = header
        return header.slots[-1]

    def remove_slot(self, slot_id: str) -> None:
        if slot_id == self.slot.id:
            raise ValidationError(
                "U kunt uw eigen sleutel niet verwijderen terwijl u bent aangemeld."
            )
        header = self.header.remove_slot(slot_id)
        write_header(self.path, header)
        self.header = header

    def change_passphrase(self, old: str, new: str) -> None:
        check_passphrase_strength(new)
        self.header.unwrap_master(self.header.slot(self.slot.id), normalize_passphrase(old))
        header = self.header.replace_slot_secret(
            self._master, self.slot.id, normalize_passphrase(new), self.slot.kdf
        )
        write_header(self.path, header)
        self.header = header
        self.slot = header.slot(self.slot.id)

    def rotate_data_key(self) -> None:
        """PRAGMA rekey with a fresh data key. The new wrapped key is in the header before the
        database changes, so a crash at any point leaves a key that opens the file."""
        new_key = secrets.token_bytes(32)
        pending = self.header.begin_rotation(self._master, new_key)
        write_header(self.path, pending)
        self.header = pending
        self.db.rekey(new_key)
        done = pending.finish_rotation(self._master, new_key)
        write_header(self.path, done)
        self.header = done

    def current_data_key(self) -> bytes:
        keys = self.header.data_keys(self._master)
        if not keys:
            raise HeaderCorrupt("Het sleutelbestand bevat geen sleutel.")
        return keys[0]

    def reader_spec(self) -> ReaderSpec:
        return ReaderSpec(self.db.path, self.current_data_key(), self.db.profile)

    def close(self) -> None:
        self.db.close()
        self._master = b""
