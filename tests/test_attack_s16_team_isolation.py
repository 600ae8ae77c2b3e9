"""Session 16: the team server's own settings must not undo the write turn.

The app's writes rely on READ COMMITTED: a desk that waited for the organisation's write turn
reads, after it got it, what the colleague before it committed (the log's head, the item's
state) and checks and writes on top of that. A DBA who hardens the database with
`ALTER DATABASE … SET default_transaction_isolation = 'repeatable read'` (or 'serializable', a
common audit advice) made every BEGIN of the app take its snapshot at `take_write_turn()` —
*before* the wait, and the second desk's turn, granted once the first committed, ended in a
serialization failure: every desk that had waited for a colleague was refused with "De
teamserver was even te druk" (both levels, seen before the fix). Each desk is a real
process (tests/team_desk.py); the second one is seen waiting for the turn on the server
(pg_locks) before the first goes on — never a sleep."""

from __future__ import annotations

import contextlib
import queue
import select
import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import psycopg
import pytest
from team_support import sara_request
from test_attack_s15_tablet_twice import _answer_all
from test_attack_s15_team_desks import (
    SAFETY_S,
    Desk,
    _decisions,
    _events,
    _waits_for_a_lock,
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)
from test_signing_core import wave

from toestemming.clock import FixedClock
from toestemming.errors import VaultError, user_text
from toestemming.model import SignerRef
from toestemming.store import pg
from toestemming.usecases.signing_flow import SigningFlow


def _harden(server, db: str, level: str) -> None:
    """What the DBA does: every new session of this database starts at `level`."""
    with psycopg.connect(server.superuser_dsn(db), autocommit=True) as su:
        su.execute(f"ALTER DATABASE {db} SET default_transaction_isolation = '{level}'")


def _pid(desk: Desk) -> int:
    desk.ask("pid")
    word, pid = desk.said().split()
    assert word == "pid", desk.error()
    return int(pid)


def _tries_again(server, db: str, pid: int, answered: Callable[[], str | None]) -> None:
    """Until the app's second try waits for its turn; an app that answers instead (it gave up
    after the deadlock) fails at once with what it said."""
    _waits_for_a_lock(server, db, pid, answered)


def _desk_answered(desk: Desk) -> Callable[[], str | None]:
    assert desk.proc.stdout is not None
    return lambda: desk.said() if select.select([desk.proc.stdout], [], [], 0)[0] else None


@contextlib.contextmanager
def _dba_holding_the_log_row(server, db: str, org: int) -> Iterator[psycopg.Connection]:
    """A DBA's session that never looks for deadlocks itself (so the app's side is the one the
    server ends), holding the organisation's Merkle row of the log that every event updates."""
    dba = psycopg.connect(server.superuser_dsn(db), autocommit=True)
    try:
        dba.execute("SET deadlock_timeout = '10min'")
        dba.execute("BEGIN")
        dba.execute(
            "SELECT 1 FROM toestemming.meta WHERE org_id = %s AND key = 'merkle_frontier' "
            "FOR UPDATE",
            (org,),
        )
        yield dba
    finally:
        dba.close()


def _wanting_the_turn(dba: psycopg.Connection, org: int) -> threading.Thread:
    wants = threading.Thread(
        target=dba.execute,
        args=("SELECT 1 FROM toestemming.organisations WHERE id = %s FOR NO KEY UPDATE", (org,)),
    )
    wants.start()
    return wants


class _Turns(queue.Queue[threading.Event]):
    """Tries of a change that hold the turn, each waiting for its Event; once `passing` is set
    the later ones (what a signing does after its change) just go on."""

    def __init__(self) -> None:
        super().__init__()
        self.passing = threading.Event()

    def let_the_rest_pass(self) -> None:
        """The try that holds the turn now (waited for) goes on, and every later one."""
        go = self.get(timeout=SAFETY_S)
        self.passing.set()
        go.set()


