"""Schema version 3: `item_state`, one row per consent item holding everything its status
depends on (request dates, categories, decisions, withdrawals, actions as JSON arrays).

Why: "mag ik delen?" otherwise visits seven B-trees per item (items, requests, categories,
decisions, withdrawals, actions + indexes), ~300 µs with cipher_memory_security; keyed WITHOUT
ROWID on (youth, recipient, purpose, item) it is one index seek (~60 µs).

It is a derived cache, never a source of truth: rebuilt from the append-only tables in the same
transaction as every write (`repo.refresh_item_state`), and `check` compares every cached row
with the audit log (toestemming/replay.py)."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    from ..repo import DERIVED_HISTORY_SQL

    db.executescript(
        """
CREATE TABLE item_state (
  item_id INTEGER NOT NULL,
  youth_id INTEGER NOT NULL,
  recipient_id INTEGER NOT NULL,
  purpose_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  reference_code TEXT NOT NULL,
  request_id INTEGER NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  created_at TEXT NOT NULL,
  categories TEXT NOT NULL,
  decisions TEXT NOT NULL,
  withdrawals TEXT NOT NULL,
  actions TEXT NOT NULL,
  PRIMARY KEY (youth_id, recipient_id, purpose_id, item_id)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX item_state_item ON item_state(item_id);
CREATE INDEX item_state_valid_until ON item_state(valid_until);
"""
    )
    db.execute("INSERT INTO item_state " + DERIVED_HISTORY_SQL)
