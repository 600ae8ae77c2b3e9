"""Rows recorded by a clock that ran ahead, judged by a real clock (session 21, attack round 7).

Before: s20 capped a row's date by a later clock correction (event_seek.row_moment) only when
an event of the row's kind was dated *exactly* like the row. A test's FixedClock gives both one
date; a real clock is asked again when the event is dated, microseconds later. On a real desk
the cap never applied: a court took the father's gezag on Tuesday while the laptop said
Thursday, the clock was put right, and his "nee" of Wednesday still counted. And the status
rules read the row dates of decisions, withdrawals and item actions as the clock gave them: a
withdrawal recorded on Tuesday (clock: Thursday) left a sharing of Wednesday "covered"; a
desk "ja" of Tuesday did not cover Wednesday's sharing; a revoke of Tuesday did not stop it.

Now: the row's own event is found from its date up to a few minutes later and by the row's id
in the event (never another row's event), and every row the status rules read counts no later
than the correction that followed it (repo.item_histories(judged=True) → event_seek.capped_rows)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import START
from test_attack_s20_gezag_clock_corrected import (
    _ahead_then_right,
)
from test_attack_s20_gezag_clock_corrected import (
    test_a_voogd_whose_voogdij_ended_while_the_clock_ran_ahead_no_longer_decides as _voogd,
)

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


class TickingClock(FixedClock):
    """A clock as a real one behaves inside a write: each reading is a little later (the row
    is dated, then its event); set() and advance() move it as a worker's laptop clock."""

    def now(self) -> datetime:
        now = super().now()
        self.advance(timedelta(microseconds=37))
        return now


@pytest.fixture
def clock() -> FixedClock:
    return TickingClock(START)


def _request(service: Service, c: SimpleNamespace, make_youth: Callable[..., Any]) -> Any:
    case = make_youth(13, parents=1, given_name="Noor")
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    return case, request, request.items[0].id


def _given(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[Any, Any, int, SignerRef, datetime]:
    """Noor's request, her mother's "ja" at the desk on Monday (the moment before it)."""
    case, request, item = _request(service, c, make_youth)
    monday = clock.now()
    mine = SignerRef.representative(case.parents[0].id)
    service.consents.record_decisions(request.id, mine, {item: "yes"}, "desk")
    return case, request, item, mine, monday


def _share_on(service: Service, c: SimpleNamespace, youth_id: int, moment: datetime) -> Any:
    return service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id], at=moment)


# s20's voogd story, here on the ticking clock of this module (its `clock` fixture).
test_a_voogd_whose_voogdij_ended_tuesday_no_longer_decides_on_a_real_clock = _voogd


def test_a_father_registered_tuesday_decides_on_wednesday_on_a_real_clock(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Noor's father gets gezag on Tuesday and is registered (the laptop says Thursday; put
    right). His "nee" of Wednesday is his to give: Wednesday is no longer covered."""
    c = catalog
    case, request, item = _request(service, c, make_youth)
    monday = clock.now()
    service.consents.record_decisions(
        request.id, SignerRef.representative(case.parents[0].id), {item: "yes"}, "email"
    )
    father = _ahead_then_right(
        service,
        clock,
        lambda: service.people.add_representative(case.youth.id, "Vader", "parent", True),
    )
    dad = SignerRef.representative(father.id)
    service.consents.record_decisions(
        request.id, dad, {item: "no"}, "email", decided_at=monday + timedelta(days=2)
    )
    assert service.consents.item_status(item, monday + timedelta(days=2)).status != (
        ItemStatus.GIVEN
    )
    assert service.consents.item_status(item, monday + timedelta(hours=1)).status == (
        ItemStatus.GIVEN
    )


def test_a_sharing_of_wednesday_is_refused_after_tuesdays_withdrawal_on_a_real_clock(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case, _, item, mine, monday = _given(service, c, make_youth, clock)
    _ahead_then_right(service, clock, lambda: service.withdrawals.withdraw([item], mine, "desk"))
    wednesday = monday + timedelta(days=2)
    assert not _share_on(service, c, case.youth.id, wednesday).allowed
    assert service.consents.item_status(item, wednesday).status == ItemStatus.WITHDRAWN
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(
            case.youth.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=wednesday
        )
    # Monday's sharing stays covered (what was lawful then stays lawful).
    assert _share_on(service, c, case.youth.id, monday + timedelta(hours=1)).allowed


def test_a_desk_yes_of_tuesday_covers_wednesdays_sharing(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The mother signs "ja" at the desk on Tuesday (the laptop says Thursday); the sharing
    of Wednesday, recorded on Friday, is covered by it — not refused as "before the consent"."""
    c = catalog
    case, request, item = _request(service, c, make_youth)
    monday = clock.now()
    mine = SignerRef.representative(case.parents[0].id)
    _ahead_then_right(
        service,
        clock,
        lambda: service.consents.record_decisions(request.id, mine, {item: "yes"}, "desk"),
    )
    wednesday = monday + timedelta(days=2)
    assert _share_on(service, c, case.youth.id, wednesday).allowed
    service.sharing.record_disclosure(
        case.youth.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=wednesday
    )
    # On Monday she had not said yes yet.
    assert not _share_on(service, c, case.youth.id, monday + timedelta(hours=1)).allowed