@contextlib.contextmanager
def _holding_at_the_turn(db: Any) -> Iterator[_Turns]:
    """Each try of a change in this process, once it has the turn, puts an Event in the queue
    and waits for it (a slow desk, released when the test says); as team_desk's hold-turn."""
    turns = _Turns()
    begin = db.transaction

    @contextlib.contextmanager
    def held() -> Iterator[Any]:
        with begin() as tx:
            if not turns.passing.is_set():
                go = threading.Event()
                turns.put(go)
                assert go.wait(SAFETY_S)
            yield tx

    db.transaction = held
    try:
        yield turns
    finally:
        del db.transaction


def _deadlock(server, db: str, dba: psycopg.Connection, org: int, go: threading.Event) -> None:
    """The app's try holds the turn (waiting on `go`), the DBA holds the log row: the DBA asks
    for the turn, the try goes on to the log row, and the server ends the try (40P01)."""
    wants_turn = _wanting_the_turn(dba, org)
    _waits_for_a_lock(server, db, dba.info.backend_pid)
    go.set()
    wants_turn.join(SAFETY_S)
    assert not wants_turn.is_alive()


@pytest.mark.parametrize("level", ["repeatable read", "serializable"])
def test_a_hardened_isolation_default_still_lets_the_second_desk_write_on_top_of_the_first(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
    level: str,
) -> None:
    """Sara says "ja" at the front desk; a colleague enters the "nee" of her letter a minute
    later and waits for the turn. On a database whose default isolation was raised, the
    colleague's "nee" must still be recorded once, as Sara's withdrawal of her own "ja", in one
    whole chain — as on a server left at PostgreSQL's default."""
    svc, _, balie, collega, desks = team
    request, item, youth = sara_request(svc, clock.today())
    _harden(pg_server, pg_database, level)
    now = clock.now()
    front = Desk(balie, now.isoformat())
    desks.append(front)
    other = Desk(collega, (now + timedelta(minutes=1)).isoformat())
    desks.append(other)
    other_pid = _pid(other)
    before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))

    front.ask(f"decide {request} {youth} {item} yes hold")
    assert (front.said(), front.said()) == ("turn", "inside"), front.error()
    other.ask(f"decide {request} {youth} {item} no")
    assert other.said() == "turn"
    _waits_for_a_lock(pg_server, pg_database, other_pid)  # its BEGIN is in, its turn not yet
    front.ask("go")
    assert front.said() == "written", front.error()
    assert other.said() == "written", other.error()
    front.finish()
    other.finish()

    workers = {w.name: w.id for w in svc.workers()}
    assert _decisions(svc, item) == [("yes", workers["Balie Medewerker"])]
    withdrawn_by = svc.vault.db.query(
        "SELECT worker_id FROM withdrawals WHERE item_id = ?", (item,)
    )
    assert [int(r[0]) for r in withdrawn_by] == [workers["Collega Medewerker"]]
    kinds = _events(svc, before)
    assert (kinds.count("decisions.recorded"), kinds.count("withdrawal.recorded")) == (1, 1)
    _whole(svc)


def test_a_desk_caught_in_a_deadlock_with_an_outside_session_writes_its_answer_once(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    """A DBA's psql session (a report, a repair by hand) locks the organisation's log row the
    app updates with every event, then wants the organisation's row — which a desk holds as
    its write turn. The desk, going on, waits for the log row: a deadlock (SQLSTATE 40P01);
    the server ends the desk's transaction (the psql session never checks first here). Nothing
    of the answer was kept, so the app tries the whole change again on its own: it waits for
    the turn until psql is done and records Sara's "ja" once — not "te druk, probeer het
    opnieuw" for a worker who did nothing wrong."""
    svc, _, balie, _, desks = team
    request, item, youth = sara_request(svc, clock.today())
    org = svc.vault.db.org_id
    front = Desk(balie, clock.now().isoformat())
    desks.append(front)
    before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))  # (after its worker.added)
    desk_pid = _pid(front)
    with _dba_holding_the_log_row(pg_server, pg_database, org) as dba:
        front.ask(f"decide {request} {youth} {item} yes hold-turn")
        assert (front.said(), front.said()) == ("turn", "holding"), front.error()
        wants_turn = _wanting_the_turn(dba, org)
        _waits_for_a_lock(pg_server, pg_database, dba.info.backend_pid)
        front.ask("go")  # → the deadlock; the desk's transaction is ended, psql gets the row
        wants_turn.join(SAFETY_S)
        assert not wants_turn.is_alive()
        _tries_again(pg_server, pg_database, desk_pid, _desk_answered(front))
        dba.execute("COMMIT")
        assert front.said() == "written", front.error()
        front.finish()

    worker = next(w.id for w in svc.workers() if w.name == "Balie Medewerker")
    assert _decisions(svc, item) == [("yes", worker)]
    assert _events(svc, before) == ["decisions.recorded"]
    assert svc.consents.item_status(item).status.value == "given"
    _whole(svc)


