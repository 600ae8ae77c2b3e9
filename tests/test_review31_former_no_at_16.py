"""cases24 × the reconfirmation at 16 (review31).

cases24: Yara (15) — mother "ja", father "nee", both with gezag: conflicting. The court gives
the mother sole gezag: the father's "nee" stands, the item stays conflicting and "Mag ik
delen?" says no. But on Yara's 16th birthday, before she says anything herself, the rules look
back at the parents' decisions to ask her to re-confirm them — and there cases24's rule was not
applied: only the mother's old "ja" counted, the item read "gegeven (Yara moet bevestigen)"
and "Mag ik delen?" said yes. A birthday erased the father's "nee". Now the no still stands
until Yara decides herself; her own "ja" then counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

from conftest import birth_date_turning_16_in

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_the_fathers_no_still_stands_when_yara_turns_16(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case = make_youth(15, parents=2, birth_date=birth_date_turning_16_in(clock.today(), 60))
    yara, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        yara.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    for parent, answer in ((mother, "yes"), (father, "no")):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {item: answer}, "desk"
        )
        clock.advance(timedelta(hours=2))
    clock.advance(timedelta(days=20))
    service.people.set_gezag(father.id, False)

    def may() -> bool:
        return service.sharing.may_share(yara.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed

    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    assert not may()
    clock.advance(timedelta(days=60))  # Yara is 16 now, and has not answered herself
    status = service.consents.item_status(item)
    assert status.status == ItemStatus.CONFLICTING, status
    assert not status.needs_reconfirmation
    assert not may()
    # Yara decides herself now: her own "ja" counts.
    service.consents.record_decisions(request.id, SignerRef.youth(yara.id), {item: "yes"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert may()
