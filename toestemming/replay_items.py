"""The item half of the replay: consent items, their categories and other-language texts, the
decisions, and the `item_state` cache, each against the log.

Every table is read once in its own storage order (a sequential scan; reading through a
secondary index cost twice as much on item_state) and each row is looked up in the expected
state by id. The cache is checked against the log directly, entry by entry, with the same
per-row checks as the tables: a status the desk computes from it follows from the events, and
so does whatever a later refresh would copy into it from the tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import Any, Protocol

from .fastjson import loads
from .replay_events import DecisionFacts, Expected, ItemFacts, Origin, RequestFacts, moment_agrees
from .replay_report import (
    DIFFERS,
    IN_STATE,
    LABELS,
    MISSING_IN_STATE,
    NOT_LOGGED,
    NOT_STORED,
    Place,
)
from .replay_scope import Scope
from .texts import sha256_text

Row = tuple[Any, ...]


class Comparison(Protocol):
    """What the item checks need of replay.Comparison (a protocol, so that this module does not
    import replay.py, which imports it)."""

    exp: Expected
    scope: Scope
    rows: int
    purposes: dict[int, int]

    def add(self, where: Place, problem: str) -> None: ...
    def differs(self, where: Place, what: str, origin: Origin, fields: list[str]) -> None: ...
    def at_request(self, request_id: int) -> Place: ...
    def at_item(self, item_id: int | None) -> Place: ...
    def request_rows(self, sql: str) -> Iterator[Any]: ...
    def item_rows(self, sql: str) -> Iterator[Any]: ...
    def withdrawal_problems(self, iid: int, v: tuple[Any, ...], where: str) -> None: ...
    def action_problems(self, iid: int, v: tuple[Any, ...], where: str) -> None: ...


ANY_LANGUAGE = object()  # item_state does not store the decision's language

ITEMS = (
    "SELECT id, request_id, youth_id, recipient_id, purpose_id, purpose_version_id, position, "
    "text_sha256 FROM consent_items WHERE id {where} ORDER BY id"
)
CATEGORIES = (
    "SELECT item_id, category_id FROM item_categories WHERE item_id {where} "
    "ORDER BY item_id, category_id"
)
TEXTS = (
    "SELECT item_id, language, text_sha256 FROM item_texts WHERE item_id {where} "
    "ORDER BY item_id, language"
)
# The columns of repo.DECISION_VALUES (the shape item_state stores), then item and language.
DECISIONS = (
    "SELECT id, signer_kind, signer_id, signer_role, answer, decided_at, recorded_at, channel, "
    "worker_id, evidence_id, special_ack, text_sha256, item_id, language FROM decisions "
    "WHERE {scan}item_id {where} ORDER BY id"
)
STATE = (
    "SELECT item_id, youth_id, recipient_id, purpose_id, position, reference_code, request_id, "
    "valid_from, valid_until, created_at, categories, decisions, withdrawals, actions "
    "FROM item_state WHERE {scan}item_id {where}"
)

# Names of the compared values, in the order of the tuples below (see LABELS).
ITEM_FIELDS: tuple[str, ...] = (
    "request",
    "youth",
    "recipient",
    "purpose",
    "purpose_version",
    "position",
    "text_sha256",
)
DECISION_FIELDS: tuple[str, ...] = (
    "signer",
    "signer",
    "role",
    "answer",
    "decided_at",
    "recorded_at",
    "channel",
    "worker",
    "evidence",
    "special_ack",
    "text_sha256",
)


def differing(names: tuple[str, ...], stored: Row, expected: Row) -> list[str]:
    out: list[str] = []
    for name, have, want in zip(names, stored, expected, strict=True):
        if have != want and name not in out:
            out.append(name)
    return out


def check_items(c: Comparison) -> None:
    exp = c.exp
    seen: set[int] = set()
    for iid, *stored in c.item_rows(ITEMS):
        c.rows += 1
        f = exp.items.get(iid)
        if f is None:
            c.add(c.at_item(iid), f"het onderdeel {NOT_LOGGED}")
            continue
        seen.add(iid)
        request = exp.requests.get(f.request)
        expected = _item(c, f, request)
        if tuple(stored) != expected:
            seq = "?" if request is None else request.origin.seq
            names = ", ".join(LABELS[n] for n in differing(ITEM_FIELDS, tuple(stored), expected))
            c.add(c.at_item(iid), f"het onderdeel {DIFFERS.format(seq=seq, fields=names)}")
    for iid, f in exp.items.items():
        if iid not in seen and c.scope.wants_request(f.request):
            request = exp.requests.get(f.request)
            seq = "?" if request is None else request.origin.seq
            c.add(c.at_item(iid), "het onderdeel " + NOT_STORED.format(seq=seq))


def _item(c: Comparison, f: ItemFacts, request: RequestFacts | None) -> Row:
    youth = None if request is None else request.youth
    purpose = c.purposes.get(f.purpose_version)
    return (f.request, youth, f.recipient, purpose, f.purpose_version, f.position, f.text_sha256)


def check_categories(c: Comparison) -> None:
    """Which data may be shared: the item's category rows equal the logged list (the rows
    come in item order, so one item's list is held at a time)."""
    seen: set[int] = set()
    current: int | None = None
    found: list[int] = []
    for iid, category in chain(c.item_rows(CATEGORIES), [(None, None)]):
        if iid != current:
            if current is not None:
                seen.add(current)
                f = c.exp.items.get(current)
                if f is None:
                    c.add(c.at_item(current), f"de gegevens die gedeeld mogen worden {NOT_LOGGED}")
                elif tuple(found) != f.categories:
                    c.add(c.at_item(current), _field_problem(c, f, "categories"))
            current, found = iid, []
        c.rows += 1
        found.append(category)
    c.rows -= 1  # the end marker
    for iid, f in c.exp.items.items():
        if iid not in seen and c.scope.wants_request(f.request):
            c.add(c.at_item(iid), _field_problem(c, f, "categories"))


