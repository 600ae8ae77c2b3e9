"""Append-only, hash-chained audit log with a Merkle tree and signed checkpoints.

- Every change is one event: body = canonical JSON, hash = SHA-256(previous hash ‖ body).
- The events are also leaves of an RFC 9162 Merkle tree (leaf entry = the event's chain hash),
  so one event can later be proven with a short inclusion proof. The tree's right edge (the
  "frontier") is kept up to date on every append, so a checkpoint costs O(log n).
- A checkpoint signs (size, Merkle root, chain head) with the organisation's Ed25519 key.
- Personal data enters the chain only as a salted commitment; the salt lives in a separate
  table, so erasing the data later leaves every hash verifiable.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeGuard

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .audit_link_check import GENESIS as GENESIS
from .audit_link_check import LinkProblem
from .audit_links import verify_links
from .clock import Clock, to_iso
from .errors import Phrase
from .language import SOURCE
from .merkle import leaf_hash, node_hash
from .store.db import Database, ReaderSpec

OUTSIDE_CHAIN_WHY = Phrase("audit-event-before-start")
OUTSIDE_CHAIN = OUTSIDE_CHAIN_WHY.text_in(SOURCE)  # the same in Dutch


def canonical_json(obj: Any) -> bytes:
    """One byte sequence per value: sorted keys, no spaces, UTF-8 (RFC 8785-like for our
    value types: str, int, bool, None, lists and dicts; floats are not used)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def commitment(salt: bytes, personal: Any) -> str:
    return hashlib.sha256(salt + canonical_json(personal)).hexdigest()


def chain_hash(prev: bytes, body: bytes) -> bytes:
    h = hashlib.sha256(prev)
    h.update(body)
    return h.digest()


# -- Merkle frontier ------------------------------------------------------------------------
Frontier = list[tuple[int, bytes]]  # (subtree size, subtree hash), largest first


def frontier_append(frontier: Frontier, leaf: bytes) -> None:
    frontier.append((1, leaf))
    while len(frontier) >= 2 and frontier[-1][0] == frontier[-2][0]:
        size, right = frontier.pop()
        _, left = frontier.pop()
        frontier.append((size * 2, node_hash(left, right)))


def frontier_root(frontier: Frontier) -> bytes:
    """RFC 9162 MTH from the right edge: the perfect subtrees combined right to left."""
    if not frontier:
        return hashlib.sha256(b"").digest()
    acc = frontier[-1][1]
    for _, h in reversed(frontier[:-1]):
        acc = node_hash(h, acc)
    return acc


def _frontier_dump(frontier: Frontier) -> str:
    return json.dumps([[s, h.hex()] for s, h in frontier])


def _frontier_load(text: str | None) -> Frontier:
    if not text:
        return []
    return [(int(s), bytes.fromhex(h)) for s, h in json.loads(text)]


# -- signing key ----------------------------------------------------------------------------
def new_signing_key() -> tuple[str, str]:
    """(private hex, public hex) of a fresh organisation Ed25519 key."""
    key = Ed25519PrivateKey.generate()
    priv = key.private_bytes_raw().hex()
    pub = key.public_key().public_bytes_raw().hex()
    return priv, pub


def key_id(public_hex: str) -> str:
    """The key's short identifier in checkpoint rows and manifests (64 bits): which key, not
    whose. What people compare to decide whom to trust is `key_fingerprint`."""
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]


def key_fingerprint(public_hex: str) -> str:
    """What people compare: printed on every proof PDF, shown by `verify` to read out by phone,
    given to `--expect-key`. 128 bits of SHA-256 of the public key, so a forger needs about
    2^128 tries to make a key that prints the same; the 64 bits of `key_id` (what packages
    printed before) would need 2^64, within reach of someone renting GPUs for long enough."""
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:32]


def names_key(fingerprint: str, public_hex: str) -> bool:
    """Whether a fingerprint a package wrote down is its own key's: the 128-bit fingerprint,
    or the 64-bit `key_id` that packages exported before printed (they must keep verifying;
    a forger gains nothing by printing the short form of their own key)."""
    return fingerprint in (key_fingerprint(public_hex), key_id(public_hex))


