"""The only module that imports psycopg: a team server connection that behaves like db.Database.

`PgDatabase` offers what the use cases call on a vault's database (query, query_one, scalar,
iterate, execute → the new row's id, executemany, transaction, snapshot …), so service.py and
the use cases need not know which store they talk to. It subclasses Database for the type
checker only: no SQLite connection is ever made; every method is overridden here.

- SQL: SQLite's, translated once per string by pg_dialect.translate (cached); statements are
  prepared server-side by psycopg after a few executions.
- Parameters: a Python int goes to the server as an *untyped* literal, so the server infers
  its type from where it stands, as SQLite's loose typing does (`text_column = 5` compares
  text, `id = '5'` an integer) instead of failing on "text = smallint".
- Writes are serialised per organisation like SQLite's BEGIN IMMEDIATE: `transaction()`
  starts with the schema's take_write_turn() (a row lock on the organisation's own row, which
  no other organisation's worker can reach; an advisory lock could be taken by anyone on the
  server), so the use cases' read-then-write logic (the audit log reads its head, then inserts
  seq + 1) keeps its meaning with many workers. Reads take no lock. The events' primary key
  (org_id, seq) is the second guard. Waiting for the turn is bounded (LOCK_WAIT_MS, the
  server's lock_timeout): a colleague's session that holds it (a frozen desk, psql) gives a
  Dutch sentence and nothing written, never a desk that hangs.
- Errors: a lost connection, a refused login, a busy server, a refused row → the same Dutch
  ToestemmingError kinds db.py raises; a refused row is a SqlIntegrityError (the use cases
  catch that). Never a password, a row value or the server's DETAIL text in a message or log.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from ..errors import AccessRevoked, Phrase, ToestemmingError, ValidationError, VaultError
from . import pg_commit_fate, pg_schema, pg_schema_sql
from .db import Database, Params, Row, SqlIntegrityError, T
from .pg_connect import desk_connect as connect
from .pg_dialect import translate
from .pg_file_tools import NoFileTools
from .pg_guards_check import guard_problems
from .pg_rows import row_factory, says_nothing
from .turns import (
    CONFLICT_ATTEMPTS,
    CONFLICT_PAUSE_S,
    PgConflict,
    PgLineCutNothingKept,
    run_in_turns,
)

__all__ = ["CONFLICT_ATTEMPTS", "CONFLICT_PAUSE_S", "PgConflict", "PgDatabase"]

_log = logging.getLogger(__name__)

# How long a write waits for the organisation's write turn (or any other lock) before the
# worker is told a colleague holds it. A desk write takes well under a second; a move or a
# large import by a colleague may take longer, and then "try again" is the right answer.
LOCK_WAIT_MS = 15_000
# How long this window's transaction may sit idle (its process frozen: a laptop closed mid-
# write, a desk hung, its network gone without a word) before the server ends it and the
# organisation's write turn is free again. pg_roles gives workers' roles the same; the admin
# login (the first worker, team-setup) had none, and a frozen desk of theirs kept every
# colleague at "ongewoon lang" until TCP noticed — hours. A shorter setting of IT's stays.
IDLE_IN_TRANSACTION_MS = 120_000


class PgIntegrityError(SqlIntegrityError):  # type: ignore[misc]
    """A row the server refused (unique key, reference, check, append-only trigger). Its text
    is the SQLSTATE and the constraint's name only: the server's own message names values."""


def typed_error(exc: BaseException) -> BaseException:
    """The Dutch typed error for a server failure, or `exc` itself for a programming error."""
    if isinstance(exc, psycopg.IntegrityError):
        diag = exc.diag
        name = diag.constraint_name or diag.table_name or ""
        return PgIntegrityError(f"{exc.sqlstate} {name}".strip())
    if isinstance(exc, pg_errors.InvalidAuthorizationSpecification):
        return AccessRevoked(message_id="error-service-worker-no-access")
    if isinstance(exc, pg_errors.LockNotAvailable):
        return VaultError(message_id="error-pg-write-turn-taken")
    if isinstance(exc, (pg_errors.SerializationFailure, pg_errors.DeadlockDetected)):
        return PgConflict(message_id="error-pg-busy")
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return VaultError(message_id="error-pg-not-allowed")
    if isinstance(exc, pg_errors.ReadOnlySqlTransaction):
        if exc.diag.constraint_name == pg_schema_sql.DESK_OLDER:
            return VaultError(message_id="error-pg-schema-newer")  # (the server's turn check)
        return VaultError(message_id="error-pg-read-only")  # (role, database or standby)
    if isinstance(exc, psycopg.DataError):
        # A value the column's type cannot hold (the server's text would quote the value).
        return ValidationError(message_id="error-pg-invalid-value")
    if isinstance(exc, pg_errors.DiskFull):
        # (The server's disk, not this computer's: "maak ruimte vrij" told the worker to
        # free space where it would not help.)
        return VaultError(message_id="error-pg-server-disk-full")
    if isinstance(exc, (pg_errors.InsufficientResources, pg_errors.ProgramLimitExceeded)):
        # Memory, a limit IT set (temp_file_limit) …: the line is fine, nothing was kept.
        return VaultError(message_id="error-pg-server-resources")
    # (The server ending a transaction left idle too long is an "InternalError" to psycopg,
    # SQLSTATE 25P03, and ends the line: a raw traceback in the desk before.)
    lost = (
        psycopg.OperationalError,
        psycopg.InterfaceError,
        pg_errors.IdleInTransactionSessionTimeout,
    )
    if isinstance(exc, lost):
        return VaultError(message_id="error-pg-connection-lost")
    return exc


@contextlib.contextmanager
def _typed_errors() -> Iterator[None]:
    try:
        yield
    except UnicodeEncodeError:
        raise ValidationError(message_id="error-db-invalid-unicode") from None
    except psycopg.Error as exc:
        typed = typed_error(exc)
        if typed is exc:
            raise
        _log.warning("team server refused a statement: %s", exc.sqlstate or type(exc).__name__)
        raise typed from None


def turn_call() -> str:
    """The write turn with this release's schema number (the server refuses an older one)."""
    return f"take_write_turn({pg_schema.PG_VERSION})"


