"""A purpose marked as required by law (legal_duties.py) asks no consent and shares on the
legal obligation without an override. Attacked as a worker who got a "no" first and then
marks the purpose a duty, and as a youth who reads the inzage: "why did this go without my
consent?" must name the law, not only "wettelijke verplichting"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from legal_duty_support import LAW, STEPS, duty_named
from pdf_checks import flat
from replay_support import replay_after_edit

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import LawfulBasis, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification


def _refused(service: Service, c: SimpleNamespace, youth_id: int) -> int:
    """The youth says no to the leerplicht purpose for RBL; returns the item id."""
    request = service.consents.create_request(
        youth_id, [ItemSpec(c.leerplicht.id, c.rbl.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(youth_id), {item: "no"}, "desk")
    return item


def test_a_no_given_before_the_purpose_was_marked_a_duty_still_needs_the_override(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """The hurried worker: the youth (16) said no; the worker marks the purpose as a legal duty
    and shares on the legal obligation. The earlier no still counts: the sharing is an
    override (named ground, written reason, second confirmation) and shows as one."""
    c = catalog
    youth = make_youth(16).youth
    _refused(service, c, youth.id)
    clock.advance(timedelta(days=1))
    service.legal_duties.mark(c.leerplicht.id, LAW, until_age=18)
    args = (youth.id, c.rbl.id, c.leerplicht.id)
    options = service.sharing.options(*args)
    assert options.after_no and "geweigerd" in options.no_reason.lower()
    assert options.bases == (LawfulBasis.LEGAL_OBLIGATION,) and options.legal_duty == LAW
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    with pytest.raises(
        (RuleViolation, ValidationError)
    ):  # no ground, no reason, no second confirmation
        service.sharing.record_disclosure(
            *args,
            [c.contact.id],
            assessment_id=weighing.id,
            justification=Justification("youth"),
        )
    shared = service.sharing.record_disclosure(
        *args,
        [c.contact.id],
        assessment_id=weighing.id,
        justification=Justification(
            "youth",
            ground="legal_obligation",
            reason="De Leerplichtwet verplicht de melding, ook na haar nee.",
            confirmed=True,
        ),
    )
    assert shared.override
    assert "GEDEELD ONDANKS EEN NEE" in flat(service.forms.render_inzage(youth.id))


def test_the_inzage_names_the_law_a_sharing_without_consent_went_on(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """The youth reads her inzage: the verzuimmelding went without her consent. 'wettelijke
    verplichting' alone does not tell her which law; the duty's law is named, as the
    marking holds it for her on the day it went."""
    c = catalog
    youth = make_youth(16).youth
    service.legal_duties.mark(c.leerplicht.id, LAW, until_age=18)
    args = (youth.id, c.rbl.id, c.leerplicht.id)
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(
        *args, [c.contact.id], assessment_id=weighing.id, justification=Justification("youth")
    )
    # A legal obligation on an ordinary purpose (no duty marked) names no law of ours.
    other = make_youth(17).youth
    plain = service.sharing.record_assessment(
        other.id, c.gemeente.id, c.werk.id, "legal_obligation", *STEPS, True
    )
    service.sharing.record_disclosure(
        other.id,
        c.gemeente.id,
        c.werk.id,
        [c.contact.id],
        assessment_id=plain.id,
        justification=Justification("youth"),
    )
    text = flat(service.forms.render_inzage(youth.id))
    assert "Leerplichtwet 1969" in text, text
    assert "Leerplichtwet" not in flat(service.forms.render_inzage(other.id))


def test_a_duty_does_not_take_the_youths_say_toward_a_private_recipient(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
) -> None:
    """The verzuimmelding is a duty toward leerplicht (a public body on its legal task). A
    worker who uses the same purpose to tell the youth's stage employer (a private bakery)
    must not get the duty's privileges there: her objection counts, her consent can be
    asked, and "Mag ik delen?" does not say the law requires it. Toward RBL it stays a duty."""
    c = catalog
    service.legal_duties.mark(c.leerplicht.id, LAW, until_age=18)
    youth = make_youth(17).youth
    bakery = (youth.id, c.werkgever.id, c.leerplicht.id)
    assert service.sharing.options(*bakery).legal_duty == ""
    assert not any(
        "wet verplicht" in w for w in service.sharing.may_share(*bakery, [c.contact.id]).warnings
    )
    service.consents.create_request(
        youth.id, [ItemSpec(c.leerplicht.id, c.werkgever.id, (c.contact.id,))]
    )
    service.objections.record(*bakery, SignerRef.youth(youth.id), "desk")
    assert service.sharing.options(*bakery).after_no
    rbl = (youth.id, c.rbl.id, c.leerplicht.id)
    assert service.sharing.options(*rbl).legal_duty == LAW
    with pytest.raises(RuleViolation):
        service.objections.record(*rbl, SignerRef.youth(youth.id), "desk")


def test_an_insider_who_deletes_or_backdates_a_duty_is_named_by_the_replay(
    service: Service, catalog: SimpleNamespace
) -> None:
    """With the passphrase, an insider deletes the row of one duty (its purpose asks consent
    again, its past sharing loses its law) and backdates another's marking: the replay names
    both against the log (may_share follows the table, as every rule does; `check` and the
    export's agreement check are where an edited table shows)."""
    c = catalog
    service.legal_duties.mark(c.leerplicht.id, LAW, until_age=18)
    service.legal_duties.mark(c.stage.id, "Wet op de jeugdzorg, art. 7.3.11", until_age=None)
    lines = replay_after_edit(
        service,
        [
            ("DELETE FROM legal_duties WHERE purpose_id = ?", (c.leerplicht.id,)),
            (
                "UPDATE legal_duties SET recorded_at = '2020-01-01T00:00:00.000000Z' "
                "WHERE purpose_id = ?",
                (c.stage.id,),
            ),
        ],
    )
    assert duty_named(lines, c.leerplicht.id), lines
    assert duty_named(lines, c.stage.id, "recorded_at"), lines


def test_a_consent_given_before_the_marking_still_covers_and_can_be_withdrawn(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A youth said yes before the purpose was marked a duty: that yes stays the basis of a
    sharing (not relabelled as the law), she can still withdraw it, and after that the
    withdrawal counts as a no (the law then goes as an override, named and confirmed)."""
    c = catalog
    youth = make_youth(17).youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.leerplicht.id, c.rbl.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    service.legal_duties.mark(c.leerplicht.id, LAW, until_age=18)
    args = (youth.id, c.rbl.id, c.leerplicht.id)
    answer = service.sharing.may_share(*args, [c.contact.id])
    assert answer.allowed and answer.item_id == item
    service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "desk")
    options = service.sharing.options(*args)
    assert options.after_no and options.bases == (LawfulBasis.LEGAL_OBLIGATION,)
