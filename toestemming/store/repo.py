"""SQL reads and row → model mapping. Writes live in the services, always inside one
transaction together with their audit event."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from ..clock import from_iso
from ..errors import NotFoundError
from ..event_seek import capped_rows, rows_to_cap
from ..log_clock import META_CORRECTED
from ..model import (
    AdultProtection,
    Answer,
    Channel,
    ConsentItem,
    ConsentRequest,
    DataCategory,
    DataLevel,
    Decision,
    ItemAction,
    ItemActionKind,
    LegalRole,
    Purpose,
    Recipient,
    RecipientKind,
    Representative,
    RepresentativeRole,
    SignerKind,
    SignerRef,
    Withdrawal,
    Youth,
)
from ..rules import ItemFacts
from .db import Database, Row

YOUTH_COLS = (
    "id, given_name, family_name, birth_date, school, programme, email, phone, language, "
    "protection, erased_at, external_ref"
)
REP_COLS = "id, youth_id, name, role, has_gezag, email, phone, language"
# The last column: the latest description per language from catalog_texts, as JSON pairs.
RECIPIENT_COLS = (
    "id, name, department, kind, email, phone, convenant, active, legal_role, "
    "(SELECT json_group_array(json_array(t.language, t.description)) FROM catalog_texts t "
    "WHERE t.entity = 'recipient' AND t.entity_id = recipients.id AND t.description != '' "
    "AND t.version = (SELECT max(u.version) FROM catalog_texts u WHERE u.entity = 'recipient' "
    "AND u.entity_id = t.entity_id AND u.language = t.language))"
)
PURPOSE_COLS = "p.id, p.code, v.id, v.version, v.title, v.description, v.language"
# The last column: the latest name per other language from catalog_texts, as JSON pairs.
CATEGORY_COLS = (
    "id, code, name, description, level, special, "
    "(SELECT json_group_array(json_array(t.language, t.name)) FROM catalog_texts t "
    "WHERE t.entity = 'category' AND t.entity_id = data_categories.id AND t.name != '' "
    "AND t.version = (SELECT max(u.version) FROM catalog_texts u WHERE u.entity = 'category' "
    "AND u.entity_id = t.entity_id AND u.language = t.language))"
)


def youth_from_row(r: Row) -> Youth:
    return Youth(
        id=int(r[0]),
        given_name=r[1],
        family_name=r[2],
        birth_date=date.fromisoformat(r[3]),
        school=r[4],
        programme=r[5],
        email=r[6],
        phone=r[7],
        language=r[8],
        protection=AdultProtection(r[9]),
        erased=r[10] is not None,
        external_ref=r[11] or "",
    )


def rep_from_row(r: Sequence[Any]) -> Representative:
    return Representative(
        id=int(r[0]),
        youth_id=int(r[1]),
        name=r[2],
        role=RepresentativeRole(r[3]),
        has_gezag=bool(r[4]),
        email=r[5],
        phone=r[6],
        language=r[7],
    )


def recipient_from_row(r: Row) -> Recipient:
    return Recipient(
        id=int(r[0]),
        name=r[1],
        department=r[2],
        kind=RecipientKind(r[3]),
        email=r[4],
        phone=r[5],
        convenant=bool(r[6]),
        active=bool(r[7]),
        legal_role=LegalRole(r[8]),
        descriptions=tuple((str(a), str(b)) for a, b in json.loads(r[9] or "[]")),
    )


def purpose_from_row(r: Row) -> Purpose:
    return Purpose(
        id=int(r[0]),
        code=r[1],
        version_id=int(r[2]),
        version=int(r[3]),
        title=r[4],
        description=r[5],
        language=r[6],
    )


def category_from_row(r: Row) -> DataCategory:
    return DataCategory(
        id=int(r[0]),
        code=r[1],
        name=r[2],
        description=r[3],
        level=DataLevel(r[4]),
        special=bool(r[5]),
        names=tuple((str(lang), str(name)) for lang, name in json.loads(r[6] or "[]")),
    )


def decision_from_values(item_id: int, v: Sequence[Any]) -> Decision:
    return Decision(
        id=int(v[0]),
        item_id=item_id,
        signer=SignerRef(SignerKind(v[1]), int(v[2])),
        signer_role=str(v[3]),
        answer=Answer(v[4]),
        decided_at=from_iso(v[5]),
        recorded_at=from_iso(v[6]),
        channel=Channel(v[7]),
        worker_id=int(v[8]),
        evidence_id=None if v[9] is None else int(v[9]),
        special_ack=bool(v[10]),
        text_sha256=str(v[11]),
    )


def withdrawal_from_values(item_id: int, v: Sequence[Any]) -> Withdrawal:
    return Withdrawal(
        id=int(v[0]),
        item_id=item_id,
        signer=SignerRef(SignerKind(v[1]), int(v[2])),
        withdrawn_at=from_iso(v[3]),
        recorded_at=from_iso(v[4]),
        channel=Channel(v[5]),
        worker_id=int(v[6]),
        evidence_id=None if v[7] is None else int(v[7]),
    )


def action_from_values(item_id: int, v: Sequence[Any]) -> ItemAction:
    return ItemAction(
        id=int(v[0]),
        item_id=item_id,
        kind=ItemActionKind(v[1]),
        at=from_iso(v[2]),
        worker_id=int(v[3]),
        reason=str(v[4]),
    )


DECISION_VALUES = (
    "id, signer_kind, signer_id, signer_role, answer, decided_at, recorded_at, channel, "
    "worker_id, evidence_id, special_ack, text_sha256"
)
WITHDRAWAL_VALUES = (
    "id, signer_kind, signer_id, withdrawn_at, recorded_at, channel, worker_id, evidence_id"
)
ACTION_VALUES = "id, kind, at, worker_id, reason"


@dataclass(frozen=True)
class ItemHistory:
    """Everything an item's status depends on, loaded in one query."""

    facts: ItemFacts
    youth_id: int
    recipient_id: int
    purpose_id: int
    position: int
    reference_code: str
    request_id: int
    category_ids: frozenset[int]
    decisions: tuple[Decision, ...]
    withdrawals: tuple[Withdrawal, ...]
    actions: tuple[ItemAction, ...]


