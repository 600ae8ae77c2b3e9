"""Session 17 (multi20): a desk frozen in the middle of a write on the team server.

The organisation's first worker is the admin login team-setup made (docs/TEAM_SERVER.md);
workers' roles made by `team-worker add` end a transaction left idle after 2 minutes, that
login did not. Its laptop closed in the middle of a write (the process frozen: SIGSTOP) kept
the organisation's write turn: every colleague heard "ongewoon lang … niets gewijzigd" at
every write until TCP noticed the dead peer — hours (seen before the fix: the colleague's
write refused after the 15 s lock wait). Now every desk's own line caps it
(pg.IDLE_IN_TRANSACTION_MS, shortened here): the server ends the frozen transaction, the
colleague's write goes through; the frozen desk, woken, wrote nothing half; its change,
surely not kept, is made once more on a new line (multi23: a cut before COMMIT is retried
once), after the colleague's, and its next action works."""

from __future__ import annotations

import os
import signal

from test_attack_s15_team_desks import (
    Desk,
    _events,
    _whole,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)

from toestemming.clock import FixedClock


def test_a_frozen_admin_desk_holding_the_write_turn_does_not_lock_colleagues_out(
    team,  # noqa: F811
    clock: FixedClock,
) -> None:
    svc, admin, balie, _, desks = team
    before = int(svc.vault.db.scalar("SELECT max(seq) FROM events"))
    frozen = Desk(admin, clock.now().isoformat())  # (the organisation's first worker)
    colleague = Desk(balie, clock.now().isoformat())
    desks += [frozen, colleague]
    frozen.ask("idle 1000")  # (2 minutes in the product)
    assert frozen.said() == "idle", frozen.error()
    frozen.ask("purpose zorg hold-turn")
    assert frozen.said() == "holding", frozen.error()
    os.kill(frozen.proc.pid, signal.SIGSTOP)  # the laptop's lid closed mid-write
    try:
        colleague.ask("youth")
        assert colleague.said() == "written", colleague.error()
    finally:
        os.kill(frozen.proc.pid, signal.SIGCONT)
    frozen.ask("go")  # (woken: it goes on with its write)
    said = frozen.said()
    if not said:
        frozen.proc.wait(30)
    # Its line was cut before COMMIT (the server ended the frozen transaction): nothing of it
    # was kept, so since session 20 (multi23) the change is made once more on a new line.
    assert said == "written", (said, frozen.error())
    frozen.ask("count")
    assert frozen.said() == "count 1", frozen.error()
    frozen.finish()
    colleague.finish()
    assert _events(svc, before) == ["worker.added", "youth.added", "purpose.added"]
    _whole(svc)
