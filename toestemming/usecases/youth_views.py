"""The young person's own view where others decide ("de mening van de jongere").

DOMAIN rule 3: under 16 the parents with gezag (or the voogd) decide, and the young person is
still informed and asked for their view; 18+ under curatele or mentorschap the curator or mentor
decides. Until session 21 the desk told the worker so ("de jongere wordt wel ... naar zijn of
haar mening gevraagd") but had nowhere to write down what the young person said.

A view is its own record, never a decision: it does not count as consent or refusal, it changes
no item's status and no "Mag ik delen?" answer. It is shown beside the parents' decisions
(inzage: in the item's history; transitieformulier: on the young person's own line). Only where
the young person does not decide themself on the day they were heard: from 16, or where the
organisation lets 12–15-year-olds co-decide, their answer is a decision and is recorded as one.

It lives in the hash-chained log only (`youth.view_heard`; no table, no migration), like a
dispute's hold: ids and a fixed choice per item, never free text — the log holds no personal
values. Appended, never edited: a later view on the same item stands beside the earlier one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from weakref import WeakKeyDictionary

from .. import validation
from ..clock import LOCAL_TZ, local_date, to_iso
from ..errors import NotFoundError, Phrase, RuleViolation, ValidationError
from ..model import (
    CHANNEL_LABELS,
    Channel,
    ConsentRequest,
    Representative,
    SignerRef,
    Youth,
)
from ..replay_report import Disagreement, ReplayReport
from ..rules import AGE_OF_CONSENT, CHILD_SIGNS_FROM, Regime, who_must_decide
from ..store import repo
from ..store.db import Database
from ..store.turns import one_turn
from .consent_input import as_past_moment, parse_channel
from .context import Context
from .gezag_history import representatives_then
from .policy_history import policy_at
from .youth_view_event import VIEW_KIND, VIEW_WORDS, YouthView, read_view_event


@dataclass(frozen=True)
class HeardView:
    seq: int  # the event
    youth_id: int
    request_id: int
    item_id: int
    view: YouthView
    channel: Channel
    heard_at: datetime
    worker_id: int | None


def heard_views(db: Database, youth_id: int) -> list[HeardView]:
    """Every view of this youth on record, oldest first (events the program never writes are
    left out here; `check` names them)."""
    return [
        HeardView(seq, youth, request, item, view, channel, heard_at, worker)
        for seq, worker, (youth, request, views, channel, heard_at) in _view_events(db)
        if youth == youth_id
        for item, view in views
    ]


# The views live in the log only, and the events have no index by kind: each reading is a scan
# of the whole log (a 10k-youth vault: ~25 ms). The transitieformulier read it twice per render
# (its views and those out of rule) and again at every preview of an edit (s23 bench: 67 → 115
# ms). Now one scan, kept per database connection while nothing is committed — by this desk or
# another process (Database.change_mark); never inside a transaction, never on a team server.
_Parsed = tuple[int, int, tuple[tuple[int, YouthView], ...], Channel, datetime]
_ViewEvent = tuple[int, int | None, _Parsed]  # seq, worker (actor), the event's data
_read: WeakKeyDictionary[Database, tuple[tuple[int, int, int], list[_ViewEvent]]]
_read = WeakKeyDictionary()


def _view_events(db: Database) -> list[_ViewEvent]:
    """The readable `youth.view_heard` events, oldest first (treat as read-only)."""
    change = db.change_mark()  # (before the scan: a commit during it reads again next time)
    kept = _read.get(db) if change is not None else None
    if kept is not None and kept[0] == change:
        return kept[1]
    out: list[_ViewEvent] = []
    rows = db.query("SELECT seq, actor, body FROM events WHERE kind = ? ORDER BY seq", (VIEW_KIND,))
    for seq, actor, body in rows:
        try:
            doc = json.loads(bytes(body) if not isinstance(body, str) else body)
            youth, request, views, channel, heard_at = read_view_event(doc.get("data"))
        except (ValueError, TypeError, KeyError, AttributeError):
            continue
        worker = int(actor) if actor is not None else None
        out.append((int(seq), worker, (youth, request, tuple(views.items()), channel, heard_at)))
    if change is not None:
        _read[db] = (change, out)
    return out


class YouthViews:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @one_turn
    def record(
        self,
        request_id: int,
        views: Mapping[int, YouthView | str],
        channel: Channel | str,
        heard_at: datetime | None = None,
    ) -> list[HeardView]:
        """Record what the young person said about items of a request others decide on."""
        db = self._ctx.db
        now = self._ctx.clock.now()
        moment = as_past_moment(heard_at, now, "heard_at", "de mening van de jongere")
        how = parse_channel(channel)
        if not views or not isinstance(views, Mapping):  # (a list from a script: no traceback)
            raise ValidationError(message_id="error-youth-view-choose-part", field="views")
        try:
            chosen = {
                validation.positive_id(item, "Onderdeel", "views"): YouthView(view)
                for item, view in views.items()
            }
        except (ValueError, TypeError):
            raise ValidationError(message_id="error-youth-view-unknown", field="views") from None
        with db.transaction():
            request = repo.load_request(db, request_id)
            youth, reps = repo.youth_with_reps(db, request.youth_id)
            if youth.erased:
                raise ValidationError(message_id="error-youth-erased")
            positions = {i.id: i.position for i in request.items}
            if not set(chosen) <= set(positions):
                raise ValidationError(message_id="error-youth-view-other-request", field="views")
            # Judged on the day the young person was heard (a talk before the 16th birthday,
            # written down after it, is still a view; one after it is their decision).
            refused = self._why_not(youth, reps, moment, now)
            if refused is not None:
                raise RuleViolation(message_id=refused.message_id, params=refused.params)
            self._ctx.event(
                VIEW_KIND,
                {
                    "youth": youth.id,
                    "request": request.id,
                    "items": [
                        {"item": item, "view": view.value}
                        for item, view in sorted(chosen.items(), key=lambda kv: positions[kv[0]])
                    ],
                    "channel": how.value,
                    "heard_at": to_iso(moment),
                },
            )
        return [v for v in heard_views(db, youth.id) if v.request_id == request.id][-len(chosen) :]

    def why_not_heard(self, request_id: int, at: datetime | None = None) -> Phrase | None:
        """Why no view can be recorded for this request's youth at `at` (now when None): they
        decide themselves, or are under 8; None when a view can be recorded (the desk asks
        this before it offers the form)."""
        db, now = self._ctx.db, self._ctx.clock.now()
        youth, reps = repo.youth_with_reps(db, repo.load_request(db, request_id).youth_id)
        return self._why_not(youth, reps, at or now, now)

    def may_be_heard(self, youth_id: int) -> bool:
        """Whether a view can be recorded for this youth today (the desk offers the action)."""
        db, now = self._ctx.db, self._ctx.clock.now()
        youth, reps = repo.youth_with_reps(db, youth_id)
        return not youth.erased and self._why_not(youth, reps, now, now) is None

    def _why_not(
        self, youth: Youth, reps: list[Representative], moment: datetime, now: datetime
    ) -> Phrase | None:
        then = representatives_then(self._ctx.db, youth.id, moment, now, reps)
        # The rule for 12–15-year-olds of that day too (review29: today's was used).
        policy = policy_at(self._ctx.db, moment, now, self._ctx.policy())
        req = who_must_decide(youth, then, policy, local_date(moment))
        if SignerRef.youth(youth.id) in req.signers:
            return Phrase("error-youth-view-decides", {"age": req.age})
        if not (req.inform_youth or req.regime == Regime.ADULT_REPRESENTATIVE):
            return Phrase("error-youth-view-too-young", {"age": req.age})
        return None

    def out_of_rule(self) -> ReplayReport:
        """`check`'s part for the views: each one the rules would have refused then."""
        found = tuple(
            Disagreement(f"gebeurtenis {seq}", problem) for seq, problem in out_of_rule(self._ctx)
        )
        return ReplayReport(found, 0, 0)

    def for_youth(self, youth_id: int) -> list[HeardView]:
        repo.get_youth(self._ctx.db, youth_id)
        kept = views_by_item(self._ctx, youth_id).values()
        return sorted((v for vs in kept for v in vs), key=lambda v: v.seq)


