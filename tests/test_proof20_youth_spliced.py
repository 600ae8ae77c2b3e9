"""A youth's package put together by an insider with the organisation's key (proof20).

A youth's package is "everything we hold about this youth's consents": the officer hands it
over as the whole. Each inner package is a complete, signed request package, so an insider
can take one out (the request where the father said no, the one that was withdrawn), or
build a "youth package" from packages of separate exports that never were one, and sign the
outer manifest again. Every youth export since the first (7ecfacf) is one logged
`proof.exported` naming all of the youth's requests, proven in each inner package: so the
inner packages must share that one export, and be exactly the requests it names."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from youth_package_support import Files, exported, resigned, unzip

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _two_requests(service: Service, c: SimpleNamespace, make_youth: Callable[..., Any]) -> Any:
    """A 14-year-old's mother said yes to the UWV, and no to the work placement."""
    case = make_youth(14, parents=1)
    mother = SignerRef.representative(case.parents[0].id)
    requests = []
    for purpose, recipient, answer in (
        (c.werk, c.uwv, "yes"),
        (c.stage, c.werkgever, "no"),
    ):
        request = service.consents.create_request(
            case.youth.id, [ItemSpec(purpose.id, recipient.id, (c.contact.id,))]
        )
        service.consents.record_decisions(request.id, mother, {request.items[0].id: answer}, "desk")
        requests.append(request)
    return case.youth, requests


def _without_inner(files: Files, dropped: str) -> Files:
    """`files` without the inner package `dropped`, and the index without its entry."""
    index = json.loads(files["jongere.json"])
    index["packages"] = [p for p in index["packages"] if p["file"] != dropped]
    out = {n: d for n, d in files.items() if n != dropped}
    out["jongere.json"] = json.dumps(index, indent=2).encode()
    return out


def _forged(service: Service, files: Files, path: Path) -> VerifyReport:
    signing_key, _ = service.forms.proof._keys()
    return verify(resigned(files, signing_key, path), trust=service.forms.proof.own_trust())


def test_a_request_package_taken_out_of_a_youth_package_is_missed(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], tmp_path: Path
) -> None:
    """The insider takes the package of the "no" out, with its index entry, and re-signs:
    what is left shows only the "yes". The export that made the package names both requests
    (its proof.exported is in the remaining inner package's log proof)."""
    youth, requests = _two_requests(service, catalog, make_youth)
    files, _facts = exported(service, youth.id, tmp_path / "echt.ttbewijs")
    refused = next(
        n for n in files if n.startswith("verzoeken/") and requests[1].reference_code in n
    )
    report = _forged(service, _without_inner(files, refused), tmp_path / "zonder-nee.ttbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any(
        requests[1].reference_code in p or "niet alle verzoeken" in p for p in report.problems
    ), report.problems


def test_a_youth_package_spliced_from_separate_exports_is_refused(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The insider exports the "yes" request on its own, and builds a youth package around it
    (the genuine youth package's index, lists and README, the inner package swapped), leaving
    the "no" out. The single export names only that request, and is not the export the lists
    prove either; without the lists, it still is no youth export."""
    youth, requests = _two_requests(service, catalog, make_youth)
    files, _facts = exported(service, youth.id, tmp_path / "echt.ttbewijs")
    single = service.forms.proof.export_request(requests[0].id, tmp_path / "los.tbewijs")
    refused = next(
        n for n in files if n.startswith("verzoeken/") and requests[1].reference_code in n
    )
    kept = next(n for n in files if n.startswith("verzoeken/") and requests[0].reference_code in n)
    spliced = {**_without_inner(files, refused), kept: single.read_bytes()}
    report = _forged(service, spliced, tmp_path / "gesplitst.ttbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    bare = {n: d for n, d in spliced.items() if n not in ("bezwaren.json", "verstrekkingen.json")}
    report = _forged(service, bare, tmp_path / "kaal.ttbewijs")
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("geen export van deze jongere" in p for p in report.problems), report.problems


def test_a_genuine_youth_package_of_two_requests_verifies(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], tmp_path: Path
) -> None:
    youth, _requests = _two_requests(service, catalog, make_youth)
    path = service.forms.proof.export_youth_package(youth.id, tmp_path / "echt.ttbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC and report.ok, report.problems
    assert len([n for n in unzip(path.read_bytes()) if n.startswith("verzoeken/")]) == 2
