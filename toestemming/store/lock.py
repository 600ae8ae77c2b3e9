"""One writer at a time: an operating-system lock beside the vault, and who holds it.

    kluis.tvault.lock       the OS lock: flock() on Unix, LockFileEx on Windows (filelock's
                            lock_descriptor). The operating system drops it when the process
                            ends in any way — closed, crashed, SIGKILL — so a lock is never left
                            behind. The file itself is never deleted: every opener must lock the
                            same file (a deleted and re-created lock file would be a second
                            lock).
    kluis.tvault.lock-info  who holds it, for the message a second opener sees: the worker's
                            label from the key slot, the computer's name, since when (JSON,
                            written atomically after the lock is taken, removed at release).

Why an info file beside the lock and not in it: on Windows the locked byte cannot be read by
anyone else. When the OS lock is free but an info file is there, its writer ended without
closing (crash, power loss): the info is stale and is replaced; the vault itself is recovered by
SQLite (WAL) and by the key header's pending-rotation repair, both under the new lock.

The info file is read as hostile input (anyone who can write the folder can plant one): size
capped, every field checked, control and direction characters removed before it is shown.
Its contents are never logged.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import stat
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from filelock import lock_descriptor, unlock_descriptor

from ..clock import LOCAL_TZ, Clock, to_iso
from ..errors import Phrase, ValidationError, VaultError, VaultInUse

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
INFO_SUFFIX = ".lock-info"
MAX_INFO_BYTES = 4096
MAX_FIELD_CHARS = 80
INFO_TMP_SUFFIX = ".tmp"
# Every open of a file beside the vault: never through a link, never waiting on a FIFO.
_NO_WAIT = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)

IN_USE_MESSAGE = (
    "De kluis is al geopend, in een ander venster of op een andere computer. Er kan maar op "
    "één plek tegelijk in worden gewerkt."
)
IN_USE_ADVICE = (
    "U kunt de kluis alleen-lezen openen: dan kunt u alles bekijken, maar niets wijzigen. Wilt u "
    "iets wijzigen, sluit de kluis dan eerst op de andere plek en open haar hier opnieuw."
)
READ_ONLY_REASON = Phrase("error-vault-read-only-in-use")
TAKEN_OVER_REASON = Phrase("error-vault-read-only-taken-over")
NO_LOCKING_MESSAGE = (
    "Op deze schijf kan Toestemming de kluis niet vergrendelen, zodat twee mensen tegelijk "
    "zouden kunnen schrijven. De kluis kan hier alleen-lezen worden geopend. Zet de kluis op een "
    "schijf van deze computer, of gebruik de teamserver van uw organisatie."
)
NO_WRITE_MESSAGE = (
    "In de map van de kluis kan niet worden geschreven (alleen-lezen of geen rechten). Niets is "
    "gewijzigd. Zet de kluis in een map waarin u mag schrijven, of vraag de beheerder om rechten."
)


def lock_path(vault: Path) -> Path:
    return Path(f"{_real(vault)}{LOCK_SUFFIX}")


def info_path(vault: Path) -> Path:
    return Path(f"{_real(vault)}{INFO_SUFFIX}")


def _real(vault: Path) -> str:
    """The vault file's own place, links followed: a vault opened through a link (a shortcut
    to the vault and its key file, a linked folder) is locked beside the file it leads to, so
    the same vault reached by two names still has one writer."""
    return os.path.realpath(vault)


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as the info file says (shown on screen, never logged)."""

    worker: str  # the key slot's label; "" while still unlocking, or with the recovery key
    computer: str
    since: datetime | None
    pid: int | None = None

    def describe(self) -> str:
        """One Dutch sentence naming who, where and since when."""
        who = f"door {self.worker}" if self.worker else "door een medewerker"
        where = f" op computer {self.computer}" if self.computer else ""
        when = ""
        if self.since is not None:
            local = self.since.astimezone(LOCAL_TZ)
            when = f", sinds {local:%d-%m-%Y} om {local:%H:%M}"
        return f"Geopend {who}{where}{when}."

    def to_json(self) -> str:
        return json.dumps(
            {
                "worker": self.worker,
                "computer": self.computer,
                "since": to_iso(self.since) if self.since else "",
                "pid": self.pid,
            }
        )


def _clean(value: object) -> str:
    """A field from the info file as safe display text: NFC, no control, format (bidi,
    zero-width) or other invisible characters, at most MAX_FIELD_CHARS."""
    if not isinstance(value, str):
        return ""
    text = unicodedata.normalize("NFC", value)
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )
    return " ".join(kept.split())[:MAX_FIELD_CHARS]


