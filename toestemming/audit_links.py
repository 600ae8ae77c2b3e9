"""Checking the audit chain link by link, split over processes when the log is long.

Every event row stores its own chain hash, so one link — SHA-256(stored hash of the event
before ‖ body) == stored hash — can be checked without recomputing anything before it. If every
link holds, the stored hashes are exactly the hashes a sequential walk from the start would
compute, so cutting the log into ranges and checking them at the same time proves the same
thing as one walk. The boundary is covered: the range below checks the stored hash that the
range above starts from.

Why processes and not threads: most of the time goes into reading the rows out of SQLCipher
(page decryption and HMAC) and building Python objects for them, both under the GIL; two
threads measured slower than one. Any failure of the parallel path (no process could be
started, a child died) only means that range is checked here instead: it can make verification
slower, never weaker.

When to split is decided by measured cost, not by a fixed number of events: what one event
costs this process (the first check of a vault in this program times its first `PROBE`
events; later checks use what this process's own range cost the last time, and plan at once,
from event 1, instead of probing alone while the helpers wait), what a helper's start or a
range's fixed cost is (measured when this program last started one, and from send to result
less the helper's own time), and how fast a helper checks an event compared with this
process (each helper reports its own time: on a busy machine they differ). The rest is split
only when that saves at least half a helper's start; the ranges are sized so that all finish
together. `warm_up()` starts the helpers early (the health check calls it before the file
checks, which take long enough to hide the start).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import math
import multiprocessing
import multiprocessing.connection
import os
import time
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from .audit_link_check import LinkProblem, Range, check_range
from .audit_speed import RATIO_BOUNDS, learn_ratio, learnt_task, measured_for, stamp
from .helper_exit import end_with_parent, still_running
from .store.db import Database, ReaderSpec

MAX_PROCESSES = 4
# At close, how long the helpers get to end before they are killed, and how long a killed one
# gets to be gone. A helper stuck in a read of a hung share outlasts both (see _Pool.close).
HELPERS_END_S = 10.0
KILL_GRACE_S = 2.0
# How long a check waits for a helper's range once its own range is done: this floor plus
# RESULT_FACTOR × what its own range took (scaled to the helper's range). A helper stuck in a
# read of a hung share never answers: past the deadline the pool is ended (helpers killed,
# bounded as at close) and the range is checked here — slower, never weaker (multi26).
RESULT_FLOOR_S = 30.0
RESULT_FACTOR = 4.0

log = logging.getLogger(__name__)

T = TypeVar("T")


def check_range_in_child(
    reader: ReaderSpec, span: Range, pinned: Mapping[int, bytes]
) -> tuple[LinkProblem | None, float]:
    """Runs in a child process, on its own connection: the range's first problem, and how
    long the child took for it (the parent learns the helper's speed from it)."""
    with helper_database(reader) as db:  # (opening it is part of the fixed cost)
        started = time.perf_counter()
        found = check_range(db, span, pinned)
        return found, time.perf_counter() - started


# -- in a helper: the open vault's connection, kept between ranges ---------------------------
# Opening a connection (cipher settings, schema, first pages) costs a helper about as much as
# checking 15–30k events: kept, a range of a mid-size log (~60k events) is worth splitting.
# Kept only for the vault open in this program (ReaderSpec.keep) and only while it is open:
# Service.close ends the helpers (release_helpers) before its own connection closes.
_KEPT: dict[str, tuple[tuple[object, ...], Database]] = {}


def _identity(reader: ReaderSpec) -> tuple[object, ...]:
    # The file itself, not only its name: a vault put back from a backup is another file.
    st = os.stat(reader.path)
    return (str(reader.path), reader.key, reader.profile, reader.read_only, st.st_dev, st.st_ino)


@contextlib.contextmanager
def helper_database(reader: ReaderSpec) -> Iterator[Database]:
    """A connection for one range in a helper: the kept one for the open vault, else a fresh
    one closed after the range. A range that fails drops the kept connection (the next opens
    anew: a damaged page or a renewed key must not stay cached)."""
    if not reader.keep:
        db = reader.open()
        try:
            yield db
        finally:
            db.close()
        return
    ident = _identity(reader)
    kept = _KEPT.get("db")
    if kept is not None and kept[0] != ident:
        _forget_kept()
        kept = None
    if kept is None:
        kept = (ident, reader.open())
        _KEPT["db"] = kept
    try:
        yield kept[1]
    except BaseException:
        _forget_kept()
        raise


def _forget_kept() -> None:
    kept = _KEPT.pop("db", None)
    if kept is not None:
        with contextlib.suppress(Exception):
            kept[1].close()


def _open_kept(reader: ReaderSpec) -> float:
    """Runs in a helper at its start (or when told of a newly opened vault)."""
    # Only a head start: the first range opens it anyway.
    with contextlib.suppress(Exception), helper_database(reader):
        pass
    return time.perf_counter()


def split(last: int, parts: int) -> list[Range]:
    size = -(-last // parts)
    return [(lo, min(lo + size - 1, last)) for lo in range(1, last + 1, size)]


def processes_for(last: int, parallel_from: int) -> int:
    if last < max(parallel_from, 2):
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_PROCESSES, last))


