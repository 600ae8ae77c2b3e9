"""A voogd (a gecertificeerde instelling) takes over from the parents after data went out.

Seed 002 (jeugdbescherming): a court can end the parents' gezag and make a gecertificeerde
instelling (GI) the voogd. DOMAIN.md rule 3: under 16 "each parent with gezag, or the voogd"
decides; rule 4: withdrawal "by any channel that could give consent", sharing before it stays
lawful, and "recipients that already received data must be told (AVG art. 19)".
Session 16 settled that from the day the voogd has gezag, the parents' "ja" no longer carries
new sharing: the voogd decides (test_casussen_s16_gezag_history.py). But the voogd's "nee"
to a consent the parents gave and under which the UWV already got data was booked as a plain
refusal: the UWV, holding the child's data on a consent that nobody with gezag stands behind
any more, was on nobody's list to be told. Now it is the voogd's withdrawal, like the other
parent's "nee" after sharing where one parent sufficed (take_back.reconfirmation_refusals).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _parents_said_yes_and_uwv_got_data(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> tuple[Any, int, int, Any]:
    case = make_youth(13, parents=2, given_name="Sem")
    sem, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        sem.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,)),
        ],
    )
    uwv, gemeente = (i.id for i in request.items)
    for parent in (mother, father):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {uwv: "yes", gemeente: "yes"}, "desk"
        )
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(sem.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=20))
    # The court's decision: the parents lose gezag, the GI becomes voogd.
    service.people.end_representative(mother.id)
    service.people.end_representative(father.id)
    voogd = service.people.add_representative(
        sem.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    clock.advance(timedelta(days=1))
    return sem, uwv, gemeente, voogd


def test_the_voogds_no_to_what_the_parents_gave_after_sharing_is_a_withdrawal(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """Sem (13): both parents said yes to the UWV and the gemeente; the UWV got his contact
    data. Three weeks later a GI becomes his voogd and mails "nee" to both. For the UWV that
    ends the consent that carried the sharing: withdrawn by the voogd, the UWV on the list to
    be told. The gemeente got nothing: there it is simply the voogd's "nee"."""
    c = catalog
    sem, uwv, gemeente, voogd = _parents_said_yes_and_uwv_got_data(service, c, make_youth, clock)
    assert service.consents.item_status(uwv).status == ItemStatus.REQUESTED  # voogd to answer
    request_id = int(
        service.vault.db.scalar("SELECT request_id FROM consent_items WHERE id = ?", (uwv,))
    )
    said = service.consents.record_decisions(
        request_id, SignerRef.representative(voogd.id), {uwv: "no", gemeente: "no"}, "email"
    )
    assert len(list(said.withdrawal_ids)) == 1
    assert service.consents.item_status(uwv).status == ItemStatus.WITHDRAWN
    assert service.consents.item_status(gemeente).status == ItemStatus.REFUSED
    (to_tell,) = service.worklists.withdrawals_to_notify()
    assert to_tell.item_id == uwv
    wid = int(service.vault.db.scalar("SELECT id FROM withdrawals WHERE item_id = ?", (uwv,)))
    assert [r.name for r in service.withdrawals.recipients_to_notify(wid)] == ["UWV"]
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(sem.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert service.replay().ok and service.integrity_problems() == []


def test_the_voogds_yes_carries_on_and_nothing_is_withdrawn(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    """The same, but the voogd agrees: given again, sharing goes on, nobody to tell."""
    c = catalog
    sem, uwv, _gemeente, voogd = _parents_said_yes_and_uwv_got_data(service, c, make_youth, clock)
    request_id = int(
        service.vault.db.scalar("SELECT request_id FROM consent_items WHERE id = ?", (uwv,))
    )
    said = service.consents.record_decisions(
        request_id, SignerRef.representative(voogd.id), {uwv: "yes"}, "desk"
    )
    assert list(said.withdrawal_ids) == []
    assert service.consents.item_status(uwv).status == ItemStatus.GIVEN
    assert service.worklists.withdrawals_to_notify() == []
    clock.advance(timedelta(minutes=5))
    service.sharing.record_disclosure(sem.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert service.replay().ok
