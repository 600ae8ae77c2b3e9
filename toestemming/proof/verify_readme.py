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
# Earlier package.README texts (git history), oldest first: packages exported then keep
# verifying. Add the old text here when README changes (tests/test_attack_s15_readme.py).
OLD_READMES = (
    """Bewijspakket van {organisation} — {code}

Wat zit erin
  bewijs.pdf                 leesbaar bewijs, digitaal ondertekend door de organisatie
  receipt.json               dezelfde toestemming voor computers (ISO/IEC TS 27560 / Kantara)
  fhir/                      per onderdeel een HL7 FHIR R5 Consent
  teksten/                   de teksten precies zoals ze werden getoond (ook in een
                             andere taal, als iemand daarin tekende: onderdeel-N.en.txt)
  bewijsstukken/             handtekeningen, e-mails, scans
  logboek/opnamebewijs.json  de gebeurtenissen uit het logboek, met bewijs van opname
                             in het ondertekende logboek (RFC 9162)
  sleutels/                  publieke sleutel en certificaat van de organisatie
  manifest.json/.sig         SHA-256 van elk bestand, ondertekend met de sleutel

Controleren (zonder de kluis):  toestemming verify {name}
Vingerafdruk van de sleutel:    {fingerprint}
Vergelijk die met de vingerafdruk die de organisatie openbaar heeft gemaakt.
""",
    """Bewijspakket van {organisation} — {code}

Wat zit erin
  bewijs.pdf                 leesbaar bewijs, digitaal ondertekend door de organisatie
  receipt.json               dezelfde toestemming voor computers (ISO/IEC TS 27560 / Kantara)
  fhir/                      per onderdeel een HL7 FHIR R5 Consent
  teksten/                   de teksten precies zoals ze werden getoond
  bewijsstukken/             handtekeningen, e-mails, scans
  logboek/opnamebewijs.json  de gebeurtenissen uit het logboek, met bewijs van opname
                             in het ondertekende logboek (RFC 9162)
  sleutels/                  publieke sleutel en certificaat van de organisatie
  manifest.json/.sig         SHA-256 van elk bestand, ondertekend met de sleutel

Controleren (zonder de kluis):  toestemming verify {name}
Vingerafdruk van de sleutel:    {fingerprint}
Vergelijk die met de vingerafdruk die de organisatie openbaar heeft gemaakt.
""",
    """Bewijspakket van {organisation} — {code}

Wat zit erin
  bewijs.pdf                 leesbaar bewijs, digitaal ondertekend door de organisatie
  receipt.json               dezelfde toestemming voor computers (ISO/IEC TS 27560 / Kantara)
  fhir/                      per onderdeel een HL7 FHIR R5 Consent
  teksten/                   de teksten precies zoals ze werden getoond (ook in een
                             andere taal, als iemand daarin tekende: onderdeel-N.en.txt)
  bewijsstukken/             handtekeningen, e-mails, scans
  logboek/opnamebewijs.json  de gebeurtenissen uit het logboek, met bewijs van opname
                             in het ondertekende logboek (RFC 9162)
  sleutels/                  publieke sleutel en certificaat van de organisatie
  manifest.json/.sig         SHA-256 van elk bestand, ondertekend met de sleutel

Controleren (zonder de kluis):  toestemming verify {name}
Vingerafdruk van de sleutel:    {fingerprint}
Vergelijk die met de vingerafdruk die de organisatie openbaar heeft gemaakt, of controleer
met het vertrouwensbestand van de organisatie:  toestemming verify --trust BESTAND {name}
""",
)
# The same for a youth's package (youth.README), oldest first.
OLD_YOUTH_READMES = (
    """Bewijspakket van {organisation} voor één jongere

Dit pakket bevat alle bewijspakketten van deze jongere: elk verzoek met al zijn onderdelen,
beslissingen, bewijsstukken (handtekeningen met lijnen, e-mails, schermafdrukken, scans) en
het bewijs dat alles in het ondertekende logboek staat.

  jongere.json               overzicht van de verzoeken in dit pakket
  verzoeken/                 één bewijspakket per verzoek (elk ook los te controleren)
  manifest.json/.sig         SHA-256 van elk bestand, ondertekend met de sleutel

Controleren (zonder de kluis):  toestemming verify {name}
Vingerafdruk van de sleutel:    {fingerprint}
""",
    """Bewijspakket van {organisation} voor één jongere

Dit pakket bevat alle bewijspakketten van deze jongere: elk verzoek met al zijn onderdelen,
beslissingen, bewijsstukken (handtekeningen met lijnen, e-mails, schermafdrukken, scans) en
het bewijs dat alles in het ondertekende logboek staat.

  jongere.json               overzicht van de verzoeken in dit pakket
  bezwaren.json              bezwaren (verzet) van of voor de jongere, met het logboekbewijs
  verzoeken/                 één bewijspakket per verzoek (elk ook los te controleren)
  manifest.json/.sig         SHA-256 van elk bestand, ondertekend met de sleutel

Controleren (zonder de kluis):  toestemming verify {name}
Vingerafdruk van de sleutel:    {fingerprint}
""",
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
