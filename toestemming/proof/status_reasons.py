"""bewijs.pdf's "Stand bij export <stand> — <reden>": the reason held to what the rules can
say of that status (proof22).

The status itself is held to the receipt and the log (receipt_fields.status_agrees,
printed_items); the reason after it was not read at all: an insider re-rendered "Gegeven —
Alle benodigde personen hebben ja gezegd." as "Gegeven — Beide ouders met gezag zeiden ja op
de ouderavond." (or "Geweigerd — Ingetrokken.") and `verify` said authentic. The reason is
one of a few sentences rules.item_status writes (the catalog's status-why-* and the
blockers of rules.who_must_decide), the only parameter the item's end date, which the
receipt holds (`termination`, held to the log). So the reason printed must be one the rules
could give for the printed status. Exports whose logged event does not say `EXPORT_FIELD`
(before session 18) are not asked: wordings changed over the sessions.

Rule for a rewording of a status-why-* (or blocker) message: put the former Dutch text into
EARLIER under its status, never drop it — a package printed before must keep verifying
(tests/test_lead18_status_reason_wordings.py holds this release's reasons to that)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..errors import Phrase
from ..language import SOURCE
from ..model import ItemStatus
from ..rules import MAX_GEZAG_HOLDERS

# status → reasons printed by earlier releases (since session 18), oldest last.
EARLIER: dict[ItemStatus, tuple[str, ...]] = {}

# "{count} personen met gezag … niemand beslist" (rules-too-many-gezag, cases20): a record
# written before the limit; the count is not in the receipt, so every count up to this one.
TOO_MANY_GEZAG_UP_TO = 99

# The logged export's field that says its PDF's status reasons are the rules' own.
EXPORT_FIELD = "status_reasons"

_FIXED = {
    ItemStatus.WITHDRAWN: ("status-why-withdrawn",),
    ItemStatus.REVOKED: ("status-why-revoked",),
    ItemStatus.INVALIDATED: ("status-why-invalidated",),
    ItemStatus.SUPERSEDED: ("status-why-superseded",),
    ItemStatus.EXPIRED: ("status-why-remote-expired",),
    ItemStatus.REFUSED: ("status-why-refused",),
    ItemStatus.CONFLICTING: ("status-why-conflicting",),
    ItemStatus.REQUESTED: (
        "status-why-requested",
        "rules-birth-date-after-day",
        "rules-no-gezag",
    ),
    ItemStatus.GIVEN: ("status-why-given",),
}


def held(verified: Mapping[int, Mapping[str, Any]]) -> bool:
    """Whether the package's logged export says its status reasons are held."""
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    return len(exports) == 1 and exports[0].get(EXPORT_FIELD) is True


def reasons(status: ItemStatus, termination: Any) -> frozenset[str]:
    """Every Dutch reason the rules can give for `status` of an item valid until
    `termination` (ISO date, the receipt's)."""
    out = set(_fixed(status)) | set(EARLIER.get(status, ()))
    if status == ItemStatus.EXPIRED:
        try:
            until = date.fromisoformat(str(termination))
        except ValueError:
            return frozenset(out)
        out.add(Phrase("status-why-expired", {"until": f"{until:%d-%m-%Y}"}).text_in(SOURCE))
    return frozenset(out)


@functools.cache
def _fixed(status: ItemStatus) -> frozenset[str]:
    out = {Phrase(m).text_in(SOURCE) for m in _FIXED.get(status, ())}
    if status == ItemStatus.REQUESTED:
        for noun in ("curator", "mentor"):
            out.add(Phrase("rules-no-adult-representative", {"noun": noun}).text_in(SOURCE))
        for count in range(MAX_GEZAG_HOLDERS + 1, TOO_MANY_GEZAG_UP_TO + 1):
            out.add(Phrase("rules-too-many-gezag", {"count": count}).text_in(SOURCE))
        for now in ("voogd", "gezag", "youth"):  # a yes by who held gezag then (cases26)
            out.add(Phrase("status-why-gezag-changed", {"now": now}).text_in(SOURCE))
        for change in ("youth", "co", "adult", "gezag"):  # asked before who decides now (cases28)
            for new in ("voogd", "parent"):
                params = {"change": change, "new": new}
                out.add(Phrase("status-why-decider-changed", params).text_in(SOURCE))
        for change in ("co", "all", "rules"):  # the parent rule changed since (pending29)
            out.add(Phrase("status-why-policy-changed", {"change": change}).text_in(SOURCE))
    if status == ItemStatus.GIVEN:
        for given_by in ("youth", "parents"):
            for now in ("youth", "curator", "mentor"):
                phrase = Phrase("status-why-reconfirm", {"given_by": given_by, "now": now})
                out.add(phrase.text_in(SOURCE))
    return frozenset(out)
