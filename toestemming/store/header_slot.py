"""A key header's slot (header.py): one worker's passphrase or the recovery key, wrapping the
master key (directly, or through the slot's X25519 key pair: slot_keys.py).

Each slot binds its KDF parameters, label, kind and salt into the GCM associated data, so an
edited or downgraded slot fails authentication like a wrong passphrase does.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from ..errors import HeaderCorrupt
from .kdf import KdfParams
from .slot_keys import SlotKeys


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Slot:
    id: str
    kind: str  # "passphrase" or "recovery"
    label: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_master: bytes
    # "add": written before the database has the worker's row (two-phase; see
    # Vault.add_slot). Such a slot opens nothing until the database half is confirmed.
    pending: str = ""
    # The slot's key pair with the master key sealed to it (then wrapped_master is empty).
    # None in slots written before key pairs existed: they get one at their next unlock.
    keys: SlotKeys | None = None

    def aad(self, vault_id: str) -> bytes:
        return json.dumps(
            {
                "vault": vault_id,
                "slot": self.id,
                "kind": self.kind,
                "label": self.label,
                "kdf": [self.kdf.time_cost, self.kdf.memory_kib, self.kdf.parallelism],
                "salt": b64(self.salt),
            },
            sort_keys=True,
        ).encode("utf-8")

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "kdf": {
                "alg": "argon2id",
                "t": self.kdf.time_cost,
                "m_kib": self.kdf.memory_kib,
                "p": self.kdf.parallelism,
                "salt": b64(self.salt),
            },
            "nonce": b64(self.nonce),
            "wrapped": b64(self.wrapped_master),
        }
        if self.pending:
            doc["pending"] = self.pending
        if self.keys is not None:
            doc["x25519"] = self.keys.to_json()
        return doc

    @staticmethod
    def from_json(d: dict[str, Any]) -> Slot:
        k = d["kdf"]
        if k.get("alg") != "argon2id":
            raise HeaderCorrupt(message_id="error-header-unknown-kdf")
        return Slot(
            id=str(d["id"]),
            kind=str(d["kind"]),
            label=str(d["label"]),
            kdf=_checked(KdfParams(int(k["t"]), int(k["m_kib"]), int(k["p"]))),
            salt=unb64(k["salt"]),
            nonce=unb64(d["nonce"]),
            wrapped_master=unb64(d["wrapped"]),
            pending=str(d.get("pending", "")),
            keys=SlotKeys.from_json(d["x25519"]) if "x25519" in d else None,
        )


SLOT_KINDS = ("passphrase", "recovery")


def _checked(kdf: KdfParams) -> KdfParams:
    kdf.check()
    return kdf
