"""Who had gezag on a day, in a log whose dates were put right (session 20, attack round 6).

Before: gezag_history found "the gezag changes after a moment" with a binary search on the
events' dates (event_seek.first_seq_from), which assumes the log is dated in order. A clock
that ran ahead and was put right (usecases/clock_right.py: `toestemming confirm-clock`) leaves
events dated in the future in front of events dated now. A court took the father's gezag on
Tuesday, but the laptop's clock said Thursday; the clock was put right an hour later. A "ja"
the father mailed on Wednesday, read on Friday, was then judged by the representatives "of
Wednesday" as the search happened to land: he was counted as a decider on a day he no longer
had gezag — and a full read of the dates would count him too (the change is dated Thursday).

Now: an event before a clock correction happened no later than the moment the worker stated
as right in it (the correction's own date); an event counts from the earlier of the two. The
father's Wednesday "ja" is refused; his Monday "ja" (when he had gezag) still counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, VaultError
from toestemming.model import ItemStatus, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _ahead_then_right(
    service: Service, clock: FixedClock, change: Callable[[], Any], after: int = 5
) -> Any:
    """Tuesday: `change` made while the laptop's clock runs two days ahead; put right an hour
    later and stated ("de klok klopt nu"); the week goes on (`after` youths: where a binary
    search on the dates lands depends on the log's length); then it is Friday."""
    tuesday = clock.now() + timedelta(days=1)
    clock.set(tuesday + timedelta(days=2))
    done = change()
    clock.set(tuesday + timedelta(hours=1))
    with pytest.raises(VaultError):
        service.people.add_youth(given_name="Ander", family_name="Kind", birth_date="01-01-2012")
    assert service.clock_right.confirm() is not None
    for n in range(after):
        clock.advance(timedelta(hours=3))
        service.people.add_youth(given_name=f"Kind{n}", family_name="X", birth_date="01-01-2012")
    clock.set(tuesday + timedelta(days=3))
    return done


def _story(
    service: Service,
    c: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    after: int = 5,
) -> tuple[int, int, Any, dict[str, Any]]:
    case = make_youth(14, parents=2, given_name="Mo")
    mo, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        mo.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    monday = clock.now()
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "email"
    )
    # Tuesday the court's order (the mother alone), while the laptop's clock says Thursday.
    _ahead_then_right(service, clock, lambda: service.people.set_gezag(father.id, False), after)
    days = {"monday": monday, "wednesday": monday + timedelta(days=2, hours=3)}
    return request.id, item, SignerRef.representative(father.id), days


# How many events follow the correction decides where a binary search on the dates lands.
@pytest.mark.parametrize("after", [0, 5, 12])
def test_the_fathers_no_of_wednesday_is_refused_after_a_clock_put_right(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    after: int,
) -> None:
    request_id, item, dad, days = _story(service, catalog, make_youth, clock, after)
    before = service.vault.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request_id, dad, {item: "no"}, "email", decided_at=days["wednesday"]
        )
    assert service.vault.db.scalar("SELECT count(*) FROM events") == before
    assert service.consents.item_status(item, days["wednesday"]).status == ItemStatus.GIVEN


def test_the_fathers_yes_of_monday_still_counts_after_a_clock_put_right(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    request_id, item, dad, days = _story(service, catalog, make_youth, clock)
    service.consents.record_decisions(
        request_id, dad, {item: "yes"}, "email", decided_at=days["monday"]
    )
    assert service.consents.item_status(item, days["monday"]).status == ItemStatus.GIVEN
    assert service.replay().ok and service.integrity_problems() == []


def test_a_father_registered_with_gezag_while_the_clock_ran_ahead_decides_on_wednesday(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Noor (13): only her mother had gezag and said yes on Monday. Tuesday the court gives
    her father gezag too and the desk registers him (the clock says Thursday). His "nee" of
    Wednesday, read on Friday, is his to give: recorded, and Wednesday is no longer covered."""
    c = catalog
    case = make_youth(13, parents=1, given_name="Noor")
    noor, mother = case.youth, case.parents[0]
    request = service.consents.create_request(
        noor.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    monday = clock.now()
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "email"
    )
    father = _ahead_then_right(
        service,
        clock,
        lambda: service.people.add_representative(noor.id, "Vader van Noor", "parent", True),
    )
    wednesday = monday + timedelta(days=2, hours=3)
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(father.id),
        {item: "no"},
        "email",
        decided_at=wednesday,
    )
    assert service.consents.item_status(item, wednesday).status != ItemStatus.GIVEN
    assert service.consents.item_status(item, monday).status == ItemStatus.GIVEN


def test_a_voogd_whose_voogdij_ended_while_the_clock_ran_ahead_no_longer_decides(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Jayden (14) had a voogd (seed 002). Tuesday the voogdij ends (the clock says
    Thursday). A "ja" from the voogd dated Wednesday, read on Friday, is refused."""
    c = catalog
    jayden = make_youth(14, given_name="Jayden").youth
    voogd = service.people.add_representative(
        jayden.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    request = service.consents.create_request(
        jayden.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    monday = clock.now()
    _ahead_then_right(service, clock, lambda: service.people.end_representative(voogd.id))
    wednesday = monday + timedelta(days=2, hours=3)
    before = service.vault.db.scalar("SELECT count(*) FROM events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id,
            SignerRef.representative(voogd.id),
            {item: "yes"},
            "email",
            decided_at=wednesday,
        )
    assert service.vault.db.scalar("SELECT count(*) FROM events") == before
    # On Monday the voogdij still ran: his yes of that day counts.
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(voogd.id),
        {item: "yes"},
        "email",
        decided_at=monday,
    )
    assert service.consents.item_status(item, monday).status == ItemStatus.GIVEN
