"""Schema version 8: item action 'expire' — a remote request that got no answer within the
organisation's number of days moves its open items from requested to expired.

SQLite cannot change a CHECK constraint, so item_actions is rebuilt (same columns, same rows,
same index, the erase-only UPDATE trigger of migration 7 and the no-delete trigger) inside
this migration's transaction."""

from __future__ import annotations

from ..db import Database
from .m0007_retention import only_erase_trigger


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE item_actions_v8 (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES consent_items(id),
  kind TEXT NOT NULL CHECK (kind IN ('revoke','invalidate','supersede','expire')),
  at TEXT NOT NULL,
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  reason TEXT NOT NULL
) STRICT;
INSERT INTO item_actions_v8(id, item_id, kind, at, worker_id, reason)
  SELECT id, item_id, kind, at, worker_id, reason FROM item_actions;
DROP TABLE item_actions;
ALTER TABLE item_actions_v8 RENAME TO item_actions;
CREATE INDEX item_actions_item ON item_actions(item_id);
CREATE TRIGGER item_actions_no_delete BEFORE DELETE ON item_actions
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
    # Dropping the table dropped migration 7's trigger too; without it erasure is refused.
    db.executescript(only_erase_trigger("item_actions"))
