"""Session 14: a database administrator of the team server (not the app) against the log head
each worker's computer keeps. The head file is found by server and vault id; the vault id is a
row the DBA can rewrite. Deleting the newest events and then giving the organisation a new
vault id (its checkpoints dropped, or re-signed with the signing key the DBA can read in
`meta`) made every worker's computer start a fresh head for an "organisation it had never
seen": the shortened log opened as if nothing had happened."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from team_support import Two, two_organisations

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, user_text
from toestemming.service import Service
from toestemming.store import pg_schema


@pytest.fixture
def two(pg_server, pg_database, clock: FixedClock, tmp_path: Path, monkeypatch) -> Iterator[Two]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    with two_organisations(pg_server, pg_database, clock) as both:
        yield both


def _dba(two: Two) -> psycopg.Connection:
    conn = psycopg.connect(two.server.superuser_dsn(two.db), autocommit=True)
    conn.execute(f"SET search_path = {pg_schema.SCHEMA}")
    conn.execute("SET session_replication_role = replica")  # the DBA lifts the triggers
    return conn


def _newest_youth_erased_from_history(two: Two) -> None:
    """Anna's record and every event from her youth.added on deleted, the checkpoints
    dropped, and the organisation given a new vault id: rows and log agree again."""
    org = two.svc_a.vault.db.org_id  # type: ignore[attr-defined]
    two.svc_a.close()
    with _dba(two) as conn:
        first = conn.execute(
            "SELECT min(seq) FROM events WHERE org_id = %s AND kind = 'youth.added'", (org,)
        ).fetchone()[0]
        for table in ("event_subjects", "events"):
            conn.execute(f"DELETE FROM {table} WHERE org_id = %s AND seq >= %s", (org, first))
        conn.execute("DELETE FROM youths WHERE org_id = %s", (org,))
        conn.execute("DELETE FROM checkpoints WHERE org_id = %s", (org,))
        new = str(uuid.uuid4())
        conn.execute(
            "UPDATE meta SET value = %s WHERE org_id = %s AND key = 'vault_id'", (new, org)
        )
        conn.execute("UPDATE organisations SET vault_id = %s WHERE id = %s", (new, org))


def test_a_dba_who_shortens_the_log_and_renames_the_vault_is_caught_at_the_next_open(
    two: Two, clock: FixedClock
) -> None:
    _newest_youth_erased_from_history(two)
    try:
        again = Service.open_team(two.admin_a.url, two.admin_a.password, clock)
    except ToestemmingError as exc:
        said = user_text(exc)
    else:
        try:
            said = " ".join(again.log_head_problems)
            assert again.read_only, (said, again.integrity_problems())
        finally:
            again.close()
    assert "ander kluisnummer" in said, said


def test_a_worker_who_opened_before_is_caught_too_and_nothing_is_written(
    two: Two, clock: FixedClock
) -> None:
    """Wim's computer saw the organisation before the DBA's rewrite: his next open is
    read-only with the sentence, and his head file is not moved to the shortened log."""
    Service.open_team(two.worker_a.url, two.worker_a.password, clock).close()
    _newest_youth_erased_from_history(two)
    again = Service.open_team(two.worker_a.url, two.worker_a.password, clock)
    try:
        assert again.read_only
        assert any("ander kluisnummer" in p for p in again.log_head_problems)
        with pytest.raises(ToestemmingError):
            again.people.add_youth(given_name="Wout", family_name="Wo", birth_date="2009-01-01")
    finally:
        again.close()


def test_the_organisation_as_first_seen_opens_as_before(two: Two, clock: FixedClock) -> None:
    two.svc_a.close()
    for _ in range(2):
        again = Service.open_team(two.admin_a.url, two.admin_a.password, clock)
        try:
            assert not again.read_only and again.log_head_problems == []
        finally:
            again.close()
