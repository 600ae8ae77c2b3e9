"""Gather everything a proof package needs from the open vault, for one or many requests.

One pass over the audit log finds the events about the exported items (and the evidence they
point at), so exporting every request of a large vault does not re-read the log per item."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..audit import GENESIS, ITEM_EVENT_KINDS, items_named
from ..errors import IntegrityFailure, NotFoundError, ValidationError
from ..event_seek import corrections, judged_moment
from ..model import (
    ROLE_LABELS,
    ConsentItem,
    ConsentRequest,
    DataCategory,
    Decision,
    Disclosure,
    EvidenceInfo,
    ItemAction,
    Recipient,
    SignerKind,
    SignerRef,
    StatusInfo,
    Withdrawal,
    Youth,
)
from ..rules import item_status
from ..store import repo
from ..store.db import Database
from ..usecases.context import Context
from ..usecases.evidence import Evidence
from ..usecases.gezag_history import LoggedHistory
from ..usecases.sharing import Sharing
from . import signing_method
from .gezag import gezag_event_seqs, representatives
from .other_basis import event_seqs as other_basis_event_seqs
from .youth_heard import event_seqs


@dataclass(frozen=True)
class EventRecord:
    seq: int
    at: str
    kind: str
    body: bytes  # canonical JSON exactly as hashed
    hash: bytes
    prev: bytes  # hash of the event before (GENESIS for the first)

    @property
    def data(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.body)["data"]
        return value


@dataclass(frozen=True)
class ItemSource:
    item: ConsentItem
    status: StatusInfo
    decisions: tuple[Decision, ...]
    withdrawals: tuple[Withdrawal, ...]
    actions: tuple[ItemAction, ...]
    disclosures: tuple[Disclosure, ...]
    events: tuple[EventRecord, ...]
    # Every stored text of the item: language → (text, SHA-256); the request's language first.
    texts: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    # Decision id → the language of the text the signer saw (signing mode may switch).
    decision_languages: Mapping[int, str] = field(default_factory=dict)
    # The moments "shared after the withdrawal?" is judged by (event_seek.judged_moment: a row
    # recorded by a clock that ran ahead counts no later than the correction after it; atk23):
    # disclosure id → its judged date, and the withdrawals' judged dates. The rows printed
    # stay as recorded; verify judges the same way (printed_history.after_withdrawal_note).
    judged_disclosed: Mapping[int, datetime] = field(default_factory=dict)
    judged_withdrawn: tuple[datetime, ...] | None = None  # None: as recorded

    @property
    def language(self) -> str:
        """The request's language: the one of `item.text`."""
        return next(iter(self.texts), "nl")

    def language_of(self, d: Decision) -> str:
        return self.decision_languages.get(d.id, self.language)

    def shown_text(self, d: Decision) -> tuple[str, str] | None:
        """(text, SHA-256) in the language the decision was taken in; None if not stored."""
        return self.texts.get(self.language_of(d))

    def shown_languages(self) -> list[str]:
        """The request's language, then every other language a decision was taken in."""
        used = {self.language_of(d) for d in self.decisions}
        others = sorted(lang for lang in used if lang != self.language and lang in self.texts)
        return [self.language, *others]


@dataclass(frozen=True)
class EvidenceFile:
    info: EvidenceInfo
    content: bytes | None  # None when erased at the end of its retention period
    event: EventRecord | None


