"""The replay's second half: the rows that decide who decides and what the data is.

replay.py compares the consent tables with the log. The rules read more than those: a youth's
birth date and protection, the representatives and their gezag (who_must_decide), a data
category's `special` and level, a recipient's legal role (may_share, sharing_rules), the
evidence a proof shows, the justification of sharing after a "no", and the `event_subjects`
index an item's history and proof walk. Each follows from events; an insider who edits one
with the passphrase and leaves the log alone is found here (replay_people.py,
replay_catalog.py, replay_subjects.py).

Cost: one more pass over the log (registry kinds parsed; other bodies only searched for the
keys event_subjects reads) and one pass over each registry table, which are small next to the
consent tables. Reports name ids and table.column, never a name or a birth date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from . import fastjson
from .replay_catalog import (
    check_categories,
    check_evidence,
    check_justifications,
    check_links,
    check_policy,
    check_purposes,
    check_recipients,
)
from .replay_events import Origin
from .replay_people import check_erasures, check_representatives, check_youths
from .replay_registry_events import KIND_BYTES, Registry, add
from .replay_report import MAX_PROBLEMS, Disagreement, ReplayReport
from .replay_subjects import SubjectDigest
from .store.db import Database

__all__ = ["check_registry", "extended"]


# Most of a log: kinds whose only subject is their request unless they name evidence (their
# bodies hold no other "request" key; see replay_events.request_of). Read without parsing.
_ONE_REQUEST = frozenset({b"request.created", b"decisions.recorded"})
_NUMBER = re.compile(rb"[0-9]+")


def _raw_kind(body: bytes) -> bytes:
    """The kind from the end of a canonical body (see replay_events.kind_of)."""
    start = body.rfind(b'"kind":"')
    if start < 0:
        return b""
    start += 8
    return body[start : body.find(b'"', start)]


def collect(rows: Iterable[tuple[int, bytes]], subjects: SubjectDigest) -> Registry:
    reg = Registry()
    for seq, body in rows:
        raw = _raw_kind(body)
        kind = KIND_BYTES.get(raw)
        if kind is None:
            if raw in _ONE_REQUEST and b'"evidence":' not in body:
                # As replay_events.request_of: the number after the first "request" key.
                at = body.find(b'"request":')
                number = None if at < 0 else _NUMBER.match(body, at + 10)
                if number is not None:
                    subjects.add("request", int(number.group()), seq)
                    continue
            subjects.feed(seq, body)
            continue
        try:
            doc = fastjson.loads(body)
            data = doc["data"]
            origin = Origin(seq, doc["at"], doc["actor"])
        except (ValueError, KeyError, TypeError):
            reg.unreadable.append(seq)
            continue
        add(reg, kind, origin, data)
        subjects.feed(seq, body, doc)
    return reg


class _Found:
    def __init__(self) -> None:
        self.items: list[Disagreement] = []
        self.more = 0

    def __call__(self, d: Disagreement) -> None:
        if len(self.items) >= MAX_PROBLEMS:
            self.more += 1
        else:
            self.items.append(d)


def check_registry(db: Database, *, contents: bool = False) -> ReplayReport:
    """Every registry row and the event_subjects index against the log, in one snapshot.
    `contents`: also hash every evidence blob (check and proof export; not at unlock)."""
    with db.snapshot():
        subjects = SubjectDigest()
        events = db.iterate("SELECT seq, body FROM events ORDER BY seq", tuples=True)
        counted = _counting(events)
        reg = collect(counted, subjects)
        found = _Found()
        for seq in sorted(set(reg.unreadable) | set(subjects.unreadable)):
            found(Disagreement(f"gebeurtenis {seq}", "kan niet worden gelezen"))
        for table, key, seq in reg.orphans:
            found(
                Disagreement(
                    f"gebeurtenis {seq}",
                    f"gaat over nr. {key} (tabel {table}), dat geen eerdere gebeurtenis aanmaakt",
                )
            )
        salts = _salts(db, reg)
        rows = check_youths(db, reg, salts, found)
        rows += check_representatives(db, reg, found)
        rows += check_erasures(db, reg, found)
        rows += check_recipients(db, reg, found)
        rows += check_categories(db, reg, found)
        rows += check_purposes(db, reg, found)
        rows += check_evidence(db, reg, found, contents=contents)
        rows += check_justifications(db, reg, salts, found)
        rows += check_links(db, reg, found)
        rows += check_policy(db, reg, found)
        for d in subjects.compare(db):
            found(d)
    return ReplayReport(tuple(found.items), counted.seen, rows, 1, found.more)


class _counting:
    """The event rows, counted as they pass (bodies as bytes)."""

    def __init__(self, rows: Iterator[Any]) -> None:
        self._rows = rows
        self.seen = 0

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        for seq, body in self._rows:
            self.seen += 1
            yield seq, body  # INTEGER and BLOB: int and bytes


def _salts(db: Database, reg: Registry) -> dict[int, bytes]:
    wanted: set[int] = set()
    for y in reg.youths.values():
        wanted.add(y.personal[0])
        if y.left is not None:
            wanted.add(y.left[0])
    wanted |= {j.origin.seq for j in reg.justifications.values() if j.commitment}
    out: dict[int, bytes] = {}
    values = sorted(wanted)
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        for seq, salt in db.query(
            f"SELECT seq, salt FROM event_salts WHERE seq IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[int(seq)] = bytes(salt)
    return out


def extended(db: Database, report: ReplayReport, *, contents: bool = False) -> ReplayReport:
    """The consent replay's report with the registry's disagreements added."""
    more = check_registry(db, contents=contents)
    found = [*report.disagreements, *more.disagreements]
    extra = report.more + more.more + max(0, len(found) - MAX_PROBLEMS)
    return ReplayReport(
        tuple(found[:MAX_PROBLEMS]),
        max(report.events, more.events),
        report.rows + more.rows,
        report.processes,
        extra,
    )
