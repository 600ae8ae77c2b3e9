"""A lost or truncated -wal file, found from the -shm index before SQLite opens the vault."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

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
