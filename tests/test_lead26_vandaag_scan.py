"""Vandaag's scan reads each youth's people in one statement and parses an unchanged item
row once (session 26: 2.2 s per commit at 4k youths, half of it one query per youth).

These hold the shortcuts to what the one-by-one reading gave: the same youth and current
representatives (an ended one left out, a youth without any kept), and every change to an
item seen on the next scan although its earlier row was parsed before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store import repo
from toestemming.store.people_batch import youths_with_reps_of_items
from toestemming.usecases.consent import ItemSpec


def _ask(service: Service, c: SimpleNamespace, youth_id: int, clock: FixedClock) -> Any:
    return service.consents.create_request(
        youth_id,
        [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))],
        valid_until=clock.today() + timedelta(days=365),
    )


def test_people_in_one_statement_are_the_people_one_by_one(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    two_parents = make_youth(14, parents=2)
    one_ended = make_youth(13, parents=2)
    alone = make_youth(17)
    no_items = make_youth(12, parents=1)
    for case in (two_parents, one_ended, alone):
        _ask(service, catalog, case.youth.id, clock)
    service.people.end_representative(one_ended.parents[0].id)
    db = service.context.db

    together = youths_with_reps_of_items(db, "s.valid_until >= ?", (clock.today().isoformat(),))

    assert set(together) == {two_parents.youth.id, one_ended.youth.id, alone.youth.id}
    assert no_items.youth.id not in together
    for youth_id, (youth, reps) in together.items():
        assert (youth, reps) == repo.youth_with_reps(db, youth_id)
    assert [r.id for r in together[one_ended.youth.id][1]] == [one_ended.parents[1].id]
    assert together[alone.youth.id][1] == []
    assert len(together[two_parents.youth.id][1]) == 2


def test_each_answer_is_seen_by_the_next_scan(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Both parents must say yes: after the mother's yes the item still waits, after the
    father's it is off the list — the row parsed on the first scans is not reused."""
    case = make_youth(14, parents=2)
    request = _ask(service, catalog, case.youth.id, clock)
    item = request.items[0].id

    def pending_requests() -> list[int]:
        return [w.request_id for w in service.worklists.open_requests().pending]

    assert pending_requests() == [request.id]
    mother, father = case.parents
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    assert pending_requests() == [request.id]
    service.consents.record_decisions(
        request.id, SignerRef.representative(father.id), {item: "yes"}, "desk"
    )
    assert pending_requests() == []
