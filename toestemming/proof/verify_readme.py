"""LEESMIJ.txt says only what this program writes there.

The officer opens LEESMIJ.txt first. It is signed like every file, but `verify` never read it,
so an insider with the key could add "Onderdeel 3: toestemming gegeven" to it, sign the
manifest, and `verify` said authentic. Its text is fixed: one of the templates the program
ever used (package.README today, OLD_READMES before; youth.README and OLD_YOUTH_READMES for a
youth's package), filled in with the manifest's organisation and reference code and a
fingerprint of the package's own key."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..audit import names_key
from .package import README
from .youth import README as YOUTH_README

NAME = "LEESMIJ.txt"
# Earlier texts (git history), as today's with what changed since put back: a package exported
# then keeps verifying. When README changes, add the change here (tests/test_attack_s15_readme.py
# holds these to the texts' SHA-256 in history).
_NOW_RECEIPT = """(naar ISO/IEC TS 27560,
                             met W3C DPV-termen; receipt.schema.json beschrijft de velden)"""
_KANTARA = (_NOW_RECEIPT, "(ISO/IEC TS 27560 / Kantara)")
_ONE_LANGUAGE = (
    """getoond (ook in een
                             andere taal, als iemand daarin tekende: onderdeel-N.en.txt)""",
    "getoond",
)
_NO_TRUST = (
    """, of controleer
met het vertrouwensbestand van de organisatie:  toestemming verify --trust BESTAND {name}
""",
    ".\n",
)
_NO_OBJECTIONS = (
    "  bezwaren.json              bezwaren (verzet) van of voor de jongere, met het logboekbewijs\n",
    "",
)
_NO_SHARING = (
    """  verstrekkingen.json        afwegingen en verstrekkingen (ook zonder toestemming, zoals een
                             wettelijke verplichting), met het logboekbewijs
""",
    "",
)


def _before(text: str, *changes: tuple[str, str]) -> str:
    # A README reworded without its history here leaves a change unapplied: the test of
    # these texts' hashes fails, verify does not.
    for now, then in changes:
        text = text.replace(now, then)
    return text


OLD_READMES = (
    _before(README, _KANTARA, _ONE_LANGUAGE, _NO_TRUST),
    _before(README, _KANTARA, _NO_TRUST),
    _before(README, _KANTARA),
)
OLD_YOUTH_READMES = (
    _before(YOUTH_README, _NO_OBJECTIONS, _NO_SHARING),
    _before(YOUTH_README, _NO_SHARING),
)
_FIELD = re.compile(r"\{(organisation|code|name|fingerprint)\}")


def readme_problems(
    files: Mapping[str, bytes], manifest: Mapping[str, Any], *, youth: bool = False
) -> list[str]:
    """A Dutch sentence when LEESMIJ.txt is not one of the program's texts for this package
    (`youth`: a youth's package, youth.py)."""
    raw = files.get(NAME)
    if raw is None:
        return []  # not listed in the manifest: nothing a reader could take from the package
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    values = {
        "organisation": str(manifest.get("organisation", "")),
        "code": str(manifest.get("reference_code", "")),
    }
    key = str(manifest.get("public_key", ""))
    templates = (YOUTH_README, *OLD_YOUTH_READMES) if youth else (README, *OLD_READMES)
    for template in templates:
        match = _pattern(template, values).fullmatch(text)
        if match is not None and all(
            names_key(printed.replace(" ", ""), key) for printed in match.groupdict().values()
        ):
            return []
    return [
        f"{NAME} zegt iets anders dan dit programma erin schrijft (of noemt een andere "
        "sleutel): wat erin staat, is niet gecontroleerd."
    ]


def _pattern(template: str, values: Mapping[str, str]) -> re.Pattern[str]:
    parts, at, n = [], 0, 0
    for m in _FIELD.finditer(template):
        parts.append(re.escape(template[at : m.start()]))
        field = m.group(1)
        if field == "name":
            parts.append(r"\S+")
        elif field == "fingerprint":
            parts.append(f"(?P<fp{n}>[0-9a-f]{{4}}(?: ?[0-9a-f]{{4}}){{3,7}})")
            n += 1
        else:
            parts.append(re.escape(values[field]))
        at = m.end()
    parts.append(re.escape(template[at:]))
    return re.compile("".join(parts))
