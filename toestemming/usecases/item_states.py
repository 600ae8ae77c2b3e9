"""The read side of consent items: an item's status now (or at a moment), every item of a
youth with its status, an item's history from the log. Consents (consent.py) builds on it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..audit import ITEM_EVENT_KINDS, items_named
from ..errors import NotFoundError, RuleViolation
from ..model import Answer, Channel, Decision, ItemStatus, SignerRef, StatusInfo
from ..rules import FINAL_STATUSES, item_status
from ..store import repo
from .context import Context
from .gezag_history import LoggedHistory, representatives_then
from .policy_history import policy_at


@dataclass(frozen=True)
class ItemView:
    item_id: int
    request_id: int
    reference_code: str
    position: int
    purpose_id: int
    recipient_id: int
    category_ids: frozenset[int]
    valid_from: date
    valid_until: date
    status: StatusInfo


class ItemStates:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # -- status ------------------------------------------------------------------------------
    def item_status(self, item_id: int, at: datetime | None = None) -> StatusInfo:
        return self._status(item_id, at)

    def _status(
        self, item_id: int, at: datetime | None, again: tuple[SignerRef, Answer] | None = None
    ) -> StatusInfo:
        """The item's status at `at`; with `again`, as if that signer's answer were written
        at that moment (the latest row: an id after every other)."""
        histories = repo.item_histories(self._ctx.db, "s.item_id = ?", (item_id,), judged=True)
        if not histories:
            raise NotFoundError(message_id="error-consent-part-missing")
        h = histories[0]
        youth, today = repo.youth_with_reps(self._ctx.db, h.youth_id)
        now = self._ctx.clock.now()
        moment = at or now
        # A past moment is judged by who had gezag then (gezag_history.py), and so is a
        # former yes (cases27: `history`).
        reps = representatives_then(self._ctx.db, h.youth_id, moment, now, today)
        history = LoggedHistory(self._ctx.db, h.youth_id, now, today)
        policy = policy_at(self._ctx.db, moment, now, self._ctx.policy())  # and by its rule
        decisions = list(h.decisions)
        if again is not None:
            signer, answer = again
            decisions.append(
                Decision(
                    2**62,
                    item_id,
                    signer,
                    "",
                    answer,
                    moment,
                    now,
                    Channel.DESK,
                    0,
                    None,
                    False,
                    "",
                )
            )
        return item_status(
            h.facts, youth, reps, policy, decisions, h.withdrawals, h.actions, moment, history
        )

    def settles_conflict(
        self, item_id: int, signer: SignerRef, answer: Answer, moment: datetime
    ) -> bool:
        """Whether this signer's answer, the same as their last one, would settle a conflict:
        a former decider's "nee" stands until someone who decides now answers after it
        (rules._former_no_stands, cases24), so the mother who holds gezag alone now says her
        "ja" again on the same request — that is an answer after the "nee", not a repeat
        (review31: "al precies zo beantwoord" sent her to make a new request)."""
        if self._status(item_id, moment).status != ItemStatus.CONFLICTING:
            return False
        return self._status(item_id, moment, (signer, answer)).status != ItemStatus.CONFLICTING

    def items_for_youth(self, youth_id: int, at: datetime | None = None) -> list[ItemView]:
        db = self._ctx.db
        youth, today = repo.youth_with_reps(db, youth_id)
        now = self._ctx.clock.now()
        moment = at or now
        # A past moment: who had gezag then, and the parent rule of then (as item_status).
        reps = representatives_then(db, youth_id, moment, now, today)
        history = LoggedHistory(db, youth_id, now, today)
        policy = policy_at(db, moment, now, self._ctx.policy())
        out = []
        for h in repo.item_histories(
            db, "s.youth_id = ? ORDER BY s.created_at DESC, s.position", (youth_id,), judged=True
        ):
            st = item_status(
                h.facts,
                youth,
                reps,
                policy,
                h.decisions,
                h.withdrawals,
                h.actions,
                moment,
                history,
            )
            out.append(
                ItemView(
                    h.facts.item_id,
                    h.request_id,
                    h.reference_code,
                    h.position,
                    h.purpose_id,
                    h.recipient_id,
                    h.category_ids,
                    h.facts.valid_from,
                    h.facts.valid_until,
                    st,
                )
            )
        return out

    def item_history(self, item_id: int) -> list[dict[str, Any]]:
        """Every event about this item, oldest first (for the youth page and the proof);
        `actor` is the worker who recorded it (None: the program itself, e.g. an expiry)."""
        # event_subjects (migration 11) names the events about this item: an index walk.
        rows = self._ctx.db.query(
            "SELECT seq, at, kind, body, actor FROM events WHERE seq IN ("
            "SELECT seq FROM event_subjects WHERE subject = 'item' AND subject_id = ?1 UNION "
            "SELECT seq FROM event_subjects WHERE subject = 'request' AND subject_id = "
            "(SELECT request_id FROM consent_items WHERE id = ?1)) AND kind IN "
            f"({','.join('?' * len(ITEM_EVENT_KINDS))}) ORDER BY seq",
            (item_id, *ITEM_EVENT_KINDS),
        )
        out = []
        for r in rows:
            data = json.loads(r[3])["data"]
            if item_id in items_named(r[2], data):
                actor = None if r[4] is None else int(r[4])
                out.append(
                    {"seq": int(r[0]), "at": r[1], "kind": r[2], "data": data, "actor": actor}
                )
        return out

    def require_not_terminal(self, item_ids: Sequence[int], moment: datetime) -> None:
        """Refuses (Dutch, naming the item) when an item is already withdrawn, revoked,
        invalidated or superseded at `moment`."""
        for iid in item_ids:
            st = self.item_status(iid, moment)
            if st.status in FINAL_STATUSES:
                h = repo.item_histories(self._ctx.db, "s.item_id = ?", (iid,))[0]
                raise RuleViolation(
                    message_id="error-consent-part-of-request-already-status",
                    params={
                        "position": h.position,
                        "reference_code": h.reference_code,
                        "status": st.status.value,
                    },
                )
