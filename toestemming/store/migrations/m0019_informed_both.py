"""Schema version 19: "the youth and the parents were informed" of a disclosure.

Seed 003, casus 7: "voordat een verzuimmelding wordt gedaan richting de leerplichtambtenaar,
moet de school in het geval van minderjarige studenten de ouders over het verzuim hebben
ingelicht" — for a 16/17-year-old the youth is told and the parents too. The CHECK of
`disclosure_overrides.informed` (m0014) knew only one of the two, so the worker could not
record it. SQLite cannot alter a CHECK: the table is rebuilt inside this step's transaction.
Every row is kept as it was; the append-only triggers are taken from `sqlite_master` before
the drop and created again with the very same text (health_schema compares that text)."""

from __future__ import annotations

from ...errors import IntegrityFailure
from ..db import Database

OLD_CHECK = "CHECK (informed IN ('youth', 'parents', 'not_informed'))"
NEW_CHECK = "CHECK (informed IN ('youth', 'parents', 'youth_and_parents', 'not_informed'))"
_COPY = "disclosure_overrides_m0019"  # in the vault file itself: no temp file holds the rows


def apply(db: Database) -> None:
    table_sql = db.scalar(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'disclosure_overrides'"
    )
    if table_sql is None or str(table_sql).count(OLD_CHECK) != 1:
        # Not the table m0014 made: rebuilding from it would spread someone's change.
        raise IntegrityFailure(message_id="error-migrations-version-lies")
    others = [
        str(r[0])
        for r in db.query(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'disclosure_overrides' "
            "AND type IN ('trigger', 'index') AND sql IS NOT NULL ORDER BY type, name"
        )
    ]
    columns = (
        "disclosure_id, youth_id, is_override, ground, reason, informed, "
        "not_informed_reason, confirmed_at"
    )
    before = db.scalar("SELECT count(*) FROM disclosure_overrides")
    db.execute(f"CREATE TABLE {_COPY} AS SELECT {columns} FROM disclosure_overrides")
    # The triggers go with the table; dropped first so the implicit delete meets none.
    for name in db.query(
        "SELECT name FROM sqlite_master WHERE tbl_name = 'disclosure_overrides' AND type = 'trigger'"
    ):
        db.execute(f'DROP TRIGGER "{name[0]}"')
    db.execute("DROP TABLE disclosure_overrides")
    db.execute(str(table_sql).replace(OLD_CHECK, NEW_CHECK))
    db.execute(
        f"INSERT INTO disclosure_overrides({columns}) SELECT {columns} FROM {_COPY} "
        "ORDER BY disclosure_id"
    )
    db.execute(f"DROP TABLE {_COPY}")
    for sql in others:
        db.execute(sql)
    if db.scalar("SELECT count(*) FROM disclosure_overrides") != before:
        raise IntegrityFailure(message_id="error-migrations-version-lies")
