"""Schema version 11: `event_subjects`, which events are about which consent request, item or
evidence (ids only; see audit.event_subjects). Why: an item's history (youth page, withdrawal, proof export) scanned every
event of nine kinds — seconds at 1M items; now it is one index walk.

Derived from `events` like item_state is from the domain tables: filled here for existing
events and by AuditLog.append for new ones, in the same transaction."""

from __future__ import annotations

import json

from ..db import Database


def apply(db: Database) -> None:
    from ...audit import event_subjects

    db.executescript(
        """
CREATE TABLE event_subjects (
  subject TEXT NOT NULL CHECK (subject IN ('item', 'request', 'evidence')),
  subject_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,  -- no foreign key: a derived index, like item_state
  PRIMARY KEY (subject, subject_id, seq)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER event_subjects_no_update BEFORE UPDATE ON event_subjects
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER event_subjects_no_delete BEFORE DELETE ON event_subjects
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
    rows: list[tuple[str, int, int]] = []
    for seq, kind, body in db.iterate("SELECT seq, kind, body FROM events ORDER BY seq"):
        data = json.loads(body).get("data", {})
        rows.extend((subject, sid, int(seq)) for subject, sid in event_subjects(kind, data))
        if len(rows) >= 50_000:
            db.executemany("INSERT INTO event_subjects VALUES (?, ?, ?)", rows)
            rows.clear()
    db.executemany("INSERT INTO event_subjects VALUES (?, ?, ?)", rows)
