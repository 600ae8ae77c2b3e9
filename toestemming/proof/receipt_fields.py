"""Each event in receipt.json against the audited event it names, field by field.

receipt.py copies these fields straight from the event body (the answer, when and by whom it
was decided, the role, the age then, the channel, the moment of a withdrawal or disclosure, the
item it concerns). `verify` used to compare only the moment and the answer, so a receipt could
name another signer, another channel or another date than the log, or cite a withdrawal of
another item under this one, and still verify. What the receipt derives from the registry
(names of recipients and categories) is not in the log: it is held to the item's text, whose
hash the log has (`names_in_text`); a FHIR Consent's permit is compared with those names and
the log's recipient number."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from ..clock import from_iso
from ..model import ItemStatus
from . import clock_fixes, gezag
from .fhir import STATUS as FHIR_STATUS
from .receipt import (
    EVENT_TYPE,
    GEZAG_THEN,
    KNOWN_FORMATS,
    NUMBERED_CATEGORIES,
    SCHEMA,
    STATE,
    legal_basis,
    withdrawal_method,
)
from .wordings import CHANNEL, MOMENT_FROM, wordings

_EVIDENCE_FILE = re.compile(r"bewijsstukken/([0-9]{1,12})-")
_STATE = {"yes": "dpv:ConsentGiven", "no": "dpv:ConsentRefused"}
# An item's status that only an event of this kind can bring about (rules.item_status).
_NEEDS = {
    ItemStatus.WITHDRAWN: "withdrawal.recorded",
    ItemStatus.REVOKED: "item.revoke",
    ItemStatus.INVALIDATED: "item.invalidate",
    ItemStatus.SUPERSEDED: "item.supersede",
}
_OPEN = (ItemStatus.REQUESTED, ItemStatus.GIVEN, ItemStatus.REFUSED, ItemStatus.CONFLICTING)


def agree(entry: Mapping[str, Any], body: Mapping[str, Any], item_id: int) -> bool:
    """True when every field of `entry` that receipt.py copies from `body` equals it, and the
    event concerns `item_id`."""
    kind = body["kind"]
    if entry.get("type") != EVENT_TYPE.get(kind):
        return False
    check = _BY_KIND.get(kind)
    return check is None or check(entry, body["data"], item_id)


def request_agrees(receipt: Mapping[str, Any], created: Mapping[str, Any]) -> bool:
    """Whose request, which request and how long valid, as the audited `request.created`
    says (receipt.py writes the youth's and the request's ids into these URNs)."""
    code = created["code"]
    return (
        str(receipt["piiPrincipalId"]).endswith(f":youth:{created['youth']}")
        and str(receipt["record_id"]).endswith(f":request:{code}")
        and receipt["notice"]["reference_code"] == code
        and all(
            c["valid_from"] == created["valid_from"] and c["valid_until"] == created["valid_until"]
            for c in receipt["consents"]
        )
    )


def fhir_agrees(
    resource: Mapping[str, Any], consent: Mapping[str, Any], created: Mapping[str, Any]
) -> bool:
    """A FHIR Consent (fhir.py) says what the receipt's item says, and the receipt's item was
    checked against the log: which request and item, how long, and above all whether it
    permits — a system reading FHIR acts on that. Since issue 15 the base decision is always
    "deny" and a given item adds its one provision (and the subject names the youth); packages
    from before say "permit" at the top for a given item (tests/data/bewijs_voor_issue20.zip)."""
    identifiers = {
        str(i.get("system", "")).rpartition(":")[2]: i.get("value") for i in resource["identifier"]
    }
    status, permits = FHIR_STATUS[ItemStatus(consent["status"])]
    subject = resource.get("subject", {}).get("identifier")
    if subject is None:  # the encoding before issue 15
        says_permit = resource.get("decision") == "permit"
    else:
        says_permit = resource.get("decision") == "deny" and "provision" in resource
        if resource.get("decision") != "deny" or resource.get("status") != status:
            return False
        if subject.get("value") != str(created["youth"]):
            return False
    if says_permit and not _provision_agrees(resource, consent, created, subject is None):
        return False
    return (
        resource.get("resourceType") == "Consent"
        and identifiers.get("reference") == created["code"]
        and identifiers.get("item") == str(consent["item_id"])
        and says_permit == permits
        and resource.get("period")
        == {"start": created["valid_from"], "end": created["valid_until"]}
    )


def _provision_agrees(
    resource: Mapping[str, Any],
    consent: Mapping[str, Any],
    created: Mapping[str, Any],
    old: bool,
) -> bool:
    """What the permit allows — to whom, for what, which data, how long — is this item's: the
    recipient's number as the audited request names it, and the purpose, categories and
    recipient the receipt names (which the signed PDF and the texts in the package show).
    Without this a Consent could permit the right item's sharing to another organisation."""
    provisions = resource["provision"]
    if not isinstance(provisions, list) or len(provisions) != 1:
        return False
    provision = provisions[0]
    (purpose,) = consent["services"][0]["purposes"]
    logged = [i for i in created["items"] if i["item"] == consent["item_id"]]
    if len(logged) != 1:
        return False
    (actor,) = provision["actor"]
    reference = actor["reference"]
    if reference.get("display") != purpose["thirdPartyName"]:
        return False
    if [p.get("code") for p in provision["purpose"]] != [purpose["purpose_code"]]:
        return False
    if provision.get("period") != {
        "start": created["valid_from"],
        "end": created["valid_until"],
    }:
        return False
    codes = sorted(c["code"] for c in purpose["pii_categories"])
    if old:  # before issue 15: the categories as `code`, the recipient by name only
        return sorted(c["coding"][0]["code"] for c in provision["code"]) == codes
    return (
        reference["identifier"]["value"] == str(logged[0]["recipient"])
        and sorted(label["code"] for label in provision["securityLabel"]) == codes
    )


