"""The `event_subjects` index against the events it is derived from.

An item's history (the youth page, a withdrawal, the proof package) walks this index instead
of every event. A deleted row hides that event from the item: a withdrawal would be missing
from a proof that still verifies. The index is a pure function of the events
(audit.event_subjects), so the replay recomputes it and compares.

Cheapest sound comparison: both sides are folded into an order-free digest (a sum of keyed
hashes of (subject, id, seq)) and a count, in one pass over the events the replay reads anyway
and one pass over the index, with no set of a million rows in memory. The key is fresh per
run (Python's per-process string hash of a random token), so an insider cannot prepare rows
whose hashes cancel out. Only when the digests differ are both sides collected as sets, to
name the events and subjects that disagree.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator, Mapping
from typing import Any

from . import fastjson
from .audit import event_subjects
from .replay_report import Disagreement
from .store.db import Database

MASK = (1 << 64) - 1
# Bytes a body must hold for event_subjects to find anything in it (keys of "data").
_HINTS = (b'"request":', b'"item', b'"evidence":')
SUBJECT_NAMES = {"item": "onderdeel", "request": "verzoek", "evidence": "bewijsstuk"}
MISSING = (
    "gebeurtenis {seq} ontbreekt in de index van de geschiedenis (tabel event_subjects); "
    "de geschiedenis en het bewijs zouden haar weglaten"
)
EXTRA = (
    "de index van de geschiedenis (tabel event_subjects) noemt gebeurtenis {seq}, maar die "
    "gaat er niet over"
)
MAX_NAMED = 50


def subjects_of(body: bytes, doc: dict[str, Any] | None = None) -> set[tuple[str, int]]:
    """What the index must hold for this event body (`doc`: the body already parsed)."""
    if not any(h in body for h in _HINTS):
        return set()
    if doc is None:
        doc = fastjson.loads(body)
    data = doc.get("data") if isinstance(doc, dict) else None
    if not isinstance(data, dict):
        return set()
    return event_subjects(str(doc.get("kind", "")), data)


class SubjectDigest:
    """Feed every event in turn; then `compare` with the stored index."""

    def __init__(self) -> None:
        self._token = secrets.token_hex(16)
        self.total = 0
        self.count = 0
        self.unreadable: list[int] = []

    def add(self, subject: str, sid: int, seq: int) -> None:
        """One index row an event must have (found by the caller without parsing)."""
        self.total += hash((self._token, subject, sid, seq))
        self.count += 1

    def feed(self, seq: int, body: bytes, doc: dict[str, Any] | None = None) -> None:
        try:
            found = subjects_of(body, doc)
        except (ValueError, TypeError, AttributeError):
            self.unreadable.append(seq)  # the consent replay names unreadable bodies too
            return
        for subject, sid in found:
            self.add(subject, sid, seq)

    def compare(self, db: Database) -> list[Disagreement]:
        if not _has_index(db):
            return []
        token, total, count = self._token, 0, 0
        for subject, sid, seq in _stored(db):
            total += hash((token, subject, sid, seq))
            count += 1
        if (total & MASK, count) == (self.total & MASK, self.count):
            return []
        return _named(db)


def _has_index(db: Database) -> bool:
    """event_subjects exists from schema 11 on."""
    return bool(
        db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_subjects'")
    )


def _stored(db: Database) -> Iterator[Any]:
    return db.iterate("SELECT subject, subject_id, seq FROM event_subjects", tuples=True)


def _named(db: Database) -> list[Disagreement]:
    """The rare case: which rows differ (both sides as sets, once)."""
    expected: set[tuple[str, int, int]] = set()
    for seq, body in db.iterate("SELECT seq, body FROM events ORDER BY seq", tuples=True):
        try:
            found = subjects_of(bytes(body))
        except (ValueError, TypeError, AttributeError):
            continue
        expected.update((subject, sid, int(seq)) for subject, sid in found)
    stored = {(str(s), int(i), int(q)) for s, i, q in _stored(db)}
    out: list[Disagreement] = []
    for subject, sid, seq in sorted(expected - stored, key=lambda k: k[2]):
        out.append(Disagreement(_where(db, subject, sid), MISSING.format(seq=seq)))
    for subject, sid, seq in sorted(stored - expected, key=lambda k: k[2]):
        out.append(Disagreement(_where(db, subject, sid), EXTRA.format(seq=seq)))
    if not out:  # equal sets, yet the digests differed: a duplicate key cannot be stored
        out.append(Disagreement("tabel event_subjects", "wijkt af van het logboek"))
    more = len(out) - MAX_NAMED
    if more > 0:
        out = out[:MAX_NAMED]
        out.append(Disagreement("tabel event_subjects", f"en nog {more} afwijkingen"))
    return out


def _where(db: Database, subject: str, sid: int) -> str:
    """Reference code and item position where there are, else the id (never a name)."""
    if subject == "request":
        code = db.scalar("SELECT reference_code FROM consent_requests WHERE id = ?", (sid,))
        return f"verzoek nr. {sid}" if code is None else str(code)
    if subject == "item":
        row = db.query_one(
            "SELECT r.reference_code, i.position FROM consent_items i "
            "JOIN consent_requests r ON r.id = i.request_id WHERE i.id = ?",
            (sid,),
        )
        return f"onderdeel nr. {sid}" if row is None else f"{row[0]} onderdeel {row[1]}"
    return f"{SUBJECT_NAMES.get(subject, subject)} nr. {sid}"


def check_for_export(
    db: Database, chosen: Mapping[int, frozenset[int] | None]
) -> list[Disagreement]:
    """Before a proof export: the index rows the proof walks (the chosen requests, their
    chosen items — None: all — and the evidence their events name) are exactly those the
    events give. One pass over the log; the comparison is over these subjects only."""
    requests = frozenset(chosen)
    if not requests or not _has_index(db):
        return []
    items: set[int] = {i for only in chosen.values() if only is not None for i in only}
    ids = sorted(r for r, only in chosen.items() if only is None)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        items.update(
            int(r[0])
            for r in db.query(
                f"SELECT id FROM consent_items WHERE request_id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    targets = {("request", r) for r in requests} | {("item", i) for i in items}
    expected: set[tuple[str, int, int]] = set()
    by_evidence: dict[int, set[int]] = {}
    named_evidence: set[int] = set()
    for seq, body in db.iterate("SELECT seq, body FROM events ORDER BY seq", tuples=True):
        try:
            found = subjects_of(bytes(body))
        except (ValueError, TypeError, AttributeError):
            continue  # named by the consent replay
        if not found:
            continue
        evidence = {sid for subject, sid in found if subject == "evidence"}
        for e in evidence:
            by_evidence.setdefault(e, set()).add(int(seq))
        if found & targets:
            expected.update((s, i, int(seq)) for s, i in found if (s, i) in targets)
            named_evidence |= evidence
    expected.update(("evidence", e, q) for e in named_evidence for q in by_evidence[e])
    stored: set[tuple[str, int, int]] = set()
    for subject, wanted in (
        ("request", sorted(requests)),
        ("item", sorted(items)),
        ("evidence", sorted(named_evidence)),
    ):
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            stored.update(
                (str(r[0]), int(r[1]), int(r[2]))
                for r in db.query(
                    "SELECT subject, subject_id, seq FROM event_subjects WHERE subject = ? "
                    f"AND subject_id IN ({','.join('?' * len(chunk))})",
                    (subject, *chunk),
                )
            )
    out = [
        Disagreement(_where(db, s, i), MISSING.format(seq=q))
        for s, i, q in sorted(expected - stored, key=lambda k: k[2])
    ]
    out += [
        Disagreement(_where(db, s, i), EXTRA.format(seq=q))
        for s, i, q in sorted(stored - expected, key=lambda k: k[2])
    ]
    return out