def checkpoint_message(vault_id: str, size: int, root: bytes, head: bytes, at: str) -> bytes:
    return canonical_json(
        {
            "type": "toestemming-checkpoint",
            "vault": vault_id,
            "size": size,
            "root": root.hex(),
            "head": head.hex(),
            "at": at,
        }
    )


def verify_checkpoint_signature(public_hex: str, message: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Checkpoint:
    id: int
    tree_size: int
    root: bytes
    chain_head: bytes
    at: str
    key_id: str
    signature: bytes


_NOTHING = Phrase("error-text", {"text": ""})


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    events: int
    checkpoints: int
    first_bad_seq: int | None = None
    why: Phrase | None = None  # what is wrong (catalog phrase: the reader's language)
    processes: int = 1  # how many processes checked the chain (see audit_links.py)

    @property
    def problem(self) -> str:
        """What is wrong, in Dutch ("" when nothing is)."""
        return self.why.text_in(SOURCE) if self.why is not None else ""

    def describe(self) -> str:
        """In Dutch (the CLI's check, logs of the self-test)."""
        return self.phrase().text_in(SOURCE)

    def phrase(self) -> Phrase:
        """The outcome in the reader's language (the problem itself stays as found)."""
        if self.ok:
            return Phrase("audit-ok", {"events": self.events, "checkpoints": self.checkpoints})
        return Phrase(
            "audit-not-ok",
            {
                "at": "event" if self.first_bad_seq else "none",
                "event": self.first_bad_seq or 0,
                "problem": self.why or _NOTHING,
            },
        )


# The events that make up a consent item's history (youth page, proof package), in one place.
ITEM_EVENT_KINDS = (
    "request.created",
    "decisions.recorded",
    "withdrawal.recorded",
    "withdrawal.recipient_notified",
    "item.revoke",
    "item.invalidate",
    "item.supersede",
    "remote.expired",
    "disclosure.recorded",
)


def items_named(kind: str, data: dict[str, Any]) -> set[int]:
    """Which consent items an item event is about."""
    if kind == "request.created":
        return {int(i["item"]) for i in data["items"]}
    if kind == "decisions.recorded":
        return {int(k) for k in data["answers"]}
    if kind in ("withdrawal.recorded", "remote.expired"):
        return {int(i) for i in data["items"]}
    item = data.get("item")
    return set() if item is None else {int(item)}


def event_subjects(kind: str, data: dict[str, Any]) -> set[tuple[str, int]]:
    """What an event is about, for the `event_subjects` index (migration 11), so that an
    item's history is an index walk instead of a scan of every event. Only ids, no personal
    data. An event that names its request is indexed under the request alone (its items all
    belong to it): one row per event keeps bulk writes cheap; readers filter the request's
    events by item. Events without a request (withdrawals, notifications, item actions,
    disclosures) are indexed per item. Evidence events under their evidence id."""
    del kind  # the payload keys decide; kept in the signature for callers' clarity
    found: set[tuple[str, int]] = set()
    evidence = data.get("evidence")
    if _is_id(evidence):
        found.add(("evidence", evidence))
    request = data.get("request")
    if _is_id(request):
        found.add(("request", request))
        return found
    item = data.get("item")
    if _is_id(item):
        found.add(("item", item))
    items = data.get("items")
    if isinstance(items, list):
        for entry in items:
            value = entry.get("item") if isinstance(entry, dict) else entry
            if _is_id(value):
                found.add(("item", value))
    return found


def _is_id(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


class AuditLog:
    """Appends and verifies events in the vault's `events` table."""

    def __init__(self, db: Database, clock: Clock, vault_id: str) -> None:
        self._db = db
        self._clock = clock
        self._vault_id = vault_id
        self._indexed: bool | None = None  # event_subjects exists (schema ≥ 11)
        # Asked with the clock's moment before it dates anything (usecases/clock_right.py: a
        # team window whose clock was set back while open); raises to refuse the write.
        self.before_dating: Callable[[datetime], None] | None = None

    def _now(self) -> datetime:
        now = self._clock.now()
        if self.before_dating is not None:
            self.before_dating(now)
        return now

    def _index(self, rows: list[tuple[str, int, int]]) -> None:
        if self._indexed is None:
            self._indexed = bool(
                self._db.scalar(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_subjects'"
                )
            )
        if self._indexed and rows:
            self._db.executemany(
                "INSERT OR IGNORE INTO event_subjects(subject, subject_id, seq) VALUES (?, ?, ?)",
                rows,
            )

    def _meta(self, key: str) -> str | None:
        value = self._db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def _set_meta(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def head(self) -> tuple[int, bytes]:
        row = self._db.query_one("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
        return (0, GENESIS) if row is None else (int(row[0]), bytes(row[1]))

    def append(
        self,
        kind: str,
        actor: int | None,
        data: dict[str, Any],
        personal: Any = None,
        at: datetime | None = None,
    ) -> int:
        """Add one event inside the caller's transaction; returns its sequence number."""
        seq, prev = self.head()
        seq += 1
        moment = to_iso(at or self._now())
        salt = None
        if personal is not None:
            salt = secrets.token_bytes(16)
            data = {**data, "pd": commitment(salt, personal)}
        body = canonical_json(
            {"v": 1, "seq": seq, "at": moment, "actor": actor, "kind": kind, "data": data}
        )
        digest = chain_hash(prev, body)
        self._db.execute(
            "INSERT INTO events(seq, at, actor, kind, body, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (seq, moment, actor, kind, body, digest),
        )
        if salt is not None:
            self._db.execute("INSERT INTO event_salts(seq, salt) VALUES (?, ?)", (seq, salt))
        self._index([(subject, sid, seq) for subject, sid in event_subjects(kind, data)])
        frontier = _frontier_load(self._meta("merkle_frontier"))
        frontier_append(frontier, leaf_hash(digest))
        self._set_meta("merkle_frontier", _frontier_dump(frontier))
        return seq

    def append_many(self, events: list[tuple[str, int | None, dict[str, Any], Any]]) -> int:
        """Bulk append (demo/bench generation, CSV import): one frontier read/write."""
        seq, prev = self.head()
        frontier = _frontier_load(self._meta("merkle_frontier"))
        moment = to_iso(self._now())
        rows: list[tuple[Any, ...]] = []
        salts: list[tuple[int, bytes]] = []
        subjects: list[tuple[str, int, int]] = []
        for kind, actor, data, personal in events:
            seq += 1
            subjects.extend((subject, sid, seq) for subject, sid in event_subjects(kind, data))
            if personal is not None:
                salt = secrets.token_bytes(16)
                data = {**data, "pd": commitment(salt, personal)}
                salts.append((seq, salt))
            body = canonical_json(
                {"v": 1, "seq": seq, "at": moment, "actor": actor, "kind": kind, "data": data}
            )
            prev = chain_hash(prev, body)
            rows.append((seq, moment, actor, kind, body, prev))
            frontier_append(frontier, leaf_hash(prev))
        self._db.executemany(
            "INSERT INTO events(seq, at, actor, kind, body, hash) VALUES (?, ?, ?, ?, ?, ?)", rows
        )
        self._db.executemany("INSERT INTO event_salts(seq, salt) VALUES (?, ?)", salts)
        self._index(subjects)
        self._set_meta("merkle_frontier", _frontier_dump(frontier))
        return seq

    def checkpoint(self, private_hex: str, public_hex: str) -> Checkpoint | None:
        """Sign the current tree head (inside the caller's transaction). None if unchanged."""
        size, head = self.head()
        last = self._db.query_one("SELECT max(tree_size) FROM checkpoints")
        if size == 0 or (last is not None and last[0] == size):
            return None
        root = frontier_root(_frontier_load(self._meta("merkle_frontier")))
        at = to_iso(self._now())
        msg = checkpoint_message(self._vault_id, size, root, head, at)
        signature = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)).sign(msg)
        kid = key_id(public_hex)
        cid = self._db.execute(
            "INSERT INTO checkpoints(tree_size, root, chain_head, at, key_id, signature) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (size, root, head, at, kid, signature),
        )
        return Checkpoint(cid, size, root, head, at, kid, signature)

    def checkpoints(self) -> list[Checkpoint]:
        return [
            Checkpoint(
                int(r[0]), int(r[1]), bytes(r[2]), bytes(r[3]), str(r[4]), str(r[5]), bytes(r[6])
            )
            for r in self._db.query(
                "SELECT id, tree_size, root, chain_head, at, key_id, signature "
                "FROM checkpoints ORDER BY tree_size, id"
            )
        ]

    def verify(
        self,
        public_hex: str,
        *,
        deep: bool = False,
        reader: ReaderSpec | None = None,
        parallel_from: int | None = None,
    ) -> AuditReport:
        """Recompute the whole chain; check every checkpoint's signature and chain head.
        `deep` also recomputes the Merkle root at every checkpoint and compares each body with
        the columns beside it. With `reader`, a long log is checked in several processes
        (see audit_links.py)."""
        cps = self.checkpoints()
        kid = key_id(public_hex)
        for cp in cps:
            msg = checkpoint_message(self._vault_id, cp.tree_size, cp.root, cp.chain_head, cp.at)
            if cp.key_id != kid or not verify_checkpoint_signature(public_hex, msg, cp.signature):
                return AuditReport(
                    False,
                    0,
                    len(cps),
                    cp.tree_size,
                    Phrase("audit-checkpoint-signature-wrong"),
                )
        # Two subqueries: min and max in one SELECT would scan the table instead of using
        # the primary key's ends (0.36 s at 600k events).
        bounds = self._db.query_one(
            "SELECT coalesce((SELECT min(seq) FROM events), 1),"
            " coalesce((SELECT max(seq) FROM events), 0)"
        )
        assert bounds is not None  # an aggregate always yields one row
        first, last = int(bounds[0]), int(bounds[1])
        if first < 1:
            # A row before the first event would be read as history but never be checked.
            return AuditReport(False, 0, len(cps), None, OUTSIDE_CHAIN_WHY)
        pinned = {cp.tree_size: cp.chain_head for cp in cps}
        if self._db.in_transaction:
            # Other processes would not see this transaction's own rows yet.
            reader = None
        found, processes = verify_links(self._db, last, pinned, reader, parallel_from)
        if deep:
            upto = last if found is None else found.seq - 1
            deeper = self._verify_structure(upto, {cp.tree_size: cp.root for cp in cps})
            if deeper is not None and (found is None or deeper.seq < found.seq):
                found = deeper
        if found is not None:
            return AuditReport(False, found.seq - 1, len(cps), found.seq, found.why, processes)
        if cps and cps[-1].tree_size > last:
            return AuditReport(
                False,
                last,
                len(cps),
                last + 1,
                Phrase("audit-events-gone-after-checkpoint"),
                processes,
            )
        return AuditReport(True, last, len(cps), processes=processes)

    def _verify_structure(self, upto: int, roots: dict[int, bytes]) -> LinkProblem | None:
        """Deep part, over events whose links already hold: each body names the seq, time,
        kind and actor in the columns beside it, and the Merkle root at every checkpoint is
        the one that was signed (leaves are the stored hashes, equal to the computed ones)."""
        frontier: Frontier = []
        for seq, body, stored, at, kind, actor in self._db.iterate(
            "SELECT seq, body, hash, at, kind, actor FROM events WHERE seq <= ? ORDER BY seq",
            (upto,),
            tuples=True,
        ):
            doc = json.loads(body)
            if (doc["seq"], doc["at"], doc["kind"], doc["actor"]) != (seq, at, kind, actor):
                return LinkProblem(seq, Phrase("audit-event-columns-changed"))
            frontier_append(frontier, leaf_hash(bytes(stored)))
            root = roots.get(seq)
            if root is not None and frontier_root(frontier) != root:
                return LinkProblem(seq, Phrase("audit-merkle-root-wrong"))
        return None

    def leaf_hashes(self) -> list[bytes]:
        return [
            leaf_hash(bytes(r[0])) for r in self._db.iterate("SELECT hash FROM events ORDER BY seq")
        ]
