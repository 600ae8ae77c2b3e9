"""From 16 the young person decides; what the parents gave before stays in force until she
re-confirms it — but only what those who held gezag ON THE EVE of her 16th birthday gave.

review35 found the eve judged by TODAY's representatives: a father who never answered and
was ended after her birthday dropped out of "both must say yes", so the mother's half yes
became a consent that "Mag ik delen?" allowed; and a father who got gezag after her birthday
was counted in, so the mother's full yes (she alone held gezag then) was lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from casus_parents import parents_answered

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, RepresentativeRole, SignerRef
from toestemming.rules import sixteenth_birthday
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _past_16(clock: FixedClock, youth: Any) -> None:
    birthday = sixteenth_birthday(youth.birth_date)
    clock.advance(timedelta(days=(birthday - clock.today()).days + 3))


def _may_share(service: Service, c: SimpleNamespace, youth_id: int) -> bool:
    return service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id]).allowed


def test_a_silent_father_ended_after_her_birthday_leaves_no_yes(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    o = parents_answered(service, c, make_youth, clock, age=15, name="Lis", answers=("yes", None))
    _past_16(clock, o.youth)
    assert service.consents.item_status(o.item).status == ItemStatus.REQUESTED
    clock.advance(timedelta(days=30))
    service.people.end_representative(o.father.id)
    clock.advance(timedelta(days=1))

    status = service.consents.item_status(o.item)
    assert status.status == ItemStatus.REQUESTED
    assert not status.needs_reconfirmation
    assert not _may_share(service, c, o.youth.id)
    assert o.item not in [w.item_id for w in service.worklists.needs_reconfirmation()]


def test_nobody_who_held_gezag_on_the_eve_agreed(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The father said yes, then lost gezag; the mother, alone with it, never answered.
    After 16 the father gets gezag back and the mother is ended: still no yes to carry."""
    c = catalog
    o = parents_answered(service, c, make_youth, clock, age=15, name="Ivo", answers=(None, "yes"))
    clock.advance(timedelta(days=10))
    service.people.set_gezag(o.father.id, False)
    _past_16(clock, o.youth)
    service.people.set_gezag(o.father.id, True)
    service.people.end_representative(o.mother.id)
    clock.advance(timedelta(days=1))

    status = service.consents.item_status(o.item)
    assert status.status == ItemStatus.REQUESTED
    assert not _may_share(service, c, o.youth.id)


def test_a_father_registered_after_her_birthday_takes_no_yes_away(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The mother alone held gezag at 15 and said yes; a father registered with gezag after
    the birthday was never asked then: her yes still holds until the young person re-confirms."""
    c = catalog
    case = make_youth(15, parents=1, given_name="Mae")
    request = service.consents.create_request(
        case.youth.id,
        [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))],
        valid_until=clock.today() + timedelta(days=3 * 365),
    )
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(case.parents[0].id), {item: "yes"}, "desk"
    )
    _past_16(clock, case.youth)
    clock.advance(timedelta(days=30))
    service.people.add_representative(case.youth.id, "Vader", RepresentativeRole.PARENT, True)
    clock.advance(timedelta(days=1))

    status = service.consents.item_status(item)
    assert status.status == ItemStatus.GIVEN
    assert status.needs_reconfirmation
    assert _may_share(service, c, case.youth.id)
    assert item in [w.item_id for w in service.worklists.needs_reconfirmation()]
