"""Checking the audit chain link by link, split over processes when the log is long.

Every event row stores its own chain hash, so one link — SHA-256(stored hash of the event
before ‖ body) == stored hash — can be checked without recomputing anything before it. If every
link holds, the stored hashes are exactly the hashes a sequential walk from the start would
compute, so cutting the log into ranges and checking them at the same time proves the same
thing as one walk. The boundary is covered: the range below checks the stored hash that the
range above starts from.

Why processes and not threads: most of the time goes into reading the rows out of SQLCipher
(page decryption and HMAC) and building Python objects for them, both under the GIL; two
threads measured slower than one. Below `PARALLEL_FROM` events starting a process costs more
than it saves, and any failure of the parallel path (no process could be started, a child died)
only means that range is checked here instead: it can make verification slower, never weaker.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from .store.db import Database, ReaderSpec

PARALLEL_FROM = 200_000
MAX_PROCESSES = 4

MISSING = "Er ontbreekt een gebeurtenis."
CHANGED = "De inhoud van deze gebeurtenis is gewijzigd."
REWRITTEN = "De geschiedenis tot dit ondertekende controlepunt is herschreven."

GENESIS = bytes(32)

Range = tuple[int, int]  # first and last seq, inclusive


@dataclass(frozen=True)
class LinkProblem:
    seq: int  # the first event that is wrong or missing
    problem: str  # Dutch


def check_links(
    rows: Iterable[tuple[int, bytes, bytes]],
    span: Range,
    prev: bytes,
    pinned: Mapping[int, bytes],
) -> LinkProblem | None:
    """The first broken link among `rows` (seq, body, hash in seq order) of `span`, starting
    from `prev`, the stored hash of the event before. `pinned`: seq → chain head a signed
    checkpoint fixed at that event."""
    sha = hashlib.sha256  # audit.chain_hash, inlined: this loop runs once per event
    expected, last = span
    for seq, body, stored in rows:
        if seq != expected:
            return LinkProblem(expected, MISSING)
        h = sha(prev)
        h.update(body)
        digest = h.digest()
        if digest != stored:
            return LinkProblem(seq, CHANGED)
        if seq in pinned and pinned[seq] != digest:
            return LinkProblem(seq, REWRITTEN)
        prev = digest
        expected += 1
    return None if expected > last else LinkProblem(expected, MISSING)


def check_range(db: Database, span: Range, pinned: Mapping[int, bytes]) -> LinkProblem | None:
    lo, hi = span
    if hi < lo:
        return None  # an empty log
    if lo == 1:
        prev: bytes | None = GENESIS
    else:
        before = db.scalar("SELECT hash FROM events WHERE seq = ?", (lo - 1,))
        prev = None if before is None else bytes(before)
    if prev is None:
        return LinkProblem(lo - 1, MISSING)
    rows = db.iterate(
        "SELECT seq, body, hash FROM events WHERE seq BETWEEN ? AND ? ORDER BY seq",
        (lo, hi),
        tuples=True,
    )
    return check_links(rows, span, prev, pinned)


def check_range_in_child(
    reader: ReaderSpec, span: Range, pinned: Mapping[int, bytes]
) -> LinkProblem | None:
    """Runs in a child process, on its own connection."""
    db = reader.open()
    try:
        return check_range(db, span, pinned)
    finally:
        db.close()


def split(last: int, parts: int) -> list[Range]:
    size = -(-last // parts)
    return [(lo, min(lo + size - 1, last)) for lo in range(1, last + 1, size)]


def processes_for(last: int, parallel_from: int) -> int:
    if last < max(parallel_from, 2):
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_PROCESSES, last))


def verify_links(
    db: Database,
    last: int,
    pinned: Mapping[int, bytes],
    reader: ReaderSpec | None,
    parallel_from: int = PARALLEL_FROM,
) -> tuple[LinkProblem | None, int]:
    """Check events 1..`last`: the first problem by seq (or None), and how many processes
    did the checking. Uses other processes only when `reader` is given and the log is at
    least `parallel_from` events long."""
    n = processes_for(last, parallel_from) if reader is not None else 1
    if n == 1 or reader is None:
        return check_range(db, (1, last), pinned), 1
    spans = split(last, n)
    own, others = spans[0], spans[1:]
    try:
        pool = ProcessPoolExecutor(
            max_workers=len(others), mp_context=multiprocessing.get_context("spawn")
        )
    except Exception:  # no processes here (sandbox, no semaphores): check it all ourselves
        return check_range(db, (1, last), pinned), 1
    with pool:
        futures = [
            _submit(
                pool, reader, span, {s: h for s, h in pinned.items() if span[0] <= s <= span[1]}
            )
            for span in others
        ]
        problems = [check_range(db, own, pinned)]
        used = 1
        for future, span in zip(futures, others, strict=True):
            problem, in_child = _result(future, db, span, pinned)
            problems.append(problem)
            used += in_child
    found = [p for p in problems if p is not None]
    return (min(found, key=lambda p: p.seq) if found else None), used


def _submit(
    pool: ProcessPoolExecutor, reader: ReaderSpec, span: Range, pinned: Mapping[int, bytes]
) -> Future[LinkProblem | None] | None:
    try:
        return pool.submit(check_range_in_child, reader, span, pinned)
    except Exception:  # the pool broke while starting: this range is checked here instead
        return None


def _result(
    future: Future[LinkProblem | None] | None,
    db: Database,
    span: Range,
    pinned: Mapping[int, bytes],
) -> tuple[LinkProblem | None, bool]:
    """The range's result, and whether a child process delivered it."""
    if future is not None:
        try:
            return future.result(), True
        except Exception:  # the child could not open or read the vault: check the range here
            pass
    return check_range(db, span, pinned), False
