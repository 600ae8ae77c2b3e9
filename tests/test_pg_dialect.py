"""SQLite's SQL → PostgreSQL's (store/pg_dialect.py): the rules one by one, then every literal
statement of the core prepared on a real team server (syntax, names, types), so a statement
the server would not understand fails here, loudly, instead of at a desk."""

from __future__ import annotations

import psycopg
import pytest
from pg_sql_sites import sql_sites
from team_support import create_team

from toestemming.store import pg_schema
from toestemming.store.pg_dialect import UntranslatableSql, translate


def test_placeholders_become_numbered_and_skip_string_literals() -> None:
    t = translate("SELECT '?', \"a?\", x FROM t WHERE a = ? AND b = ? -- ?\n")
    assert t.sql == "SELECT '?', \"a?\", x FROM t WHERE a = $1 AND b = $2 -- ?\n"
    assert t.params(("A", "B")) == ["A", "B"]


def test_numbered_placeholders_follow_sqlite_and_unused_ones_are_not_sent() -> None:
    t = translate("SELECT x FROM t WHERE a = ?3 AND b = ?1 AND c = ?3 AND d IN (?, ?)")
    assert t.sql == "SELECT x FROM t WHERE a = $1 AND b = $2 AND c = $1 AND d IN ($3, $4)"
    # ?, ? after ?3 are ?4 and ?5 in SQLite; ?2 is never named and not sent.
    assert t.params(("one", "two", "three", "four", "five")) == ["three", "one", "four", "five"]


def test_named_placeholders() -> None:
    t = translate("SELECT :a, :b, :a, a::text FROM t")
    assert t.sql == "SELECT $1, $2, $1, a::text FROM t"
    assert t.params({"a": 1, "b": 2}) == [1, 2]


def test_inserts_return_the_new_id_like_lastrowid() -> None:
    assert translate("INSERT INTO youths(a) VALUES (?)").sql.endswith("RETURNING id")
    assert translate("INSERT INTO events(seq) VALUES (?)").sql.endswith("RETURNING seq")
    assert not translate("INSERT INTO item_categories VALUES (?, ?)").returning


def test_or_ignore_or_replace_and_on_conflict_keys_include_the_organisation() -> None:
    ignore = translate(
        "INSERT OR IGNORE INTO event_subjects(subject, subject_id, seq) VALUES (?, ?, ?)"
    )
    assert ignore.sql == (
        "INSERT INTO event_subjects(subject, subject_id, seq) VALUES ($1, $2, $3) "
        "ON CONFLICT DO NOTHING"
    )
    upsert = translate(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )
    assert "ON CONFLICT (org_id, key) DO UPDATE" in upsert.sql
    replace = translate("INSERT OR REPLACE INTO item_state SELECT 1")
    assert "ON CONFLICT (org_id, item_id) DO UPDATE SET youth_id = EXCLUDED.youth_id" in replace.sql
    with pytest.raises(UntranslatableSql):
        translate("INSERT OR REPLACE INTO youths VALUES (1)")


def test_sqlite_functions_and_forms() -> None:
    assert translate("SELECT CAST(e.body AS TEXT) FROM events e").sql == (
        "SELECT convert_from(e.body, 'UTF8') FROM events e"
    )
    assert (
        "right(family_key, length($1))"
        in translate("SELECT 1 WHERE substr(family_key, -length(?1)) = ?1").sql
    )
    assert translate("SELECT json_array(a, b)").sql == "SELECT json_build_array(a, b)"
    assert translate("SELECT a FROM t WHERE b IS ?").sql == (
        "SELECT a FROM t WHERE b IS NOT DISTINCT FROM $1"
    )
    assert (
        translate("SELECT x FROM youths INDEXED BY youths_by_family").sql == "SELECT x FROM youths"
    )
    assert translate("UPDATE t SET raw = X'00ff'").sql == "UPDATE t SET raw = '\\x00ff'::bytea"
    assert "information_schema.columns" in translate("PRAGMA table_info(youths)").sql


@pytest.mark.parametrize(
    "sql", ["PRAGMA user_version", "SELECT 1 WHERE a GLOB ?", "SELECT julianday('now')"]
)
def test_what_cannot_be_translated_fails_loudly(sql: str) -> None:
    with pytest.raises(UntranslatableSql):
        translate(sql)


def test_every_literal_statement_of_the_core_prepares_on_the_server(
    pg_server, pg_database, clock, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    svc, admin = create_team(pg_server, pg_database, clock)
    svc.close()
    sites = sql_sites()
    assert len(sites) > 150  # the scan found the core's statements
    refused: list[str] = []
    with psycopg.connect(admin.url, password=admin.password, autocommit=True) as conn:
        conn.execute(f"SET search_path = {pg_schema.SCHEMA}")
        for n, (where, sql) in enumerate(sites):
            try:
                text = translate(sql).sql
                conn.execute(f"PREPARE s{n} AS {text}", prepare=False)
                conn.execute(f"DEALLOCATE s{n}")
            except (UntranslatableSql, psycopg.Error) as exc:
                refused.append(f"{where}: {type(exc).__name__}: {str(exc).splitlines()[0]}")
    assert refused == [], "\n".join(refused)


def test_one_module_of_the_core_owns_psycopg() -> None:
    """Like sqlcipher3 and store/db.py: only the store's team-server modules talk to the
    server's driver — pg.py (the database), pg_connect.py (TLS rules, libpq's failures in
    Dutch), pg_roles.py (the admin's worker roles), pg_admin_line.py (the admin's line,
    made again when cut) and pg_commit_fate.py (a COMMIT in doubt after a server restart);
    the dev tools aside (not shipped)."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    owners = []
    for pkg in ("toestemming", "ui", "formulieren"):
        for path in (root / pkg).rglob("*.py"):
            rel = path.relative_to(root).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                if any(n.split(".")[0] == "psycopg" for n in names) and "/devtools/" not in rel:
                    owners.append(rel)
    assert sorted(set(owners)) == [
        "toestemming/store/pg.py",
        "toestemming/store/pg_admin_line.py",
        "toestemming/store/pg_commit_fate.py",
        "toestemming/store/pg_connect.py",
        "toestemming/store/pg_roles.py",
    ]
