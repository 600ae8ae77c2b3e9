"""The replay's second half: the rows that decide who decides and what the data is.

replay.py compares the consent tables with the log. The rules read more than those: a youth's
birth date and protection, the representatives and their gezag (who_must_decide), a data
category's `special` and level, a recipient's legal role (may_share, sharing_rules), the
evidence a proof shows, the justification of sharing after a "no", and the `event_subjects`
index an item's history and proof walk. Each follows from events; an insider who edits one
with the passphrase and leaves the log alone is found here (replay_people.py,
replay_catalog.py, replay_subjects.py).

Cost: one more pass over the log (registry kinds parsed; other bodies only searched for the
keys event_subjects reads) and one pass over each registry table, which are small next to the
consent tables; it runs after this process's range of the consent replay (`alongside`), and
replay_split gives this process a smaller range for it. Reports name ids and table.column,
never a name or a birth date.
"""

from __future__ import annotations

import logging
import multiprocessing
import re
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from . import fastjson
from .audit_links import end_pool, result_deadline, wait_for
from .helper_exit import end_with_parent
from .replay_catalog import (
    check_catalog_texts,
    check_categories,
    check_evidence,
    check_justifications,
    check_links,
    check_organisation,
    check_policy,
    check_purposes,
    check_recipients,
)
from .replay_events import Origin
from .replay_legal_duties import check_legal_duties
from .replay_objections import check_objections
from .replay_people import (
    check_erased_leftovers,
    check_erasures,
    check_representatives,
    check_search_keys,
    check_workers,
    check_youths,
)
from .replay_qualifications import check_qualifications, check_qualifications_taken_back
from .replay_registry_events import KIND_BYTES, Registry, add
from .replay_report import MAX_PROBLEMS, Disagreement, ReplayReport
from .replay_sent import check_sent_ids
from .replay_sessions import check_forms, check_messages, check_sessions
from .replay_settings import check_settings, salted
from .replay_split import units
from .replay_subjects import SubjectDigest
from .store.db import Database, ReaderSpec

__all__ = ["Pending", "alongside", "check_registry", "extended", "start"]

log = logging.getLogger(__name__)

# Events + items + decisions from which `start` may run the check in a child process of its
# own. None: never. It used to run apart from 150k units (0.45 s of checking here, 1.1 s end
# to end in a child, starting it most of that); now the consent replay of such a vault is
# split over the warm chain-check helpers and this check runs here after this process's range,
# which replay_split.shares makes smaller by this check's cost (measured in session 9).
APART_FROM_UNITS: int | None = None


# Most of a log: kinds whose only subject is their request unless they name evidence (their
# bodies hold no other "request" key; see replay_events.request_of). Read without parsing.
_ONE_REQUEST = frozenset({b"request.created", b"decisions.recorded"})
_NUMBER = re.compile(rb"[0-9]+")


def _raw_kind(body: bytes) -> bytes:
    """The kind from the end of a canonical body (see replay_events.kind_of)."""
    start = body.rfind(b'"kind":"')
    if start < 0:
        return b""
    start += 8
    return body[start : body.find(b'"', start)]


def collect(rows: Iterable[tuple[int, bytes]], subjects: SubjectDigest) -> Registry:
    reg = Registry()
    for seq, body in rows:
        raw = _raw_kind(body)
        kind = KIND_BYTES.get(raw)
        if kind is None:
            if raw in _ONE_REQUEST and b'"evidence":' not in body:
                # As replay_events.request_of: the number after the first "request" key.
                at = body.find(b'"request":')
                number = None if at < 0 else _NUMBER.match(body, at + 10)
                if number is not None:
                    subjects.add("request", int(number.group()), seq)
                    continue
            subjects.feed(seq, body)
            continue
        try:
            doc = fastjson.loads(body)
            data = doc["data"]
            origin = Origin(seq, doc["at"], doc["actor"])
        except (ValueError, KeyError, TypeError):
            reg.unreadable.append(seq)
            continue
        add(reg, kind, origin, data)
        subjects.feed(seq, body, doc)
    return reg


