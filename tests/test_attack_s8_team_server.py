"""Session 8 attacks on the team server, each as the person who would try it: a curious or
spiteful worker of another organisation, a worker the app removed whose login still works, a
colleague whose desk holds the write turn and never lets go. psycopg straight to the real
server (no app code in between) for the attacker; the app (Service) for the victim."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from team_support import Two, as_login, two_organisations

from toestemming.clock import FixedClock
from toestemming.errors import AccessRevoked, VaultError, user_text
from toestemming.service import Service
from toestemming.store import pg_schema
from toestemming.store.pg import turn_call


@pytest.fixture
def two(pg_server, pg_database, clock: FixedClock, tmp_path: Path, monkeypatch) -> Iterator[Two]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    with two_organisations(pg_server, pg_database, clock) as both:
        yield both


_as = as_login


def _org(svc: Service) -> int:
    return int(svc.vault.db.org_id)  # type: ignore[attr-defined]


def _youths(svc: Service) -> list[str]:
    return sorted(y.given_name for y in svc.people.search(""))


# -- the write turn: nobody outside the organisation can take it ---------------------------------
def test_a_worker_of_another_organisation_cannot_stop_its_writes(two: Two) -> None:
    """Org A's worker takes every lock an organisation's writers could wait for, with the
    organisation's number (small integers, easy to guess), and keeps them (session locks
    outlive any transaction, so no idle timeout ends them). Org B must go on working."""
    victim = _org(two.svc_b)
    two.svc_b.vault.db.set_lock_wait_ms(2000)  # type: ignore[attr-defined]
    with _as(two.worker_a) as attacker:
        attacker.execute(
            "SELECT pg_advisory_lock(%s, %s)",
            (7118, victim),  # (the namespace the app once used)
        )
        attacker.execute("SELECT pg_advisory_lock(%s)", (victim,))
        # The organisations table and the lock function: not theirs to touch for B.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            attacker.execute("SELECT 1 FROM organisations WHERE id = %s FOR UPDATE", (victim,))
        two.svc_b.people.add_youth(given_name="Bas", family_name="Bee", birth_date="2009-03-03")
    assert _youths(two.svc_b) == ["Bas", "Bob"]


def test_a_colleague_holding_the_write_turn_is_told_not_frozen(two: Two) -> None:
    """A colleague's session (a frozen desk, or someone with psql) takes the organisation's
    write turn and keeps it, and turned its idle timeout off. The other worker's desk must not
    hang: it gets a plain Dutch sentence, nothing is written, and it works once the turn is
    free again."""
    two.svc_a.vault.db.set_lock_wait_ms(300)  # type: ignore[attr-defined]
    events = two.svc_a.vault.db.scalar("SELECT count(*) FROM events")
    with _as(two.worker_a) as colleague:
        colleague.execute("SET idle_in_transaction_session_timeout = 0")
        colleague.execute("BEGIN")
        colleague.execute(f"SELECT {turn_call()}")
        with pytest.raises(VaultError) as told:
            two.svc_a.people.add_youth(given_name="Ada", family_name="Aa", birth_date="2009-01-01")
        assert told.value.message_id == "error-pg-write-turn-taken"
        said = user_text(told.value)
        assert "collega" in said and "niets" in said
        assert two.svc_a.vault.db.scalar("SELECT count(*) FROM events") == events
        colleague.execute("ROLLBACK")
    two.svc_a.people.add_youth(given_name="Ada", family_name="Aa", birth_date="2009-01-01")
    assert _youths(two.svc_a) == ["Ada", "Anna"]


def test_a_table_lock_from_another_organisation_costs_a_sentence_not_a_hung_desk(
    two: Two,
) -> None:
    """What cannot be prevented on one shared server (PostgreSQL 15 lets a role that may
    UPDATE a table LOCK it, and a session can turn its own timeouts off): org A's worker
    locks the youths table for everyone. Org B's desk must not hang: it is told, nothing is
    written, and it works again once the lock is gone (IT ends such a session with
    team-worker remove; docs/TEAM_SERVER.md says so)."""
    two.svc_b.vault.db.set_lock_wait_ms(300)  # type: ignore[attr-defined]
    events = two.svc_b.vault.db.scalar("SELECT count(*) FROM events")
    with _as(two.worker_a) as attacker:
        attacker.execute("SET idle_in_transaction_session_timeout = 0")
        attacker.execute("BEGIN")
        attacker.execute("LOCK TABLE youths IN EXCLUSIVE MODE")
        with pytest.raises(VaultError) as told:
            two.svc_b.people.add_youth(given_name="Bas", family_name="Bee", birth_date="2009-03-03")
        assert told.value.message_id == "error-pg-write-turn-taken"
        assert two.svc_b.vault.db.scalar("SELECT count(*) FROM events") == events
        assert _youths(two.svc_b) == ["Bob"]  # reading goes on meanwhile
        attacker.execute("ROLLBACK")
    two.svc_b.people.add_youth(given_name="Bas", family_name="Bee", birth_date="2009-03-03")
    assert _youths(two.svc_b) == ["Bas", "Bob"]


def test_the_write_turn_of_another_organisation_is_out_of_reach(two: Two) -> None:
    with _as(two.worker_a) as attacker:
        attacker.execute("BEGIN")
        attacker.execute(f"SELECT {turn_call()}")  # its own organisation's turn only
        two.svc_b.vault.db.set_lock_wait_ms(2000)  # type: ignore[attr-defined]
        two.svc_b.people.add_youth(given_name="Bas", family_name="Bee", birth_date="2009-03-03")
        attacker.execute("ROLLBACK")
    assert _youths(two.svc_b) == ["Bas", "Bob"]


# -- what the other organisation's activity shows ------------------------------------------------
def test_another_organisations_counts_do_not_show_through_the_sequences(two: Two) -> None:
    """Ids come from sequences shared by all organisations: their current values would tell
    a curious worker how many youths, requests, decisions the other organisation adds."""
    with _as(two.worker_a) as curious:
        shown = curious.execute(
            "SELECT count(last_value) FROM pg_sequences WHERE schemaname = %s",
            (pg_schema.SCHEMA,),
        ).fetchone()[0]
        assert shown == 0
        seq = curious.execute(
            "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) "
            "FROM pg_sequences WHERE schemaname = %s LIMIT 1",
            (pg_schema.SCHEMA,),
        ).fetchone()[0]
        for sql in (
            f"SELECT nextval('{seq}')",
            f"SELECT setval('{seq}', 1)",
            f"SELECT last_value FROM {seq}",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                curious.execute(sql)
    # The app still makes new rows (ids come from the identity columns without that right).
    svc = Service.open_team(two.worker_a.url, two.worker_a.password, two.svc_a.clock)
    try:
        svc.people.add_youth(given_name="Wil", family_name="Wo", birth_date="2009-04-04")
        assert "Wil" in _youths(svc)
    finally:
        svc.close()


def test_another_workers_statements_are_not_shown(two: Two) -> None:
    """pg_stat_activity would show other sessions' statements (with any value written into
    them): not to a worker, not even of the same organisation."""
    two.svc_a.people.search("Anna")
    with _as(two.worker_a) as curious:
        rows = curious.execute(
            "SELECT query FROM pg_stat_activity WHERE usename = %s", (two.admin_a.role,)
        ).fetchall()
    assert rows, "the admin's session is open"
    assert all(q in (None, "<insufficient privilege>") for (q,) in rows)


# -- removed in the app means removed at the server ----------------------------------------------
def _remove_in_app(two: Two, clock: FixedClock) -> int:
    first = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    wid = first.worker_id
    first.close()
    two.svc_a.remove_worker(wid)
    return wid


def test_a_worker_removed_in_the_app_reads_and_writes_nothing_with_their_login(
    two: Two, clock: FixedClock
) -> None:
    """IT has not disabled the login role yet (or forgot): the app says "removed", so the
    server must treat them so too, also in a session that was open before the removal."""
    with _as(two.worker_a) as still_open:
        assert [r[0] for r in still_open.execute("SELECT given_name FROM youths")] == ["Anna"]
        _remove_in_app(two, clock)
        # Refused, not answered empty (schema 7; test_attack_s15_team_removed_reads.py).
        refused = psycopg.errors.InvalidAuthorizationSpecification
        for sql in ("SELECT given_name FROM youths", "SELECT count(*) FROM events"):
            with pytest.raises(refused):
                still_open.execute(sql)
        assert still_open.execute("SELECT current_org()").fetchone()[0] is None
        with pytest.raises(psycopg.Error):
            still_open.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
        # Nor can they put themselves back.
        with pytest.raises(refused):
            still_open.execute("UPDATE workers SET active = 1 WHERE slot_id = session_user")
    with _as(two.worker_a) as fresh, pytest.raises(refused):
        fresh.execute("SELECT given_name FROM youths")
    with pytest.raises(AccessRevoked):
        Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    assert _youths(two.svc_a) == ["Anna"]  # the others go on as before


def test_a_removed_worker_whose_role_the_dba_turns_back_on_stays_out(
    two: Two, clock: FixedClock
) -> None:
    """Re-enabling a removed login by hand (ALTER ROLE … LOGIN, GRANT toestemming_app) does
    not quietly bring the worker back: a returning colleague gets a new login and a new
    worker row; the old row and its history stay as they were."""
    wid = _remove_in_app(two, clock)
    with psycopg.connect(two.server.superuser_dsn(two.db), autocommit=True) as su:
        su.execute(f"ALTER ROLE {two.worker_a.role} LOGIN")
        su.execute(f"GRANT {pg_schema.APP_ROLE} TO {two.worker_a.role}")
    with (
        _as(two.worker_a) as back,
        pytest.raises(psycopg.errors.InvalidAuthorizationSpecification),
    ):
        back.execute("SELECT count(*) FROM youths")
    with pytest.raises(AccessRevoked):
        Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    removed = next(w for w in two.svc_a.workers() if w.id == wid)
    assert not removed.active


def test_the_removal_trigger_is_one_of_the_guards_check_names(two: Two) -> None:
    """`check` names a guard a DBA lifted; the new trigger that carries a removal to the
    server is one of them."""
    assert "workers_removed_at_server" in pg_schema.expected_triggers()
    names = {r[0] for r in two.svc_a.vault.db.query("SELECT name FROM sqlite_master")}
    assert "workers_removed_at_server" in names


def test_an_open_app_window_of_a_worker_removed_by_a_colleague_writes_nothing(
    two: Two, clock: FixedClock
) -> None:
    """Wim's app is open when a colleague removes him in Medewerkers (IT has not disabled his
    login yet). His window sees nothing from then on, and his next change is refused with the
    sentence a removed worker hears, not a vague refusal; nothing of it is stored."""
    window = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    try:
        assert _youths(window) == ["Anna"]
        two.svc_a.remove_worker(window.worker_id)
        events = two.svc_a.vault.db.scalar("SELECT count(*) FROM events")
        with pytest.raises(AccessRevoked):  # (no empty list without a word: session 14)
            _youths(window)
        with pytest.raises(AccessRevoked) as refused:
            window.people.add_youth(given_name="Wout", family_name="Wo", birth_date="2009-01-01")
        assert "geen toegang meer" in user_text(refused.value)
        # Closing says it once more (its checkpoint is refused) and still closes.
        with pytest.raises(AccessRevoked):
            window.close()
        assert not window.is_open
    finally:
        if window.is_open:
            window.close()
    assert _youths(two.svc_a) == ["Anna"]
    # (Its checkpoint at close was refused too: not one event since the removal.)
    assert two.svc_a.vault.db.scalar("SELECT count(*) FROM events") == events


def test_copy_and_large_objects_reach_nothing_of_the_other_organisation(two: Two) -> None:
    """COPY goes through row-level security like SELECT, a file on the server is not a
    worker's to write, and another login's large object is not readable."""
    with _as(two.worker_a) as curious, curious.cursor() as cur:
        with cur.copy("COPY youths (given_name) TO STDOUT") as copy:
            copied = b"".join(bytes(chunk) for chunk in copy).decode()
        assert copied.split() == ["Anna"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            cur.execute("COPY youths TO '/tmp/toestemming-youths.csv'")
    with _as(two.admin_b) as other:
        oid = other.execute("SELECT lo_from_bytea(0, 'van School B')").fetchone()[0]
    try:
        with _as(two.worker_a) as curious, pytest.raises(psycopg.errors.InsufficientPrivilege):
            curious.execute("SELECT lo_get(%s)", (oid,))
    finally:
        with _as(two.admin_b) as other:
            other.execute("SELECT lo_unlink(%s)", (oid,))


def test_one_window_too_many_is_told_so_not_that_the_server_is_unreachable(
    two: Two, clock: FixedClock
) -> None:
    """Each worker's role has a small connection limit (pg_roles.CONNECTION_LIMIT). A worker
    who opens one window more must hear that, not "server unreachable" (they would call IT)."""
    with psycopg.connect(two.server.superuser_dsn(two.db), autocommit=True) as su:
        su.execute(f"ALTER ROLE {two.worker_a.role} CONNECTION LIMIT 1")
    first = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    try:
        with pytest.raises(VaultError) as told:
            Service.open_team(two.worker_a.url, two.worker_a.password, clock)
        assert told.value.message_id == "error-team-too-many-windows"
        assert "vensters" in user_text(told.value)
    finally:
        first.close()