def views_by_item(ctx: Context, youth_id: int) -> dict[int, list[HeardView]]:
    """The youth's views per item, oldest first; a view the program would never have
    recorded (the youth decided themself then, or was too young: `out_of_rule`) is left out
    here as well — `check` names it."""
    out: dict[int, list[HeardView]] = {}
    wrong = {seq for seq, _ in out_of_rule(ctx, youth_id)}
    for view in heard_views(ctx.db, youth_id):
        if view.seq not in wrong:
            out.setdefault(view.item_id, []).append(view)
    return out


def out_of_rule(ctx: Context, youth_id: int | None = None) -> list[tuple[int, str]]:
    """(event seq, Dutch: what is wrong) for each view out of rule (`_out_of_rule`)."""
    return [(seq, problem) for seq, _request, problem in _out_of_rule(ctx, youth_id)]


def requests_out_of_rule(ctx: Context, request_ids: Iterable[int]) -> bool:
    """Whether a view out of rule names one of these requests: the request's proof would
    print it as what the young person said (review31: atk27's rule was not asked before a
    proof export, so the insider's view for a 17-year-old went out in bewijs.pdf)."""
    return bool(_out_of_rule(ctx, None, frozenset(request_ids)))


def _out_of_rule(
    ctx: Context, youth_id: int | None, requests: frozenset[int] | None = None
) -> list[tuple[int, int, str]]:
    """(event seq, Dutch: what is wrong) for each readable view the program would have refused
    to record on the day it was heard, judged by the rules that do not depend on a setting the
    organisation may have changed since: 16 or older and deciding themself, or under 8 (atk27:
    an appended view for a 17-year-old printed "zei zelf: ... geen besluit" beside her own
    decision and passed check). Numbers only — never a name or a date."""
    db, now = ctx.db, ctx.clock.now()
    found: list[tuple[int, int, str]] = []
    by_youth: dict[int, tuple[Youth, list[Representative]] | None] = {}
    for view in _readable_views(db, youth_id, requests):
        seq, youth_of, request_of, heard_at = view
        if youth_of not in by_youth:
            try:
                by_youth[youth_of] = repo.youth_with_reps(db, youth_of)
            except NotFoundError:
                by_youth[youth_of] = None  # (no such youth: the registry replay names it)
        known = by_youth[youth_of]
        if known is None or known[0].erased:
            continue
        youth, reps = known
        try:
            then = representatives_then(db, youth.id, heard_at, now, reps)
            req = who_must_decide(youth, then, ctx.policy(), local_date(heard_at))
        except (ValueError, OverflowError):
            found.append(
                (seq, request_of, "mening van de jongere op een moment dat niet te beoordelen is")
            )
            continue
        if req.regime == Regime.YOUTH and req.age >= AGE_OF_CONSENT:
            found.append(
                (
                    seq,
                    request_of,
                    f"mening van de jongere vastgelegd terwijl de jongere ({req.age} jaar) "
                    "toen zelf besliste: de jongere besluit zelf, een mening legt het programma "
                    "dan niet vast",
                )
            )
        elif req.regime != Regime.ADULT_REPRESENTATIVE and req.age < CHILD_SIGNS_FROM:
            found.append(
                (
                    seq,
                    request_of,
                    f"mening van de jongere vastgelegd voor een kind van {req.age} jaar: "
                    "dat legt het programma niet vast",
                )
            )
    return found