def status_agrees(
    consent: Mapping[str, Any], verified: Mapping[int, Mapping[str, Any]], exported_at: str
) -> bool:
    """The item's status in the receipt is one its audited events allow: not "given" without
    a "yes", nor while a withdrawal (or the organisation's end) is on record before the export;
    "withdrawn" only with a withdrawal; the DPV state the one that status maps to. (Who had to
    decide depends on the registry, which is not in the package: this is what the events
    alone rule out.)"""
    status = ItemStatus(consent["status"])
    if consent.get("state") != STATE[status]:
        return False
    item = str(consent["item_id"])
    events = [
        (int(e["seq"]), verified[int(e["seq"])])
        for e in consent["events"]
        if int(e["seq"]) in verified
    ]
    kinds = {e["kind"] for _s, e in events}
    answers = {
        e["data"]["answers"].get(item) for _s, e in events if e["kind"] == "decisions.recorded"
    }
    needed = _NEEDS.get(status)
    if needed is not None and needed not in kinds:
        return False
    if status in (ItemStatus.GIVEN, ItemStatus.CONFLICTING) and "yes" not in answers:
        return False
    if status in (ItemStatus.REFUSED, ItemStatus.CONFLICTING) and "no" not in answers:
        return False
    # An ending's moment as the rules judge it: one written while the clock ran ahead counts
    # no later than the correction after it (clock_fixes.py; the desk's status, collect.py).
    ended = [
        e
        for s, e in events
        if e["kind"] in _NEEDS.values()
        and clock_fixes.moment(
            s,
            str(e["at"]),
            from_iso(str(e["data"].get("withdrawn_at") or e["data"]["at"])),
            verified,
        )
        <= from_iso(exported_at)
    ]
    return not (ended and status in _OPEN)


def _decision(entry: Mapping[str, Any], d: Mapping[str, Any], item: int) -> bool:
    answer = d["answers"].get(str(item))
    by = entry.get("by", {})
    return (
        answer is not None
        and entry.get("answer") == answer
        and entry.get("state") == _STATE.get(answer)
        and entry.get("decided_at") == d["decided_at"]
        and [by.get("kind"), by.get("id")] == list(d["signer"])
        and by.get("role") == d["role"]
        and entry.get("age_then") == d["age"]
        and entry.get("channel") == d["channel"]
        and _channel_label(entry, d)
        and _evidence(entry, d)
        and _moment_from(entry, d)
    )


def _channel_label(entry: Mapping[str, Any], d: Mapping[str, Any]) -> bool:
    """The receipt's words for the channel are a wording of the logged channel (a machine or
    person reading "channel_label" must not read "aan de balie" over an e-mail)."""
    label = entry.get("channel_label")
    return label is None or label in (wordings(CHANNEL, d["channel"]) or (str(d["channel"]),))