class PgDatabase(NoFileTools, Database):
    def __init__(self, conn: Any, label: str) -> None:
        self._conn = conn
        self.path = Path(label)  # shown nowhere; the server's "where" for messages and logs
        self.profile = None  # type: ignore[assignment]
        self.opened_read_only = False
        self.after_commit: Callable[[], None] | None = None
        # (No vault lock on a server: the clock's gate only, usecases/clock_right.py.)
        self.before_write: Callable[[], None] | None = None
        self.explain_read_failure = None  # (no data key on a server)
        self._lock = threading.RLock()
        self._in_tx = False
        self.read_only_reason: Phrase | None = None
        self._damaged_key = None
        self.org_id = 0  # the organisation of the login role (team.open_store sets it)
        self.login_role = ""
        self.conninfo = ""
        # To make the line again after it broke (a restarted server, a network hiccup): the
        # same address and the password this window signed in with (in memory only, as a
        # vault keeps its key; never written or logged).
        self._dsn = ""
        self._password: str | None = None
        self._lost = False  # the line broke; made again before the next exchange
        self._in_snapshot = False
        self._lock_wait_ms = LOCK_WAIT_MS
        self._idle_tx_ms = IDLE_IN_TRANSACTION_MS
        self.commits = 0  # (store/turns.py: a call that committed is never tried again)
        self.turns_depth = 0
        self._xid: int | None = None  # this write transaction's id on the server
        self._xid_started: datetime | None = None  # the server's start time then
        self._event: pg_commit_fate.Event | None = None  # the last event it appended

    @classmethod
    def connect_to(cls, conninfo: str, password: str | None, *, label: str = "team") -> PgDatabase:
        db = cls(connect(conninfo, password), label)
        db._dsn, db._password = conninfo, password
        db._use_schema()
        return db

    def _use_schema(self) -> None:
        with _typed_errors():
            self._conn.execute(f"SET search_path = {pg_schema.SCHEMA}")
        self.set_lock_wait_ms(self._lock_wait_ms)
        self.set_idle_in_transaction_ms(self._idle_tx_ms)

    def set_idle_in_transaction_ms(self, ms: int) -> None:
        """The most a transaction of this line may sit idle before the server ends it
        (IDLE_IN_TRANSACTION_MS; a shorter one set by IT is kept). Tests shorten it."""
        self._idle_tx_ms = int(ms)
        capped = (
            "SELECT set_config('idle_in_transaction_session_timeout', CASE WHEN s = 0 OR s > $1 "
            "THEN $1::text ELSE s::text END, false) FROM (SELECT setting::int AS s "
            "FROM pg_settings WHERE name = 'idle_in_transaction_session_timeout') t"
        )
        with self._lock:
            self._again_if_cut(lambda: self._conn.execute(capped, (int(ms),)))

    def set_lock_wait_ms(self, ms: int) -> None:
        """How long a statement of this connection waits for a lock before it is refused
        (error-pg-write-turn-taken). Tests shorten it; they never wait for it to pass."""
        self._lock_wait_ms = int(ms)
        with self._lock:
            self._again_if_cut(lambda: self._conn.execute(f"SET lock_timeout = {int(ms)}"))

    # -- the line to the server ---------------------------------------------------------------
    @contextlib.contextmanager
    def _talking(self) -> Iterator[None]:
        """Around every exchange: a line that broke earlier is made again first, and the
        server's failures become the Dutch errors (a line that breaks now is remembered). The
        change that was under way when it broke is gone (the server rolled it back) and the
        worker is told so once (error-pg-connection-lost); their next action just works."""
        if self._lost:
            self._connect_again()
        try:
            with _typed_errors():
                yield
        except VaultError:
            if self._conn.closed or self._conn.broken:
                self._lost = True
            raise

    def _again_if_cut(self, exchange: Callable[[], T]) -> T:
        """An exchange that may be made twice — a read outside a transaction, a BEGIN (and
        the turn after it: nothing written yet), a SET — made once more on a new line when
        this one turns out cut: an idle line the server ended (idle_session_timeout, a DBA's
        pg_terminate_backend, a firewall, a restart overnight) is only found cut by the next
        exchange, and the worker's first action after it failed once with "verbroken". Never
        inside a transaction or snapshot, and never a COMMIT (see `transaction`)."""
        try:
            with self._talking():
                return exchange()
        except VaultError as exc:
            if not self._lost or self._in_tx or self._in_snapshot:
                raise
            if exc.message_id != "error-pg-connection-lost":
                raise
        _log.info("team server line found cut before an exchange: made again")
        with self._talking():
            return exchange()

    def _connect_again(self) -> None:
        """The line again, as it was: schema, lock wait, read-only; and still this
        organisation's member (removed meanwhile: said so). Never in the middle of a
        transaction or snapshot: what was begun on the old line must end there, with the error
        that ended it, not go on half on a new one."""
        if self._in_tx or self._in_snapshot or not self._dsn:
            raise VaultError(message_id="error-pg-connection-lost")
        with contextlib.suppress(psycopg.Error):
            self._conn.close()
        try:
            self._conn = connect(self._dsn, self._password, again=True)
        except VaultError as exc:
            if exc.message_id == "error-team-login-failed":
                # The same password worked a moment ago: the login was disabled (team-worker
                # remove), which is what a removed worker hears.
                raise AccessRevoked(message_id="error-service-worker-no-access") from None
            raise
        self._lost = False
        self._use_schema()
        with _typed_errors():
            if self.read_only_reason is not None:
                self._conn.execute("SET default_transaction_read_only = on")
            if self.org_id and self._conn.execute("SELECT current_org()").fetchone()[0] != (
                self.org_id
            ):
                raise AccessRevoked(message_id="error-service-worker-no-access")
        _log.info("team server connection made again")

    # -- the schema ---------------------------------------------------------------------------
    def schema_version(self) -> int | None:
        with self._lock:
            return self._again_if_cut(self._schema_version)

    def _schema_version(self) -> int | None:
        row = self._conn.execute(
            "SELECT to_regclass($1) IS NOT NULL", (f"{pg_schema.SCHEMA}.schema_version",)
        ).fetchone()
        if not row[0]:
            return None
        found = self._conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return None if found[0] is None else int(found[0])

    def run_script(self, sql: str) -> None:
        """Several statements without parameters, untranslated (the schema's own DDL)."""
        self._require_tx()
        with _typed_errors():
            self._conn.execute(sql, prepare=False)

    def query_columns(self, table: str) -> list[str]:
        """The columns of one of the schema's tables, in order."""
        rows = self.query(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
            "AND table_name = ? ORDER BY ordinal_position",
            (pg_schema.SCHEMA, table),
        )
        return [str(r[0]) for r in rows]

    def current_org(self) -> int | None:
        value = self.scalar("SELECT current_org()")
        return None if value is None else int(value)

    # -- queries --------------------------------------------------------------------------
    def _run(self, sql: str, params: Params) -> Any:
        t = translate(sql)
        return self._conn.execute(t.sql, t.params(params) if t.sources else None)

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            return self._again_if_cut(lambda: self._query(sql, params))

    def _query(self, sql: str, params: Params) -> list[Row]:
        rows = list(self._run_rows(sql, params).fetchall())
        if not rows or (len(rows) == 1 and says_nothing(rows[0])):
            self._still_member()
        return rows

    def _still_member(self) -> None:
        """After a read that found nothing: is this login still in its organisation?
        The server refuses a removed member's reads itself (schema 7, pg_schema_sql
        MEMBER_ORG), but only once a statement looks at a row: a statement whose index finds
        no row of any organisation (a count of an item's decisions, of a table nobody has
        filled yet) answers empty or 0 without asking. Such an answer asks here (one more
        round trip, only on an empty answer or one of only 0/NULL), so the removed worker
        hears the sentence their writes get (take_write_turn), never "nothing here"."""
        if not self.org_id:
            return  # (setting up, or opening: open_store asks itself)
        if self._conn.execute("SELECT current_org()").fetchone()[0] is None:
            raise AccessRevoked(message_id="error-service-worker-no-access")

    def _run_rows(self, sql: str, params: Params) -> Any:
        t = translate(sql)
        cur = self._conn.cursor(row_factory=row_factory)
        cur.execute(t.sql, t.params(params) if t.sources else None)
        return cur

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        with self._lock:
            return self._again_if_cut(lambda: self._query_one(sql, params))

    def _query_one(self, sql: str, params: Params) -> Row | None:
        row: Row | None = self._run_rows(sql, params).fetchone()
        if row is None or says_nothing(row):
            self._still_member()
        return row

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def batches(
        self, sql: str, params: Params = (), size: int = 4096, *, tuples: bool = False
    ) -> Iterator[list[Row]]:
        # (Database.iterate walks these lists: one way of reading a long result on each side)
        with self._lock:
            t = translate(sql)

            def started() -> Any:  # (made again on a new line only before the first row)
                cur = self._conn.cursor() if tuples else self._conn.cursor(row_factory=row_factory)
                return cur.execute(t.sql, t.params(params) if t.sources else None)

            cur = self._again_if_cut(started)
            with self._talking():
                found = False
                while True:
                    rows = cur.fetchmany(size)
                    if not rows:
                        if not found:
                            self._still_member()
                        return
                    found = True
                    yield rows

    def execute(self, sql: str, params: Params = ()) -> int:
        """One write inside `transaction()`; returns the new row's id (0 when none)."""
        self._require_tx()
        with self._lock, self._talking():
            t = translate(sql)
            cur = self._conn.execute(t.sql, t.params(params) if t.sources else None)
            self._event = pg_commit_fate.event_of(sql, params) or self._event
            if not t.returning:
                return 0
            row = cur.fetchone()
            return 0 if row is None else int(row[0])

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        self._require_tx()
        if not rows:
            return
        with self._lock, self._talking():
            t = translate(sql)
            with self._conn.cursor() as cur:
                cur.executemany(t.sql, [t.params(r) for r in rows])
            self._event = pg_commit_fate.event_of(sql, rows[-1]) or self._event

    def executescript(self, sql: str) -> None:
        raise RuntimeError("SQLite scripts do not run on the team server (pg_schema.py)")

    # -- transactions ---------------------------------------------------------------------------
    @property
    def in_transaction(self) -> bool:
        return self._in_tx

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the database as at the first one (REPEATABLE READ)."""
        with self._lock:
            if self._lost and not self._in_tx:
                with self._talking():
                    pass  # (the line again first: the snapshot must be taken on it)
            if self._in_tx or self._conn.info.transaction_status != 0:
                yield
                return
            self._again_if_cut(
                lambda: self._conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            )
            self._in_snapshot = True
            try:
                yield
            finally:
                self._in_snapshot = False
                with contextlib.suppress(psycopg.Error):
                    self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        with self._lock:
            if self._in_tx:
                raise RuntimeError("nested transaction")
            if self.before_write is not None:
                self.before_write()  # (usecases/clock_right: a clock put right writes again)
            if self.read_only_reason:
                raise VaultError(
                    message_id="error-vault-read-only", params={"reason": self.read_only_reason}
                )
            self._begin_with_turn()
            self._in_tx = True
            try:
                yield self
            except BaseException as exc:
                self._in_tx = False
                self._rollback()
                if getattr(exc, "message_id", "") == "error-pg-connection-lost":
                    # (Cut before the COMMIT was sent: the server kept nothing of it.)
                    raise PgLineCutNothingKept(message_id="error-pg-connection-lost") from None
                raise
            else:
                self._in_tx = False
                try:
                    with self._talking():
                        self._conn.execute("COMMIT")
                except PgConflict:
                    self._rollback()  # (refused at COMMIT: nothing kept, may be tried again)
                    raise
                except BaseException as exc:
                    self._rollback()
                    if not self._committed_after_all(exc):
                        raise
                self.commits += 1
                if self.after_commit is not None:
                    try:
                        self.after_commit()
                    except ToestemmingError as exc:
                        # The change is committed. What follows a commit (this computer's copy
                        # of the log head, the change feed) is done again after the next one;
                        # a line that broke or a removal that landed just after the commit
                        # must not tell the worker their saved change failed: their next
                        # action hears it.
                        _log.warning("after a commit on the team server: %s", type(exc).__name__)

    def in_one_turn(self, body: Callable[[], T]) -> T:
        """`body()` in one write transaction, run again whole when the server ended it in a
        deadlock or serialization failure (store/turns.py; tests/test_attack_s16_team_isolation
        and test_attack_s17_team_conflicts.py)."""

        def whole() -> T:
            with self.transaction():
                return body()

        return run_in_turns(self, whole)

    def _committed_after_all(self, exc: BaseException) -> bool:
        """The COMMIT failed. When its answer was lost with the line, the server may have
        committed: never sent again (it could be recorded twice) but asked, on a new line, by
        the transaction's id (txid_status, PostgreSQL's answer to a commit in doubt) —
        committed: saved, go on; aborted: nothing kept, PgLineCutNothingKept (a marked call
        is made once more on the new line); no answer (the server still away, or still busy
        with it): error-pg-commit-unknown, the worker is asked to look, and the call is not
        tried again (tests/test_attack_s17_team_line.py, test_multi23_team_line_cut_retry.py)."""
        if getattr(exc, "message_id", "") != "error-pg-connection-lost" or not self._xid:
            return False
        xid = self._xid
        try:
            self._connect_again()
            found = pg_commit_fate.fate(
                lambda x: self._conn.execute(
                    pg_commit_fate.STATUS_SQL.format("$1"), (x,)
                ).fetchone(),
                xid,
                self._xid_started,
                self._event,
                lambda seq: (
                    self._run("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone() or (None,)
                )[0],
            )
        except (ToestemmingError, psycopg.Error):
            found = None
        if found is not None:
            _log.info("team server: a COMMIT's answer was lost; it was %s", found)
            if found == pg_commit_fate.ABORTED:
                raise PgLineCutNothingKept(message_id="error-pg-connection-lost") from None
            return True
        self.commits += 1  # (maybe kept: store/turns.py never tries this call again)
        raise VaultError(message_id="error-pg-commit-unknown") from None

    def _begin_with_turn(self) -> None:
        """BEGIN and the organisation's write turn. READ COMMITTED is named, not left to the
        server: the use cases check *after* the turn what the colleague before them committed,
        which needs a fresh snapshot per statement. On a database whose DBA raised
        default_transaction_isolation (repeatable read, serializable) the snapshot was taken at
        the turn's statement, before its wait, and every desk that had waited for a colleague
        was refused as "te druk" (tests/test_attack_s16_team_isolation.py)."""
        self._again_if_cut(self._begin_and_turn)  # (nothing written yet: may be made again)

    def _begin_and_turn(self) -> None:
        self._conn.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        try:
            self._xid, self._xid_started, self._event = None, None, None
            if self.org_id:  # (0: setting up, before the schema and organisation exist)
                # One writer per organisation at a time (module doc); the id and the server's
                # start time: see COMMIT (pg_commit_fate.py).
                # The release's schema number: the server refuses the turn when its schema
                # is newer (an upgrade while this desk was open; pg_schema_sql.DESK_RELEASE_TURN).
                turn = self._conn.execute(
                    f"SELECT {turn_call()}, txid_current(), pg_postmaster_start_time()"
                ).fetchone()
                self._xid, self._xid_started = int(turn[1]), turn[2]
            else:  # (setting up: no organisation to take the turn of, the release all the same)
                self._conn.execute(
                    f"SELECT set_config('{pg_schema_sql.DESK_SETTING}', "
                    f"'{pg_schema.PG_VERSION}', true)"
                )
        except BaseException:
            # (Not our turn in time, or the line broke: the connection must not stay
            # inside an aborted transaction, or every later statement fails too.)
            self._rollback()
            raise

    def _rollback(self) -> None:
        with contextlib.suppress(psycopg.Error):
            self._conn.execute("ROLLBACK")

    def _require_tx(self) -> None:
        if not self._in_tx:
            raise RuntimeError("write outside a transaction")

    # -- maintenance: the vault file's tools (pg_file_tools.py); the server's guards ------------
    def file_problem_phrases(self, *, thorough: bool = True) -> list[Phrase]:
        """The server's guards all in force (pg_guards_check.py)."""
        with self._lock:
            return self._again_if_cut(lambda: guard_problems(self._conn))

    def enter_read_only(self, reason: Phrase, key: bytes) -> None:
        with self._lock:
            self.read_only_reason = reason
            with _typed_errors():
                self._conn.execute("SET default_transaction_read_only = on")

    def close(self) -> None:
        with self._lock, contextlib.suppress(psycopg.Error):
            self._conn.close()

    @property
    def backend_pid(self) -> int:
        """The server process of this connection (tests end it to simulate a lost line)."""
        return int(self._conn.info.backend_pid)

    @property
    def used_password(self) -> bool:
        """The server asked this connection for a password (not a certificate login)."""
        return bool(self._conn.pgconn.used_password)

    def server_identity(self) -> str:
        """host:port/database: which server this is (no user, no password)."""
        info = self._conn.info
        return f"{info.host}:{info.port}/{info.dbname}"
