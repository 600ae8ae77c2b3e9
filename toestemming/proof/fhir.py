"""One consent item as an HL7 FHIR R5 `Consent` resource (JSON), for systems in care that read
FHIR. Plain dicts: the package is validated with `fhir.resources` in the tests, the product
does not need it at run time."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from typing import Any

from ..clock import LOCAL_TZ, from_iso, to_iso
from ..model import ItemStatus
from .collect import ItemSource, RequestSource

# R5 Consent.status and Consent.decision for our statuses.
STATUS = {
    ItemStatus.REQUESTED: ("draft", None),
    ItemStatus.GIVEN: ("active", "permit"),
    ItemStatus.REFUSED: ("active", "deny"),
    ItemStatus.CONFLICTING: ("not-done", None),
    ItemStatus.WITHDRAWN: ("inactive", None),
    ItemStatus.REVOKED: ("inactive", None),
    ItemStatus.EXPIRED: ("inactive", None),
    ItemStatus.INVALIDATED: ("entered-in-error", None),
    ItemStatus.SUPERSEDED: ("inactive", None),
}
SYSTEM = "urn:toestemming"


def _fhir_time(value: str) -> str:
    # FHIR dateTime allows at most ... seconds with fraction and a zone: keep UTC, drop µs.
    return from_iso(value).strftime("%Y-%m-%dT%H:%M:%SZ")


LANGUAGE_NAMES = {"nl": "Nederlands", "en": "Engels"}


def _sha1(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode("ascii")


def build_consent(
    src: RequestSource,
    s: ItemSource,
    pdf_name: str,
    pdf: bytes,
    texts: Sequence[tuple[str, str, bytes]] = (),  # (language, path in the package, content)
) -> dict[str, Any]:
    item = s.item
    status, decision = STATUS[s.status.status]
    signers = {}
    verification = []
    for d in s.decisions:
        name, role = src.people.get(d.signer, ("onbekend", "onbekend"))
        signers[d.signer] = {"display": f"{name} ({role})"}
        lang = s.language_of(d)
        shown_in = "" if lang == s.language else f" (tekst in het {LANGUAGE_NAMES.get(lang, lang)})"
        verification.append(
            {
                "verified": True,
                "verificationType": {
                    "text": f"{role}: {'ja' if d.answer.value == 'yes' else 'nee'}{shown_in}"
                },
                "verifiedWith": {"display": name},
                "verificationDate": [_fhir_time(to_iso(d.decided_at))],
            }
        )
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
                "text": "Toestemming voor het delen van gegevens",
            }
        ],
        "subject": {"display": src.youth.display_name},
        "date": src.request.created_at.astimezone(LOCAL_TZ).date().isoformat(),
        "period": {
            "start": src.request.valid_from.isoformat(),
            "end": src.request.valid_until.isoformat(),
        },
        "controller": [{"display": src.organisation}],
        "grantee": [{"display": item.recipient.display_name}],
        "sourceAttachment": [
            {
                "contentType": "application/pdf",
                "url": pdf_name,
                "title": "Bewijs van toestemming",
                "hash": _sha1(pdf),
            },
            # The texts exactly as shown, one per language a signer saw (FHIR hashes: SHA-1).
            *(
                {
                    "contentType": "text/plain; charset=utf-8",
                    "language": lang,
                    "url": path,
                    "title": f"Tekst zoals getoond ({LANGUAGE_NAMES.get(lang, lang)})",
                    "hash": _sha1(data),
                }
                for lang, path, data in texts
            ),
        ],
        "regulatoryBasis": [
            {
                "text": "AVG art. 6 lid 1 onder a (toestemming)"
                + ("; art. 9 lid 2 onder a" if item.has_special_categories else "")
            }
        ],
        "provision": [
            {
                "period": {
                    "start": src.request.valid_from.isoformat(),
                    "end": src.request.valid_until.isoformat(),
                },
                "actor": [
                    {
                        "role": {
                            "coding": [
                                {
                                    "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                    "code": "IRCP",
                                    "display": "information recipient",
                                }
                            ]
                        },
                        "reference": {"display": item.recipient.display_name},
                    }
                ],
                "action": [
                    {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/consentaction",
                                "code": "disclose",
                            }
                        ]
                    }
                ],
                "purpose": [
                    {
                        "system": f"{SYSTEM}:purpose",
                        "code": item.purpose.code,
                        "display": item.purpose.title,
                    }
                ],
                "code": [
                    {
                        "coding": [{"system": f"{SYSTEM}:category", "code": c.code}],
                        "text": c.name,
                    }
                    for c in item.categories
                ],
            }
        ],
    }
    if signers:
        resource["grantor"] = list(signers.values())
    if verification:
        resource["verification"] = verification
    if decision:
        resource["decision"] = decision
    return resource
