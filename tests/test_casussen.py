"""The worked cases (casussen) of the guidance "Stappenplan informatie delen" (seed 002,
chapter 2), played through the service as a trajectbegeleider would: each test states what
the guidance concludes and checks that the product answers the same — who decides, whether
"Mag ik delen?" says yes, what a refusal blocks, and that nothing is written by a refused
action."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from forms_scenario import transition_data
from pdf_checks import flat

from toestemming.errors import RuleViolation, ToestemmingError
from toestemming.model import LawfulBasis, LegalRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification


def _events(service: Service) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM events"))


def _ask(service: Service, youth_id: int, *items: ItemSpec) -> list[int]:
    request = service.consents.create_request(youth_id, list(items))
    return [i.id for i in request.items]


@pytest.fixture
def leerwerkloket(service: Service) -> Any:
    return service.catalog.add_recipient(
        "Leerwerkloket regio", "arbeid", "Leren en werken", email="loket@example.org"
    )


def test_2_1_1_leerwerkloket_an_18_year_old_decides_alone_and_can_stop(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    leerwerkloket: Any,
) -> None:
    """No legal duty of aftercare: only the student's own consent allows sharing with the
    Leerwerkloket; the parents still on file cannot give it; withdrawing is one action and
    stops new sharing, while what was shared before stays on record."""
    c = catalog
    case = make_youth(18, parents=2)
    youth, parent = case.youth, case.parents[0]
    (item,) = _ask(service, youth.id, ItemSpec(c.werk.id, leerwerkloket.id, (c.contact.id,)))

    assert not service.sharing.may_share(
        youth.id, leerwerkloket.id, c.werk.id, [c.contact.id]
    ).allowed
    before = _events(service)
    with pytest.raises(ToestemmingError):
        service.consents.record_decisions(
            service.consents.requests_for_youth(youth.id)[0].id,
            SignerRef.representative(parent.id),
            {item: "yes"},
            "desk",
        )
    assert _events(service) == before, "a parent's refused yes left a trace in the log"
    assert not service.sharing.may_share(
        youth.id, leerwerkloket.id, c.werk.id, [c.contact.id]
    ).allowed

    request_id = service.consents.requests_for_youth(youth.id)[0].id
    service.consents.record_decisions(request_id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    assert service.sharing.may_share(youth.id, leerwerkloket.id, c.werk.id, [c.contact.id]).allowed
    # Specific: the yes covers the contact details only, not the internship reports.
    wider = service.sharing.may_share(
        youth.id, leerwerkloket.id, c.werk.id, [c.contact.id, c.stagegegevens.id]
    )
    assert not wider.allowed and c.stagegegevens.id in wider.missing_category_ids

    shared = service.sharing.record_disclosure(
        youth.id, leerwerkloket.id, c.werk.id, [c.contact.id]
    )
    result = service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "desk")
    assert not service.sharing.may_share(
        youth.id, leerwerkloket.id, c.werk.id, [c.contact.id]
    ).allowed
    assert [d.id for d in service.sharing.disclosures(youth.id)] == [shared.id]
    # AVG art. 19: the loket already had the data, so it is listed to be told.
    assert [r.id for _, r in result.recipients_to_notify] == [leerwerkloket.id]


def test_2_1_2_werk_en_inkomen_gets_internship_data_only_with_the_young_womans_consent(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The gemeente's duty under the Participatiewet gives the school no basis: the ROC may
    share the internship data with Werk & Inkomen only with the 18-year-old's consent."""
    c = catalog
    youth = make_youth(18, parents=1).youth
    spec = ItemSpec(c.werk.id, c.gemeente.id, (c.stagegegevens.id,))
    (item,) = _ask(service, youth.id, spec)
    options = service.sharing.options(youth.id, c.gemeente.id, c.werk.id)
    # A public body never gets legitimate interest from us, whatever it is called.
    assert LawfulBasis.LEGITIMATE_INTEREST not in options.bases
    assert not service.sharing.may_share(
        youth.id, c.gemeente.id, c.werk.id, [c.stagegegevens.id]
    ).allowed
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(youth.id, c.gemeente.id, c.werk.id, [c.stagegegevens.id])
    request_id = service.consents.requests_for_youth(youth.id)[0].id
    service.consents.record_decisions(request_id, SignerRef.youth(youth.id), {item: "yes"}, "email")
    assert service.sharing.may_share(
        youth.id, c.gemeente.id, c.werk.id, [c.stagegegevens.id]
    ).allowed


