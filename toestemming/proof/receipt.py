"""receipt.json: the consent as a machine-readable record, shaped after ISO/IEC TS 27560
(consent record information structure) with the Kantara Consent Receipt v1.1 field names
where they exist (jurisdiction, piiControllers, services/purposes, piiCategory,
thirdPartyName, sensitive, spiCat).

Every event in it names the audit event (`seq`) it comes from; `verify` checks those against
the inclusion proof, and the notice hashes against the texts in the package."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ..clock import to_iso
from ..model import ItemStatus, LawfulBasis
from .collect import ItemSource, RequestSource
from .describe import channel_label

SCHEMA = "toestemming-consent-record/1"
STATE = {  # our vocabulary → the 27560 / DPV consent state names
    ItemStatus.REQUESTED: "dpv:ConsentRequested",
    ItemStatus.GIVEN: "dpv:ConsentGiven",
    ItemStatus.REFUSED: "dpv:ConsentRefused",
    ItemStatus.CONFLICTING: "dpv:ConsentRefused",
    ItemStatus.WITHDRAWN: "dpv:ConsentWithdrawn",
    ItemStatus.REVOKED: "dpv:ConsentRevoked",
    ItemStatus.EXPIRED: "dpv:ConsentExpired",
    ItemStatus.INVALIDATED: "dpv:ConsentInvalidated",
    ItemStatus.SUPERSEDED: "dpv:ConsentInvalidated",
}
EVENT_TYPE = {
    "request.created": "requested",
    "decisions.recorded": "decision",
    "withdrawal.recorded": "withdrawal",
    "withdrawal.recipient_notified": "recipient_notified",
    "item.revoke": "revoked",
    "item.invalidate": "invalidated",
    "item.supersede": "superseded",
    "remote.expired": "expired",
    "disclosure.recorded": "disclosure",
}


def receipt_id(vault_id: str, reference_code: str, items: list[int], at: datetime) -> str:
    name = f"{vault_id}/{reference_code}/{','.join(map(str, items))}/{to_iso(at)}"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:toestemming:" + name))


def build_receipt(
    src: RequestSource,
    generated_at: datetime,
    text_files: Mapping[int, str],  # item id → path of the text in the package
    request_text_file: str,
    evidence_files: Mapping[int, str],  # evidence id → path
    audit_file: str,
    key_fingerprint: str,
    shown_files: Mapping[tuple[int, str], str] | None = None,  # (item, language) → path
) -> dict[str, Any]:
    req = src.request
    shown = dict(shown_files or {})
    return {
        "schema": SCHEMA,
        "shaped_after": ["ISO/IEC TS 27560:2023", "Kantara Consent Receipt v1.1"],
        "version": "KI-CR-v1.1.0",
        "receipt_id": receipt_id(
            src.vault_id, req.reference_code, [s.item.id for s in src.items], generated_at
        ),
        "record_id": f"urn:toestemming:{src.vault_id}:request:{req.reference_code}",
        "generated_at": to_iso(generated_at),
        "jurisdiction": "NL",
        "language": req.language,
        "piiControllers": [
            {
                "piiController": src.organisation,
                "role": "verwerkingsverantwoordelijke",
                "key_fingerprint": key_fingerprint,
            }
        ],
        "piiPrincipalId": f"urn:toestemming:{src.vault_id}:youth:{src.youth.id}",
        "pii_principal": {
            "name": src.youth.display_name,
            "birth_date": src.youth.birth_date.isoformat(),
        },
        "notice": {
            "reference_code": req.reference_code,
            "text_file": request_text_file,
            "text_sha256": req.text_sha256,
            "presented_at": to_iso(req.created_at),
        },
        "consents": [_consent(src, s, text_files, evidence_files, shown) for s in src.items],
        "audit": {"file": audit_file, "hash": "SHA-256", "tree": "RFC 9162"},
    }


def _consent(
    src: RequestSource,
    s: ItemSource,
    text_files: Mapping[int, str],
    evidence_files: Mapping[int, str],
    shown_files: Mapping[tuple[int, str], str],
) -> dict[str, Any]:
    item = s.item
    special = [c for c in item.categories if c.special]
    basis = "AVG art. 6 lid 1 onder a (toestemming)"
    if special:
        basis += "; AVG art. 9 lid 2 onder a (uitdrukkelijke toestemming)"
    return {
        "item_id": item.id,
        "position": item.position,
        "state": STATE[s.status.status],
        "status": s.status.status.value,
        "status_reason": s.status.reason,
        "valid_from": src.request.valid_from.isoformat(),
        "valid_until": src.request.valid_until.isoformat(),
        "notice": {
            "language": src.request.language,
            "text_file": text_files[item.id],
            "text_sha256": item.text_sha256,
        },
        # Every text a signer of this item saw, per language (signing mode may switch).
        "notices": [
            {
                "language": lang,
                "text_file": shown_files.get((item.id, lang), text_files[item.id]),
                "text_sha256": s.texts[lang][1],
            }
            for lang in s.shown_languages()
        ],
        "services": [
            {
                "service": item.purpose.title,
                "purposes": [
                    {
                        "purpose": item.purpose.description,
                        "purpose_code": item.purpose.code,
                        "purpose_version": item.purpose.version,
                        "consentType": "EXPLICIT",
                        "lawful_basis": LawfulBasis.CONSENT.value,
                        "legal_basis_text": basis,
                        "piiCategory": [c.name for c in item.categories],
                        "pii_categories": [
                            {"code": c.code, "name": c.name, "level": c.level.value}
                            for c in item.categories
                        ],
                        "thirdPartyDisclosure": True,
                        "thirdPartyName": item.recipient.display_name,
                        "recipient_kind": item.recipient.kind.value,
                        "termination": src.request.valid_until.isoformat(),
                    }
                ],
            }
        ],
        "sensitive": bool(special),
        "spiCat": [c.name for c in special],
        "withdrawal_method": (
            "Op elk moment, zonder reden: tegen de begeleider zeggen, of een e-mail of appje "
            f"sturen met code {src.request.reference_code}."
        ),
        "events": _events(src, s, evidence_files),
    }


def _events(
    src: RequestSource, s: ItemSource, evidence_files: Mapping[int, str]
) -> list[dict[str, Any]]:
    out = []
    item_hash = s.item.text_sha256
    for e in s.events:
        d = e.data
        entry: dict[str, Any] = {"seq": e.seq, "type": EVENT_TYPE[e.kind], "time": e.at}
        if e.kind == "decisions.recorded":
            answer = d["answers"][str(s.item.id)]
            entry |= {
                "state": "dpv:ConsentGiven" if answer == "yes" else "dpv:ConsentRefused",
                "answer": answer,
                "decided_at": d["decided_at"],
                "by": {"kind": d["signer"][0], "id": d["signer"][1], "role": d["role"]},
                "age_then": d["age"],
                "channel": d["channel"],
                "channel_label": channel_label(d["channel"]),
                # The language of the text on screen; its hash is in the audited event when
                # it differs from the request's language.
                "language": d.get("language", src.request.language),
                "text_sha256": d.get("text_sha256", {}).get(str(s.item.id), item_hash),
                "evidence": evidence_files.get(d["evidence"]) if d.get("evidence") else None,
            }
        elif e.kind == "withdrawal.recorded":
            entry |= {
                "state": "dpv:ConsentWithdrawn",
                "withdrawn_at": d["withdrawn_at"],
                "by": {"kind": d["signer"][0], "id": d["signer"][1]},
                "channel": d["channel"],
                "evidence": evidence_files.get(d["evidence"]) if d.get("evidence") else None,
            }
        elif e.kind == "disclosure.recorded":
            entry |= {
                "recipient": src.recipients[int(d["recipient"])].display_name,
                "categories": [src.categories[int(c)].name for c in d["categories"]],
                "lawful_basis": d["basis"],
                "disclosed_at": d["at"],
            }
        elif e.kind in ("item.revoke", "item.invalidate", "item.supersede", "remote.expired"):
            entry["state"] = STATE[
                {
                    "item.revoke": ItemStatus.REVOKED,
                    "item.invalidate": ItemStatus.INVALIDATED,
                    "item.supersede": ItemStatus.SUPERSEDED,
                    "remote.expired": ItemStatus.EXPIRED,
                }[e.kind]
            ]
        out.append(entry)
    return out
