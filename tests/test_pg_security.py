"""The team server's rules hold at the server, tried as an attacker with a worker's login
(psycopg straight to the server, no app code in between), and as a DBA against the log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from team_support import Two, as_login, two_organisations

from toestemming.clock import FixedClock
from toestemming.errors import AccessRevoked, VaultError
from toestemming.service import Service
from toestemming.store import pg_schema

LOG_TABLES = ("events", "checkpoints", "decisions", "withdrawals", "consent_items", "erasures")


@pytest.fixture
def two(pg_server, pg_database, clock: FixedClock, tmp_path: Path, monkeypatch) -> Iterator[Two]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    with two_organisations(pg_server, pg_database, clock) as both:
        yield both


_as = as_login


def test_a_worker_cannot_change_or_remove_the_log(two: Two) -> None:
    with _as(two.worker_a) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0  # may read
        for table in LOG_TABLES:
            for sql in (
                f"UPDATE {table} SET org_id = org_id",
                f"DELETE FROM {table}",
                f"TRUNCATE {table}",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(sql)


def test_not_even_the_owner_can_change_the_log(two: Two) -> None:
    with _as(two.admin_a) as conn:
        for sql in (
            "UPDATE events SET kind = 'x'",
            "DELETE FROM events",
            "TRUNCATE events CASCADE",
        ):
            with pytest.raises(psycopg.IntegrityError, match="append-only"):
                conn.execute(sql)
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_a_worker_sees_and_writes_only_its_own_organisation(two: Two) -> None:
    with _as(two.worker_a) as conn:
        names = [r[0] for r in conn.execute("SELECT given_name FROM youths")]
        assert names == ["Anna"]
        assert (
            conn.execute("SELECT count(*) FROM meta WHERE key = 'organisation'").fetchone()[0] == 1
        )
        other = two.svc_b.vault.db.org_id  # type: ignore[attr-defined]
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO youths(given_name, family_name, birth_date, given_key, "
                "family_key, created_at, org_id) VALUES ('X', 'Y', '2008-01-01', 'x', 'y', "
                "'2026-01-01', %s)",
                (other,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("UPDATE youths SET org_id = %s", (other,))
        # A DELETE or UPDATE aimed at the other organisation's rows finds nothing.
        assert conn.execute("UPDATE youths SET school = 'x' WHERE given_name = 'Bob'").rowcount == 0
    assert [y.given_name for y in two.svc_b.people.search("")] == ["Bob"]


def test_a_worker_cannot_switch_organisation_or_lift_the_rules(two: Two) -> None:
    with _as(two.worker_a) as conn:
        own = conn.execute("SELECT current_org()").fetchone()[0]
        conn.execute("SET ROLE toestemming_app")
        assert conn.execute("SELECT current_org()").fetchone()[0] == own
        conn.execute("RESET ROLE")
        conn.execute("SET toestemming.org_id = '999'")  # (a setting means nothing here)
        conn.execute(
            "CREATE FUNCTION pg_temp.current_org() RETURNS integer AS 'SELECT 0' LANGUAGE sql"
        )
        assert [r[0] for r in conn.execute("SELECT given_name FROM youths")] == ["Anna"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f"SET SESSION AUTHORIZATION {two.admin_b.role}")
        for sql in (
            "ALTER TABLE youths DISABLE ROW LEVEL SECURITY",
            "ALTER TABLE youths NO FORCE ROW LEVEL SECURITY",
            "DROP POLICY youths_own_organisation ON youths",
            "DROP TRIGGER events_no_update ON events",
            "ALTER TABLE events DISABLE TRIGGER ALL",
            "SELECT * FROM members",
            "INSERT INTO members(role_name, org_id) VALUES ('x', 1)",
            "CREATE TABLE youths_copy (id int)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)


def test_a_worker_becomes_a_worker_at_first_open_and_a_deactivated_one_is_refused(
    two: Two, clock: FixedClock
) -> None:
    svc = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    try:
        assert svc.worker.name == "Wim Werker"
        kinds = [
            r[0] for r in svc.vault.db.query("SELECT kind FROM events ORDER BY seq DESC LIMIT 1")
        ]
        assert kinds == ["worker.added"]
        wid = svc.worker_id
    finally:
        svc.close()
    with two.svc_a.vault.db.transaction():
        two.svc_a.vault.db.execute("UPDATE workers SET active = 0 WHERE id = ?", (wid,))
    with pytest.raises(AccessRevoked):
        Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    # Nor can they put themselves back behind the app's back (their login still works here,
    # but the server refuses a removed member's statements outright: schema 7) …
    with (
        _as(two.worker_a) as conn,
        pytest.raises(psycopg.errors.InvalidAuthorizationSpecification),
    ):
        conn.execute("UPDATE workers SET active = 1 WHERE slot_id = session_user")
    # … and a colleague cannot put them back either.
    with (
        _as(two.admin_a) as conn,
        pytest.raises(psycopg.IntegrityError, match="stays removed"),
    ):
        conn.execute("UPDATE workers SET active = 1 WHERE id = %s", (wid,))


def _dba(two: Two) -> psycopg.Connection:
    conn = psycopg.connect(two.server.superuser_dsn(two.db), autocommit=True)
    conn.execute(f"SET search_path = {pg_schema.SCHEMA}")
    conn.execute("SET session_replication_role = replica")  # the DBA lifts the triggers
    return conn


def test_a_dba_who_truncates_the_log_is_caught_at_the_next_open(two: Two, clock) -> None:
    org = two.svc_a.vault.db.org_id  # type: ignore[attr-defined]
    two.svc_a.close()
    with _dba(two) as conn:
        last = conn.execute("SELECT max(seq) FROM events WHERE org_id = %s", (org,)).fetchone()[0]
        conn.execute("DELETE FROM event_subjects WHERE org_id = %s AND seq >= %s", (org, last - 1))
        conn.execute("DELETE FROM events WHERE org_id = %s AND seq >= %s", (org, last - 1))
    again = Service.open_team(two.admin_a.url, two.admin_a.password, clock)
    try:
        assert again.read_only
        assert any("korter" in p or "ontbreken" in p for p in again.log_head_problems), (
            again.log_head_problems
        )
    finally:
        again.close()


def test_a_dba_who_rewrites_the_newest_event_is_caught_at_the_next_open(two: Two, clock) -> None:
    org = two.svc_a.vault.db.org_id  # type: ignore[attr-defined]
    two.svc_a.close()
    with _dba(two) as conn:
        conn.execute(
            "UPDATE events SET hash = sha256(hash) WHERE org_id = %s AND seq = "
            "(SELECT max(seq) FROM events WHERE org_id = %s)",
            (org, org),
        )
    again = Service.open_team(two.admin_a.url, two.admin_a.password, clock)
    try:
        assert again.read_only
        assert again.log_head_problems
    finally:
        again.close()


def test_the_vault_file_tools_refuse_plainly_on_the_team_server(two: Two, tmp_path: Path) -> None:
    svc = two.svc_a
    events = svc.vault.db.scalar("SELECT count(*) FROM events")
    for attempt in (
        lambda: svc.backups.create(tmp_path / "kopie.tbackup"),
        svc.rotate_data_key,
        lambda: svc.add_worker("Nieuwe Collega", "een lange wachtzin voor de test"),
        lambda: svc.change_passphrase("oud wachtwoord", "een lange wachtzin voor de test"),
    ):
        with pytest.raises(VaultError) as refused:
            attempt()
        assert refused.value.message_id == "error-pg-not-on-team-server"
    assert not (tmp_path / "kopie.tbackup").exists()
    assert svc.vault.db.scalar("SELECT count(*) FROM events") == events  # nothing logged


def test_removing_a_worker_refuses_them_at_the_next_open(two: Two, clock: FixedClock) -> None:
    first = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    wid = first.worker_id
    first.close()
    two.svc_a.remove_worker(wid)
    kinds = [r[0] for r in two.svc_a.vault.db.query("SELECT kind FROM events ORDER BY seq")]
    assert kinds[-1] == "worker.removed"  # (no data key to renew on a server)
    with pytest.raises(AccessRevoked):
        Service.open_team(two.worker_a.url, two.worker_a.password, clock)


def test_the_tablet_is_handed_back_only_with_the_workers_own_server_password(
    two: Two, clock: FixedClock
) -> None:
    svc = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    try:
        assert svc.signing.verify_worker_passphrase(two.worker_a.password)
        assert not svc.signing.verify_worker_passphrase(two.worker_a.password + "x")
        assert not svc.signing.verify_worker_passphrase(two.admin_a.password)  # someone else's
        assert not svc.signing.verify_worker_passphrase("")
        assert svc.is_open
    finally:
        svc.close()


def test_the_app_does_not_ask_for_backups_the_server_makes(two: Two) -> None:
    """A team server's backups are the database administrator's (pg_dump, pgBackRest): the
    desk neither nags about a missing backup nor offers one it would then refuse."""
    status = two.svc_a.backups.status()
    assert status.applies is False and status.overdue is False
