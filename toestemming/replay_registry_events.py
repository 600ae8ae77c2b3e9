"""What the audit log says the registry tables must hold: youths, representatives,
recipients, data categories, purposes, evidence and the justification of a disclosure without
consent (the event half of replay_registry.py).

These rows decide what a consent means: the birth date and protection decide who must decide,
gezag decides which parents sign, `special` asks for a separate tick, a recipient's legal role
forbids legitimate interest, the evidence is what a proof shows. Each follows from an event:
the row's facts are in the hash-chained body, personal values as a salted commitment.

Events from older versions say less (a recipient before its legal role was logged, a purpose
before `material`): a fact the event does not carry is left as None and then means "as the
program derived it then" or "not compared" (see replay_registry.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from .model import PERSONAL_YOUTH_FIELDS, YOUTH_REF_FLAG
from .replay_events import Origin
from .usecases.retention_hold import HOLD_KIND, read_hold
from .usecases.youth_view_event import VIEW_KIND, read_view_event

T = TypeVar("T")
PERSONAL_YOUTH = PERSONAL_YOUTH_FIELDS


@dataclass(slots=True)
class YouthFacts:
    origin: Origin  # youth.added
    protection: str
    language: str | None  # None: changed since by an update that does not log it
    personal: tuple[int, str | None]  # (seq, commitment) of the latest full personal values
    filled: set[str] = field(default_factory=set)  # fields a merge filled in since
    left: tuple[int, str | None] | None = None  # (seq, commitment of left_at) while left
    erased: Origin | None = None
    # The commitment in `personal` covers the student number too (model.YOUTH_REF_FLAG, since
    # session 19); False: an older event, whose number is not compared.
    ref: bool = False


@dataclass(slots=True)
class RepresentativeFacts:
    origin: Origin
    youth: int
    role: str | None
    has_gezag: bool | None
    gezag_origin: Origin
    ended: Origin | None = None
    merged_from: int | None = None  # moved by a merge, or deleted as the kept record's double
    # (seq, commitment) of the latest name, e-mail and phone (representative.added/.updated)
    personal: tuple[int, str | None] = (0, None)
    # The language mails to them are written in (logged since session 18; None: not known
    # from the log, not compared — an older event, or an update that did not log it).
    language: str | None = None


@dataclass(slots=True)
class RecipientFacts:
    origin: Origin
    name: str | None
    department: str | None
    kind: str | None
    convenant: bool | None
    legal_role: str | None  # None: from before it was logged (migration 14 derived it)
    active: bool = True
    changed: Origin | None = None
    # The salted commitment of e-mail and phone (recipient.added since session 18; None:
    # an older event, whose addresses are not compared).
    contact: str | None = None


@dataclass(frozen=True, slots=True)
class CategoryFacts:
    origin: Origin
    code: str
    name: str | None
    level: str
    special: bool
    description_sha256: str | None = None  # None: an event from before session 18


@dataclass(frozen=True, slots=True)
class PurposeVersionFacts:
    origin: Origin
    purpose: int
    version: int
    language: str | None
    title: str | None
    description_sha256: str | None
    material: bool | None


@dataclass(frozen=True, slots=True)
class EvidenceFacts:
    origin: Origin
    kind: str
    media_type: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class JustificationFacts:
    origin: Origin
    youth: int
    override: bool
    ground: str | None
    informed: str
    confirmed_at: str | None
    commitment: str | None


@dataclass(slots=True)
class WorkerFacts:
    origin: Origin
    slot: str | None
    name: str | None  # the salted commitment of the name (None: an event without one)
    removed: Origin | None = None


@dataclass
class Registry:
    youths: dict[int, YouthFacts] = field(default_factory=dict)
    merged_away: dict[int, Origin] = field(default_factory=dict)  # youth id → youth.merged
    moved: dict[int, tuple[int, int]] = field(default_factory=dict)  # merge seq → (kept, count)
    representatives: dict[int, RepresentativeFacts] = field(default_factory=dict)
    recipients: dict[int, RecipientFacts] = field(default_factory=dict)
    categories: dict[int, CategoryFacts] = field(default_factory=dict)
    purposes: dict[int, tuple[Origin, str]] = field(default_factory=dict)  # id → code
    purpose_versions: dict[int, PurposeVersionFacts] = field(default_factory=dict)
    evidence: dict[int, EvidenceFacts] = field(default_factory=dict)
    justifications: dict[int, JustificationFacts] = field(default_factory=dict)
    links: dict[tuple[int, int], tuple[Origin, str, int | None]] = field(default_factory=dict)
    # signing_sessions id → signing.completed; the remote.sent events (replay_sessions.py).
    sessions: dict[int, tuple[Origin, dict[str, Any]]] = field(default_factory=dict)
    sent: list[tuple[Origin, dict[str, Any]]] = field(default_factory=list)
    forms: dict[int, tuple[Origin, dict[str, Any]]] = field(default_factory=dict)
    objections: dict[int, tuple[Origin, dict[str, Any]]] = field(default_factory=dict)
    legal_duties: dict[int, tuple[Origin, dict[str, Any]]] = field(default_factory=dict)
    qualifications: dict[int, tuple[Origin, dict[str, Any]]] = field(default_factory=dict)
    qualifications_taken_back: dict[int, tuple[Origin, dict[str, Any]]] = field(
        default_factory=dict
    )
    # (entity, id, language) → the last logged text (catalog_texts: a recipient's description,
    # a category's name in another language; "" = none any more) and its event.
    texts: dict[tuple[str, int, str], tuple[Origin, str]] = field(default_factory=dict)
    # worker id → worker.added (origin, slot, name commitment) and worker.removed (or None).
    workers: dict[int, WorkerFacts] = field(default_factory=dict)
    policy: tuple[Origin, dict[str, Any]] | None = None  # the last policy.changed
    # kind → its last event, of the settings that decide something (replay_settings.py)
    settings: dict[str, tuple[Origin, dict[str, Any]]] = field(default_factory=dict)
    created: tuple[Origin, dict[str, Any]] | None = None  # vault.created (the organisation)
    erased_youths: set[int] = field(default_factory=set)
    erasures: dict[int, tuple[Origin, str, dict[str, Any]]] = field(default_factory=dict)
    unreadable: list[int] = field(default_factory=list)
    # Facts of an event about a row no earlier event created (table, id, seq).
    orphans: list[tuple[str, int, int]] = field(default_factory=list)
    # A row an earlier event already created, created again (table, id, seq): the program
    # never gives a number twice (store/fresh_ids.py); an appended event does (s22).
    twice: list[tuple[str, int, int]] = field(default_factory=list)


def _youth_added(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    yid = int(d["youth"])
    facts = YouthFacts(
        o,
        _str(d["protection"]),
        _str(d["language"]),
        (o.seq, _pd(d)),
        ref=d.get(YOUTH_REF_FLAG) is True,
    )
    if yid in r.youths:  # (a merged-away number given again was popped by the merge)
        r.twice.append(("youths", yid, o.seq))
    r.youths[yid] = facts


def _youth_updated(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    y = _youth(r, o, d)
    if y is None:
        return
    y.personal = (o.seq, _pd(d))
    y.filled = set()  # the commitment covers the values as they are now
    y.ref = d.get(YOUTH_REF_FLAG) is True
    if "protection" in d:
        y.protection = str(d["protection"])
    if "language" in d.get("fields", ()):
        y.language = None


def _youth_left(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    y = _youth(r, o, d)
    if y is not None:
        y.left = (o.seq, _pd(d)) if d.get("left") else None


def _youth_erased(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    yid = int(d["youth"])
    r.erased_youths.add(yid)
    summary = {k: v for k, v in d.items() if k not in ("youth", "ground")}
    r.erasures[yid] = (o, str(d["ground"]), summary)
    y = _youth(r, o, d)
    if y is not None:
        y.erased, y.left, y.protection = o, None, "none"
    for rep in r.representatives.values():
        if rep.youth == yid and rep.ended is None:
            rep.ended = o


def _youth_merged(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    keep, drop = int(d["youth"]), int(d["merged"])
    kept = _youth(r, o, d)
    if kept is not None and "pd" in d:  # since session 19: the kept record's values, committed
        kept.personal, kept.filled = (o.seq, _pd(d)), set()
        kept.ref = d.get(YOUTH_REF_FLAG) is True
    elif kept is not None:  # an older merge: the values it filled in were not committed
        kept.filled |= set(d.get("fields", ())) & set(PERSONAL_YOUTH)
        kept.ref = kept.ref and "external_ref" not in d.get("fields", ())
    r.youths.pop(drop, None)
    r.merged_away[drop] = o
    r.moved[o.seq] = (keep, int(d.get("representatives_moved", 0)))
    for rep in r.representatives.values():
        if rep.youth == drop:
            rep.youth, rep.merged_from = keep, o.seq


def _pd(d: dict[str, Any]) -> str:
    """The salted commitment an event of these kinds has always carried (youth.added /
    .updated, a youth.left with a date, representative.added / .updated): without it the
    event is unreadable, never "nothing to compare" — an insider appending one through the
    program's own log would otherwise free the values from the log from then on (s22)."""
    value = d["pd"]
    if not isinstance(value, str):
        raise TypeError("pd")
    return value


