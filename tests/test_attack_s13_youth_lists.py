"""The youth's proof package lists what asked no consent (bezwaren.json, verstrekkingen.json),
each entry proven in the signed log. Attacked as an insider with the organisation's key who
re-signs the outer manifest: every listed event is genuine, but the one that embarrasses (the
objection, the disclosure despite it) is left out — taken from the list and from its proof,
or by putting in the list of an older genuine export. A proof of inclusion cannot show that
nothing was left out; the export's own logged event (proof.exported, inside the signed
checkpoint) now names the events each list holds, so a shorter list no longer verifies."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from legal_duty_support import LAW, STEPS
from youth_package_support import Files, exported, verify_resigned, youth_with_an_objection

from toestemming.clock import FixedClock
from toestemming.proof.verify import VerifyReport
from toestemming.service import Service

LISTS = ("bezwaren.json", "verstrekkingen.json")


@dataclass(frozen=True)
class Package:
    """A youth's exported package (verified as it came out) and what an insider makes of it."""

    service: Service
    youth_id: int
    files: Files
    folder: Path

    def forged(self, files: Files, name: str) -> VerifyReport:
        """verify of `files` re-signed with the organisation's key at `name` in the folder."""
        return verify_resigned(self.service, files, self.folder / name)


@pytest.fixture
def objected(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> Package:
    """The package of a 19-year-old who objected to the gemeente's sharing on its public
    task (youth_with_an_objection), exported after the objection."""
    objection = youth_with_an_objection(service, catalog, make_youth, clock)
    files, _facts = exported(service, objection.youth_id, tmp_path / "now.ttbewijs")
    return Package(service, objection.youth_id, files, tmp_path)


def _without(doc: dict[str, Any], key: str, seqs: set[int]) -> bytes:
    """The list and its proof with the events `seqs` taken out."""
    doc = json.loads(json.dumps(doc))
    doc[key] = [e for e in doc[key] if e["seq"] not in seqs]
    doc["logboek"]["events"] = [e for e in doc["logboek"]["events"] if e["seq"] not in seqs]
    return json.dumps(doc).encode()


def test_an_objection_left_out_of_a_re_signed_package_is_caught(objected: Package) -> None:
    files = objected.files
    objections = json.loads(files["bezwaren.json"])
    (entry,) = objections["bezwaren"]
    forged = {**files, "bezwaren.json": _without(objections, "bezwaren", {entry["seq"]})}
    report = objected.forged(forged, "a.ttbewijs")
    assert any("bezwaren.json: de lijst is niet volledig" in p for p in report.problems), (
        report.problems,
        report.facts,
    )
    # The disclosure taken out of verstrekkingen.json the same way.
    sharing = json.loads(files["verstrekkingen.json"])
    shown = {e["seq"] for e in sharing["verstrekkingen"] if e["soort"] == "verstrekking"}
    forged = {**files, "verstrekkingen.json": _without(sharing, "verstrekkingen", shown)}
    report = objected.forged(forged, "b.ttbewijs")
    assert any("verstrekkingen.json: de lijst is niet volledig" in p for p in report.problems)
    # Or the export's proof taken out too, the list written as the older format (/1): it
    # verifies as an older package does, and says its completeness is not proven.
    older = json.loads(_without(sharing, "verstrekkingen", {sharing["export"]}))
    older["format"] = "toestemming-verstrekkingen/1"
    del older["export"]
    forged = {**files, "verstrekkingen.json": json.dumps(older).encode()}
    report = objected.forged(forged, "e.ttbewijs")
    assert any("niets is weggelaten, bewijst dit pakket niet" in f for f in report.facts)


def test_the_lists_of_an_older_export_spliced_into_a_newer_package_are_caught(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """Exported before the objection, and again after: the insider puts the older genuine
    lists (complete for their own export) into the newer package."""
    old: Files = {}
    objection = youth_with_an_objection(
        service,
        catalog,
        make_youth,
        clock,
        before_objecting=lambda y: old.update(exported(service, y, tmp_path / "old.ttbewijs")[0]),
    )
    new, _facts = exported(service, objection.youth_id, tmp_path / "new.ttbewijs")
    package = Package(service, objection.youth_id, new, tmp_path)
    spliced = {**new, **{n: old[n] for n in LISTS}}
    report = package.forged(spliced, "c.ttbewijs")
    assert any("andere export dan de lijsten" in p for p in report.problems), report.problems
    # Only one of the two lists from the older export: the lists disagree.
    mixed = {**new, "bezwaren.json": old["bezwaren.json"]}
    report = package.forged(mixed, "f.ttbewijs")
    assert not report.ok


def test_a_package_without_the_lists_says_what_it_does_not_prove(objected: Package) -> None:
    """A package without the lists says that objections and sharing without consent are not
    proven in it (an older one still verifies; one whose lists were taken out after a logged
    export that names them no longer does: see the test below)."""
    bare = {n: d for n, d in objected.files.items() if n not in LISTS}
    report = objected.forged(bare, "d.ttbewijs")
    facts = "\n".join(report.facts)
    assert "bezwaren.json" in facts and "verstrekkingen.json" in facts, facts
    assert "niet" in facts


def test_the_youths_package_proves_the_law_a_sharing_went_on(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The verzuimmelding went to leerplicht without the youth's consent, because the purpose
    is marked as required by law. Her package says which law, as the log has the marking —
    an insider cannot relabel it — and names no other purpose's duty."""
    c = catalog
    service.legal_duties.mark(c.leerplicht.id, LAW, until_age=18)
    service.legal_duties.mark(c.stage.id, "Een andere wet, art. 1", until_age=None)
    youth = make_youth(16).youth
    args = (youth.id, c.rbl.id, c.leerplicht.id)
    weighing = service.sharing.record_assessment(*args, "legal_obligation", *STEPS, True)
    clock.advance(timedelta(hours=1))
    service.sharing.record_disclosure(*args, [c.contact.id], assessment_id=weighing.id)
    files, _facts = exported(service, youth.id, tmp_path / "now.ttbewijs")
    doc = json.loads(files["verstrekkingen.json"])
    duties = [e for e in doc["verstrekkingen"] if e["soort"] == "wettelijke plicht"]
    assert [(d["purpose"], d["law"], d["until_age"]) for d in duties] == [
        (c.leerplicht.id, LAW, 18)
    ]
    duties[0]["law"] = "Wet op de jeugdzorg"
    forged = {**files, "verstrekkingen.json": json.dumps(doc).encode()}
    report = verify_resigned(service, forged, tmp_path / "g.ttbewijs")
    assert any("anders dan het logboek" in p for p in report.problems), report.problems


def test_a_list_the_signed_export_names_cannot_be_left_out_of_the_package(
    objected: Package,
) -> None:
    """The insider does not shorten bezwaren.json: they take the whole file out and re-sign.
    The export's own logged event (proven in verstrekkingen.json and in the inner package's
    log proof) names the objection the list held, so the package is short of what the log
    says was exported: refused, not a mere "not in this package"."""
    forged = {n: d for n, d in objected.files.items() if n != "bezwaren.json"}
    report = objected.forged(forged, "g.ttbewijs")
    assert not report.ok, report.facts
    assert any("bezwaren.json" in p and "ontbreekt" in p for p in report.problems)
    # Both lists taken out: the inner package's proof of the export still names them.
    bare = {n: d for n, d in forged.items() if n != "verstrekkingen.json"}
    report = objected.forged(bare, "h.ttbewijs")
    assert not report.ok, report.facts
    assert any("bezwaren.json" in p and "ontbreekt" in p for p in report.problems)


def test_a_list_rewritten_in_the_older_format_is_caught_by_the_export_it_came_from(
    objected: Package,
) -> None:
    """The insider drops the disclosure from verstrekkingen.json together with the export's
    proof and labels the list /1 ("from before the completeness check"), and bezwaren.json
    likewise. The inner package's proof of the same export names the lists' events: an export
    that names them cannot have written a /1 list, so the package is refused."""
    forged = dict(objected.files)
    for name, key_ in (("verstrekkingen.json", "verstrekkingen"), ("bezwaren.json", "bezwaren")):
        doc = json.loads(objected.files[name])
        dropped = {e["seq"] for e in doc[key_] if e.get("soort", "verstrekking") == "verstrekking"}
        older = json.loads(_without(doc, key_, dropped | {doc["export"]}))
        older["format"] = doc["format"].rpartition("/")[0] + "/1"
        del older["export"]
        forged[name] = json.dumps(older).encode()
    report = objected.forged(forged, "i.ttbewijs")
    assert not report.ok, report.facts
    assert any("verstrekkingen.json is in het oudere formaat" in p for p in report.problems), (
        report.problems
    )