def test_a_revoke_of_tuesday_stops_wednesdays_sharing(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case, _, item, _mine, monday = _given(service, c, make_youth, clock)
    _ahead_then_right(
        service,
        clock,
        lambda: service.consents.act_on_item(item, "revoke", "Traject is afgelopen."),
    )
    wednesday = monday + timedelta(days=2)
    assert service.consents.item_status(item, wednesday).status == ItemStatus.REVOKED
    assert not _share_on(service, c, case.youth.id, wednesday).allowed


def test_a_later_row_of_the_right_clock_is_not_pulled_back(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Only the rows written before the correction move: a withdrawal made after it, two days
    later at the very hour the wrong clock gave Tuesday's rows, keeps its own moment."""
    c = catalog
    case, request, item = _request(service, c, make_youth)
    other = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,))]
    )
    mine = SignerRef.representative(case.parents[0].id)
    service.consents.record_decisions(request.id, mine, {item: "yes"}, "desk")
    service.consents.record_decisions(other.id, mine, {other.items[0].id: "yes"}, "desk")
    ahead = clock.now() + timedelta(days=3)  # Thursday, as the wrong clock said on Tuesday
    _ahead_then_right(service, clock, lambda: service.withdrawals.withdraw([item], mine, "desk"))
    clock.set(ahead)
    service.withdrawals.withdraw([other.items[0].id], mine, "desk")
    just_before = ahead - timedelta(minutes=1)
    assert service.consents.item_status(other.items[0].id, just_before).status == (ItemStatus.GIVEN)


def test_a_proof_of_the_corrected_withdrawal_still_verifies(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The status rules judge by the capped moment; the proof prints the rows as the log
    recorded them (a capped date in the receipt read as forged: "termination past niet")."""
    c = catalog
    case, request, item = _request(service, c, make_youth)
    mine = SignerRef.representative(case.parents[0].id)
    service.consents.record_decisions(request.id, mine, {item: "yes"}, "desk")
    _ahead_then_right(service, clock, lambda: service.withdrawals.withdraw([item], mine, "desk"))
    path = service.forms.proof.export_request(request.id, tmp_path / "noor.tbewijs")
    report = verify(path, expected_key=service.public_key, clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_statuses_after_a_correction_do_not_search_the_log_per_row(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After one correction every row written later is newer than it: judging each by a
    binary search of the log (s20's way) made a worklist of a large vault read the log per
    row, forever after. Now the rows the clock wrote ahead are found once per open vault."""
    c = catalog
    case, request, item = _request(service, c, make_youth)
    mine = SignerRef.representative(case.parents[0].id)
    _ahead_then_right(
        service,
        clock,
        lambda: service.consents.record_decisions(request.id, mine, {item: "yes"}, "desk"),
        after=20,
    )
    for _ in range(5):  # rows of the right clock, after the correction
        other = service.consents.create_request(
            case.youth.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,))]
        )
        service.consents.record_decisions(other.id, mine, {other.items[0].id: "yes"}, "desk")
    service.consents.items_for_youth(case.youth.id)  # (the map is made here)
    db = service.vault.db
    point_reads: list[str] = []
    original = db.scalar

    def counted(sql: str, *args: Any) -> Any:
        if sql.startswith("SELECT at FROM events WHERE seq"):  # (a binary search step)
            point_reads.append(sql)
        return original(sql, *args)

    monkeypatch.setattr(db, "scalar", counted)
    views = service.consents.items_for_youth(case.youth.id)
    assert len(views) == 6 and all(v.status.status == ItemStatus.GIVEN for v in views)
    assert point_reads == []
