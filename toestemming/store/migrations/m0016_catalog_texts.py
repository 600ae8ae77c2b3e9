"""Schema version 16: catalog texts per language in one table, versioned.

A data category's (and later a recipient's) name in another language than Dutch was a column
per language (`data_categories.name_en`, migration 12): adding Arabic meant a migration and
code. Now every such text is a row keyed by (entity, entity id, language, version): a change
adds a version, so what a signer was shown stays findable, and a new language is data, not
schema. Purposes already had this shape (`purpose_versions`, keyed by purpose, version and
language) and keep it: consent items point at those rows.

The English names move here as version 1; the column goes. An empty name is never stored by
the move (empty meant "not translated": the Dutch name is shown, as before)."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE catalog_texts (
  id INTEGER PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ('category', 'recipient')),
  entity_id INTEGER NOT NULL,
  language TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,            -- empty: not translated (any more); the Dutch name is shown
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (entity, entity_id, language, version)
) STRICT;
INSERT INTO catalog_texts(entity, entity_id, language, version, name, created_at)
  SELECT 'category', id, 'en', 1, name_en, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM data_categories WHERE name_en != '';
ALTER TABLE data_categories DROP COLUMN name_en;
"""
    )
