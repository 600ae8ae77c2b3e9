"""Per-slot X25519 key pairs: how a worker who removes a colleague hands a *new* master key to
every remaining slot without knowing their passphrases.

    slot key --AES-GCM--> slot's X25519 private key
    new master key --X25519(ephemeral, slot public) + HKDF-SHA256 + AES-GCM--> sealed per slot

Why: a removed worker who kept a copy of the key file unwraps the master key from their old
slot with their own passphrase. Renewing only the data key does not help, it is wrapped under
that same master key. With a new master key sealed to the remaining slots' public keys (and
the removed slot gone) the old copy gives a master key that opens nothing current.

The private key is wrapped with the slot's own associated data plus its public key, so an
edited slot fails like a wrong passphrase. The seal binds vault id, slot id and the master
key's generation. A public key is MAC'ed with a key derived from the master key: the remover
checks it before sealing, so nobody without the current master key can slip in their own
public key and receive the next master key.
"""

from __future__ import annotations

import hmac as hmac_module
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .kdf import KEY_BYTES


class SlotKeyFailure(Exception):
    """A slot's key pair or seal did not authenticate (wrong secret, edited or spliced slot).
    Internal: header.py turns it into WrongPassphrase, never shown as is."""


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class SlotKeys:
    public: bytes  # X25519, raw 32 bytes
    key_nonce: bytes
    wrapped_private: bytes  # AES-GCM under the slot key
    ephemeral: bytes  # the sealer's one-time X25519 public key
    seal_nonce: bytes
    sealed_master: bytes
    public_mac: bytes  # HMAC under a key derived from the master key it was sealed with

    def to_json(self) -> dict[str, Any]:
        return {
            "public": self.public.hex(),
            "key_nonce": self.key_nonce.hex(),
            "private": self.wrapped_private.hex(),
            "ephemeral": self.ephemeral.hex(),
            "seal_nonce": self.seal_nonce.hex(),
            "sealed": self.sealed_master.hex(),
            "public_mac": self.public_mac.hex(),
        }

    @staticmethod
    def from_json(d: dict[str, Any]) -> SlotKeys:
        keys = SlotKeys(
            *(
                bytes.fromhex(str(d[name]))
                for name in (
                    "public",
                    "key_nonce",
                    "private",
                    "ephemeral",
                    "seal_nonce",
                    "sealed",
                    "public_mac",
                )
            )
        )
        if len(keys.public) != KEY_BYTES or len(keys.ephemeral) != KEY_BYTES:
            raise ValueError("key length")
        return keys


def _private_aad(slot_aad: bytes, public: bytes) -> bytes:
    return slot_aad + b"|x25519-private|" + public.hex().encode("ascii")


def _seal_aad(vault_id: str, slot_id: str, generation: int) -> bytes:
    return f"toestemming-master-seal|{vault_id}|{slot_id}|{generation}".encode()


def _hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def _seal_key(shared: bytes, ephemeral: bytes, public: bytes, aad: bytes) -> bytes:
    return _hkdf(shared, aad, salt=ephemeral + public)


def _mac(master: bytes, purpose: str, vault_id: str, message: bytes) -> bytes:
    """HMAC-SHA256 under a key derived from the master key for one purpose (never the master
    key itself)."""
    mac = hmac.HMAC(_hkdf(master, f"toestemming-{purpose}|{vault_id}".encode()), hashes.SHA256())
    mac.update(message)
    return mac.finalize()


def _public_message(slot_id: str, kind: str, label: str, public: bytes, generation: int) -> bytes:
    return f"{slot_id}|{kind}|{generation}|{public.hex()}|{label}".encode()


def public_mac(
    master: bytes, vault_id: str, slot_id: str, kind: str, label: str, public: bytes, gen: int
) -> bytes:
    message = _public_message(slot_id, kind, label, public, gen)
    return _mac(master, "slot-public", vault_id, message)


def public_authentic(
    keys: SlotKeys, master: bytes, vault_id: str, slot_id: str, kind: str, label: str, gen: int
) -> bool:
    expected = public_mac(master, vault_id, slot_id, kind, label, keys.public, gen)
    return hmac_module.compare_digest(expected, keys.public_mac)


