"""Disclosures on another basis than consent, proven in a request package's own log proof
(proof22).

A request's receipt lists, under `disclosures_on_other_basis`, what went to one of its
recipients for one of its purposes without a consent covering it (a legal duty, an override
after a "no"), and bewijs.pdf draws them in "Verstrekkingen onder dit onderdeel". Until
session 18 nothing in the package's log proof backed them: an insider with the key could add
a row (a sharing that never happened, to make a later one look routine), change its date or
basis, or leave one out, re-sign, and `verify` said authentic. The log has them:
`disclosure.recorded` (recipient and categories by number, basis, moment, override) and for an
override `disclosure.justified` (ground, who was informed, the second confirmation); the
names a reader sees come from the catalogue's `recipient.added` (a recipient is never
renamed) and `category.added` (its Dutch name, never changed). So the export puts those
events in the package's log proof and its own logged event (`proof.exported`, data
"other_basis") names them per request — inclusion proofs show what is there, never that a
disclosure was left out; the logged export says what the complete set is. `check` holds every
receipt entry to them, both ways. Packages from before say that they do not prove it.

The same list proves each item's recipient as the receipt describes it to a machine: its
kind and legal role (`recipient.added`, a later `recipient.legal_role`). The legal role says
whether a public body may lean on legitimate interest; it was the registry's word only, so a
re-signed receipt could call the gemeente "private"."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .youth_names import RECIPIENT_KIND, recipient_name

if TYPE_CHECKING:
    from ..usecases.context import Context

RECORDED = "disclosure.recorded"
JUSTIFIED = "disclosure.justified"
CATEGORY_KIND = "category.added"
ROLE_KIND = "recipient.legal_role"
KINDS = (RECORDED, JUSTIFIED, RECIPIENT_KIND, CATEGORY_KIND, ROLE_KIND)
# The logged export's field naming each request's events of this kind (proof.exported data).
EXPORT_FIELD = "other_basis"
_OVERRIDE_FIELDS = ("override", "ground", "informed", "confirmed_at")


def event_seqs(
    ctx: Context, disclosure_ids: Iterable[int], item_recipients: Iterable[int] = ()
) -> list[int]:
    """The log positions of the events that prove the disclosures `disclosure_ids` (their
    recording, their justification, the catalogue entries of the recipient and the data they
    name) and the items' recipients (their registration and legal role), in log order."""
    wanted = set(disclosure_ids)
    found: list[int] = []
    recipients: set[Any] = set(item_recipients)
    categories: set[Any] = set()
    if wanted:
        for seq, kind, body in ctx.db.query(
            "SELECT seq, kind, body FROM events WHERE kind IN (?, ?) ORDER BY seq",
            (RECORDED, JUSTIFIED),
        ):
            data = json.loads(bytes(body))["data"]
            if data.get("disclosure") in wanted:
                found.append(int(seq))
                if kind == RECORDED:
                    recipients.add(data.get("recipient"))
                    categories.update(data.get("categories", []))
    for seq, kind, body in ctx.db.query(
        "SELECT seq, kind, body FROM events WHERE kind IN (?, ?, ?) ORDER BY seq",
        (RECIPIENT_KIND, ROLE_KIND, CATEGORY_KIND),
    ):
        data = json.loads(bytes(body))["data"]
        if (kind != CATEGORY_KIND and data.get("recipient") in recipients) or (
            kind == CATEGORY_KIND and data.get("category") in categories
        ):
            found.append(int(seq))
    return sorted(found)


def check(
    receipt: Mapping[str, Any], verified: Mapping[int, Mapping[str, Any]]
) -> tuple[list[str], list[str]]:
    """(problems, facts), Dutch, of a request package's receipt against its verified log proof."""
    listed = receipt.get("disclosures_on_other_basis", [])
    if not isinstance(listed, list):
        return [_WRONG], []
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    created = [b["data"] for b in verified.values() if b["kind"] == "request.created"]
    promised = exports[0].get(EXPORT_FIELD) if len(exports) == 1 else None
    if not isinstance(promised, dict) or len(created) != 1:
        if not listed:
            return [], []
        return [], [
            "Dit pakket is van vóór het bewijs van verstrekkingen zonder toestemming: dat de "
            "verstrekkingen op een andere grondslag zo plaatsvonden, staat er niet in bewezen."
        ]
    held = sorted(
        s
        for s, b in verified.items()
        if b["kind"] in KINDS[2:]
        or b["kind"] == JUSTIFIED
        or (b["kind"] == RECORDED and b["data"].get("item") is None)
    )
    want = promised.get(str(created[0].get("request")))
    if not isinstance(want, list) or sorted(want) != held:
        return [
            "De gebeurtenissen over verstrekkingen zonder toestemming in het logboekbewijs zijn "
            "niet die de vastgelegde export noemt: er is er een weggelaten of bijgezet."
        ], []
    if not _entries_agree(listed, [verified[s] for s in held], created[0]):
        return [_WRONG], []
    wrong = _recipients_wrong(receipt, [verified[s] for s in held], created[0])
    if wrong:
        return [
            f"receipt.json, onderdeel {', '.join(wrong)}: de soort ontvanger of zijn rol volgens "
            "de wet (overheid met een publieke taak of niet) is niet wat het logboek vastlegt."
        ], []
    if not listed:
        return [], []
    return [], [
        f"{len(listed)} verstrekking(en) op een andere grondslag dan toestemming: ontvanger, "
        "gegevens, grondslag en moment kloppen met het logboek."
    ]


