"""A lost or truncated -wal file, found from the -shm index before SQLite opens the vault; a
rollback journal (-journal) left by a killed writer, before a read-only opener reads; and the
open writer's -shm removed, before a reader would make a second one."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from ..errors import IntegrityFailure, VaultError
from .lock import held_elsewhere

WAL_LOST_MESSAGE = (
    "Het logbestand naast de kluis (eindigend op -wal) ontbreekt of is ingekort, terwijl er nog "
    "opgeslagen wijzigingen in stonden. Om die niet ongemerkt kwijt te raken wordt de kluis niet "
    "geopend. Zet het bestand terug (bijvoorbeeld uit de prullenbak of de synchronisatiemap) of "
    "zet de laatste reservekopie terug."
)


def wal_loss(path: Path) -> str:
    """Dutch reason when committed transactions in `path`-wal are gone, else "".

    After a crash the -wal holds committed transactions not yet copied into the database, and
    the -shm index says how many frames (mxFrame). If the -wal was deleted or truncated (a sync
    tool or a copy that forgot it), SQLite would silently open the older state. The wal-index
    header is stored twice and checksummed; only a valid one is trusted (layout: sqlite.org
    walformat.html §2.1, native byte order)."""
    shm = Path(f"{path}-shm")
    try:
        with shm.open("rb") as fh:
            head = fh.read(96)
    except OSError:
        return ""
    if len(head) < 96 or head[:48] != head[48:96] or head[12] != 1:
        return ""
    order = "<" if sys.byteorder == "little" else ">"
    words = struct.unpack(f"{order}10I", head[:40])
    s1 = s2 = 0
    for i in range(0, 10, 2):
        s1 = (s1 + words[i] + s2) & 0xFFFFFFFF
        s2 = (s2 + words[i + 1] + s1) & 0xFFFFFFFF
    if (s1, s2) != struct.unpack(f"{order}2I", head[40:48]):
        return ""
    page_size = struct.unpack(f"{order}H", head[14:16])[0]
    page_size = 65536 if page_size == 1 else page_size
    frames = struct.unpack(f"{order}I", head[16:20])[0]
    if frames == 0:
        return ""
    try:
        wal_size = Path(f"{path}-wal").stat().st_size
    except FileNotFoundError:
        return WAL_LOST_MESSAGE
    return WAL_LOST_MESSAGE if wal_size < 32 + frames * (page_size + 24) else ""


# The first 8 bytes of a rollback journal SQLite would still play back (sqlite.org fileformat
# §4.1; a committed journal in PERSIST mode has them zeroed, in DELETE mode it is gone).
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def journal_left(path: Path) -> bool:
    """A live rollback journal beside the vault: a writer in rollback-journal mode (an older
    version, an SQLite tool) was killed mid-transaction, or is writing now. Part of its
    transaction may already be in the vault file; the next writer rolls it back."""
    try:
        with Path(f"{path}-journal").open("rb") as fh:
            return fh.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def refuse_leftovers(path: Path, *, read_only: bool) -> None:
    """Before opening `path`: a lost -wal is refused (its changes would go unnoticed); a live
    -journal is refused to a read-only opener (check, a window that only reads), which may
    not roll it back: opened `immutable` it read the killed writer's half transaction as the
    vault (s17: "damaged, restore a backup", or names never committed). A writer rolls it back."""
    if wal_loss(path):
        raise IntegrityFailure(message_id="error-db-wal-lost")
    if read_only and journal_left(path):
        raise VaultError(message_id="error-db-journal-left")


def index_removed_under_writer(path: Path) -> bool:
    """The open writer's -shm (SQLite's WAL index) was removed at its name: another process
    holds the writer lock, its -wal is there, its -shm is not (s32).

    A writer in WAL mode always has both files while open, and keeps the -shm it mapped even
    when the name is gone. A reader opening now would make a NEW -shm: a second index over the
    same WAL, which never learns of the writer's later commits (the reader shows a withdrawn
    consent as given) and which, left behind after both closed, claims frames the writer's
    close already copied into the file ("-wal ontbreekt"). Moving the writer to a new index is
    not safe either (two indexes over one WAL can lose frames), so nobody but that writer
    reads until it closes. Cheap when all is well: one stat of the -shm. The names are looked
    at again after the lock probe: a writer closing removes its -shm just before its -wal (and
    one opening makes its -wal just before its -shm: a reader in those microseconds is refused
    once, and opens at its next try)."""
    shm, wal = f"{path}-shm", f"{path}-wal"
    if os.path.lexists(shm) or not os.path.lexists(wal):
        return False
    return held_elsewhere(path) and not os.path.lexists(shm) and os.path.lexists(wal)


def refuse_second_index(path: Path) -> None:
    """Before SQLite opens `path` for reading beside a writer: refused (nothing created) when
    the writer's -shm is gone (index_removed_under_writer)."""
    if index_removed_under_writer(path):
        raise VaultError(message_id="error-db-shm-removed")