def seal(
    master: bytes, public: bytes, vault_id: str, slot_id: str, generation: int
) -> tuple[bytes, bytes, bytes]:
    """The master key for one slot's public key: (ephemeral public, nonce, sealed)."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    aad = _seal_aad(vault_id, slot_id, generation)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_seal_key(shared, eph_public, public, aad)).encrypt(nonce, master, aad)
    return eph_public, nonce, sealed


def new_slot_keys(
    slot_key: bytes,
    slot_aad: bytes,
    master: bytes,
    vault_id: str,
    slot_id: str,
    kind: str,
    label: str,
    generation: int,
) -> SlotKeys:
    """A fresh key pair for a slot whose key we hold, with the master key sealed to it."""
    private = X25519PrivateKey.generate()
    public = _raw_public(private.public_key())
    key_nonce = secrets.token_bytes(12)
    raw_private = private.private_bytes_raw()
    wrapped = AESGCM(slot_key).encrypt(key_nonce, raw_private, _private_aad(slot_aad, public))
    unsealed = SlotKeys(public, key_nonce, wrapped, b"", b"", b"", b"")
    return resealed(unsealed, master, vault_id, slot_id, kind, label, generation)


def resealed(
    keys: SlotKeys,
    master: bytes,
    vault_id: str,
    slot_id: str,
    kind: str,
    label: str,
    generation: int,
) -> SlotKeys:
    """The same key pair, with (a new) master key sealed to it and the public key re-MAC'ed
    under that master key. No secret of the slot is needed."""
    ephemeral, nonce, sealed = seal(master, keys.public, vault_id, slot_id, generation)
    mac = public_mac(master, vault_id, slot_id, kind, label, keys.public, generation)
    return SlotKeys(
        keys.public, keys.key_nonce, keys.wrapped_private, ephemeral, nonce, sealed, mac
    )


def unseal(
    keys: SlotKeys, slot_key: bytes, slot_aad: bytes, vault_id: str, slot_id: str, gen: int
) -> bytes:
    """Slot key -> private key -> master key; SlotKeyFailure when any step does not hold."""
    try:
        raw = AESGCM(slot_key).decrypt(
            keys.key_nonce, keys.wrapped_private, _private_aad(slot_aad, keys.public)
        )
        private = X25519PrivateKey.from_private_bytes(raw)
        if _raw_public(private.public_key()) != keys.public:
            raise SlotKeyFailure
        shared = private.exchange(X25519PublicKey.from_public_bytes(keys.ephemeral))
        aad = _seal_aad(vault_id, slot_id, gen)
        return AESGCM(_seal_key(shared, keys.ephemeral, keys.public, aad)).decrypt(
            keys.seal_nonce, keys.sealed_master, aad
        )
    except (InvalidTag, ValueError):
        raise SlotKeyFailure from None


def master_check(master: bytes, vault_id: str, generation: int) -> bytes:
    """A value only the current master key makes: a master key from an older copy of a slot
    (spliced into the current file) is refused like a wrong passphrase."""
    return _mac(master, "master-check", vault_id, f"toestemming-master|{generation}".encode())


def master_matches(check: bytes, master: bytes, vault_id: str, generation: int) -> bool:
    return hmac_module.compare_digest(master_check(master, vault_id, generation), check)


# Earlier master keys, each wrapped under the current one: the backups made before a renewal
# wrap their data keys under an earlier master key, and the vault must still recognise them as
# its own (auto-pruning, backup.py). Only whoever holds the current master key unwraps them.
Earlier = tuple[int, bytes, bytes]  # (generation, nonce, wrapped)


def _earlier_aad(vault_id: str, generation: int) -> bytes:
    return f"toestemming-earlier-master|{vault_id}|{generation}".encode()


def wrap_earlier(
    masters: list[tuple[int, bytes]], current: bytes, vault_id: str
) -> tuple[Earlier, ...]:
    wrapped: list[Earlier] = []
    for generation, master in masters:
        nonce = secrets.token_bytes(12)
        aad = _earlier_aad(vault_id, generation)
        wrapped.append((generation, nonce, AESGCM(current).encrypt(nonce, master, aad)))
    return tuple(wrapped)


def unwrap_earlier(
    earlier: tuple[Earlier, ...], current: bytes, vault_id: str
) -> list[tuple[int, bytes]]:
    """The earlier master keys that authenticate under `current` (a damaged entry is left
    out: it only costs recognising some old backups)."""
    masters: list[tuple[int, bytes]] = []
    for generation, nonce, wrapped in earlier:
        try:
            aad = _earlier_aad(vault_id, generation)
            masters.append((generation, AESGCM(current).decrypt(nonce, wrapped, aad)))
        except InvalidTag:
            continue
    return masters
