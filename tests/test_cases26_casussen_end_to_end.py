"""Four casussen from the seeds, end to end through the Service, checked as the privacy
officer (FG) checks them afterwards: who decided what and at which age, who stopped it and
could they, what went out and on which basis, what the transitieformulier and the proof
package say — and that `verify` calls the package authentic (cases26).

- Seed 002 §2.3.2 (transitieformulier): Fatima (17) leaves the Entree-opleiding for work;
  RBL, gemeente and UWV get her internship data; she later stops the UWV's part.
- Seed 003 (onderwijs en zorg; jeugdbescherming): Sem (13), his parents' yes used, then a
  gecertificeerde instelling becomes his voogd.
- Seed 003 privacyreglement (from 16 the betrokkene): Noor's parents said yes at 15; on her
  16th birthday one part waits for re-confirmation and one is still open.
- Seed 003 privacyreglement (curatele): Daan (19) under curatele; the curator decides, Daan
  takes the consent back himself.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from forms_scenario import transition_data
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import ItemStatus, RepresentativeRole, SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _officer_reads(
    service: Service, request_id: int, folder: Path, clock: FixedClock
) -> tuple[list[dict[str, Any]], str]:
    """The FG's package of the request: verified authentic; its consents and bewijs.pdf."""
    proof = service.forms.proof
    package = proof.export_request(request_id, folder / f"verzoek-{request_id}.ttbewijs")
    report = verify(package, trust=proof.own_trust(), clock=clock)
    assert report.authentic, report.problems
    with zipfile.ZipFile(package) as z:
        consents = json.loads(z.read("receipt.json"))["consents"]
        return consents, flat(z.read("bewijs.pdf"))


def _who_and_age(consent: dict[str, Any]) -> list[tuple[str, str, Any, Any]]:
    """(type, role or kind, age then, answer) of each decision and withdrawal."""
    return [
        (
            e["type"],
            e["by"].get("role") or e["by"]["kind"],
            e.get("age_then"),
            e.get("answer"),
        )
        for e in consent["events"]
        if e["type"] in ("decision", "withdrawal")
    ]


