"""Mila turns 16 and asks what the school did with her data (AVG art. 15) — and to put right
what her parents decided for her when she was 14 (AVG art. 16).

DOMAIN.md rule 3: "When a young person turns 16, consents that parents gave remain on record,
but the young person now holds the rights: the product flags those consents for
re-confirmation … and the young person may withdraw." Seed 003 (privacyreglement: inzage,
correctie; under 16 exercised by the wettelijk vertegenwoordiger, from 16 by the betrokkene).
The log is append-only: a true record ("your parents said yes") is not rewritten because Mila
disagrees with it — she withdraws, and her parents can no longer act in her place; a record
that is WRONG (the desk booked the stepfather's signature as the father's) is put right by the
organisation declaring the item invalid, with the reason, the history kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import birth_date_turning_16_in, row_count
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


@pytest.fixture
def mila(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> SimpleNamespace:
    """Mila is 15 (16 in 60 days); both parents said yes to the UWV and the gemeente."""
    c = catalog
    born = birth_date_turning_16_in(clock.now().date(), 60)
    case = make_youth(15, parents=2, given_name="Mila", birth_date=born)
    mila, mother, father = case.youth, *case.parents
    request = service.consents.create_request(
        mila.id,
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
    clock.advance(timedelta(days=90))  # now 16
    return SimpleNamespace(
        id=mila.id, mother=mother, father=father, request=request.id, uwv=uwv, gemeente=gemeente
    )


def test_her_inzage_at_16_shows_her_parents_yes_and_that_she_now_decides(
    service: Service, mila: SimpleNamespace
) -> None:
    status = service.consents.item_status(mila.uwv)
    assert status.status == ItemStatus.GIVEN and status.needs_reconfirmation
    text = flat(service.forms.render_inzage(mila.id))
    assert text.startswith("Inzage") and "Hoi Mila" in text  # written to her, not her parents
    assert text.count("(ouder) zei ja") == 4, text  # both parents, both parts, as decided
    assert "herbevestigen" in text, text
    assert "Je mag elke toestemming intrekken" in text
    assert "Klopt er iets niet? Vraag ons het te verbeteren." in text


def test_she_cannot_have_her_parents_yes_rewritten_she_withdraws_it_and_they_cannot_undo_that(
    service: Service, catalog: SimpleNamespace, mila: SimpleNamespace
) -> None:
    c = catalog
    service.withdrawals.withdraw([mila.uwv], SignerRef.youth(mila.id), "desk")
    assert service.consents.item_status(mila.uwv).status == ItemStatus.WITHDRAWN
    assert not service.sharing.may_share(mila.id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    # The other part still stands on her parents' yes until she says otherwise.
    assert service.sharing.may_share(mila.id, c.gemeente.id, c.werk.id, [c.contact.id]).allowed
    # Her parents can no longer decide for her: neither a new yes nor a withdrawal.
    events = row_count(service, "events")
    with pytest.raises(RuleViolation):
        service.consents.record_decisions(
            mila.request, SignerRef.representative(mila.mother.id), {mila.gemeente: "no"}, "email"
        )
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw(
            [mila.gemeente], SignerRef.representative(mila.father.id), "desk"
        )
    assert row_count(service, "events") == events
    # The parents' decisions stay on record beside her withdrawal (nothing rewritten).
    kinds = [h["kind"] for h in service.consents.item_history(mila.uwv)]
    assert kinds == [
        "request.created",
        "decisions.recorded",
        "decisions.recorded",
        "withdrawal.recorded",
    ]
    text = flat(service.forms.render_inzage(mila.id))
    assert "ingetrokken door Mila" in text and text.count("(ouder) zei ja") == 4, text


def test_a_wrongly_booked_signature_is_declared_invalid_with_the_history_kept(
    service: Service, catalog: SimpleNamespace, mila: SimpleNamespace
) -> None:
    """Mila: "my father never signed that — it was my stepfather". Not a matter of opinion but
    an error in the record: the organisation declares the part invalid, with its reason; the
    status says so everywhere, nothing may be shared on it, the history keeps what was booked."""
    c = catalog
    service.consents.act_on_item(
        mila.gemeente, "invalidate", "Handtekening van de stiefvader als die van de vader geboekt."
    )
    assert service.consents.item_status(mila.gemeente).status == ItemStatus.INVALIDATED
    assert not service.sharing.may_share(mila.id, c.gemeente.id, c.werk.id, [c.contact.id]).allowed
    kinds = [h["kind"] for h in service.consents.item_history(mila.gemeente)]
    assert kinds.count("decisions.recorded") == 2 and kinds[-1] != "decisions.recorded", kinds
    # The same reason again does not make a second record; a withdrawal by Mila is refused or
    # harmless — the part is already final.
    with pytest.raises(RuleViolation):
        service.withdrawals.withdraw([mila.gemeente], SignerRef.youth(mila.id), "desk")
