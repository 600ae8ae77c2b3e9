"""The audit log's head as the key header keeps it (`LogHead`), and the key its MAC is made
with (HKDF from the master key). Split off header.py, which re-exports both names."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .kdf import KEY_BYTES


@dataclass(frozen=True)
class LogHead:
    """The newest state of the audit log, kept outside the database so that losing committed
    work (a deleted -wal, a truncated log, an older database file put back) is noticed at the
    next open: size, Merkle root and chain head after the last committed write, signed with
    the organisation's Ed25519 key (checkable with the public key alone, like a checkpoint)
    and authenticated with a key derived from the master key (so nobody without a passphrase
    can write a head that the vault accepts). The MAC also covers the header's cipher profile."""

    size: int
    root: bytes
    chain_head: bytes
    at: str
    signature: bytes
    mac: bytes = b""
    # How many signed checkpoints the database held then. The log itself cannot tell that its
    # newest checkpoint row (and the trusted timestamp hanging on it) was deleted; this can.
    # None in heads written before the field existed: then that comparison is skipped.
    checkpoints: int | None = None
    # How many RFC 3161 tokens (checkpoint_timestamps) it held then: those rows are no events
    # and only triggers guard them, which an insider can drop and put back; a deleted token
    # (a proof's trusted time gone) is noticed by this. None in older heads: skipped.
    stamps: int | None = None

    def mac_message(self, vault_id: str, cipher: str) -> bytes:
        message: dict[str, Any] = {
            "type": "toestemming-log-head",
            "vault": vault_id,
            "cipher": cipher,
            "size": self.size,
            "root": self.root.hex(),
            "head": self.chain_head.hex(),
            "at": self.at,
            "signature": self.signature.hex(),
        }
        if self.checkpoints is not None:  # (older heads: the message they were MAC'ed with)
            message["checkpoints"] = self.checkpoints
        if self.stamps is not None:
            message["stamps"] = self.stamps
        return json.dumps(
            message,
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        return (
            {
                "size": self.size,
                "root": self.root.hex(),
                "head": self.chain_head.hex(),
                "at": self.at,
                "signature": self.signature.hex(),
                "mac": self.mac.hex(),
            }
            | ({} if self.checkpoints is None else {"checkpoints": self.checkpoints})
            | ({} if self.stamps is None else {"stamps": self.stamps})
        )

    @staticmethod
    def from_json(d: dict[str, Any]) -> LogHead:
        size = int(d["size"])
        checkpoints = None if d.get("checkpoints") is None else int(d["checkpoints"])
        stamps = None if d.get("stamps") is None else int(d["stamps"])
        if size < 0 or any(n is not None and n < 0 for n in (checkpoints, stamps)):
            raise ValueError("size")
        return LogHead(
            size,
            bytes.fromhex(str(d["root"])),
            bytes.fromhex(str(d["head"])),
            str(d["at"]),
            bytes.fromhex(str(d["signature"])),
            bytes.fromhex(str(d["mac"])),
            checkpoints,
            stamps,
        )


def log_head_key(master: bytes, vault_id: str) -> bytes:
    """The MAC key for the log head: HKDF from the master key (never the master key itself)."""
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=f"toestemming-log-head|{vault_id}".encode(),
    ).derive(master)
