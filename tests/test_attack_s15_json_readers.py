"""Signed JSON in a proof package that another reader reads otherwise than `verify` (session 15).

An insider with the organisation's key signs every forgery below into an otherwise genuine
package. `verify` (Python) and a privacy officer's own tool (a JavaScript or C validator, a
JSON Schema check) must not see two different documents, and a package must not say more than
what `verify` checked:

- a number past 2^53: Python keeps every digit, JavaScript rounds it (RFC 7493 §2.2);
- a NUL inside a string: a C reader stops there ("nee\\u0000 … ja");
- a field receipt.py never writes (a "note" on a refused item saying it was shared anyway):
  `verify` skipped what it did not know, a reader of the receipt reads it;
- a receipt.schema.json other than the one the program ships: it tells a validator what the
  fields mean;
- a manifest whose "size" of a file is not that file's size (only its SHA-256 was compared).

Each must be refused: exit 1, a Dutch sentence naming the file, no traceback."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from test_attack_s8_packages import (  # noqa: F401
    Insider,
    edited_receipt,
    insider,
    refused,
    signed,
    write,
)

from toestemming import safejson
from toestemming.proof import verify
from toestemming.proof.package import AUDIT, MANIFEST, RECEIPT
from toestemming.proof.receipt import schema_bytes
from toestemming.proof.verify import EXIT_AUTHENTIC
from toestemming.proof.verify_schema import KNOWN_SCHEMAS

SCHEMA = "receipt.schema.json"


def _with_text(files: dict[str, bytes], name: str, text: str) -> dict[str, bytes]:
    return {**files, name: text.encode("utf-8")}


def test_a_number_past_2_to_the_53_is_refused(insider: Insider) -> None:  # noqa: F811
    text = insider.later[RECEIPT].decode()
    assert '"purpose_version": 1' in text
    forged = text.replace('"purpose_version": 1', '"purpose_version": 9007199254740993', 1)
    files = signed(_with_text(insider.later, RECEIPT, forged), insider.signing_key)
    refused(insider, files, "groot-getal.tbewijs", RECEIPT)


def test_a_nul_inside_a_string_is_refused(insider: Insider) -> None:  # noqa: F811
    def lie(receipt: dict[str, Any]) -> None:
        receipt["jurisdiction"] = receipt["jurisdiction"] + "\u0000 en de rest van de wereld"

    files = signed(edited_receipt(insider.later, lie), insider.signing_key)
    refused(insider, files, "nul-teken.tbewijs", RECEIPT)


def test_a_receipt_field_the_program_never_writes_is_refused(insider: Insider) -> None:  # noqa: F811
    def note(receipt: dict[str, Any]) -> None:
        receipt["consents"][2]["note"] = "Toch gedeeld met UWV – Werkbedrijf, mondeling akkoord."

    files = signed(edited_receipt(insider.later, note), insider.signing_key)
    err = refused(insider, files, "extra-veld.tbewijs", RECEIPT)
    assert "consents[3].note" in err or "note" in err


def test_a_top_level_receipt_field_the_program_never_writes_is_refused(insider: Insider) -> None:  # noqa: F811
    def note(receipt: dict[str, Any]) -> None:
        receipt["overrides"] = {"3": "dpv:ConsentGiven"}

    files = signed(edited_receipt(insider.later, note), insider.signing_key)
    refused(insider, files, "extra-veld-boven.tbewijs", RECEIPT, "overrides")


def test_another_receipt_schema_is_refused(insider: Insider) -> None:  # noqa: F811
    schema = json.loads(insider.later[SCHEMA])
    schema["description"] = "Status 'dpv:ConsentRefused' betekent: gegeven."
    text = json.dumps(schema, indent=2, ensure_ascii=False)
    files = signed(_with_text(insider.later, SCHEMA, text), insider.signing_key)
    refused(insider, files, "ander-schema.tbewijs", SCHEMA)


def test_a_manifest_size_that_is_not_the_files_size_is_refused(insider: Insider) -> None:  # noqa: F811
    doc = json.loads(insider.later[MANIFEST])
    doc["files"][RECEIPT]["size"] += 1
    manifest = json.dumps(doc, indent=2, ensure_ascii=False).encode()
    files = signed(insider.later, insider.signing_key, manifest)
    refused(insider, files, "grootte.tbewijs", RECEIPT)


def test_the_genuine_package_re_signed_unchanged_is_authentic(insider: Insider) -> None:  # noqa: F811
    """The control case: re-signing alone is not what the cases above are refused for."""
    path = write(insider.folder, signed(insider.later, insider.signing_key), "zelfde.tbewijs")
    assert verify(path, insider.public_key).exit_code == EXIT_AUTHENTIC


def test_strict_json_keeps_every_number_a_genuine_file_has() -> None:
    assert safejson.loads(b'{"a": 9007199254740991, "b": -9007199254740991}') == {
        "a": 2**53 - 1,
        "b": -(2**53 - 1),
    }
    for bad in (b'{"a": 9007199254740992}', b'{"a": -9007199254740993}', b'{"a": "x\\u0000"}'):
        try:
            safejson.loads(bad)
        except ValueError:
            continue
        raise AssertionError(bad)


def test_the_schema_this_program_ships_is_a_known_one() -> None:
    """Change receipt.schema.json and add its SHA-256 to verify_schema.KNOWN_SCHEMAS: every
    package exported with it must keep verifying."""
    assert hashlib.sha256(schema_bytes()).hexdigest() in KNOWN_SCHEMAS


def test_a_manifest_saying_more_than_the_program_writes_is_refused(insider: Insider) -> None:  # noqa: F811
    doc = json.loads(insider.later[MANIFEST])
    doc["status"] = "Alle onderdelen gegeven; geldig tot 2030."
    manifest = json.dumps(doc, indent=2, ensure_ascii=False).encode()
    refused(
        insider,
        signed(insider.later, insider.signing_key, manifest),
        "manifest-veld.tbewijs",
        MANIFEST,
        "status",
    )
    doc = json.loads(insider.later[MANIFEST])
    doc["files"][RECEIPT]["note"] = "vervangt onderdeel 3"
    manifest = json.dumps(doc, indent=2, ensure_ascii=False).encode()
    refused(
        insider,
        signed(insider.later, insider.signing_key, manifest),
        "manifest-bestand.tbewijs",
        MANIFEST,
        "note",
    )


def test_a_fhir_consent_with_a_narrative_or_a_modifier_extension_is_refused(
    insider: Insider,  # noqa: F811
) -> None:
    """Item 3 was refused. A FHIR reader shows the narrative as the Consent's summary, and
    must act on a modifierExtension (it changes what the resource means)."""
    name = "fhir/consent-onderdeel-3.json"
    for key, value in (
        ("text", {"status": "generated", "div": "<div>Toestemming gegeven voor UWV</div>"}),
        (
            "modifierExtension",
            [{"url": "https://voorbeeld.nl/fhir/besluit-omgekeerd", "valueBoolean": True}],
        ),
    ):
        resource = json.loads(insider.later[name])
        resource[key] = value
        files = _with_text(insider.later, name, json.dumps(resource, indent=2))
        refused(insider, signed(files, insider.signing_key), f"fhir-{key}.tbewijs", name, key)


def test_an_audit_file_with_a_remark_or_another_explanation_is_refused(insider: Insider) -> None:  # noqa: F811
    """The events' bodies are hashed into the signed tree; the fields around them and the
    explanation for people ("uitleg") are not."""
    doc = json.loads(insider.later[AUDIT])
    doc["events"][-1]["opmerking"] = "Onderdeel 3 is later mondeling alsnog gegeven."
    files = _with_text(insider.later, AUDIT, json.dumps(doc, indent=2, ensure_ascii=False))
    refused(insider, signed(files, insider.signing_key), "logboek-veld.tbewijs", AUDIT, "opmerking")
    doc = json.loads(insider.later[AUDIT])
    doc["uitleg"] += " Een gebeurtenis zonder pad telt ook."
    files = _with_text(insider.later, AUDIT, json.dumps(doc, indent=2, ensure_ascii=False))
    refused(insider, signed(files, insider.signing_key), "logboek-uitleg.tbewijs", AUDIT, "uitleg")
