"""Session 17: every write of the app, not only a decision, survives a lock cycle with an
outside session on the team server.

A DBA's psql session (a report, a repair by hand) locks the organisation's log row that every
event updates, then wants the organisation's row — which a desk holds as its write turn. The
desk, going on, waits for the log row: a deadlock (SQLSTATE 40P01), and the server ends the
desk's side (the psql session never checks first here). Session 16 tried decisions,
withdrawals and the tablet again; a catalogue change, a new request, a disclosure, a reply
from the app, a reply set aside in the mail inbox, a setting changed, a youth added, a
colleague removed in Medewerkers still said "te druk … niets gewijzigd" at once (each seen failing so before store/turns.py). Now each is
tried again whole after a short pause, waits for the turn until psql is done, and is recorded
exactly once: its rows, its events, the chain whole.

The same with two real desk processes (tests/team_desk.py): the desk whose catalogue change
was ended tries again while a colleague's desk waits for the turn as well; both changes are
there once, in one gap-free chain."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from team_support import sara_request
from test_attack_s15_team_desks import (
    SAFETY_S,
    Desk,
    _events,
    _waits_for_a_lock,
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)
from test_attack_s16_team_isolation import (
    _dba_holding_the_log_row,
    _deadlock,
    _desk_answered,
    _holding_at_the_turn,
    _pid,
    _wanting_the_turn,
)

from toestemming.clock import FixedClock
from toestemming.errors import VaultError, user_text
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _catalogue(svc: Service, ids: dict[str, int]) -> Callable[[], object]:
    return lambda: svc.catalog.add_purpose("zorg", "Zorg thuis", "Zodat je hulp krijgt thuis.")


def _new_request(svc: Service, ids: dict[str, int]) -> Callable[[], object]:
    spec = ItemSpec(ids["purpose"], ids["recipient"], (ids["category"],))
    return lambda: svc.consents.create_request(ids["youth"], [spec])


def _disclosure(svc: Service, ids: dict[str, int]) -> Callable[[], object]:
    yes = {ids["item"]: "yes"}
    svc.consents.record_decisions(ids["request"], SignerRef.youth(ids["youth"]), yes, "desk")
    return lambda: svc.sharing.record_disclosure(
        ids["youth"], ids["recipient"], ids["purpose"], [ids["category"]]
    )


def _app_reply(svc: Service, ids: dict[str, int]) -> Callable[[], object]:
    svc.people.update_youth(ids["youth"], phone="0612345678")
    code = svc.consents.request(ids["request"]).reference_code
    now = svc.clock.now()
    proposal = svc.remote.read_app_message("06 1234 5678", now, f"Code {code}\n1: ja")
    assert proposal.can_confirm, proposal.problems
    return lambda: svc.remote.confirm(proposal)


def _mail_set_aside(svc: Service, ids: dict[str, int]) -> Callable[[], object]:
    db = svc.vault.db
    with db.transaction():  # (what a fetch from the mailbox stored)
        inbox = db.execute(
            "INSERT INTO mail_inbox(folder, uidvalidity, uid, fetched_at, sha256, raw) "
            "VALUES ('INBOX', 1, 7, ?, ?, ?)",
            (svc.clock.now().isoformat(), "ab" * 32, b"Subject: vakantie\r\n\r\nIk ben weg."),
        )
    return lambda: svc.mail_inbox.set_aside(inbox)


def _setting(svc: Service, ids: dict[str, int]) -> Callable[[], object]:
    return lambda: svc.set_policy(replace(svc.policy(), default_validity_days=200))


def _new_youth(svc: Service, ids: dict[str, int]) -> Callable[[], object]:
    return lambda: svc.people.add_youth(
        given_name="Timo", family_name="Bakker", birth_date="2011-03-04"
    )


def _worker_removed(svc: Service, ids: dict[str, int]) -> Callable[[], object]:
    return lambda: svc.remove_worker(ids["colleague"])


# Each write, and the events (in order) it records once.
WRITES = {
    "catalogue": (_catalogue, ["purpose.added"]),
    "new-request": (_new_request, ["request.created"]),
    "disclosure": (_disclosure, ["disclosure.recorded"]),
    "app-reply": (_app_reply, ["evidence.added", "decisions.recorded"]),
    "mail-inbox": (_mail_set_aside, ["mail.reply_handled"]),
    "setting": (_setting, ["policy.changed"]),
    "new-youth": (_new_youth, ["youth.added"]),
    "worker-removed": (_worker_removed, ["worker.removed"]),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_any_write_caught_in_a_deadlock_with_an_outside_session_is_recorded_once(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
    write: str,
) -> None:
    svc = team[0]
    db = svc.vault.db
    request, item, youth = sara_request(svc, clock.today())
    shown = svc.consents.request(request).items[0]
    ids = {
        "request": request,
        "item": item,
        "youth": youth,
        "purpose": shown.purpose.id,
        "recipient": shown.recipient.id,
        "category": shown.categories[0].id,
    }
    colleague = Service.open_team(team[3].url, team[3].password, clock=clock)
    colleague.close()  # (her first open made her row in Medewerkers)
    ids["colleague"] = next(w.id for w in svc.workers() if w.name == "Collega Medewerker")
    make, kinds = WRITES[write]
    action = make(svc, ids)
    clock.advance(timedelta(minutes=1))
    before = int(db.scalar("SELECT max(seq) FROM events"))
    said: list[str] = []

    def desk() -> None:
        try:
            action()
            said.append("written")
        except VaultError as exc:
            said.append(user_text(exc))

    worker = threading.Thread(target=desk)
    with (
        _holding_at_the_turn(db) as turns,
        _dba_holding_the_log_row(pg_server, pg_database, db.org_id) as dba,
    ):
        worker.start()
        _deadlock(pg_server, pg_database, dba, db.org_id, turns.get(timeout=SAFETY_S))
        # Not "te druk" at once: the whole change again, waiting for the turn psql holds.
        _waits_for_a_lock(pg_server, pg_database, db.backend_pid, lambda: said[0] if said else None)
        dba.execute("COMMIT")
        turns.let_the_rest_pass()
        worker.join(SAFETY_S)

    assert said == ["written"]
    assert _events(svc, before) == kinds
    _whole(svc)


def test_two_desk_processes_a_deadlocked_catalogue_change_and_a_colleagues_youth_both_once(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    """The front desk adds a purpose to the catalogue and holds the turn; a DBA's psql holds
    the log row and wants the turn; a colleague's desk adds a youth and waits for the turn
    too. The front desk's try is ended in the deadlock; it tries again (after the colleague or
    before: either way once), psql finishes, and the catalogue change and the youth are each
    recorded once — not "te druk" for the front desk, not a doubled row for anyone."""
    svc, _, balie, collega, desks = team
    org = svc.vault.db.org_id
    front = Desk(balie, clock.now().isoformat())
    desks.append(front)
    other = Desk(collega, (clock.now() + timedelta(minutes=1)).isoformat())
    desks.append(other)
    front_pid, other_pid = _pid(front), _pid(other)
    before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))
    with _dba_holding_the_log_row(pg_server, pg_database, org) as dba:
        front.ask("purpose zorg hold-turn")
        assert front.said() == "holding", front.error()
        wants_turn = _wanting_the_turn(dba, org)
        _waits_for_a_lock(pg_server, pg_database, dba.info.backend_pid)
        other.ask("youth")
        _waits_for_a_lock(pg_server, pg_database, other_pid)  # the colleague waits for the turn
        front.ask("go")  # → the deadlock; the front desk's try is ended, psql gets the turn
        wants_turn.join(SAFETY_S)
        assert not wants_turn.is_alive()
        _waits_for_a_lock(pg_server, pg_database, front_pid, _desk_answered(front))
        dba.execute("COMMIT")
        assert front.said() == "written", front.error()
        assert other.said() == "written", other.error()
        front.finish()
        other.finish()

    assert sorted(_events(svc, before)) == ["purpose.added", "youth.added"]
    assert svc.vault.db.scalar("SELECT count(*) FROM purposes WHERE code = 'zorg'") == 1
    assert svc.vault.db.scalar("SELECT count(*) FROM youths") == 1
    _whole(svc)
