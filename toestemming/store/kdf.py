"""Argon2id parameters (calibrated, with a floor and a ceiling), and the secrets they are
derived from: a worker's passphrase (NFC) and the printed recovery key (Crockford base32).
Split off header.py, which re-exports these names."""

from __future__ import annotations

import secrets
import time
import unicodedata
from dataclasses import dataclass, replace

from argon2.low_level import Type, hash_secret_raw

from ..errors import HeaderCorrupt, ValidationError, WrongPassphrase

KEY_BYTES = 32

# Never below these, whatever a header says (OWASP / RFC 9106 second recommendation).
MIN_TIME_COST = 3
MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 1024 * 1024
# A header asking for more than these was tampered with: refused before any KDF runs (a huge
# iteration count would otherwise hang the unlock or end in an overflow).
MAX_TIME_COST = 100
MAX_PARALLELISM = 16
CALIBRATION_TARGET_S = 0.5
CALIBRATION_MAX_MEMORY_KIB = 256 * 1024
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = MIN_TIME_COST
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2

    def check(self) -> None:
        if self.time_cost < MIN_TIME_COST or self.memory_kib < MIN_MEMORY_KIB:
            raise HeaderCorrupt(message_id="error-header-weak-kdf")
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.time_cost > MAX_TIME_COST
            or not 1 <= self.parallelism <= MAX_PARALLELISM
        ):
            raise HeaderCorrupt(message_id="error-header-impossible-settings")

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        self.check()
        return hash_secret_raw(
            secret, salt, self.time_cost, self.memory_kib, self.parallelism, KEY_BYTES, Type.ID
        )


def calibrate(target_s: float = CALIBRATION_TARGET_S) -> KdfParams:
    """Pick parameters so one derivation costs about `target_s` on this machine (never below
    the floor): memory first (it hurts attackers' GPUs most), then time."""
    params = KdfParams()
    salt = secrets.token_bytes(16)
    while True:
        start = time.perf_counter()
        params.derive(b"calibration", salt)
        took = time.perf_counter() - start
        if took >= target_s:
            return params
        if params.memory_kib * 2 <= CALIBRATION_MAX_MEMORY_KIB:
            params = replace(params, memory_kib=params.memory_kib * 2)
        else:
            factor = max(1.0, target_s / max(took, 1e-3))
            params = replace(
                params, time_cost=max(params.time_cost + 1, round(params.time_cost * factor))
            )


def normalize_passphrase(passphrase: str) -> bytes:
    # NFC so that "é" typed on different keyboards/OSes derives the same key.
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that are no UTF-8 (TOESTEMMING_PASSPHRASE from a Latin-1 script or terminal)
        # reach Python as lone surrogates: no passphrase can be made of them, so say what is
        # wrong instead of the encoder's traceback.
        raise ValidationError(message_id="error-passphrase-not-text") from None


def new_recovery_key() -> str:
    """160 random bits as 8 groups of 4 Crockford symbols, to print and keep safe."""
    raw = secrets.token_bytes(20)
    value = int.from_bytes(raw, "big")
    symbols = "".join(RECOVERY_ALPHABET[(value >> (5 * i)) & 31] for i in range(32))[::-1]
    return "-".join(symbols[i : i + 4] for i in range(0, 32, 4))


def normalize_recovery_key(text: str) -> bytes:
    cleaned = text.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    cleaned = "".join(ch for ch in cleaned if ch.isalnum())
    if len(cleaned) != 32 or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise WrongPassphrase(message_id="error-header-recovery-key-format")
    return cleaned.encode("ascii")
