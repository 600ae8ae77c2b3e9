"""Policy "both parents with gezag": one parent's "nee" after her own "ja", before the other
parent answered.

DOMAIN.md rule 3: under 16 the parents with gezag decide; by default (the conservative
policy) both must consent, and "parents who disagree → the item is conflicting, which counts
as no consent". Rule 4: withdrawal ends a consent; sharing before it stays lawful, the
recipients already served are told. Under this policy one parent's "ja" is no consent yet:
nothing could be shared under it. Her later "nee" withdraws nothing — it is her answer,
changed while the request is still open. Until session 17 it was booked as a withdrawal and
closed the item for good: the other parent could no longer answer, the mother who changed her
mind again after talking it over at home could not say "ja" any more, and the worker had to
start a new request (and ask the father again) for the same recipient and purpose. Now the
item reads "nee gezegd" (no consent, nothing may be shared), stays open, and each parent's
answers are kept in order (ARCHITECTURE.md, "A no before the consent was complete")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_a_mothers_no_before_the_father_answered_keeps_the_request_open(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Noah (13), both parents with gezag, both must agree. His mother says "ja" at the desk
    to the UWV; the father is away. The next day she texts: "nee, toch maar niet". No
    consent was ever complete: it is her "nee", not a withdrawal — no recipient to tell,
    nothing may be shared, and the request stays open. The father then says "ja" (the parents
    disagree: conflicting); a week later the mother, having talked it over, says "ja" again:
    now both agree and the UWV may get the data. Every answer stays in the history."""
    c = catalog
    case = make_youth(13, parents=2, given_name="Noah")
    noah, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        noah.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    mum, dad = SignerRef.representative(mother.id), SignerRef.representative(father.id)
    service.consents.record_decisions(request.id, mum, {item: "yes"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED

    clock.advance(timedelta(days=1))
    said_no = service.consents.record_decisions(request.id, mum, {item: "no"}, "app")
    assert list(said_no.withdrawal_ids) == [], "a 'nee' before any consent withdraws nothing"
    assert service.consents.item_status(item).status == ItemStatus.REFUSED
    assert row_count(service, "withdrawals") == 0
    assert service.worklists.withdrawals_to_notify() == []
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(noah.id, c.uwv.id, c.werk.id, [c.contact.id])

    clock.advance(timedelta(days=1))
    service.consents.record_decisions(request.id, dad, {item: "yes"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.CONFLICTING
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(noah.id, c.uwv.id, c.werk.id, [c.contact.id])

    clock.advance(timedelta(days=7))
    service.consents.record_decisions(request.id, mum, {item: "yes"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    clock.advance(timedelta(minutes=5))
    shared = service.sharing.record_disclosure(noah.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert shared.basis == LawfulBasis.CONSENT

    # The history keeps every answer, in order: the inzage (read back) shows four.
    text = flat(service.forms.render_inzage(noah.id))
    m, f = mother.name, father.name
    assert (
        f"23-11-2026: {m} (ouder) zei ja, aan de balie of telefonisch. "
        f"24-11-2026: {m} (ouder) zei nee, per app/sms. "
        f"25-11-2026: {f} (ouder) zei ja, aan de balie of telefonisch. "
        f"02-12-2026: {m} (ouder) zei ja, aan de balie of telefonisch."
    ) in text, text
    assert "Stand nu gegeven" in text and "ingetrokken" not in text.lower(), text
    assert service.replay().ok

    # Once both agreed, a parent's "nee" is a withdrawal again: the UWV is to be told.
    clock.advance(timedelta(days=1))
    stopped = service.consents.record_decisions(request.id, dad, {item: "no"}, "email")
    assert len(list(stopped.withdrawal_ids)) == 1
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    assert len(service.worklists.withdrawals_to_notify()) == 1
    assert service.replay().ok


def test_a_youth_of_14_who_co_decides_and_takes_her_yes_back_before_her_parents_answered(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
) -> None:
    """The same rule for a co-deciding youth (policy "12–15: jongere én ouders"): Mila (14)
    says "ja", then "nee" before her parent answered — her "nee", the request stays open, and
    she can say "ja" again."""
    from dataclasses import replace

    c = catalog
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    case = make_youth(14, parents=1, given_name="Mila")
    mila = case.youth
    request = service.consents.create_request(
        mila.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    me = SignerRef.youth(mila.id)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    no = service.consents.record_decisions(request.id, me, {item: "no"}, "desk")
    assert list(no.withdrawal_ids) == []
    assert service.consents.item_status(item).status == ItemStatus.REFUSED
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert service.replay().ok
