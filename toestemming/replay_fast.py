"""The replay's fast path: a whole table at once against what the log says it must hold.

In a vault nobody tampered with, every compared row agrees. So for the big tables (requests,
items, their categories, decisions and the item_state cache) the expected rows are built as
tuples in exactly the shape and order the SELECT returns them, and the two lists are compared
with one `==` (in C). Only when they differ does the row-by-row comparison of replay.py and
replay_items.py run for that table, to name the reference code, the item and the field.

Why this is never weaker: each fast check passes only when the stored rows are *equal* to rows
the row-by-row check would accept without a word; anything it cannot build exactly (an event
from before moments were logged, a decision row that names no language, an item logged without
categories, text the cache formats differently) makes it give up, and the row-by-row check runs.
Measured at 10k youths / 100k items: the per-row Python checks cost about half of the replay.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, Protocol

from .fastjson import dumps
from .replay_events import Expected
from .replay_items import CATEGORIES, DECISIONS, ITEMS, STATE
from .replay_scope import Scope

Row = tuple[Any, ...]
_ID = itemgetter(0)

LANGUAGES = "SELECT count(*), count(language) FROM decisions WHERE {scan}item_id {where}"
REQUESTS = (
    "SELECT id, reference_code, youth_id, worker_id, created_at, valid_from, "
    "valid_until, language, text_sha256 FROM consent_requests "
    "WHERE id {where} ORDER BY id"
)


class Comparison(Protocol):
    """What the fast checks need of replay.Comparison."""

    exp: Expected
    scope: Scope
    rows: int
    purposes: dict[int, int]

    def request_rows(self, sql: str) -> Any: ...
    def item_rows(self, sql: str) -> Any: ...


def requests_agree(c: Comparison) -> bool:
    expected = []
    wants = c.scope.wants_request
    for rid, f in sorted(c.exp.requests.items()):
        if not wants(rid):
            continue
        if f.created_at is None:  # an older event: its moment is compared with slack
            return False
        expected.append(
            (
                rid,
                f.code,
                f.youth,
                f.origin.actor,
                f.created_at,
                f.valid_from,
                f.valid_until,
                f.language,
                f.text_sha256,
            )
        )
    return _same(c, list(c.request_rows(REQUESTS)), expected)


def wanted_items(c: Comparison) -> list[tuple[int, Any]]:
    wants = c.scope.wants_request
    return [(iid, f) for iid, f in sorted(c.exp.items.items()) if wants(f.request)]


def items_agree(c: Comparison, wanted: list[tuple[int, Any]]) -> bool:
    requests, purposes = c.exp.requests, c.purposes
    expected: list[Row] = []
    for iid, f in wanted:
        request = requests.get(f.request)
        expected.append(
            (
                iid,
                f.request,
                None if request is None else request.youth,
                f.recipient,
                purposes.get(f.purpose_version),
                f.purpose_version,
                f.position,
                f.text_sha256,
            )
        )
    return _same(c, list(c.item_rows(ITEMS)), expected)


def categories_agree(c: Comparison, wanted: list[tuple[int, Any]]) -> bool:
    expected = []
    for iid, f in wanted:
        if not f.categories:  # the row-by-row check names an item without category rows
            return False
        expected.extend([(iid, cat) for cat in f.categories])
    return _same(c, list(c.item_rows(CATEGORIES)), expected)


def decisions_agree(c: Comparison) -> dict[int, list[Row]] | None:
    """The decision rows against the log; on agreement, each item's rows (the values
    item_state holds, repo.DECISION_VALUES) in id order, for `state_agrees`. The event lists
    the ids of its rows in the order of its items."""
    named = _languages_named(c)
    if named is None:
        return None
    exp = c.exp
    wants = c.scope.wants_request
    items, requests = exp.items, exp.requests
    expected: list[Row] = []
    add = expected.append
    for f in exp.decision_events:
        if not wants(f.request):
            continue
        answers, acks, shown_by_item = f.answers, f.acks, f.shown or {}
        if f.recorded_at is None or len(f.ids) != len(answers):
            return None
        kind, signer, role = f.signer
        channel, worker, evidence = f.route
        decided, recorded, switched = f.decided_at, f.recorded_at, f.language
        for did, iid in zip(f.ids, sorted(answers), strict=True):
            item = items.get(iid)
            if item is None or item.request != f.request:
                return None
            language: str | None
            shown: str | None
            if switched is None:
                request = requests.get(item.request)
                if request is None:
                    return None
                language, shown = (request.language if named else None), item.text_sha256
            else:
                language, shown = switched, shown_by_item.get(iid)
            add(
                (
                    did,
                    kind,
                    signer,
                    role,
                    answers[iid],
                    decided,
                    recorded,
                    channel,
                    worker,
                    evidence,
                    1 if iid in acks else 0,
                    shown,
                    iid,
                    language,
                )
            )
    expected.sort(key=_ID)  # by id only: never compares the values (None against text)
    stored = list(c.item_rows(DECISIONS))
    if stored != expected:
        return None
    c.rows += len(stored)
    by_item: dict[int, list[Row]] = {}
    for row in stored:
        by_item.setdefault(row[12], []).append(row[:12])
    return by_item


def _languages_named(c: Comparison) -> bool | None:
    """Whether the decision rows name their language: True for all, False for none (rows
    from before schema 10 store NULL, which the row-by-row check accepts for a signer who did
    not switch language), None for a mix (left to the row-by-row check)."""
    rows = named = 0
    for in_chunk, named_in_chunk in c.item_rows(LANGUAGES):  # a proof export asks in chunks
        rows, named = rows + in_chunk, named + named_in_chunk
    return True if named == rows else (False if named == 0 else None)


def state_agrees(
    c: Comparison,
    wanted: list[tuple[int, Any]],
    decisions: dict[int, list[Row]],
    withdrawals: dict[int, list[Row]],
    actions: dict[int, list[Row]],
) -> bool:
    """The item_state cache row of every item, as repo.DERIVED_HISTORY_SQL writes it from
    the tables, built from the log's facts and from table rows already found to agree with
    the log (`decisions`, `withdrawals`, `actions`: per item, in id order)."""
    requests, purposes = c.exp.requests, c.purposes
    listed: dict[tuple[int, ...], str] = {}  # a vault has few distinct category lists
    expected: list[Row] = []
    add = expected.append
    for iid, f in wanted:
        request = requests.get(f.request)
        if request is None or request.created_at is None:
            return False
        categories = listed.get(f.categories)
        if categories is None:
            categories = listed[f.categories] = dumps(f.categories).decode()
        answered = decisions.get(iid)
        withdrawn = withdrawals.get(iid) if withdrawals else None
        acted = actions.get(iid) if actions else None
        add(
            (
                iid,
                request.youth,
                f.recipient,
                purposes.get(f.purpose_version),
                f.position,
                request.code,
                f.request,
                request.valid_from,
                request.valid_until,
                request.created_at,
                categories,
                "[]" if answered is None else dumps(answered).decode(),
                "[]" if withdrawn is None else dumps(withdrawn).decode(),
                "[]" if acted is None else dumps(acted).decode(),
            )
        )
    stored = list(c.item_rows(STATE))  # in the cache's key order, not by item
    stored.sort(key=_ID)
    return _same(c, stored, expected)


def _same(c: Comparison, stored: list[Row], expected: list[Row]) -> bool:
    """One comparison of the whole table (C); the rows count as compared when equal."""
    if stored != expected:
        return False
    c.rows += len(stored)
    return True