class _Found:
    def __init__(self) -> None:
        self.items: list[Disagreement] = []
        self.more = 0

    def __call__(self, d: Disagreement) -> None:
        if len(self.items) >= MAX_PROBLEMS:
            self.more += 1
        else:
            self.items.append(d)


def check_registry(db: Database, *, contents: bool = False) -> ReplayReport:
    """Every registry row and the event_subjects index against the log, in one snapshot.
    `contents`: also hash every evidence blob (check and proof export; not at unlock)."""
    with db.snapshot():
        subjects = SubjectDigest()
        events = db.iterate("SELECT seq, body FROM events ORDER BY seq", tuples=True)
        counted = _counting(events)
        reg = collect(counted, subjects)
        found = _Found()
        for seq in sorted(set(reg.unreadable) | set(subjects.unreadable)):
            found(Disagreement(f"gebeurtenis {seq}", "kan niet worden gelezen"))
        for table, key, seq in reg.orphans:
            found(
                Disagreement(
                    f"gebeurtenis {seq}",
                    f"gaat over nr. {key} (tabel {table}), dat geen eerdere gebeurtenis aanmaakt",
                )
            )
        for table, key, seq in reg.twice:
            found(
                Disagreement(
                    f"gebeurtenis {seq}",
                    f"maakt nr. {key} (tabel {table}) opnieuw aan: een eerdere gebeurtenis "
                    "deed dat al",
                )
            )
        salts = _salts(db, reg)
        rows = check_youths(db, reg, salts, found)
        rows += check_representatives(db, reg, salts, found)
        check_erased_leftovers(db, reg, found)
        rows += check_search_keys(db, found)
        rows += check_erasures(db, reg, found)
        rows += check_recipients(db, reg, salts, found)
        rows += check_categories(db, reg, found)
        rows += check_catalog_texts(db, reg, found)
        rows += check_purposes(db, reg, found)
        rows += check_evidence(db, reg, found, contents=contents)
        rows += check_justifications(db, reg, salts, found)
        rows += check_links(db, reg, found)
        rows += check_sessions(db, reg, found)
        rows += check_messages(db, reg, found)
        check_sent_ids(db, reg, found)  # (the same rows: counted once, above)
        rows += check_forms(db, reg, salts, found)
        rows += check_objections(db, reg, found)
        rows += check_legal_duties(db, reg, found)
        rows += check_qualifications(db, reg, found)
        rows += check_qualifications_taken_back(db, reg, salts, found)
        rows += check_policy(db, reg, found)
        rows += check_organisation(db, reg, found)
        rows += check_settings(db, reg, salts, found)
        rows += check_workers(db, reg, salts, found)
        for d in subjects.compare(db):
            found(d)
    return ReplayReport(tuple(found.items), counted.seen, rows, 1, found.more)


class _counting:
    """The event rows, counted as they pass (bodies as bytes)."""

    def __init__(self, rows: Iterator[Any]) -> None:
        self._rows = rows
        self.seen = 0

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        for seq, body in self._rows:
            self.seen += 1
            yield seq, body  # INTEGER and BLOB: int and bytes