def _readable_views(
    db: Database, youth_id: int | None, requests: frozenset[int] | None
) -> list[tuple[int, int, int, datetime]]:
    return [
        (seq, youth, request, heard_at)
        for seq, _worker, (youth, request, _views, _channel, heard_at) in _view_events(db)
        if (youth_id is None or youth == youth_id) and (requests is None or request in requests)
    ]


def view_lines(views: Sequence[HeardView], name: str) -> list[str]:
    """The inzage's history lines for an item: beside the parents' decisions, never one."""
    return [
        f"{v.heard_at.astimezone(LOCAL_TZ):%d-%m-%Y}: {name} (jongere) zei zelf: "
        f"{VIEW_WORDS[v.view]}, {CHANNEL_LABELS[v.channel]}. Dit is de mening van de jongere, "
        "geen besluit: het telt niet als toestemming."
        for v in views
    ]


def view_summary(
    views: Mapping[int, Sequence[HeardView]], request: ConsentRequest, items: Iterable[int]
) -> str:
    """The youth's latest view on these items of a request, for their own line on the
    transitieformulier ("" when none was recorded)."""
    wanted = set(items)
    latest = [
        (i.position, views[i.id][-1]) for i in request.items if i.id in wanted and views.get(i.id)
    ]
    if not latest:
        return ""
    if len({v.view for _, v in latest}) == 1 and len(latest) == len(wanted):
        said = VIEW_WORDS[latest[0][1].view]
    else:
        said = "; ".join(f"onderdeel {p}: {VIEW_WORDS[v.view]}" for p, v in latest)
    when = max(v.heard_at for _, v in latest).astimezone(LOCAL_TZ)
    return f"mening: {said} — {when:%d-%m-%Y} (geen besluit, telt niet als toestemming)"