def _json_array(cols: str) -> str:
    return "json_group_array(json_array(" + cols + "))"


# The status inputs of items, derived from the append-only tables (source of truth).
DERIVED_HISTORY_SQL = f"""
SELECT i.id, i.youth_id, i.recipient_id, i.purpose_id, i.position, r.reference_code,
       r.id, r.valid_from, r.valid_until, r.created_at,
       (SELECT json_group_array(category_id) FROM item_categories WHERE item_id = i.id),
       (SELECT {_json_array(DECISION_VALUES)} FROM decisions WHERE item_id = i.id),
       (SELECT {_json_array(WITHDRAWAL_VALUES)} FROM withdrawals WHERE item_id = i.id),
       (SELECT {_json_array(ACTION_VALUES)} FROM item_actions WHERE item_id = i.id)
FROM consent_items i JOIN consent_requests r ON r.id = i.request_id
"""


def _json_list(text: str) -> list[Any]:
    # Most items have no withdrawal and no action: skip the parser for the empty list
    # ("Mag ik delen?" reads these per item; bench: may-share).
    return [] if text == "[]" else list(json.loads(text))


def _history_from_row(r: Sequence[Any]) -> ItemHistory:
    item_id = int(r[0])
    decisions = _json_list(r[11])
    withdrawals = _json_list(r[12])
    actions = _json_list(r[13])
    return ItemHistory(
        facts=ItemFacts(
            item_id=item_id,
            valid_from=date.fromisoformat(r[7]),
            valid_until=date.fromisoformat(r[8]),
            created_at=from_iso(r[9]),
        ),
        youth_id=int(r[1]),
        recipient_id=int(r[2]),
        purpose_id=int(r[3]),
        position=int(r[4]),
        reference_code=str(r[5]),
        request_id=int(r[6]),
        category_ids=frozenset(int(c) for c in json.loads(r[10])),
        decisions=tuple(decision_from_values(item_id, v) for v in decisions),
        withdrawals=tuple(withdrawal_from_values(item_id, v) for v in withdrawals),
        actions=tuple(action_from_values(item_id, v) for v in actions),
    )


STATE_COLS = (
    "s.item_id, s.youth_id, s.recipient_id, s.purpose_id, s.position, s.reference_code, "
    "s.request_id, s.valid_from, s.valid_until, s.created_at, s.categories, s.decisions, "
    "s.withdrawals, s.actions"
)


def item_histories(
    db: Database,
    where: str,
    params: Sequence[Any],
    *,
    judged: bool = False,
    parsed: dict[tuple[Any, ...], ItemHistory] | None = None,
) -> list[ItemHistory]:
    """Status inputs from `item_state s`; `where` uses the alias s (s.item_id, s.youth_id …).

    `judged`: with the moments the status rules judge by (event_seek.capped_rows: a row
    recorded by a clock that ran ahead counts no later than the clock correction after it;
    s21). Without: the rows as recorded — what the log says and a proof prints (a proof's
    rows are held against the log's events: a capped date there reads as forged)."""
    rows = db.query(f"SELECT {STATE_COLS} FROM item_state s WHERE " + where, params)
    if judged and rows_to_cap(db):
        return [judged_history(db, _history_from_row(r)) for r in rows]
    if parsed is None:
        return [_history_from_row(r) for r in rows]
    return _parsed_once(rows, parsed)