def _youth(r: Registry, o: Origin, d: dict[str, Any]) -> YouthFacts | None:
    return _known(r, "youths", r.youths, int(d["youth"]), o)


def _once(r: Registry, table: str, facts: dict[Any, T], key: Any, o: Origin, new: T) -> None:
    """The facts of a row its creating event gives; a number an earlier event already gave is
    noted (`twice`): the program never gives one twice, and an appended second creating event
    would otherwise rewrite what the log says of the existing row (s30, atk30)."""
    if key in facts:
        r.twice.append((table, key, o.seq))
    facts[key] = new


def _known(r: Registry, table: str, facts: dict[int, T], key: int, o: Origin) -> T | None:
    """The facts an earlier event created for this row; None (and noted) without one."""
    found = facts.get(key)
    if found is None:
        r.orphans.append((table, key, o.seq))
    return found


def _rep_added(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    gezag = d["has_gezag"]
    if not isinstance(gezag, bool):  # written as a JSON boolean since the first version
        raise TypeError("has_gezag")
    rid = int(d["representative"])
    facts = RepresentativeFacts(
        o,
        int(d["youth"]),
        _str(d["role"]),
        gezag,
        o,
        personal=(o.seq, _pd(d)),
        language=_opt_str(d.get("language")),
    )
    earlier = r.representatives.get(rid)
    # Before fresh ids (ids23) SQLite gave the number of a double a merge deleted again.
    if earlier is not None and earlier.merged_from is None:
        r.twice.append(("representatives", rid, o.seq))
    r.representatives[rid] = facts


def _str(value: Any) -> str:
    """A text field every event of its kind has carried since the first version."""
    if not isinstance(value, str):
        raise TypeError("text")
    return value


def _rep_updated(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    rep = _rep(r, o, d)
    if rep is not None:
        rep.personal = (o.seq, _pd(d))
        rep.language = _opt_str(d.get("language"))


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def _rep_gezag(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    gezag = d["has_gezag"]
    # A boolean (set_gezag logged its argument as given: 0 or 1 from older callers), never
    # text: "False" would read as yes.
    if gezag not in (True, False) or isinstance(gezag, float):
        raise TypeError("has_gezag")
    rep = _rep(r, o, d)
    if rep is not None:
        rep.has_gezag, rep.gezag_origin = bool(gezag), o


def _rep_ended(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    rep = _rep(r, o, d)
    if rep is not None and rep.ended is None:
        rep.ended = o


def _rep(r: Registry, o: Origin, d: dict[str, Any]) -> RepresentativeFacts | None:
    return _known(r, "representatives", r.representatives, int(d["representative"]), o)


def _recipient_added(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    convenant = d.get("convenant")
    facts = RecipientFacts(
        o,
        d.get("name"),
        d.get("department"),
        d.get("kind"),
        None if convenant is None else bool(convenant),
        d.get("legal_role"),
        contact=d.get("pd"),
    )
    _once(r, "recipients", r.recipients, int(d["recipient"]), o, facts)


def _recipient_changed(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    facts = _known(r, "recipients", r.recipients, int(d["recipient"]), o)
    if facts is None:
        return
    if "legal_role" in d:
        facts.legal_role = str(d["legal_role"])
    if "active" in d:
        facts.active = bool(d["active"])
    facts.changed = o


def _category_added(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    facts = CategoryFacts(
        o,
        str(d["code"]),
        d.get("name"),
        str(d["level"]),
        bool(d["special"]),
        d.get("description_sha256"),
    )
    _once(r, "data_categories", r.categories, int(d["category"]), o, facts)
    if d.get("name_en"):  # (since migration 12; catalog_texts version 1 since 16)
        r.texts[("category", int(d["category"]), "en")] = (o, str(d["name_en"]))


def _category_text(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    """category.translated_name, or category.english_name of a log from before migration 16."""
    language = str(d.get("language", "en"))
    name = d["name"] if "language" in d else d["name_en"]
    r.texts[("category", int(d["category"]), language)] = (o, str(name))


def _recipient_text(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    key = ("recipient", int(d["recipient"]), str(d["language"]))
    r.texts[key] = (o, str(d["description"]))


def _purpose(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    pid = int(d["purpose"])
    if "code" in d:  # purpose.added
        _once(r, "purposes", r.purposes, pid, o, (o, str(d["code"])))
    material = d.get("material", False if "code" in d else None)
    vid = d.get("version_id")
    if vid is not None:
        facts = PurposeVersionFacts(
            o,
            pid,
            int(d.get("version", 1)),
            d.get("language"),
            d.get("title"),
            d.get("description_sha256"),
            None if material is None else bool(material),
        )
        _once(r, "purpose_versions", r.purpose_versions, int(vid), o, facts)


def _evidence_added(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    facts = EvidenceFacts(o, str(d["kind"]), str(d["media_type"]), str(d["sha256"]), int(d["size"]))
    _once(r, "evidence", r.evidence, int(d["evidence"]), o, facts)


def _justified(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    facts = JustificationFacts(
        o,
        int(d["youth"]),
        bool(d["override"]),
        d.get("ground"),
        str(d["informed"]),
        d.get("confirmed_at"),
        d.get("pd"),
    )
    _once(r, "disclosure_overrides", r.justifications, int(d["disclosure"]), o, facts)


def _linked(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    parent = d.get("parent")
    key = (int(d["evidence"]), int(d["request"]))
    if key in r.links:  # (linked to another request: the row's own link is compared)
        r.twice.append(("evidence_links", key[0], o.seq))
    r.links[key] = (o, str(d["role"]), None if parent is None else int(parent))


def _signed(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    _once(r, "signing_sessions", r.sessions, int(d["session"]), o, (o, d))


def _sent(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    # Every remote.sent this program wrote names its Message-ID (a QR code's own too): one
    # without is unreadable, never "not comparable" for every sent message (s30, atk30).
    if not isinstance(d["message_id"], str):
        raise TypeError("message_id")
    r.sent.append((o, d))


def _form_saved(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    fid = int(d["form"])
    earlier = r.forms.get(fid)
    if earlier is not None and earlier[1].get("youth") in r.erased_youths:
        # Before fresh ids (ids23) an erasure's deleted form left its number free for the next.
        del r.forms[fid]
    _once(r, "transition_forms", r.forms, fid, o, (o, d))


def _created(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    r.created = (o, dict(d))


def _objected(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    _once(r, "objections", r.objections, int(d["objection"]), o, (o, d))


def _legal_duty(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    r.legal_duties[int(d["purpose"])] = (o, d)


def _qualification(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    _once(r, "youth_qualifications", r.qualifications, int(d["qualification"]), o, (o, d))


def _qualification_taken_back(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    taken_back = r.qualifications_taken_back
    _once(r, "youth_qualification_withdrawals", taken_back, int(d["withdrawal"]), o, (o, d))


def _worker_added(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    slot = d.get("slot")
    facts = WorkerFacts(o, None if slot is None else str(slot), d.get("pd"))
    _once(r, "workers", r.workers, int(d["worker"]), o, facts)


def _worker_removed(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    worker = _known(r, "workers", r.workers, int(d["worker"]), o)
    if worker is not None:
        worker.removed = o


def _held(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    """A dispute's hold (no table): only read strictly — one the program never writes is
    named unreadable (review24; retention_hold.read_hold). The program holds (or releases) only
    the record of a youth that is there and not erased (Retention._set_hold): a hold on a youth
    no event made is named as such, one after the youth's erasure as unreadable (s25: both
    showed on the Vandaag list as a dispute to keep)."""
    youth, _opened, _dispute = read_hold(d)
    facts = _known(r, "youths", r.youths, youth, o)
    if facts is not None and facts.erased is not None:
        raise ValueError("a hold on an erased record")


def _view_heard(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    """The young person's view (no table, youth_views.py): read strictly, and only about a
    youth that is there and not erased."""
    youth, _request, _views, _channel, _at = read_view_event(d)
    facts = _known(r, "youths", r.youths, youth, o)
    if facts is not None and facts.erased is not None:
        raise ValueError("a view of an erased record")


# The settings whose saves are logged and that decide something (replay_settings.py): event
# kind → (its numbers, its yes/no fields). The remote settings' addresses and contact line
# only say where a reply goes; the backup folder is committed ("pd"), being a path.
SETTING_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "remote.settings_changed": (("expiry_days", "reminder_after_days"), ()),
    "backup.policy_changed": (("warn_after_days", "keep"), ()),
    "backup.folder_set": ((), ("set",)),
}


def _policy(r: Registry, o: Origin, d: dict[str, Any]) -> None:
    r.policy = (o, dict(d))


def _setting(r: Registry, o: Origin, d: dict[str, Any], kind: str) -> None:
    """The last save of a setting that decides something: its numbers as JSON numbers and its
    yes/no as a JSON boolean, as the program has always logged them (`keep` since 27-11-2026)."""
    numbers, flags = SETTING_FIELDS[kind]  # (a field older versions did not log: not compared)
    if any(k in d and type(d[k]) is not int for k in numbers) or any(
        type(d[k]) is not bool for k in flags
    ):
        raise TypeError(kind)
    r.settings[kind] = (o, dict(d))


ADD: dict[str, Callable[[Registry, Origin, dict[str, Any]], None]] = {
    "youth.added": _youth_added,
    "youth.updated": _youth_updated,
    "youth.left": _youth_left,
    "youth.erased": _youth_erased,
    "youth.merged": _youth_merged,
    "representative.added": _rep_added,
    "representative.updated": _rep_updated,
    "representative.gezag": _rep_gezag,
    "representative.ended": _rep_ended,
    "recipient.added": _recipient_added,
    "recipient.legal_role": _recipient_changed,
    "recipient.active": _recipient_changed,
    "category.added": _category_added,
    "category.translated_name": _category_text,
    "category.english_name": _category_text,
    "recipient.description": _recipient_text,
    "purpose.added": _purpose,
    "purpose.revised": _purpose,
    "evidence.added": _evidence_added,
    "disclosure.justified": _justified,
    "evidence.linked": _linked,
    "signing.completed": _signed,
    "remote.sent": _sent,
    "transition_form.saved": _form_saved,
    "policy.changed": _policy,
    **{kind: partial(_setting, kind=kind) for kind in SETTING_FIELDS},
    HOLD_KIND: _held,
    VIEW_KIND: _view_heard,
    "worker.added": _worker_added,
    "worker.removed": _worker_removed,
    "vault.created": _created,
    "objection.recorded": _objected,
    "purpose.legal_duty": _legal_duty,
    "youth.startkwalificatie": _qualification,
    "youth.startkwalificatie_withdrawn": _qualification_taken_back,
}
KIND_BYTES = {k.encode(): k for k in ADD}


def add(registry: Registry, kind: str, origin: Origin, data: dict[str, Any]) -> None:
    try:
        ADD[kind](registry, origin, data)
    except (ValueError, KeyError, TypeError, AttributeError):
        registry.unreadable.append(origin.seq)
