"""Which requests handed out by e-mail, app or QR code still wait for an answer
(Remote.pending): every mail check and the worklists ask it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..capture.settings import RemoteSettings
from ..clock import from_iso, local_date
from ..event_seek import judged_expiry
from ..model import ItemStatus
from .consent import Consents
from .context import Context
from .gezag_history import reading_once


@dataclass(frozen=True)
class PendingRemote:
    request_id: int
    youth_id: int
    reference_code: str
    first_sent_at: datetime
    last_sent_at: datetime
    age_days: int
    reminders: int
    expires_on: date
    reminder_due: bool


class Waiting:
    def __init__(self, ctx: Context, consents: Consents) -> None:
        self._ctx = ctx
        self._consents = consents

    def pending(self, settings: RemoteSettings) -> list[PendingRemote]:
        """Remote requests still waiting for an answer, oldest first. Each item is judged
        now (gezag, policy: the log since a day back): read once for all of them (each mail
        check asks this; a vault written today was scanned whole twice per item)."""
        with reading_once():
            return self._pending(settings)

    def _pending(self, settings: RemoteSettings) -> list[PendingRemote]:
        now = self._ctx.clock.now()
        today = self._ctx.clock.today()
        rows = self._ctx.db.query(
            "SELECT m.request_id, r.youth_id, r.reference_code, min(m.sent_at), max(m.sent_at), "
            "sum(CASE WHEN m.kind = 'reminder' THEN 1 ELSE 0 END), e.expired_at "
            "FROM remote_messages m JOIN consent_requests r ON r.id = m.request_id "
            "LEFT JOIN remote_expiries e ON e.request_id = m.request_id "
            "GROUP BY m.request_id, r.youth_id, r.reference_code, e.expired_at "
            "ORDER BY min(m.sent_at)"
        )
        out = []
        for r in rows:
            # An expiry written by a clock that ran ahead, before the request was really due,
            # counts from its due date (event_seek.judged_expiry; s23): waiting until then.
            if (
                r[6] is not None
                and judged_expiry(self._ctx.db, int(r[0]), from_iso(str(r[6]))) <= now
            ):
                continue
            request = self._consents.request(int(r[0]))
            if not any(
                self._consents.item_status(i.id, now).status == ItemStatus.REQUESTED
                for i in request.items
            ):
                continue
            first, last = from_iso(r[3]), from_iso(r[4])
            age = (today - local_date(first)).days
            since_last = (today - local_date(last)).days
            out.append(
                PendingRemote(
                    request_id=int(r[0]),
                    youth_id=int(r[1]),
                    reference_code=r[2],
                    first_sent_at=first,
                    last_sent_at=last,
                    age_days=age,
                    reminders=int(r[5] or 0),
                    expires_on=local_date(first) + timedelta(days=settings.expiry_days),
                    reminder_due=since_last >= settings.reminder_after_days,
                )
            )
        return out
