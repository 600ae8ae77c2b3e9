"""Session 14: an insider with the vault's passphrase tampers with it, then has it moved to the
team server (`toestemming-cli migrate`) so that the server starts from the tampered state with
a fresh log head on every worker's computer. Each tampering `check` names on the vault must
stop the move: refused in Dutch (exit 2), nothing stored on the server."""

from __future__ import annotations

from types import SimpleNamespace

import psycopg
import pytest
from conftest import PASSPHRASE
from replay_support import attacker_connection, lifted_edit
from team_support import desk_records, make_admin

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.service import Service


@pytest.fixture
def desk(service: Service, catalog: SimpleNamespace, make_youth) -> SimpleNamespace:
    """The usual desk records (team_support.desk_records); the service is left open for the
    insider (who holds the passphrase)."""
    return SimpleNamespace(svc=service, **vars(desk_records(service, catalog, make_youth)))


def _tamper(svc: Service, *statements: str) -> None:
    conn = attacker_connection(svc)
    try:
        lifted_edit(conn, [(sql, ()) for sql in statements], must_hit=False)
    finally:
        conn.close()


def _drop_trigger(svc: Service) -> None:
    conn = attacker_connection(svc)
    try:
        name = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'events'"
        ).fetchone()[0]
        conn.execute(f"DROP TRIGGER {name}")
    finally:
        conn.close()


def _move(desk: SimpleNamespace, pg_server, pg_database, monkeypatch, capsys) -> tuple[int, str]:
    path = desk.svc.vault.path
    desk.svc.close()
    admin = make_admin(pg_server, pg_database)
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PGPASSWORD", admin.password)
    capsys.readouterr()
    code = cli_main(["migrate", "--vault", str(path), "--to", admin.url])
    out = capsys.readouterr()
    with psycopg.connect(admin.url, password=admin.password) as conn:
        has_schema = conn.execute(
            "SELECT 1 FROM pg_namespace WHERE nspname = 'toestemming'"
        ).fetchone()
        stored = (
            conn.execute("SELECT count(*) FROM toestemming.events").fetchone()[0]
            if has_schema
            else 0
        )
    assert stored == 0  # nothing of the tampered vault on the server
    text = out.out + out.err
    assert "Traceback" not in text and "Xandra" not in text
    return code, text


@pytest.fixture(autouse=True)
def _user_data(tmp_path_factory, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))


def test_a_withdrawal_undone_in_the_rows_does_not_move(
    desk, pg_server, pg_database, monkeypatch, capsys
) -> None:
    """The withdrawal's rows deleted (its event left in the log): the server would show the
    item as given."""
    _tamper(desk.svc, f"DELETE FROM withdrawals WHERE item_id = {desk.withdrawn}")
    code, text = _move(desk, pg_server, pg_database, monkeypatch, capsys)
    assert code == 2 and "niet" in text and "teamserver" in text


def test_a_vault_whose_newest_events_were_deleted_does_not_move(
    desk, pg_server, pg_database, monkeypatch, capsys
) -> None:
    """The withdrawal's event and rows deleted together (rows and log agree): only the log
    head in the key header still knows the log was longer."""
    newest = desk.svc.vault.db.scalar("SELECT max(seq) FROM events")
    _tamper(
        desk.svc,
        f"DELETE FROM withdrawals WHERE item_id = {desk.withdrawn}",
        f"DELETE FROM event_subjects WHERE seq = {newest}",
        f"DELETE FROM events WHERE seq = {newest}",
    )
    code, text = _move(desk, pg_server, pg_database, monkeypatch, capsys)
    assert code == 2 and "niet in orde" in text


def test_a_vault_with_a_guard_of_its_log_lifted_does_not_move(
    desk, pg_server, pg_database, monkeypatch, capsys
) -> None:
    """A trigger that keeps the log append-only dropped and left dropped: `check` says the
    vault is not in order; a move would carry on as if it were."""
    _drop_trigger(desk.svc)
    code, text = _move(desk, pg_server, pg_database, monkeypatch, capsys)
    assert code == 2 and "niet in orde" in text


def test_an_untampered_vault_still_moves(
    desk, pg_server, pg_database, monkeypatch, capsys, clock: FixedClock
) -> None:
    path = desk.svc.vault.path
    desk.svc.close()
    admin = make_admin(pg_server, pg_database)
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PGPASSWORD", admin.password)
    assert cli_main(["migrate", "--vault", str(path), "--to", admin.url]) == 0
    moved = Service.open_team(admin.url, admin.password, clock)
    try:
        assert moved.integrity_problems() == []
    finally:
        moved.close()
