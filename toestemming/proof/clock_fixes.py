"""Clock corrections in a proof package, so that its status check judges as the desk does
(proof23).

A withdrawal recorded by a laptop whose clock ran ahead (Tuesday, dated Thursday) counts no
later than the clock correction that followed it (event_seek.capped_rows, s21): on Wednesday
the desk says "ingetrokken" and so does an exported proof (collect.py). The receipt's events
stay as recorded — the withdrawal dated Thursday — so `verify`'s own status check, reading
only those dates, let a re-signed receipt say "given" on Wednesday. The export therefore puts
the log's corrections (`clock.corrected`: only the dates the clock said and was set to, and
the worker's number) in the package's log proof and names them in its logged event
(`proof.exported`, data "clock_corrections"); `missing` holds the package to that list, so
none can be left out, and `moment` caps an event's date as event_seek does. Packages from
before have no list and are judged on the dates as recorded."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..clock import from_iso, to_iso

if TYPE_CHECKING:
    from datetime import datetime

# log_clock.CORRECTED (not imported: the verifier stays free of the vault's store).
CORRECTED = "clock.corrected"
# The logged export's field naming every clock correction its packages prove.
EXPORT_FIELD = "clock_corrections"


def missing(verified: Mapping[int, Mapping[str, Any]]) -> list[int]:
    """The corrections the logged export names that the package's log proof lacks (or that
    are not corrections there)."""
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    promised = exports[0].get(EXPORT_FIELD) if len(exports) == 1 else None
    if not isinstance(promised, list):
        return []
    return [
        s
        for s in promised
        if not isinstance(s, int)
        or isinstance(s, bool)
        or verified.get(s, {}).get("kind") != CORRECTED
    ]


def moment(
    seq: int, logged_at: str, value: datetime, verified: Mapping[int, Mapping[str, Any]]
) -> datetime:
    """The moment the status rules judge a row by (event_seek.capped_rows): `value` (its
    date), or the date of the first clock correction after its event `seq` when the event,
    dated `logged_at`, lies past it (written while the clock ran ahead)."""
    caps = [str(b["at"]) for s, b in verified.items() if s > seq and b["kind"] == CORRECTED]
    if not caps:
        return value
    cap = from_iso(min(caps, key=from_iso))
    return min(value, cap) if from_iso(logged_at) > cap else value


def withdrawal_moments(
    entries: Sequence[Mapping[str, Any]], verified: Mapping[int, Mapping[str, Any]]
) -> set[str]:
    """The moments a receipt may give as its item's end by withdrawal (`termination.ended_at`):
    each cited withdrawal's date as recorded, or as the rules judge it (`moment`: the status,
    and so its `since`, counts from the clock correction after a withdrawal dated ahead)."""
    out: set[str] = set()
    for e in entries:
        if e.get("type") != "withdrawal":
            continue
        recorded = str(e.get("withdrawn_at"))
        out.add(recorded)
        body = verified.get(int(e["seq"]))
        if body is not None:
            judged = moment(int(e["seq"]), str(body["at"]), from_iso(recorded), verified)
            out.add(to_iso(judged))
    return out
