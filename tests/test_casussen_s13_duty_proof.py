"""Seed 004 (kwalificatieplicht, warme overdracht) and the objection: what asked no consent is
provable in the youth's proof package too.

Seed 004: "Als ik vanuit rmc nog geen contact heb kunnen krijgen met een jongere, mag ik dan wel
rond gaan vragen ...? Dat mag alleen als de jongere nog leer- of kwalificatieplichtig is en er
sprake is van relatief of absoluut verzuim." Such sharing rests on the law, not on consent: no
consent is asked, nothing can be withdrawn, yet it is logged and the privacy officer must be
able to prove it. Before, the youth's package held only the consent requests: a youth with a
verzuimmelding or an objection and no request had no package at all ("Voor deze jongere is nog
niets gevraagd"), and a disclosure on a legal duty was in no package."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from pdf_checks import flat
from youth_package_support import exported, verify_resigned, youth_with_an_objection

from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError
from toestemming.model import LawfulBasis, SignerRef
from toestemming.proof.verify import VerifyReport
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

DUTY = (
    "Leerplichtwet: de school moet ongeoorloofd verzuim melden bij leerplicht.",
    "Alleen om het verzuim te melden, het doel van de leerplichtwet.",
    "Alleen naam, school en dat er verzuim is; geen reden of zorg.",
    "Eerst met de jongere gepraat; de melding is verplicht, anoniem kan niet.",
)


def _forged(service: Service, files: dict[str, bytes], doc: Any, path: Path) -> VerifyReport:
    """verify of the package with verstrekkingen.json replaced by `doc`, re-signed (an
    insider with the organisation's key)."""
    changed = dict(files, **{"verstrekkingen.json": json.dumps(doc).encode()})
    return verify_resigned(service, changed, path)


def test_verzuimmelding_on_the_legal_duty_is_proven_without_any_consent_request(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], tmp_path: Path
) -> None:
    """Seed 004, kwalificatieplicht: the school reports a 16-year-old's absence to leerplicht
    (RBL) because the law says so. No consent is asked (no request, nothing to withdraw), the
    disclosure is on "wettelijke verplichting", the inzage says so, and the youth's proof
    package — which did not exist for a youth without a request — proves the weighing and
    the disclosure against the signed log; `verify` says it is in order."""
    c = catalog
    youth = make_youth(16, parents=2).youth
    args = (youth.id, c.rbl.id, c.leerplicht.id)
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *DUTY, True)
    shared = service.sharing.record_disclosure(
        *args, [c.contact.id, c.school.id], assessment_id=weighing.id
    )
    assert shared.basis == LawfulBasis.LEGAL_OBLIGATION and shared.item_id is None
    assert not shared.override
    assert service.consents.requests_for_youth(youth.id) == []  # nobody was asked
    inzage = flat(service.forms.render_inzage(youth.id))
    assert "wettelijke verplichting" in inzage, inzage

    files, facts = exported(service, youth.id, tmp_path)
    assert "afwegingen en verstrekkingen" in facts, facts
    assert not [n for n in files if n.startswith("verzoeken/")]
    listed = json.loads(files["verstrekkingen.json"])["verstrekkingen"]
    assert [(e["soort"], e["basis"]) for e in listed if "basis" in e] == [
        ("afweging", "legal_obligation"),
        ("verstrekking", "legal_obligation"),
    ]
    disclosure = next(e for e in listed if e["soort"] == "verstrekking")
    assert "RBL Utrecht" in disclosure["ontvanger"] and disclosure["doel"] == "Leerplicht"
    assert disclosure["categories"] == sorted([c.contact.id, c.school.id])
    assert disclosure["item"] is None and disclosure["override"] is False
    assert youth.given_name not in files["verstrekkingen.json"].decode()  # ids, catalog names

    # An insider with the key turns the legal duty into consent in the list, or drops the
    # disclosure from it while its event stays: the log in the same file says otherwise.
    doc = json.loads(files["verstrekkingen.json"])
    entry = next(e for e in doc["verstrekkingen"] if e["soort"] == "verstrekking")
    entry["basis"] = "consent"
    forged = _forged(service, files, doc, tmp_path / "a.ttbewijs")
    assert any("anders dan het logboek" in p for p in forged.problems), forged.problems
    doc["verstrekkingen"] = [e for e in doc["verstrekkingen"] if e is not entry]
    forged = _forged(service, files, doc, tmp_path / "b.ttbewijs")
    assert any("past niet bij het logboek" in p for p in forged.problems), forged.problems
    # Both lists emptied of entries and proofs: a package that proves nothing is refused.
    empty = {**doc, "verstrekkingen": [], "logboek": {**doc["logboek"], "events": []}}
    forged = _forged(service, files, empty, tmp_path / "c.ttbewijs")
    assert not forged.ok, forged.facts


