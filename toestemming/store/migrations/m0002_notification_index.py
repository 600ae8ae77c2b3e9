"""Schema version 2: the worklist "withdrawals with recipients still to notify" looks up
notifications per withdrawal and disclosures per item; index both lookups."""

from __future__ import annotations

from ..db import Database


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE INDEX withdrawal_notifications_withdrawal ON withdrawal_notifications(withdrawal_id);
CREATE INDEX withdrawals_withdrawn_at ON withdrawals(withdrawn_at);
"""
    )
