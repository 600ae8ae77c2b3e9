"""receipt.json: the consent as a machine-readable record, shaped after ISO/IEC TS 27560:2023
(consent record information structure) with W3C Data Privacy Vocabulary (DPV) terms for the
consent state, consent type, legal basis, processing and data. It does NOT claim to be a
Kantara Consent Receipt: the fields it has are described by our own JSON Schema
(receipt.schema.json, shipped in every package and validated against in the tests), named
in `schema`.

Every event in it names the audit event (`seq`) it comes from; `verify` checks those against
the inclusion proof, and the notice hashes against the texts in the package."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

from ..clock import from_iso, to_iso
from ..model import MOMENT_FROM_LABELS, ItemStatus, LawfulBasis, SignerKind, SignerRef
from . import gezag, youth_heard
from .collect import ItemSource, RequestSource, item_evidence
from .describe import channel_label

# What the export's logged event (`proof.exported`, data "receipt") says its receipt holds:
# 2 = each category named by its number and who decided or withdrew by name
# (receipt_fields.numbered). In the hash-chained log, not in the receipt: a re-signed receipt
# cannot pass for an older one that had neither.
NUMBERED_CATEGORIES = 2
# 3 = besides, each decision and withdrawal by a representative says what the log says of their
# gezag at that moment (`gezag_then`, proof/gezag.py), and each notice of a withdrawal to a
# recipient names the recipient and the moment told (session 17).
GEZAG_THEN = 3
# 4 = besides, each consent carries the young person's views on it (`youth_views`,
# youth_heard.receipt_value) and its FHIR Consent the same as extensions (proof28).
YOUTH_VIEWS = 4

SCHEMA = "toestemming-consent-record/3"
# Every receipt format this program wrote; verify reads each (older ones say less).
KNOWN_FORMATS = ("toestemming-consent-record/1", "toestemming-consent-record/2", SCHEMA)
SCHEMA_FILE = "receipt.schema.json"
SHAPED_AFTER = "ISO/IEC TS 27560:2023 (consent record information structure), W3C DPV 2"
DPV = "https://w3id.org/dpv#"
# THE mapping of our states to DPV consent states. A conflict between parents is no consent
# but also nobody's refusal; superseded is replaced, not invalid: DPV's "invalid for
# processing" group says exactly that, and `status` gives our precise word.
STATE = {
    ItemStatus.REQUESTED: "dpv:ConsentRequested",
    ItemStatus.GIVEN: "dpv:ConsentGiven",
    ItemStatus.REFUSED: "dpv:ConsentRefused",
    ItemStatus.CONFLICTING: "dpv:ConsentStatusInvalidForProcessing",
    ItemStatus.WITHDRAWN: "dpv:ConsentWithdrawn",
    ItemStatus.REVOKED: "dpv:ConsentRevoked",
    ItemStatus.EXPIRED: "dpv:ConsentExpired",
    ItemStatus.INVALIDATED: "dpv:ConsentInvalidated",
    ItemStatus.SUPERSEDED: "dpv:ConsentStatusInvalidForProcessing",
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


@cache
def schema_bytes() -> bytes:
    """Our JSON Schema for receipt.json (packed beside it in every proof package)."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_bytes()