# -- the helper pool, kept warm for the life of this program ---------------------------------
PROBE = 4096  # events checked here first, to measure what one event costs on this machine
WARM_FROM = 20_000  # below this a split never pays, so warming up is not worth a process
_DEFAULT_START_S = 0.35  # until measured: spawn + imports of one helper on a slow machine
_DEFAULT_TASK_S = 0.08  # until measured: one range's fixed cost in a warm helper
_DEFAULT_KEPT_TASK_S = 0.01  # the same when the helper keeps the vault's connection open


class _Pool:
    """One spawn-based pool per program. `start_s` is the measured time from creating it to
    its helpers having imported what they need."""

    def __init__(self) -> None:
        self.executor: ProcessPoolExecutor | None = None
        self.workers = 0
        self.ready: list[Future[float]] = []
        self.created = 0.0
        self.start_s = _DEFAULT_START_S
        # What one range costs a warm helper beyond its events: pickling the task, opening
        # its own connection (key, cipher settings), the first pages. Measured at each split;
        # `kept_task_s` the same for helpers that keep the open vault's connection.
        self.task_s = _DEFAULT_TASK_S
        self.kept_task_s = _DEFAULT_KEPT_TASK_S
        self.kept_for: ReaderSpec | None = None  # the vault the helpers keep a connection to
        # Helpers that could not be ended (stuck in a read of a hung share): they may hold a
        # vault's file open until the read returns; the vault's close says so.
        self.left: list[multiprocessing.process.BaseProcess] = []

    def get(self, workers: int, reader: ReaderSpec | None = None) -> ProcessPoolExecutor | None:
        """The pool with at least `workers` helpers. `reader` (the open vault, keep=True): the
        helpers open their connection to it now, while they wait for work."""
        # A helper that died while idle (killed, out of memory) breaks the whole pool: every
        # range sent to it would fail and be checked here. Start a fresh one instead.
        broken = bool(getattr(self.executor, "_broken", False))
        keep = reader if reader is not None and reader.keep else None
        if self.executor is not None and self.workers >= workers and not broken:
            if keep is not None and self.kept_for != keep:
                for _ in range(self.workers):  # (a helper that gets two opens the second time)
                    self.executor.submit(_open_kept, keep)
                self.kept_for = keep
            return self.executor
        self.close()
        try:
            self.executor = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_warm_child,
                initargs=(keep,),
            )
            self.created = time.perf_counter()
            # One no-op per helper: their completion says the helpers are up (and when).
            self.ready = [self.executor.submit(_child_ready) for _ in range(workers)]
        except Exception:  # no processes here (sandbox, no semaphores)
            self.executor = None
            return None
        self.workers = workers
        self.kept_for = keep
        return self.executor

    def warm(self) -> bool:
        """True when every helper has started (and records how long that took)."""
        if not self.ready or not all(f.done() for f in self.ready):
            return False
        if self.created:
            self.start_s = max(0.01, time.perf_counter() - self.created)
            self.created = 0.0
        return all(f.exception() is None for f in self.ready)

    def expected_start_s(self, reader: ReaderSpec | None = None) -> float:
        if self.executor is None:
            return self.start_s
        if self.warm():
            if reader is not None and reader.keep and self.kept_for == reader:
                return self.kept_task_s  # a task, the connection is open already
            return self.task_s  # a task and a connection, nothing to import
        return max(0.0, self.start_s - (time.perf_counter() - self.created))

    def close(self, wait: bool = False) -> bool:
        """Let the helpers go. `wait`: until they have ended, at most HELPERS_END_S; one that
        has not ended by then is killed. Returns False when a helper is left that could not be
        ended (a process stuck in a read of a share that stopped answering cannot be killed
        until the read returns): it may still hold the vault's file open."""
        executor, processes = self.executor, self._processes()
        if executor is not None:
            # Never shutdown(wait=True): it joins each helper without a bound, and a helper in
            # a read of a hung network share kept the desk's close waiting for good (s22).
            executor.shutdown(wait=False, cancel_futures=True)
        self.executor = None
        self.workers = 0
        self.ready = []
        self.kept_for = None
        if not wait or not processes:
            return True
        return _end(processes)

    def _processes(self) -> list[multiprocessing.process.BaseProcess]:
        found = getattr(self.executor, "_processes", None) or {}
        return list(found.values())


