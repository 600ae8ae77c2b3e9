"""Whether the team server's guards are all in force (split from pg.py to keep it small).

Every append-only/erase-only trigger enabled, row-level security enabled and forced with its
policy on every table. (The server's own storage is the DBA's; its pages are not ours to
check.) A DBA who lifted a guard is named, so `check` and the check at unlock report it."""

from __future__ import annotations

from typing import Any

from ..errors import Phrase
from . import pg_schema


def guard_problems(conn: Any) -> list[Phrase]:
    """What is off, on the open psycopg connection `conn` (pg.PgDatabase's)."""
    expected = set(pg_schema.expected_triggers())
    enabled = {
        str(r[0])
        for r in conn.execute(
            "SELECT g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
            "WHERE c.relnamespace = $1::regnamespace AND NOT g.tgisinternal "
            "AND g.tgenabled IN ('O', 'A')",
            (pg_schema.SCHEMA,),
        )
    }
    guarded = {
        str(r[0])
        for r in conn.execute(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = $1::regnamespace "
            "AND c.relrowsecurity AND c.relforcerowsecurity AND EXISTS (SELECT 1 FROM "
            "pg_policy p WHERE p.polrelid = c.oid)",
            (pg_schema.SCHEMA,),
        )
    }
    problems = [
        Phrase("db-check-structure", {"detail": f"bewaking uit: trigger {name}"})
        for name in sorted(expected - enabled)
    ]
    problems += [
        Phrase("db-check-structure", {"detail": f"bewaking uit: rijbeveiliging {table}"})
        for table in pg_schema.DATA_TABLES
        if table not in guarded
    ]
    return problems
