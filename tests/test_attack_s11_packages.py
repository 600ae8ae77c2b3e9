"""A package that names another vault than the one its log is of (issue 20, session 11).

The audit file's vault id is inside the signed checkpoint; the manifest, receipt.json
(`record_id`, `piiPrincipalId`, `receipt_id`) and every FHIR Consent (identifier systems, the
organisation's identifier) name a vault too, and a machine reader files the package by them.
None was compared with the checkpoint's: an insider with the organisation's key replaced the
vault id in them, re-signed the manifest, and `verify --trust` said "OK — bewijspakket in
orde". Each case: `toestemming-cli verify --trust` in a child process, exit 1, a Dutch sentence
naming the file."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from conftest import START
from test_attack_s6_packages import Exported, exported  # noqa: F401
from test_attack_s8_packages import Insider, insider, refused, rendered, signed  # noqa: F401

from toestemming.proof import verify
from toestemming.proof.package import MANIFEST, PDF, RECEIPT
from toestemming.proof.receipt import receipt_id
from toestemming.proof.verify import EXIT_NOT_INTACT
from toestemming.proof.youth import bundle

OTHER = "00000000-0000-4000-8000-000000000000"
WORDS = "noemt een andere kluis dan het ondertekende logboekbewijs"
FHIR = "fhir/consent-onderdeel-1.json"


def vault_of(files: dict[str, bytes]) -> str:
    return str(json.loads(files[MANIFEST])["vault"])


def test_a_manifest_naming_another_vault(insider: Insider) -> None:  # noqa: F811
    manifest = json.loads(insider.later[MANIFEST])
    manifest["vault"] = OTHER
    raw = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
    files = signed(insider.later, insider.signing_key, raw)
    refused(insider, files, "s11-manifest-vault.tbewijs", f"{MANIFEST} {WORDS}")


@pytest.mark.parametrize("name", [RECEIPT, FHIR])
def test_a_receipt_or_fhir_consent_naming_another_vault(
    insider: Insider,  # noqa: F811
    name: str,
) -> None:
    vault = vault_of(insider.later).encode()
    files = {**insider.later, name: insider.later[name].replace(vault, OTHER.encode())}
    refused(insider, signed(files, insider.signing_key), "s11-vault.tbewijs", f"{name} {WORDS}")


def test_a_receipt_id_made_for_another_vault(insider: Insider) -> None:  # noqa: F811
    receipt = json.loads(insider.later[RECEIPT])
    code = receipt["record_id"].rsplit(":request:", 1)[1]
    items = [c["item_id"] for c in receipt["consents"]]
    from toestemming.clock import from_iso

    receipt["receipt_id"] = receipt_id(OTHER, code, items, from_iso(receipt["generated_at"]))
    raw = json.dumps(receipt, indent=2, ensure_ascii=False).encode()
    files = signed({**insider.later, RECEIPT: raw}, insider.signing_key)
    refused(insider, files, "s11-receipt-id.tbewijs", f"{RECEIPT}: receipt_id is niet gemaakt")


def test_a_package_naming_another_responsible_organisation(insider: Insider) -> None:  # noqa: F811
    """The PDF re-rendered with "Verantwoordelijke Gemeente Utrecht", the receipt's controller
    and the manifest saying the same, all signed with the organisation's keys: a package that
    agrees with itself. Checked against the organisation's trust file (Testschool) it is not
    in order; the control re-render with the genuine name is."""
    other = "Gemeente Utrecht"
    receipt = json.loads(insider.later[RECEIPT])
    for controller in receipt["piiControllers"]:
        controller["piiController"] = other
    manifest = json.loads(insider.later[MANIFEST])
    manifest["organisation"] = other
    files = {
        **insider.later,
        PDF: rendered(insider, dataclasses.replace(insider.view, organisation=other)),
        RECEIPT: json.dumps(receipt, indent=2, ensure_ascii=False).encode(),
    }
    raw = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
    resigned = signed(files, insider.signing_key)
    resigned = signed(resigned, insider.signing_key, _manifest_of(resigned, raw))
    refused(
        insider,
        resigned,
        "s11-organisatie.tbewijs",
        "noemt een andere verantwoordelijke organisatie dan het vertrouwensbestand (Testschool)",
    )


def test_a_manifest_naming_another_organisation_than_the_receipt(insider: Insider) -> None:  # noqa: F811
    manifest = json.loads(insider.later[MANIFEST])
    manifest["organisation"] = "Gemeente Utrecht"
    raw = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
    refused(
        insider,
        signed(insider.later, insider.signing_key, raw),
        "s11-manifest-organisatie.tbewijs",
        f"{MANIFEST} noemt een andere verantwoordelijke organisatie dan {RECEIPT}",
    )


def _manifest_of(files: dict[str, bytes], raw: bytes) -> bytes:
    """`raw`'s fields with the file hashes of `files` (signed() recomputed them)."""
    doc = json.loads(raw)
    doc["files"] = json.loads(files[MANIFEST])["files"]
    return json.dumps(doc, indent=2, ensure_ascii=False).encode()


def test_a_youth_package_naming_another_organisation_than_its_requests(
    exported: Exported,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The youth package's own manifest (what the report shows as the signer) names another
    organisation than the request packages inside, which are genuine."""
    path = tmp_path / "andere-organisatie.tbewijs"
    path.write_bytes(
        bundle(
            "Gemeente Utrecht",
            exported.vault_id,
            exported.marek_youth,
            [(exported.path.name, exported.path.read_bytes())],
            START,
            exported.public_key,
            exported.signing_key,
        )
    )
    report = verify(path)
    assert report.exit_code == EXIT_NOT_INTACT
    assert "andere verantwoordelijke organisatie" in " ".join(report.problems), report.problems
