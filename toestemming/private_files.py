"""Files that hold personal data (exports, drafts, PDFs) are created for the current user only.

POSIX: mode 0600 from the moment the file exists (never created wider and narrowed later).
Windows has no such mode: the file would inherit its folder's ACL (fine in the user's own
profile, not on a shared drive or a school share), so `restrict_acl` replaces the inherited
entries by one for the current user with `icacls` (part of Windows). That path cannot be run
on the Linux CI: it is written defensively (a failure leaves the inherited ACL and is logged
without the path) and says so in ARCHITECTURE.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_MODE = 0o600


# The files a vault is made of besides the database itself (store/header.py, store/lock.py,
# SQLite's own). Listed here, not imported: this module is imported at start-up.
_VAULT_SIDE_FILES = (".keys", ".lock", ".lock-info", "-wal", "-shm", "-journal")


def is_vault_file(path: Path) -> bool:
    """Whether `path` (after links) is a vault's database or one of the files beside it: a
    database is a file with a key file beside it, the others name such a database."""
    real = os.path.realpath(path)
    if os.path.isfile(real + ".keys"):
        return True
    for suffix in _VAULT_SIDE_FILES:
        if real.endswith(suffix):
            base = real[: -len(suffix)]
            if os.path.isfile(base) and os.path.isfile(base + ".keys"):
                return True
    return False


def check_target(target: Path) -> None:
    """Refuse, before anything is written, a target an export must never replace: a folder
    (os.replace's IsADirectoryError was a traceback) or a file of a vault. An export to
    "kluis.tvault" or "kluis.tvault.keys" replaced the vault or its key file with a package,
    even the vault the export was made from, open at that moment: every consent was gone."""
    from .errors import ValidationError

    if os.path.isdir(target):
        raise ValidationError(message_id="error-file-target-is-folder")
    if is_vault_file(target):
        # No file name in the message: names chosen by a worker may hold a youth's name.
        raise ValidationError(message_id="error-file-target-is-vault")


# The members of a backup (backup_file.py MEMBERS): listed here, not imported (start-up).
_BACKUP_MEMBERS = frozenset({"manifest.json", "manifest.seal", "kluis.tvault", "kluis.tvault.keys"})


def is_backup_file(path: Path) -> bool:
    """Whether `path` (after links) is a backup of a vault: judged by what it holds (the four
    members), not by its name — a renamed backup is still the copy that survives a lost PC."""
    import zipfile

    try:
        if not os.path.isfile(path):
            return False
        with zipfile.ZipFile(path) as zf:
            return {i.filename for i in zf.infolist()} == _BACKUP_MEMBERS
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False


def check_new_target(target: Path, *, replace: bool = False) -> None:
    """check_target, and: a backup is never replaced; nor, unless `replace` (the user was
    asked, as a save dialog does), any existing file. Before anything is written."""
    from .errors import ValidationError

    check_target(target)
    if is_backup_file(target):
        raise ValidationError(message_id="error-file-target-is-backup")
    if not replace and os.path.lexists(target):
        raise ValidationError(message_id="error-file-target-exists")


def write_private(target: Path, data: bytes, *, replace: bool = False) -> None:
    """Write `data` to `target` atomically (temp file beside it, fsync, rename), mode 0600.
    Never over a folder, a file of a vault or a backup (`check_new_target`); over another
    existing file only with `replace` (the user confirmed it). Without `replace` the file
    appears only if the name is still free at that moment (publish_new).

    The temp file (`.NAME.xxxxxxxx.part`) holds the whole export — personal data in plain
    text. A process killed before the rename (SIGKILL, power cut) never removed it: it stayed
    hidden beside the target for good. So on POSIX it is locked (an OS lock: it dies with the
    process) while in use, and the next write into the same folder removes the parts whose
    lock is free (`sweep_parts`). Windows cannot rename a file that is still open: there the
    part is not locked and not swept."""
    target = Path(target)
    check_new_target(target, replace=replace)
    locking = os.name != "nt"
    if locking:
        sweep_parts(target.parent)
    part = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    try:
        if locking:
            from filelock import lock_descriptor

            lock_descriptor(fd, blocking=True)
        with os.fdopen(fd, "wb", closefd=not locking) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        restrict_acl(part)
        if replace:
            os.replace(part, target)
        else:
            publish_new(part, target)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    finally:
        if locking:
            os.close(fd)  # the lock goes with it


_PART = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")


def sweep_parts(folder: Path) -> int:
    """Remove the temp files of `write_private` in `folder` that a killed process left (their
    lock free); one in use by another process is left alone. Returns how many went."""
    from filelock import lock_descriptor, unlock_descriptor

    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    gone = 0
    for name in names:
        if not _PART.match(name):
            continue
        path = Path(folder) / name
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            if not os.path.isfile(path) or not lock_descriptor(fd, blocking=False):
                continue
            try:
                path.unlink()
                gone += 1
            except OSError:
                pass
            unlock_descriptor(fd)
        except OSError:
            continue
        finally:
            os.close(fd)
    if gone:
        log.info("private files: %d unfinished export(s) of a stopped process removed", gone)
    return gone


def publish_new(part: Path, target: Path) -> None:
    """Move the finished `part` to `target` only if nothing is there: a check beforehand
    leaves a window in which another process (a second export, an automatic backup) makes
    the file, which a rename would then replace. A hard link fails when the name is taken;
    Windows' rename never replaces. Where hard links do not exist (FAT on a USB stick) the
    check just before the rename is the best there is."""
    from .errors import ValidationError

    if os.name == "nt":
        try:
            os.rename(part, target)
        except FileExistsError:
            raise ValidationError(message_id="error-file-target-exists") from None
        return
    try:
        os.link(part, target)
    except FileExistsError:
        raise ValidationError(message_id="error-file-target-exists") from None
    except OSError:
        if os.path.lexists(target):
            raise ValidationError(message_id="error-file-target-exists") from None
        os.replace(part, target)
        return
    part.unlink()


def free_name(folder: Path, name: str) -> Path:
    """`folder/name`, or the first of name-2, name-3, … that is free: several files written
    into a folder never replace what an earlier run left there."""
    target = folder / name
    stem, dot, suffix = name.partition(".")
    n = 2
    while os.path.lexists(target):
        target = folder / f"{stem}-{n}{dot}{suffix}"
        n += 1
    return target


def create_private(path: Path) -> None:
    """Create an empty file with mode 0600 (the vault, before SQLite opens it: SQLite gives
    its -wal and -shm files the mode of the database file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    os.close(fd)
    restrict_acl(path)


def tighten(path: Path) -> None:
    """Narrow an existing file to 0600 (vaults made before this rule existed)."""
    if os.name == "nt":
        restrict_acl(path)
        return
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_MODE)


def restrict_acl(path: Path) -> None:
    """Windows only: remove inherited access and grant the current user full control."""
    if os.name != "nt" or not path.exists():
        return
    user = os.environ.get("USERNAME", "")
    if not user:
        return
    try:
        subprocess.run(
            ["icacls", str(path), "/inheritance:r", "/grant:r", f"{user}:F"],
            check=True,
            capture_output=True,
            timeout=10,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("could not restrict a file's access list to the current user")
