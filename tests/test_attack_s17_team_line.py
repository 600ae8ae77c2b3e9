"""Session 17: the line to the team server, cut while a desk is idle or at its COMMIT.

An idle line is only found cut by the next exchange: the server's idle_session_timeout, a
DBA's pg_terminate_backend, a firewall that forgets quiet connections, a server restarted
overnight. The worker's first action the morning after failed once with "De verbinding … was
verbroken" (seen before the fix, for a write and for a read) though nothing had been sent
yet; now the desk makes the line again and does what was asked.

A COMMIT whose answer is lost is never sent again: the server may have kept it (before the
fix the worker heard "niet opgeslagen", which was wrong: it *was* saved). The desk asks, on a
new line, what became of its transaction (txid_status): saved → it says so and goes on; the
server out of reach → "niet zeker: kijk eerst of ze er staat". Either way the change is there
once. Each desk is a real process (tests/team_desk.py); the cut at COMMIT is a real TCP relay
(tests/cut_proxy.py) that drops the server's answer."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import psycopg
from cut_proxy import CutProxy
from team_support import sara_request
from test_attack_s15_team_desks import (
    SAFETY_S,
    Desk,
    _decisions,
    _events,
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)
from test_attack_s16_team_isolation import _pid

from toestemming.clock import FixedClock
from toestemming.devtools.pgteam import Login


def sara_at_a_desk(
    desks_team: Any, clock: FixedClock, login: Login | None = None
) -> SimpleNamespace:
    """Sara's open request (svc, request, item, youth) and Balie's desk, a real process
    (`login`: Balie's, through a relay)."""
    svc, _, balie, _, desks = desks_team
    request, item, youth = sara_request(svc, clock.today())
    desk = Desk(login or balie, clock.now().isoformat())
    desks.append(desk)
    return SimpleNamespace(svc=svc, desk=desk, request=request, item=item, youth=youth)


def _cut(server, db: str, pid: int) -> None:
    """What a DBA (or the server's idle timeout) does to a quiet desk's line; until gone."""
    with psycopg.connect(server.superuser_dsn(db), autocommit=True) as su:
        su.execute("SELECT pg_terminate_backend(%s)", (pid,))
        deadline = time.monotonic() + SAFETY_S
        while time.monotonic() < deadline:
            if not su.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", (pid,)).fetchone():
                return
    raise AssertionError("the server process did not end")


def test_the_first_write_after_the_server_cut_an_idle_desk_line_just_works(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    at = sara_at_a_desk(team, clock)
    svc, desk, request, item, youth = at.svc, at.desk, at.request, at.item, at.youth
    _cut(pg_server, pg_database, _pid(desk))

    desk.ask(f"decide {request} {youth} {item} yes")
    assert (desk.said(), desk.said()) == ("turn", "written"), desk.error()
    desk.finish()
    assert [a for a, _ in _decisions(svc, item)] == ["yes"]
    _whole(svc)


def test_the_first_read_after_the_server_cut_an_idle_desk_line_just_works(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    desk = sara_at_a_desk(team, clock).desk
    _cut(pg_server, pg_database, _pid(desk))

    desk.ask("count")
    assert desk.said() == "count 1", desk.error()
    desk.finish()


def test_a_server_restarted_overnight_does_not_cost_the_open_desk_its_first_action(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    at = sara_at_a_desk(team, clock)
    pg_server.restart()

    at.desk.ask(f"decide {at.request} {at.youth} {at.item} no")
    assert (at.desk.said(), at.desk.said()) == ("turn", "written"), at.desk.error()
    at.desk.finish()


def _lost_commit_answer(desks_team, clock: FixedClock, pg_server, *, server_away: bool) -> str:
    """A desk (through the relay) holds inside its "ja" with all written; its COMMIT goes to
    the server and the answer is dropped. `server_away`: the server is stopped before the desk
    can ask what became of it (and started again after). What the desk said."""
    proxy = CutProxy(pg_server.port)
    try:
        at = sara_at_a_desk(desks_team, clock, proxy.login(desks_team[2], pg_server.port))
        svc, desk, request, item, youth = at.svc, at.desk, at.request, at.item, at.youth
        before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))
        desk.ask(f"decide {request} {youth} {item} yes hold")
        assert (desk.said(), desk.said()) == ("turn", "inside"), desk.error()
        proxy.cut_next_answer()  # its next exchange is the COMMIT
        if server_away:
            proxy.stop_accepting()  # (the desk cannot reach the server to ask)
        desk.ask("go")
        said = desk.said()
        assert proxy.cut.is_set(), said
        proxy.accept_again()
        # Saved once: the server committed; the desk did not send it again.
        assert [a for a, _ in _decisions(svc, item)] == ["yes"]
        assert _events(svc, before) == ["decisions.recorded"]
        # The desk's next action makes the line again by itself.
        desk.ask("count")
        assert desk.said() == "count 1", desk.error()
        desk.finish()
    finally:
        proxy.close()
    _whole(svc)
    return said


def test_a_commit_whose_answer_is_lost_is_not_sent_again_but_asked_after_and_is_saved(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
) -> None:
    """The server committed; the desk asks on a new line what became of its transaction
    (txid_status) instead of sending it again or guessing: it was saved, so "written"."""
    assert _lost_commit_answer(team, clock, pg_server, server_away=False) == "written"


def test_a_commit_whose_answer_is_lost_and_cannot_be_asked_after_tells_the_worker_to_look(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
) -> None:
    """The same, but the server cannot be reached to ask: not "niet opgeslagen" (it was
    saved) and not sent again (it would be there twice), but "niet zeker: kijk eerst"."""
    said = _lost_commit_answer(team, clock, pg_server, server_away=True)
    assert said.startswith("refused ") and "niet zeker" in said, said
    assert "niet opgeslagen" not in said
