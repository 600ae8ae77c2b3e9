"""The start screen's worklists: what needs the worker's attention today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..clock import from_iso, local_date
from ..errors import Phrase
from ..event_seek import judged_moment
from ..language import SOURCE
from ..model import ItemStatus, Representative, StatusInfo, Youth
from ..rules import (
    AGE_OF_CONSENT,
    DeciderRequirement,
    decider_change,
    item_status,
    who_must_decide,
)
from ..store import repo
from ..store.people_batch import youths_with_reps_of_items
from ..words import count_form
from .context import Context
from .gezag_history import LoggedHistory, reading_once, representatives_at
from .text_drift import drift_of


@dataclass(frozen=True)
class WorkItem:
    youth_id: int
    request_id: int
    item_id: int | None
    reference_code: str
    status: StatusInfo | None
    why: Phrase  # one line, no names (the UI joins the youth's name itself)
    days: int  # age of the request, or days left

    @property
    def detail(self) -> str:
        """The line in Dutch; the desk renders `why` in the worker's language."""
        return self.why.text_in(SOURCE)


# Valid items with no withdrawal and no action on them: where an open request can be.
_OPEN = (
    "s.valid_until >= ? AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.item_id = s.item_id) "
    "AND NOT EXISTS (SELECT 1 FROM item_actions a WHERE a.item_id = s.item_id)"
)


@dataclass(frozen=True)
class OpenRequests:
    """Both worklists of the open requests, judged in one scan (Worklists.open_requests)."""

    pending: list[WorkItem]  # per request, oldest first
    decider_changed: list[WorkItem]  # per item


