"""Lotte (14) is asked what she thinks: she does not want UWV to know about her support needs.
Her parents, who decide, say "ja" to both parts.

DOMAIN rule 3: under 16 the parents with gezag (or the voogd) decide; the young person is still
informed and asked for their view (seed 003: toestemming van gezagdragende ouders bij leerlingen
<16). Until session 21 the desk's own refusal said so ("de jongere wordt wel ... naar zijn of
haar mening gevraagd") but there was nowhere to write down what she said: the worker could only
try to record her "nee" as a decision, which was refused.

Now her view is its own record (service.youth_views): beside the parents' decisions in the
inzage and on her own line of the transitieformulier, never counted — the parents' "ja" stays
the consent, "Mag ik delen?" is unchanged. Where she decides herself (16+, or the 12–15
co-decision policy) her answer is a decision and a "view" is refused; so is one for a child under
8, whom the parents tell. Nothing else is written on a refusal, and `check` (replay) stays clean.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation, ValidationError, user_text
from toestemming.model import ItemStatus, SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import TransitionFormData


def _lotte_heard_parents_say_yes(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any], age: int = 14
) -> tuple[Any, Any]:
    case = make_youth(age, parents=2, given_name="Lotte")
    request = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id, c.ondersteuning.id)),
        ],
    )
    return case, request


def test_her_view_is_recorded_shown_beside_the_parents_yes_and_never_counted(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    c = catalog
    case, request = _lotte_heard_parents_say_yes(service, c, make_youth)
    lotte = case.youth.id
    uwv, gemeente = (i.id for i in request.items)
    heard = service.youth_views.record(request.id, {uwv: "agrees", gemeente: "objects"}, "desk")
    assert [(v.item_id, v.view.value) for v in heard] == [(uwv, "agrees"), (gemeente, "objects")]
    # Her "wil het niet" alone decides nothing: still waiting for the parents.
    assert service.consents.item_status(gemeente).status == ItemStatus.REQUESTED
    clock.advance(timedelta(hours=1))
    for parent in case.parents:
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {uwv: "yes", gemeente: "yes"}, "desk"
        )
    assert service.consents.item_status(gemeente).status == ItemStatus.GIVEN
    share = [c.contact.id, c.ondersteuning.id]
    assert service.sharing.may_share(lotte, c.gemeente.id, c.werk.id, share).allowed

    inzage = flat(service.forms.render_inzage(lotte))
    assert "zei zelf: wil het niet" in inzage and "zei zelf: vindt het goed" in inzage
    assert "geen besluit" in inzage and "zei ja" in inzage
    form = flat(
        service.forms.render_transition_form(lotte, TransitionFormData(request_id=request.id))
    )
    assert "onderdeel 1: vindt het goed; onderdeel 2: wil het niet" in form
    assert "telt niet als toestemming" in form
    assert service.replay().ok
    log = service.activity_log.entries(limit=50).entries
    assert any("Mening van de jongere" in e.what and e.youth_id == lotte for e in log)


def _refused(service: Service, request: Any, view: str) -> str:
    """Recording a view for the request's first part is refused: the words, nothing written."""
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as caught:
        service.youth_views.record(request.id, {request.items[0].id: view}, "desk")
    assert row_count(service, "events") == events
    return user_text(caught.value)