def read_holder(vault: Path) -> LockHolder | None:
    """The info file as a LockHolder, or None when missing, oversized or malformed."""
    raw = _read_regular(info_path(vault), MAX_INFO_BYTES + 1)
    if raw is None:
        return None
    if len(raw) > MAX_INFO_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    pid = data.get("pid")
    return LockHolder(
        _clean(data.get("worker")),
        _clean(data.get("computer")),
        _moment(data.get("since")),
        pid if isinstance(pid, int) and not isinstance(pid, bool) and 0 < pid < 2**31 else None,
    )


def _moment(stamp: object) -> datetime | None:
    """The holder's "since", or None when it is no moment a clock of this app could have
    said: a stamp at the calendar's edge (year 1, 9999 — a PC's clock reset or run wild, or a
    planted file) cannot be shown in local time (OverflowError) and would end the second
    opener's unlock in a traceback instead of the sentence naming the holder."""
    if not isinstance(stamp, str) or len(stamp) > 40:
        return None
    try:
        parsed = datetime.fromisoformat(stamp)
        since = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        local = since.astimezone(LOCAL_TZ)
        since.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return since if 1970 <= local.year <= 9000 else None


def held_elsewhere(vault: Path) -> bool:
    """Does another opener hold the lock right now? (A probe for what to show; it creates
    nothing and writes no info.)"""
    try:
        fd = _open_lock_file(vault, create=False)
    except (OSError, VaultError):
        return False
    try:
        if lock_descriptor(fd, blocking=False):
            unlock_descriptor(fd)
            return False
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def in_use_error(vault: Path) -> VaultInUse:
    holder = read_holder(vault)
    who = (
        holder.describe()
        if holder is not None
        else "Door wie en sinds wanneer is niet bekend (het bestand met die gegevens ontbreekt)."
    )
    return VaultInUse(
        message_id="error-lock-vault-open-another-window", detail=f"{who}\n\n{IN_USE_ADVICE}"
    )


def computer_name() -> str:
    try:
        return _clean(socket.gethostname())
    except OSError:
        return ""


