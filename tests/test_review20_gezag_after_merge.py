"""review20: gezag at a past moment after two records of one youth were merged.

gezag_history rebuilds who had gezag *then* from the logged `representative.gezag` events,
picked out by the youth id in the event. Merging duplicates (usecases/duplicates.py) moves a
representative to the kept record; their gezag events still name the removed record's id. So
after a merge those changes were not found: the representative counted with today's gezag at
every past moment — a father who got gezag only last week could answer "ja" for a day when he
had none (read late, with its date), and that "ja" was recorded as a decider's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_a_fathers_yes_from_before_his_gezag_is_refused_after_a_merge(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Noor (13) was registered twice. On the record with her request her mother has gezag;
    on the duplicate her father was added without gezag. A week later a court gives him gezag
    (ticked on the duplicate); then the worker merges the two records. His mailed "ja" dated
    before that ruling is no decider's answer — as it is without the merge."""
    c = catalog
    case = make_youth(13, parents=1, given_name="Noor", family_name="Bakker")
    noor = case.youth
    request = service.consents.create_request(
        noor.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    twin = make_youth(13, given_name="Noor", family_name="Bakker", birth_date=noor.birth_date)
    father = service.people.add_representative(twin.youth.id, "Vader van Noor", "parent", False)
    clock.advance(timedelta(days=1))
    before_ruling = clock.now()
    clock.advance(timedelta(days=6))
    service.people.set_gezag(father.id, True)
    clock.advance(timedelta(days=1))
    kept = service.duplicates.merge(noor.id, twin.youth.id)
    assert kept.id == noor.id

    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            request.id,
            SignerRef.representative(father.id),
            {item: "yes"},
            "email",
            decided_at=before_ruling,
        )
    # on that day the mother alone decided: her answer still waits
    assert service.consents.item_status(item, before_ruling).status == ItemStatus.REQUESTED


def test_a_sharing_dated_after_a_parent_stopped_representing_needs_only_the_other(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Sem (13), both parents with gezag, both must agree. His mother said yes; his father
    never answered, and then stopped representing him (the desk ended it). A sharing of the
    day after, recorded late with its date, is covered by the mother's yes alone: on that day
    she was the only representative. (A representation that ended before the moment must not
    count: with the end ignored, the father's missing answer refused this sharing.)"""
    c = catalog
    case = make_youth(13, parents=2, given_name="Sem")
    sem, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        sem.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(days=5))
    service.people.end_representative(father.id)
    clock.advance(timedelta(days=1))
    shared_on = clock.now()
    clock.advance(timedelta(days=1))

    assert service.consents.item_status(item, shared_on).status == ItemStatus.GIVEN
    late = service.sharing.record_disclosure(
        sem.id, c.uwv.id, c.werk.id, [c.contact.id], disclosed_at=shared_on
    )
    assert late.item_id == item
