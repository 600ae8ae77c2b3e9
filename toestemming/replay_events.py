"""What the audit log says the consent tables must hold: the event half of the replay
(replay.py compares it with the stored rows).

One pass over the events in seq order; only the kinds that create consent state are parsed
(JSON parsing is most of the cost, so the kind is read from the end of the canonical body
first, and in a split run the request id too). The kind and everything else come from the
hash-chained body, never from the columns beside it, which plain verification does not cover.

Events written before the facts below were added to them (`created_at`, `recorded_at`, the
moment of an item action) cannot say the row's moment exactly. Such a row was written in the
same transaction as its event, a moment before it: for those events the stored moment must lie
no later than the event and at most LEGACY_SLACK before it (see `moment_agrees`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from . import fastjson
from .clock import from_iso
from .usecases.youth_view_event import VIEW_KIND, read_view_event

# A row written in the same transaction as its event, before it: how far before the event's
# moment its own moment may lie when the event does not carry it (bulk import writes a batch of
# rows first and its events after; an expiry run writes one transaction per request).
LEGACY_SLACK = timedelta(hours=1)
# How far a view's moment may lie after its event (consent_input.as_past_moment's grace for
# another device's clock).
VIEW_GRACE = timedelta(minutes=5)

REQUEST, DECISIONS, WITHDRAWAL, NOTIFIED = (
    "request.created",
    "decisions.recorded",
    "withdrawal.recorded",
    "withdrawal.recipient_notified",
)
ACTIONS = ("item.revoke", "item.invalidate", "item.supersede")
EXPIRED, DISCLOSURE, ASSESSMENT, ERASED = (
    "remote.expired",
    "disclosure.recorded",
    "assessment.recorded",
    "youth.erased",
)
# The young person's view (no table): must be about parts of one of that youth's requests.
VIEW = VIEW_KIND
# Read only for whose a signer is (the registry replay compares them, and reads them strictly).
REP_ADDED, MERGED = "representative.added", "youth.merged"
KINDS = frozenset(
    {REQUEST, DECISIONS, WITHDRAWAL, NOTIFIED, *ACTIONS, EXPIRED, DISCLOSURE, ASSESSMENT, ERASED}
    | {REP_ADDED, MERGED, VIEW}
)
_KIND_BYTES = {k.encode(): k for k in KINDS}
# Kinds tied to one request by a "request" key: a split run skips the other ranges' bodies.
_BY_REQUEST = frozenset({REQUEST, DECISIONS, EXPIRED, VIEW})
_DIGITS = re.compile(rb"[0-9]+")


@dataclass(frozen=True, slots=True)
class Origin:
    """The event a row must follow from (hash-chained facts only)."""

    seq: int
    at: str
    actor: int | None


@dataclass(slots=True)
class RequestFacts:
    origin: Origin
    code: str
    youth: int
    valid_from: str
    valid_until: str
    language: str
    text_sha256: str
    created_at: str | None  # None: an event from before it was logged (LEGACY_SLACK)
    items: list[int]


class ItemFacts(NamedTuple):  # a tuple: a million of them are built from one log
    request: int
    position: int
    recipient: int
    purpose_version: int
    text_sha256: str
    categories: tuple[int, ...]
    texts: dict[str, str] | None  # other languages: language → SHA-256


@dataclass(slots=True)
class DecisionFacts:
    """One `decisions.recorded`: a signer's answers on items of one request."""

    origin: Origin
    request: int
    signer_kind: str
    signer_id: int
    role: str
    decided_at: str
    recorded_at: str | None
    channel: str
    evidence: int | None
    answers: dict[int, str]
    acks: frozenset[int]
    language: str | None  # set only when the signer switched language
    shown: dict[int, str] | None  # item → SHA-256 of the text shown, when switched
    ids: list[int]
    # The same values in the column order of a decision row, compared as a whole.
    signer: tuple[str, int, str]  # signer_kind, signer_id, signer_role
    route: tuple[str, int | None, int | None]  # channel, worker, evidence
    # Filled by the comparison: bit `position` of each item a decision row (`covered`) or an
    # item_state entry (`state_covered`) answered for this event.
    covered: int = 0
    state_covered: int = 0


@dataclass(frozen=True, slots=True)
class WithdrawalFacts:
    origin: Origin
    item: int
    signer_kind: str
    signer_id: int
    withdrawn_at: str
    recorded_at: str | None
    channel: str
    evidence: int | None


