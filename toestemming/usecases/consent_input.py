"""Checks of what a caller hands the consent use cases (moments, channel, evidence) and the
item_state refresh after a write: shared by consent, withdrawals, signing and remote."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from ..errors import NotFoundError, ValidationError
from ..model import Channel, SignerKind, SignerRef
from ..store import repo
from ..store.db import Database
from ..validation import positive_id


def require_evidence(db: Database, evidence_id: int) -> None:
    if db.query_one("SELECT 1 FROM evidence WHERE id = ?", (evidence_id,)) is None:
        raise NotFoundError(message_id="error-consent-evidence-missing")


def as_moment(value: object, now: datetime, field: str) -> datetime:
    """A moment given by the caller (e-mail date, paper date) or now; always timezone-aware."""
    if value is None:
        return now
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValidationError(message_id="error-consent-time-invalid", field=field)
    return value


def as_past_moment(value: object, now: datetime, field: str, what: str) -> datetime:
    """as_moment, refused when it lies in the future (five minutes' grace for clock skew)."""
    moment = as_moment(value, now, field)
    if moment > now + timedelta(minutes=5):
        raise ValidationError(
            message_id="error-consent-moment-in-future", params={"what": what}, field=field
        )
    return moment


def refresh_items(db: Database, item_ids: Sequence[int]) -> None:
    repo.refresh_item_state(db, f"i.id IN ({','.join('?' * len(item_ids))})", list(item_ids))


def parse_channel(value: Channel | str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        raise ValidationError(message_id="error-consent-unknown-channel", field="channel") from None


def checked_signer(value: object) -> SignerRef:
    """Who decides, withdraws or objects, as the log must hold them: a known kind and a whole
    positive id (a SignerRef with id True equals the youth's own and was logged as true)."""
    if not isinstance(value, SignerRef):
        raise ValidationError(message_id="error-consent-signer-invalid", field="signer")
    try:
        kind = SignerKind(value.kind)
    except ValueError:
        raise ValidationError(message_id="error-consent-signer-invalid", field="signer") from None
    return SignerRef(kind, positive_id(value.id, "Ondertekenaar", "signer"))