@dataclass
class RequestSource:
    organisation: str
    vault_id: str
    request: ConsentRequest
    youth: Youth
    items: tuple[ItemSource, ...]
    people: dict[SignerRef, tuple[str, str]]  # signer → (name, Dutch role)
    workers: dict[int, str]
    recipients: dict[int, Recipient]
    categories: dict[int, DataCategory]
    evidence: dict[int, EvidenceFile] = field(default_factory=dict)
    # Evidence of the request beside the decisions' own: evidence id → its role (sent message,
    # tablet strokes, screenshot, …), and the events that say so (remote.sent,
    # signing.completed, evidence.linked), for the package's log proof.
    evidence_roles: dict[int, str] = field(default_factory=dict)
    request_events: tuple[EventRecord, ...] = ()
    # The gezag of each representative who decided or withdrew (gezag.py): its events.
    gezag_events: tuple[EventRecord, ...] = ()
    # Disclosures to these items' recipient × purpose that no consent covered (another legal
    # ground), and for those made after a "no" the override's details (disclosure id → dict).
    other_basis: tuple[Disclosure, ...] = ()
    overrides: dict[int, dict[str, Any]] = field(default_factory=dict)
    # The events that prove those disclosures (other_basis.py), for the package's log proof.
    other_events: tuple[EventRecord, ...] = ()
    # The young person's own views on the request (youth_heard.py).
    view_events: tuple[EventRecord, ...] = ()
    # The log's clock corrections (clock_fixes.py): the status check judges by them.
    clock_events: tuple[EventRecord, ...] = ()
    # The workers the PDF names ("Gevraagd … door", "Vastgelegd op … door"): worker id → its
    # worker.added event and the salt of its name's commitment (worker_names.py).
    worker_events: dict[int, tuple[EventRecord, bytes]] = field(default_factory=dict)
    # How each tablet signature was made (signing_method.py): picture or strokes record
    # evidence id → the typed name, or "" for a drawing.
    signed_how: dict[int, str] = field(default_factory=dict)


# Events about a request (not about one item) that explain its evidence.
REQUEST_EVENT_KINDS = ("remote.sent", "signing.completed", "evidence.linked")


item_ids_in = items_named  # kept for callers of the proof package


def collect(
    ctx: Context, selections: Sequence[tuple[int, frozenset[int] | None]]
) -> list[RequestSource]:
    """(request id, item ids or None for all) → the sources, in the given order."""
    db = ctx.db
    sources: list[RequestSource] = []
    wanted_items: set[int] = set()
    for request_id, only in selections:
        request = repo.load_request(db, request_id)
        items = [i for i in request.items if only is None or i.id in only]
        wanted_items |= {i.id for i in items}
        sources.append(_source(ctx, request, items))
    for src in sources:
        src.evidence_roles = request_evidence(db, src.request.id)
    evidence_ids = {e for src in sources for e in _evidence_ids(src.items)}
    evidence_ids |= {e for src in sources for e in src.evidence_roles}
    by_item, evidence_events = _events(ctx, wanted_items, _first_seq(ctx, sources), evidence_ids)
    evidence = Evidence(ctx)
    clock_events = tuple(event_record(ctx, seq) for seq in _correction_seqs(db))
    for src in sources:
        src.clock_events = clock_events
        src.items = tuple(
            ItemSource(
                s.item,
                s.status,
                s.decisions,
                s.withdrawals,
                s.actions,
                s.disclosures,
                tuple(by_item.get(s.item.id, ())),
                s.texts,
                s.decision_languages,
                s.judged_disclosed,
                s.judged_withdrawn,
            )
            for s in src.items
        )
        src.request_events = _request_events(ctx, src.request.id)
        src.view_events = tuple(event_record(ctx, q) for q in event_seqs(db, src.request.id))
        src.other_events = tuple(
            event_record(ctx, seq)
            for seq in other_basis_event_seqs(
                ctx, [d.id for d in src.other_basis], {s.item.recipient.id for s in src.items}
            )
        )
        src.gezag_events = tuple(
            event_record(ctx, seq)
            for seq in gezag_event_seqs(
                ctx, representatives(e for s in src.items for e in s.events)
            )
        )
        src.worker_events = _worker_events(
            ctx, {src.request.worker_id} | {d.worker_id for s in src.items for d in s.decisions}
        )
        for eid in [*_evidence_ids(src.items), *src.evidence_roles]:
            if eid in src.evidence:
                continue
            info = evidence.info(eid)
            try:
                content: bytes | None = evidence.content(eid)
            except NotFoundError:  # erased at the end of its retention: listed, not packed
                content = None
            except ValidationError:
                # Damaged or edited in the vault: a proof without it would hide that.
                raise IntegrityFailure(message_id="error-replay-export-refused-evidence") from None
            src.evidence[eid] = EvidenceFile(info, content, evidence_events.get(eid))
        _signed_how(db, src)
    return sources