def check_texts(c: Comparison) -> None:
    """The item's text in the other languages signing mode may show (hashes in the log)."""
    found: dict[int, dict[str, str]] = {}
    for iid, language, sha in c.item_rows(TEXTS):
        c.rows += 1
        found.setdefault(iid, {})[language] = sha
    for iid, f in c.exp.items.items():
        if c.scope.wants_request(f.request) and found.pop(iid, {}) != (f.texts or {}):
            c.add(c.at_item(iid), _field_problem(c, f, "texts_shown"))
    for iid in found:
        c.add(c.at_item(iid), f"een vertaalde tekst {NOT_LOGGED}")


def _field_problem(c: Comparison, f: ItemFacts, name: str) -> str:
    request = c.exp.requests.get(f.request)
    seq = "?" if request is None else request.origin.seq
    return "het onderdeel " + DIFFERS.format(seq=seq, fields=LABELS[name])


def check_decisions(c: Comparison) -> None:
    """Each decision row against the event that lists its id; then every answer of every
    event must have had exactly one row."""
    for row in c.item_rows(DECISIONS):
        c.rows += 1
        decision_problems(c, row[12], row[:12], row[13], "table")
    for f in c.exp.decision_events:
        if c.scope.wants_request(f.request):
            decisions_complete(c, f, f.covered, "een besluit " + NOT_STORED)


def decision_problems(c: Comparison, iid: int, v: Row, language: object, where: str) -> None:
    """One decision (repo.DECISION_VALUES order) on item `iid`, from the decisions table or
    from item_state, against its event. `where` picks which coverage mask it fills."""
    did = v[0]
    f = c.exp.decisions.get(did)
    if f is None:
        c.add(c.at_item(iid), f"besluit {did}{IN_STATE[where]} {NOT_LOGGED}")
        return
    item = c.exp.items.get(iid)
    bit = 0 if item is None else 1 << item.position
    if where == "table":
        placed = not f.covered & bit
        f.covered |= bit
    else:
        placed = not f.state_covered & bit
        f.state_covered |= bit
    # The common case first, without building the expected row (this runs per decision).
    if (
        placed
        and item is not None
        and v[1:4] == f.signer
        and v[4] == f.answers.get(iid)
        and v[5] == f.decided_at
        and (
            v[6] == f.recorded_at or (f.recorded_at is None and moment_agrees(v[6], None, f.origin))
        )
        and v[7:10] == f.route
        and v[10] == (1 if iid in f.acks else 0)
        and item.request == f.request
        and v[11] == (item.text_sha256 if f.language is None else (f.shown or {}).get(iid))
        and (language is ANY_LANGUAGE or language == _language(c, f, item, language))
    ):
        return
    _decision_differs(c, iid, v, language, f, item, placed, where)


def _decision_differs(
    c: Comparison,
    iid: int,
    v: Row,
    language: object,
    f: DecisionFacts,
    item: ItemFacts | None,
    placed: bool,
    where: str,
) -> None:
    placed = placed and iid in f.answers and item is not None and item.request == f.request
    expected = _decision(c, v, f, iid, item)
    bad = [] if placed else ["item"]
    bad += differing(DECISION_FIELDS, v[1:], expected)
    if language is not ANY_LANGUAGE and language != _language(c, f, item, language):
        bad.append("language")
    c.differs(c.at_item(iid), f"besluit {v[0]}{IN_STATE[where]}", f.origin, bad)


def _decision(c: Comparison, v: Row, f: DecisionFacts, iid: int, item: ItemFacts | None) -> Row:
    """The values after the id a decision row must hold, by its event."""
    recorded: str | None = f.recorded_at
    if (
        recorded is None
    ):  # logged before recorded_at was: near the event's moment is all one can say
        recorded = v[6] if moment_agrees(v[6], None, f.origin) else None
    if f.language is not None:  # the signer switched language: the event names the hash
        shown = None if f.shown is None else f.shown.get(iid)
    else:
        shown = None if item is None else item.text_sha256
    return (
        f.signer_kind,
        f.signer_id,
        f.role,
        f.answers.get(iid),
        f.decided_at,
        recorded,
        f.channel,
        f.origin.actor,
        f.evidence,
        1 if iid in f.acks else 0,
        shown,
    )