def _parsed_once(
    rows: Sequence[Row], parsed: dict[tuple[Any, ...], ItemHistory]
) -> list[ItemHistory]:
    """The histories of `rows`, reusing those parsed from an identical row before.

    A history is a pure function of its row, so an unchanged row needs no second parse:
    Vandaag judges every open item after each commit, where one item changed (parsing was a
    third of that scan, session 26). Rows of items that changed since stay behind until the
    memo outgrows what the scans need; then it keeps only this scan's rows."""
    out = []
    for r in rows:
        key = tuple(r)
        h = parsed.get(key)
        if h is None:
            h = parsed[key] = _history_from_row(r)
        out.append(h)
    if len(parsed) > 2 * len(rows) + 10_000:
        kept = {tuple(r): h for r, h in zip(rows, out, strict=True)}
        parsed.clear()
        parsed.update(kept)
    return out


def judged_history(db: Database, h: ItemHistory) -> ItemHistory:
    """`h` with the moments the status rules judge by (see item_histories)."""
    if not (h.decisions or h.withdrawals or h.actions):
        return h
    decisions, withdrawals, actions = capped_rows(db, h.decisions, h.withdrawals, h.actions)
    if decisions is h.decisions and withdrawals is h.withdrawals and actions is h.actions:
        return h
    return replace(h, decisions=decisions, withdrawals=withdrawals, actions=actions)


# The purpose version an item was asked with, when a newer text exists in that language
# (else NULL): lets "Mag ik delen?" learn about text drift in the same statement.
# The item's own row (a page of consent_items, seldom cached) is only looked up for a
# purpose with a revised text in some language: most purposes never had one, and the
# small purpose_versions table answers that from pages already read (bench: may-share).
_REVISED_SQL = """EXISTS (SELECT 1 FROM purpose_versions a
 JOIN purpose_versions b ON b.purpose_id = a.purpose_id
  AND b.language = a.language AND b.version > a.version
 WHERE a.purpose_id = {purpose})"""
_SHOWN_SQL = """(SELECT i.purpose_version_id FROM consent_items i
 JOIN purpose_versions shown ON shown.id = i.purpose_version_id
 JOIN purpose_versions v ON v.purpose_id = shown.purpose_id
  AND v.language = shown.language AND v.version > shown.version
 WHERE i.id = s.item_id LIMIT 1)"""
_OUTDATED_TEXT_SQL = (
    f"(CASE WHEN {_REVISED_SQL.format(purpose='s.purpose_id')} THEN {_SHOWN_SQL} END)"
)


@dataclass(frozen=True)
class ShareInputs:
    """What "Mag ik delen?" reads for one youth, recipient and purpose (share_inputs)."""

    youth: Youth
    representatives: list[Representative]
    # Each item's history (judged) with the purpose version it was asked with when that
    # text has since been revised (None while it is the newest).
    histories: list[tuple[ItemHistory, int | None]]
    recipient_active: bool | None  # None: no such recipient


_N_YOUTH = len(YOUTH_COLS.split(","))
_N_REP = len(REP_COLS.split(","))
_N_STATE = len(STATE_COLS.split(","))


# One statement: the youth, its current representatives, the items for the recipient and
# purpose, each item's revised text, the meta row naming the last clock correction and the
# recipient's flag. A row per representative × item (both few); every extra statement on the
# vault connection costs about a point query of its own (bench: may-share ≤ 5× one). No
# ORDER BY: a sort on the vault connection allocates (each allocation wiped, memory security),
# the few rows are ordered here.
def _share_inputs_sql(outdated: str, corrected: str) -> str:
    return (
        "SELECT "
        + ", ".join("y." + c.strip() for c in YOUTH_COLS.split(","))
        + ", "
        + ", ".join("p." + c.strip() for c in REP_COLS.split(","))
        + f", {STATE_COLS}, {outdated}, {corrected}, (SELECT active FROM recipients WHERE id = ?)"
        " FROM youths y LEFT JOIN representatives p ON p.youth_id = y.id AND p.ended_at IS NULL"
        " LEFT JOIN item_state s ON s.youth_id = y.id AND s.recipient_id = ? AND s.purpose_id = ?"
        " WHERE y.id = ?"
    )