class WriterLock:
    """The held lock of one open vault. `try_take` either returns it or raises VaultInUse."""

    def __init__(self, vault: Path, fd: int, clock: Clock, stale: LockHolder | None) -> None:
        self.vault = vault
        self._fd: int | None = fd
        self._clock = clock
        self.since = clock.now()
        # Left behind by a process that ended without closing; replaced now.
        self.stale = stale

    @classmethod
    def try_take(cls, vault: Path, clock: Clock) -> WriterLock:
        """Take the lock without waiting. Raises VaultInUse (naming the holder) when another
        process or window holds it."""
        vault = Path(vault)
        if not vault.parent.is_dir():
            raise ValidationError(message_id="error-backup-folder-missing", field="path")
        fd = _open_lock_file(vault, create=True)
        try:
            taken = lock_descriptor(fd, blocking=False)
        except OSError as exc:
            os.close(fd)
            if exc.errno in (errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOLCK):
                # No writer can be made safe here; reading still can (the UI offers it).
                raise VaultInUse(message_id="error-lock-disk-toestemming-lock-vault") from None
            raise _os_error(exc) from None
        if not taken or not _still_named(fd, vault):
            # (Not named: the lock file was being removed or replaced at this moment; the
            # inode we locked is no longer the one every opener locks.)
            os.close(fd)
            raise in_use_error(vault)
        stale = read_holder(vault)
        if os.path.lexists(info_path(vault)):
            log.info("vault lock: replaced the information left by a process that did not close")
        lock = cls(vault, fd, clock, stale)
        lock.name_holder("")
        return lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def still_ours(self) -> bool:
        """Whether our OS lock is still on the file every opener locks. The lock file may have
        been deleted or replaced while this window was open (a tidy-up, a sync client, a
        script): a later opener then locks a new file and would be a second writer, so the
        service asks this before every write (an fstat and a stat: microseconds)."""
        return self._fd is not None and _still_named(self._fd, self.vault)

    def retake(self, worker: str) -> None:
        """After the lock file was deleted or replaced: lock the file now at that place (made
        anew when missing), if nobody holds it. Raises VaultInUse when another opener locked
        it meanwhile: that one is the writer now, and this window may only read."""
        fresh = WriterLock.try_take(self.vault, self._clock)
        old, self._fd, fresh._fd = self._fd, fresh._fd, None
        if old is not None:
            with contextlib.suppress(OSError):
                os.close(old)  # (the old inode's lock: nobody else can reach that file)
        self.name_holder(worker)
        log.warning("vault lock: the lock file was deleted or replaced; locked the new one")

    def abandon(self) -> None:
        """Let go of a lock whose file another opener has taken over: only our descriptor is
        closed; the lock and info files are the new holder's now and stay as they are."""
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def name_holder(self, worker: str) -> None:
        """(Re)write the info file: `worker` is the unlocked slot's label ("" = not known).
        Advisory only: the OS lock is what protects the vault, so a failed write (a reader has
        the file open on Windows, a full disk) is logged without values and the open goes on;
        a second opener then reads "unknown" or the previous holder's line."""
        holder = LockHolder(_clean(worker), computer_name(), self.since, os.getpid())
        target = info_path(self.vault)
        # One temp name: only the holder writes it, and a copy left by a holder killed while
        # writing (it names a worker and a computer) is replaced here at the next open.
        tmp = Path(f"{target}{INFO_TMP_SUFFIX}")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()  # (whatever is there: a write never goes through a planted name)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_WAIT, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(holder.to_json())
            os.replace(tmp, target)
        except OSError as exc:
            log.warning("vault lock: could not write the holder information (errno %s)", exc.errno)
            with contextlib.suppress(OSError):
                tmp.unlink()

    def release(self, *, remove_file: bool = False) -> None:
        """Remove the info, then drop the OS lock. Idempotent; never raises. `remove_file`:
        also remove the lock file (a vault that was never created), while still holding it."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        # Info first: once unlocked, a next opener must never read ours as its holder's.
        with contextlib.suppress(OSError):
            info_path(self.vault).unlink()
        if remove_file:
            with contextlib.suppress(OSError):
                lock_path(self.vault).unlink()
        with contextlib.suppress(OSError):
            unlock_descriptor(fd)
        with contextlib.suppress(OSError):
            os.close(fd)

    def __del__(self) -> None:
        # A service dropped without close(): let the OS lock go with the object, as it would
        # go with the process. (At interpreter exit the OS does it anyway.)
        with contextlib.suppress(Exception):
            self.release()


def _open_lock_file(vault: Path, *, create: bool) -> int:
    """The lock file's descriptor. Never waits and never follows a link (a FIFO or a link
    planted at the name would hang or redirect every opener); only a regular file is a lock
    file. A lock file this user may not write (the read-only attribute a copy from a USB stick
    or CD keeps, another user's file on a shared computer) is locked through a read-only
    descriptor: the OS lock needs no write access, so nobody is locked out by its mode."""
    path = lock_path(vault)
    flags = os.O_RDWR | _NO_WAIT | (os.O_CREAT if create else 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM) or not os.path.lexists(path):
            raise _os_error(exc) from None
        try:
            fd = os.open(path, os.O_RDONLY | _NO_WAIT)
        except OSError as again:
            raise _os_error(again, existing=True) from None
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        regular = False
    if not regular:
        os.close(fd)
        raise VaultError(message_id="error-lock-not-a-lock-file")
    return fd


def _read_regular(path: Path, limit: int) -> bytes | None:
    """At most `limit` bytes of the regular file at `path` (not through a link, never waiting
    on a FIFO or device planted there); None when it is anything else or unreadable."""
    try:
        fd = os.open(path, os.O_RDONLY | _NO_WAIT)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, limit)
    except OSError:
        return None
    finally:
        os.close(fd)


def _still_named(fd: int, vault: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(lock_path(vault)))
    except OSError:
        return False


def _os_error(exc: OSError, *, existing: bool = False) -> VaultError:
    if existing and exc.errno in (errno.EACCES, errno.EPERM):
        # (The folder is not the problem: the file is there and not ours to open.)
        return VaultError(message_id="error-lock-lock-file-no-access")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return VaultError(message_id="error-db-folder-read-only")
    if exc.errno == errno.ELOOP:
        return VaultError(message_id="error-lock-next-vault-strange-link")
    if exc.errno in (errno.EISDIR, errno.ENXIO, errno.ENODEV, errno.EOPNOTSUPP):
        # A folder, socket or device at the lock file's name.
        return VaultError(message_id="error-lock-not-a-lock-file")
    return VaultError(message_id="error-lock-lock-file-next-vault")
