"""The longest log this computer saw of each local vault: a witness of a rollback outside the
vault's folder (atk29).

Why: someone who puts back last week's vault file TOGETHER with its key file leaves a vault
whose own checks all pass (log_head.py compares the log with the head in that same key file).
Each worker's computer remembers, in the user's own data folder — not beside the vault — how
many events the log had at the last open or close here, and the chain hash of the last one.
At the next unlock a log with fewer events (rolled back) or another event at that number
(rewritten, or another vault's history under this id) is said in plain Dutch, and the window
opens read-only with that reason. The record then follows the vault (a legitimate restore is
said once per computer, not forever).

Two records per vault (fixseen): one per PLACE (vault id + the vault file's resolved path) and
one for the vault id alone, the longest log seen at any place. At unlock the place's record
counts; a place without one (a copy moved by hand, the first open after an update) is held
against the vault-wide record. A restore through the program writes the record of the place it
restores to, so the desk that was still open elsewhere may go on (and close) past it without
the restored copy being said as a rollback; putting an older pair back in the SAME place is
still said, and so is an older copy moved to another folder. Only a place's record follows a
log that was said (`follow`); the vault-wide one only ever grows along one history.

What it cannot see (ARCHITECTURE, threat model): a rollback on a computer whose record the
insider can reach (the same user account: they delete or edit this file — it is not signed,
there is nothing to sign it with that they do not hold), a computer that never opened the
vault after the newest events, and events written after the last open or close here. The
record holds numbers and a hash only: no personal data."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from .errors import Phrase
from .store.db import Database
from .store.header import atomic_write

_log = logging.getLogger(__name__)

# Tests (and a portable install) point this at a folder of their own.
FOLDER_ENV = "TOESTEMMING_SEEN_HEADS"


def folder() -> Path:
    """This user's record folder: the user data folder, never the vault's."""
    chosen = os.environ.get(FOLDER_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_data_dir("Toestemming", appauthor=False)) / "vault-heads"


def place_of(path: Path | str) -> str:
    """The vault file's place as this computer names it (symlinks resolved, case as the system
    compares it): the same file opened by another name is the same place."""
    return os.path.normcase(str(Path(path).resolve()))


def record_file(vault_id: str, place: str | None = None) -> Path:
    """The vault-wide record (`place` None: the file name atk29's records have), or a place's."""
    key = vault_id if place is None else f"{vault_id}\n{place}"
    return folder() / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


@dataclass(frozen=True)
class Seen:
    size: int  # events in the log
    chain: str  # hex hash of event number `size`


def read(vault_id: str, place: str | None = None) -> Seen | None:
    """The record, or None: none yet, or unreadable (said in the log; a new one is written)."""
    try:
        data = json.loads(record_file(vault_id, place).read_bytes())
        if data.get("vault_id") != vault_id:
            return None
        size, chain = data["size"], data["chain"]
        if not isinstance(size, int) or isinstance(size, bool) or not isinstance(chain, str):
            raise ValueError
        return Seen(size, chain)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        _log.warning("record of the last seen log head unreadable; a new one is written")
        return None


def now(db: Database) -> Seen:
    row = db.query_one("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
    return Seen(0, "") if row is None else Seen(int(row[0]), bytes(row[1]).hex())


def problems(db: Database, vault_id: str, path: Path) -> list[Phrase]:
    """The log against this computer's record (at unlock, and in `check`): the place's own,
    or — a place not seen before — the longest seen of this vault at any place."""
    place = place_of(path)
    seen = read(vault_id, place) or read(vault_id)
    if seen is None or seen.size == 0:
        return []
    current = now(db)
    if current.size < seen.size:
        return [Phrase("seen-head-rolled-back", {"seen": seen.size, "now": current.size})]
    if not _holds(db, seen):
        return [Phrase("seen-head-rewritten", {"seen": seen.size})]
    return []


def record(db: Database, vault_id: str, path: Path, *, follow: bool = False) -> None:
    """The log as it is now into the place's record and the vault-wide one. A longer log than
    recorded replaces it; a shorter or other one only with `follow` (after it was said at
    unlock), and only the place's: two windows on one computer close in any order, and the
    later close may carry the older head. A log that no longer holds the recorded event
    (rewritten under an open desk; the vault-wide record of another place's history) does not
    replace it either: the next unlock says so."""
    current = now(db)
    place = place_of(path)
    for where, may_follow in ((place, follow), (None, False)):
        seen = read(vault_id, where)
        if seen == current:
            continue  # (the usual case: nothing to write, no lock taken)
        if seen is not None and seen.size and not may_follow and not _holds(db, seen):
            continue
        write(vault_id, current, place=where, follow=may_follow)


def _holds(db: Database, seen: Seen) -> bool:
    row = db.query_one("SELECT hash FROM events WHERE seq = ?", (seen.size,))
    return row is not None and bytes(row[0]).hex() == seen.chain


def write(vault_id: str, seen: Seen, *, place: str | None = None, follow: bool = False) -> None:
    """`seen` into a record (see record; a restore writes the record of the place it restores
    to, `follow`). A failure to write (full disk, no rights) is logged, never raised: the
    vault's work goes on."""
    if seen.size == 0:
        return
    path = record_file(vault_id, place)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(f"{path}.lock"):
            on_disk = read(vault_id, place)
            if on_disk is not None and not follow and on_disk.size >= seen.size:
                return
            data = {"vault_id": vault_id, "size": seen.size, "chain": seen.chain}
            atomic_write(path, json.dumps(data, sort_keys=True).encode())
    except OSError as exc:
        _log.warning("last seen log head not recorded: %s", type(exc).__name__)