def _end(processes: list[multiprocessing.process.BaseProcess]) -> bool:
    """Wait for `processes` to end, at most HELPERS_END_S; kill what has not. One that is not
    gone KILL_GRACE_S later is kept in `_POOL.left` (release_helpers: the vault's close says
    so) and False returned."""
    stuck = still_running(processes, HELPERS_END_S)
    for process in stuck:
        log.warning("log check: a helper did not end in time; it is ended now")
        _kill(process)
    left = still_running(stuck, KILL_GRACE_S)
    _POOL.left.extend(left)
    return not left


def end_pool(executor: ProcessPoolExecutor) -> bool:
    """End a pool of helpers of its own (the registry check's child) as the shared pool
    ends at close: never shutdown(wait=True), which joins without a bound."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    return _end(processes)


def _kill(process: multiprocessing.process.BaseProcess) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        process.kill()


_POOL = _Pool()
atexit.register(_POOL.close)


def _warm_child(keep: ReaderSpec | None = None) -> None:
    """Runs once in each helper: importing SQLCipher (through the one module that owns it)
    here, not during the first range; and opening the open vault's connection (`keep`)."""
    end_with_parent()
    from .store import db  # noqa: F401

    if keep is not None:
        _open_kept(keep)


def release_helpers() -> bool:
    """The vault is being closed: end the helpers that keep a connection to it (and the key
    it was opened with), and wait for them, so that no process holds the file open after it
    is closed here. A pool that keeps nothing stays (its start costs a second). The wait is
    bounded (HELPERS_END_S, then the helper is killed); False when a helper could not be
    ended at all (the caller says so: the file may still be held open) — also one left over
    from a check that gave up on it (`verify_links`)."""
    if _POOL.kept_for is not None:
        _POOL.close(wait=True)
    _POOL.left = still_running(_POOL.left, 0.0)  # (one whose read returned is gone now)
    return not _POOL.left


def _child_ready() -> float:
    return time.perf_counter()


def helpers_for(last: int) -> int:
    return max(0, min(os.cpu_count() or 1, MAX_PROCESSES, last) - 1)


def helper_pool(helpers: int) -> ProcessPoolExecutor | None:
    """The program's helper pool with at least `helpers` processes (warm when the chain check
    or `warm_up` already started it), or None where no process can be started. The replay
    (replay_split.py) sends its ranges here too: one set of helpers per program."""
    return _POOL.get(helpers) if helpers > 0 else None


def warm_up(last: int, reader: ReaderSpec | None = None) -> None:
    """Start the helper processes now, for a log of `last` events checked a little later
    (with `reader`, the open vault's: each helper opens its connection while it waits)."""
    helpers = helpers_for(last)
    if last >= WARM_FROM and helpers:
        _POOL.get(helpers, reader)


