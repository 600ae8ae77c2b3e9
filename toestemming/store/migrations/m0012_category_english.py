"""Schema version 12: an English name per data category.

Item texts are stored per language when a request is made (migration 10), but the categories
only had a Dutch name, so an English text said "Which information: Contactgegevens". Empty
means "not translated yet": English texts then show the Dutch name, as before. The names are
filled in through the service (Beheer → Gegevenscategorieën), each change an audit event, not
here: a migration writes no events."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.execute("ALTER TABLE data_categories ADD COLUMN name_en TEXT NOT NULL DEFAULT ''")
