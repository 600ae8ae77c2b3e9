"""Session 15: a worker removed in the app (IT has not disabled the login yet) whose session is
still open. Session 14 made the *app's* empty answers ask whether the login is still a member;
a count still came back 0 ("no youths, no decisions"), and the login itself, used with psql or
a script, still got empty tables and zero counts without a word. Team schema 7 refuses at the
server: every read of an organisation's table by a removed member fails with SQLSTATE 28000,
which the app says as "geen toegang meer"; a colleague reads on as before."""

from __future__ import annotations

import contextlib

import psycopg
import pytest
from team_support import Two, as_login, two_organisations

from toestemming.clock import FixedClock
from toestemming.errors import AccessRevoked, user_text
from toestemming.service import Service

# What someone with the removed worker's still-open login would try (the attacker's psql).
COUNTS = (
    "SELECT count(*) FROM youths",
    "SELECT count(*) FROM events",
    "SELECT count(*) FROM workers",
    "SELECT max(seq) FROM events",
    "SELECT count(*) FROM youths WHERE given_name = 'Anna'",
    "SELECT count(*) FROM youths y JOIN representatives r ON r.youth_id = y.id",
    "SELECT given_name FROM youths",
)


@pytest.fixture
def two(pg_server, pg_database, clock: FixedClock, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    with two_organisations(pg_server, pg_database, clock) as both:
        yield both


def _remove_in_app(two: Two, window: Service) -> None:
    two.svc_a.remove_worker(window.worker_id)


def test_a_removed_workers_open_login_is_refused_every_read_counts_included(
    two: Two, clock: FixedClock
) -> None:
    window = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    try:
        with as_login(two.worker_a) as still_open:
            assert still_open.execute("SELECT count(*) FROM youths").fetchone()[0] == 1
            _remove_in_app(two, window)
            for sql in COUNTS:
                with pytest.raises(psycopg.errors.InvalidAuthorizationSpecification):
                    still_open.execute(sql).fetchall()
            # Nor a write that would put them back, nor one that hides in a CTE.
            with pytest.raises(psycopg.errors.InvalidAuthorizationSpecification):
                still_open.execute("UPDATE workers SET active = 1 WHERE slot_id = session_user")
            with pytest.raises(psycopg.errors.InvalidAuthorizationSpecification):
                still_open.execute(
                    "WITH n AS (SELECT count(*) AS c FROM decisions) SELECT c FROM n"
                ).fetchall()
    finally:
        with contextlib.suppress(AccessRevoked):
            window.close()
    # Their colleague and the other organisation read on as before.
    assert two.svc_a.vault.db.scalar("SELECT count(*) FROM youths") == 1
    assert two.svc_b.vault.db.scalar("SELECT count(*) FROM youths") == 1


def test_the_apps_own_counts_in_a_removed_workers_window_say_geen_toegang_meer(
    two: Two, clock: FixedClock
) -> None:
    """The app asks counts too (open items, events): a 0 there is a lie to a removed worker."""
    window = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    try:
        db = window.vault.db
        assert db.scalar("SELECT count(*) FROM youths") == 1
        _remove_in_app(two, window)
        for sql in (
            "SELECT count(*) FROM youths",
            "SELECT count(*) FROM events",
            # Nothing of any organisation matches: no row is ever looked at on the server.
            "SELECT count(*) FROM objections",
            "SELECT count(*) FROM decisions WHERE item_id = 987654",
        ):
            with pytest.raises(AccessRevoked) as refused:
                db.scalar(sql)
            assert "geen toegang meer" in user_text(refused.value), sql
    finally:
        with contextlib.suppress(AccessRevoked):
            window.close()
    assert two.svc_a.vault.db.scalar("SELECT count(*) FROM youths") == 1


def test_a_login_that_never_was_a_member_still_sees_nothing_and_is_not_called_removed(
    two: Two,
) -> None:
    """Only a *removed* member is refused with 28000; a role that was never in an
    organisation (admin B's before set-up is not reachable here, so a fresh worker role of
    A's admin not yet joined is used) keeps row-level security's empty answer."""
    with psycopg.connect(two.server.superuser_dsn(two.db), autocommit=True) as su:
        su.execute("SET search_path = toestemming")
        su.execute("DELETE FROM members WHERE role_name = %s", (two.worker_a.role,))
    with as_login(two.worker_a) as outsider:
        assert outsider.execute("SELECT count(*) FROM youths").fetchone()[0] == 0