def test_a_16_year_old_and_a_co_deciding_14_year_old_decide_a_view_is_refused(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    _case, request = _lotte_heard_parents_say_yes(service, catalog, make_youth, age=16)
    assert "beslist zelf" in _refused(service, request, "objects")
    service.set_policy(replace(service.policy(), co_decision_12_15=True))
    _case, request = _lotte_heard_parents_say_yes(service, catalog, make_youth, age=14)
    assert "als besluit" in _refused(service, request, "objects")


def test_a_child_of_six_is_told_by_the_parents_no_view_on_record(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    _case, request = _lotte_heard_parents_say_yes(service, catalog, make_youth, age=6)
    assert "vanaf 8 jaar" in _refused(service, request, "agrees")


def test_bad_input_clear_message_nothing_written(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    _case, request = _lotte_heard_parents_say_yes(service, catalog, make_youth)
    _other, elsewhere = _lotte_heard_parents_say_yes(service, catalog, make_youth)
    item = request.items[0].id
    events = row_count(service, "events")
    for views, words in (
        ({}, "Kies bij welk onderdeel"),
        ({item: "maybe"}, "Kies wat de jongere ervan vindt"),
        ({elsewhere.items[0].id: "agrees"}, "hoort niet bij dit verzoek"),
    ):
        with pytest.raises(ValidationError) as caught:
            service.youth_views.record(request.id, views, "desk")
        assert words in user_text(caught.value)
    with pytest.raises(ValidationError):
        service.youth_views.record(request.id, {item: "agrees"}, "pigeon")
    for key in (None, "een", 1.5, True):  # a script's keys: no traceback, no half-read id
        with pytest.raises(ValidationError):
            service.youth_views.record(request.id, {key: "agrees"}, "desk")
    assert row_count(service, "events") == events


def test_heard_before_her_16th_birthday_written_down_after_it_still_a_view(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    today = clock.today()
    born = today.replace(year=today.year - 16) + timedelta(days=2)
    youth = service.people.add_youth(
        given_name="Mila", family_name="K", birth_date=born.isoformat()
    )
    mum = service.people.add_representative(youth.id, "Moeder K", "parent", True)
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    talk = clock.now()
    clock.advance(timedelta(days=5))  # now 16
    item = request.items[0].id
    with pytest.raises(RuleViolation):
        service.youth_views.record(request.id, {item: "objects"}, "desk")
    heard = service.youth_views.record(request.id, {item: "objects"}, "desk", heard_at=talk)
    assert heard[0].heard_at == talk
    assert service.youth_views.for_youth(youth.id) == heard
    assert mum.has_gezag  # (the mother decided then; the view sits beside that)


def test_a_person_under_curatele_is_heard_the_curator_decides(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    case = make_youth(19, given_name="Bram", protection="curatele")
    service.people.add_representative(case.youth.id, "Curator De Wit", "curator", True)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    item = request.items[0].id
    service.youth_views.record(request.id, {item: "no_view"}, "desk")
    assert service.consents.item_status(item).status == ItemStatus.REQUESTED
    assert service.replay().ok


def test_a_forged_view_event_is_named_by_check(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """An insider appends a 'view' the program never writes (a view of 'ja' that reads as a
    decision): replay names it, and the inzage leaves it out."""
    case, request = _lotte_heard_parents_say_yes(service, catalog, make_youth)
    ctx = service.context
    with service.vault.db.transaction():
        ctx.event(
            "youth.view_heard",
            {
                "youth": case.youth.id,
                "request": request.id,
                "items": [{"item": request.items[0].id, "view": "yes"}],
                "channel": "desk",
                "heard_at": "2026-11-23T10:00:00Z",
            },
        )
    report = service.replay()
    assert not report.ok
    assert service.youth_views.for_youth(case.youth.id) == []
    body = service.vault.db.scalar(
        "SELECT body FROM events WHERE kind = 'youth.view_heard' ORDER BY seq DESC LIMIT 1"
    )
    assert json.loads(body)["data"]["items"][0]["view"] == "yes"


def test_the_proof_of_her_request_still_verifies_with_her_view_in_the_log(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    """The view's event names the request, so it is among the request's events in the proof:
    the package must still verify (its display in the proof PDF is proof's to add)."""
    case, request = _lotte_heard_parents_say_yes(service, catalog, make_youth)
    uwv, gemeente = (i.id for i in request.items)
    service.youth_views.record(request.id, {uwv: "agrees", gemeente: "objects"}, "desk")
    for parent in case.parents:
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {uwv: "yes", gemeente: "yes"}, "desk"
        )
    proof = service.forms.proof
    for path in (
        proof.export_request(request.id, tmp_path / "verzoek.ttbewijs"),
        proof.export_youth_package(case.youth.id, tmp_path),
    ):
        report = verify(path, trust=proof.own_trust())
        assert report.authentic, report.problems