def _moment_from(entry: Mapping[str, Any], d: Mapping[str, Any]) -> bool:
    """Whether the moment is the sender's own date is what the log says: a re-signed receipt
    that drops (or adds) "the date is our mail server's" no longer verifies. The note is any
    wording that code had (wordings.py): a package keeps verifying after a rewording."""
    note = entry.get("moment_note")
    words = wordings(MOMENT_FROM, d.get("moment_from")) if d.get("moment_from") else ()
    return entry.get("moment_from") == d.get("moment_from") and (
        note in words if words else note is None
    )


def _withdrawal(entry: Mapping[str, Any], d: Mapping[str, Any], item: int) -> bool:
    by = entry.get("by", {})
    return (
        item in d["items"]
        and entry.get("state") == "dpv:ConsentWithdrawn"
        and entry.get("withdrawn_at") == d["withdrawn_at"]
        and [by.get("kind"), by.get("id")] == list(d["signer"])
        and entry.get("channel") == d["channel"]
        # The age then, logged since cases26: the receipt says the log's or, before, none.
        and entry.get("age_then", _NONE) == d.get("age", _NONE)
        and _evidence(entry, d)
        and _moment_from(entry, d)
    )


_NONE = object()  # a key absent, told apart from a logged null


def _disclosure(entry: Mapping[str, Any], d: Mapping[str, Any], item: int) -> bool:
    return (
        d.get("item") == item
        and entry.get("disclosed_at") == d["at"]
        and entry.get("lawful_basis") == d["basis"]
    )


def _about_item(entry: Mapping[str, Any], d: Mapping[str, Any], item: int) -> bool:
    return d.get("item") == item


def _created(entry: Mapping[str, Any], d: Mapping[str, Any], item: int) -> bool:
    return item in [i["item"] for i in d["items"]]


def _expired(entry: Mapping[str, Any], d: Mapping[str, Any], item: int) -> bool:
    return item in d.get("items", [])


def _evidence(entry: Mapping[str, Any], d: Mapping[str, Any]) -> bool:
    """A named evidence file is the one the event names (its number leads the file name)."""
    name = entry.get("evidence")
    if name is None:
        return True  # no evidence, or its content erased
    match = _EVIDENCE_FILE.match(str(name))
    return match is not None and int(match.group(1)) == d.get("evidence")


_BY_KIND: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any], int], bool]] = {
    "request.created": _created,
    "decisions.recorded": _decision,
    "withdrawal.recorded": _withdrawal,
    "disclosure.recorded": _disclosure,
    "withdrawal.recipient_notified": _about_item,
    "item.revoke": _about_item,
    "item.invalidate": _about_item,
    "item.supersede": _about_item,
    "remote.expired": _expired,
}


def names_in_text(consent: Mapping[str, Any], text: str) -> bool:
    """The recipient, the purpose and (in a Dutch text) the data categories the receipt names
    appear in the item's text, whose hash the log holds: the receipt takes these names from
    the registry, not from the log, so this is where they can be held to what the signer read.
    Categories only in Dutch: in another language the text names them in that language."""
    (service,) = consent["services"]
    (purpose,) = service["purposes"]
    names = [purpose["thirdPartyName"], service["service"]]
    if consent["notice"].get("language", "nl") == "nl":
        names += [c["name"] for c in purpose["pii_categories"]]
    return all(isinstance(n, str) and n and n in text for n in names)


def numbered(verified: Mapping[int, Mapping[str, Any]]) -> bool:
    """Whether the package's export, as the log has it, made a receipt that names each
    category by number and who decided by name (receipt.NUMBERED_CATEGORIES); exports
    before that logged nothing. Read from the log, never from the receipt: a re-signed
    receipt that drops the numbers or names is no older receipt."""
    generation = [
        e["data"].get("receipt") for e in verified.values() if e["kind"] == "proof.exported"
    ]
    return any(isinstance(g, int) and g >= NUMBERED_CATEGORIES for g in generation)


def generation(verified: Mapping[int, Mapping[str, Any]]) -> int:
    """What the package's logged export says its receipt holds (receipt.NUMBERED_CATEGORIES,
    GEZAG_THEN; 0 before exports logged it). From the log: a re-signed receipt that drops
    a field is no older receipt."""
    found = [
        g
        for e in verified.values()
        if e["kind"] == "proof.exported"
        for g in [e["data"].get("receipt")]
        if isinstance(g, int) and not isinstance(g, bool)
    ]
    return max(found, default=0)


