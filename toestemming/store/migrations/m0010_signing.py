"""Schema version 10: signing mode (the tablet at the desk).

- `item_texts`: an item's text in every language the signer may switch to, stored verbatim
  with its SHA-256 when the request is created (the request's own language stays in
  `consent_items.text`; rows here are the other languages whose purpose texts exist).
  Append-only: what could be shown can be proven later.
- `decisions.language`: the language of the text the signer saw (NULL: the request's
  language, as for every decision recorded before this version).
- `signing_sessions`: one row per signature given in signing mode (decisions or a
  withdrawal) linking the signer, language, start and signing moment, and the two evidence
  blobs: the rendered signature (PNG) and the strokes as data (JSON: x, y, t ms, pressure).
"""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE item_texts (
  item_id INTEGER NOT NULL REFERENCES consent_items(id),
  language TEXT NOT NULL,
  purpose_version_id INTEGER NOT NULL REFERENCES purpose_versions(id),
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  PRIMARY KEY (item_id, language)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER item_texts_no_update BEFORE UPDATE ON item_texts
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER item_texts_no_delete BEFORE DELETE ON item_texts
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;

ALTER TABLE decisions ADD COLUMN language TEXT;

CREATE TABLE signing_sessions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('decisions','withdrawal')),
  request_id INTEGER REFERENCES consent_requests(id),
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  signer_kind TEXT NOT NULL CHECK (signer_kind IN ('youth','representative')),
  signer_id INTEGER NOT NULL,
  signer_role TEXT NOT NULL,
  language TEXT NOT NULL,
  started_at TEXT NOT NULL,
  signed_at TEXT NOT NULL,
  signature_evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  strokes_evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  worker_id INTEGER NOT NULL REFERENCES workers(id)
) STRICT;
CREATE INDEX signing_sessions_youth ON signing_sessions(youth_id);
CREATE TRIGGER signing_sessions_no_update BEFORE UPDATE ON signing_sessions
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
