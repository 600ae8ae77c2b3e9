"""Key files as apps before session 11 wrote them: a slot whose master key is wrapped directly
under its slot key (AES-GCM with the slot's associated data), without an X25519 key pair. The
saved vaults in tests/data are like that; this makes one slot of a newer file like that too
(a colleague added by an older app)."""

from __future__ import annotations

import secrets
from dataclasses import replace
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from toestemming.store.header import normalize_passphrase, read_header, write_header


def as_an_older_app_wrote_it(path: Path, label: str, passphrase: str) -> None:
    header = read_header(path)
    slot = next(s for s in header.slots if s.label == label)
    secret = normalize_passphrase(passphrase)
    master = header.unwrap_master(slot, secret)
    nonce = secrets.token_bytes(12)
    legacy = replace(slot, nonce=nonce, keys=None, wrapped_master=b"")
    wrapped = AESGCM(slot.kdf.derive(secret, slot.salt)).encrypt(
        nonce, master, legacy.aad(header.vault_id)
    )
    legacy = replace(legacy, wrapped_master=wrapped)
    write_header(
        path, replace(header, slots=tuple(legacy if s.id == slot.id else s for s in header.slots))
    )
