"""A youth's package (inzage) says nothing `verify` did not check (session 15, after proof16 did
this for a request's package).

An insider with the organisation's key takes the youth's genuine package, adds to one of its
JSON files what the program never writes there — a remark on the objection ("ingetrokken,
mondeling"), an "overrides" at the top, the law of a legal duty on a disclosure it never had, an
explanation for people in other words, a status of an inner package in jongere.json — and signs
the outer manifest again. Every logged event is genuine and every compared field unchanged, so
`verify` called it authentic while a reader (the youth, her lawyer, the AP) read the addition.
Now each is refused: exit 1, a Dutch sentence naming the file, no traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from youth_package_support import YouthPackage, objected_package

from toestemming.clock import FixedClock
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, VerifyReport
from toestemming.proof.youth_sharing import SPEC as SHARING
from toestemming.service import Service

Edit = Callable[[dict[str, Any]], None]


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


def refused(report: VerifyReport, name: str, field: str) -> None:
    assert report.exit_code == EXIT_NOT_INTACT, report.facts
    assert any(
        p.startswith(name) and field in p and "nooit schrijft" in p for p in report.problems
    ), report.problems


def _objection(doc: dict[str, Any]) -> dict[str, Any]:
    (entry,) = doc["bezwaren"]
    return entry  # type: ignore[no-any-return]


def test_a_remark_on_the_objection_is_refused(youth: Youth) -> None:
    def remark(doc: dict[str, Any]) -> None:
        _objection(doc)["opmerking"] = "Bezwaar mondeling ingetrokken, toch gedeeld met UWV."

    refused(youth.forged("bezwaren.json", remark, "a.ttbewijs"), "bezwaren.json", "opmerking")

    def kind(doc: dict[str, Any]) -> None:
        # An objection's list names no kinds: a "soort" there was compared with nothing.
        _objection(doc)["soort"] = "ingetrokken bezwaar"

    refused(youth.forged("bezwaren.json", kind, "a2.ttbewijs"), "bezwaren.json", "soort")


def test_overrides_at_the_top_of_a_list_are_refused(youth: Youth) -> None:
    def overrides(doc: dict[str, Any]) -> None:
        doc["overrides"] = {"bezwaar": "afgewezen"}

    report = youth.forged("verstrekkingen.json", overrides, "b.ttbewijs")
    refused(report, "verstrekkingen.json", "overrides")
    report = youth.forged("bezwaren.json", overrides, "c.ttbewijs")
    refused(report, "bezwaren.json", "overrides")


def test_a_field_of_another_kind_on_an_entry_is_refused(youth: Youth) -> None:
    """A legal duty's "law": on a disclosure it was never compared with the log, and
    says the youth's data went out because of a law."""

    def law(doc: dict[str, Any]) -> None:
        shown = next(e for e in doc["verstrekkingen"] if e["soort"] == "verstrekking")
        shown["law"] = "Participatiewet, art. 67"

    refused(youth.forged("verstrekkingen.json", law, "d.ttbewijs"), "verstrekkingen.json", "law")


def test_a_field_in_the_log_proof_of_a_list_is_refused(youth: Youth) -> None:
    def note(doc: dict[str, Any]) -> None:
        doc["logboek"]["events"][0]["toelichting"] = "Deze gebeurtenis is vervallen."

    refused(youth.forged("bezwaren.json", note, "e.ttbewijs"), "bezwaren.json", "toelichting")


def test_another_explanation_for_people_is_refused(youth: Youth) -> None:
    def explained(doc: dict[str, Any]) -> None:
        doc["uitleg"] = "Bezwaren die zijn afgewezen; de gegevens zijn gedeeld zoals gevraagd."

    report = youth.forged("bezwaren.json", explained, "f.ttbewijs")
    assert report.exit_code == EXIT_NOT_INTACT
    assert any(p.startswith("bezwaren.json") and "uitleg" in p for p in report.problems), (
        report.problems
    )


def test_fields_in_the_index_are_refused(youth: Youth) -> None:
    def status(doc: dict[str, Any]) -> None:
        doc["packages"][0]["status"] = "ingetrokken"

    refused(youth.forged("jongere.json", status, "g.ttbewijs"), "jongere.json", "status")

    def note(doc: dict[str, Any]) -> None:
        doc["note"] = "Toch gedeeld met UWV"

    refused(youth.forged("jongere.json", note, "h.ttbewijs"), "jongere.json", "note")


def test_the_genuine_package_re_signed_verifies_and_so_does_the_older_explanation(
    youth: Youth,
) -> None:
    """The control: re-signing alone is not what the cases above are refused for; and a
    verstrekkingen.json of before the legal duty's sentence (its explanation then) verifies."""
    assert youth.forged("jongere.json", lambda _doc: None, "i.ttbewijs").exit_code == (
        EXIT_AUTHENTIC
    )
    older = SHARING.explanation.removesuffix(
        " Een wettelijke plicht noemt de wet waarop zonder toestemming werd gedeeld."
    )
    assert older != SHARING.explanation

    def before(doc: dict[str, Any]) -> None:
        doc["uitleg"] = older

    report = youth.forged("verstrekkingen.json", before, "j.ttbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
