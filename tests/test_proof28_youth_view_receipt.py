"""The young person's view in receipt.json and the FHIR Consents (proof28).

Lotte (14) told the desk she does not want UWV to know; her mother said "ja". Since proof27
bewijs.pdf shows Lotte's view, but receipt.json and the FHIR Consent — what another system
reads — said nothing of it, and nothing held them: an insider could write "vindt het goed"
there and the package verified. Now both carry the view (`youth_views`; a FHIR extension),
the export's logged event says the receipt does (receipt generation 4), and verify holds
them to the log: turned, removed, emptied, copied to another item, or added in FHIR — each
refused. A package of the release before (receipt generation 3, no such field) still
verifies."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import PASSPHRASE, START
from proof21_support import Exported, exported, rerendered
from test_proof27_youth_view import _lotte

from toestemming.clock import FixedClock
from toestemming.proof import package, youth_heard
from toestemming.proof.package_files import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.service import Service
from toestemming.store.header import KdfParams

FHIR_1, FHIR_2 = "fhir/consent-onderdeel-1.json", "fhir/consent-onderdeel-2.json"
REFUSED_RECEIPT = "de mening van de jongere is niet wat het logboek vastlegde"
REFUSED_FHIR = "zegt iets anders dan receipt.json"
# Lotte's view on part 1, as the insider copies it onto part 2 (its event number and moment).
LOTTE_OBJECTS = {
    "seq": 1,
    "heard_at": "2026-01-01T00:00:00Z",
    "channel": "desk",
    "view": "objects",
    "text": "de jongere wil het niet",
}


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    """Lotte's package, exported once for the module (every test only reads it and re-signs
    copies; the vault stays open for the insider's keys)."""
    folder = tmp_path_factory.mktemp("mening")
    clock = FixedClock(START)
    service, _ = Service.create(
        folder / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        c = service.catalog
        catalog = SimpleNamespace(
            uwv=c.add_recipient("UWV", "arbeid", "Werkbedrijf"),
            gemeente=c.add_recipient("Gemeente Utrecht", "gemeente", "Werk & Inkomen"),
            werk=c.add_purpose("begeleiding-werk", "Begeleiding naar werk", "Hulp bij werk."),
            contact=c.add_category("contact", "Contactgegevens", "Naam, adres.", "dat", False),
        )
        yield exported(service, clock, _lotte(service, catalog, clock, True), folder)
    finally:
        service.close()


def _json(data: Any) -> bytes:
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


def _edited(case: Exported, name: str, edit: Callable[[Any], None]) -> dict[str, bytes]:
    doc = json.loads(case.files[name])
    edit(doc)
    return {**case.files, name: _json(doc)}


def test_the_receipt_and_fhir_carry_lottes_view_and_verify(heard: Exported) -> None:
    receipt = json.loads(heard.files[RECEIPT])
    uwv, gemeente = receipt["consents"]
    (view,) = uwv["youth_views"]
    assert (view["view"], view["text"], view["decides"]) == (
        "objects",
        "de jongere wil het niet",
        False,
    )
    assert gemeente["youth_views"] == []
    fhir = json.loads(heard.files[FHIR_1])
    (extension,) = fhir["extension"]
    assert extension["url"] == youth_heard.FHIR_EXTENSION
    assert {"url": "view", "valueCode": "objects"} in extension["extension"]
    assert "extension" not in json.loads(heard.files[FHIR_2])
    report = rerendered(heard, heard.view, "echt.tbewijs")
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def _turned(doc: Any) -> None:
    view = doc["consents"][0]["youth_views"][0]
    view["view"], view["text"] = "agrees", "de jongere vindt het goed"


def _removed(doc: Any) -> None:
    del doc["consents"][0]["youth_views"]


def _emptied(doc: Any) -> None:
    doc["consents"][0]["youth_views"] = []


def _copied(doc: Any) -> None:
    doc["consents"][1]["youth_views"] = doc["consents"][0]["youth_views"]


@pytest.mark.parametrize("edit", [_turned, _removed, _emptied, _copied], ids=lambda f: f.__name__)
def test_a_forged_view_in_the_receipt_is_refused(heard: Exported, edit: Any) -> None:
    files = _edited(heard, RECEIPT, edit)
    report = rerendered(heard, heard.view, f"receipt{edit.__name__}.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(REFUSED_RECEIPT in p for p in report.problems), report.problems


def _fhir_turned(doc: Any) -> None:
    parts = doc["extension"][0]["extension"]
    parts[:] = [{"url": "view", "valueCode": "agrees"} if p["url"] == "view" else p for p in parts]


def _fhir_removed(doc: Any) -> None:
    del doc["extension"]


@pytest.mark.parametrize(
    ("name", "edit"),
    [
        (FHIR_1, _fhir_turned),
        (FHIR_1, _fhir_removed),
        (FHIR_2, lambda doc: doc.update(extension=youth_heard.fhir_value([LOTTE_OBJECTS]))),
    ],
    ids=["turned", "removed", "added"],
)
def test_a_forged_view_in_fhir_is_refused(heard: Exported, name: str, edit: Any) -> None:
    files = _edited(heard, name, edit)
    report = rerendered(heard, heard.view, "fhir.tbewijs", files)
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(REFUSED_FHIR in p for p in report.problems), report.problems


def test_a_package_of_the_release_before_without_the_field_still_verifies(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Session 22's export: the log says receipt 3, receipt and FHIR say nothing of views."""
    monkeypatch.setattr(package, "YOUTH_VIEWS", 3)
    monkeypatch.setattr(youth_heard, "receipt_value", lambda views, item: [])
    case = exported(service, clock, _lotte(service, catalog, clock, True), tmp_path)
    monkeypatch.undo()

    def old(doc: Any) -> None:
        for consent in doc["consents"]:
            del consent["youth_views"]

    files = _edited(case, RECEIPT, old)
    report = rerendered(case, case.view, "oud.tbewijs", files)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    # …and one whose receipt a forger gave a view Lotte never gave is refused all the same
    seq = json.loads(case.files[RECEIPT])["consents"][0]["events"][0]["seq"]

    def forged(doc: Any) -> None:
        old(doc)
        doc["consents"][0]["youth_views"] = [{**LOTTE_OBJECTS, "seq": seq, "view": "agrees"}]

    report = rerendered(case, case.view, "oud-bijgezet.tbewijs", _edited(case, RECEIPT, forged))
    assert report.exit_code != EXIT_AUTHENTIC
    assert any(REFUSED_RECEIPT in p for p in report.problems), report.problems
