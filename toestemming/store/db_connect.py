"""Opening a keyed connection to a vault file, and knowing which file it is.

Split from db.py (the Database: queries, transactions, rekey, backup, checks): the key as the
very first statement, the cipher profile, SQLite's read-only / `immutable` mode, the pragmas
every connection gets, and the file's identity and state that tell a connection the file
under it changed (a writer opened it, a copy was put back at its name). The one module that
imports sqlcipher3: db.py reaches the driver (its errors, a bare connection for a backup's
target) through the names below.
"""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path
from typing import Any

import sqlcipher3

from ..errors import IntegrityFailure, ToestemmingError
from .cipher_profile import LEGACY, CipherProfile
from .db_errors import storage_error
from .wal_check import refuse_second_index

__all__ = [
    "DatabaseError",
    "SqlError",
    "SqlIntegrityError",
    "apply_profile",
    "bare_connect",
    "connect",
    "file_id",
    "file_state",
    "may_be_immutable",
    "typed_error",
]

SqlError = sqlcipher3.Error
DatabaseError = sqlcipher3.DatabaseError
SqlIntegrityError = sqlcipher3.IntegrityError


def bare_connect(path: Path) -> Any:
    """A connection with no key or pragmas yet (a backup's target: keyed by the caller)."""
    return sqlcipher3.connect(str(path), isolation_level=None)


def apply_profile(conn: Any, profile: CipherProfile) -> None:
    # Right after the key, before the first page is read or written.
    if profile != LEGACY:
        conn.execute(f"PRAGMA cipher_page_size = {int(profile.page_size)}")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {profile.hmac}")


# SQLCipher wipes every allocation SQLite frees (decrypted pages, row values) before it is
# reused. It costs: ×3 on schema work (creating a vault), ×10–20 on JSON functions
# (bench_state.py). Always ON in the product; only the test suite's speed settings
# (tests/speed_settings/) lower it, and tests of the setting itself use the product's.
MEMORY_SECURITY = "ON"


def connect(
    path: Path, key: bytes, profile: CipherProfile = LEGACY, *, read_only: bool = False
) -> Any:
    if read_only:
        # SQLite's own read-only mode: the file cannot be written through this connection.
        # The path as the OS has it (bytes): a folder name that is no UTF-8 (a USB stick from
        # an old Windows PC) made quote() raise UnicodeEncodeError on its surrogates.
        uri = "file:" + urllib.parse.quote(os.fsencode(path.resolve())) + "?mode=ro"
        if may_be_immutable(path):
            # Closed cleanly: everything is in the file. `immutable` keeps SQLite from
            # creating -wal/-shm files beside it, so checking leaves the folder as it was.
            # (A process that has the vault open always has a -wal file.)
            uri += "&immutable=1"
        else:
            # Beside a writer SQLite shares its -shm; one removed would be made anew here: a
            # second WAL index (wal_check.index_removed_under_writer). Asked before connect.
            refuse_second_index(path)
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # The key must be the very first statement on the connection.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # SQLCipher's own log goes to stderr in English ("ERROR CORE … hmac check failed" for
        # a wrong key or a damaged page) beside the Dutch message the caller gives; the
        # failure itself still raises (atk27).
        conn.execute("PRAGMA cipher_log_level = NONE")
        apply_profile(conn, profile)
        conn.execute(f"PRAGMA cipher_memory_security = {MEMORY_SECURITY}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        typed = typed_error(exc)
        if isinstance(typed, ToestemmingError) and not isinstance(typed, IntegrityFailure):
            raise typed from None  # disk full, read-only folder, I/O: not a key problem
        raise IntegrityFailure(message_id="error-db-wrong-key-or-damaged") from None
    conn.row_factory = sqlcipher3.Row
    return conn


def may_be_immutable(path: Path) -> bool:
    """No -wal beside the vault: nobody has it open for writing (a writer always has one)."""
    return not Path(f"{path}-wal").exists()


def file_id(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path` now (None: no file there)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def file_state(path: Path) -> tuple[int, int, bool]:
    st = path.stat()
    return (st.st_mtime_ns, st.st_size, Path(f"{path}-wal").exists())


def typed_error(exc: BaseException) -> BaseException:
    """The Dutch typed error for a storage failure, or `exc` itself for anything else."""
    original: BaseException = exc  # (sqlcipher3 is untyped: isinstance would make it Any)
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, sqlcipher3.DatabaseError) or isinstance(exc, sqlcipher3.IntegrityError):
        return original
    # Some paths (the backup API) raise without an error code: storage_error then reads
    # SQLite's own fixed English text (sqlite3_errstr), which never contains data.
    return storage_error(exc, code) or original
