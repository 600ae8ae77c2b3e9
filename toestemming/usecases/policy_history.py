"""The organisation's parent rule on a past moment, from the log.

Who must decide for a youth under 16 depends on the policy (one parent with gezag suffices,
or every one must say yes; 12-15 co-decide or not: DOMAIN rule 3). `meta.policy` holds only
today's; each change is a `policy.changed` event (the replay holds meta to the last one).
A question about a past moment — "mag ik delen?" for a sharing recorded late, an item's
status on a day — is judged by the rule of that day, as gezag is (gezag_history.py): a sharing
made on the one "ja" that sufficed then was lawful, and stays so when the rule is tightened
later; a sharing dated before the rule was loosened finds the second parent's "ja" missing.
Split from sharing.py by job."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from ..clock import to_iso
from ..event_seek import corrections
from ..model import ParentPolicy, Policy
from ..store.db import Database
from .gezag_history import events_after

POLICY_KIND = "policy.changed"


def policy_at(db: Database, moment: datetime, now: datetime, current: Policy) -> Policy:
    """`current` with the parent rules (parent_policy, co_decision_12_15) in force at `moment`:
    those of the last change at or before it, else the defaults (a vault starts with them).
    An event's moment is its date, or a later clock correction's when that is earlier."""
    if moment >= now:
        return current
    # The common case costs only the log since the moment: no change after it → today's.
    if not any(True for _ in events_after(db, POLICY_KIND, moment)):
        return current
    at, found = to_iso(moment), corrections(db)
    then = Policy()
    for seq, when, body in db.query(
        "SELECT seq, at, body FROM events WHERE kind = ? ORDER BY seq", (POLICY_KIND,)
    ):
        doc = json.loads(bytes(body) if not isinstance(body, str) else body)
        if doc.get("kind") == POLICY_KIND and found.moment(int(seq), str(when)) <= at:
            then = _logged(doc.get("data") or {}, then)
    return replace(
        current, parent_policy=then.parent_policy, co_decision_12_15=then.co_decision_12_15
    )


def _logged(data: dict[str, Any], before: Policy) -> Policy:
    """The parent rules as a policy.changed event logs them (str() of each value)."""
    parents = {p.value: p for p in ParentPolicy}.get(str(data.get("parent_policy")))
    co = {"True": True, "False": False}.get(str(data.get("co_decision_12_15")))
    return replace(
        before,
        parent_policy=before.parent_policy if parents is None else parents,
        co_decision_12_15=before.co_decision_12_15 if co is None else co,
    )