_SHARE_INPUTS_SQL = _share_inputs_sql(_OUTDATED_TEXT_SQL, "(SELECT value FROM meta WHERE key = ?)")
# While nothing was committed (Database.change_mark), whether the log had a clock correction
# and whether the purpose has a revised text are what they were at the last question: given
# as parameters, the statement reads two tables fewer (s23: ~×0.7 the bare index query).
_SHARE_INPUTS_KNOWN_SQL = _share_inputs_sql(f"(CASE WHEN ? THEN {_SHOWN_SQL} END)", "?")
_FACTS_SQL = "SELECT (SELECT value FROM meta WHERE key = ?), " + _REVISED_SQL.format(purpose="?")
_Facts = tuple[tuple[int, int, int], dict[int, tuple[object, bool]]]
_facts: WeakKeyDictionary[Database, _Facts] = WeakKeyDictionary()


def _share_rows(
    db: Database,
    youth_id: int,
    recipient_id: int,
    purpose_id: int,
    change: tuple[int, int, int] | None,
) -> list[Row]:
    rest = (recipient_id, recipient_id, purpose_id, youth_id)
    if change is None:  # (in a transaction, on a team server: all in the one statement)
        return db.query(_SHARE_INPUTS_SQL, (META_CORRECTED, *rest))
    kept = _facts.get(db)
    if kept is None or kept[0] != change:
        kept = _facts[db] = (change, {})
    known = kept[1].get(purpose_id)
    if known is None:
        row = db.query_one(_FACTS_SQL, (META_CORRECTED, purpose_id))
        known = kept[1][purpose_id] = (None if row is None else row[0], bool(row and row[1]))
    corrected, revised = known
    return db.query(_SHARE_INPUTS_KNOWN_SQL, (revised, corrected, *rest))


def share_inputs(
    db: Database,
    youth_id: int,
    recipient_id: int,
    purpose_id: int,
    change: tuple[int, int, int] | None = None,
) -> ShareInputs:
    """`change`: the database's change_mark just taken (None: read every fact afresh)."""
    rows = _share_rows(db, youth_id, recipient_id, purpose_id, change)
    if not rows:
        raise NotFoundError(message_id="error-repo-youth-missing")
    rep_at, state_at = _N_YOUTH, _N_YOUTH + _N_REP
    extra = state_at + _N_STATE  # revised text, meta row, recipient flag
    reps = {int(r[rep_at]): r[rep_at:state_at] for r in rows if r[rep_at] is not None}
    items = {int(r[state_at]): r for r in rows if r[state_at] is not None}
    ever_corrected = rows[0][extra + 1] is not None
    judge = judged_history if ever_corrected and rows_to_cap(db) else _as_recorded
    active = rows[0][extra + 2]
    return ShareInputs(
        youth=youth_from_row(rows[0]),
        representatives=[rep_from_row(reps[k]) for k in sorted(reps)],
        histories=[
            (
                judge(db, _history_from_row(r[state_at:])),
                None if r[extra] is None else int(r[extra]),
            )
            for r in (items[k] for k in sorted(items))
        ],
        recipient_active=None if active is None else bool(active),
    )


def _as_recorded(_db: Database, h: ItemHistory) -> ItemHistory:
    return h


def refresh_item_state(db: Database, where: str, params: Sequence[Any]) -> None:
    """Re-derive the cached rows of the items matching `where` (alias i = consent_items).
    Called inside the writing transaction, so cache and source never disagree on disk."""
    db.execute(
        "INSERT OR REPLACE INTO item_state " + DERIVED_HISTORY_SQL + " WHERE " + where, params
    )


# One row per current representative (one row with NULLs when there is none): a join, not
# a JSON aggregate — on the vault connection every freed allocation is wiped
# (cipher_memory_security), and "Mag ik delen?" reads this per call (bench: may-share).
YOUTH_COL_COUNT = len(YOUTH_COLS.split(","))
YOUTH_WITH_REPS_SQL = (
    "SELECT "
    + ", ".join("y." + c.strip() for c in YOUTH_COLS.split(","))
    + ", "
    + ", ".join("p." + c.strip() for c in REP_COLS.split(","))
    + " FROM youths y LEFT JOIN representatives p ON p.youth_id = y.id AND p.ended_at IS NULL"
    " WHERE y.id = ? ORDER BY p.id"
)


def youth_with_reps(db: Database, youth_id: int) -> tuple[Youth, list[Representative]]:
    rows = db.query(YOUTH_WITH_REPS_SQL, (youth_id,))
    if not rows:
        raise NotFoundError(message_id="error-repo-youth-missing")
    first = YOUTH_COL_COUNT
    reps = [rep_from_row(r[first:]) for r in rows if r[first] is not None]
    return youth_from_row(rows[0]), reps


