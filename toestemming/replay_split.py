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
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor

from .replay import replay, replay_scope
from .replay_report import MAX_PROBLEMS, Disagreement, ReplayReport
from .replay_scope import HIGHEST, LOWEST, Scope
from .store.db import Database, ReaderSpec

MAX_PROCESSES = 4
# Rows and events one process replays in about a second (measured on the bench vault, 2 cores
# shared: ~4 µs per unit). Below two seconds' worth, starting a process costs more than it saves.
SPLIT_FROM_UNITS = 500_000


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


def scopes(db: Database, parts: int, *, texts: bool = False) -> list[Scope]:
    """`parts` ranges covering every request id and every item id, in order."""
    count = int(db.scalar("SELECT count(*) FROM consent_requests"))
    requests: list[int] = []
    items: list[int] = []
    for k in range(1, parts):
        rid = db.scalar(
            "SELECT id FROM consent_requests ORDER BY id LIMIT 1 OFFSET ?", (k * count // parts,)
        )
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
    db: Database, reader: ReaderSpec, parts: int, *, texts: bool = False
) -> ReplayReport:
    """The replay of every range, the first here and the others in child processes."""
    ranges = scopes(db, parts, texts=texts)
    if len(ranges) == 1:
        with db.snapshot():
            return replay_scope(db, ranges[0])
    try:
        pool = ProcessPoolExecutor(
            max_workers=len(ranges) - 1, mp_context=multiprocessing.get_context("spawn")
        )
    except Exception:  # no processes here (sandbox, no semaphores): replay it all ourselves
        with db.snapshot():
            return replay_scope(db, Scope(texts=texts))
    with pool:
        futures = [_submit(pool, reader, scope) for scope in ranges[1:]]
        with db.snapshot():
            reports = [replay_scope(db, ranges[0])]
        used = 1
        for future, scope in zip(futures, ranges[1:], strict=True):
            report, in_child = _result(future, db, scope)
            reports.append(report)
            used += in_child
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
    future: Future[ReplayReport] | None, db: Database, scope: Scope
) -> tuple[ReplayReport, bool]:
    if future is not None:
        try:
            return future.result(), True
        except Exception:  # the child could not open or read the vault: replay it here
            pass
    with db.snapshot():
        return replay_scope(db, scope), False


def replay_vault(db: Database, reader: ReaderSpec | None, *, texts: bool = False) -> ReplayReport:
    """The whole replay; a large vault split over processes when `reader` is given (see
    above). Not inside a write transaction: other processes would not see it."""
    parts = 1 if reader is None or db.in_transaction else processes_for(units(db))
    if parts == 1 or reader is None:
        return replay(db, texts=texts)
    return replay_split(db, reader, parts, texts=texts)
