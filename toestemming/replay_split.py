"""The replay of a large vault, split over processes (the idea of audit_links.py).

The requests are cut into ranges of equal size; each range takes the consent items from its
first request's first item on. Ids grow with the log (every row is written in the transaction
of its event), so a range's events name only its own rows. The ranges cover every possible id,
so a row edited into another range is still compared there (and found without its event) and a
row outside every request is not skipped. Each process replays its range on its own connection,
in one read snapshot; the rows that belong to no request (weighings, disclosures on another
basis) go with the first range.

Why processes: like the chain check, the replay spends its time reading rows out of SQLCipher
and building Python objects, both under the GIL. Any failure of the parallel path (no process
could be started, a child died) means that range is replayed here instead: slower, never weaker.

The ranges go to the helper processes of the chain check (audit_links.helper_pool), which
`check`, the unlock check and the bench have already started: no process start per replay.
This process also runs the registry check after its own range (replay_registry.alongside), so
its range is smaller by that share and every process finishes at about the same time.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from .audit_links import end_helpers_that_hung, helper_pool, result_deadline, wait_for
from .replay import replay, replay_scope
from .replay_report import MAX_PROBLEMS, Disagreement, ReplayReport
from .replay_scope import HIGHEST, LOWEST, Scope
from .store.db import Database, ReaderSpec

log = logging.getLogger(__name__)

MAX_PROCESSES = 4
# Measured at 10k youths / 100k items (418k units), 2 cores: the consent replay ~5 µs CPU per
# unit after the fast path (replay_fast.py); a range in a warm helper costs ~0.1 s beyond its
# rows (task, own connection, its own pass over the log). From ~0.5 s of work a split pays.
SPLIT_FROM_UNITS = 100_000
# The registry check (replay_registry.py) runs in this process after its own range: measured
# ~0.2 of the consent replay (0.45 s against 2.2 s CPU at 10k youths), so this process takes
# that much less of the consent rows.
REGISTRY_SHARE = 0.2


def units(db: Database) -> int:
    """The size of the replay: events + items + decisions (primary-key ends, no scan)."""
    total = 0
    for table, key in (("events", "seq"), ("consent_items", "id"), ("decisions", "id")):
        total += int(db.scalar(f"SELECT coalesce((SELECT max({key}) FROM {table}), 0)"))
    return total


def processes_for(size: int, split_from: int = SPLIT_FROM_UNITS) -> int:
    if size < split_from:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_PROCESSES))


def shares(parts: int, registry_here: bool = True) -> list[float]:
    """Each process's part of the requests: equal work, counting the registry check that
    this (the first) process does after its range."""
    if parts <= 1:
        return [1.0]
    extra = REGISTRY_SHARE if registry_here else 0.0
    each = (1 + extra) / parts
    first = max(0.1 * each, each - extra)
    rest = (1 - first) / (parts - 1)
    return [first] + [rest] * (parts - 1)


def scopes(
    db: Database, parts: int, *, texts: bool = False, weights: Sequence[float] | None = None
) -> list[Scope]:
    """`parts` ranges covering every request id and every item id, in order; `weights`:
    each range's part of the requests (equal parts without it)."""
    count = int(db.scalar("SELECT count(*) FROM consent_requests"))
    cuts, total = [], 0.0
    for w in list(weights or [1.0 / parts] * parts)[: parts - 1]:
        total += w
        cuts.append(int(total * count))
    requests: list[int] = []
    items: list[int] = []
    for offset in cuts:
        rid = db.scalar("SELECT id FROM consent_requests ORDER BY id LIMIT 1 OFFSET ?", (offset,))
        if rid is None or (requests and int(rid) <= requests[-1]):
            continue
        first = db.scalar(
            "SELECT id FROM consent_items WHERE request_id >= ? ORDER BY request_id, position "
            "LIMIT 1",
            (int(rid),),
        )
        item = HIGHEST if first is None else int(first)
        requests.append(int(rid))
        items.append(max(item, items[-1]) if items else item)
    starts_r, starts_i = [LOWEST, *requests], [LOWEST, *items]
    ends_r, ends_i = [r - 1 for r in requests] + [HIGHEST], [i - 1 for i in items] + [HIGHEST]
    return [
        Scope((starts_r[k], ends_r[k]), (starts_i[k], ends_i[k]), rest=k == 0, texts=texts)
        for k in range(len(starts_r))
    ]


