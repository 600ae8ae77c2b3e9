"""Session 18 (multi21): the team server restarted (a power cut, `pg_ctl restart -m immediate`)
while two desks are in the middle of writing: one holds the organisation's write turn with its
decision half written, the other waits for that turn with its own decision.

Session 15 restarted the server under one desk. With two, the waiting desk's line is cut while
its BEGIN and turn request are on the server (nothing of it written yet), the holding desk's
while its rows are written but not committed. Whatever the order they come back in: the
holder's change, surely not kept, is made again once on a new line (session 20; before, it was
"niet opgeslagen" and the worker did it again by hand), the waiter's
decision is recorded exactly once — not lost on the cut line, not doubled by a second try —
and the log is one whole chain whose order is the order of the state."""

from __future__ import annotations

from datetime import timedelta

from team_support import sara_request
from test_attack_s15_team_desks import (
    Desk,
    _decisions,
    _events,
    _last_seq,
    _waits_for_a_lock,
    _whole,
    _worker_id,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)

from toestemming.clock import FixedClock
from toestemming.usecases.consent import ItemSpec


def test_a_restart_while_one_desk_holds_the_turn_and_one_waits_loses_and_doubles_nothing(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
    pg_database,
) -> None:
    svc, _, balie, collega, desks = team
    request, item, youth = sara_request(svc, clock.today())
    bram = svc.people.add_youth(given_name="Bram", family_name="Vast", birth_date="2009-03-03")
    shown = svc.consents.request(request).items[0]
    spec = ItemSpec(shown.purpose.id, shown.recipient.id, tuple(x.id for x in shown.categories))
    second = svc.consents.create_request(bram.id, [spec])
    other_item = second.items[0].id
    now = clock.now()
    holder = Desk(balie, now.isoformat())
    waiter = Desk(collega, (now + timedelta(minutes=1)).isoformat())
    desks += [holder, waiter]
    before = _last_seq(svc)

    holder.ask(f"decide {request} {youth} {item} yes hold")
    assert (holder.said(), holder.said()) == ("turn", "inside"), holder.error()
    waiter.ask("pid")
    pid = int(waiter.said().split()[1])
    waiter.ask(f"decide {second.id} {bram.id} {other_item} no")
    assert waiter.said() == "turn", waiter.error()
    _waits_for_a_lock(pg_server, pg_database, pid)

    pg_server.restart(crash=True)

    said = waiter.said()  # its turn request was cut: made again on a new line, then written
    assert said == "written", (said, waiter.error())
    holder.ask("go")
    # Its rows were on the cut line, never committed: made again once on a new line
    # (session 20, store/turns.py PgLineCutNothingKept; before: "niet opgeslagen").
    said = holder.said()  # ("turn" is said for a desk's first try only)
    assert said == "written", (said, holder.error())
    holder.finish()
    waiter.finish()

    ids = (_worker_id(svc, "Balie Medewerker"), _worker_id(svc, "Collega Medewerker"))
    assert _decisions(svc, item) == [("yes", ids[0])]
    assert _decisions(svc, other_item) == [("no", ids[1])]
    kinds = _events(svc, before)
    assert kinds.count("decisions.recorded") == 2  # one each: nothing lost, nothing doubled
    # Log order == state order: the event of each decision row lists it, in id order.
    rows = svc.vault.db.query(
        "SELECT d.id, e.seq FROM decisions d JOIN events e ON e.kind = 'decisions.recorded' "
        "AND e.actor = d.worker_id WHERE d.item_id IN (?, ?) ORDER BY d.id",
        (item, other_item),
    )
    seqs = [int(r[1]) for r in rows]
    assert seqs == sorted(seqs)
    assert svc.consents.item_status(item).status.value == "given"
    _whole(svc)


def test_a_change_lost_in_a_crash_is_not_called_saved_when_a_colleague_wrote_first_after_it(
    team,  # noqa: F811
    clock: FixedClock,
    pg_server,
) -> None:
    """The server's power is cut while the front desk's "ja" is written but not committed.
    After the restart a colleague saves first (the server hands her transaction the id the
    lost one had: its work never reached the disk). The front desk's COMMIT finds its line
    cut and asks the server what became of its id: "committed" — her colleague's. Before:
    the front desk said the "ja" was saved; it was not there. Now: not saved, so made again
    once on a new line (session 20), and recorded once."""
    svc, _, balie, collega, desks = team
    request, item, youth = sara_request(svc, clock.today())
    now = clock.now()
    front = Desk(balie, now.isoformat())
    colleague = Desk(collega, (now + timedelta(minutes=1)).isoformat())
    desks += [front, colleague]
    before = _last_seq(svc)

    front.ask(f"decide {request} {youth} {item} yes hold")
    assert (front.said(), front.said()) == ("turn", "inside"), front.error()
    pg_server.restart(crash=True)
    colleague.ask("youth")
    assert colleague.said() == "written", colleague.error()
    front.ask("go")
    # Not saved (the id's "committed" is the colleague's: her event, not ours, at our seq),
    # so surely not kept: made again once on a new line (session 20; before: "niet
    # opgeslagen", and the worker made it again by hand). Recorded once, not twice.
    said = front.said()
    assert said == "written", (said, front.error())
    front.finish()
    colleague.finish()
    assert _decisions(svc, item) == [("yes", _worker_id(svc, "Balie Medewerker"))]
    assert _events(svc, before).count("decisions.recorded") == 1
    _whole(svc)