_WRONG = (
    "receipt.json: de verstrekkingen op een andere grondslag (aan wie, welke gegevens, op welke "
    "grondslag, wanneer, of ondanks een nee) zijn niet wat het logboek vastlegt."
)


def _entries_agree(
    listed: Sequence[Any], events: Sequence[Mapping[str, Any]], created: Mapping[str, Any]
) -> bool:
    """Each receipt entry is exactly one logged disclosure without consent of this youth to
    one of this request's recipients, field by field, and each logged one has its entry."""
    recorded = {e["data"].get("disclosure"): e["data"] for e in events if e["kind"] == RECORDED}
    justified = {e["data"].get("disclosure"): e["data"] for e in events if e["kind"] == JUSTIFIED}
    recipients = {
        e["data"].get("recipient"): recipient_name(e["data"])
        for e in events
        if e["kind"] == RECIPIENT_KIND
    }
    categories = {
        e["data"].get("category"): str(e["data"].get("name"))
        for e in events
        if e["kind"] == CATEGORY_KIND
    }
    ours = {i.get("recipient") for i in created.get("items", [])}
    ids = [e.get("disclosure_id") if isinstance(e, Mapping) else None for e in listed]
    if len(set(ids)) != len(ids) or set(ids) != set(recorded) or set(justified) - set(recorded):
        return False
    for entry in listed:
        d = recorded[entry["disclosure_id"]]
        names = [categories.get(c) for c in d.get("categories", [])]
        override = justified.get(entry["disclosure_id"])
        if (
            d.get("youth") != created.get("youth")
            or d.get("recipient") not in ours
            or entry.get("recipient") != recipients.get(d.get("recipient"))
            or None in names
            or entry.get("categories") != names
            or entry.get("lawful_basis") != d.get("basis")
            or entry.get("disclosed_at") != d.get("at")
            or entry.get("override") != _override(override)
            or bool(d.get("override")) != bool(override and override.get("override"))
        ):
            return False
    return True


def _override(justified: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The receipt's `override` of a disclosure as its `disclosure.justified` logged it."""
    if justified is None:
        return None
    return {k: justified.get(k) for k in _OVERRIDE_FIELDS}


def _recipients_wrong(
    receipt: Mapping[str, Any], events: Sequence[Mapping[str, Any]], created: Mapping[str, Any]
) -> list[str]:
    """The positions of the items whose recipient the receipt gives another kind or legal
    role than the log: its registration, then each correction of the role, in log order."""
    kind: dict[Any, Any] = {}
    role: dict[Any, Any] = {}
    for e in events:  # in log order (held is sorted)
        data = e["data"]
        if e["kind"] == RECIPIENT_KIND:
            kind[data.get("recipient")] = data.get("kind")
            if "legal_role" in data:
                role[data.get("recipient")] = data.get("legal_role")
        elif e["kind"] == ROLE_KIND:
            role[data.get("recipient")] = data.get("legal_role")
    logged = {i.get("item"): i.get("recipient") for i in created.get("items", [])}
    wrong = []
    for c in receipt.get("consents", []):
        number = logged.get(c.get("item_id"))
        (purpose,) = c["services"][0]["purposes"]
        shown = purpose.get("recipient")
        if not isinstance(shown, Mapping):
            continue  # receipts before the recipient object (held elsewhere)
        # A registration from before a field was logged proves nothing about it.
        if (kind.get(number) is not None and shown.get("kind") != kind[number]) or (
            role.get(number) is not None and shown.get("legal_role") != role[number]
        ):
            wrong.append(str(c.get("position")))
    return wrong