def plan(
    last: int,
    per_event_s: float,
    start_s: float,
    helpers: int,
    ratio: float = 1.0,
    done: int | None = None,
) -> list[Range]:
    """Ranges for the events after the first `done` (checked already: the probe, by
    default), the first range for this process, one per helper.
    `ratio`: a helper's time per event as a multiple of this process's (`per_event_s`).
    The ranges are sized so that all finish together: this process starts at once, each
    helper `start_s` later and at its own speed. A single range when splitting would not pay:
    when it saves less than half a helper's start (at equal speeds: when checking the rest
    here takes less than two starts), or a helper's range would be shorter than the probe."""
    first = min(PROBE if done is None else done, last) + 1
    rest = last - first + 1
    if rest <= 0:
        return []
    if helpers == 0:
        return [(first, last)]
    per = max(per_event_s, 1e-9)
    ratio = min(max(ratio, RATIO_BOUNDS[0]), RATIO_BOUNDS[1])
    # own·per = start + share·per·ratio, with rest = own + helpers·share
    weight = ratio / helpers
    own = min(rest, math.ceil((start_s / per + rest * weight) / (1 + weight)))
    share = (rest - own) // helpers
    if share < PROBE or (rest - own) * per <= start_s / 2:
        return [(first, last)]
    own = rest - share * helpers  # (what does not divide evenly stays here)
    spans = [(first, first + own - 1)]
    lo = first + own
    for _ in range(helpers):
        spans.append((lo, lo + share - 1))
        lo += share
    return spans


def verify_links(
    db: Database,
    last: int,
    pinned: Mapping[int, bytes],
    reader: ReaderSpec | None,
    parallel_from: int | None = None,
) -> tuple[LinkProblem | None, int]:
    """Check events 1..`last`: the first problem by seq (or None), and how many processes
    did the checking. Without `reader` everything is checked here. `parallel_from` None:
    split by measured cost (see the module text); a number forces the old fixed split into
    equal ranges from that many events on (the self-test uses it to prove a frozen build can
    start its helpers)."""
    if reader is None:
        return check_range(db, (1, last), pinned), 1
    if parallel_from is not None:
        return _fixed_split(db, last, pinned, reader, parallel_from)
    helpers = helpers_for(last)
    if helpers and last >= WARM_FROM:
        _POOL.get(helpers, reader)  # starts while the probe runs
    measured = measured_for(reader)
    known = measured.per_event
    if known is not None:  # measured in the last check of this vault: no probe needed
        spans = plan(
            last, known, _POOL.expected_start_s(reader), helpers, measured.helper_ratio, done=0
        )
        if len(spans) > 1 and (executor := _POOL.get(helpers, reader)) is not None:
            return _run_split(db, executor, spans, pinned, reader, known)
        return _timed_here(db, (1, last), pinned, reader), 1
    probe_end = min(PROBE, last)
    started = time.perf_counter()
    found = check_range(db, (1, probe_end), pinned)
    per_event = (time.perf_counter() - started) / max(probe_end, 1)
    if found is not None or probe_end == last:
        if found is None:
            measured.per_event = per_event
        return found, 1
    spans = plan(last, per_event, _POOL.expected_start_s(reader), helpers, measured.helper_ratio)
    if len(spans) == 1:
        return _timed_here(db, spans[0], pinned, reader), 1
    executor = _POOL.get(helpers, reader)
    if executor is None:
        return check_range(db, (probe_end + 1, last), pinned), 1
    return _run_split(db, executor, spans, pinned, reader, per_event)


def _timed_here(
    db: Database, span: Range, pinned: Mapping[int, bytes], reader: ReaderSpec
) -> LinkProblem | None:
    """Check `span` in this process, noting what one event cost (for the next plan)."""
    started = time.perf_counter()
    found = check_range(db, span, pinned)
    if found is None and span[1] >= span[0]:
        measured_for(reader).per_event = (time.perf_counter() - started) / (span[1] - span[0] + 1)
    return found


def _fixed_split(
    db: Database,
    last: int,
    pinned: Mapping[int, bytes],
    reader: ReaderSpec,
    parallel_from: int,
) -> tuple[LinkProblem | None, int]:
    n = processes_for(last, parallel_from)
    if n == 1:
        return check_range(db, (1, last), pinned), 1
    executor = _POOL.get(n - 1, reader)
    if executor is None:
        return check_range(db, (1, last), pinned), 1
    return _run_split(db, executor, split(last, n), pinned, reader)


