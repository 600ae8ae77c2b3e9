"""The admin's line to the team server (`team-worker add|remove|list`), as sturdy as a desk's.

A desk's writes are tried again, whole, when the server ends them in a deadlock or a
serialization failure, and its line is made again when it was cut (store/turns.py, pg.py).
The admin commands had neither (session 16's leftover): a DBA's psql holding a worker's
`members` row while it waited for the role IT was removing ended `team-worker remove` in a
deadlock, and a line cut halfway (a restarted server, a network hiccup) ended it with "niet
bereikbaar" — the worker still able to log in either way. Now `AdminLine.change` runs a change
in one READ COMMITTED transaction (named: a DBA may have raised the database's default, as
pg.py found for the desks) up to turns.CONFLICT_ATTEMPTS times: after a conflict on the same
line, after a cut on a new one (same address, the password kept in memory only). A COMMIT whose
answer was lost is never sent again: the transaction's fate is asked on a new line
(txid_status) — committed: done; aborted: tried again; no answer: "niet zeker, kijk met
team-worker list" (error-team-commit-unknown). A line given by a caller without its address
(tests, older callers) is not made again: its cut is said as before.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar, cast

import psycopg
from psycopg import errors as pg_errors

from ..errors import ToestemmingError
from . import pg_commit_fate
from .pg_connect import TeamServerError, connect
from .turns import CONFLICT_ATTEMPTS, CONFLICT_PAUSE_S

log = logging.getLogger(__name__)

T = TypeVar("T")

_CONFLICTS = (pg_errors.SerializationFailure, pg_errors.DeadlockDetected)


class _Cut(Exception):
    """The line broke; `at_commit`: while the COMMIT was on its way (its fate unknown; the
    transaction's id `xid` asks after it, `result` is the body's answer when it was kept)."""

    def __init__(
        self, cause: psycopg.Error, xid: int, at_commit: bool, result: object, started: object
    ) -> None:
        super().__init__(type(cause).__name__)
        self.cause = cause
        self.xid = xid
        self.started = started  # (the server's start time when the id was handed out)
        self.at_commit = at_commit
        self.result = result


class AdminLine:
    """One admin connection, made again by itself when it breaks (module doc)."""

    def __init__(
        self, conn: psycopg.Connection, url: str | None = None, password: str | None = None
    ) -> None:
        self._conn = conn
        self._url = url
        self._password = password  # (in memory only, as a desk keeps its own)

    @classmethod
    def connect(cls, url: str, password: str | None) -> AdminLine:
        return cls(connect(url, password), url, password)

    @classmethod
    def of(cls, admin: psycopg.Connection | AdminLine) -> AdminLine:
        return admin if isinstance(admin, AdminLine) else cls(admin)

    @property
    def conn(self) -> psycopg.Connection:
        return self._conn

    def __enter__(self) -> AdminLine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self._conn.close()

    def change(self, body: Callable[[psycopg.Connection], T]) -> T:
        """`body(conn)` in one transaction, tried again whole after a conflict or a cut line
        (module doc). Errors other than these reach the caller as psycopg raised them."""
        for attempt in range(1, CONFLICT_ATTEMPTS + 1):
            last = attempt == CONFLICT_ATTEMPTS
            try:
                return self._once(body)
            except _CONFLICTS:
                if last:
                    raise
                log.info(
                    "team server: a role change ended in a conflict, tried again (%d)", attempt
                )
                time.sleep(random.uniform(0.5, 1.0) * CONFLICT_PAUSE_S * attempt)
            except _Cut as cut:
                if self._url is None or last:
                    if cut.at_commit:  # (kept or not: nobody can say)
                        raise TeamServerError(message_id="error-team-commit-unknown") from None
                    raise cut.cause from None
                try:
                    self._again()
                except ToestemmingError:
                    if cut.at_commit:  # (the server away: not "niets veranderd")
                        raise TeamServerError(message_id="error-team-commit-unknown") from None
                    raise
                if cut.at_commit and self._kept(cut.xid, cut.started):
                    return cast(T, cut.result)
                log.info("team server: the line broke during a role change, tried again")
        raise AssertionError("unreachable")

    def read(self, body: Callable[[psycopg.Connection], T]) -> T:
        """A read (or a call that may be made twice), once more on a new line when cut."""
        try:
            return body(self._conn)
        except psycopg.OperationalError:
            if self._url is None or not (self._conn.closed or self._conn.broken):
                raise
        self._again()
        return body(self._conn)

    def _once(self, body: Callable[[psycopg.Connection], T]) -> T:
        conn = self._conn
        xid, started = 0, None
        result: T | None = None
        at_commit = False
        try:
            conn.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
            row = conn.execute("SELECT txid_current(), pg_postmaster_start_time()").fetchone()
            xid, started = (int(row[0]), row[1]) if row else (0, None)
            result = body(conn)
            at_commit = True
            conn.execute("COMMIT")
            return result
        except psycopg.Error as exc:
            if conn.closed or conn.broken:
                raise _Cut(exc, xid, at_commit, result, started) from None
            with contextlib.suppress(psycopg.Error):
                conn.execute("ROLLBACK")
            raise
        except BaseException:
            with contextlib.suppress(psycopg.Error):
                conn.execute("ROLLBACK")
            raise

    def _again(self) -> None:
        assert self._url is not None
        with contextlib.suppress(psycopg.Error):
            self._conn.close()
        self._conn = connect(self._url, self._password)
        log.info("team server: the admin's line made again")

    def _kept(self, xid: int, started: object) -> bool:
        """Whether the COMMIT whose answer was lost was kept (asked on the new line). After a
        crash of the server the id may be another transaction's (pg_commit_fate.py): a role
        change writes no event to tell it by, so "committed" is then "niet zeker"."""
        try:
            found = pg_commit_fate.fate(
                lambda x: self._conn.execute(
                    pg_commit_fate.STATUS_SQL.format("%s"), (x,)
                ).fetchone(),
                xid,
                started,  # type: ignore[arg-type]
                None,
                lambda _seq: None,
            )
        except psycopg.Error:
            found = None
        if found is None:
            raise TeamServerError(message_id="error-team-commit-unknown") from None
        log.info("team server: a role change's COMMIT answer was lost; it was %s", found)
        return found == pg_commit_fate.COMMITTED