def schema() -> dict[str, Any]:
    value: dict[str, Any] = json.loads(schema_bytes())
    return value


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
        "schema_file": SCHEMA_FILE,
        "shaped_after": SHAPED_AFTER,
        "vocabulary": {"dpv": DPV, "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#"},
        "receipt_id": receipt_id(
            src.vault_id, req.reference_code, [s.item.id for s in src.items], generated_at
        ),
        "record_id": f"urn:toestemming:{src.vault_id}:request:{req.reference_code}",
        "generated_at": to_iso(generated_at),
        "jurisdiction": "NL",
        "applicable_law": ["eu-gdpr:GDPR", "UAVG"],
        "language": req.language,
        "piiControllers": [
            {
                "piiController": src.organisation,
                "role": "dpv:DataController",
                "role_label": "verwerkingsverantwoordelijke",
                "jurisdiction": "NL",
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
        "disclosures_on_other_basis": _overrides(src),
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
    legal, basis = legal_basis(bool(special))
    end = _termination(src, s)
    return {
        "item_id": item.id,
        "position": item.position,
        "state": STATE[s.status.status],
        "status": s.status.status.value,
        "status_reason": s.status.reason,
        "needs_reconfirmation": s.status.needs_reconfirmation,
        # Explicit for special categories (separate tick), expressed otherwise (a yes per item).
        "consentType": "dpv:ExplicitlyExpressedConsent" if special else "dpv:ExpressedConsent",
        "valid_from": src.request.valid_from.isoformat(),
        "valid_until": src.request.valid_until.isoformat(),
        "termination": end,
        "collectionMethod": sorted({d.channel.value for d in s.decisions}),
        "evidence": [
            {
                "file": evidence_files[eid],
                "sha256": src.evidence[eid].info.sha256,
                "role": src.evidence_roles.get(eid, src.evidence[eid].info.kind),
            }
            for eid in item_evidence(src, s)
            if eid in evidence_files
        ],
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
                        "purposeCategory": ["dpv:ServiceProvision"],
                        "processing": ["dpv:Disclose"],
                        "lawful_basis": LawfulBasis.CONSENT.value,
                        "legal_basis": legal,
                        "legal_basis_text": basis,
                        "piiCategory": [c.name for c in item.categories],
                        "pii_categories": [
                            {
                                "id": c.id,  # as request.created names it (verify holds it)
                                "code": c.code,
                                "name": c.name,
                                "level": c.level.value,
                                "dpv": "dpv:SpecialCategoryPersonalData"
                                if c.special
                                else "dpv:PersonalData",
                            }
                            for c in item.categories
                        ],
                        "thirdPartyDisclosure": True,
                        "thirdPartyName": item.recipient.display_name,
                        "recipient": {
                            "name": item.recipient.display_name,
                            "kind": item.recipient.kind.value,
                            "legal_role": item.recipient.legal_role.value,
                            "dpv": "dpv:ThirdParty",
                        },
                        "recipient_kind": item.recipient.kind.value,
                        "termination": src.request.valid_until.isoformat(),
                    }
                ],
            }
        ],
        "sensitive": bool(special),
        "spiCat": [c.name for c in special],
        "withdrawal_method": withdrawal_method(src.request.reference_code),
        "events": _events(src, s, evidence_files),
        youth_heard.RECEIPT_FIELD: youth_heard.receipt_value(
            [(e.seq, e.data) for e in src.view_events], item.id
        ),
    }


def legal_basis(special: bool) -> tuple[list[str], str]:
    """The item's legal basis (DPV/GDPR terms, and in words): consent, explicit for special
    categories. verify holds the receipt to it (receipt_fields.derived_fields_wrong)."""
    basis = "AVG art. 6 lid 1 onder a (toestemming)"
    legal = ["dpv:Consent", "eu-gdpr:A6-1-a"]
    if special:
        basis += "; AVG art. 9 lid 2 onder a (uitdrukkelijke toestemming)"
        legal.append("eu-gdpr:A9-2-a")
    return legal, basis


def withdrawal_method(reference_code: str) -> str:
    """How to withdraw, as the receipt says it (the same words since the first release)."""
    return (
        "Op elk moment, zonder reden: tegen de begeleider zeggen, of een e-mail of appje "
        f"sturen met code {reference_code}."
    )


def _termination(src: RequestSource, s: ItemSource) -> dict[str, Any]:
    """How and when the consent ends (27560: duration / termination): the end date, that it
    can be withdrawn at any time, and the moment it actually ended if it has."""
    status = s.status.status
    out: dict[str, Any] = {
        "until": src.request.valid_until.isoformat(),
        "withdrawal": "op elk moment, zonder reden",
        "ended": status not in (ItemStatus.REQUESTED, ItemStatus.GIVEN, ItemStatus.CONFLICTING),
    }
    if out["ended"] and s.status.since is not None:
        out["ended_at"] = to_iso(s.status.since)
    return out


def _overrides(src: RequestSource) -> list[dict[str, Any]]:
    """Disclosures to one of this request's recipients and purposes that no consent covered
    (another legal ground; after a "no" an override, sharing.py): listed, so the receipt
    never reads as if consent were the only ground used."""
    return [
        {
            "disclosure_id": d.id,
            "recipient": src.recipients[d.recipient_id].display_name,
            "categories": [src.categories[c].name for c in d.category_ids if c in src.categories],
            "lawful_basis": d.basis.value,
            "disclosed_at": to_iso(d.disclosed_at),
            "override": src.overrides.get(d.id),
        }
        for d in src.other_basis
    ]