class Worklists:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        # Item histories parsed by earlier scans, by their stored row (repo._parsed_once).
        self._parsed: dict[tuple[object, ...], repo.ItemHistory] = {}

    def _statuses(
        self,
        where: str,
        params: tuple[object, ...],
        people: dict[int, tuple[Youth, list[Representative]]] | None = None,
    ) -> list[tuple[repo.ItemHistory, StatusInfo]]:
        """Each item's status; `people` (filled here) keeps the youths read for a caller."""
        db = self._ctx.db
        now = self._ctx.clock.now()
        policy = self._ctx.policy()
        people = {} if people is None else people
        then: dict[int, LoggedHistory] = {}  # who held gezag when, per youth (cases27)
        out = []
        with reading_once():
            histories = repo.item_histories(db, where, params, judged=True, parsed=self._parsed)
            if histories:
                people.update(youths_with_reps_of_items(db, where, params))
            for h in histories:
                if h.youth_id not in people:
                    people[h.youth_id] = repo.youth_with_reps(db, h.youth_id)
                youth, reps = people[h.youth_id]
                history = then.setdefault(h.youth_id, LoggedHistory(db, h.youth_id, now, reps))
                st = item_status(
                    h.facts,
                    youth,
                    reps,
                    policy,
                    h.decisions,
                    h.withdrawals,
                    h.actions,
                    now,
                    history,
                )
                out.append((h, st))
        return out

    def open_requests(self) -> OpenRequests:
        """The two lists of the open requested items from one status scan: the Vandaag
        panel shows both after every commit, on the GUI thread (fixtoday, review33)."""
        today = self._ctx.clock.today()
        people: dict[int, tuple[Youth, list[Representative]]] = {}
        requested = self._requested(today, people)
        return OpenRequests(
            _pending(requested, today), self._decider_changed(requested, today, people)
        )

    def pending_requests(self) -> list[WorkItem]:
        today = self._ctx.clock.today()
        return _pending(self._requested(today, {}), today)

    def _requested(
        self, today: date, people: dict[int, tuple[Youth, list[Representative]]]
    ) -> list[tuple[repo.ItemHistory, StatusInfo]]:
        """Valid items still 'gevraagd': not withdrawn, no action on them, no answer that
        settles them (the rules judge: rules.item_status)."""
        rows = self._statuses(_OPEN, (today.isoformat(),), people)
        return [(h, st) for h, st in rows if st.status == ItemStatus.REQUESTED]

    def expiring_within(self, days: int = 30) -> list[WorkItem]:
        today = self._ctx.clock.today()
        until = today + timedelta(days=days)
        rows = self._statuses(
            "s.valid_until >= ? AND s.valid_until <= ?", (today.isoformat(), until.isoformat())
        )
        return [
            WorkItem(
                h.youth_id,
                h.request_id,
                h.facts.item_id,
                h.reference_code,
                st,
                Phrase(
                    "worklist-expires",
                    {"position": h.position, "date": f"{h.facts.valid_until:%d-%m-%Y}"},
                ),
                (h.facts.valid_until - today).days,
            )
            for h, st in rows
            if st.status == ItemStatus.GIVEN
        ]

    def needs_reconfirmation(self) -> list[WorkItem]:
        today = self._ctx.clock.today()
        cutoff = _years_before(today, AGE_OF_CONSENT)
        rows = self._statuses(
            "s.valid_until >= ? AND s.youth_id IN (SELECT id FROM youths WHERE birth_date <= ? "
            "AND erased_at IS NULL) AND (EXISTS (SELECT 1 FROM decisions d WHERE d.item_id = s.item_id "
            "AND d.signer_kind = 'representative') OR s.youth_id IN "
            "(SELECT id FROM youths WHERE protection != 'none'))",
            (today.isoformat(), cutoff.isoformat()),
        )
        return [
            WorkItem(
                h.youth_id,
                h.request_id,
                h.facts.item_id,
                h.reference_code,
                st,
                Phrase(
                    "worklist-reconfirm",
                    {
                        "position": h.position,
                        "reason": st.why or Phrase("error-text", {"text": st.reason}),
                    },
                ),
                0,
            )
            for h, st in rows
            if st.needs_reconfirmation
        ]

    def decider_changed(self) -> list[WorkItem]:
        """Open items asked of someone who no longer decides: the youth turned 16 (on the
        clock's date) or gezag moved since the request was made — also where the former
        holders' yes was used (rules._former_yes). Their answer, or their silence, no longer
        settles it: ask whoever decides now (rules.decider_change; cases26)."""
        today = self._ctx.clock.today()
        people: dict[int, tuple[Youth, list[Representative]]] = {}
        return self._decider_changed(self._requested(today, people), today, people)

    def _decider_changed(
        self,
        requested: list[tuple[repo.ItemHistory, StatusInfo]],
        today: date,
        people: dict[int, tuple[Youth, list[Representative]]],
    ) -> list[WorkItem]:
        """decider_changed for the requested items (`people`: the youths already read)."""
        policy = self._ctx.policy()
        db = self._ctx.db
        out = []
        now: dict[int, DeciderRequirement] = {}
        # A request's items were asked at one moment: who decided then is looked up once.
        then: dict[tuple[int, datetime], DeciderRequirement] = {}
        with reading_once():
            for h, st in requested:
                youth, reps = people[h.youth_id]
                if h.youth_id not in now:
                    now[h.youth_id] = who_must_decide(youth, reps, policy, today)
                asked = (h.youth_id, h.facts.created_at)
                if asked not in then:
                    then[asked] = who_must_decide(
                        youth,
                        representatives_at(db, h.youth_id, asked[1]),
                        policy,
                        local_date(asked[1]),
                    )
                change = decider_change(then[asked], now[h.youth_id])
                if change is None:
                    continue
                why = Phrase("worklist-decider-changed", {"position": h.position, "reason": change})
                out.append(
                    WorkItem(
                        h.youth_id, h.request_id, h.facts.item_id, h.reference_code, st, why, 0
                    )
                )
        return out

    def text_changed(self) -> list[WorkItem]:
        """Given items whose purpose text has since changed materially (text drift): what
        the person agreed to is no longer what we would ask — ask again."""
        db = self._ctx.db
        today = self._ctx.clock.today()
        rows = self._statuses(
            "s.valid_until >= ? AND s.item_id IN (SELECT i.id FROM consent_items i "
            "JOIN purpose_versions shown ON shown.id = i.purpose_version_id "
            "JOIN purpose_versions later ON later.purpose_id = shown.purpose_id "
            "AND later.language = shown.language AND later.version > shown.version "
            "WHERE later.material = 1)",
            (today.isoformat(),),
        )
        out = []
        for h, st in rows:
            if st.status != ItemStatus.GIVEN:
                continue
            version = db.scalar(
                "SELECT purpose_version_id FROM consent_items WHERE id = ?", (h.facts.item_id,)
            )
            drift = drift_of(db, int(version))
            if drift is None or not drift.material:
                continue
            out.append(
                WorkItem(
                    h.youth_id,
                    h.request_id,
                    h.facts.item_id,
                    h.reference_code,
                    st,
                    Phrase(
                        "worklist-text-changed",
                        {
                            "position": h.position,
                            "shown": drift.shown_version,
                            "current": drift.current_version,
                        },
                    ),
                    0,
                )
            )
        return out

    def withdrawals_to_notify(self) -> list[WorkItem]:
        """Withdrawals of data already shared whose recipients are not told yet, oldest
        first. Each is dated and ordered as the rules judge it (core25: a withdrawal recorded
        by a clock that ran ahead, then put right, counts from the correction — it is not
        shown as withdrawn in the future, nor sorted behind later ones)."""
        db = self._ctx.db
        rows = db.query(
            "SELECT w.id, w.item_id, i.youth_id, i.request_id, r.reference_code, i.position, w.withdrawn_at, "
            "count(DISTINCT d.recipient_id) FROM withdrawals w "
            "JOIN consent_items i ON i.id = w.item_id JOIN consent_requests r ON r.id = i.request_id "
            "JOIN disclosures d ON d.item_id = w.item_id "
            "WHERE d.recipient_id NOT IN (SELECT recipient_id FROM withdrawal_notifications n "
            "WHERE n.withdrawal_id = w.id) GROUP BY w.id, w.item_id, i.youth_id, i.request_id, "
            "r.reference_code, i.position, w.withdrawn_at ORDER BY w.withdrawn_at, w.id"
        )
        judged = sorted(
            (
                (judged_moment(db, "withdrawal", int(r[0]), from_iso(r[6])), int(r[0]), r)
                for r in rows
            ),
            key=lambda t: (t[0], t[1]),
        )
        today = self._ctx.clock.today()
        return [
            WorkItem(
                int(r[2]),
                int(r[3]),
                int(r[1]),
                r[4],
                None,
                Phrase(
                    "worklist-withdrawn",
                    {"position": r[5], "count": r[7], "form": count_form(int(r[7]))},
                ),
                (today - local_date(at)).days,
            )
            for at, _wid, r in judged
        ]


def _pending(requested: list[tuple[repo.ItemHistory, StatusInfo]], today: date) -> list[WorkItem]:
    """One line per request with an open item, oldest first."""
    by_request: dict[int, WorkItem] = {}
    for h, st in requested:
        if h.request_id in by_request:
            continue
        days = (today - local_date(h.facts.created_at)).days
        by_request[h.request_id] = WorkItem(
            h.youth_id,
            h.request_id,
            None,
            h.reference_code,
            st,
            Phrase("worklist-waiting-today")
            if days == 0
            else Phrase("worklist-waiting-days", {"count": days, "form": count_form(days)}),
            days,
        )
    return sorted(by_request.values(), key=lambda w: -w.days)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return date(day.year - years, 2, 28)