def _language(c: Comparison, f: DecisionFacts, item: ItemFacts | None, stored: object) -> object:
    """The language a row must name: the switched-to language, else the request's (rows from
    before schema 10 store NULL for it)."""
    if f.language is not None:
        return f.language
    if stored is None:
        return None
    request = None if item is None else c.exp.requests.get(item.request)
    return None if request is None else request.language


def decisions_complete(c: Comparison, f: DecisionFacts, covered: int, message: str) -> None:
    """Every answered item of the event got its row (a row on the wrong item or a second row
    for one item was reported with that row)."""
    for iid in sorted(f.answers):
        item = c.exp.items.get(iid)
        if item is None or not covered & (1 << item.position):
            c.add(c.at_item(iid), message.format(seq=f.origin.seq))


def check_item_state(c: Comparison) -> None:
    """The cache row of every item: its plain columns against the log, each decision,
    withdrawal and action it holds against its event, and nothing left out."""
    exp = c.exp
    seen: set[int] = set()
    for s in c.item_rows(STATE):
        c.rows += 1
        iid = s[0]
        f = exp.items.get(iid)
        if f is None:
            c.add(c.at_item(iid), f"de opgeslagen status {NOT_LOGGED}")
            continue
        seen.add(iid)
        try:
            categories = tuple(loads(s[10]))
            decisions = loads(s[11])
            withdrawals = () if s[12] == "[]" else loads(s[12])
            actions = () if s[13] == "[]" else loads(s[13])
        except ValueError:
            c.add(c.at_item(iid), STATE_DIFFERS.format(fields=LABELS["state"]))
            continue
        bad = _state_faults(c, s, f, exp.requests.get(f.request))
        if categories != f.categories:
            bad.append("categories")
        if bad:
            c.add(c.at_item(iid), STATE_DIFFERS.format(fields=", ".join(LABELS[n] for n in bad)))
        for v in decisions:
            decision_problems(c, iid, tuple(v), ANY_LANGUAGE, "state")
        for v in withdrawals:
            c.withdrawal_problems(iid, tuple(v), "state")
        for v in actions:
            c.action_problems(iid, tuple(v), "state")
    for iid, f in exp.items.items():
        if iid not in seen and c.scope.wants_request(f.request):
            c.add(c.at_item(iid), "de opgeslagen status ontbreekt")
    for event in exp.decision_events:
        if c.scope.wants_request(event.request):
            decisions_complete(c, event, event.state_covered, STATE_MISSES)


STATE_DIFFERS = (
    "de opgeslagen status (waarmee 'mag ik delen?' rekent) wijkt af van het logboek: {fields}"
)
STATE_MISSES = "een besluit " + MISSING_IN_STATE
STATE_FIELDS: tuple[str, ...] = (
    "youth",
    "recipient",
    "purpose",
    "position",
    "code",
    "request",
    "valid_from",
    "valid_until",
)


def _state_faults(c: Comparison, s: Row, f: ItemFacts, request: RequestFacts | None) -> list[str]:
    """The plain columns of an item_state row that differ from the log."""
    if request is None:
        return ["request"]
    expected = (
        request.youth,
        f.recipient,
        c.purposes.get(f.purpose_version),
        f.position,
        request.code,
        f.request,
        request.valid_from,
        request.valid_until,
    )
    bad = [] if s[1:9] == expected else differing(STATE_FIELDS, s[1:9], expected)
    if not moment_agrees(s[9], request.created_at, request.origin):
        bad.append("created_at")
    return bad


def check_text_hashes(c: Comparison) -> None:
    """The texts themselves against their stored SHA-256 (which the comparisons above tied to
    the log): a text edited while its hash was left alone is found here."""
    for iid, text, sha in c.item_rows(
        "SELECT id, text, text_sha256 FROM consent_items WHERE id {where} ORDER BY id"
    ):
        if sha256_text(text) != sha:
            c.add(
                c.at_item(iid), "de tekst van het onderdeel is gewijzigd (controlesom klopt niet)"
            )
    for iid, language, text, sha in c.item_rows(
        "SELECT item_id, language, text, text_sha256 FROM item_texts WHERE item_id {where}"
    ):
        if sha256_text(text) != sha:
            c.add(
                c.at_item(iid), f"de tekst in taal {language} is gewijzigd (controlesom klopt niet)"
            )
    for rid, text, sha in c.request_rows(
        "SELECT id, text, text_sha256 FROM consent_requests WHERE id {where} ORDER BY id"
    ):
        if sha256_text(text) != sha:
            c.add(
                c.at_request(rid), "de tekst van het verzoek is gewijzigd (controlesom klopt niet)"
            )
