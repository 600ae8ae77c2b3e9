"""Each FHIR Consent of a request's package against the receipt's item of its position (which
verify_receipt held to the audited events first), field by field.

What a system reading FHIR acts on — request, item, status, what the one provision permits,
the young person's views — was held since sessions 9 and 23 (receipt_fields.fhir_agrees,
youth_heard). The rest was not (proof29): an insider with the organisation's key could re-sign
a Consent whose `verification` dated the mother's "ja" a week earlier, named the father as
who said it or turned a "nee" into "ja"; a `grantor` of another person; a `sourceAttachment`
whose hash is of other bytes; the youth's name, the organisation, the category text or the
legal basis of another item. Now each is what fhir.py writes from the same facts, and the
problem names the field that disagrees (`FIELDS`).

A package from before issue 15 (no subject identifier) wrote these fields otherwise (no
withdrawals in `verification`, a category text without the status): it is held to its
attachments, date, language and id only."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any, Protocol

from .. import safejson
from ..clock import LOCAL_TZ, from_iso
from ..model import ROLE_LABELS, ItemStatus
from . import receipt_fields, youth_heard
from .fhir import LANGUAGE_NAMES, STATUS_WHY
from .package import PDF, RECEIPT
from .wordings import ROLE, wordings


class VerifyReport(Protocol):
    problems: list[str]


FHIR_NAME = re.compile(r"fhir/consent-onderdeel-([0-9]{1,6})\.json")
# Each field that can disagree, as the problem names it.
FIELDS = {
    "verification": "verification (wie wat besliste of introk, en wanneer)",
    "grantor": "grantor (wie besliste)",
    "subject": "subject (de jongere)",
    "organisation": "grantee/controller (de organisatie)",
    "attachments": "sourceAttachment (de bijgevoegde bestanden en hun controlesom)",
    "category": "category (de stand in woorden)",
    "date": "date (de datum van het verzoek)",
    "basis": "regulatoryBasis (de wettelijke grondslag)",
    "language": "language (de taal)",
    "id": "id (het onderdeel)",
}
_REPRESENTATIVE_LABELS = frozenset(v for k, v in ROLE_LABELS.items() if k != "youth")
_CATEGORY = "Toestemming voor het delen van gegevens — "


def check_fhir(
    files: Mapping[str, bytes],
    receipt: Mapping[str, Any],
    created: Mapping[str, Any],
    report: VerifyReport,
) -> None:
    """Each FHIR Consent against the receipt's item of its position: first what a reader acts
    on (one sentence, as before), then every other field (the fields named)."""
    by_position = {c["position"]: c for c in receipt["consents"]}
    for name in sorted(n for n in files if n.startswith("fhir/")):
        match = FHIR_NAME.fullmatch(name)
        consent = by_position.get(int(match.group(1))) if match else None
        wrong: list[str] = []
        try:
            resource = safejson.loads(files[name])
            same = (
                consent is not None
                and receipt_fields.fhir_agrees(resource, consent, created)
                # The young person's views as the receipt's item has them (proof28).
                and _canonical([resource.get("extension", [])])
                == _canonical([youth_heard.fhir_value(consent.get(youth_heard.RECEIPT_FIELD, []))])
            )
            if same and consent is not None:
                wrong = fields_wrong(resource, consent, receipt, files)
        except (KeyError, TypeError, ValueError, AttributeError):
            same = False
        if not same:
            report.problems.append(
                f"{name} zegt iets anders dan {RECEIPT} en het logboek (verzoek, jongere, stand "
                "of wat er mag worden gedeeld)."
            )
        elif wrong:
            report.problems.append(
                f"{name}: {', '.join(FIELDS[w] for w in wrong)} klopt niet met {RECEIPT} en "
                "het logboek."
            )


def fields_wrong(
    resource: Mapping[str, Any],
    consent: Mapping[str, Any],
    receipt: Mapping[str, Any],
    files: Mapping[str, bytes],
) -> list[str]:
    """The keys of FIELDS whose value is not the one fhir.py writes for this item."""
    new = isinstance(resource.get("subject", {}).get("identifier"), dict)  # since issue 15
    language = consent["notice"].get("language", resource.get("language"))
    status = ItemStatus(consent["status"])
    out = []
    if new and not _verification_agrees(
        resource.get("verification", []), consent, receipt, language
    ):
        out.append("verification")
    if new and not _grantors_agree(resource.get("grantor", []), consent, resource):
        out.append("grantor")
    if new and resource["subject"].get("display") != receipt["pii_principal"]["name"]:
        out.append("subject")
    if new and not _organisation_agrees(resource, receipt):
        out.append("organisation")
    if not _attachments_agree(resource.get("sourceAttachment"), consent, files, new):
        out.append("attachments")
    if new and resource.get("category", [{}])[0].get("text") != _CATEGORY + STATUS_WHY[status]:
        out.append("category")
    presented = receipt["notice"].get("presented_at")
    if presented and resource.get("date") != (
        from_iso(presented).astimezone(LOCAL_TZ).date().isoformat()
    ):
        out.append("date")
    if new and [c.get("code") for c in resource["regulatoryBasis"][0].get("coding", [])] != (
        ["AVG-6-1-a", "AVG-9-2-a"] if consent.get("sensitive") else ["AVG-6-1-a"]
    ):
        out.append("basis")
    if resource.get("language") != language:
        out.append("language")
    if resource.get("id") != f"item-{consent['item_id']}":
        out.append("id")
    return out


def _canonical(values: Any) -> list[str]:
    """Order-free, exact comparison of lists of JSON values."""
    if not isinstance(values, list):
        return ["not a list"]
    return sorted(json.dumps(v, sort_keys=True, ensure_ascii=False) for v in values)


def _fhir_time(value: str) -> str:
    return from_iso(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def _decision_roles(receipt: Mapping[str, Any]) -> dict[tuple[str, int], str]:
    """(kind, number) → role, from every decision in the receipt: a withdrawal names no role,
    and a representative's role never changes (people.py has no such update)."""
    return {
        (e["by"]["kind"], int(e["by"]["id"])): str(e["by"]["role"])
        for c in receipt["consents"]
        for e in c["events"]
        if e["type"] == "decision"
    }


