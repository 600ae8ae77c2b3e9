"""What the checks of the audit chain measured, for the next split (audit_links.plan): what
one event costs this process, how fast a helper checks one compared with this process, and a
helper range's fixed cost — each from the check's own timings, per vault."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from .audit_link_check import Range
from .store.db import ReaderSpec

# A helper's time per event as a multiple of this process's, as learnt (learn_ratio): bounded,
# so that one odd measurement on a busy machine cannot hand almost everything to one side.
RATIO_BOUNDS = (0.5, 2.0)
LEARN_FROM_S = 0.05


@dataclass
class Measured:
    """What the checks of one vault in this program measured, for the next plan. Kept by the
    file's name and identity, not the key."""

    vault: tuple[object, ...]
    # What one event cost this process in the last check (its own range): the next check
    # plans from it at once, instead of first probing alone while the warm helpers wait.
    per_event: float | None = None
    # A helper's time per event ÷ this process's, measured in the same check: they differ
    # (this process's heap and page cache, another program busy on one core), and a split
    # that assumed them equal left one side waiting for the other.
    helper_ratio: float = 1.0


# The vault checked last in this program, and what its checks measured.
_LAST: list[Measured | None] = [None]


def measured_for(reader: ReaderSpec) -> Measured:
    """What was measured for `reader`'s vault (nothing yet: a fresh record)."""
    vault = (str(reader.path), reader.file_id, reader.read_only)
    last = _LAST[0]
    if last is None or last.vault != vault:
        last = _LAST[0] = Measured(vault)
    return last


def stamp(done_at: dict[int, float], k: int) -> Callable[[Future[Any]], None]:
    """A done-callback noting when helper range `k`'s result arrived here."""

    def note(_: Future[Any]) -> None:
        done_at.setdefault(k, time.perf_counter())

    return note


def learn_ratio(
    measured: Measured, own: Range, own_s: float, others: list[Range], took: list[float]
) -> None:
    """The helpers' speed against this process's, from this check's own measurements (each
    side's time for its own range), for the next plan. Not from ranges too short to time
    (a scheduler's time slice would be most of it)."""
    own_events = own[1] - own[0] + 1
    if own_s < LEARN_FROM_S or not took:
        return
    theirs = sum(took) / sum(hi - lo + 1 for lo, hi in others)
    ratio = theirs / (own_s / own_events)
    low, high = RATIO_BOUNDS
    measured.helper_ratio = min(high, max(low, 0.5 * measured.helper_ratio + 0.5 * ratio))


def learnt_task(
    known: float, took: list[float], done_at: dict[int, float], submitted: float
) -> float:
    """A range's fixed cost in a warm helper (sending the task and its result, the first
    pages): from sending it to its result, less the helper's own time for the range."""
    overhead = max(max(0.0, done_at[k] - submitted - child_s) for k, child_s in enumerate(took))
    return 0.5 * known + 0.5 * overhead
