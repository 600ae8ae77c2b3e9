"""One consent item as an HL7 FHIR R5 `Consent` resource (JSON), for systems in care that read
FHIR. Plain dicts: the package is validated with `fhir.resources` in the tests, the product
does not need it at run time.

R5 semantics (Consent.decision, Consent.provision): `decision` is the base rule, and every
nested provision is an exception to the level above it. So what was decided is encoded as:

- given: `decision = deny` with ONE provision scoped to the item — the recipient (actor with
  role IRCP), the purpose, the data categories (`securityLabel`), the period and the action
  `disclose` — which therefore permits exactly that disclosure and nothing else;
- refused, conflicting, withdrawn, expired, … : `decision = deny` with no exception; `status`
  (one table below) and `verification` (every decision and withdrawal, dated) say why.

`grantor` are the people who decided; `grantee` and `controller` the organisation that must
keep to it; `regulatoryBasis` names the AVG articles; `sourceAttachment` lists the signed PDF,
the texts as shown and every piece of evidence in the package (SHA-1 as FHIR wants it); an
`extension` the young person's views on the item (youth_heard.fhir_value, proof28)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from typing import Any

from ..clock import LOCAL_TZ, from_iso, to_iso
from ..model import ItemStatus, SignerKind
from . import youth_heard
from .collect import ItemSource, RequestSource

# THE table: our item status → (FHIR Consent.status, does the item's permit provision apply?)
# Only a given item carries the exception; every other state is "deny, no exception".
STATUS: dict[ItemStatus, tuple[str, bool]] = {
    ItemStatus.REQUESTED: ("draft", False),
    ItemStatus.GIVEN: ("active", True),
    ItemStatus.REFUSED: ("active", False),  # in force: this recipient may not receive it
    ItemStatus.CONFLICTING: ("active", False),  # parents disagree: no consent, in force
    ItemStatus.WITHDRAWN: ("inactive", False),
    ItemStatus.REVOKED: ("inactive", False),
    ItemStatus.EXPIRED: ("inactive", False),
    ItemStatus.INVALIDATED: ("entered-in-error", False),
    ItemStatus.SUPERSEDED: ("inactive", False),
}
SYSTEM = "urn:toestemming"
PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
CONSENT_ACTION = "http://terminology.hl7.org/CodeSystem/consentaction"
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "Engels"}
STATUS_WHY = {
    ItemStatus.REQUESTED: "gevraagd, nog geen (volledig) antwoord",
    ItemStatus.GIVEN: "toestemming gegeven",
    ItemStatus.REFUSED: "geweigerd",
    ItemStatus.CONFLICTING: "ouders zijn het oneens: geen toestemming",
    ItemStatus.WITHDRAWN: "ingetrokken",
    ItemStatus.REVOKED: "beëindigd door de organisatie",
    ItemStatus.EXPIRED: "verlopen",
    ItemStatus.INVALIDATED: "ongeldig verklaard",
    ItemStatus.SUPERSEDED: "vervangen door een nieuwere toestemming",
}


def _fhir_time(value: str) -> str:
    # FHIR dateTime allows at most ... seconds with fraction and a zone: keep UTC, drop µs.
    return from_iso(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sha1(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode("ascii")


def recipient_identifier(vault_id: str) -> str:
    return f"{SYSTEM}:{vault_id}:recipient"


def build_consent(
    src: RequestSource,
    s: ItemSource,
    pdf_name: str | None,
    pdf: bytes | None,
    texts: Sequence[tuple[str, str, bytes]] = (),  # (language, path in the package, content)
    evidence: Sequence[tuple[str, str, bytes]] = (),  # (path, media type, content)
) -> dict[str, Any]:
    item = s.item
    status, permits = STATUS[s.status.status]
    period = {
        "start": src.request.valid_from.isoformat(),
        "end": src.request.valid_until.isoformat(),
    }
    resource: dict[str, Any] = {
        "resourceType": "Consent",
        "id": f"item-{item.id}",
        "language": s.language,
        "identifier": [
            {"system": f"{SYSTEM}:reference", "value": src.request.reference_code},
            {"system": f"{SYSTEM}:{src.vault_id}:item", "value": str(item.id)},
        ],
        "status": status,
        "category": [
            {
                "coding": [
                    {"system": "http://loinc.org", "code": "59284-0", "display": "Consent Document"}
                ],
                "text": "Toestemming voor het delen van gegevens — " + STATUS_WHY[s.status.status],
            }
        ],
        "subject": {
            "identifier": {"system": f"{SYSTEM}:{src.vault_id}:youth", "value": str(src.youth.id)},
            "display": src.youth.display_name,
        },
        "date": src.request.created_at.astimezone(LOCAL_TZ).date().isoformat(),
        "period": period,
        "grantee": [_organisation(src)],
        "controller": [_organisation(src)],
        "sourceAttachment": _attachments(pdf_name, pdf, texts, evidence),
        "regulatoryBasis": [
            {
                "coding": [
                    {
                        "system": f"{SYSTEM}:regulation",
                        "code": "AVG-6-1-a",
                        "display": "AVG art. 6 lid 1 onder a (toestemming)",
                    },
                    *(
                        [
                            {
                                "system": f"{SYSTEM}:regulation",
                                "code": "AVG-9-2-a",
                                "display": "AVG art. 9 lid 2 onder a (uitdrukkelijke "
                                "toestemming, bijzondere gegevens)",
                            }
                        ]
                        if item.has_special_categories
                        else []
                    ),
                ],
                "text": "AVG art. 6 lid 1 onder a (toestemming)"
                + ("; art. 9 lid 2 onder a" if item.has_special_categories else ""),
            }
        ],
        # The base rule: nothing may be disclosed …
        "decision": "deny",
    }
    grantors = _grantors(src, s)
    if grantors:
        resource["grantor"] = grantors
    verification = _verification(src, s)
    if verification:
        resource["verification"] = verification
    # The young person's views on the item (proof28): no decision, an extension a reader
    # that does not know it may ignore (not a modifierExtension).
    views = youth_heard.receipt_value([(e.seq, e.data) for e in src.view_events], item.id)
    if views:
        resource["extension"] = youth_heard.fhir_value(views)
    if permits:
        # … except exactly this: one recipient, one purpose, these categories, this period.
        resource["provision"] = [_scope(src, s, period)]
    return resource


def _organisation(src: RequestSource) -> dict[str, Any]:
    return {
        "identifier": {"system": f"{SYSTEM}:organisation", "value": src.vault_id},
        "display": src.organisation,
    }


def _scope(src: RequestSource, s: ItemSource, period: dict[str, str]) -> dict[str, Any]:
    item = s.item
    return {
        "period": period,
        "actor": [
            {
                "role": {
                    "coding": [
                        {
                            "system": PARTICIPATION,
                            "code": "IRCP",
                            "display": "information recipient",
                        }
                    ]
                },
                "reference": {
                    "identifier": {
                        "system": recipient_identifier(src.vault_id),
                        "value": str(item.recipient.id),
                    },
                    "display": item.recipient.display_name,
                },
            }
        ],
        "action": [{"coding": [{"system": CONSENT_ACTION, "code": "disclose"}]}],
        "purpose": [
            {
                "system": f"{SYSTEM}:purpose",
                "code": item.purpose.code,
                "display": item.purpose.title,
            }
        ],
        "securityLabel": [
            {"system": f"{SYSTEM}:category", "code": c.code, "display": c.name}
            for c in item.categories
        ],
    }


def _grantors(src: RequestSource, s: ItemSource) -> list[dict[str, Any]]:
    out: dict[Any, dict[str, Any]] = {}
    for d in s.decisions:
        name, role = src.people.get(d.signer, ("onbekend", "onbekend"))
        kind = "youth" if d.signer.kind == SignerKind.YOUTH else "representative"
        out[d.signer] = {
            "identifier": {
                "system": f"{SYSTEM}:{src.vault_id}:{kind}",
                "value": str(d.signer.id),
            },
            "display": f"{name} ({role})",
        }
    return list(out.values())


def _verification(src: RequestSource, s: ItemSource) -> list[dict[str, Any]]:
    out = []
    for d in s.decisions:
        name, role = src.people.get(d.signer, ("onbekend", "onbekend"))
        lang = s.language_of(d)
        shown_in = "" if lang == s.language else f" (tekst in het {LANGUAGE_NAMES.get(lang, lang)})"
        out.append(
            {
                "verified": True,
                "verificationType": {
                    "text": f"{role}: {'ja' if d.answer.value == 'yes' else 'nee'}{shown_in}"
                },
                "verifiedWith": {"display": name},
                "verificationDate": [_fhir_time(to_iso(d.decided_at))],
            }
        )
    for w in s.withdrawals:
        name, role = src.people.get(w.signer, ("onbekend", "onbekend"))
        out.append(
            {
                "verified": True,
                "verificationType": {"text": f"{role}: ingetrokken"},
                "verifiedWith": {"display": name},
                "verificationDate": [_fhir_time(to_iso(w.withdrawn_at))],
            }
        )
    return out


def _attachments(
    pdf_name: str | None,
    pdf: bytes | None,
    texts: Sequence[tuple[str, str, bytes]],
    evidence: Sequence[tuple[str, str, bytes]],
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if pdf_name is not None and pdf is not None:
        out.append(
            {
                "contentType": "application/pdf",
                "url": pdf_name,
                "title": "Bewijs van toestemming",
                "hash": _sha1(pdf),
            }
        )
    # The texts exactly as shown, one per language a signer saw (FHIR hashes: SHA-1).
    for lang, path, data in texts:
        out.append(
            {
                "contentType": "text/plain; charset=utf-8",
                "language": lang,
                "url": path,
                "title": f"Tekst zoals getoond ({LANGUAGE_NAMES.get(lang, lang)})",
                "hash": _sha1(data),
            }
        )
    for path, media_type, data in evidence:
        out.append(
            {"contentType": media_type, "url": path, "title": "Bewijsstuk", "hash": _sha1(data)}
        )
    return out