def get_youth(db: Database, youth_id: int) -> Youth:
    row = db.query_one(f"SELECT {YOUTH_COLS} FROM youths WHERE id = ?", (youth_id,))
    if row is None:
        raise NotFoundError(message_id="error-repo-youth-missing")
    return youth_from_row(row)


def get_recipient(db: Database, recipient_id: int) -> Recipient:
    row = db.query_one(f"SELECT {RECIPIENT_COLS} FROM recipients WHERE id = ?", (recipient_id,))
    if row is None:
        raise NotFoundError(message_id="error-repo-recipient-missing")
    return recipient_from_row(row)


def recipient_is_active(db: Database, recipient_id: int) -> bool:
    """The recipient's `active` flag alone (get_recipient also gathers its texts)."""
    active = db.scalar("SELECT active FROM recipients WHERE id = ?", (recipient_id,))
    if active is None:
        raise NotFoundError(message_id="error-repo-recipient-missing")
    return bool(active)


def latest_purpose(db: Database, purpose_id: int, language: str = "nl") -> Purpose:
    row = db.query_one(
        f"SELECT {PURPOSE_COLS} FROM purposes p JOIN purpose_versions v ON v.purpose_id = p.id "
        "WHERE p.id = ? ORDER BY (v.language = ?) DESC, (v.language = 'nl') DESC, v.version DESC "
        "LIMIT 1",
        (purpose_id, language),
    )
    if row is None:
        raise NotFoundError(message_id="error-repo-purpose-missing")
    return purpose_from_row(row)


def purpose_version(db: Database, version_id: int) -> Purpose:
    row = db.query_one(
        f"SELECT {PURPOSE_COLS} FROM purposes p JOIN purpose_versions v ON v.purpose_id = p.id "
        "WHERE v.id = ?",
        (version_id,),
    )
    if row is None:
        raise NotFoundError(message_id="error-repo-purpose-version-missing")
    return purpose_from_row(row)


def purpose_title_as_shown(
    db: Database, item_id: int, asked: Purpose, request_language: str, language: str
) -> str:
    """The purpose title a signer reading `language` saw for this item: the version the request
    was made with in its own language, else the version of the item's stored text in that
    language (item_texts), else the newest version in that language (or the Dutch one)."""
    if language == request_language:
        return asked.title
    version = db.scalar(
        "SELECT purpose_version_id FROM item_texts WHERE item_id = ? AND language = ?",
        (item_id, language),
    )
    if version is not None:
        return purpose_version(db, int(version)).title
    return latest_purpose(db, asked.id, language).title


def get_category(db: Database, category_id: int) -> DataCategory:
    row = db.query_one(f"SELECT {CATEGORY_COLS} FROM data_categories WHERE id = ?", (category_id,))
    if row is None:
        raise NotFoundError(message_id="error-repo-category-missing")
    return category_from_row(row)


def load_request(db: Database, request_id: int) -> ConsentRequest:
    r = db.query_one(
        "SELECT id, reference_code, youth_id, worker_id, created_at, valid_from, valid_until, "
        "language, text, text_sha256 FROM consent_requests WHERE id = ?",
        (request_id,),
    )
    if r is None:
        raise NotFoundError(message_id="error-repo-request-missing")
    items = []
    for i in db.query(
        "SELECT id, position, purpose_version_id, recipient_id, text, text_sha256 "
        "FROM consent_items WHERE request_id = ? ORDER BY position",
        (request_id,),
    ):
        cats = tuple(
            category_from_row(c)
            for c in db.query(
                f"SELECT {CATEGORY_COLS} FROM data_categories WHERE id IN "
                "(SELECT category_id FROM item_categories WHERE item_id = ?) ORDER BY id",
                (i[0],),
            )
        )
        items.append(
            ConsentItem(
                id=int(i[0]),
                request_id=request_id,
                position=int(i[1]),
                purpose=purpose_version(db, int(i[2])),
                recipient=get_recipient(db, int(i[3])),
                categories=cats,
                text=i[4],
                text_sha256=i[5],
            )
        )
    return ConsentRequest(
        id=int(r[0]),
        reference_code=r[1],
        youth_id=int(r[2]),
        worker_id=int(r[3]),
        created_at=from_iso(r[4]),
        valid_from=date.fromisoformat(r[5]),
        valid_until=date.fromisoformat(r[6]),
        language=r[7],
        text=r[8],
        text_sha256=r[9],
        items=tuple(items),
    )
