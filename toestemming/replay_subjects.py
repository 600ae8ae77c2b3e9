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
from collections.abc import Iterator
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
    if doc is None:
        if not any(h in body for h in _HINTS):
            return set()
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

    def _h(self, subject: str, sid: int, seq: int) -> int:
        return hash((self._token, subject, sid, seq)) & MASK

    def feed(self, seq: int, body: bytes, doc: dict[str, Any] | None = None) -> None:
        try:
            found = subjects_of(body, doc)
        except (ValueError, TypeError, AttributeError):
            self.unreadable.append(seq)  # the consent replay names unreadable bodies too
            return
        for subject, sid in found:
            self.total = (self.total + self._h(subject, sid, seq)) & MASK
            self.count += 1

    def compare(self, db: Database) -> list[Disagreement]:
        if not _has_index(db):
            return []
        total = count = 0
        for subject, sid, seq in _stored(db):
            total = (total + self._h(subject, sid, seq)) & MASK
            count += 1
        if (total, count) == (self.total, self.count):
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
