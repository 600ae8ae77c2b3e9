"""Session 17: what IT does to a worker's login while her desk is open (a real process).

- `team-worker remove` while the desk is idle ends its line: the worker's first action
  said "De verbinding … was verbroken … probeer het nog eens" (seen before the fix), and only
  the second said "geen toegang meer". Nothing had been sent: the desk makes the line again,
  the login is refused, and the first action already says what is true.
- IT lowers the login to reading only (`ALTER ROLE … SET default_transaction_read_only`, and
  ends its sessions so it applies; a standby server after a failover answers the same): the
  worker's write was refused "In de map van de kluis kan niet worden geschreven … zet de
  kluis in een map …" — advice about a vault file on a team server (seen before the fix).
  Now she hears that the server lets her account only read, nothing is written, and reading
  goes on."""

from __future__ import annotations

import psycopg
from test_attack_s15_team_desks import (
    _decisions,
    _events,
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)
from test_attack_s16_team_isolation import _pid
from test_attack_s17_team_line import _cut, sara_at_a_desk

from toestemming.clock import FixedClock
from toestemming.store import pg_connect, pg_roles


def test_a_worker_removed_by_it_while_her_desk_is_idle_hears_geen_toegang_at_once(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    admin, balie = team[1], team[2]
    at = sara_at_a_desk(team, clock)
    svc, desk, request, item, youth = at.svc, at.desk, at.request, at.item, at.youth
    before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
        # (made by the tests' superuser; `team-worker add` marks its roles so)
        su.execute(f"COMMENT ON ROLE {balie.role} IS '{pg_roles.WORKER_COMMENT}'")
        su.execute(f"GRANT pg_signal_backend TO {admin.role}")  # (deploy/team_server.sql)
    with pg_connect.connect(admin.url, admin.password) as conn:
        assert pg_roles.remove_worker(conn, balie.role) >= 1

    desk.ask(f"decide {request} {youth} {item} yes")
    assert desk.said() == "turn"
    first = desk.said()
    assert first.startswith("refused") and "geen toegang meer" in first, first
    desk.ask("count")
    assert "geen toegang meer" in desk.said()
    desk.finish()
    assert _decisions(svc, item) == []
    assert _events(svc, before) == []
    _whole(svc)


def test_a_login_lowered_to_reading_only_while_the_desk_is_open_is_told_so_and_reads_on(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    balie = team[2]
    at = sara_at_a_desk(team, clock)
    svc, desk, request, item, youth = at.svc, at.desk, at.request, at.item, at.youth
    before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))
    with psycopg.connect(pg_server.superuser_dsn(pg_database), autocommit=True) as su:
        su.execute(f"ALTER ROLE {balie.role} SET default_transaction_read_only = on")
    _cut(pg_server, pg_database, _pid(desk))  # (IT ends the sessions so it applies)

    desk.ask(f"decide {request} {youth} {item} yes")
    assert desk.said() == "turn"
    said = desk.said()
    assert said.startswith("refused") and "alleen lezen" in said, said
    assert "map" not in said
    desk.ask("count")
    assert desk.said() == "count 1", desk.error()
    desk.finish()
    assert _decisions(svc, item) == []
    assert _events(svc, before) == []
    _whole(svc)
