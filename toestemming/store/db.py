"""The only module that imports sqlcipher3: connection, pragmas, transactions, rekey, backup.

Every write goes through `transaction()`: BEGIN IMMEDIATE … COMMIT, rolled back on any error,
so a service call is recorded completely or not at all.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from ..errors import IntegrityFailure, VaultError

Row = Any  # sqlcipher3.Row: index- and name-addressable
Params = Sequence[Any] | dict[str, Any]

DatabaseError = sqlcipher3.DatabaseError
SqlIntegrityError = sqlcipher3.IntegrityError

_SQLITE_MAGIC = b"SQLite format 3\x00"


class Database:
    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._in_tx = False

    @classmethod
    def open(cls, path: Path, key: bytes, *, create: bool = False) -> Database:
        if not create and not path.exists():
            raise VaultError("Het kluisbestand bestaat niet op deze plek.")
        if create and path.exists():
            raise VaultError("Op deze plek staat al een bestand; kies een andere naam.")
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            # The key must be the very first statement on the connection.
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute("PRAGMA cipher_memory_security = ON")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
        except sqlcipher3.DatabaseError:
            conn.close()
            raise IntegrityFailure(
                "De kluis kan niet worden gelezen met deze sleutel: het bestand is beschadigd of "
                "hoort bij een ander sleutelbestand."
            ) from None
        conn.row_factory = sqlcipher3.Row
        return cls(conn, path)

    @staticmethod
    def looks_like_plain_sqlite(path: Path) -> bool:
        with path.open("rb") as fh:
            return fh.read(16) == _SQLITE_MAGIC

    # -- queries --------------------------------------------------------------------------
    def query(self, sql: str, params: Params = ()) -> list[Row]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def query_one(self, sql: str, params: Params = ()) -> Row | None:
        with self._lock:
            return self._conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def iterate(self, sql: str, params: Params = (), batch: int = 4096) -> Iterator[Row]:
        """Stream a large result without holding it all in memory."""
        with self._lock:
            cur = self._conn.execute(sql, params)
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    return
                yield from rows

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one write; returns lastrowid. Must be inside `transaction()`."""
        self._require_tx()
        return int(self._conn.execute(sql, params).lastrowid or 0)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        self._require_tx()
        self._conn.executemany(sql, rows)

    def executescript(self, sql: str) -> None:
        self._require_tx()
        # executescript would COMMIT first; split on ';' at line ends instead.
        for statement in _split_sql(sql):
            self._conn.execute(statement)

    def _require_tx(self) -> None:
        if not self._in_tx:
            raise RuntimeError("write outside a transaction")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        with self._lock:
            if self._in_tx:
                raise RuntimeError("nested transaction")
            self._conn.execute("BEGIN IMMEDIATE")
            self._in_tx = True
            try:
                yield self
            except BaseException:
                self._in_tx = False
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._in_tx = False
                self._conn.execute("COMMIT")

    # -- maintenance -------------------------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def set_user_version(self, version: int) -> None:
        self._require_tx()
        self._conn.execute(f"PRAGMA user_version = {int(version)}")

    def rekey(self, new_key: bytes) -> None:
        with self._lock:
            # rekey rewrites every page; WAL must be empty first.
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            self._conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            self._conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    def checkpoint_wal(self) -> None:
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def integrity_problems(self) -> list[str]:
        """cipher_integrity_check (HMAC of every page) then SQLite's own integrity_check."""
        with self._lock:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            problems = [str(r[0]) for r in self._conn.execute("PRAGMA cipher_integrity_check")]
            problems += [
                str(r[0]) for r in self._conn.execute("PRAGMA integrity_check") if r[0] != "ok"
            ]
            problems += [
                f"foreign key: {r[0]}" for r in self._conn.execute("PRAGMA foreign_key_check")
            ]
            return problems

    def cipher_version(self) -> str:
        return str(self.scalar("PRAGMA cipher_version"))

    def backup_to(self, target: Path, key: bytes) -> None:
        """Online copy with SQLite's backup API into a new file encrypted with `key`."""
        dest = sqlcipher3.connect(str(target), isolation_level=None)
        try:
            dest.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            with self._lock:
                self._conn.backup(dest)
        finally:
            dest.close()

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            self._conn.close()


def _split_sql(script: str) -> list[str]:
    statements: list[str] = []
    current: list[str] = []
    depth = 0  # inside CREATE TRIGGER … BEGIN … END;
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if stripped.endswith(";"):
            if depth and upper.startswith("END"):
                depth -= 1
            if depth == 0:
                statements.append("\n".join(current))
                current = []
    if current:
        statements.append("\n".join(current))
    return statements