def test_fatima_17_transitieformulier_then_stops_the_uwv(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    c = catalog
    fatima = make_youth(17, given_name="Fatima", family_name="El Amrani").youth
    request = service.consents.create_request(
        fatima.id,
        [
            ItemSpec(c.werk.id, rec.id, (c.contact.id, c.stagegegevens.id, c.ondersteuning.id))
            for rec in (c.rbl, c.gemeente, c.uwv)
        ],
    )
    rbl, gemeente, uwv = (i.id for i in request.items)
    assert service.consents.who_must_decide(fatima.id).regime.value == "youth"
    service.consents.record_decisions(
        request.id, SignerRef.youth(fatima.id), {rbl: "yes", gemeente: "yes", uwv: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    for rec in (c.rbl, c.gemeente, c.uwv):
        service.sharing.record_disclosure(
            fatima.id, rec.id, c.werk.id, [c.contact.id, c.stagegegevens.id]
        )
    clock.advance(timedelta(days=30))
    result = service.withdrawals.withdraw([uwv], SignerRef.youth(fatima.id), "email")
    assert [r.name for _, r in result.recipients_to_notify] == ["UWV"]
    with pytest.raises(RuleViolation):
        service.sharing.record_disclosure(fatima.id, c.uwv.id, c.werk.id, [c.contact.id])
    assert service.sharing.may_share(fatima.id, c.rbl.id, c.werk.id, [c.contact.id]).allowed

    service.forms.save_transition_form(fatima.id, transition_data(request.id))
    form = flat(service.forms.render_transition_form(fatima.id))
    assert "Toestemming gegeven voor 2 van 2 ontvangers." in form, form
    assert "RBL Utrecht" in form and "Gemeente Utrecht" in form

    consents, pdf = _officer_reads(service, request.id, tmp_path, clock)
    by_recipient = {x["services"][0]["purposes"][0]["thirdPartyName"]: x for x in consents}
    taken_back = by_recipient["UWV – Werkbedrijf"]
    assert taken_back["status"] == "withdrawn"
    assert _who_and_age(taken_back) == [
        ("decision", "youth", 17, "yes"),
        ("withdrawal", "youth", 17, None),
    ]
    assert "Ingetrokken door Fatima El Amrani (jongere) — per e-mail. Jongere toen 17 jaar." in pdf
    assert by_recipient["RBL Utrecht – Leerplicht"]["status"] == "given"


def test_sem_13_voogd_after_the_parents_yes_was_used(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    c = catalog
    case = make_youth(13, parents=2, given_name="Sem")
    sem = case.youth
    request = service.consents.create_request(
        sem.id, [ItemSpec(c.leerplicht.id, c.rbl.id, (c.contact.id, c.school.id))]
    )
    item = request.items[0].id
    for parent in case.parents:
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {item: "yes"}, "desk"
        )
    clock.advance(timedelta(hours=2))
    service.sharing.record_disclosure(sem.id, c.rbl.id, c.leerplicht.id, [c.contact.id])
    clock.advance(timedelta(days=40))
    for parent in case.parents:  # the court: the parents lose gezag, a GI becomes voogd
        service.people.end_representative(parent.id)
    voogd = service.people.add_representative(
        sem.id, "Jeugdbescherming Regio", RepresentativeRole.GUARDIAN, True
    )
    clock.advance(timedelta(days=1))

    st = service.consents.item_status(item)
    assert st.status == ItemStatus.REQUESTED and "beslist nu de voogd" in st.reason
    (line,) = service.worklists.decider_changed()
    assert line.reference_code == request.reference_code and "Sem" not in line.detail
    assert not service.sharing.may_share(sem.id, c.rbl.id, c.leerplicht.id, [c.contact.id]).allowed
    with pytest.raises(RuleViolation):  # a former parent cannot answer any more
        service.consents.record_decisions(
            request.id, SignerRef.representative(case.parents[0].id), {item: "yes"}, "desk"
        )
    service.consents.record_decisions(
        request.id, SignerRef.representative(voogd.id), {item: "yes"}, "email"
    )
    assert service.consents.item_status(item).status == ItemStatus.GIVEN
    assert service.worklists.decider_changed() == []
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(sem.id, c.rbl.id, c.leerplicht.id, [c.contact.id])

    (consent,), pdf = _officer_reads(service, request.id, tmp_path, clock)
    assert consent["status"] == "given"
    assert _who_and_age(consent) == [
        ("decision", "parent", 13, "yes"),
        ("decision", "parent", 13, "yes"),
        ("decision", "guardian", 13, "yes"),
    ]
    assert len([e for e in consent["events"] if e["type"] == "disclosure"]) == 2
    assert "Jeugdbescherming Regio (voogd), 13 jaar zei ja" in pdf, pdf


def test_noor_turns_16_with_one_part_given_and_one_open(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    c = catalog
    sixteenth = clock.today() + timedelta(days=20)
    case = make_youth(
        15, parents=2, birth_date=date(sixteenth.year - 16, sixteenth.month, sixteenth.day)
    )
    noor, (mother, father) = case.youth, case.parents
    request = service.consents.create_request(
        noor.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.stage.id, c.werkgever.id, (c.stagegegevens.id,)),
        ],
    )
    uwv, bakkerij = (i.id for i in request.items)
    for parent in (mother, father):
        service.consents.record_decisions(
            request.id, SignerRef.representative(parent.id), {uwv: "yes"}, "desk"
        )
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {bakkerij: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(noor.id, c.uwv.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=20))  # her 16th birthday

    assert [w.item_id for w in service.worklists.needs_reconfirmation()] == [uwv]
    assert [w.item_id for w in service.worklists.decider_changed()] == [bakkerij]
    with pytest.raises(RuleViolation):  # the father's yes no longer counts
        service.consents.record_decisions(
            request.id, SignerRef.representative(father.id), {bakkerij: "yes"}, "desk"
        )
    service.consents.record_decisions(
        request.id, SignerRef.youth(noor.id), {bakkerij: "yes"}, "desk"
    )
    service.withdrawals.withdraw([uwv], SignerRef.youth(noor.id), "desk")
    assert service.worklists.decider_changed() == []
    assert service.worklists.needs_reconfirmation() == []

    consents, pdf = _officer_reads(service, request.id, tmp_path, clock)
    by_recipient = {x["services"][0]["purposes"][0]["thirdPartyName"]: x for x in consents}
    assert _who_and_age(by_recipient["UWV – Werkbedrijf"]) == [
        ("decision", "parent", 15, "yes"),
        ("decision", "parent", 15, "yes"),
        ("withdrawal", "youth", 16, None),
    ]
    bakkerij_events = _who_and_age(by_recipient["Bakkerij De Korenschoof"])
    assert bakkerij_events == [("decision", "parent", 15, "yes"), ("decision", "youth", 16, "yes")]
    assert by_recipient["Bakkerij De Korenschoof"]["status"] == "given"
    assert "Jongere toen 16 jaar." in pdf


def test_daan_19_under_curatele_takes_back_what_his_curator_gave(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    c = catalog
    daan = make_youth(19, given_name="Daan", protection="curatele").youth
    curator = service.people.add_representative(daan.id, "Mr. A. Smit", "curator", False)
    request = service.consents.create_request(
        daan.id, [ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id, c.ondersteuning.id))]
    )
    item = request.items[0].id
    with pytest.raises(RuleViolation):  # his own yes does not count: the curator decides
        service.consents.record_decisions(
            request.id, SignerRef.youth(daan.id), {item: "yes"}, "desk"
        )
    service.consents.record_decisions(
        request.id, SignerRef.representative(curator.id), {item: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(daan.id, c.gemeente.id, c.werk.id, [c.contact.id])
    clock.advance(timedelta(days=10))
    result = service.withdrawals.withdraw([item], SignerRef.youth(daan.id), "app")
    assert [r.name for _, r in result.recipients_to_notify] == ["Gemeente Utrecht"]
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN

    (consent,), pdf = _officer_reads(service, request.id, tmp_path, clock)
    assert _who_and_age(consent) == [
        ("decision", "curator", 19, "yes"),
        ("withdrawal", "youth", 19, None),
    ]
    assert "Ingetrokken door Daan de Vries (jongere)" in pdf and "Jongere toen 19 jaar." in pdf