@dataclass(frozen=True, slots=True)
class NotificationFacts:
    origin: Origin
    item: int
    notified_at: str


@dataclass(frozen=True, slots=True)
class ActionFacts:
    origin: Origin
    item: int
    kind: str
    at: str | None  # None: an event from before it was logged
    commitment: str | None  # salted commitment of {"reason": …} (desk actions)
    reason: str | None  # the fixed reason of an expiry


@dataclass(frozen=True, slots=True)
class ExpiryFacts:
    origin: Origin
    after_days: int
    at: str | None


@dataclass(frozen=True, slots=True)
class DisclosureFacts:
    origin: Origin
    youth: int
    recipient: int
    purpose: int
    categories: tuple[int, ...]
    basis: str
    item: int | None
    assessment: int | None
    disclosed_at: str
    recorded_at: str | None
    commitment: str | None  # salted commitment of {"note": …}; None: no note


@dataclass(frozen=True, slots=True)
class AssessmentFacts:
    origin: Origin
    youth: int
    recipient: int
    purpose: int
    basis: str
    youth_informed: bool
    created_at: str | None
    commitment: str | None
    dat_only: bool  # absent in events before migration 17: False, as the column's default


@dataclass
class Expected:
    """Every consent row the log accounts for, keyed like the tables."""

    requests: dict[int, RequestFacts] = field(default_factory=dict)
    items: dict[int, ItemFacts] = field(default_factory=dict)
    decision_events: list[DecisionFacts] = field(default_factory=list)
    decisions: dict[int, DecisionFacts] = field(default_factory=dict)  # decision id → event
    withdrawals: dict[int, WithdrawalFacts] = field(default_factory=dict)
    notifications: dict[tuple[int, int], NotificationFacts] = field(default_factory=dict)
    actions: dict[int, ActionFacts] = field(default_factory=dict)
    # Expiries logged before their action ids were: item → facts (one expiry per request).
    unnumbered_expiries: dict[int, ActionFacts] = field(default_factory=dict)
    expiries: dict[int, ExpiryFacts] = field(default_factory=dict)
    disclosures: dict[int, DisclosureFacts] = field(default_factory=dict)
    assessments: dict[int, AssessmentFacts] = field(default_factory=dict)
    erased_youths: set[int] = field(default_factory=set)
    unreadable: list[int] = field(default_factory=list)  # seqs whose body could not be read
    duplicates: list[tuple[str, int, int]] = field(default_factory=list)  # (table, id, seq)
    # Whose a signer is: representative → youth, and a merged-away youth → the one kept.
    rep_youth: dict[int, int] = field(default_factory=dict)
    merged_into: dict[int, int] = field(default_factory=dict)
    foreign: list[tuple[int, str]] = field(default_factory=list)  # (seq, Dutch: what is wrong)
    # The young person's views the program never writes: (seq, request id or None, Dutch).
    views: list[tuple[int, int | None, str]] = field(default_factory=list)
    events: int = 0


def kind_of(body: bytes) -> str | None:
    """The event kind from the end of a canonical body (keys are sorted, so the top-level
    "kind" follows "data" and is its last occurrence), or None when not a replayed kind."""
    start = body.rfind(b'"kind":"')
    if start < 0:
        return None
    start += 8
    return _KIND_BYTES.get(body[start : body.find(b'"', start)])


def request_of(body: bytes) -> int | None:
    """The request id named in a body, without parsing it (canonical JSON: the key "request"
    occurs once in these kinds, followed by the number)."""
    start = body.find(b'"request":')
    if start < 0:
        return None
    number = _DIGITS.match(body, start + 10)  # in C: this runs for most of the log
    return None if number is None else int(number.group())


def collect(
    rows: Iterable[tuple[int, bytes]],
    wanted: Callable[[int], bool] | None = None,
) -> Expected:
    """Build the expected state from (seq, body) rows in seq order. `wanted(request id)`
    limits request-bound events to some requests (a split or a proof export); the other
    kinds are always read (there are few)."""
    out = Expected()
    for seq, body in rows:
        out.events += 1
        kind = kind_of(body)
        if kind is None:
            continue
        if wanted is not None and kind in _BY_REQUEST:
            rid = request_of(body)
            if rid is not None and not wanted(rid):
                continue
        try:
            doc = fastjson.loads(body)
            _ADD[kind](out, Origin(seq, doc["at"], doc["actor"]), doc["data"], kind)
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            out.unreadable.append(seq)
    return out


