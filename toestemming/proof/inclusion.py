"""The audit part of a proof package: the events about the consent with, for each, its body,
the hash before it, and an RFC 9162 inclusion path to a checkpoint signed with the
organisation's Ed25519 key. Checking needs nothing but this file.

    chain hash = SHA-256(previous hash ‖ body)       (audit.chain_hash)
    leaf       = SHA-256(0x00 ‖ chain hash)          (merkle.leaf_hash)
    path       → root of the signed checkpoint        (merkle.verify_inclusion)

With a timestamp authority configured, the checkpoint also carries an RFC 3161 token over the
exact checkpoint message the organisation signed (`checkpoint.timestamp`), so the checkpoint's
time is not only the organisation's word.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from .. import safejson
from ..audit import Checkpoint, chain_hash, checkpoint_message, key_id, verify_checkpoint_signature
from ..merkle import leaf_hash, node_hash, verify_inclusion
from ..timestamps import TokenCheck, check_token
from .collect import EventRecord

FORMAT = "toestemming-logboekbewijs/1"


class MerkleLevels:
    """All levels of the RFC 9162 tree over `leaves`, so each inclusion path costs O(log n)
    instead of re-hashing subtrees per proof (merkle.inclusion_proof). Pairing left to right
    and promoting an unpaired last node unchanged gives exactly the RFC's tree (its split at
    the largest power of two below n); tests compare both."""

    def __init__(self, leaves: Sequence[bytes]) -> None:
        self.levels: list[list[bytes]] = [list(leaves)]
        while len(self.levels[-1]) > 1:
            below = self.levels[-1]
            up = [node_hash(below[i], below[i + 1]) for i in range(0, len(below) - 1, 2)]
            if len(below) % 2:
                up.append(below[-1])
            self.levels.append(up)

    @property
    def root(self) -> bytes:
        return self.levels[-1][0]

    def path(self, index: int) -> list[bytes]:
        out = []
        for level in self.levels[:-1]:
            sibling = index ^ 1
            if sibling < len(level):
                out.append(level[sibling])
            index //= 2
        return out


def build(
    vault_id: str,
    public_key: str,
    checkpoint: Checkpoint,
    events: Sequence[EventRecord],
    tree: MerkleLevels,
    timestamp: tuple[str, bytes] | None = None,  # (TSA address, DER token) over the checkpoint
) -> dict[str, Any]:
    cp: dict[str, Any] = {
        "tree_size": checkpoint.tree_size,
        "root": checkpoint.root.hex(),
        "chain_head": checkpoint.chain_head.hex(),
        "at": checkpoint.at,
        "key_id": checkpoint.key_id,
        "signature": checkpoint.signature.hex(),
    }
    if timestamp is not None:
        cp["timestamp"] = {
            "rfc3161_token": base64.b64encode(timestamp[1]).decode("ascii"),
            "tsa_url": timestamp[0],
            "over": "SHA-256 van het ondertekende controlepuntbericht",
        }
    return {
        "format": FORMAT,
        "uitleg": (
            "Per gebeurtenis: hash = SHA-256(prev_hash ‖ body); blad = SHA-256(0x00 ‖ hash); "
            "het pad (RFC 9162) leidt naar de wortel van het ondertekende controlepunt."
        ),
        "vault": vault_id,
        "public_key": public_key,
        "key_id": key_id(public_key),
        "checkpoint": cp,
        "events": [
            {
                "seq": e.seq,
                "kind": e.kind,
                "prev_hash": e.prev.hex(),
                "body": e.body.decode("utf-8"),
                "hash": e.hash.hex(),
                "inclusion_path": [h.hex() for h in tree.path(e.seq - 1)],
            }
            for e in sorted(events, key=lambda e: e.seq)
        ],
    }


def check(doc: Any, name: str) -> tuple[list[str], dict[int, dict[str, Any]]]:
    """Problems (Dutch) and the verified event bodies by sequence number."""
    verified: dict[int, dict[str, Any]] = {}
    try:
        if doc.get("format") != FORMAT:
            return [f"{name}: onbekend formaat."], verified
        pub = str(doc["public_key"])
        cp = doc["checkpoint"]
        size = int(cp["tree_size"])
        root = bytes.fromhex(cp["root"])
        head = bytes.fromhex(cp["chain_head"])
        signature = bytes.fromhex(cp["signature"])
        message = checkpoint_message(str(doc["vault"]), size, root, head, str(cp["at"]))
        if cp["key_id"] != key_id(pub) or not verify_checkpoint_signature(pub, message, signature):
            return [
                f"{name}: het controlepunt van het logboek is niet geldig ondertekend met de "
                "sleutel van de organisatie."
            ], verified
        problems: list[str] = []
        seen: set[int] = set()
        for e in doc["events"]:
            seq = e["seq"]
            if type(seq) is not int:  # not true, 1.0 or "1": another reader may differ
                return [f"{name}: het bestand is onvolledig of onleesbaar."], {}
            if seq in seen:
                problems.append(f"{name}: gebeurtenis {seq} staat er twee keer in.")
                continue
            seen.add(seq)
            body = str(e["body"]).encode("utf-8")
            digest = chain_hash(bytes.fromhex(e["prev_hash"]), body)
            if digest.hex() != e["hash"]:
                problems.append(
                    f"{name}: gebeurtenis {seq} is gewijzigd (de hash klopt niet met de inhoud)."
                )
                continue
            path = [bytes.fromhex(h) for h in e["inclusion_path"]]
            if not verify_inclusion(seq - 1, size, leaf_hash(digest), path, root):
                problems.append(
                    f"{name}: gebeurtenis {seq} zit niet in het ondertekende logboek "
                    "(het opnamebewijs klopt niet met het controlepunt)."
                )
                continue
            parsed = safejson.loads(body)
            if parsed.get("seq") != seq or parsed.get("kind") != e["kind"]:
                problems.append(f"{name}: gebeurtenis {seq} is van een ander nummer of soort.")
                continue
            verified[seq] = parsed
        return problems, verified
    except (KeyError, TypeError, ValueError, AttributeError):
        return [f"{name}: het bestand is onvolledig of onleesbaar."], verified


def check_timestamp(doc: Any, name: str) -> tuple[str | None, TokenCheck | None]:
    """(problem, token check) for the checkpoint's RFC 3161 token; (None, None) when the
    checkpoint has none. Call after `check` accepted the checkpoint."""
    try:
        cp = doc["checkpoint"]
        stamp = cp.get("timestamp")
        if stamp is None:
            return None, None
        token = base64.b64decode(str(stamp["rfc3161_token"]), validate=True)
        message = checkpoint_message(
            str(doc["vault"]),
            int(cp["tree_size"]),
            bytes.fromhex(cp["root"]),
            bytes.fromhex(cp["chain_head"]),
            str(cp["at"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        return f"{name}: de tijdstempel van het controlepunt is onleesbaar.", None
    result = check_token(token, message)
    if result.problem is not None:
        return f"{name}: controlepunt: {result.problem}", result
    return None, result
