"""Only the files the program writes (proof24). The manifest lists every file with its hash, so
a file added after export is caught; but an insider who signs the manifest anew could add any
file — a transitieformulier or an inzage of another youth, an edited "bewijs-ja.pdf" — and
`verify` said "OK — bewijspakket in orde" over it, as if the organisation's signature vouched
for it. A package is the export's files and nothing else: a request's package the names
package_files.py writes (texts and FHIR Consents of the request's own items only, evidence as
check_evidence holds it), a youth's the names youth.py writes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .package_files import AUDIT, CERT, MANIFEST, PDF, PUBKEY, RECEIPT, SIGNATURE
from .receipt import SCHEMA_FILE
from .youth import INDEX, INNER_DIR

README = "LEESMIJ.txt"
_REQUEST_FIXED = frozenset(
    {MANIFEST, SIGNATURE, README, PDF, RECEIPT, SCHEMA_FILE, AUDIT, CERT, PUBKEY}
)
_REQUEST_TEXT = "teksten/verzoek.txt"
# teksten/onderdeel-N.txt, teksten/onderdeel-N.<language>.txt, fhir/consent-onderdeel-N.json
_ITEM_FILE = re.compile(
    r"(?:teksten/onderdeel-([1-9][0-9]{0,3})(?:\.[a-z]{2,3})?\.txt"
    r"|fhir/consent-onderdeel-([1-9][0-9]{0,3})\.json)"
)
EVIDENCE_DIR = "bewijsstukken/"  # each file held to the log by verify_receipt.check_evidence
_YOUTH_FIXED = frozenset(
    {MANIFEST, SIGNATURE, README, INDEX, "bezwaren.json", "verstrekkingen.json"}
)

_SAID = (
    "{name}: dit bestand schrijft het programma nooit in een bewijspakket{why}. Het hoort niet "
    "bij dit bewijs en is er na de export bij gezet; het pakket is niet in orde."
)


def request_problems(files: Iterable[str], receipt: Mapping[str, Any] | None) -> list[str]:
    """A Dutch sentence per file a request's package never holds. `receipt`: the package's
    receipt (its items' positions), None when it is unreadable (names alone are checked)."""
    positions = _positions(receipt)
    said = []
    for name in sorted(files):
        if name in _REQUEST_FIXED or name == _REQUEST_TEXT or name.startswith(EVIDENCE_DIR):
            continue
        match = _ITEM_FILE.fullmatch(name)
        if match is None:
            said.append(_SAID.format(name=_shown(name), why=""))
        elif positions is not None and int(match.group(1) or match.group(2)) not in positions:
            why = " voor een onderdeel dat dit verzoek niet heeft"
            said.append(_SAID.format(name=_shown(name), why=why))
    return said


def youth_problems(files: Iterable[str]) -> list[str]:
    """A Dutch sentence per file a youth's package never holds (its inner packages are held
    to the index by verify_youth)."""
    return [
        _SAID.format(name=_shown(name), why=" van een jongere")
        for name in sorted(files)
        if name not in _YOUTH_FIXED and not _inner(name)
    ]


def _inner(name: str) -> bool:
    rest = name.removeprefix(INNER_DIR)
    return rest != name and "/" not in rest and rest.endswith((".tbewijs", ".zip"))


def _positions(receipt: Mapping[str, Any] | None) -> set[int] | None:
    try:
        return {int(c["position"]) for c in (receipt or {})["consents"]}
    except (KeyError, TypeError, ValueError):
        return None


def _shown(name: str) -> str:
    # A member name comes from outside: never control characters on the officer's screen.
    return "".join(c if c.isprintable() else "?" for c in name)
