"""Schema version 5: consent at a distance.

`remote_messages` logs every request or reminder handed out by e-mail, .eml, mail client or
QR code, with its Message-ID (replies point back to it) and the stored copy as evidence.
`remote_expiries` records that a remote request went unanswered for the organisation's
number of days. Both are append-only like the rest of the proof.

IF NOT EXISTS: migration numbers were handed out to parallel work; should a vault have passed
this number before this step existed, re-running it must be harmless.
"""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE IF NOT EXISTS remote_messages (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES consent_requests(id),
  kind TEXT NOT NULL CHECK (kind IN ('request','reminder')),
  via TEXT NOT NULL CHECK (via IN ('smtp','eml','mailto','qr')),
  signer_kind TEXT NOT NULL CHECK (signer_kind IN ('youth','representative')),
  signer_id INTEGER NOT NULL,
  message_id TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  evidence_id INTEGER REFERENCES evidence(id)
) STRICT;
CREATE INDEX IF NOT EXISTS remote_messages_request ON remote_messages(request_id, sent_at);
CREATE INDEX IF NOT EXISTS remote_messages_message_id ON remote_messages(message_id);

CREATE TABLE IF NOT EXISTS remote_expiries (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL UNIQUE REFERENCES consent_requests(id),
  expired_at TEXT NOT NULL,
  after_days INTEGER NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id)
) STRICT;
"""
    )
    for table in ("remote_messages", "remote_expiries"):
        db.executescript(
            f"""
CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table}
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table}
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
        )
