"""Checks a request and a weighing made before the write turn, while another desk of the team
changed what they depend on (turns22).

- New request: whether the law makes the youth's yes or no irrelevant (a legal duty,
  legal_duties.py) and whether the recipient is still active were read before the write turn.
  A purpose the team's privacy officer marked a legal duty at another desk in between was still
  asked as a consent (a choice that changes nothing is no free choice), and a recipient made
  inactive in between still got a request.
- Weighing (stappenplan): whether its basis is allowed was decided before the write turn. A
  "nee" the youth gave at another desk in between was not seen, and a weighing on
  gerechtvaardigd belang was written after the "no" (only a named override ground may follow).

Now each is asked again in the write turn; nothing is written and the worker hears why."""

from __future__ import annotations

import pytest
from legal_duty_support import LAW, STEPS
from review21_support import Desks, before_the_turn, desks_fixture  # noqa: F401

from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import SignerRef
from toestemming.usecases.consent import ItemSpec


def _requests(desk: object) -> int:
    return int(desk.vault.db.scalar("SELECT count(*) FROM consent_requests"))  # type: ignore[attr-defined]


def test_a_request_for_a_purpose_marked_a_legal_duty_meanwhile_is_refused(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, (_request, _item, sara) = desks
    rbl = a.catalog.add_recipient("RBL", "leerplicht_rmc", "Leerplicht")
    melding = a.catalog.add_purpose("verzuim", "Verzuimmelding", "Zodat leerplicht het weet.")
    contact = a.catalog.categories()[0]
    before = _requests(a)
    before_the_turn(a, lambda: b.legal_duties.mark(melding.id, LAW, until_age=18), monkeypatch)
    with pytest.raises(RuleViolation) as got:
        a.consents.create_request(sara, [ItemSpec(melding.id, rbl.id, (contact.id,))])
    assert got.value.message_id == "error-consent-legal-duty"
    assert b.legal_duties.of(melding.id) is not None, "the other desk's marking did not run"
    assert _requests(a) == before


def test_a_request_to_a_recipient_made_inactive_meanwhile_is_refused(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, (_request, _item, sara) = desks
    gemeente = a.catalog.add_recipient("Gemeente", "gemeente", "Participatie")
    purpose = a.catalog.purposes()[0]
    contact = a.catalog.categories()[0]
    before = _requests(a)
    before_the_turn(a, lambda: b.catalog.set_recipient_active(gemeente.id, False), monkeypatch)
    with pytest.raises(ValidationError) as got:
        a.consents.create_request(sara, [ItemSpec(purpose.id, gemeente.id, (contact.id,))])
    assert got.value.message_id == "error-consent-recipient-inactive"
    assert _requests(a) == before


def test_a_weighing_on_legitimate_interest_after_a_no_given_meanwhile_is_refused(
    desks: Desks, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _clock, (request, item, sara) = desks
    got_item = a.consents.request(request).items[0]
    args = (sara, got_item.recipient.id, got_item.purpose.id)
    before_the_turn(
        a,
        lambda: b.consents.record_decisions(request, SignerRef.youth(sara), {item: "no"}, "desk"),
        monkeypatch,
    )
    with pytest.raises(RuleViolation):
        a.sharing.record_assessment(*args, "legitimate_interest", *STEPS, True)
    assert b.consents.item_status(item).status.value == "refused"
    assert a.vault.db.scalar("SELECT count(*) FROM assessments") == 0
