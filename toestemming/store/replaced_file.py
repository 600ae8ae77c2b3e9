"""The vault file overwritten IN PLACE while a writer has it open (s31, multi31).

A backup tool's restore, `cp` or `rsync --inplace`, Explorer's "Vervangen" through a shared
handle: the file keeps its name and inode (writer_guard's identity check sees nothing), only its
bytes are another copy's. SQLite does not notice either: its WAL still holds this window's
frames, and its reads mix pages of the copy with them. A write then, or the WAL checkpoint at
close, writes this window's pages into the copy — a file that is neither (HMAC failures).

So the writer notes the file's size and modification time after each of its own writes into
the file (`mark`: a commit, which may checkpoint, and every explicit checkpoint or rekey).
While it holds the writer lock nobody else writes the file (readers open it read-only; the
log-check helpers do not checkpoint at close), so a file that differs from the note was put
there from outside. `let_go` then ends the writer's connection WITHOUT copying its WAL into
the file, parks that WAL beside it (nothing thrown away: `<vault>-wal.vervangen-<ns>`), and
reads on from the file as it now is.

Why size + mtime and not the content: a commit's auto-checkpoint changes the file without a
sign the program sees except these; a content hash per write would cost a read of the file.
A copy written within the same mtime tick with the same size goes unseen (rare: coarse
mtimes are FAT's; the vault does not belong on one)."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .db_connect import SqlError

_log = logging.getLogger(__name__)

PARKED_INFIX = "-wal.vervangen-"


def mark(path: Path) -> tuple[int, int] | None:
    """(size, mtime in ns) of the file at `path` now; None when there is none — or on Windows,
    whose stat may give a modification time the file system updates lazily while a handle is
    open (a sound desk would be made read-only; an open vault file there is also shared with
    no other writer by the copy tools we know of)."""
    if os.name != "posix":
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def let_go(path: Path, conn: Any, open_read_only: Callable[[], Any]) -> Any:
    """Close the writer's connection `conn` to the overwritten `path` without its WAL reaching
    the file, park the WAL aside, and return a fresh read-only connection to the file as it is.

    SQLite copies the WAL into the file when the LAST connection to it closes; a second
    connection holding its shared lock keeps `conn`'s close from being the last one, and a
    read-only connection never copies anything."""
    hold = open_read_only()
    with contextlib.suppress(SqlError):
        hold.execute("SELECT count(*) FROM sqlite_master").fetchone()  # its shared lock
    with contextlib.suppress(SqlError):
        conn.close()
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            wal.rename(path.parent / f"{path.name}{PARKED_INFIX}{time.time_ns()}")
        with contextlib.suppress(FileNotFoundError):
            shm.unlink()
    except OSError:
        # (Windows: a file another handle has open cannot be renamed. The WAL stays; the next
        # opener's log-head check says what it finds.)
        _log.warning("vault file replaced while open: its WAL could not be set aside")
    with contextlib.suppress(SqlError):
        hold.close()
    return open_read_only()


def wal_id(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the vault's -wal now; None when there is none."""
    try:
        st = os.stat(f"{path}-wal")
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def keep_commits_in_file(path: Path, conn: Any, noted: tuple[int, int] | None) -> bool:
    """The writer's -wal removed or replaced at its name while open (a tidy-up tool, a sync
    client, a quarantine; s31): SQLite writes on into the file it has open, which has no name
    — a crash then loses every commit since the last checkpoint, and the vault does not open
    ("-wal ontbreekt"). So copy the WAL into the vault file now (TRUNCATE: the index then says
    no frames, and a next opener finds nothing missing). Asked before each write and after
    each commit; `noted`: the WAL's identity the last time it was there. True: it is gone."""
    if noted is None or wal_id(path) == noted:
        return False
    with contextlib.suppress(SqlError):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    _log.warning("the vault's -wal was removed while open: the commits copied into the file")
    return True


class WriterNotes:
    """What the writer's connection last left in its files: the vault file's `mark` after its
    own writes (another one while it holds the writer lock: a copy put over it), its -wal's
    identity (another or none: keep_commits_in_file), and whether its -shm was removed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file = mark(path)
        self.wal: tuple[int, int] | None = None
        self.index_gone = False  # (its -shm removed: said once, see watch_index)

    def wrote(self) -> None:
        self.file = mark(self.path)

    def replaced(self) -> bool:
        return self.file is not None and mark(self.path) != self.file

    def keep_commits(self, conn: Any) -> None:
        if not keep_commits_in_file(self.path, conn, self.wal):
            self.wal = wal_id(self.path) or self.wal

    def watch_index(self) -> None:
        """Said once in the log when this writer's -shm was removed at its name (s32). Nothing
        more to do here: the writer goes on with the index it has mapped, and its close copies
        the WAL into the file as always; a reader that would make a second index is refused
        meanwhile (wal_check.index_removed_under_writer). Not rebuilt: two indexes over one
        WAL can lose frames. Asked before each write (one stat)."""
        if self.index_gone or os.path.lexists(f"{self.path}-shm"):
            return
        if not os.path.lexists(f"{self.path}-wal"):
            return  # (no WAL here either: keep_commits_in_file's case, already said)
        self.index_gone = True
        _log.warning("the vault's -shm was removed while open: other readers wait for the close")