def test_a_tablet_signature_caught_in_a_deadlock_is_recorded_once_with_one_signature(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    """The same cycle while Sara signs "ja" on the tablet: the whole signing is tried again —
    her decision, the signature's picture and strokes and the signing session — and each is
    there once; she is not sent back to sign again."""
    svc = team[0]
    db = svc.vault.db
    request, item, _ = sara_request(svc, clock.today())
    flow = SigningFlow(svc.signing, request, clock)
    _answer_all(flow, "yes")
    assert flow.to_signature()
    before = int(db.scalar("SELECT max(seq) FROM events"))
    evidence_before = int(db.scalar("SELECT count(*) FROM evidence"))
    said: list[str] = []
    tablet = threading.Thread(target=lambda: said.append(flow.confirm(wave())))
    with (
        _holding_at_the_turn(db) as turns,
        _dba_holding_the_log_row(pg_server, pg_database, db.org_id) as dba,
    ):
        tablet.start()
        _deadlock(pg_server, pg_database, dba, db.org_id, turns.get(timeout=SAFETY_S))
        _tries_again(pg_server, pg_database, db.backend_pid, lambda: said[0] if said else None)
        dba.execute("COMMIT")
        turns.let_the_rest_pass()  # the second try, with the turn: on it goes
        tablet.join(SAFETY_S)

    assert said == [""]  # signed: no sentence
    assert [a for a, _ in _decisions(svc, item)] == ["yes"]
    kinds = _events(svc, before)
    assert kinds.count("decisions.recorded") == 1
    assert int(db.scalar("SELECT count(*) FROM evidence")) == evidence_before + 2
    assert int(db.scalar("SELECT count(*) FROM signing_sessions")) == 1
    _whole(svc)


def test_a_change_that_keeps_meeting_deadlocks_is_refused_in_dutch_and_leaves_nothing(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    """A DBA's script that keeps making the same cycle: after CONFLICT_ATTEMPTS tries the worker
    hears "te druk … niets gewijzigd" (not a traceback, not a hang) and not a row of any try is
    left — the log is as it was."""
    svc = team[0]
    db = svc.vault.db
    request, item, youth = sara_request(svc, clock.today())
    before = int(db.scalar("SELECT max(seq) FROM events"))
    said: list[str] = []

    def decide() -> None:
        try:
            svc.consents.record_decisions(request, SignerRef.youth(youth), {item: "yes"}, "desk")
            said.append("written")
        except VaultError as exc:
            said.append(user_text(exc))

    desk = threading.Thread(target=decide)
    with (
        _holding_at_the_turn(db) as turns,
        _dba_holding_the_log_row(pg_server, pg_database, db.org_id) as dba,
    ):
        desk.start()
        for attempt in range(pg.CONFLICT_ATTEMPTS):
            if attempt:  # the DBA's script ends its cycle and makes it again on the next try
                dba.execute("COMMIT")
                dba.execute("BEGIN")
                dba.execute(
                    "SELECT 1 FROM toestemming.meta WHERE org_id = %s "
                    "AND key = 'merkle_frontier' FOR UPDATE",
                    (db.org_id,),
                )
            _deadlock(pg_server, pg_database, dba, db.org_id, turns.get(timeout=SAFETY_S))
        desk.join(SAFETY_S)
        dba.execute("COMMIT")

    assert len(said) == 1 and "te druk" in said[0] and "niets gewijzigd" in said[0], said
    assert turns.empty()  # no fourth try
    assert _decisions(svc, item) == []
    assert _events(svc, before) == []
    assert svc.consents.item_status(item).status.value == "requested"
    _whole(svc)