def replay_in_child(reader: ReaderSpec, scope: Scope) -> ReplayReport:
    """Runs in a child process, on its own connection."""
    db = reader.open()
    try:
        with db.snapshot():
            return replay_scope(db, scope)
    finally:
        db.close()


def replay_split(
    db: Database,
    reader: ReaderSpec,
    parts: int,
    *,
    texts: bool = False,
    weights: Sequence[float] | None = None,
) -> ReplayReport:
    """The replay of every range, the first here and the others in helper processes."""
    ranges = scopes(db, parts, texts=texts, weights=weights)
    if len(ranges) == 1:
        with db.snapshot():
            return replay_scope(db, ranges[0])
    try:
        pool = helper_pool(len(ranges) - 1)
    except Exception:  # no processes here (sandbox, no semaphores)
        pool = None
    if pool is None:  # replay it all ourselves
        with db.snapshot():
            return replay_scope(db, Scope(texts=texts))
    futures = [_submit(pool, reader, scope) for scope in ranges[1:]]
    started = time.perf_counter()
    with db.snapshot():
        reports = [replay_scope(db, ranges[0])]
    # (this process's range is the smaller one: the registry check runs here too)
    deadline = result_deadline(time.perf_counter() - started, scale=2.0)
    used = 1
    late = False
    for future, scope in zip(futures, ranges[1:], strict=True):
        report, in_child = _result(future, db, scope, deadline)
        reports.append(report)
        used += in_child is True
        late |= in_child is None
    if late:
        end_helpers_that_hung()
    return merged(reports, used)


def merged(reports: list[ReplayReport], processes: int) -> ReplayReport:
    found: list[Disagreement] = [d for r in reports for d in r.disagreements]
    more = sum(r.more for r in reports) + max(0, len(found) - MAX_PROBLEMS)
    # Every process read the whole log; the rows are counted once each.
    events = max((r.events for r in reports), default=0)
    rows = sum(r.rows for r in reports)
    return ReplayReport(tuple(found[:MAX_PROBLEMS]), events, rows, processes, more)


def _submit(
    pool: ProcessPoolExecutor, reader: ReaderSpec, scope: Scope
) -> Future[ReplayReport] | None:
    try:
        return pool.submit(replay_in_child, reader, scope)
    except Exception:  # the pool broke while starting: this range is replayed here instead
        return None


def _result(
    future: Future[ReplayReport] | None, db: Database, scope: Scope, deadline: float
) -> tuple[ReplayReport, bool | None]:
    """The range's report, and whether a helper delivered it (None: it did not answer by
    `deadline` — stuck in a read of a hung share — and the range is replayed here)."""
    answered: bool | None = False
    if future is not None:
        try:
            return wait_for(future, deadline), True
        except TimeoutError:
            log.warning("replay: a helper did not answer in time; its range is replayed here")
            answered = None
        except Exception:  # the child could not open or read the vault: replay it here
            pass
    with db.snapshot():
        return replay_scope(db, scope), answered


def replay_vault(db: Database, reader: ReaderSpec | None, *, texts: bool = False) -> ReplayReport:
    """The whole replay; a large vault split over processes when `reader` is given (see
    above). Not inside a write transaction: other processes would not see it."""
    parts = 1 if reader is None or db.in_transaction else processes_for(units(db))
    if parts == 1 or reader is None:
        return replay(db, texts=texts)
    return replay_split(db, reader, parts, texts=texts, weights=shares(parts))
