"""A representative whose gezag ended while a request waited: why their answer does not count.

DOMAIN.md rule 3: under 16 each parent with gezag, or the voogd, decides — on the date of the
decision. A parent whose gezag a court ended (set_gezag off), or whose representation the
desk ended, no longer decides; their answer written after that moment is refused and nothing
is recorded. Before cases28 the refusal said "afzender onbekend" (mail, app: an ended
representative's address matched nobody) or named who decides now (desk, tablet): the worker
knows this parent and read it as a mistake of the program. Every channel now says the same:
this person holds no gezag since <date>, so their answer cannot count. The moment is the one
gezag_history judges by (registered, ended, the logged gezag changes), so what is refused
here is exactly what the write refuses."""

from __future__ import annotations

from datetime import datetime, timedelta

from ..clock import from_iso, local_date
from ..errors import Phrase, RuleViolation
from ..event_seek import row_moment
from ..model import RepresentativeRole, SignerKind, SignerRef
from ..rules import DeciderRequirement
from ..store.db import Database
from .gezag_history import (
    ADDED_KINDS,
    ENDED_KINDS,
    GEZAG_KIND,
    representatives_at,
    timed_events_after,
)

_JUST_BEFORE = timedelta(microseconds=1)
ENDED = "rules-gezag-ended"
_HOLDER_ROLES = (RepresentativeRole.PARENT, RepresentativeRole.GUARDIAN)


def gezag_lost_at(db: Database, youth_id: int, rep_id: int, moment: datetime) -> datetime | None:
    """When representative `rep_id` of the youth last lost gezag (their representation ended,
    or their gezag was set off) at or before `moment`, if they hold none at `moment`; None
    when they hold it then, never held it, or are no representative of this youth."""
    row = db.query_one(
        "SELECT role, created_at, ended_at FROM representatives WHERE id = ? AND youth_id = ?",
        (rep_id, youth_id),
    )
    if row is None or str(row[0]) not in _HOLDER_ROLES or _holds(db, youth_id, rep_id, moment):
        return None
    key = ("representative", rep_id)
    added = from_iso(row_moment(db, str(row[1]), ADDED_KINDS, key))
    losses = [
        at
        for at, data in timed_events_after(db, GEZAG_KIND, added)
        if int(data["representative"]) == rep_id and not data["has_gezag"] and at <= moment
    ]
    if row[2] is not None:
        ended = from_iso(row_moment(db, str(row[2]), ENDED_KINDS, key))
        if ended <= moment:
            losses.append(ended)
    for at in sorted(losses, reverse=True):
        if _holds(db, youth_id, rep_id, at - _JUST_BEFORE):
            return at
    return None


def gezag_ended(db: Database, youth_id: int, signer: SignerRef, moment: datetime) -> str:
    """The date ("dd-mm-jjjj") since which `signer` — a representative of the youth — holds
    no gezag, when they held it before and not at `moment`; "" otherwise."""
    if signer.kind != SignerKind.REPRESENTATIVE:
        return ""
    lost = gezag_lost_at(db, youth_id, signer.id, moment)
    return "" if lost is None else f"{local_date(lost):%d-%m-%Y}"


def why_not(
    req: DeciderRequirement, db: Database, youth_id: int, signer: SignerRef, moment: datetime
) -> Phrase:
    """Why `signer` neither decides nor withdraws at `moment`: their gezag ended (since
    when), else who decides (the rules' own explanation)."""
    since = gezag_ended(db, youth_id, signer, moment)
    return Phrase(ENDED, {"date": since}) if since else req.why_phrase


def not_decider(
    req: DeciderRequirement, db: Database, youth_id: int, signer: SignerRef, moment: datetime
) -> RuleViolation:
    """Why `signer` may not answer at `moment`: their gezag ended (since when), nobody decides
    now (blocked: what to correct), or who decides now."""
    why = why_not(req, db, youth_id, signer, moment)
    if req.blocked is not None and why.message_id != ENDED:
        return RuleViolation(message_id="error-rules-blocked", params={"reason": req.blocked})
    return RuleViolation(message_id="error-consent-not-decider", params={"explanation": why})


def refuse_gezag_ended(db: Database, youth_id: int, signer: SignerRef, moment: datetime) -> None:
    """Refuse `signer`'s answer at `moment` when their gezag ended before it (the tablet: a
    session started for a parent before the court's ruling was recorded)."""
    since = gezag_ended(db, youth_id, signer, moment)
    if since:
        raise RuleViolation(
            message_id="error-consent-not-decider",
            params={"explanation": Phrase(ENDED, {"date": since})},
        )


def _holds(db: Database, youth_id: int, rep_id: int, moment: datetime) -> bool:
    return any(
        r.id == rep_id and (r.has_gezag or r.role == RepresentativeRole.GUARDIAN)
        for r in representatives_at(db, youth_id, moment)
    )
