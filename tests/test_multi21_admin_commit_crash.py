"""Session 18 (multi21): IT's `team-worker remove|add` (store/pg_admin_line.py) whose COMMIT
is cut by a crash of the server (a power cut) before it reached the disk.

The admin line asks on a new line what became of its transaction (txid_status). After a crash
the server hands out again the ids of transactions whose work never reached the disk: a
colleague (another desk, a DBA, the server's own work) that writes first after the restart
commits under the lost change's id, and the admin line heard "committed". Before: the removal
was reported done ("Medewerker verwijderd") while it was gone — the worker could still log in.
Now a "committed" after a restart cannot be believed without something to tell it by (a role
change writes no event): "niet zeker, kijk met team-worker list", never "done"."""

from __future__ import annotations

import psycopg
import pytest

from toestemming.devtools import pgserver
from toestemming.store.pg_admin_line import AdminLine
from toestemming.store.pg_connect import TeamServerError

PASSWORD = "Beheerder-Wachtwoord-2026"


def test_a_change_lost_in_a_crash_is_not_reported_done_when_its_id_was_handed_out_again(
    pg_server: pgserver.PgServer, pg_database: str
) -> None:
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
        su.execute(f"CREATE ROLE m21_admin LOGIN PASSWORD '{PASSWORD}'")
        su.execute("CREATE TABLE removals (role_name text)")
        su.execute("GRANT INSERT, SELECT ON removals TO m21_admin")
    try:

        def removal(conn: psycopg.Connection) -> str:
            conn.execute("INSERT INTO removals VALUES ('vertrekker')")
            # The power cut, while the COMMIT is still to be sent; after the restart a
            # colleague writes first (here the DBA's session).
            pg_server.restart(crash=True)
            with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as dba:
                dba.execute("CREATE TABLE colleague_wrote (x int)")
            return "verwijderd"

        url = pg_server.url("m21_admin", pg_database)
        with AdminLine.connect(url, PASSWORD) as line, pytest.raises(TeamServerError) as said:
            line.change(removal)
        assert said.value.message_id == "error-team-commit-unknown"
        with psycopg.connect(pg_server.superuser_dsn(pg_database)) as su:
            assert su.execute("SELECT count(*) FROM removals").fetchone() == (0,)
    finally:
        with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
            su.execute("DROP OWNED BY m21_admin")
            su.execute("DROP ROLE m21_admin")