def moment_agrees(stored: str, expected: str | None, origin: Origin) -> bool:
    """A row's moment against its event: exactly the logged moment, or for an event from
    before moments were logged, not after the event and at most LEGACY_SLACK before it."""
    if expected is not None:
        return stored == expected
    return stored == origin.at or _near_before(stored, origin.at)


@lru_cache(maxsize=4096)  # bulk rows share a few moments; an older log repeats them per row
def _near_before(stored: str, event_at: str) -> bool:
    try:
        gap = from_iso(event_at) - from_iso(stored)
    except (ValueError, TypeError):
        return False
    return timedelta(0) <= gap <= LEGACY_SLACK


def _id(value: Any) -> int:
    """A number as the program writes it: an int — not "7", 7.0, true or [7] (session 19: the
    insider's appended event is read strictly, never coerced into agreeing with a row)."""
    if type(value) is not int:
        raise TypeError("not a number")
    return value


def _opt_int(value: Any) -> int | None:
    return None if value is None else _id(value)


def _flag(value: Any) -> bool:
    """A yes/no as the program writes it: true or false — the text "False" is not a yes."""
    if type(value) is not bool:
        raise TypeError("not a yes/no")
    return value


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("not a text")
    return value


def _claim(out: Expected, table: str, key: int, seq: int, target: dict[Any, Any]) -> bool:
    """False (and noted) when an earlier event already created this row id."""
    if key in target:
        out.duplicates.append((table, key, seq))
        return False
    return True


# The two builders below run for most of the log: values are taken as the body has them (the
# program wrote them with these types; a value of another type simply compares unequal).
def _request(out: Expected, origin: Origin, d: dict[str, Any], _kind: str) -> None:
    rid = d["request"]
    if rid in out.requests:
        out.duplicates.append(("consent_requests", rid, origin.seq))
        return
    items = []
    known = out.items
    for position, entry in enumerate(d["items"], 1):
        iid = entry["item"]
        if iid in known:
            out.duplicates.append(("consent_items", iid, origin.seq))
            continue
        known[iid] = ItemFacts(
            rid,
            position,
            entry["recipient"],
            entry["purpose_version"],
            entry["text_sha256"],
            tuple(entry["categories"]),
            entry.get("texts") or None,
        )
        items.append(iid)
    out.requests[rid] = RequestFacts(
        origin,
        d["code"],
        d["youth"],
        d["valid_from"],
        d["valid_until"],
        d["language"],
        d["text_sha256"],
        d.get("created_at"),
        items,
    )


def _decisions(out: Expected, origin: Origin, d: dict[str, Any], _kind: str) -> None:
    kind, signer = d["signer"]
    shown = d.get("text_sha256")
    evidence = d.get("evidence")
    facts = DecisionFacts(
        origin,
        d["request"],
        kind,
        signer,
        d["role"],
        d["decided_at"],
        d.get("recorded_at"),
        d["channel"],
        evidence,
        {int(k): v for k, v in d["answers"].items()},
        frozenset(d.get("special_ack", ())),
        d.get("language"),
        None if shown is None else {int(k): v for k, v in shown.items()},
        d["decisions"],
        (kind, signer, d["role"]),
        (d["channel"], origin.actor, evidence),
    )
    request = out.requests.get(facts.request)
    if request is not None:
        _same_youth(out, origin.seq, (kind, signer), request.youth, "het verzoek")
    out.decision_events.append(facts)
    known = out.decisions
    for did in facts.ids:
        if did in known:
            out.duplicates.append(("decisions", did, origin.seq))
        else:
            known[did] = facts


def _withdrawal(out: Expected, origin: Origin, d: dict[str, Any], _kind: str) -> None:
    signer = d["signer"]
    for item in d["items"]:
        facts = out.items.get(item)
        request = None if facts is None else out.requests.get(facts.request)
        if request is not None:
            _same_youth(out, origin.seq, signer, request.youth, "het ingetrokken onderdeel")
    # Rows are written in the order of "items", and their ids listed in that order.
    for item, wid in zip(d["items"], d["withdrawals"], strict=True):
        if _claim(out, "withdrawals", _id(wid), origin.seq, out.withdrawals):
            out.withdrawals[_id(wid)] = WithdrawalFacts(
                origin,
                _id(item),
                _text(signer[0]),
                _id(signer[1]),
                _text(d["withdrawn_at"]),
                d.get("recorded_at"),
                _text(d["channel"]),
                _opt_int(d.get("evidence")),
            )