def _signed_how(db: Database, src: RequestSource) -> None:
    """A typed name is listed as what it is, never as a drawing (signing_method.py)."""
    roles = src.evidence_roles
    pairs = (
        {
            int(r[0]): int(r[1])
            for r in db.query(
                "SELECT signature_evidence_id, strokes_evidence_id FROM signing_sessions "
                f"WHERE signature_evidence_id IN ({','.join('?' * len(roles))})",
                list(roles),
            )
        }
        if roles
        else {}
    )
    src.signed_how = signing_method.by_picture(
        pairs, {e: f.content for e, f in src.evidence.items()}
    )
    for eid, how in src.signed_how.items():
        if how and eid in roles:
            roles[eid] = (
                signing_method.ROLE_TYPED_PICTURE
                if roles[eid] == "handtekening"
                else signing_method.ROLE_TYPED_RECORD
            )


def _source(ctx: Context, request: ConsentRequest, items: Iterable[ConsentItem]) -> RequestSource:
    db = ctx.db
    youth, reps = repo.youth_with_reps(db, request.youth_id)
    policy = ctx.policy()
    now = ctx.clock.now()
    then = LoggedHistory(db, youth.id, now, reps)  # who held gezag when, as the desk's
    sharing = Sharing(ctx)
    disclosures = sharing.disclosures(youth.id)
    texts: dict[int, dict[str, tuple[str, str]]] = {}
    for r in db.query(
        "SELECT t.item_id, t.language, t.text, t.text_sha256 FROM item_texts t "
        "JOIN consent_items i ON i.id = t.item_id WHERE i.request_id = ? "
        "ORDER BY t.item_id, t.language",
        (request.id,),
    ):
        texts.setdefault(int(r[0]), {})[str(r[1])] = (str(r[2]), str(r[3]))
    languages = {
        int(r[0]): str(r[1])
        for r in db.query(
            "SELECT d.id, coalesce(d.language, ?) FROM decisions d "
            "JOIN consent_items i ON i.id = d.item_id WHERE i.request_id = ?",
            (request.language, request.id),
        )
    }
    out = []
    for item in items:
        # The rows as recorded are printed (held against the log's events); the status is
        # the rules' on the moments they judge by, as the desk's (a withdrawal dated ahead by
        # a clock put right counts from the correction: repo.judged_history, s21).
        h = repo.item_histories(db, "s.item_id = ?", (item.id,))[0]
        j = repo.judged_history(db, h)
        status = item_status(
            j.facts, youth, reps, policy, j.decisions, j.withdrawals, j.actions, now, then
        )
        mine = tuple(sorted((d for d in disclosures if d.item_id == item.id), key=_at))
        item_texts = {request.language: (item.text, item.text_sha256)}
        for lang, value in texts.get(item.id, {}).items():
            item_texts.setdefault(lang, value)
        out.append(
            ItemSource(
                item,
                status,
                h.decisions,
                h.withdrawals,
                h.actions,
                mine,
                (),
                item_texts,
                {d.id: languages.get(d.id, request.language) for d in h.decisions},
                {d.id: judged_moment(db, "disclosure", d.id, d.disclosed_at) for d in mine},
                tuple(w.withdrawn_at for w in j.withdrawals),
            )
        )
    people: dict[SignerRef, tuple[str, str]] = {
        SignerRef(SignerKind.YOUTH, youth.id): (youth.display_name, ROLE_LABELS["youth"])
    }
    for r in db.query("SELECT id, name, role FROM representatives WHERE youth_id = ?", (youth.id,)):
        people[SignerRef(SignerKind.REPRESENTATIVE, int(r[0]))] = (r[1], ROLE_LABELS[r[2]])
    workers = {int(r[0]): str(r[1]) for r in db.query("SELECT id, name FROM workers")}
    recipients = {
        int(r[0]): repo.recipient_from_row(r)
        for r in db.query(f"SELECT {repo.RECIPIENT_COLS} FROM recipients")
    }
    categories = {
        int(r[0]): repo.category_from_row(r)
        for r in db.query(f"SELECT {repo.CATEGORY_COLS} FROM data_categories")
    }
    pairs = {(s.item.recipient.id, s.item.purpose.id) for s in out}
    other = tuple(
        sorted(
            (
                d
                for d in disclosures
                if d.item_id is None and (d.recipient_id, d.purpose_id) in pairs
            ),
            key=_at,
        )
    )
    return RequestSource(
        ctx.organisation,
        ctx.meta("vault_id") or "",
        request,
        youth,
        tuple(out),
        people,
        workers,
        recipients,
        categories,
        other_basis=other,
        overrides=override_details(db, [d.id for d in other]),
    )


