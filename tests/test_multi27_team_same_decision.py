"""Multi27: two desks record the SAME answer on one item at the same moment.

Sara's "ja" is entered at the front desk while a colleague enters the same "ja" from her
letter. Each desk is a real process on the team server; the front desk holds the write turn
with its rows written, the colleague's desk waits for it. One "ja" is recorded — one decision
row, one `decisions.recorded` — and the other desk is told so plainly in Dutch; it never writes
a second decision (a proof that lists the answer twice) or a withdrawal."""

from __future__ import annotations

from datetime import timedelta

from team_support import sara_request
from test_attack_s15_team_desks import (
    Desk,
    _decisions,
    _events,
    _last_seq,
    _whole,
    _worker_id,
    team,  # noqa: F401 (the fixture: an admin, two desk workers, their processes ended after)
)

from toestemming.clock import FixedClock


def test_the_same_yes_entered_at_two_desks_at_once_is_recorded_once(
    team,  # noqa: F811 (the fixture imported above)
    clock: FixedClock,
) -> None:
    svc, _, balie, collega, desks = team
    request, item, youth = sara_request(svc, clock.today())
    now = clock.now()
    front = Desk(balie, now.isoformat())
    desks.append(front)
    other = Desk(collega, (now + timedelta(minutes=1)).isoformat())
    desks.append(other)
    before = _last_seq(svc)

    front.ask(f"decide {request} {youth} {item} yes hold")
    assert (front.said(), front.said()) == ("turn", "inside"), front.error()
    other.ask(f"decide {request} {youth} {item} yes")
    assert other.said() == "turn"  # it asks for the turn while the front desk holds it
    front.ask("go")
    assert front.said() == "written", front.error()
    second = other.said()
    front.finish()
    other.finish()

    assert _decisions(svc, item) == [("yes", _worker_id(svc, "Balie Medewerker"))], second
    kinds = _events(svc, before)
    assert kinds.count("decisions.recorded") == 1, (kinds, second)
    assert "withdrawal.recorded" not in kinds
    assert second.startswith("refused "), second
    said = second.removeprefix("refused ")
    assert said.startswith("Niets vastgelegd") and "Sara" not in said, said
    _whole(svc)