def test_an_objection_without_any_request_has_a_youth_package(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Seed 003, reglement art. 8.3 (recht van verzet), with nothing asked: the gemeente shares
    a 19-year-old's name on its public task, he objects by e-mail. When he later complains,
    the privacy officer must show the objection — the youth's package used to be refused
    because no consent request exists. Now it holds the objection and the sharing before it,
    both verified against the log."""
    objected = youth_with_an_objection(service, catalog, make_youth, clock, with_request=False)
    files, facts = exported(service, objected.youth_id, tmp_path)
    assert "1 bezwaar (verzet)" in facts, facts
    (listed,) = json.loads(files["bezwaren.json"])["bezwaren"]
    assert (listed["objection"], listed["channel"]) == (objected.objection.id, "email")
    kinds = [e["soort"] for e in json.loads(files["verstrekkingen.json"])["verstrekkingen"]]
    assert kinds == ["afweging", "verstrekking", "verantwoording"]
    # The export of a package without a request is logged like any other; the log still
    # verifies and replays clean.
    assert service.replay().ok and service.verify_audit(deep=True).ok


def test_a_youth_with_nothing_recorded_gets_a_plain_answer_and_nothing_is_logged(
    service: Service, make_youth: Callable[..., Any], tmp_path: Path
) -> None:
    """A hurried worker exports the package of a youth for whom nothing was asked, shared or
    objected: a clear Dutch sentence, no file, no event."""
    youth = make_youth(17).youth
    before = row_count(service, "events")
    out = tmp_path / "export"
    out.mkdir()
    with pytest.raises(NotFoundError) as caught:
        service.forms.proof.export_youth_package(youth.id, out)
    assert "niets te bewijzen" in caught.value.message
    assert list(out.iterdir()) == []
    assert row_count(service, "events") == before


def test_withdrawing_a_consent_leaves_the_legal_duty_and_its_proof_alone(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any],
    clock: FixedClock, tmp_path: Path,
) -> None:  # fmt: skip
    """Seed 004 (warme overdracht): study results go to the new school on the legal ground,
    the support need with the student's consent. The student withdraws the consent: the
    support need may no longer go, nothing lists the legal-duty disclosure as withdrawn, and
    both the consent's package and the legal duty are in the youth's proof package."""
    c = catalog
    youth = make_youth(17).youth
    mbo = service.catalog.add_recipient("ROC Midden", "onderwijs", "Intake")
    overstap = service.catalog.add_purpose(
        "overstap", "Overstap naar het mbo", "Zodat je nieuwe school je goed kan ontvangen."
    )
    weighing = service.sharing.record_assessment(
        youth.id, mbo.id, overstap.id, "legal_obligation", *DUTY, True
    )
    service.sharing.record_disclosure(
        youth.id, mbo.id, overstap.id, [c.school.id], assessment_id=weighing.id
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(overstap.id, mbo.id, (c.ondersteuning.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(youth.id), {item: "yes"}, "desk")
    clock.advance(timedelta(days=1))
    service.withdrawals.withdraw([item], SignerRef.youth(youth.id), "desk")
    assert not service.sharing.may_share(
        youth.id, mbo.id, overstap.id, [c.ondersteuning.id]
    ).allowed
    (legal,) = [
        d for d in service.sharing.disclosures(youth.id) if d.basis == LawfulBasis.LEGAL_OBLIGATION
    ]
    assert not legal.override
    files, _facts = exported(service, youth.id, tmp_path)
    assert len([n for n in files if n.startswith("verzoeken/")]) == 1
    bases = [e.get("basis") for e in json.loads(files["verstrekkingen.json"])["verstrekkingen"]]
    assert bases.count("legal_obligation") == 2  # the weighing and the disclosure
