"""The Database over one sqlcipher3 connection: queries, transactions, rekey, backup, checks.

Every write goes through `transaction()`: BEGIN IMMEDIATE … COMMIT, rolled back on any error,
so a service call is recorded completely or not at all.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..errors import (
    IntegrityFailure,
    Phrase,
    ToestemmingError,
    ValidationError,
    VaultError,
)
from ..language import SOURCE
from ..private_files import create_private
from . import db_health, replaced_file

# Split by responsibility (re-exported here: `from .db import X` keeps working):
# cipher_profile (page settings), db_errors (storage failures in Dutch), wal_check (a lost
# -wal), sql_script (a migration script into statements), db_health (what each step of the
# health check says), db_connect (opening a keyed connection with its pragmas; the file's
# identity and state). This module keeps the Database: queries, transactions, renewing its
# connection (a writer opened the file, a damaged page), rekey, the backup API and running the
# check's steps. Only store/db_connect.py imports sqlcipher3.
from .cipher_profile import FAST_READ, LEGACY, PROFILES, CipherProfile
from .db_connect import (
    DatabaseError,
    SqlError,
    SqlIntegrityError,
    apply_profile,
    bare_connect,
    connect,
    file_id,
    file_state,
    may_be_immutable,
    typed_error,
)
from .db_errors import (
    CORRUPT_MESSAGE,
    DISK_FULL_MESSAGE,
    IO_MESSAGE,
    READ_ONLY_MESSAGE,
)
from .sql_script import split_sql as _split_sql
from .wal_check import WAL_LOST_MESSAGE, refuse_leftovers, refuse_second_index, wal_loss

T = TypeVar("T")

__all__ = [
    "CORRUPT_MESSAGE",
    "DISK_FULL_MESSAGE",
    "FAST_READ",
    "IO_MESSAGE",
    "LEGACY",
    "PROFILES",
    "READ_ONLY_MESSAGE",
    "WAL_LOST_MESSAGE",
    "CipherProfile",
    "Database",
    "DatabaseError",
    "ReaderSpec",
    "SqlIntegrityError",
    "typed_error",
    "wal_loss",
]

Row = Any  # sqlcipher3.Row: index- and name-addressable
Params = Sequence[Any] | dict[str, Any]


_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class ReaderSpec:
    """What another process needs to open its own connection to an open vault: used to read a
    long audit log in several processes at once. The key travels only through the pipe
    multiprocessing sets up between parent and child, never on a command line; it is kept out
    of repr() so it cannot end up in a log line or a traceback."""

    path: Path
    key: bytes = field(repr=False)
    profile: CipherProfile = LEGACY
    read_only: bool = False  # the vault is open for checking only
    # The vault open in this program (Vault.reader_spec): a helper may keep its connection
    # between ranges (audit_links.kept_database) until the vault is closed. Not for a scratch
    # copy (a backup being checked): that file is renamed next, which an open handle blocks
    # on Windows.
    keep: bool = False
    # The file the vault's own connection has open (Database.file_id): another file found at
    # its name (a restore elsewhere, a copy put back) is refused, never read in its place.
    file_id: tuple[int, int] | None = None
    # The process that made the spec (the desk). A helper process opening the desk's vault
    # after its -shm was removed would make a second WAL index (wal_check): refused there, and
    # the helper's range is read by the desk itself. (The desk's own process shares the index
    # it has mapped: SQLite keeps one per file per process.)
    made_in: int = field(default_factory=os.getpid)

    def open(self) -> Database:
        self._same_file()
        if os.getpid() != self.made_in:
            refuse_second_index(self.path)
        db = Database.open(self.path, self.key, profile=self.profile, read_only=self.read_only)
        db.checkpoint_at_close = False  # (a reader: the writer's note of the file stays true)
        try:
            self._same_file()  # (still: the name did not change while it opened)
        except VaultError:
            db.close()
            raise
        return db

    def _same_file(self) -> None:
        if self.file_id is not None and file_id(self.path) != self.file_id:
            raise VaultError(message_id="error-vault-read-only-moved")


class Database:
    def __init__(
        self,
        conn: Any,
        path: Path,
        profile: CipherProfile = LEGACY,
        *,
        opened_read_only: bool = False,
    ) -> None:
        self._conn = conn
        self.path = path
        self.profile = profile
        # Opened with SQLite's read-only mode (toestemming check): no WAL checkpoint, no
        # write of any kind reaches the file, not even at close.
        self.opened_read_only = opened_read_only
        # Called after every successful COMMIT, inside the lock (the service records the
        # audit log's new head in the key header there).
        self.after_commit: Callable[[], None] | None = None
        # Asked before every write transaction (the service: is the writer lock still ours?);
        # raises to refuse the write.
        self.before_write: Callable[[], None] | None = None
        # Asked when a read fails on a page's HMAC: a better error than "damaged", or None
        # (a read-only window: the writer elsewhere renewed the data key).
        self.explain_read_failure: Callable[[], ToestemmingError | None] | None = None
        self._lock = threading.RLock()
        self._in_tx = False
        # Set when a vault is open for reading only: the reason every write is refused with
        # (see enter_read_only), a catalog phrase shown in the reader's language.
        self.read_only_reason: Phrase | None = None
        self._damaged_key: bytes | None = None
        # A read-only connection opened `immutable` (no -wal: nobody was writing) sees the
        # file as it was then, and SQLite trusts it never to change. A writer that opens
        # later changes it: then the connection is renewed (see _follow_writer).
        self._immutable_key: bytes | None = None
        self._file_seen: tuple[int, int, bool] | None = None
        # (device, inode) of the file at `path` when this connection opened it (ReaderSpec).
        self.file_id: tuple[int, int] | None = None
        self._connections = 1  # connections opened so far (change_mark: a renewed one)
        # What this connection last left in the vault file and its -wal (None: reads only).
        self.notes: replaced_file.WriterNotes | None = None
        self.checkpoint_at_close = True  # (not the log-check helpers': they would change it)
        # How long a key change waits for another process's read to end (empty_wal_for_rekey).
        self.rekey_wait_ms = 5000

    @classmethod
    def open(
        cls,
        path: Path,
        key: bytes,
        *,
        create: bool = False,
        profile: CipherProfile = LEGACY,
        read_only: bool = False,
    ) -> Database:
        if not create and not path.exists():
            raise VaultError(message_id="error-db-vault-file-missing")
        if create and path.exists():
            raise VaultError(message_id="error-db-file-place-choose-another")
        if not create:
            refuse_leftovers(path, read_only=read_only)  # a lost -wal, a killed writer's -journal
        else:
            create_private(path)  # 0600 from the start; SQLite gives -wal/-shm the same mode
        immutable = read_only and may_be_immutable(path)
        conn = connect(path, key, profile, read_only=read_only)
        db = cls(conn, path, profile, opened_read_only=read_only)
        db.file_id = file_id(path)
        if read_only:
            db.read_only_reason = CHECK_ONLY_REASON
        else:
            db.notes = replaced_file.WriterNotes(path)
        if immutable:
            db._immutable_key, db._file_seen = key, file_state(path)
        return db

    @staticmethod
    def looks_like_plain_sqlite(path: Path) -> bool:
        with path.open("rb") as fh:
            return fh.read(16) == _SQLITE_MAGIC

    # -- queries --------------------------------------------------------------------------
    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._reading():
            return list(self._conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        with self._reading():
            return self._conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def iterate(
        self, sql: str, params: Params = (), batch: int = 4096, *, tuples: bool = False
    ) -> Iterator[Row]:
        """Stream a large result without holding it all in memory. `tuples` yields plain
        tuples (no per-row name lookup object): ~15% faster for full scans like audit verify."""
        for rows in self.batches(sql, params, batch, tuples=tuples):
            yield from rows

    def batches(
        self, sql: str, params: Params = (), size: int = 4096, *, tuples: bool = False
    ) -> Iterator[list[Row]]:
        """The result `size` rows at a time: a loop over every row of a long log (the audit
        check) walks each list itself instead of resuming a generator per row; small lists
        stay in the CPU's cache between reading a row and hashing it."""
        with self._reading():
            cur = self._conn.cursor()
            if tuples:
                cur.row_factory = None
            cur.execute(sql, params)
            while rows := cur.fetchmany(size):
                yield rows

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one write; returns lastrowid. Must be inside `transaction()`."""
        self._require_tx()
        with _typed_errors():
            return int(self._conn.execute(sql, params).lastrowid or 0)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        self._require_tx()
        with _typed_errors():
            self._conn.executemany(sql, rows)

    def executescript(self, sql: str) -> None:
        self._require_tx()
        # executescript would COMMIT first; split on ';' at line ends instead.
        for statement in _split_sql(sql):
            self._conn.execute(statement)

    def _follow_writer(self) -> None:
        """Before a read on an immutable connection, outside a read transaction: has the file
        changed since (a writer opened: -wal appeared, or it wrote and closed)? Then open the
        connection anew, so a read-only window never shows a withdrawn consent as still
        given, nor reads pages half rewritten under it. (Two stats: microseconds.)"""
        if self._file_seen is None or self._immutable_key is None:
            return
        if self._in_tx or self._conn.in_transaction:
            return
        try:
            now = file_state(self.path)
        except OSError:
            return
        if now == self._file_seen:
            return
        key = self._immutable_key
        self._reconnect(key)
        if may_be_immutable(self.path):
            self._file_seen = file_state(self.path)
        else:  # (SQLite itself follows the writer from now on, through -wal and -shm)
            self._immutable_key, self._file_seen = None, None

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        with self._lock:
            try:
                # (Inside: a writer that renewed the data key makes the renewal fail too.)
                self._follow_writer()
                with _typed_errors():
                    yield
            except IntegrityFailure:
                # SQLCipher keeps a connection in its error state after one bad page; in
                # read-only mode start a fresh one, so reads of undamaged tables keep working.
                if self._damaged_key is not None and not self._in_tx:
                    self._reconnect(self._damaged_key)
                better = self.explain_read_failure() if self.explain_read_failure else None
                if better is not None:
                    raise better from None
                raise

    @property
    def in_transaction(self) -> bool:
        return self._in_tx

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the file as it was at the first one (a deferred read
        transaction): a check that reads the log and then the tables does not mix in rows
        committed meanwhile by another connection. Inside a write transaction: that one."""
        with self._lock:
            if self._in_tx or self._conn.in_transaction:
                yield
                return
            with _typed_errors():
                self._conn.execute("BEGIN")
            try:
                yield
            finally:
                if self._conn.in_transaction:
                    with contextlib.suppress(SqlError):
                        self._conn.execute("COMMIT")

    def _require_tx(self) -> None:
        if not self._in_tx:
            raise RuntimeError("write outside a transaction")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        with self._lock:
            if self._in_tx:
                raise RuntimeError("nested transaction")
            if self.before_write is not None:
                self.before_write()
            if self.read_only_reason:
                raise VaultError(
                    message_id="error-vault-read-only", params={"reason": self.read_only_reason}
                )
            if self.notes is not None:
                self.notes.keep_commits(self._conn)
                self.notes.watch_index()
            with _typed_errors():
                self._conn.execute("BEGIN IMMEDIATE")
            self._in_tx = True
            try:
                yield self
            except BaseException:
                self._in_tx = False
                self._rollback_if_open()
                raise
            else:
                self._in_tx = False
                try:
                    with _typed_errors():
                        self._conn.execute("COMMIT")
                except BaseException:
                    self._rollback_if_open()
                    raise
                if self.notes is not None:
                    self.notes.keep_commits(self._conn)
                self.note_own_writes()  # (a commit may copy the WAL into the file)
                if self.after_commit is not None:
                    self.after_commit()

    def in_one_turn(self, body: Callable[[], T]) -> T:
        """`body()` in one write transaction, its result returned. A vault's BEGIN IMMEDIATE
        meets no conflict after it, so the body runs once; the team server's override runs it
        again, whole, when the server ended the transaction in a deadlock (pg.PgDatabase). So
        `body` must only read and write the database (and read the clock)."""
        with self.transaction():
            return body()

    def _rollback_if_open(self) -> None:
        # A full disk or I/O error may already have rolled the transaction back; a second
        # ROLLBACK would then raise and hide the real error.
        if self._conn.in_transaction:
            with contextlib.suppress(SqlError):
                self._conn.execute("ROLLBACK")

    # -- maintenance -------------------------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def set_user_version(self, version: int) -> None:
        self._require_tx()
        self._conn.execute(f"PRAGMA user_version = {int(version)}")

    def empty_wal_for_rekey(self) -> None:
        """Copy the WAL into the file and empty it, or refuse (nothing changed): asked before a
        key change writes its header. Another process in a read transaction (a read-only
        window, an audit helper) keeps it from emptying — SQLite waits up to `rekey_wait_ms`
        for it. A rekey over a WAL that stays full (atk29, two processes) loses no data, but
        leaves every page of the file under the old key until that reader ends: the health
        check then calls the vault damaged, and the old data key still reads the file."""
        with self._lock, _typed_errors():
            self._conn.execute(f"PRAGMA busy_timeout = {int(self.rekey_wait_ms)}")
            try:
                busy, log, moved = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                self._conn.execute("PRAGMA busy_timeout = 5000")
                self.note_own_writes()
        if busy or log != moved:
            raise VaultError(message_id="error-db-rekey-reader-busy")

    def rekey(self, new_key: bytes) -> None:
        """PRAGMA rekey: every page rewritten under `new_key`. A key change asks
        empty_wal_for_rekey first, before it writes anything (refused: nothing changed);
        here the WAL is emptied before and after as far as a reader allows (waited for,
        bounded). A reader that began in between only delays the file: the WAL holds every
        page under the new key, and the next checkpoint after that reader ends writes them."""
        with self._lock:
            with contextlib.suppress(ToestemmingError):
                self.empty_wal_for_rekey()
            self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            with contextlib.suppress(ToestemmingError):
                self.empty_wal_for_rekey()
            self.note_own_writes()

    def checkpoint_wal(self) -> None:
        if self.opened_read_only:
            return
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            self.note_own_writes()

    def integrity_problems(self) -> list[str]:
        """cipher_integrity_check (HMAC of every page) then SQLite's own integrity_check."""
        with self._lock:
            if not self.opened_read_only:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                self.note_own_writes()
            problems: list[str] = []
            try:
                problems += [str(r[0]) for r in self._conn.execute("PRAGMA cipher_integrity_check")]
                if problems:
                    # A page that fails its HMAC cannot be decrypted: SQLite's structure check
                    # over it only raises "malformed" (a traceback in `check`, the command
                    # meant for exactly this). The damaged pages are the finding.
                    return problems
                problems += [
                    str(r[0]) for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"
                ]
                problems += [
                    f"foreign key: {r[0]}" for r in self._conn.execute("PRAGMA foreign_key_check")
                ]
            except DatabaseError as exc:
                # Damage the page check did not see (a page SQLite cannot read back): said as
                # a finding. SQLite's own words: no data of the vault is in them.
                problems.append(f"de structuur van het bestand is onleesbaar ({exc})")
            return problems

    def cipher_version(self) -> str:
        return str(self.scalar("PRAGMA cipher_version"))

    def backup_to(self, target: Path, key: bytes) -> None:
        """Online copy with SQLite's backup API into a new file encrypted with `key`."""
        if not target.exists():
            create_private(target)
        dest = bare_connect(target)
        try:
            dest.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            apply_profile(dest, self.profile)
            with self._lock:
                self._conn.backup(dest)
        finally:
            dest.close()

    # -- health, read-only mode, copies (issue "Keep every record") ---------------------------
    def enter_read_only(self, reason: Phrase, key: bytes) -> None:
        """From now on refuse every write with `reason`; SQLite enforces it too. The
        connection is renewed (with `key`) after a read hits a damaged page."""
        with self._lock:
            self.read_only_reason = reason
            self._damaged_key = key
            self._reconnect(key)

    def _reconnect(self, key: bytes) -> None:
        # The new one first: when it cannot open (the data key renewed elsewhere), the old one
        # stays, and the next read tries again and says why — never "closed database".
        conn = connect(self.path, key, self.profile, read_only=self.opened_read_only)
        with contextlib.suppress(SqlError):
            self._conn.close()
        self._conn = conn
        self._connections += 1
        self.file_id = file_id(self.path)
        self._conn.execute("PRAGMA query_only = ON")

    def change_mark(self) -> tuple[int, int, int] | None:
        """A value that differs after anything was committed to the file since it was taken:
        by another connection or process (SQLite's data_version), through this one
        (total_changes), or a connection renewed under it. For caches of rows that seldom
        change (catch_all_entries, the youth's views), in place of a query per question.
        None inside a transaction (rows of a write not yet committed, or a snapshot that
        does not see a later commit): no cache there."""
        with self._lock:
            if self._in_tx or self._conn.in_transaction:
                return None
            version = int(self.scalar("PRAGMA data_version"))  # (an immutable one renewed first)
            return (self._connections, version, int(self._conn.total_changes))

    @property
    def total_changes(self) -> int:
        """Rows changed through this connection since it opened (tests: "nothing written")."""
        return int(self._conn.total_changes)

    def file_problems(self, *, thorough: bool = True) -> list[str]:
        """`file_problem_phrases` in Dutch (the health report and `check` print these)."""
        return [p.text_in(SOURCE) for p in self.file_problem_phrases(thorough=thorough)]

    def file_problem_phrases(self, *, thorough: bool = True) -> list[Phrase]:
        """Like integrity_problems, but a file too damaged to even check yields a problem
        (a catalog phrase, no data) instead of an exception: checkpoint the WAL,
        cipher_integrity_check (HMAC of every page), then integrity_check and
        foreign_key_check; `thorough=False` runs quick_check instead of those two (skips
        index-vs-table comparison, several times faster: what opening the vault can afford).
        SQLite's own findings (English, no data) are passed on as they are."""
        problems: list[Phrase] = []
        disk_full = False  # the WAL could not be copied into the file: no room
        plan = db_health.steps(opened_read_only=self.opened_read_only, thorough=thorough)
        wal_behind = False  # the file is not yet what the WAL says (a reader held it back)
        with self._lock:
            for sql, what in plan:
                if what == "cipher" and wal_behind:
                    continue  # (db_health.wal_behind: the structure step reads every page)
                try:
                    rows = self._conn.execute(sql).fetchall()
                except SqlError as exc:
                    failed, full = db_health.failed_step(sql, what, typed_error(exc))
                    problems += failed
                    disk_full = disk_full or full
                    continue
                wal_behind = wal_behind or db_health.wal_behind(sql, rows)
                problems += db_health.findings(sql, rows, disk_full)
            self.note_own_writes()
        return problems

    def cipher_check(self) -> list[str]:
        """Only cipher_integrity_check: the HMAC of every page (bench: time per 100 MB)."""
        with self._lock, _typed_errors():
            return [str(r[0]) for r in self._conn.execute("PRAGMA cipher_integrity_check")]

    def copy_to(self, target: Path, key: bytes) -> None:
        """backup_to with storage failures as typed Dutch errors; a half-written copy is
        removed. The copy is a consistent snapshot even while others write (backup API)."""
        try:
            with _typed_errors():
                self.backup_to(target, key)
        except BaseException:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(str(target) + suffix).unlink()
            raise

    def set_secure_delete(self, on: bool) -> None:
        """Overwrite freed content with zeros (erasure), instead of leaving it in free space."""
        with self._lock:
            self._conn.execute(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}").fetchone()

    def note_own_writes(self) -> None:
        """After this connection may have written into the file: note it as it is now."""
        if self.notes is not None:
            self.notes.wrote()

    def let_go_of_replaced_file(self, key: bytes, reason: Phrase) -> None:
        """The file was overwritten in place: read only from now on, from the file as it is;
        this connection's WAL set aside, never copied into it (replaced_file.let_go)."""
        with self._lock:
            self.read_only_reason = reason
            self._conn = replaced_file.let_go(
                self.path, self._conn, lambda: connect(self.path, key, self.profile, read_only=True)
            )
            self.opened_read_only, self.notes = True, None
            self._connections += 1
            self.file_id = file_id(self.path)

    def close(self) -> None:
        with self._lock:
            if not self.opened_read_only and self.checkpoint_at_close:
                with contextlib.suppress(SqlError):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            self._conn.close()


@contextlib.contextmanager
def _typed_errors() -> Iterator[None]:
    try:
        yield
    except UnicodeEncodeError:
        # A lone surrogate (e.g. pasted from a broken UTF-16 source) cannot become UTF-8; the
        # use cases' own checks do not all see every value (search text), so refuse it here.
        raise ValidationError(message_id="error-db-invalid-unicode") from None
    except OverflowError as exc:
        # A number past SQLite's 64 bits (`export-proof --youth 99999999999999999999999`):
        # no row has it, and it cannot be stored. Only the driver's own overflow: one from
        # the caller's code inside a read (a date) is not bad input.
        if "SQLite" not in str(exc):
            raise
        raise ValidationError(message_id="error-db-number-too-large") from None
    except DatabaseError as exc:
        typed = typed_error(exc)
        if typed is exc:
            raise
        raise typed from None


CHECK_ONLY_REASON = Phrase("error-vault-read-only-check")