def _notified(out: Expected, origin: Origin, d: dict[str, Any], _kind: str) -> None:
    key = (_id(d["withdrawal"]), _id(d["recipient"]))
    if key in out.notifications:
        out.duplicates.append(("withdrawal_notifications", key[0], origin.seq))
        return
    out.notifications[key] = NotificationFacts(origin, _id(d["item"]), _text(d["at"]))


def _action(out: Expected, origin: Origin, d: dict[str, Any], kind: str) -> None:
    aid = _id(d["action"])
    if _claim(out, "item_actions", aid, origin.seq, out.actions):
        out.actions[aid] = ActionFacts(
            origin, _id(d["item"]), kind.split(".", 1)[1], d.get("at"), d.get("pd"), None
        )


def _expired(out: Expected, origin: Origin, d: dict[str, Any], _kind: str) -> None:
    rid, days = _id(d["request"]), _id(d["after_days"])
    if _claim(out, "remote_expiries", rid, origin.seq, out.expiries):
        out.expiries[rid] = ExpiryFacts(origin, days, d.get("at"))
    reason = f"geen antwoord na {days} dagen"  # as remote.expire_overdue writes it
    items = [_id(i) for i in d["items"]]
    for item in items:
        facts = out.items.get(item)
        if facts is not None and facts.request != rid:
            own, other = out.requests.get(rid), out.requests.get(facts.request)
            out.foreign.append(
                (
                    origin.seq,
                    f"laat onder verzoek {own.code if own else rid} onderdeel {facts.position} "
                    f"van een ander verzoek ({other.code if other else facts.request}) verlopen",
                )
            )
    ids = d.get("actions")
    if ids is None:  # logged before the action ids were: matched by item
        for item in items:
            if _claim(out, "item_actions", item, origin.seq, out.unnumbered_expiries):
                out.unnumbered_expiries[item] = ActionFacts(
                    origin, item, "expire", d.get("at"), None, reason
                )
        return
    for item, aid in zip(items, ids, strict=True):
        if _claim(out, "item_actions", _id(aid), origin.seq, out.actions):
            out.actions[_id(aid)] = ActionFacts(origin, item, "expire", d.get("at"), None, reason)


def _disclosure(out: Expected, origin: Origin, d: dict[str, Any], _kind: str) -> None:
    did = _id(d["disclosure"])
    if _claim(out, "disclosures", did, origin.seq, out.disclosures):
        out.disclosures[did] = DisclosureFacts(
            origin,
            _id(d["youth"]),
            _id(d["recipient"]),
            _id(d["purpose"]),
            tuple(_id(c) for c in d["categories"]),
            _text(d["basis"]),
            _opt_int(d.get("item")),
            _opt_int(d.get("assessment")),
            _text(d["at"]),
            d.get("recorded_at"),
            d.get("pd"),
        )


def _assessment(out: Expected, origin: Origin, d: dict[str, Any], _kind: str) -> None:
    aid = _id(d["assessment"])
    if _claim(out, "assessments", aid, origin.seq, out.assessments):
        out.assessments[aid] = AssessmentFacts(
            origin,
            _id(d["youth"]),
            _id(d["recipient"]),
            _id(d["purpose"]),
            _text(d["basis"]),
            _flag(d["youth_informed"]),
            d.get("created_at"),
            d.get("pd"),
            _flag(d.get("dat_only", False)),
        )


def _erased(out: Expected, _origin: Origin, d: dict[str, Any], _kind: str) -> None:
    out.erased_youths.add(_id(d["youth"]))


def _rep_added(out: Expected, _origin: Origin, d: dict[str, Any], _kind: str) -> None:
    rid, yid = d.get("representative"), d.get("youth")
    if type(rid) is int and type(yid) is int:  # else the registry replay names the event
        out.rep_youth.setdefault(rid, yid)


def _merged(out: Expected, _origin: Origin, d: dict[str, Any], _kind: str) -> None:
    keep, drop = d.get("youth"), d.get("merged")
    if type(keep) is int and type(drop) is int:
        out.merged_into[drop] = keep


