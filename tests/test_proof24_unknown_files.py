"""Files the program never writes into a proof package (proof24). An insider with the
organisation's key takes a genuine package and adds a file: another youth's inzage or
transitieformulier, an edited "bewijs-ja.pdf", a text or FHIR Consent for an item the request
does not have, and signs the manifest anew. Before, `verify` counted the files and said
"OK — bewijspakket in orde" — as if the organisation vouched for whatever was added. Now a
package is the export's files and nothing else: exit 1, a Dutch sentence naming the file.
The same for a youth's package and for a request package inside it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_forgery_support import Insider, genuine_package, resigned, verify_cli
from youth_package_support import exported, unzip
from youth_package_support import resigned as youth_resigned

from toestemming.model import SignerRef
from toestemming.proof.package import PDF
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

NEVER = "dit bestand schrijft het programma nooit in een bewijspakket"


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    return genuine_package(tmp_path_factory.mktemp("onbekend"))


def test_the_genuine_package_still_verifies(insider: Insider) -> None:
    code, out, _ = verify_cli(insider, resigned(insider, insider.files[PDF], "echt.tbewijs"))
    assert code == EXIT_AUTHENTIC, out


@pytest.mark.parametrize(
    "name",
    [
        "transitieformulier.pdf",  # another youth's, or an edited one
        "inzage/inzage-jongere.pdf",
        "bewijs-ja.pdf",
        "teksten/onderdeel-4.txt",  # the request has items 1–3
        "fhir/consent-onderdeel-7.json",
        "teksten/toelichting.txt",
        "LEESMIJ-2.txt",
    ],
)
def test_a_file_added_and_signed_in_by_the_insider_is_refused(insider: Insider, name: str) -> None:
    copied = "fhir/consent-onderdeel-1.json" if name.endswith(".json") else PDF
    added = dataclasses.replace(insider, files={**insider.files, name: insider.files[copied]})
    code, out, err = verify_cli(insider, resigned(added, insider.files[PDF], "erbij.tbewijs"))
    assert code == EXIT_NOT_INTACT, out
    assert f"{name}: {NEVER}" in err
    assert "OK" not in out + err


def _youth_with_a_request(
    service: Service, c: SimpleNamespace, make_youth: Callable[..., Any]
) -> int:
    case = make_youth(14, parents=1)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    mother = SignerRef.representative(case.parents[0].id)
    service.consents.record_decisions(request.id, mother, {request.items[0].id: "yes"}, "desk")
    return int(case.youth.id)


def test_a_youth_package_with_an_inzage_signed_in_is_refused(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], tmp_path: Path
) -> None:
    youth = _youth_with_a_request(service, catalog, make_youth)
    files, _ = exported(service, youth, tmp_path / "jongere.tbewijs")
    inzage = service.forms.render_inzage(youth)
    signing_key, _ = service.forms.proof._keys()
    path = youth_resigned({**files, "inzage.pdf": inzage}, signing_key, tmp_path / "f.tbewijs")
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_NOT_INTACT
    assert any(p.startswith(f"inzage.pdf: {NEVER}") for p in report.problems), report.problems


def test_a_request_package_inside_a_youth_package_with_a_file_signed_in_is_refused(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], tmp_path: Path
) -> None:
    youth = _youth_with_a_request(service, catalog, make_youth)
    files, _ = exported(service, youth, tmp_path / "jongere.tbewijs")
    signing_key, _ = service.forms.proof._keys()
    (inner,) = [n for n in files if n.startswith("verzoeken/")]
    inner_files = unzip(files[inner])
    form = service.forms.render_inzage(youth)
    inner_path = youth_resigned(
        {**inner_files, "transitieformulier.pdf": form}, signing_key, tmp_path / "binnen.zip"
    )
    outer = {**files, inner: inner_path.read_bytes()}
    report = verify(youth_resigned(outer, signing_key, tmp_path / "f.tbewijs"))
    assert report.exit_code == EXIT_NOT_INTACT
    assert any(f"transitieformulier.pdf: {NEVER}" in p for p in report.problems), report.problems
