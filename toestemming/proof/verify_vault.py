"""Which vault a package is of: the one its signed checkpoint names, everywhere.

The audit file's vault id is inside the signed checkpoint message (inclusion.py); the
manifest, receipt.json (record_id, piiPrincipalId, receipt_id) and the FHIR Consents name a
vault too, and a machine reader takes it from there. None was compared: an insider with the
organisation's key put another vault's id in them, re-signed the manifest, and `verify` said
"in orde" — a package of one vault that a reader filed under another. Now every vault id a
package names must be the checkpoint's."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Protocol

from .. import safejson
from ..clock import from_iso
from .package import AUDIT, MANIFEST, RECEIPT
from .receipt import receipt_id

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
            named = {*_vault_ids(doc)}
            if name == RECEIPT and not _receipt_id_agrees(doc, audited):
                named.add("")  # a receipt_id made for another vault
            if named - {audited}:
                report.problems.append(_other(name))


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