def _salts(db: Database, reg: Registry) -> dict[int, bytes]:
    wanted: set[int] = set()
    for y in reg.youths.values():
        wanted.add(y.personal[0])
        if y.left is not None:
            wanted.add(y.left[0])
    wanted |= {rep.personal[0] for rep in reg.representatives.values() if rep.personal[1]}
    wanted |= {w.origin.seq for w in reg.workers.values() if w.name}
    wanted |= {r.origin.seq for r in reg.recipients.values() if r.contact}
    wanted |= {j.origin.seq for j in reg.justifications.values() if j.commitment}
    wanted |= {o.seq for o, d in reg.forms.values() if d.get("pd") is not None}
    wanted |= {o.seq for o, d in reg.qualifications_taken_back.values() if d.get("pd")}
    wanted |= salted(reg)
    out: dict[int, bytes] = {}
    values = sorted(wanted)
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        for seq, salt in db.query(
            f"SELECT seq, salt FROM event_salts WHERE seq IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            out[int(seq)] = bytes(salt)
    return out


def extended(db: Database, report: ReplayReport, *, contents: bool = False) -> ReplayReport:
    """The consent replay's report with the registry's disagreements added."""
    return merged(report, check_registry(db, contents=contents))


class Pending:
    """The registry check started beside the consent replay (`start`); `merged` waits for
    it and adds its findings. Any failure of the child means it runs here instead: slower,
    never weaker."""

    def __init__(
        self,
        db: Database,
        contents: bool,
        future: Future[ReplayReport] | None = None,
        pool: ProcessPoolExecutor | None = None,
    ) -> None:
        self._db, self._contents, self._future, self._pool = db, contents, future, pool
        self._started = time.perf_counter()  # (the consent replay here runs from now)

    @property
    def apart(self) -> bool:
        return self._future is not None

    def cancel(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)

    def merged(self, report: ReplayReport) -> ReplayReport:
        """Bounded as the chain check's helpers (audit_links.result_deadline): a child stuck
        in a read of a hung share never answers; past the deadline it is ended (killed when
        it must; one that cannot be ended is named at the vault's close) and the registry is
        checked here — the same verdict, later (multi27)."""
        more = None
        if self._future is not None and self._pool is not None:
            deadline = result_deadline(time.perf_counter() - self._started)
            try:
                more = wait_for(self._future, deadline)
            except TimeoutError:
                log.warning("registry check: the helper did not answer in time; checked here")
            except Exception:  # the child could not open or read the vault: check it here
                more = None
            finally:
                end_pool(self._pool)
        if more is None:
            more = check_registry(self._db, contents=self._contents)
        return merged(report, more)


def start(
    db: Database,
    reader: ReaderSpec | None,
    *,
    contents: bool = False,
    apart_from: int | None = APART_FROM_UNITS,
) -> Pending:
    """From `apart_from` units (replay_split.units) the check runs in a child process while
    the consent replay runs here; otherwise (the default) it runs in `merged`, after this
    process's part of the consent replay (see APART_FROM_UNITS)."""
    if reader is None or db.in_transaction or apart_from is None or units(db) < apart_from:
        return Pending(db, contents)
    try:
        pool = ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=end_with_parent,  # a killed desk takes it along (s26)
        )
    except Exception:  # no processes here (sandbox, no semaphores)
        return Pending(db, contents)
    try:
        future = pool.submit(_in_child, reader, contents)
    except Exception:  # the pool broke while starting
        pool.shutdown()
        return Pending(db, contents)
    return Pending(db, contents, future, pool)


def alongside(
    db: Database,
    reader: ReaderSpec | None,
    replay: Callable[[], ReplayReport],
    *,
    contents: bool = False,
) -> ReplayReport:
    """`replay()` (the consent replay) with the registry check beside it, as one report."""
    pending = start(db, reader, contents=contents)
    try:
        report = replay()
    except BaseException:
        pending.cancel()
        raise
    return pending.merged(report)


def _in_child(reader: ReaderSpec, contents: bool) -> ReplayReport:
    db = reader.open()
    try:
        return check_registry(db, contents=contents)
    finally:
        db.close()


def merged(report: ReplayReport, more: ReplayReport) -> ReplayReport:
    """Both reports as one: the consent replay's findings first."""
    found = [*report.disagreements, *more.disagreements]
    extra = report.more + more.more + max(0, len(found) - MAX_PROBLEMS)
    return ReplayReport(
        tuple(found[:MAX_PROBLEMS]),
        max(report.events, more.events),
        report.rows + more.rows,
        report.processes,
        extra,
    )