def format_agrees(receipt: Mapping[str, Any], verified: Mapping[int, Mapping[str, Any]]) -> bool:
    """A receipt names a format this program wrote (the first one had no name), and the one
    the log says it was written as from GEZAG_THEN on (an older name would tell a reader it
    lacks what it has, or a forger that it may lack it)."""
    if receipt.get("schema", KNOWN_FORMATS[0]) not in KNOWN_FORMATS:
        return False
    return generation(verified) < GEZAG_THEN or receipt.get("schema") == SCHEMA


def gezag_then_agrees(
    entry: Mapping[str, Any],
    body: Mapping[str, Any],
    verified: Mapping[int, Mapping[str, Any]],
) -> bool:
    """A decision's or withdrawal's `gezag_then` is what the log proof says of the signer's
    gezag at its moment (gezag.expected_then): not "yes" for a father whose gezag the court
    had ended, nor any value for the youth's own decision. Required when the logged export
    says its receipt carries it."""
    expected = gezag.expected_then(verified, body)
    if "gezag_then" in entry:
        return expected is not None and entry["gezag_then"] == expected
    return expected is None or generation(verified) < GEZAG_THEN


def notified_agrees(
    entry: Mapping[str, Any],
    body: Mapping[str, Any],
    consent: Mapping[str, Any],
    created: Mapping[str, Any] | None,
    verified: Mapping[int, Mapping[str, Any]],
) -> bool:
    """A recipient told of a withdrawal: the moment is the logged one, and the recipient is
    the item's (by the name the receipt gives it, held to the text) exactly when the log's
    number is the item's recipient's. Required when the logged export says so."""
    d = body["data"]
    if "notified_at" not in entry or "recipient" not in entry:
        return generation(verified) < GEZAG_THEN and not {"notified_at", "recipient"} & set(entry)
    if entry["notified_at"] != d.get("at") or created is None:
        return False
    return _recipient_named(entry["recipient"], d.get("recipient"), consent, created)


def _recipient_named(
    name: Any, number: Any, consent: Mapping[str, Any], created: Mapping[str, Any]
) -> bool:
    """A recipient the receipt names (registry, not log) for the log's recipient `number`:
    the item's own recipient (its name held to the text) exactly when the number is the
    one the audited request logged for the item."""
    logged = [i.get("recipient") for i in created["items"] if i["item"] == consent["item_id"]]
    ours = len(logged) == 1 and logged[0] == number
    own = consent["services"][0]["purposes"][0]["thirdPartyName"]
    return isinstance(name, str) and bool(name) and (name == own) == ours


def disclosure_agrees(
    entry: Mapping[str, Any],
    body: Mapping[str, Any],
    consent: Mapping[str, Any],
    created: Mapping[str, Any] | None,
) -> bool:
    """A disclosure under the item names the recipient and the categories the log's numbers
    say (the item's recipient by the receipt's name for it, each category by the name the
    receipt's `pii_categories` gives its number): until proof21 only its moment and basis
    were held, so a re-signed receipt could say it went to another organisation."""
    d = body["data"]
    if created is None:
        return True  # the request is not proven: reported elsewhere
    if "recipient" in entry and not _recipient_named(
        entry["recipient"], d.get("recipient"), consent, created
    ):
        return False
    named = {
        c.get("id"): c.get("name") for c in consent["services"][0]["purposes"][0]["pii_categories"]
    }
    ids = list(d.get("categories", []))
    if "categories" in entry and all(i in named for i in ids):
        return list(entry["categories"]) == [named[i] for i in ids]
    return True


def categories_agree(
    consent: Mapping[str, Any], created: Mapping[str, Any], numbered: bool = False
) -> bool:
    """The data categories the receipt (and so the PDF and FHIR) names for the item are the
    ones the audited request logged for it. names_in_text holds their names to the text only
    in Dutch, and only one way: an English package, or a Dutch one naming fewer categories
    than were asked (the special one left out), verified. Receipts name each category's
    number since session 14; older ones are held to the count. `numbered`: the export's
    logged event says its receipt names the numbers (receipt.NUMBERED_CATEGORIES) — then a
    receipt without them is no older one but one whose numbers were dropped to get here."""
    logged = [i.get("categories") for i in created["items"] if i["item"] == consent["item_id"]]
    if len(logged) != 1 or not isinstance(logged[0], list):
        return False
    (purpose,) = consent["services"][0]["purposes"]
    named = purpose["pii_categories"]
    if numbered or all("id" in c for c in named):
        return sorted(c.get("id", -1) for c in named) == sorted(logged[0])
    return len(named) == len(logged[0])