def _youth_now(out: Expected, youth: int) -> int:
    seen = {youth}
    while (kept := out.merged_into.get(youth)) is not None and kept not in seen:
        seen.add(kept)
        youth = kept
    return youth


def _same_youth(out: Expected, seq: int, signer: Any, youth: Any, what: str) -> None:
    """A decision or withdrawal signed by a youth or representative of ANOTHER youth than the
    one its request is for: the program never writes it (the signer is chosen among the
    youth's own). Noted with numbers only."""
    kind, sid = signer
    if kind == "youth":
        signer_youth = sid
    elif kind == "representative":
        signer_youth = out.rep_youth.get(sid)
    else:
        return  # compares unequal with the row's signer_kind
    if type(signer_youth) is not int or type(youth) is not int:
        return  # not known from the log (the row comparison names what differs)
    if _youth_now(out, signer_youth) != _youth_now(out, youth):
        out.foreign.append(
            (
                seq,
                f"ondertekend door een {'jongere' if kind == 'youth' else 'vertegenwoordiger'} "
                f"van een andere jongere (jongere nr. {signer_youth}) dan {what} "
                f"(jongere nr. {youth})",
            )
        )


def _view(out: Expected, origin: Origin, d: dict[str, Any], _kind: str) -> None:
    """A view is recorded (youth_views.record) about parts of one request of that youth that
    is already there, heard before it was written down, with ids and fixed choices only; the
    program writes nothing else (atk27: an appended view of one youth on another youth's
    request or part, or with a name in a field of its own, passed check and travelled in the
    request's proof package). Noted with the request, so that no proof of it is exported."""
    rid = d.get("request") if isinstance(d, dict) else None
    rid = rid if type(rid) is int else None

    def wrong(problem: str) -> None:
        out.views.append((origin.seq, rid, f"mening van de jongere {problem}"))

    try:
        youth, _request, views, _channel, heard_at = read_view_event(d)
    except (ValueError, TypeError, KeyError):
        wrong("in een vorm die het programma niet schrijft (alleen nummers en vaste keuzes)")
        return
    request = out.requests.get(rid) if rid is not None else None
    if request is None:
        wrong(f"over verzoek nr. {rid}, dat geen eerdere gebeurtenis aanmaakte")
        return
    if type(request.youth) is int and _youth_now(out, request.youth) != _youth_now(out, youth):
        wrong(f"nr. {youth} over een verzoek van een andere jongere (jongere nr. {request.youth})")
    others = sorted(i for i in views if i not in request.items)
    if others:
        numbers = ", ".join(map(str, others))
        wrong(f"over een onderdeel dat niet bij dit verzoek hoort (onderdeel nr. {numbers})")
    if heard_at > from_iso(origin.at) + VIEW_GRACE:
        wrong("gehoord na het vastleggen ervan")


_ADD: dict[str, Callable[[Expected, Origin, dict[str, Any], str], None]] = {
    REQUEST: _request,
    DECISIONS: _decisions,
    WITHDRAWAL: _withdrawal,
    NOTIFIED: _notified,
    **dict.fromkeys(ACTIONS, _action),
    EXPIRED: _expired,
    DISCLOSURE: _disclosure,
    ASSESSMENT: _assessment,
    ERASED: _erased,
    REP_ADDED: _rep_added,
    MERGED: _merged,
    VIEW: _view,
}


def foreign_basis(exp: Expected, f: DisclosureFacts, youth_of_item: int | None) -> str | None:
    """What a logged sharing rests on that belongs elsewhere: the weighing of another youth,
    recipient or purpose, or a consent item of another youth (record_disclosure never writes
    these; an insider's appended event, with its row to match, would). Dutch, numbers only."""
    own = f"jongere nr. {f.youth}"
    if f.item is not None and youth_of_item is not None and youth_of_item != f.youth:
        return f"rust op een toestemming van een andere jongere (jongere nr. {youth_of_item})"
    weighing = None if f.assessment is None else exp.assessments.get(f.assessment)
    if weighing is None:
        return None
    if weighing.youth != f.youth:
        return (
            f"rust op afweging {f.assessment} van een andere jongere "
            f"(jongere nr. {weighing.youth}, niet {own})"
        )
    if (weighing.recipient, weighing.purpose) != (f.recipient, f.purpose):
        return f"rust op afweging {f.assessment} voor een andere ontvanger of een ander doel"
    return None
