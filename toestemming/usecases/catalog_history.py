"""Whether a recipient was active (not closed, merged or renamed) at a past moment.

A sharing recorded late carries its own date. "Mag ik delen?" for that date warns that the
recipient is no longer active only when it was not active *then*: a sharing with the old
gemeente dated before the herindeling is what the consent covered, and a warning about a
successor there sends the worker the wrong way (cases20).

Rebuilt from the log like gezag_history.py: the state at a moment is the opposite of the first
logged change after it (Catalog.set_recipient_active logs real changes only), else today's.
A "ja" to a part for a recipient that was no longer active on its date is refused."""

from __future__ import annotations

from datetime import datetime

from ..errors import RuleViolation
from ..model import ConsentItem
from ..store import repo
from ..store.db import Database
from .gezag_history import events_after

ACTIVE_KIND = "recipient.active"


def recipient_active_at(db: Database, recipient_id: int, moment: datetime, now: datetime) -> bool:
    """The recipient's `active` flag at `moment` (today's for a moment from now on)."""
    current = repo.get_recipient(db, recipient_id).active
    if moment >= now:
        return current
    for data in events_after(db, ACTIVE_KIND, moment):
        if int(data["recipient"]) == recipient_id:
            return not bool(data["active"])
    return current


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
