"""Rules live once: what the screens offer (who may withdraw, what "the whole request" takes
along, which items can still be answered) is the core's answer, and it is exactly what the
core then accepts or refuses. A hurried worker picks every person the screen lists and some it
does not list."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.rules import may_answer
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _request(service: Service, catalog: SimpleNamespace, youth_id: int, n: int) -> Any:
    specs = [
        ItemSpec(purpose.id, catalog.uwv.id, (catalog.contact.id,))
        for purpose in (catalog.werk, catalog.stage, catalog.leerplicht)[:n]
    ]
    return service.consents.create_request(youth_id, specs)


@pytest.mark.parametrize("age, parents", [(9, 2), (13, 2), (15, 1), (16, 2), (17, 0), (19, 1)])
def test_who_may_withdraw_is_what_the_core_accepts(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    age: int,
    parents: int,
) -> None:
    case = make_youth(age, parents)
    request = _request(service, catalog, case.youth.id, 1)
    item_id = request.items[0].id
    choices = service.withdrawals.choices(item_id)
    everyone = [SignerRef.youth(case.youth.id)] + [
        SignerRef.representative(p.id) for p in case.parents
    ]
    assert choices.signers, "somebody may always withdraw here"
    assert set(choices.signers) <= set(everyone)
    for ref in everyone:
        if ref in choices.signers:
            service.withdrawals.prepare([item_id], ref, "desk")  # accepted: no exception
        else:
            with pytest.raises(RuleViolation):
                service.withdrawals.prepare([item_id], ref, "desk")
    if age >= 16:  # from 16 the youth always may, also with parents listed
        assert SignerRef.youth(case.youth.id) in choices.signers


def test_the_whole_request_takes_the_items_a_withdrawal_changes(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    case = make_youth(17)
    me = SignerRef.youth(case.youth.id)
    request = _request(service, catalog, case.youth.id, 3)
    given, refused, open_ = (i.id for i in request.items)
    service.consents.record_decisions(request.id, me, {given: "yes", refused: "no"}, "desk")

    assert service.withdrawals.choices(given).item_ids == (given, open_)
    # The refused item itself can be withdrawn (the core accepts it), but it is not taken
    # along by "the whole request" of another item.
    assert service.withdrawals.choices(refused).item_ids == (given, refused, open_)

    service.withdrawals.withdraw([given], me, "desk")
    assert service.withdrawals.choices(open_).item_ids == (open_,)
    with pytest.raises(RuleViolation):  # the core refuses what the screen no longer offers
        service.withdrawals.withdraw([given], me, "desk")


def test_may_answer_is_what_record_decisions_applies(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    case = make_youth(17)
    me = SignerRef.youth(case.youth.id)
    request = _request(service, catalog, case.youth.id, 2)
    first, second = (i.id for i in request.items)
    service.consents.record_decisions(request.id, me, {first: "yes"}, "desk")
    service.withdrawals.withdraw([first], me, "desk")
    views = {v.item_id: v.status.status for v in service.consents.items_for_youth(case.youth.id)}
    assert views[first] == ItemStatus.WITHDRAWN and not may_answer(views[first])
    assert views[second] == ItemStatus.REQUESTED and may_answer(views[second])
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(request.id, me, {first: "yes"}, "desk")
    service.consents.record_decisions(request.id, me, {second: "no"}, "desk")  # accepted
    for status in ItemStatus:
        closed = status in {
            ItemStatus.WITHDRAWN,
            ItemStatus.REVOKED,
            ItemStatus.INVALIDATED,
            ItemStatus.SUPERSEDED,
            ItemStatus.EXPIRED,
        }
        assert may_answer(status) is not closed, status


@pytest.mark.parametrize("age, offered", [(10, True), (15, True), (17, False), (19, False)])
def test_adding_a_representative_is_offered_only_where_it_unblocks(
    service: Service, make_youth: Callable[..., Any], age: int, offered: bool
) -> None:
    """The request dialog shows "add a parent" when the core says so (needs_representative),
    never from an age limit of its own."""
    case = make_youth(age, 0)
    req = service.consents.who_must_decide(case.youth.id)
    assert req.needs_representative is offered  # under 16 without gezag: blocked
    assert (req.blocked_reason is not None) is offered
