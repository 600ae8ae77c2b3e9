"""Schema version 13: RFC 3161 timestamp tokens for signed checkpoints.

A checkpoint's own time (`checkpoints.at`) comes from the organisation's computer clock; a
token from a timestamp authority (TSA) proves the checkpoint message existed at the TSA's
time (toestemming/timestamps.py). One token per checkpoint at most, requested after the
checkpoint's transaction (never over the network inside one) — so a checkpoint made while the
TSA was down simply has no row here, and the next checkpoint gets one. Append-only, like the
checkpoints themselves. The TSA's address is a setting in `meta` (`tsa_url`), not here."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE checkpoint_timestamps (
  checkpoint_id INTEGER PRIMARY KEY REFERENCES checkpoints(id),
  tsa_url TEXT NOT NULL,
  token BLOB NOT NULL,       -- DER TimeStampToken over SHA-256(checkpoint message)
  tsa_time TEXT NOT NULL,    -- the token's genTime (ISO), for lists without parsing DER
  created_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER checkpoint_timestamps_no_update BEFORE UPDATE ON checkpoint_timestamps
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER checkpoint_timestamps_no_delete BEFORE DELETE ON checkpoint_timestamps
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