def _verification_agrees(
    entries: Any, consent: Mapping[str, Any], receipt: Mapping[str, Any], language: str
) -> bool:
    """One entry per decision and per withdrawal of the item, each with its signer's name,
    role, answer, the language of the text they saw and the moment, as fhir._verification
    writes them; nothing else. The role of a representative who withdrew without deciding is
    in no audited field: any representative's role is accepted there."""
    roles = _decision_roles(receipt)
    expected: list[tuple[dict[str, Any], set[str]]] = []
    for e in consent["events"]:
        by = e.get("by", {})
        signer = (by.get("kind"), int(by.get("id", 0)))
        if e["type"] == "decision":
            lang = e.get("language", language)
            shown = "" if lang == language else f" (tekst in het {LANGUAGE_NAMES.get(lang, lang)})"
            answer = "ja" if e["answer"] == "yes" else "nee"
            texts = {f"{label}: {answer}{shown}" for label in _labels(by["role"])}
            moment = e["decided_at"]
        elif e["type"] == "withdrawal":
            role = roles.get(signer, "youth" if signer[0] == "youth" else "")
            labels = set(_labels(role)) if role else _REPRESENTATIVE_LABELS
            texts = {f"{label}: ingetrokken" for label in labels}
            moment = e["withdrawn_at"]
        else:
            continue
        entry = {"verified": True, "verificationDate": [_fhir_time(moment)]}
        if "name" in by:  # receipts before session 9 name no signer
            entry["verifiedWith"] = {"display": by["name"]}
        expected.append((entry, texts))
    if not isinstance(entries, list) or len(entries) != len(expected):
        return False
    left = list(expected)
    for given in entries:
        found = next((x for x in left if _entry_matches(given, *x)), None)
        if found is None:
            return False
        left.remove(found)
    return True


def _entry_matches(given: Any, expected: Mapping[str, Any], texts: set[str]) -> bool:
    if not isinstance(given, dict) or set(given) != {*expected, "verificationType", "verifiedWith"}:
        return False
    if given.get("verificationType") != {"text": given["verificationType"].get("text")}:
        return False
    if given["verificationType"]["text"] not in texts:
        return False
    with_name = given.get("verifiedWith")
    if not isinstance(with_name, dict) or set(with_name) != {"display"}:
        return False
    # As JSON, not as Python compares: `"verified": 1` is not `true` to a FHIR reader.
    return all(_canonical([given[k]]) == _canonical([v]) for k, v in expected.items())