def _run_split(
    db: Database,
    executor: ProcessPoolExecutor,
    spans: list[Range],
    pinned: Mapping[int, bytes],
    reader: ReaderSpec,
    per_event: float | None = None,
) -> tuple[LinkProblem | None, int]:
    own, others = spans[0], spans[1:]
    warm = _POOL.warm()
    kept = reader.keep and _POOL.kept_for == reader  # the helpers' connections are open
    submitted = time.perf_counter()
    done_at: dict[int, float] = {}
    futures = []
    for k, span in enumerate(others):
        future = _submit(
            executor, reader, span, {s: h for s, h in pinned.items() if span[0] <= s <= span[1]}
        )
        if future is not None:
            future.add_done_callback(stamp(done_at, k))
        futures.append(future)
    if reader.keep:
        _POOL.kept_for = reader  # (the helpers that ran a range keep its connection)
    problems = [check_range(db, own, pinned)]
    own_done = time.perf_counter() - submitted
    if per_event is not None and problems[0] is None:
        measured_for(reader).per_event = own_done / (own[1] - own[0] + 1)
    longest = max(hi - lo + 1 for lo, hi in others)
    deadline = result_deadline(own_done, longest / max(1, own[1] - own[0] + 1))
    used = 1
    late = False
    took: list[float] = []  # each helper's own time for its range
    for future, span in zip(futures, others, strict=True):
        problem, in_child, child_s = _result(future, db, span, pinned, deadline)
        problems.append(problem)
        used += in_child is True
        late |= in_child is None
        if child_s is not None:
            took.append(child_s)
    if warm and per_event is not None and used == len(spans) and len(done_at) == len(others):
        learn_ratio(measured_for(reader), own, own_done, others, took)
        if kept:
            _POOL.kept_task_s = learnt_task(_POOL.kept_task_s, took, done_at, submitted)
        else:
            _POOL.task_s = learnt_task(_POOL.task_s, took, done_at, submitted)
    if late:
        end_helpers_that_hung()
    elif used < len(spans):
        # A helper failed: start fresh next time (waiting for the old ones when they may keep
        # the vault's file open).
        _POOL.close(wait=_POOL.kept_for is not None)
    found = [p for p in problems if p is not None]
    return (min(found, key=lambda p: p.seq) if found else None), used


def _submit(
    pool: ProcessPoolExecutor, reader: ReaderSpec, span: Range, pinned: Mapping[int, bytes]
) -> Future[tuple[LinkProblem | None, float]] | None:
    try:
        return pool.submit(check_range_in_child, reader, span, pinned)
    except Exception:  # the pool broke while starting: this range is checked here instead
        return None


def result_deadline(own_s: float, scale: float = 1.0) -> float:
    """The time.monotonic() by which every helper's part must be in, when this process took
    `own_s` for its own and a helper's is `scale` times as large (see RESULT_FLOOR_S)."""
    return time.monotonic() + RESULT_FLOOR_S + RESULT_FACTOR * own_s * scale


def end_helpers_that_hung() -> None:
    """A helper did not answer by its deadline: end the pool now, killing what does not end
    (bounded as at close); the next check starts fresh helpers."""
    _POOL.close(wait=True)


def wait_for(future: Future[T], deadline: float) -> T:
    """`future`'s result, or TimeoutError once `deadline` (time.monotonic()) has passed."""
    return future.result(timeout=max(0.0, deadline - time.monotonic()))


def _result(
    future: Future[tuple[LinkProblem | None, float]] | None,
    db: Database,
    span: Range,
    pinned: Mapping[int, bytes],
    deadline: float,
) -> tuple[LinkProblem | None, bool | None, float | None]:
    """The range's result, whether a child process delivered it (None: one was asked but did
    not answer by `deadline`), and the child's own time for it."""
    answered: bool | None = False
    if future is not None:
        try:
            found, child_s = wait_for(future, deadline)
            return found, True, child_s
        except TimeoutError:
            log.warning("log check: a helper did not answer in time; its range is checked here")
            answered = None
        except Exception:  # the child could not open or read the vault: check the range here
            pass
    return check_range(db, span, pinned), answered, None
