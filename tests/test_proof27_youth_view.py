"""The young person's own view in the proof (proof27).

Lotte (14) tells the desk she does not want UWV to know; her mother, who decides, says "ja".
Since session 21 the desk records Lotte's view (youth.view_heard), but the proof of her
mother's "ja" did not show it: a privacy officer reading bewijs.pdf years later could not see
that Lotte was heard, nor what she said. Now the proof prints it per item — or that no view was
recorded — and verify holds the printed words to the logged event: an insider who re-renders
the PDF (with the organisation's own certificate and key) to turn, remove or add a view, or who
leaves the event out of the log proof, is refused. Packages of earlier releases still verify
(test_proof25_saved_vaults and the saved packages in tests/data)."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import birth_date_for_age
from proof21_support import Exported, exported, rerendered

from formulieren.proof_pdf import ProofView
from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.proof.binding import pdf_text
from toestemming.proof.package import AUDIT, PDF
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NOTE_START = "Een mening van de jongere is geen besluit"


def _lotte(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, heard: bool, age: int = 14
) -> int:
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), age).isoformat(),
        given_name="Lotte",
        family_name="de Vries",
    )
    mother = service.people.add_representative(
        youth.id, "Sanne de Vries", RepresentativeRole.PARENT, True
    )
    request = service.consents.create_request(
        youth.id,
        [
            ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,)),
            ItemSpec(catalog.werk.id, catalog.gemeente.id, (catalog.contact.id,)),
        ],
    )
    uwv, gemeente = (i.id for i in request.items)
    if heard:
        clock.advance(timedelta(minutes=5))
        service.youth_views.record(request.id, {uwv: "objects"}, "desk")
    clock.advance(timedelta(minutes=5))
    service.consents.record_decisions(
        request.id,
        SignerRef.representative(mother.id),
        {uwv: "yes", gemeente: "yes"},
        "desk",
    )
    clock.advance(timedelta(hours=1))
    return request.id


@pytest.fixture
def heard(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> Exported:
    return exported(service, clock, _lotte(service, catalog, clock, True), tmp_path)


@pytest.fixture
def unheard(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> Exported:
    return exported(service, clock, _lotte(service, catalog, clock, False), tmp_path)


def _refused(report: VerifyReport, part: str) -> None:
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(part in p for p in report.problems), report.problems


def _with_heard(view: ProofView, position: int, lines: tuple[str, ...] | None) -> ProofView:
    items = tuple(
        dataclasses.replace(i, youth_heard=lines) if i.position == position else i
        for i in view.items
    )
    return dataclasses.replace(view, items=items)


def _view_seq(case: Exported) -> int:
    audit = json.loads(case.files[AUDIT])
    (seq,) = [e["seq"] for e in audit["events"] if e["kind"] == "youth.view_heard"]
    return int(seq)


def test_the_proof_shows_what_lotte_said_and_that_the_other_part_has_no_view(
    heard: Exported,
) -> None:
    text = " ".join(pdf_text(heard.files[PDF]).split())
    seq = _view_seq(heard)
    assert f"Gebeurtenis {seq} — " in text
    assert "aan de balie of telefonisch: de jongere wil het niet." in text
    assert "Er is geen mening van de jongere vastgelegd." in text  # part 2: nothing said
    assert text.count("Mening van de jongere (geen besluit)") == 2
    assert text.count(NOTE_START) == 2


def test_a_turned_removed_added_or_reworded_view_is_refused(heard: Exported) -> None:
    """The insider re-renders bewijs.pdf (one export, each forgery in turn)."""
    (uwv, _) = heard.view.items
    assert uwv.youth_heard is not None
    none = ("Er is geen mening van de jongere vastgelegd.",)
    forgeries = {
        "gedraaid": (
            1,
            tuple(x.replace("wil het niet", "vindt het goed") for x in uwv.youth_heard),
        ),
        "zonder-kop": (1, None),
        "geen-mening": (1, none),
        "bijgezet": (2, uwv.youth_heard),  # her view on part 1 copied onto part 2
        "woorden": (1, (uwv.youth_heard[0].rstrip(".") + ", maar zij tekende toch mee.",)),
    }
    for name, (position, lines) in forgeries.items():
        report = rerendered(heard, _with_heard(heard.view, position, lines), f"{name}.tbewijs")
        _refused(report, "de mening van de jongere")


def test_the_view_event_left_out_of_the_log_proof_is_refused(heard: Exported) -> None:
    """The insider leaves the event out and prints "geen mening": the logged export names it."""
    audit = json.loads(heard.files[AUDIT])
    audit["events"] = [e for e in audit["events"] if e["kind"] != "youth.view_heard"]
    files = {**heard.files, AUDIT: json.dumps(audit, indent=2, ensure_ascii=False).encode()}
    lines = ("Er is geen mening van de jongere vastgelegd.",)
    report = rerendered(heard, _with_heard(heard.view, 1, lines), "weggelaten.tbewijs", files)
    _refused(report, "meningen van de jongere in het logboekbewijs")


def test_no_view_recorded_is_said_and_a_forged_one_refused(unheard: Exported) -> None:
    text = " ".join(pdf_text(unheard.files[PDF]).split())
    assert text.count("Er is geen mening van de jongere vastgelegd.") == 2
    forged = (
        "Gebeurtenis 3 — 01-02-2026 10:00, aan de balie of telefonisch: de jongere vindt het goed.",
    )
    report = rerendered(unheard, _with_heard(unheard.view, 1, forged), "verzonnen.tbewijs")
    _refused(report, "de mening van de jongere")


def test_a_proof_of_a_16_year_olds_own_decision_prints_no_view_section(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    youth = service.people.add_youth(
        birth_date=birth_date_for_age(clock.today(), 16).isoformat(),
        given_name="Daan",
        family_name="Smit",
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    clock.advance(timedelta(hours=1))
    case = exported(service, clock, request.id, tmp_path)
    assert "Mening van de jongere" not in pdf_text(case.files[PDF])
    # …and one printed there anyway is refused.
    lines = ("Er is geen mening van de jongere vastgelegd.",)
    report = rerendered(case, _with_heard(case.view, 1, lines), "bijgezet.tbewijs")
    _refused(report, "de mening van de jongere")
