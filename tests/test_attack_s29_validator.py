"""An independent validator forges a genuine package (proof29), the ways no earlier test did.

An insider with the organisation's key re-signs each; every one must be refused (exit 1, a
Dutch sentence naming the file). Before proof29 several verified authentic:

- JSON values Python compares equal to what verify expected but of another type, which other
  readers read otherwise: a part's position 1.0, an event's number "20" or 20.0,
  `needs_reconfirmation: 0`, `ended: 0` (JavaScript's `0 === false` is false), a FHIR
  verification's `verified: 1` → now every receipt value has the type its schema names
  (verify_schema._wrong_types) and FHIR is compared as JSON;
- a signer's or the youth's name with a Cyrillic "а", NFD accents or a zero-width space in
  the FHIR Consent or the receipt → the FHIR fields are held to the receipt (verify_fhir);
- and, refused already, kept so: a number as string where the log has a number, an
  identifier as a number, "Deny" for "deny", a member twice in different case, a member
  whose name is NFD."""

# ruff: noqa: F811  (the s8 module's `insider` fixture, imported, is the tests' parameter)
from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from test_attack_s8_packages import Insider, insider, refused, signed  # noqa: F401

from toestemming.proof.package import RECEIPT

FHIR_1 = "fhir/consent-onderdeel-1.json"
Files = dict[str, bytes]


def _json(files: Files, name: str, edit: Callable[[Any], None]) -> Files:
    doc = json.loads(files[name])
    edit(doc)
    return {**files, name: json.dumps(doc, indent=2, ensure_ascii=False).encode()}


def _decision(receipt: Any) -> Any:
    return next(e for e in receipt["consents"][0]["events"] if e["type"] == "decision")


def _set(
    path: Callable[[Any], Any], key: str, value: Callable[[Any], Any]
) -> Callable[[Any], None]:
    def edit(doc: Any) -> None:
        target = path(doc)
        target[key] = value(target[key])

    return edit


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


first = lambda r: r["consents"][0]  # noqa: E731
RECEIPT_EDITS: dict[str, tuple[Callable[[Any], None], str]] = {
    "position-as-float": (_set(first, "position", float), "andere soort"),
    "seq-as-string": (_set(_decision, "seq", str), "andere soort"),
    "seq-as-float": (_set(_decision, "seq", float), "andere soort"),
    "reconfirm-as-0": (_set(first, "needs_reconfirmation", int), "andere soort"),
    "ended-as-0": (_set(lambda r: r["consents"][0]["termination"], "ended", int), "andere soort"),
    "item-as-string": (_set(first, "item_id", str), FHIR_1),
    "item-as-true": (_set(first, "item_id", lambda v: True), FHIR_1),
    "age-as-string": (_set(_decision, "age_then", str), "wijkt af van het logboek"),
    "signer-as-string": (_set(lambda r: _decision(r)["by"], "id", str), "wijkt af"),
    "name-cyrillic": (
        _set(lambda r: _decision(r)["by"], "name", lambda v: v.replace("a", "\u0430")),
        FHIR_1,
    ),
    "name-nfd": (_set(lambda r: _decision(r)["by"], "name", _nfd), FHIR_1),
    "youth-nfd": (_set(lambda r: r["pii_principal"], "name", _nfd), FHIR_1),
    "youth-zero-width": (
        _set(lambda r: r["pii_principal"], "name", lambda v: v.replace(" ", " \u200b")),
        FHIR_1,
    ),
}
FHIR_EDITS: dict[str, tuple[Callable[[Any], None], str]] = {
    "identifier-as-number": (_set(lambda f: f["identifier"][1], "value", int), FHIR_1),
    "subject-nfd": (_set(lambda f: f["subject"], "display", _nfd), "subject (de jongere)"),
    "verified-as-1": (_set(lambda f: f["verification"][0], "verified", int), "verification"),
    "decision-capital": (_set(lambda f: f, "decision", str.capitalize), FHIR_1),
}


@pytest.mark.parametrize("what", sorted(RECEIPT_EDITS))
def test_a_receipt_value_another_reader_reads_otherwise(insider: Insider, what: str) -> None:
    edit, words = RECEIPT_EDITS[what]
    files = _json(insider.later, RECEIPT, edit)
    assert files[RECEIPT] != insider.later[RECEIPT]
    refused(insider, signed(files, insider.signing_key), f"v29-{what}.tbewijs", words)


@pytest.mark.parametrize("what", sorted(FHIR_EDITS))
def test_a_fhir_value_another_reader_reads_otherwise(insider: Insider, what: str) -> None:
    edit, words = FHIR_EDITS[what]
    files = _json(insider.later, FHIR_1, edit)
    refused(insider, signed(files, insider.signing_key), f"v29f-{what}.tbewijs", words)


def test_the_youths_name_in_nfd_in_the_receipt_and_every_consent(insider: Insider) -> None:
    """Consistent everywhere but the PDF (and the log's salted commitment): still refused."""
    files = _json(insider.later, RECEIPT, _set(lambda r: r["pii_principal"], "name", _nfd))
    for name in [n for n in files if n.startswith("fhir/")]:
        files = _json(files, name, _set(lambda f: f["subject"], "display", _nfd))
    refused(insider, signed(files, insider.signing_key), "v29-nfd-overal.tbewijs")


def test_a_member_twice_in_another_case(insider: Insider) -> None:
    files = {**insider.later, "Receipt.json": insider.later[RECEIPT]}
    refused(insider, signed(files, insider.signing_key), "v29-hoofdletter.tbewijs", "Receipt.json")


def test_a_member_whose_name_is_a_listed_one_in_nfd(insider: Insider) -> None:
    """A text with an accent in its name, listed as NFC and packed as NFD too."""
    nfc = unicodedata.normalize("NFC", "teksten/onderdeel-1-é.txt")
    files = {**insider.later, nfc: b"x", _nfd(nfc): b"y"}
    refused(insider, signed(files, insider.signing_key), "v29-nfd.tbewijs")
