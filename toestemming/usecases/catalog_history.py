"""Whether a recipient was active (not closed, merged or renamed) at a past moment.

A sharing recorded late carries its own date. "Mag ik delen?" for that date warns that the
recipient is no longer active only when it was not active *then*: a sharing with the old
gemeente dated before the herindeling is what the consent covered, and a warning about a
successor there sends the worker the wrong way (cases20).

Rebuilt from the log like gezag_history.py (one reader: Catalog.recipient_active_on asks it too).
A "ja" to a part for a recipient that was no longer active on its date is refused."""

from __future__ import annotations

import json
from datetime import datetime

from ..clock import to_iso
from ..errors import RuleViolation
from ..event_seek import corrections
from ..model import ConsentItem
from ..store import repo
from ..store.db import Database
from .gezag_history import events_after

ACTIVE_KIND = "recipient.active"


def recipient_active_at(
    db: Database, recipient_id: int, moment: datetime, now: datetime, today: bool | None = None
) -> bool:
    """The recipient's `active` flag at `moment` (today's for a moment from now on): the value of
    the last `recipient.active` event at or before it (read from the body, not the kind column),
    else active as made. An event's moment is its date, or a later clock correction's when that
    is earlier (event_seek), as gezag_history reads gezag on a past day. Read forward from the
    start, not as "the opposite of the next change": versions before session 18 logged a switch
    to the state a recipient already had. `today`: today's flag when the caller read it already
    (None: read it here; a recipient that does not exist is refused either way)."""
    current = repo.recipient_is_active(db, recipient_id) if today is None else today
    if moment >= now:
        return current
    # The common case costs only the log since the moment (event_seek): no switch of this
    # recipient after it → today's flag. Only when there was one is the whole log read.
    if not any(
        int(data.get("recipient", -1)) == recipient_id
        for data in events_after(db, ACTIVE_KIND, moment)
    ):
        return current
    at, found, active = to_iso(moment), corrections(db), True
    for seq, when, body in db.query(
        "SELECT seq, at, body FROM events WHERE kind = ? ORDER BY seq", (ACTIVE_KIND,)
    ):
        doc = json.loads(bytes(body) if not isinstance(body, str) else body)
        data = doc.get("data") or {}
        if doc.get("kind") != ACTIVE_KIND or int(data.get("recipient", -1)) != recipient_id:
            continue
        if found.moment(int(seq), str(when)) <= at:
            active = bool(data.get("active"))
    return active


def refuse_yes_to_closed(db: Database, item: ConsentItem, moment: datetime, now: datetime) -> None:
    """A "ja" given (or dated) after the item's recipient was set inactive is refused: the
    consent would name an organisation that no longer receives anything, and it is no consent
    for a successor (DOMAIN rule 2: specific, with whom). A new request is never made for an
    inactive recipient (create_request); a "nee" stays possible."""
    if not recipient_active_at(db, item.recipient.id, moment, now):
        raise RuleViolation(
            message_id="error-consent-yes-to-inactive-recipient",
            params={"position": item.position, "recipient": item.recipient.display_name},
        )