def test_2_1_3_a_22_year_olds_no_to_the_employer_cannot_be_worked_around(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """The student will not have his support need told to the company he applied to. The
    school has no legal task here: his will goes first. "Mag ik delen?" says no, legitimate
    interest is not offered after his no, and sharing without a named ground is refused and
    leaves nothing behind."""
    c = catalog
    youth = make_youth(22).youth
    (item,) = _ask(service, youth.id, ItemSpec(c.stage.id, c.werkgever.id, (c.ondersteuning.id,)))
    request_id = service.consents.requests_for_youth(youth.id)[0].id
    service.consents.record_decisions(request_id, SignerRef.youth(youth.id), {item: "no"}, "desk")

    answer = service.sharing.may_share(youth.id, c.werkgever.id, c.stage.id, [c.ondersteuning.id])
    assert not answer.allowed
    options = service.sharing.options(youth.id, c.werkgever.id, c.stage.id)
    assert options.after_no
    assert LawfulBasis.LEGITIMATE_INTEREST not in options.bases
    before = _events(service)
    with pytest.raises(ToestemmingError):
        service.sharing.record_disclosure(
            youth.id,
            c.werkgever.id,
            c.stage.id,
            [c.ondersteuning.id],
            justification=Justification(informed="youth"),
        )
    assert _events(service) == before
    assert service.sharing.disclosures(youth.id) == []


def test_2_2_1_health_details_for_the_benefit_office_need_an_explicit_tick_and_a_no_holds(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Medical data are special: the benefit office may not have them on a general yes. A
    yes without the separate tick for special data is refused; the 19-year-old's no blocks
    sharing; the gemeente, a public body, is never offered legitimate interest."""
    c = catalog
    youth = make_youth(19).youth
    (item,) = _ask(service, youth.id, ItemSpec(c.werk.id, c.gemeente.id, (c.gezondheid.id,)))
    request_id = service.consents.requests_for_youth(youth.id)[0].id
    before = _events(service)
    with pytest.raises(ToestemmingError):
        service.consents.record_decisions(
            request_id, SignerRef.youth(youth.id), {item: "yes"}, "desk"
        )
    assert _events(service) == before, "a yes without the special-data tick was logged"

    service.consents.record_decisions(request_id, SignerRef.youth(youth.id), {item: "no"}, "desk")
    assert not service.sharing.may_share(
        youth.id, c.gemeente.id, c.werk.id, [c.gezondheid.id]
    ).allowed
    options = service.sharing.options(youth.id, c.gemeente.id, c.werk.id)
    assert options.after_no and LawfulBasis.LEGITIMATE_INTEREST not in options.bases
    assert service.catalog.recipient(c.gemeente.id).legal_role is LegalRole.PUBLIC_TASK


def test_2_3_2_the_signed_transition_form_carries_exactly_what_the_youth_agreed_to(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """Entree student in a vulnerable position: by signing, the youth (17, so alone) lets the
    internship data go to the RBL and to Participatie of the gemeente. The form shows those
    recipients as agreed; an item the youth refused is not shown as a yes."""
    c = catalog
    youth = make_youth(17).youth
    rbl, gemeente = _ask(
        service,
        youth.id,
        ItemSpec(c.werk.id, c.rbl.id, (c.stagegegevens.id,)),
        ItemSpec(c.werk.id, c.gemeente.id, (c.stagegegevens.id,)),
    )
    request_id = service.consents.requests_for_youth(youth.id)[0].id
    service.consents.record_decisions(
        request_id, SignerRef.youth(youth.id), {rbl: "yes", gemeente: "no"}, "paper"
    )
    assert service.sharing.may_share(youth.id, c.rbl.id, c.werk.id, [c.stagegegevens.id]).allowed
    assert not service.sharing.may_share(
        youth.id, c.gemeente.id, c.werk.id, [c.stagegegevens.id]
    ).allowed

    service.forms.save_transition_form(youth.id, transition_data(request_id))
    text = flat(service.forms.render_transition_form(youth.id))
    recipients = text.split("Wie krijgen dit formulier")[1].split("5. Toestemming")[0]
    assert "Ontvanger RBL Utrecht" in recipients and "Stagegegevens" in recipients
    assert "Gemeente Utrecht" not in recipients, "the refused recipient is on the form"
    # Only what the consent covers: contact details were not agreed to, so they stay off.
    assert "Niet opgenomen" in text and "dekt 'Contactgegevens' niet" in text


def test_2_3_3_youth_absent_consent_by_app_is_recorded_with_its_message_and_provable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The RMC worker goes to the UWV without the youth: then the youth's consent, asked
    beforehand by app, is needed and must be demonstrable. The app message becomes the
    evidence of the decision, "Mag ik delen?" follows the answer per item, and the proof
    package of the item carries the message and verifies."""
    from mail_support import build_remote_vault

    from toestemming.proof import verify

    rv = build_remote_vault(tmp_path / "a.tvault", monkeypatch)
    try:
        svc, youth, request = rv.svc, rv.sam, rv.main
        uwv_item, employer_item = request.items
        text = f"Code {request.reference_code}\n1: ja\n2: nee"
        proposal = svc.remote.read_app_message("06-12345678", rv.clock.now(), text)
        assert proposal.signer == SignerRef.youth(youth.id) and proposal.problems == ()
        result = svc.remote.confirm(proposal)

        def may(item: Any) -> bool:
            categories = [c.id for c in item.categories]
            return svc.sharing.may_share(
                youth.id, item.recipient.id, item.purpose.id, categories
            ).allowed

        assert may(uwv_item) and not may(employer_item)
        package = svc.forms.proof.export_item(uwv_item.id, tmp_path)
        assert verify(package).ok
        with zipfile.ZipFile(package) as z:
            evidence = [n for n in z.namelist() if n.startswith("bewijsstukken/")]
            assert any(str(result.evidence_id) in n for n in evidence), evidence
            records = [json.loads(z.read(n)) for n in evidence if n.endswith(".json")]
            assert any(r.get("text") == text for r in records), "the app message is missing"
    finally:
        rv.svc.close()