def _name(src: RequestSource, signer: Any) -> str:
    """Who decided, by the name bewijs.pdf prints ("Wie"): the log has only a number and a
    salted commitment, so without the name here the PDF could name the other parent."""
    ref = SignerRef(SignerKind(signer[0]), int(signer[1]))
    return src.people.get(ref, ("onbekend", ""))[0]


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
                "by": {
                    "kind": d["signer"][0],
                    "id": d["signer"][1],
                    "role": d["role"],
                    "name": _name(src, d["signer"]),
                },
                "age_then": d["age"],
                "channel": d["channel"],
                "channel_label": channel_label(d["channel"]),
                # The language of the text on screen; its hash is in the audited event when
                # it differs from the request's language.
                "language": d.get("language", src.request.language),
                "text_sha256": d.get("text_sha256", {}).get(str(s.item.id), item_hash),
                "evidence": evidence_files.get(d["evidence"]) if d.get("evidence") else None,
            }
            entry |= _moment_from(d)
        elif e.kind == "withdrawal.recorded":
            entry |= {
                "state": "dpv:ConsentWithdrawn",
                "withdrawn_at": d["withdrawn_at"],
                "by": {
                    "kind": d["signer"][0],
                    "id": d["signer"][1],
                    "name": _name(src, d["signer"]),
                },
                "channel": d["channel"],
                "evidence": evidence_files.get(d["evidence"]) if d.get("evidence") else None,
            }
            if "age" in d:  # logged since cases26; an older withdrawal's receipt has none
                entry["age_then"] = d["age"]
            entry |= _moment_from(d)
        elif e.kind == "withdrawal.recipient_notified":
            entry |= {"recipient": _recipient(src, d["recipient"]), "notified_at": d["at"]}
        elif e.kind == "disclosure.recorded":
            entry |= {
                "recipient": src.recipients[int(d["recipient"])].display_name,
                "categories": [src.categories[int(c)].name for c in d["categories"]],
                "lawful_basis": d["basis"],
                "disclosed_at": d["at"],
            }
        if e.kind in ("decisions.recorded", "withdrawal.recorded"):
            entry |= _gezag_then(src, d)
        if e.kind in ("item.revoke", "item.invalidate", "item.supersede", "remote.expired"):
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


def gezag_history(src: RequestSource, representative: Any) -> list[dict[str, Any]]:
    """One representative's logged gezag events (gezag.KINDS) in log order, as gezag.py reads
    them; the same list the receipt's `gezag_then` and the PDF's "Gezag toen" follow from."""
    return [
        {"seq": e.seq, "kind": e.kind, "at": e.at, "data": e.data}
        for e in sorted(src.gezag_events, key=lambda e: e.seq)
        if e.data.get("representative") == representative
    ]


def gezag_then(src: RequestSource, d: Mapping[str, Any]) -> dict[str, Any] | None:
    """A decision's or withdrawal's `gezag_then` (gezag.receipt_value); None for the youth."""
    signer = list(d.get("signer", []))
    if signer[:1] != ["representative"]:
        return None
    moment = from_iso(str(d.get("decided_at") or d["withdrawn_at"]))
    return gezag.receipt_value(gezag_history(src, signer[1]), moment)


def _gezag_then(src: RequestSource, d: Mapping[str, Any]) -> dict[str, Any]:
    value = gezag_then(src, d)
    return {} if value is None else {"gezag_then": value}


def _recipient(src: RequestSource, number: Any) -> str:
    """A recipient told of a withdrawal, by name (the PDF's history row prints the same)."""
    found = src.recipients.get(int(number))
    return found.display_name if found else "Ontvanger"


def _moment_from(d: Mapping[str, Any]) -> dict[str, Any]:
    """A moment that is not the sender's own date (a reply without one: our mail server's
    stamp, or when it was read in) says so in the receipt as in the log, so a package
    re-signed without the PDF's note still carries it (receipt_fields checks it)."""
    source = d.get("moment_from")
    if source not in MOMENT_FROM_LABELS:
        return {}
    return {"moment_from": source, "moment_note": MOMENT_FROM_LABELS[source]}