def _labels(role: str) -> tuple[str, ...]:
    """A role's wording today and in earlier releases (wordings.py: old packages keep
    verifying after a rewording)."""
    return wordings(ROLE, role)


def _grantors_agree(grantors: Any, consent: Mapping[str, Any], resource: Mapping[str, Any]) -> bool:
    """Everyone who decided on the item, once: fhir._grantors, each by number and as
    "name (role)". The vault's number in the identifier system is the subject's (held to the
    checkpoint's by verify_vault)."""
    system = str(resource["subject"]["identifier"]["system"]).rpartition(":")[0]
    expected: dict[str, tuple[dict[str, Any], set[str]]] = {}
    for e in consent["events"]:
        if e["type"] != "decision":
            continue
        by = e["by"]
        kind = "youth" if by["kind"] == "youth" else "representative"
        identifier = {"system": f"{system}:{kind}", "value": str(by["id"])}
        names = {f"{by.get('name', '')} ({label})" for label in _labels(by["role"])}
        expected[_canonical([identifier])[0]] = (identifier, names)
    if not isinstance(grantors, list) or len(grantors) != len(expected):
        return False
    for given in grantors:
        if not isinstance(given, dict) or set(given) != {"identifier", "display"}:
            return False
        found = expected.pop(_canonical([given["identifier"]])[0], None)
        if found is None or given["display"] not in found[1]:
            return False
    return True


def _organisation_agrees(resource: Mapping[str, Any], receipt: Mapping[str, Any]) -> bool:
    organisation = receipt["piiControllers"][0]["piiController"]
    subject_system = str(resource["subject"]["identifier"]["system"])
    vault = subject_system.removeprefix("urn:toestemming:").rpartition(":")[0]
    expected = [
        {
            "identifier": {"system": "urn:toestemming:organisation", "value": vault},
            "display": organisation,
        }
    ]
    return resource.get("grantee") == expected and resource.get("controller") == expected


def pdf_attachment_problems(files: Mapping[str, bytes]) -> list[str]:
    """Each Consent's `sourceAttachment` of bewijs.pdf carries the SHA-1 of the package's own
    PDF (atk31). Before, that one hash was not compared: the Consents of an older export of the
    same request (or any hash an insider chose) beside the newer PDF verified, although a FHIR
    system checking the attachment finds another document than the one the Consent names.
    Said after the PDF's own checks, so what is wrong on the PDF itself is said first."""
    if PDF not in files:
        return []
    own = _sha1(files[PDF])
    out = []
    for name in sorted(n for n in files if FHIR_NAME.fullmatch(n)):
        try:
            attachments = safejson.loads(files[name]).get("sourceAttachment", [])
            hashes = [a.get("hash") for a in attachments if a.get("url") == PDF]
        except (ValueError, TypeError, AttributeError):
            continue  # an unreadable Consent is said by check_fhir
        if any(h != own for h in hashes):
            out.append(
                f"{name}: sourceAttachment noemt een ander {PDF} dan dit pakket bevat (de "
                "controlesom verschilt): de delen van het pakket horen niet bij elkaar."
            )
    return out


def _sha1(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode("ascii")


def _attachments_agree(
    attachments: Any, consent: Mapping[str, Any], files: Mapping[str, bytes], new: bool
) -> bool:
    """Every attachment is a file of the package with its SHA-1, each once, and one the item
    has: the PDF, the texts its signers saw, its evidence (the PDF's SHA-1: see
    pdf_attachment_problems). The
    PDF and the texts must be there (evidence erased at the end of its retention is not in the package)."""
    if not isinstance(attachments, list):
        return False
    texts = {consent["notice"]["text_file"]} | {n["text_file"] for n in consent.get("notices", [])}
    evidence = {e["file"] for e in consent.get("evidence", []) if isinstance(e, dict)}
    allowed = {PDF} | texts | evidence
    urls = [a.get("url") for a in attachments if isinstance(a, dict)]
    if len(urls) != len(attachments) or len(set(urls)) != len(urls):
        return False
    for a in attachments:
        url = a["url"]
        if url not in allowed or url not in files:
            return False
        # bewijs.pdf's SHA-1: pdf_attachment_problems (its own sentence, after the PDF's checks).
        if url != PDF and a.get("hash") != _sha1(files[url]):
            return False
    return ({PDF} | texts) <= set(urls) if new else True
