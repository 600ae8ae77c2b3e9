"""Schema version 7: retention and verifiable erasure.

- `youths.left_at`: the day the youth left the school/trajectory (a retention reference date).
- `erasures`: one append-only row per erased youth with counts only (no personal data), so an
  erased youth's consents stay countable ("3 toestemmingen, gewist op …").
- Free-text fields in append-only tables (the 4-step weighing, a disclosure's note, the reason
  of an item action) may hold personal data. Their "no update" triggers become "only erase":
  the one UPDATE allowed empties the text, and only once the youth row is marked erased;
  every other column must stay as it was.
- An erased youth row cannot be filled again: its personal columns are frozen.
"""

from __future__ import annotations

from ..db import Database

# (table, text columns emptied on erasure, columns that must not change, how to find the youth)
_ERASABLE = (
    (
        "assessments",
        ("basis_motivation", "purpose_compatibility", "proportionality", "subsidiarity"),
        (
            "id",
            "youth_id",
            "recipient_id",
            "purpose_id",
            "basis",
            "youth_informed",
            "created_at",
            "worker_id",
        ),
        "OLD.youth_id",
    ),
    (
        "disclosures",
        ("note",),
        (
            "id",
            "youth_id",
            "recipient_id",
            "purpose_id",
            "disclosed_at",
            "recorded_at",
            "basis",
            "item_id",
            "assessment_id",
            "worker_id",
        ),
        "OLD.youth_id",
    ),
    (
        "item_actions",
        ("reason",),
        ("id", "item_id", "kind", "at", "worker_id"),
        "(SELECT youth_id FROM consent_items WHERE id = OLD.item_id)",
    ),
)

_YOUTH_PERSONAL = (
    "given_name",
    "family_name",
    "birth_date",
    "school",
    "programme",
    "email",
    "phone",
    "protection",
    "external_ref",
    "erased_at",
    "left_at",
)


def only_erase_trigger(table: str) -> str:
    """The erase-only UPDATE trigger of `table` (assessments, disclosures, item_actions).
    A later migration that rebuilds one of these tables must recreate this trigger, not the
    old "no update" one, or erasure of that table's free text is refused again."""
    texts, fixed, youth = next((t, f, y) for name, t, f, y in _ERASABLE if name == table)
    emptied = " AND ".join(f"NEW.{c} = ''" for c in texts)
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in fixed)
    return f"""
CREATE TRIGGER {table}_only_erase BEFORE UPDATE ON {table}
WHEN NOT ((SELECT erased_at FROM youths WHERE id = {youth}) IS NOT NULL AND {emptied} AND {same})
BEGIN
  SELECT RAISE(ABORT, '{table}: only erasure of an erased youth');
END;
"""


def apply(db: Database) -> None:
    db.executescript(
        """
ALTER TABLE youths ADD COLUMN left_at TEXT;

CREATE TABLE erasures (
  id INTEGER PRIMARY KEY,
  youth_id INTEGER NOT NULL UNIQUE REFERENCES youths(id),
  erased_at TEXT NOT NULL,
  ground TEXT NOT NULL CHECK (ground IN ('retention', 'request')),
  worker_id INTEGER NOT NULL REFERENCES workers(id),
  summary TEXT NOT NULL,
  event_seq INTEGER NOT NULL REFERENCES events(seq)
) STRICT;
CREATE TRIGGER erasures_no_update BEFORE UPDATE ON erasures
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER erasures_no_delete BEFORE DELETE ON erasures
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
"""
    )
    for table, *_ in _ERASABLE:
        db.executescript(f"DROP TRIGGER {table}_no_update;")
        db.executescript(only_erase_trigger(table))
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in _YOUTH_PERSONAL)
    db.executescript(
        f"""
CREATE TRIGGER youths_erased_stay_erased BEFORE UPDATE ON youths
WHEN OLD.erased_at IS NOT NULL AND ({changed})
BEGIN
  SELECT RAISE(ABORT, 'an erased youth stays erased');
END;
"""
    )
