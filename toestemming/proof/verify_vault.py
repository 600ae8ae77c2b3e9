"""Which vault and organisation a package is of: the ones its signed log names, everywhere.

The audit file's vault id is inside the signed checkpoint message (inclusion.py); the
manifest, receipt.json (record_id, piiPrincipalId, receipt_id) and the FHIR Consents name a
vault too, and a machine reader takes it from there. None was compared: an insider with the
organisation's key put another vault's id in them, re-signed the manifest, and `verify` said
"in orde" — a package of one vault that a reader filed under another. Now every vault id a
package names must be the checkpoint's.

Likewise the organisation, the one responsible for the data: the manifest, receipt.json's
controllers and the PDF name it (printed.py holds the PDF to the receipt); the manifest must
name the receipt's one controller and, when the user gave a trust file, the organisation that
file names — else a package said "Gemeente Utrecht" was responsible while `verify --trust`
said "ondertekend door Testschool", in order."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

from .. import safejson
from ..clock import from_iso
from .package import AUDIT, MANIFEST, RECEIPT
from .receipt import receipt_id
from .shown import one_line

_URN = re.compile(r"urn:toestemming:([^:]+):")
_ORGANISATION = "urn:toestemming:organisation"


class _Report(Protocol):
    problems: list[str]


def check_vault_named(
    files: Mapping[str, bytes], manifest: Mapping[str, Any], report: _Report
) -> None:
    """Called once the audit file verified against its checkpoint."""
    audited = safejson.loads(files[AUDIT]).get("vault")
    if not isinstance(audited, str) or not audited:
        return  # inclusion.check already refused an audit file without one
    if manifest.get("vault") != audited:
        report.problems.append(_other(MANIFEST))
    for name in sorted(files):
        if name == RECEIPT or (name.startswith("fhir/") and name.endswith(".json")):
            try:
                doc = safejson.loads(files[name])
            except ValueError:
                continue  # unreadable: the receipt and FHIR checks say so
            if any(v != audited for v in _vault_ids(doc)):
                report.problems.append(_other(name))


def check_receipt_id(files: Mapping[str, bytes], report: _Report) -> None:
    """Last (when all else agrees, so a more precise finding is said first): receipt_id is
    the name-based UUID of the checkpoint's vault, the request, its items and the moment."""
    try:
        audited = str(safejson.loads(files[AUDIT])["vault"])
        receipt = safejson.loads(files[RECEIPT])
    except (KeyError, TypeError, ValueError):
        return
    if not _receipt_id_agrees(receipt, audited):
        report.problems.append(
            f"{RECEIPT}: receipt_id is niet gemaakt voor deze kluis, dit verzoek, deze "
            "onderdelen en dit moment van export."
        )


def check_organisation_named(
    files: Mapping[str, bytes], manifest: Mapping[str, Any], trusted: str, report: _Report
) -> None:
    """`trusted`: the trust file's organisation ("" without one)."""
    named = manifest.get("organisation")
    try:
        receipt = safejson.loads(files[RECEIPT])
        controllers = {str(c.get("piiController")) for c in receipt["piiControllers"]}
    except (KeyError, TypeError, ValueError, AttributeError):
        return  # an unreadable receipt: check_receipt says so
    if controllers != {named}:
        report.problems.append(
            f"{MANIFEST} noemt een andere verantwoordelijke organisatie dan {RECEIPT}: het "
            "pakket is samengesteld uit delen die niet bij elkaar horen."
        )
    elif trusted and named != trusted:
        report.problems.append(
            f"Het pakket noemt een andere verantwoordelijke organisatie dan het "
            f"vertrouwensbestand ({one_line(trusted)})."
        )


def _other(name: str) -> str:
    return (
        f"{name} noemt een andere kluis dan het ondertekende logboekbewijs: het pakket is "
        "samengesteld uit delen die niet bij elkaar horen."
    )


def _vault_ids(value: Any) -> Iterator[str]:
    """Every vault id in a JSON value: in "urn:toestemming:<vault>:…" strings, and the value
    of an identifier whose system is the organisation (FHIR)."""
    if isinstance(value, dict):
        if value.get("system") == _ORGANISATION:
            yield str(value.get("value"))
        for item in value.values():
            yield from _vault_ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _vault_ids(item)
    elif isinstance(value, str):
        for found in _URN.finditer(value):
            if found.group(1) != "organisation":
                yield found.group(1)


def _receipt_id_agrees(receipt: Any, vault: str) -> bool:
    """receipt_id is a name-based UUID of the vault, request, items and moment."""
    try:
        code = str(receipt["record_id"]).rsplit(":request:", 1)[1]
        items = [int(c["item_id"]) for c in receipt["consents"]]
        expected = receipt_id(vault, code, items, from_iso(str(receipt["generated_at"])))
    except (KeyError, IndexError, TypeError, ValueError):
        return False
    return bool(receipt.get("receipt_id") == expected)
