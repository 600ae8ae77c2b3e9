"""Files that hold personal data (exports, drafts, PDFs) are created for the current user only.

POSIX: mode 0600 from the moment the file exists (never created wider and narrowed later).
Windows has no such mode: the file inherits the ACL of its folder, which for the user's own
profile folders (Documents, AppData) already excludes other users; that is documented in
ARCHITECTURE.md rather than changed here.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

PRIVATE_MODE = 0o600


def write_private(target: Path, data: bytes) -> None:
    """Write `data` to `target` atomically (temp file beside it, fsync, rename), mode 0600."""
    target = Path(target)
    part = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise


def create_private(path: Path) -> None:
    """Create an empty file with mode 0600 (the vault, before SQLite opens it: SQLite gives
    its -wal and -shm files the mode of the database file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    os.close(fd)


def tighten(path: Path) -> None:
    """Narrow an existing file to 0600 (vaults made before this rule existed)."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_MODE)
