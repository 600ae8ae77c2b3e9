"""Schema version 15: replies picked up from the organisation's mailbox (IMAP).

A row per message that matched a request's reference code or Message-ID: the raw message
as fetched (inside the encrypted vault; the mailbox itself is never changed) waiting for the
worker to confirm or set it aside. `(folder, uidvalidity, uid)` is what the app has read, so
a message is fetched once; the high-water UID per folder is a setting in `meta`
(`imap_state`). Once handled a row keeps only its state: on confirming, the raw message
becomes evidence (evidence_id) and the copy here is emptied."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE mail_inbox (
  id INTEGER PRIMARY KEY,
  folder TEXT NOT NULL,
  uidvalidity INTEGER NOT NULL,
  uid INTEGER NOT NULL,
  fetched_at TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  raw BLOB NOT NULL,           -- emptied once handled (confirmed: kept as evidence)
  state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'confirmed', 'set_aside')),
  handled_at TEXT,
  worker_id INTEGER REFERENCES workers(id),
  evidence_id INTEGER REFERENCES evidence(id),
  UNIQUE (folder, uidvalidity, uid)
) STRICT;
CREATE INDEX mail_inbox_waiting ON mail_inbox(state) WHERE state = 'waiting';
"""
    )