_ENDED = frozenset(
    {
        ItemStatus.REFUSED,
        ItemStatus.WITHDRAWN,
        ItemStatus.REVOKED,
        ItemStatus.EXPIRED,
        ItemStatus.INVALIDATED,
        ItemStatus.SUPERSEDED,
    }
)


def derived_fields_wrong(
    consent: Mapping[str, Any],
    files: Mapping[str, bytes],
    reference_code: str = "",
    verified: Mapping[int, Mapping[str, Any]] | None = None,
) -> list[str]:
    """The receipt's fields that restate the item's own facts, each against them: how it was
    collected (the cited decisions' channels), whether and when it ended (its status, the
    cited withdrawal, judged by the log's clock corrections in `verified`), whether it is special data (its categories), and the evidence it lists
    (the files in the package). A machine reading the receipt acts on these; receipt.py writes
    them from the same facts, so any difference is an edit. Fields older receipts lack are
    not asked for."""
    import hashlib

    wrong = []
    status = ItemStatus(consent["status"])
    events = consent["events"]
    channels = sorted({e.get("channel") for e in events if e.get("type") == "decision"})
    if "collectionMethod" in consent and consent["collectionMethod"] != channels:
        wrong.append("collectionMethod")
    end = consent.get("termination")
    if end is not None:
        # (a withdrawal dated ahead by a clock put right ends it at the correction)
        withdrawn = clock_fixes.withdrawal_moments(events, verified or {})
        if (
            end.get("until") != consent["valid_until"]
            or end.get("ended") != (status in _ENDED)
            or ("ended_at" in end and not end.get("ended"))
            or (status == ItemStatus.WITHDRAWN and end.get("ended_at") not in withdrawn)
        ):
            wrong.append("termination")
    (purpose,) = consent["services"][0]["purposes"]
    categories = purpose["pii_categories"]
    if all("dpv" in c for c in categories):
        special = [c["name"] for c in categories if c["dpv"] == "dpv:SpecialCategoryPersonalData"]
        explicit = "dpv:ExplicitlyExpressedConsent" if special else "dpv:ExpressedConsent"
        if consent.get("spiCat") != special or consent.get("consentType", explicit) != explicit:
            wrong.append("spiCat")
    if consent.get("sensitive") != bool(consent.get("spiCat")):
        wrong.append("sensitive")
    if purpose.get("piiCategory", [c["name"] for c in categories]) != [
        c["name"] for c in categories
    ]:
        wrong.append("piiCategory")
    wrong += _fixed_fields_wrong(consent, purpose, reference_code)
    for entry in consent.get("evidence", []):
        data = files.get(str(entry.get("file")))
        if data is None or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            wrong.append("evidence")
            break
    return wrong


# What receipt.py writes the same for every consent item (and always did).
_FIXED = {
    "lawful_basis": "consent",
    "processing": ["dpv:Disclose"],
    "purposeCategory": ["dpv:ServiceProvision"],
    "thirdPartyDisclosure": True,
}


def _fixed_fields_wrong(
    consent: Mapping[str, Any], purpose: Mapping[str, Any], code: str
) -> list[str]:
    """The legal basis a machine acts on is consent (explicit for special data), how to
    withdraw names this request's code, the recipient's kind is said once: an insider's
    "eu-gdpr:A6-1-c" (a legal obligation) over a consent, or "withdrawal impossible",
    re-signed, verified (proof21). Fields an older receipt lacks are not asked for."""
    wrong = [k for k, v in _FIXED.items() if k in purpose and purpose[k] != v]
    legal, basis = legal_basis(bool(consent.get("spiCat")))
    if "legal_basis" in purpose and purpose["legal_basis"] != legal:
        wrong.append("legal_basis")
    if "legal_basis_text" in purpose and purpose["legal_basis_text"] != basis:
        wrong.append("legal_basis_text")
    recipient = purpose.get("recipient")
    kind = recipient.get("kind") if isinstance(recipient, Mapping) else None
    if kind is not None and purpose.get("recipient_kind", kind) != kind:
        wrong.append("recipient_kind")
    if code and consent.get("withdrawal_method", withdrawal_method(code)) != withdrawal_method(
        code
    ):
        wrong.append("withdrawal_method")
    return wrong
