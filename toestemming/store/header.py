"""The key header: a small JSON file beside the encrypted database.

Key hierarchy (why two levels: a data-key rotation must not need every worker's passphrase):

    passphrase --Argon2id--> slot key --AES-GCM--> slot's X25519 private key
    recovery key --Argon2id--^       master key sealed to the slot's public key (slot_keys.py)
                                     master key --AES-GCM--> data key (raw SQLCipher key)

Why key pairs: removing a worker renews the master key, and the remover must hand it to the
remaining slots without their passphrases. Slots written before key pairs existed wrap the
master key directly under the slot key; they get a key pair at their worker's next unlock.

Each slot binds its KDF parameters, label and kind into the GCM associated data, so a
tampered or downgraded header fails authentication like a wrong passphrase does. The header
is written atomically (temp file, fsync, rename, fsync dir). Losing it loses the data, so it
is part of every backup.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .. import safejson
from ..errors import HeaderCorrupt, HeaderMissing, ValidationError, WrongPassphrase
from . import slot_keys
from .header_slot import SLOT_KINDS as SLOT_KINDS
from .header_slot import Slot as Slot
from .header_slot import b64 as _b64
from .header_slot import unb64 as _unb64
from .kdf import CALIBRATION_MAX_MEMORY_KIB as CALIBRATION_MAX_MEMORY_KIB
from .kdf import CALIBRATION_TARGET_S as CALIBRATION_TARGET_S
from .kdf import KEY_BYTES as KEY_BYTES
from .kdf import MAX_MEMORY_KIB as MAX_MEMORY_KIB
from .kdf import MAX_PARALLELISM as MAX_PARALLELISM
from .kdf import MAX_TIME_COST as MAX_TIME_COST
from .kdf import MIN_MEMORY_KIB as MIN_MEMORY_KIB
from .kdf import MIN_TIME_COST as MIN_TIME_COST
from .kdf import RECOVERY_ALPHABET as RECOVERY_ALPHABET
from .kdf import KdfParams as KdfParams
from .kdf import calibrate as calibrate
from .kdf import new_recovery_key as new_recovery_key
from .kdf import normalize_passphrase as normalize_passphrase
from .kdf import normalize_recovery_key as normalize_recovery_key
from .log_head_record import LogHead as LogHead
from .log_head_record import log_head_key as log_head_key
from .owed_events import OwedEvent
from .slot_keys import SlotKeyFailure

FORMAT = "toestemming-sleutels"
# 2: slots with an X25519 key pair and a master key that can be renewed (slot_keys.py). A
# header is written as 1 while none of that is in it, so older apps keep opening it; an older
# app refuses a 2 as "made by a newer version" instead of calling the passphrase wrong.
VERSION = 2
MAX_HEADER_BYTES = 1_000_000


def header_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


@dataclass(frozen=True)
class KeyHeader:
    vault_id: str
    generation: int  # bumps on every data-key rotation
    slots: tuple[Slot, ...]
    data_nonce: bytes
    wrapped_data_key: bytes
    # During a rotation the new wrapped key is written here *before* PRAGMA rekey, so a crash
    # between the two never leaves a database whose key is nowhere.
    pending: tuple[int, bytes, bytes] | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # SQLCipher page settings of the database (db.CipherProfile name); absent = the
    # SQLCipher 4 defaults, which vaults made before the setting existed use.
    cipher: str = "sqlcipher4"
    # The audit log's state after the last committed write (None: written before this
    # existed, or a vault that has not written since).
    log_head: LogHead | None = None
    # The master key's generation: bumps when a removal renews it (slot_keys.py); the seals
    # and `master_check` are bound to it. Headers without it: 1, and no check.
    master_generation: int = 1
    master_check: bytes = b""
    # A removal could not renew the master key (a remaining slot had no key pair yet): the
    # first unlock after which every slot has one renews it (Vault.reconcile).
    master_owed: bool = False
    # The master keys before the current one, wrapped under it (slot_keys.wrap_earlier).
    earlier_masters: tuple[slot_keys.Earlier, ...] = ()
    # Key changes made in this header whose log event is not yet written (owed_events.py).
    owed_events: tuple[OwedEvent, ...] = ()

    # -- construction ------------------------------------------------------------------
    @staticmethod
    def create(label: str, passphrase: str, kdf: KdfParams) -> tuple[KeyHeader, bytes, bytes, str]:
        """New header with one passphrase slot and one recovery slot.
        Returns (header, master_key, data_key, recovery_key)."""
        master = secrets.token_bytes(KEY_BYTES)
        data_key = secrets.token_bytes(KEY_BYTES)
        vault_id = str(uuid.uuid4())
        recovery = new_recovery_key()
        header = KeyHeader(vault_id, 1, (), b"", b"")
        header = header._with_data_key(master, data_key, 1)
        header = replace(header, master_check=slot_keys.master_check(master, vault_id, 1))
        header = header.add_slot(master, "passphrase", label, normalize_passphrase(passphrase), kdf)
        header = header.add_slot(
            master, "recovery", "herstelsleutel", normalize_recovery_key(recovery), kdf
        )
        return header, master, data_key, recovery

    def _data_aad(self, generation: int) -> bytes:
        return f"toestemming-data-key|{self.vault_id}|{generation}".encode()

    def _with_data_key(self, master: bytes, data_key: bytes, generation: int) -> KeyHeader:
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(master).encrypt(nonce, data_key, self._data_aad(generation))
        return replace(
            self, generation=generation, data_nonce=nonce, wrapped_data_key=wrapped, pending=None
        )

    def add_slot(
        self,
        master: bytes,
        kind: str,
        label: str,
        secret: bytes,
        kdf: KdfParams,
        pending: str = "",
    ) -> KeyHeader:
        kdf.check()
        if kind == "passphrase" and any(
            s.kind == "passphrase" and s.label.casefold() == label.casefold() for s in self.slots
        ):
            raise ValidationError(message_id="error-header-worker-name-taken", field="label")
        slot = Slot(
            secrets.token_hex(8),
            kind,
            label,
            kdf,
            secrets.token_bytes(16),
            secrets.token_bytes(12),
            b"",
            pending,
        )
        slot = self._keyed(slot, master, kdf.derive(secret, slot.salt))
        return replace(self, slots=(*self.slots, slot))

    def _keyed(self, slot: Slot, master: bytes, slot_key: bytes) -> Slot:
        """`slot` with a fresh key pair (wrapped under `slot_key`) and the master key sealed
        to it; no direct wrap of the master key any more."""
        keys = slot_keys.new_slot_keys(
            slot_key,
            slot.aad(self.vault_id),
            master,
            self.vault_id,
            slot.id,
            slot.kind,
            slot.label,
            self.master_generation,
        )
        return replace(slot, wrapped_master=b"", keys=keys)

    def earlier_masters_under(self, master: bytes) -> list[tuple[int, bytes]]:
        return slot_keys.unwrap_earlier(self.earlier_masters, master, self.vault_id)

    def with_slot_key_pair(self, master: bytes, slot_id: str, slot_key: bytes) -> KeyHeader:
        """An older slot (no key pair) gets one: at its worker's unlock, who holds its key.
        The header gets its master check too if it had none."""
        slots = tuple(
            self._keyed(s, master, slot_key) if s.id == slot_id else s for s in self.slots
        )
        check = self.master_check or slot_keys.master_check(
            master, self.vault_id, self.master_generation
        )
        return replace(self, slots=slots, master_check=check)

    def slots_without_key_pair(self, master: bytes) -> list[Slot]:
        """The slots a new master key cannot be sealed to: no key pair yet, a public key whose
        MAC does not hold under the current master key, or what we never write — a second
        recovery slot, two slots with one id — planted by someone holding the master key
        (a worker before their removal; see with_new_recovery_key, Vault._drop_twins)."""
        recoveries = sum(s.kind == "recovery" for s in self.slots)
        ids = [s.id for s in self.slots]
        return [
            s
            for s in self.slots
            if s.keys is None
            or (s.kind == "recovery" and recoveries > 1)
            or ids.count(s.id) > 1
            or not slot_keys.public_authentic(
                s.keys, master, self.vault_id, s.id, s.kind, s.label, self.master_generation
            )
        ]

    def with_new_master(self, master: bytes, new_master: bytes, new_data_key: bytes) -> KeyHeader:
        """One header write for a removal: the new master key sealed to every slot (each has
        an authentic key pair: see slots_without_key_pair), the current data key re-wrapped
        under it (the file is still encrypted with it) and `new_data_key` pending under it
        (begin_rotation; the rekey and finish_rotation follow), the log head re-MAC'ed under
        it. A crash after this write is finished at the next open like any rotation."""
        if self.slots_without_key_pair(master) or self.pending is not None:
            raise ValidationError(message_id="error-header-key-missing")
        current = self.data_keys(master)[0]
        gen = self.master_generation + 1
        slots = tuple(
            replace(
                s,
                keys=slot_keys.resealed(
                    s.keys, new_master, self.vault_id, s.id, s.kind, s.label, gen
                ),
            )
            for s in self.slots
            if s.keys is not None
        )
        earlier = [*self.earlier_masters_under(master), (self.master_generation, master)]
        renewed = replace(
            self,
            slots=slots,
            master_generation=gen,
            master_check=slot_keys.master_check(new_master, self.vault_id, gen),
            master_owed=False,
            earlier_masters=slot_keys.wrap_earlier(earlier, new_master, self.vault_id),
            log_head=None,
            owed_events=tuple(  # (still owed: sealed under the new master key)
                e.sealed(new_master, self.vault_id)
                for e in self.owed_events
                if e.authentic(master, self.vault_id)
            ),
        )
        renewed = renewed._with_data_key(new_master, current, self.generation)
        if self.log_head is not None and self.log_head_authentic(master):
            renewed = renewed.with_log_head(new_master, self.log_head)
        elif self.log_head is not None:
            renewed = replace(renewed, log_head=self.log_head)  # (stays unauthentic: caught)
        return renewed.begin_rotation(new_master, new_data_key)

    def remove_slot(self, slot_id: str) -> KeyHeader:
        if not any(s.id == slot_id for s in self.slots):
            raise ValidationError(message_id="error-header-key-missing")
        # A slot of a kind we never write opens nothing, but would receive the new master.
        remaining = tuple(s for s in self.slots if s.id != slot_id and s.kind in SLOT_KINDS)
        if not any(s.kind == "passphrase" and not s.pending for s in remaining):
            raise ValidationError(message_id="error-header-cannot-remove-last-worker")
        return replace(self, slots=remaining)

    def with_new_recovery_key(self, master: bytes, kdf: KdfParams) -> tuple[KeyHeader, str]:
        """The recovery slot replaced by one for a new recovery key (the master key and
        every worker's slot stay): whoever read the old key (the worker who made the vault
        saw it) can no longer open the vault with it. Returns (header, new recovery key)."""
        recovery = new_recovery_key()
        kept = replace(self, slots=tuple(s for s in self.slots if s.kind != "recovery"))
        return kept.add_slot(
            master, "recovery", "herstelsleutel", normalize_recovery_key(recovery), kdf
        ), recovery

    def replace_slot_secret(
        self, master: bytes, slot_id: str, secret: bytes, kdf: KdfParams
    ) -> KeyHeader:
        """Change a passphrase: re-wrap the master key only; the database is untouched."""
        old = self.slot(slot_id)
        new_salt, new_nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        fresh = replace(old, kdf=kdf, salt=new_salt, nonce=new_nonce)
        fresh = self._keyed(fresh, master, kdf.derive(secret, new_salt))
        return replace(self, slots=tuple(fresh if s.id == slot_id else s for s in self.slots))

    def begin_rotation(self, master: bytes, new_data_key: bytes) -> KeyHeader:
        nonce = secrets.token_bytes(12)
        gen = self.generation + 1
        wrapped = AESGCM(master).encrypt(nonce, new_data_key, self._data_aad(gen))
        return replace(self, pending=(gen, nonce, wrapped))

    def finish_rotation(self, master: bytes, new_data_key: bytes) -> KeyHeader:
        assert self.pending is not None
        return self._with_data_key(master, new_data_key, self.pending[0])

    def owing(self, owed: OwedEvent, master: bytes) -> KeyHeader:
        """This header with `owed` to be logged (sealed under `master`, the key it is under)."""
        return replace(self, owed_events=(*self.owed_events, owed.sealed(master, self.vault_id)))

    def without_owed(self, ids: set[str]) -> KeyHeader:
        return replace(self, owed_events=tuple(e for e in self.owed_events if e.id not in ids))

    # -- the log head ----------------------------------------------------------------------
    def with_log_head(self, master: bytes, head: LogHead) -> KeyHeader:
        mac = hmac.HMAC(log_head_key(master, self.vault_id), hashes.SHA256())
        mac.update(head.mac_message(self.vault_id, self.cipher))
        return replace(self, log_head=replace(head, mac=mac.finalize()))

    def log_head_authentic(self, master: bytes) -> bool:
        """True when there is no head, or its MAC holds (nobody edited size, root, head or
        the cipher profile without the master key)."""
        if self.log_head is None:
            return True
        mac = hmac.HMAC(log_head_key(master, self.vault_id), hashes.SHA256())
        mac.update(self.log_head.mac_message(self.vault_id, self.cipher))
        try:
            mac.verify(self.log_head.mac)
        except InvalidSignature:
            return False
        return True

    def same_keys(self, other: KeyHeader) -> bool:
        """Equal apart from the log head: what a key-changing write must find unchanged on
        disk before it replaces the header (another window may have changed slots)."""
        return replace(self, log_head=None).to_bytes() == replace(other, log_head=None).to_bytes()

    # -- unlocking ---------------------------------------------------------------------
    def slot(self, slot_id: str) -> Slot:
        for s in self.slots:
            if s.id == slot_id:
                return s
        raise ValidationError(message_id="error-header-key-missing")

    def passphrase_slots(self) -> list[Slot]:
        """The slots a worker can open with (a slot still being added opens nothing)."""
        return [s for s in self.slots if s.kind == "passphrase" and not s.pending]

    def confirm_slot(self, slot_id: str) -> KeyHeader:
        return replace(
            self,
            slots=tuple(replace(s, pending="") if s.id == slot_id else s for s in self.slots),
        )

    def open_slot(self, slot: Slot, secret: bytes) -> tuple[bytes, bytes]:
        """(master key, slot key). Whatever does not hold — a wrong secret, an edited slot,
        a slot from an older copy whose master key is no longer the current one — is a
        WrongPassphrase: the header does not say which."""
        slot_key = slot.kdf.derive(secret, slot.salt)
        wrong = WrongPassphrase(message_id="error-header-wrong-passphrase")
        try:
            if slot.keys is not None:
                master = slot_keys.unseal(
                    slot.keys,
                    slot_key,
                    slot.aad(self.vault_id),
                    self.vault_id,
                    slot.id,
                    self.master_generation,
                )
            else:
                master = AESGCM(slot_key).decrypt(
                    slot.nonce, slot.wrapped_master, slot.aad(self.vault_id)
                )
        except (InvalidTag, SlotKeyFailure):
            raise wrong from None
        if self.master_check and not slot_keys.master_matches(
            self.master_check, master, self.vault_id, self.master_generation
        ):
            raise wrong
        return master, slot_key

    def unwrap_master(self, slot: Slot, secret: bytes) -> bytes:
        return self.open_slot(slot, secret)[0]

    def open_with_passphrase(
        self, passphrase: str, slot_id: str | None = None
    ) -> tuple[bytes, Slot, bytes]:
        """(master key, slot, slot key)."""
        candidates = [self.slot(slot_id)] if slot_id else self.passphrase_slots()
        candidates = [s for s in candidates if not s.pending]
        secret = normalize_passphrase(passphrase)
        for slot in candidates:
            try:
                master, slot_key = self.open_slot(slot, secret)
                return master, slot, slot_key
            except WrongPassphrase:
                continue
        raise WrongPassphrase(message_id="error-header-wrong-passphrase")

    def open_with_recovery(self, recovery_key: str) -> tuple[bytes, Slot, bytes]:
        secret = normalize_recovery_key(recovery_key)
        for slot in self.slots:
            if slot.kind == "recovery":
                try:
                    master, slot_key = self.open_slot(slot, secret)
                    return master, slot, slot_key
                except WrongPassphrase:
                    continue
        raise WrongPassphrase(message_id="error-header-recovery-key-other-vault")

    def unlock_with_passphrase(
        self, passphrase: str, slot_id: str | None = None
    ) -> tuple[bytes, Slot]:
        master, slot, _ = self.open_with_passphrase(passphrase, slot_id)
        return master, slot

    def unlock_with_recovery(self, recovery_key: str) -> tuple[bytes, Slot]:
        master, slot, _ = self.open_with_recovery(recovery_key)
        return master, slot

    def data_keys(self, master: bytes) -> list[bytes]:
        """The current data key, and the pending one if a rotation was interrupted."""
        try:
            keys = [
                AESGCM(master).decrypt(
                    self.data_nonce, self.wrapped_data_key, self._data_aad(self.generation)
                )
            ]
            if self.pending:
                gen, nonce, wrapped = self.pending
                keys.append(AESGCM(master).decrypt(nonce, wrapped, self._data_aad(gen)))
        except InvalidTag:
            raise HeaderCorrupt(message_id="error-header-damaged-or-changed") from None
        return keys

    # -- (de)serialisation -------------------------------------------------------------
    def to_bytes(self) -> bytes:
        renewable = bool(self.master_check) or any(s.keys is not None for s in self.slots)
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION if renewable else 1,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "data_key": {"nonce": _b64(self.data_nonce), "wrapped": _b64(self.wrapped_data_key)},
            "slots": [s.to_json() for s in self.slots],
        }
        if self.cipher != "sqlcipher4":
            doc["cipher"] = self.cipher
        if renewable or self.master_generation != 1 or self.master_owed:
            doc["master"] = {
                "generation": self.master_generation,
                "check": self.master_check.hex(),
                "owed": self.master_owed,
                "earlier": [
                    {"generation": g, "nonce": _b64(n), "wrapped": _b64(w)}
                    for g, n, w in self.earlier_masters
                ],
            }
        if self.log_head is not None:
            doc["log_head"] = self.log_head.to_json()
        if self.owed_events:
            doc["owed_events"] = [e.to_json() for e in self.owed_events]
        if self.pending:
            gen, nonce, wrapped = self.pending
            doc["pending_data_key"] = {
                "generation": gen,
                "nonce": _b64(nonce),
                "wrapped": _b64(wrapped),
            }
        return json.dumps(doc, indent=2, sort_keys=True).encode("utf-8")

    @staticmethod
    def from_bytes(raw: bytes) -> KeyHeader:
        try:
            # From a backup or a copied folder too: bounded, never a RecursionError.
            doc = safejson.loads(raw)
            if doc.get("format") != FORMAT:
                raise HeaderCorrupt(message_id="error-header-not-a-key-file")
            if int(doc.get("version", 0)) > VERSION:
                raise HeaderCorrupt(message_id="error-header-newer-version")
            pending = None
            if "pending_data_key" in doc:
                p = doc["pending_data_key"]
                pending = (int(p["generation"]), _unb64(p["nonce"]), _unb64(p["wrapped"]))
            return KeyHeader(
                vault_id=str(doc["vault_id"]),
                generation=int(doc["generation"]),
                slots=tuple(Slot.from_json(s) for s in doc["slots"]),
                data_nonce=_unb64(doc["data_key"]["nonce"]),
                wrapped_data_key=_unb64(doc["data_key"]["wrapped"]),
                pending=pending,
                cipher=str(doc.get("cipher", "sqlcipher4")),
                log_head=LogHead.from_json(doc["log_head"]) if "log_head" in doc else None,
                owed_events=tuple(OwedEvent.from_json(e) for e in doc.get("owed_events", [])),
                **_master_fields(doc.get("master")),
            )
        except HeaderCorrupt:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise HeaderCorrupt(message_id="error-header-unreadable") from None


def _master_fields(doc: Any) -> dict[str, Any]:
    if doc is None:
        return {}
    generation = int(doc["generation"])
    if generation < 1 or not isinstance(doc["owed"], bool):
        raise ValueError("master")
    return {
        "master_generation": generation,
        "master_check": bytes.fromhex(str(doc["check"])),
        "master_owed": doc["owed"],
        "earlier_masters": tuple(
            (int(e["generation"]), _unb64(e["nonce"]), _unb64(e["wrapped"]))
            for e in doc.get("earlier", [])
        ),
    }


def read_header(vault_path: Path) -> KeyHeader:
    path = header_path(vault_path)
    try:
        # Never waiting on a FIFO and never reading a device without end (/dev/zero) planted
        # at the name: that would hang every opener, not tell them anything.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise HeaderMissing(message_id="error-header-missing") from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise HeaderCorrupt(message_id="error-header-unreadable")
        raw = fh.read(MAX_HEADER_BYTES + 1)
    if len(raw) > MAX_HEADER_BYTES:
        raise HeaderCorrupt(message_id="error-header-unexpectedly-large")
    return KeyHeader.from_bytes(raw)


def header_file_mark(vault_path: Path) -> tuple[int, int, int, int] | None:
    """The key file's (device, inode, size, mtime ns) now: whether it changed (None: none)."""
    try:
        st = os.stat(header_path(vault_path))
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def write_header(vault_path: Path, header: KeyHeader) -> None:
    atomic_write(header_path(vault_path), header.to_bytes())


def atomic_write(path: Path, data: bytes) -> None:
    """Write-then-rename so readers see the old or the new file, never half of one."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
