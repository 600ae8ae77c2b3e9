"""The names a youth's list shows ("ontvanger", "doel") are held to the signed log (proof18).

An entry of bezwaren.json or verstrekkingen.json repeats its event's fields; the log names
recipient and purpose by number only, and the names beside them were the vault's rows at
export. An insider with the organisation's key made the gemeente's objection read as one
against the UWV (or the disclosure's purpose another), re-signed the outer manifest, and
`verify` said authentic. Now the export puts the catalogue's events (`recipient.added`, the
purpose version's event) in the list's log proof, and each name must be what they logged; a
list whose logged export promises that, but lacks them, is refused too."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from youth_package_support import YouthPackage, objected_package

from toestemming.clock import FixedClock
from toestemming.proof import youth_names
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, VerifyReport
from toestemming.service import Service

OBJECTIONS, SHARING = "bezwaren.json", "verstrekkingen.json"


Youth = YouthPackage


@pytest.fixture
def youth(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Youth:
    return objected_package(service, catalog, make_youth, clock, tmp_path)


def refused(report: VerifyReport, name: str, said: str) -> None:
    assert report.exit_code == EXIT_NOT_INTACT, report.facts
    assert any(p.startswith(name) and said in p for p in report.problems), report.problems
    assert not any("Traceback" in p for p in report.problems)


def test_the_genuine_package_proves_its_names(youth: Youth, catalog: SimpleNamespace) -> None:
    doc = json.loads(youth.files[OBJECTIONS])
    (entry,) = doc["bezwaren"]
    assert entry["ontvanger"] == catalog.gemeente.display_name
    kinds = {e["kind"] for e in doc["logboek"]["events"]}
    assert youth_names.RECIPIENT_KIND in kinds and kinds & youth_names.PURPOSE_KINDS
    assert "bewijst het logboek alleen als nummer" not in youth.facts


def test_an_objection_shown_against_another_recipient_is_refused(
    youth: Youth, catalog: SimpleNamespace
) -> None:
    def rename(doc: dict[str, Any]) -> None:
        doc["bezwaren"][0]["ontvanger"] = catalog.uwv.display_name

    report = youth.forged(OBJECTIONS, rename, "uwv.ttbewijs")
    refused(report, OBJECTIONS, "een andere ontvanger of een ander doel")


def test_a_disclosure_shown_for_another_purpose_is_refused(youth: Youth) -> None:
    def other_purpose(doc: dict[str, Any]) -> None:
        for entry in doc["verstrekkingen"]:
            if "doel" in entry:
                entry["doel"] = "Melding verzuim aan leerplicht"

    report = youth.forged(SHARING, other_purpose, "doel.ttbewijs")
    refused(report, SHARING, "een andere ontvanger of een ander doel")


def test_names_whose_proof_was_taken_out_are_refused(
    youth: Youth, catalog: SimpleNamespace
) -> None:
    """The insider drops the catalogue's events too, so the list looks like one from before
    the names were proven: its logged export says they are, so it is refused."""

    def rename_and_strip(doc: dict[str, Any]) -> None:
        doc["bezwaren"][0]["ontvanger"] = catalog.uwv.display_name
        doc["logboek"]["events"] = [
            e for e in doc["logboek"]["events"] if e["kind"] not in youth_names.KINDS
        ]

    report = youth.forged(OBJECTIONS, rename_and_strip, "kaal.ttbewijs")
    refused(report, OBJECTIONS, "terwijl de vastgelegde export dat belooft")


def test_the_genuine_package_re_signed_stays_authentic(youth: Youth) -> None:
    report = youth.forged(OBJECTIONS, lambda doc: None, "zelfde.ttbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_a_list_from_before_the_names_were_proven_says_so() -> None:
    """An older export (no `names` in its logged event) carries no catalogue events: it
    verifies as before, and the report says the names are not proven."""
    events = {7: {"kind": "objection.recorded", "data": {"recipient": 2, "purpose": 3}}}
    listed = [{"seq": 7, "ontvanger": "Gemeente", "doel": "Werk"}]
    problems, facts = youth_names.check(OBJECTIONS, listed, events, [], False)
    assert problems == [] and "alleen als nummer" in facts[0]
    problems, _ = youth_names.check(OBJECTIONS, listed, events, [], True)
    assert problems
