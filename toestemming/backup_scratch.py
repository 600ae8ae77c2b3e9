"""The scratch folders of backup and restore, and what a killed process leaves in them.

A backup is written, and a restore verified, in a private folder beside the target
(`.NAME.xxxxxxxx.tmp`, same disk, so the final rename is atomic). A process killed meanwhile
(SIGKILL, power cut) never ran its clean-up: before s16 the folder stayed, with a whole
encrypted copy of the vault in it — one more per killed backup, until the disk was full — and
a restore killed between writing the key file and renaming the database left a lone
`NAME.keys` at the target, which every later restore to that place refused and no open could
use.

So each scratch folder holds a lock file, locked (OS lock: it dies with the process) for as
long as the folder is in use (a folder without it is left alone; between creating and locking
it lies one system call). The next backup or restore into the same folder
removes the scratch folders whose lock is free (`sweep`); a folder in use by another process
is left alone. A restore marks its copy as verified (with the hash of the key file it is about
to write) before writing the key file; opening the vault then finds a lone key file with such
a copy beside it and completes the rename (`finish_restore`), under the writer lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from filelock import lock_descriptor, unlock_descriptor

from .store.header import header_path

LOCK = ".toestemming-scratch"  # locked while the folder is in use
MARK = "restore-verified"  # a restore's copy is verified: the sha256 of its key file
_SCRATCH = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")
_HEADER_CAP = 1 << 20  # a key file is a few KiB; a larger one is not ours to judge here

log = logging.getLogger(__name__)


@contextlib.contextmanager
def workdir(parent: Path, name: str) -> Iterator[Path]:
    """A private scratch folder beside the target, locked while in use and always removed
    after, also after a failure; stale ones of killed processes in `parent` are removed first.
    Only ciphertext is ever written into it. (OSError is the caller's to say in Dutch.)"""
    sweep(parent)
    work = parent / f".{name}.{secrets.token_hex(4)}.tmp"
    work.mkdir(mode=0o700)
    fd = -1
    try:
        fd = os.open(work / LOCK, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        lock_descriptor(fd, blocking=True)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        shutil.rmtree(work, ignore_errors=True)
        raise
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)
        unlock_descriptor(fd)
        os.close(fd)


def sweep(parent: Path) -> int:
    """Remove the scratch folders in `parent` that a killed process left (their lock free).
    Folders without our lock file (not ours, or from before s16) are left alone. Returns how
    many went."""
    gone = 0
    try:
        names = os.listdir(parent)
    except OSError:
        return 0
    for name in names:
        work = parent / name
        if _SCRATCH.match(name) and _free(work):
            shutil.rmtree(work, ignore_errors=True)
            gone += 1
    if gone:
        log.info("backup scratch: %d folder(s) left by an interrupted backup or restore", gone)
    return gone


def _free(work: Path) -> bool:
    """A real folder of ours whose lock nobody holds."""
    if work.is_symlink() or not work.is_dir():
        return False
    try:
        fd = os.open(work / LOCK, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not lock_descriptor(fd, blocking=False):
            return False
        unlock_descriptor(fd)
        return True
    finally:
        os.close(fd)


def mark_verified(work: Path, keys: bytes) -> None:
    """Written (and synced) after the restore's copy was verified, before its key file."""
    fd = os.open(work / MARK, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(hashlib.sha256(keys).hexdigest())
        out.flush()
        os.fsync(out.fileno())


def finish_restore(path: Path) -> bool:
    """A restore killed between writing the key file and renaming the database: the key file
    is at `path`, the verified copy still in its scratch folder. Complete the rename (the
    caller holds the writer lock; the open that follows checks the copy against the key file
    as always). Only when nothing is at `path` and the key file there is the one the restore
    marked. True when it was completed."""
    keys = header_path(path)
    if any(p.exists() for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"))):
        return False
    try:
        if keys.is_symlink() or not keys.is_file() or keys.stat().st_size > _HEADER_CAP:
            return False
        want = hashlib.sha256(keys.read_bytes()).hexdigest()
        names = os.listdir(path.parent)
    except OSError:
        return False
    prefix = f".{path.name}."
    for name in names:
        work = path.parent / name
        if not (name.startswith(prefix) and _SCRATCH.match(name) and _free(work)):
            continue
        copy, mark = work / path.name, work / MARK
        try:
            if copy.is_symlink() or mark.is_symlink() or not copy.is_file():
                continue
            if mark.read_text(encoding="ascii").strip() != want:
                continue
            os.replace(copy, path)
            _fsync_dir(path.parent)
        except (OSError, UnicodeDecodeError):
            continue
        shutil.rmtree(work, ignore_errors=True)
        log.info("restore: an interrupted restore was completed at open")
        return True
    return False


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
