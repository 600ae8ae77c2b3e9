"""Key changes whose log event is still owed: written into the key header in the same write
that makes the change (header.py `owed_events`), dropped once the event is in the log.

A key change (a passphrase, the recovery key, the data key) happens in the key file; its
record is an event in the database. Two files cannot be written in one step, and a process
killed between them (SIGKILL, a power cut) left a changed key that the log never mentioned.
So the header write that changes the key also carries the event it owes; the service appends
the event (its `change` id in the data) and then drops the entry. Killed before the event:
the next writing open appends it. Killed after it: the next open finds the id in the log and
only drops the entry. Never twice, never not at all.

Each entry is MAC'ed under the master key (like the log head): someone who can write the key
file but has no passphrase cannot plant an event in the log (an entry that does not hold is
dropped without an event). A master key renewal re-seals the entries still owed.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# The only kinds an entry may name (anything else read from a key file is dropped unlogged).
KINDS = ("worker.passphrase_changed", "vault.recovery_key_renewed", "vault.data_key_rotated")


def _key(master: bytes, vault_id: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"toestemming-owed-events|{vault_id}".encode(),
    ).derive(master)


@dataclass(frozen=True)
class OwedEvent:
    id: str  # random; the event carries it as data["change"]
    kind: str
    actor: int | None  # the worker who made the change (the event's actor)
    data: dict[str, Any]  # small values only: worker ids, a generation — nothing personal
    mac: bytes = b""

    @staticmethod
    def new(kind: str, actor: int | None, data: dict[str, Any]) -> OwedEvent:
        if kind not in KINDS:
            raise ValueError(kind)
        return OwedEvent(secrets.token_hex(16), kind, actor, dict(data))

    def with_data(self, **more: Any) -> OwedEvent:
        return replace(self, data={**self.data, **more}, mac=b"")

    def event_data(self) -> dict[str, Any]:
        return {**self.data, "change": self.id}

    def _message(self, vault_id: str) -> bytes:
        body = {"id": self.id, "kind": self.kind, "actor": self.actor, "data": self.data}
        return f"{vault_id}|".encode() + json.dumps(body, sort_keys=True).encode()

    def sealed(self, master: bytes, vault_id: str) -> OwedEvent:
        mac = hmac.HMAC(_key(master, vault_id), hashes.SHA256())
        mac.update(self._message(vault_id))
        return replace(self, mac=mac.finalize())

    def authentic(self, master: bytes, vault_id: str) -> bool:
        if self.kind not in KINDS:
            return False
        mac = hmac.HMAC(_key(master, vault_id), hashes.SHA256())
        mac.update(self._message(vault_id))
        try:
            mac.verify(self.mac)
        except InvalidSignature:
            return False
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "actor": self.actor,
            "data": self.data,
            "mac": self.mac.hex(),
        }

    @staticmethod
    def from_json(doc: Any) -> OwedEvent:
        actor = doc["actor"]
        if actor is not None and (isinstance(actor, bool) or not isinstance(actor, int)):
            raise ValueError("actor")
        data = doc["data"]
        if not isinstance(data, dict) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in data.values()
        ):
            raise ValueError("data")
        return OwedEvent(str(doc["id"]), str(doc["kind"]), actor, data, bytes.fromhex(doc["mac"]))