def override_details(db: Database, disclosure_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """disclosure id → the override recorded with it (ground, informed, confirmed); the
    written reasons are personal and stay in the PDF, not in machine-readable files."""
    out: dict[int, dict[str, Any]] = {}
    for r in _rows_in(
        db,
        "SELECT disclosure_id, is_override, ground, informed, confirmed_at "
        "FROM disclosure_overrides WHERE disclosure_id IN",
        list(disclosure_ids),
    ):
        out[int(r[0])] = {
            "override": bool(r[1]),
            "ground": r[2],
            "informed": str(r[3]),
            "confirmed_at": r[4],
        }
    return out


def item_evidence(src: RequestSource, s: ItemSource) -> list[int]:
    """The evidence behind one item: its decisions' and withdrawals' own, then the request's
    (messages sent, tablet strokes, screenshots, scans)."""
    return list(dict.fromkeys([*_evidence_ids([s]), *src.evidence_roles]))


def request_evidence(db: Database, request_id: int) -> dict[int, str]:
    """Evidence of a request that no decision row points at: every message sent for it (the
    exact e-mail or QR record), the tablet's signature image and strokes, and linked evidence
    (the screenshot beside an app message). Evidence id → role."""
    out: dict[int, str] = {}
    for r in db.query(
        "SELECT evidence_id, kind FROM remote_messages WHERE request_id = ? "
        "AND evidence_id IS NOT NULL ORDER BY id",
        (request_id,),
    ):
        out[int(r[0])] = "verzonden-herinnering" if r[1] == "reminder" else "verzonden-verzoek"
    for r in db.query(
        "SELECT signature_evidence_id, strokes_evidence_id FROM signing_sessions "
        "WHERE request_id = ? ORDER BY id",
        (request_id,),
    ):
        out[int(r[0])] = "handtekening"
        out[int(r[1])] = "handtekening-lijnen"
    # A withdrawal signed at the tablet: its picture is the withdrawal's evidence, and its
    # strokes record (which says whether it was drawn or a typed name) travels with it.
    for r in db.query(
        "SELECT signature_evidence_id, strokes_evidence_id FROM signing_sessions "
        "WHERE kind = 'withdrawal' AND signature_evidence_id IN (SELECT w.evidence_id FROM "
        "withdrawals w JOIN consent_items i ON i.id = w.item_id WHERE i.request_id = ?) "
        "ORDER BY id",
        (request_id,),
    ):
        out[int(r[0])] = "handtekening"
        out[int(r[1])] = "handtekening-lijnen"
    for r in db.query(
        "SELECT evidence_id, role FROM evidence_links WHERE request_id = ? ORDER BY evidence_id",
        (request_id,),
    ):
        out[int(r[0])] = {"screenshot": "schermafdruk", "scan": "scan"}.get(str(r[1]), "bijlage")
    return out


def _request_events(ctx: Context, request_id: int) -> tuple[EventRecord, ...]:
    marks = ",".join("?" * len(REQUEST_EVENT_KINDS))
    seqs = [
        int(r[0])
        for r in ctx.db.query(
            "SELECT s.seq FROM event_subjects s JOIN events e ON e.seq = s.seq "
            f"WHERE s.subject = 'request' AND s.subject_id = ? AND e.kind IN ({marks}) "
            "UNION SELECT s.seq FROM event_subjects s JOIN events e ON e.seq = s.seq "
            "WHERE s.subject = 'item' AND e.kind = 'signing.completed' AND s.subject_id IN "
            "(SELECT id FROM consent_items WHERE request_id = ?) ORDER BY 1",
            (request_id, *REQUEST_EVENT_KINDS, request_id),
        )
    ]
    return tuple(event_record(ctx, seq) for seq in seqs)


def _worker_events(ctx: Context, workers: set[int]) -> dict[int, tuple[EventRecord, bytes]]:
    """Each worker's worker.added with the salt of its name (a worker has one; its name never
    changes). A worker whose event commits to no name (or lost its salt) is left out: the
    package then says that name is not proven."""
    out: dict[int, tuple[EventRecord, bytes]] = {}
    for row in ctx.db.query(
        "SELECT seq, body FROM events WHERE kind = 'worker.added' ORDER BY seq"
    ):
        seq, body = row[0], row[1]
        data = json.loads(bytes(body))["data"]
        wid = data.get("worker")
        if wid not in workers or wid in out or "pd" not in data:
            continue
        salt = ctx.db.scalar("SELECT salt FROM event_salts WHERE seq = ?", (int(seq),))
        if salt is not None:
            out[int(wid)] = (event_record(ctx, int(seq)), bytes(salt))
    return out


def _correction_seqs(db: Database) -> list[int]:
    """The log's clock corrections (few: one per clock put right), for clock_fixes.py."""
    return [seq for seq, _at in corrections(db).found]


def _at(d: Disclosure) -> str:
    return d.disclosed_at.isoformat()


def _evidence_ids(items: Iterable[ItemSource]) -> list[int]:
    ids: dict[int, None] = {}
    for s in items:
        for d in s.decisions:
            if d.evidence_id is not None:
                ids.setdefault(d.evidence_id, None)
        for w in s.withdrawals:
            if w.evidence_id is not None:
                ids.setdefault(w.evidence_id, None)
    return list(ids)


def _first_seq(ctx: Context, sources: Sequence[RequestSource]) -> int:
    """The earliest `request.created` among the sources: nothing about their items can come
    before it, so the Python pass over the log may start there. The code is unique and sits
    in the canonical body as "code":"TS-…", which SQLite finds without parsing JSON."""
    first = None
    for src in sources:
        seq = ctx.db.scalar(
            "SELECT min(seq) FROM events WHERE kind = 'request.created' AND instr(body, ?) > 0",
            (f'"code":"{src.request.reference_code}"'.encode(),),
        )
        if seq is not None:
            first = int(seq) if first is None else min(first, int(seq))
    return first or 1


def _indexed_events(
    ctx: Context, items: set[int], evidence_ids: set[int]
) -> tuple[dict[int, list[EventRecord]], dict[int, EventRecord]] | None:
    """Through `event_subjects` (schema ≥ 11): index walks instead of a pass over the log."""
    db = ctx.db
    if not db.scalar("SELECT 1 FROM sqlite_master WHERE name = 'event_subjects'"):
        return None
    kinds = set(ITEM_EVENT_KINDS)
    seqs: set[int] = set()
    requests: set[int] = set()
    wanted = sorted(items)
    requests.update(
        int(r[0])
        for r in _rows_in(db, "SELECT DISTINCT request_id FROM consent_items WHERE id IN", wanted)
    )
    for subject, ids in (
        ("item", wanted),
        ("request", sorted(requests)),
        ("evidence", sorted(evidence_ids)),
    ):
        seqs.update(
            int(r[0])
            for r in _rows_in(
                db,
                "SELECT seq FROM event_subjects WHERE subject = ? AND subject_id IN",
                ids,
                subject,
            )
        )
    ordered = sorted(seqs)
    prevs = _prev_hashes(ctx, ordered)
    by_item: dict[int, list[EventRecord]] = {}
    evidence: dict[int, EventRecord] = {}
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        for r in db.query(
            "SELECT seq, at, kind, body, hash FROM events WHERE seq IN "
            f"({','.join('?' * len(chunk))}) ORDER BY seq",
            chunk,
        ):
            seq, kind, body = int(r[0]), str(r[2]), bytes(r[3])
            record = EventRecord(seq, str(r[1]), kind, body, bytes(r[4]), prevs[seq])
            data = json.loads(body)["data"]
            if kind == "evidence.added":
                evidence[int(data["evidence"])] = record
            elif kind in kinds:
                for item_id in item_ids_in(kind, data) & items:
                    by_item.setdefault(item_id, []).append(record)
    return by_item, evidence


def _events(
    ctx: Context, items: set[int], first_seq: int, evidence_ids: set[int]
) -> tuple[dict[int, list[EventRecord]], dict[int, EventRecord]]:
    indexed = _indexed_events(ctx, items, evidence_ids)
    if indexed is not None:
        return indexed
    db = ctx.db
    kinds = (*ITEM_EVENT_KINDS, "evidence.added")
    marks = ",".join("?" * len(kinds))
    by_item: dict[int, list[EventRecord]] = {}
    evidence: dict[int, EventRecord] = {}
    rows: list[tuple[int, str, str, bytes, bytes, set[int], int | None]] = []
    for r in db.iterate(
        f"SELECT seq, at, kind, body, hash FROM events WHERE kind IN ({marks}) AND "
        "(seq >= ? OR kind = 'evidence.added') ORDER BY seq",
        (*kinds, first_seq),
    ):
        kind, body = str(r[2]), bytes(r[3])
        data = json.loads(body)["data"]
        if kind == "evidence.added":
            rows.append(
                (int(r[0]), str(r[1]), kind, body, bytes(r[4]), set(), int(data["evidence"]))
            )
            continue
        hit = item_ids_in(kind, data) & items
        if hit:
            rows.append((int(r[0]), str(r[1]), kind, body, bytes(r[4]), hit, None))
    prevs = _prev_hashes(ctx, [row[0] for row in rows])
    for seq, at, kind, body, digest, hit, eid in rows:
        record = EventRecord(seq, at, kind, body, digest, prevs[seq])
        if eid is not None:
            evidence[eid] = record
        for item_id in hit:
            by_item.setdefault(item_id, []).append(record)
    return by_item, evidence


def _prev_hashes(ctx: Context, seqs: list[int]) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    wanted = sorted({s - 1 for s in seqs if s > 1})
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for r in ctx.db.query(
            f"SELECT seq, hash FROM events WHERE seq IN ({','.join('?' * len(chunk))})", chunk
        ):
            out[int(r[0]) + 1] = bytes(r[1])
    for s in seqs:
        out.setdefault(s, GENESIS)
    return out


def event_record(ctx: Context, seq: int) -> EventRecord:
    r = ctx.db.query_one("SELECT seq, at, kind, body, hash FROM events WHERE seq = ?", (seq,))
    if r is None:
        raise LookupError(seq)
    return EventRecord(
        int(r[0]), str(r[1]), str(r[2]), bytes(r[3]), bytes(r[4]), _prev_hashes(ctx, [seq])[seq]
    )


def _rows_in(db: Database, sql: str, ids: Sequence[int], *before: object) -> Iterator[Any]:
    """Rows of `sql` + " (?, ?, …)" over `ids`, 500 at a time (SQLite's variable limit),
    with `before` bound ahead of the ids."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        yield from db.query(f"{sql} ({','.join('?' * len(chunk))})", (*before, *chunk))
