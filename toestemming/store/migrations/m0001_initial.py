"""Schema version 1. Append-only tables refuse UPDATE and DELETE through triggers, so a
decision can never be edited in place; a change is always a new row plus an audit event."""

from __future__ import annotations

from ..db import Database

APPEND_ONLY = (
    "events",
    "checkpoints",
    "decisions",
    "withdrawals",
    "item_actions",
    "withdrawal_notifications",
    "assessments",
    "disclosures",
    "disclosure_categories",
    "item_categories",
    "consent_items",
    "consent_requests",
    "purpose_versions",
)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE workers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  slot_id TEXT NOT NULL UNIQUE,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE youths (
  id INTEGER PRIMARY KEY,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  school TEXT NOT NULL DEFAULT '',
  programme TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'nl',
  protection TEXT NOT NULL DEFAULT 'none' CHECK (protection IN ('none','curatele','mentorschap')),
  external_ref TEXT,
  given_key TEXT NOT NULL,
  family_key TEXT NOT NULL,
  school_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  erased_at TEXT
) STRICT;
CREATE INDEX youths_family_key ON youths(family_key);
CREATE INDEX youths_given_key ON youths(given_key);
CREATE INDEX youths_school_key ON youths(school_key);
CREATE INDEX youths_birth_date ON youths(birth_date);
CREATE UNIQUE INDEX youths_external_ref ON youths(external_ref) WHERE external_ref IS NOT NULL;

CREATE TABLE representatives (
  id INTEGER PRIMARY KEY,
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('parent','guardian','curator','mentor')),
  has_gezag INTEGER NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'nl',
  created_at TEXT NOT NULL,
  ended_at TEXT
) STRICT;
CREATE INDEX representatives_youth ON representatives(youth_id);

CREATE TABLE recipients (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  department TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  convenant INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE purposes (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE purpose_versions (
  id INTEGER PRIMARY KEY,
  purpose_id INTEGER NOT NULL REFERENCES purposes(id),
  version INTEGER NOT NULL,
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (purpose_id, version, language)
) STRICT;

CREATE TABLE data_categories (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('dat','wat')),
  special INTEGER NOT NULL
) STRICT;

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  media_type TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  content BLOB,
  created_at TEXT NOT NULL,
  worker_id INTEGER REFERENCES workers(id),
  erased_at TEXT
) STRICT;

CREATE TABLE consent_requests (
  id INTEGER PRIMARY KEY,
  reference_code TEXT NOT NULL UNIQUE,
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  created_at TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  language TEXT NOT NULL,
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  CHECK (valid_until >= valid_from)
) STRICT;
CREATE INDEX consent_requests_youth ON consent_requests(youth_id);

CREATE TABLE consent_items (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES consent_requests(id),
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  recipient_id INTEGER NOT NULL REFERENCES recipients(id),
  purpose_id INTEGER NOT NULL REFERENCES purposes(id),
  purpose_version_id INTEGER NOT NULL REFERENCES purpose_versions(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  UNIQUE (request_id, position)
) STRICT;
CREATE INDEX consent_items_cover ON consent_items(youth_id, recipient_id, purpose_id);

CREATE TABLE item_categories (
  item_id INTEGER NOT NULL REFERENCES consent_items(id),
  category_id INTEGER NOT NULL REFERENCES data_categories(id),
  PRIMARY KEY (item_id, category_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE decisions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES consent_items(id),
  signer_kind TEXT NOT NULL CHECK (signer_kind IN ('youth','representative')),
  signer_id INTEGER NOT NULL,
  signer_role TEXT NOT NULL,
  answer TEXT NOT NULL CHECK (answer IN ('yes','no')),
  decided_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  evidence_id INTEGER REFERENCES evidence(id),
  special_ack INTEGER NOT NULL DEFAULT 0,
  text_sha256 TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_item ON decisions(item_id);

CREATE TABLE withdrawals (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES consent_items(id),
  signer_kind TEXT NOT NULL,
  signer_id INTEGER NOT NULL,
  withdrawn_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  evidence_id INTEGER REFERENCES evidence(id)
) STRICT;
CREATE INDEX withdrawals_item ON withdrawals(item_id);

CREATE TABLE item_actions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES consent_items(id),
  kind TEXT NOT NULL CHECK (kind IN ('revoke','invalidate','supersede')),
  at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  reason TEXT NOT NULL
) STRICT;
CREATE INDEX item_actions_item ON item_actions(item_id);

CREATE TABLE withdrawal_notifications (
  id INTEGER PRIMARY KEY,
  withdrawal_id INTEGER NOT NULL REFERENCES withdrawals(id),
  recipient_id INTEGER NOT NULL REFERENCES recipients(id),
  notified_at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  UNIQUE (withdrawal_id, recipient_id)
) STRICT;

CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  recipient_id INTEGER NOT NULL REFERENCES recipients(id),
  purpose_id INTEGER NOT NULL REFERENCES purposes(id),
  basis TEXT NOT NULL,
  basis_motivation TEXT NOT NULL,
  purpose_compatibility TEXT NOT NULL,
  proportionality TEXT NOT NULL,
  subsidiarity TEXT NOT NULL,
  youth_informed INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id)
) STRICT;

CREATE TABLE disclosures (
  id INTEGER PRIMARY KEY,
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  recipient_id INTEGER NOT NULL REFERENCES recipients(id),
  purpose_id INTEGER NOT NULL REFERENCES purposes(id),
  disclosed_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  basis TEXT NOT NULL,
  item_id INTEGER REFERENCES consent_items(id),
  assessment_id INTEGER REFERENCES assessments(id),
  note TEXT NOT NULL DEFAULT '',
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  CHECK (item_id IS NOT NULL OR assessment_id IS NOT NULL)
) STRICT;
CREATE INDEX disclosures_youth ON disclosures(youth_id);
CREATE INDEX disclosures_item ON disclosures(item_id);

CREATE TABLE disclosure_categories (
  disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
  category_id INTEGER NOT NULL REFERENCES data_categories(id),
  PRIMARY KEY (disclosure_id, category_id)
) STRICT, WITHOUT ROWID;

-- The audit log. `body` is canonical JSON; hash = SHA-256(previous hash || body).
CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor INTEGER,
  kind TEXT NOT NULL,
  body BLOB NOT NULL,
  hash BLOB NOT NULL
) STRICT;

-- Salts of the personal-data commitments in event bodies; deleted on erasure, which leaves
-- the chain verifiable while the commitment can no longer be linked to a person.
CREATE TABLE event_salts (
  seq INTEGER PRIMARY KEY REFERENCES events(seq),
  salt BLOB NOT NULL
) STRICT;

CREATE TABLE checkpoints (
  id INTEGER PRIMARY KEY,
  tree_size INTEGER NOT NULL,
  root BLOB NOT NULL,
  chain_head BLOB NOT NULL,
  at TEXT NOT NULL,
  key_id TEXT NOT NULL,
  signature BLOB NOT NULL
) STRICT;
"""


def _append_only_triggers(table: str) -> str:
    return f"""
CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""


def apply(db: Database) -> None:
    db.executescript(SCHEMA)
    for table in APPEND_ONLY:
        db.executescript(_append_only_triggers(table))
    db.executescript(
        """
CREATE TRIGGER event_salts_no_update BEFORE UPDATE ON event_salts
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER evidence_only_erase BEFORE UPDATE ON evidence
WHEN NEW.content IS NOT NULL OR NEW.erased_at IS NULL OR NEW.sha256 IS NOT OLD.sha256
BEGIN
  SELECT RAISE(ABORT, 'evidence can only be erased');
END;
"""
    )
