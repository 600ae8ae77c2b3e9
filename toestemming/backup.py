"""Encrypted backups (`svc.backups`): one `.tbackup` file, written with SQLite's backup API and
verified right after writing; when the last verified one is too old, the app warns. The file
format, reading and restoring live in backup_file.py.
"""

from __future__ import annotations

import logging
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .backup_file import (
    DB_MEMBER,
    KEYS_MEMBER,
    MANIFEST,
    MEMBERS,
    SEAL,
    SUFFIX,
    BackupManifest,
    RestoreReport,
    digest,
    file_digest,
    fsync,
    fsync_dir,
    manifest_bytes,
    os_errors,
    read_manifest,
    restore_backup,
    seal,
    sealed_manifest,
    verify_database,
    workdir,
)
from .clock import LOCAL_TZ, from_iso, to_iso
from .errors import IntegrityFailure, Phrase, Said, ValidationError, VaultError
from .log_clock import AHEAD_ID, SLACK, behind, is_clock_reason
from .private_files import publish_new
from .usecases.context import Context

__all__ = [
    "DB_MEMBER",
    "KEYS_MEMBER",
    "MANIFEST",
    "MEMBERS",
    "SEAL",
    "SUFFIX",
    "BackupInfo",
    "BackupManifest",
    "BackupStatus",
    "Backups",
    "RestoreReport",
    "read_manifest",
    "restore_backup",
]

DEFAULT_WARN_DAYS = 7
META_LAST = "backup.last_verified_at"
META_WARN_DAYS = "backup.warn_after_days"
META_FOLDER = "backup.folder"
META_KEEP = "backup.keep"
DEFAULT_KEEP = 10
MAX_KEEP = 1000
AUTO_PREFIX = "toestemming-"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size: int
    sha256: str  # of the whole .tbackup file
    events: int
    # False: made while the clock was behind the log (log_clock.py), so not recorded in it
    # (no backup.verified event, the "last backup" date unchanged).
    recorded: bool = True


@dataclass(frozen=True)
class BackupStatus:
    last_verified_at: datetime | None
    warn_after_days: int
    overdue: bool
    # False on a team server: its backups are made by the database administrator, so the app
    # neither nags nor offers to make one (overdue is then False too).
    applies: bool = True
    # The last backup is dated after now (made while the clock ran ahead): overdue, and said so.
    dated_ahead: bool = False

    def message(self) -> Said:
        if self.last_verified_at is None:
            return Said("backup-status-none")
        when = self.last_verified_at.astimezone(LOCAL_TZ)
        if self.dated_ahead:
            return Said("backup-status-dated-ahead", made=f"{when:%d-%m-%Y}")
        if self.overdue:
            return Said("backup-status-overdue", days=self.warn_after_days, made=f"{when:%d-%m-%Y}")
        return Said("backup-status-last", made=f"{when:%d-%m-%Y %H:%M}")


class Backups:
    """`svc.backups`: make a verified backup, and know when the last one was made."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        # The last backup this window made but did not record (the clock behind the log): in
        # memory only, so the schedule knows one was made and does not start another at once.
        self._unrecorded: datetime | None = None

    def refused(self) -> Phrase | None:
        """Why no backup can be made now; None: it can. A window read-only because the clock
        is behind the log (log_clock.py) can: that is no damage, and a backup is what a worker
        wants then (by hand, on the schedule and at close)."""
        vault = self._ctx.vault
        if vault is None:
            raise VaultError(message_id="error-backup-vault-locked-unlock")
        reason = vault.db.read_only_reason
        return None if reason is None or _clock_alone(reason) else reason

    def default_filename(self) -> str:
        now = self._ctx.clock.now().astimezone(LOCAL_TZ)
        return f"{AUTO_PREFIX}{now:%Y-%m-%d-%H%M%S}{SUFFIX}"

    # -- the folder for automatic backups (on a schedule / at close) -----------------------------
    def folder(self) -> Path | None:
        raw = self._ctx.meta(META_FOLDER)
        return Path(raw) if raw else None

    def set_folder(self, folder: Path | str | None) -> None:
        """Where automatic backups go (None: no automatic backups). Preferably another disk."""
        self.configure(folder, self.warn_after_days(), self.keep_count())

    def keep_count(self) -> int:
        """How many automatic backups of this vault the folder keeps (the newest)."""
        raw = self._ctx.meta(META_KEEP)
        return int(raw) if raw else DEFAULT_KEEP

    def configure(self, folder: Path | str | None, warn_after_days: int, keep: int) -> bool:
        """Every automatic-backup setting at once: all are checked first, then what changed is
        written in one transaction with its events. Returns whether anything changed."""
        path = None if folder in (None, "") else Path(str(folder))
        folder_changed = path != self.folder()
        # An unchanged folder may be offline right now (a network share): only a new one must
        # exist, so the other settings can still be changed.
        if folder_changed and path is not None and not path.is_dir():
            raise ValidationError(message_id="error-backup-folder-missing", field="folder")
        _check_warn_days(warn_after_days)
        _check_keep(keep)
        policy_changed = (warn_after_days, keep) != (self.warn_after_days(), self.keep_count())
        if not (folder_changed or policy_changed):
            return False
        db = self._ctx.db
        with db.transaction():
            if folder_changed:
                if path is None:
                    db.execute("DELETE FROM meta WHERE key = ?", (META_FOLDER,))
                else:
                    self._ctx.set_meta(META_FOLDER, str(path))
                # A folder name can contain a person's name (a home folder): a commitment only.
                self._ctx.event(
                    "backup.folder_set",
                    {"set": path is not None},
                    personal=None if path is None else {"folder": str(path)},
                )
            if policy_changed:
                self._ctx.set_meta(META_WARN_DAYS, str(warn_after_days))
                self._ctx.set_meta(META_KEEP, str(keep))
                self._ctx.event(
                    "backup.policy_changed", {"warn_after_days": warn_after_days, "keep": keep}
                )
        return True

    def create_in_folder(self, keep: int | None = None) -> BackupInfo | None:
        """The automatic backup (on a schedule or at close): into folder() under the default
        name, verified; then only the newest `keep` (default: keep_count()) automatic backups
        of this vault are kept there (older ones also keep data erased since, see retention).
        None: no folder set."""
        folder = self.folder()
        if folder is None:
            return None
        keep = self.keep_count() if keep is None else keep
        _check_keep(keep)
        target = folder / self.default_filename()
        n = 2
        while target.exists():  # two automatic backups in one second (schedule, then close)
            target = folder / f"{Path(self.default_filename()).stem}-{n}{SUFFIX}"
            n += 1
        info = self.create(target)
        self._prune(folder, keep, info)
        return info

    def _prune(self, folder: Path, keep: int, newest: BackupInfo) -> None:
        """Delete the automatic backups of this vault beyond the newest `keep`, judged only by
        what is verified: a file counts when its manifest's seal verifies with this vault's
        data key (so it is ours, and its date is the date we wrote). Everything else is left
        alone and not counted: other vaults', older data keys', damaged, hostile, unsealed
        copies, sealed ones dated after now (a clock that was, or is, wrong), and forks: a
        backup whose log is not a prefix of this vault's own (a copy of the vault worked on
        elsewhere and backed up into the same, synced, folder) — its date says nothing about
        whether this vault holds what it holds, and it may be the only place that does.
        Copies of one backup count once. The backup just written is always kept, as the
        first of `keep`."""
        vault = self._ctx.vault
        if vault is None:
            return
        key, vault_id = vault.current_data_key(), vault.vault_id
        now = self._ctx.clock.now()
        copies: dict[bytes, list[Path]] = {}
        dated: dict[bytes, datetime] = {}
        left_alone = forks = 0
        for candidate in sorted(folder.glob(f"{AUTO_PREFIX}*{SUFFIX}")):
            if candidate == newest.path:
                continue
            if candidate.is_symlink() or not candidate.is_file():
                left_alone += 1
                continue
            manifest = sealed_manifest(candidate, key, vault_id, vault.data_keys_of)
            if manifest is None or manifest.created_at > now:
                left_alone += 1
                continue
            if not self._on_own_line(manifest.events, manifest.chain_head):
                forks += 1
                continue
            copies.setdefault(manifest.raw, []).append(candidate)
            dated[manifest.raw] = manifest.created_at
        older = sorted(copies, key=lambda raw: dated[raw], reverse=True)
        doomed = [path for raw in older[keep - 1 :] for path in copies[raw]]
        for path in doomed:
            path.unlink(missing_ok=True)
        log.info(
            "automatic backups: %d kept, %d deleted, %d not ours or not verifiable, %d of a "
            "copy that grew apart from this vault (left alone)",
            min(len(older), keep - 1) + 1,
            len(doomed),
            left_alone,
            forks,
        )

    def _on_own_line(self, events: int, chain_head: str) -> bool:
        """Whether a backup of `events` events ending in `chain_head` holds nothing this vault
        lacks: its last event is this vault's event at that number (the chain hash covers
        every event before it). Events are never deleted (erasure empties payloads only)."""
        if events == 0:
            return True
        row = self._ctx.db.query_one("SELECT hash FROM events WHERE seq = ?", (events,))
        return row is not None and bytes(row[0]).hex() == chain_head

    def create(self, out: Path | str) -> BackupInfo:
        """Write a backup to `out` (a new file), verify it, then record it in the vault."""
        vault = self._ctx.vault
        if vault is None:
            raise VaultError(message_id="error-backup-vault-locked-unlock")
        reason = self.refused()
        if reason is not None:
            # Refused before the file is written: recording it would be refused after, and a
            # backup file with an error beside it reads as a failed one.
            raise VaultError(message_id="error-vault-read-only", params={"reason": reason})
        target = _new_file(Path(out))
        public_key = self._ctx.meta("public_key") or ""
        created = self._ctx.clock.now()
        # A clock behind the log (log_clock.py; at open, or set back while the window was
        # open, which the window may not have met yet): the copy is as good as ever, only
        # recording it would date an event before the log's last moment, so it is not
        # recorded (`recorded` False, the caller says so; nothing is written to the vault).
        # A clock far ahead that nobody confirmed yet (clock_ahead.py): not recorded either,
        # else a backup event dated years ahead would end up in the log.
        clock_only = vault.local_backups and (
            behind(vault.db, created) is not None
            or getattr(vault.db.read_only_reason, "message_id", None) == AHEAD_ID
        )
        # The header first: its log head then never names events the copy does not hold.
        keys, key = vault.key_file_and_key()
        with workdir(target.parent, target.name) as work, os_errors():
            copy = work / DB_MEMBER
            vault.db.copy_to(copy, key)
            checked = verify_database(copy, key, vault.vault_id, public_key, vault.db.profile)
            files = {DB_MEMBER: file_digest(copy), KEYS_MEMBER: digest(keys)}
            manifest = manifest_bytes(vault.vault_id, created, checked, public_key, files)
            packed = work / "pakket.zip"
            with zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
                stamp = created.astimezone(LOCAL_TZ).timetuple()[:6]
                for name, data in (
                    (MANIFEST, manifest),
                    (SEAL, seal(key, vault.vault_id, manifest)),
                    (KEYS_MEMBER, keys),
                ):
                    zf.writestr(zipfile.ZipInfo(name, stamp), data)
                zf.write(copy, DB_MEMBER)
            os.chmod(packed, 0o600)  # like the key header: only the owner may read it
            fsync(packed)
            copy.unlink()  # the zip holds it now
            # Verified right after writing: read the file back and check every member.
            if read_manifest(packed).raw != manifest:
                raise IntegrityFailure(message_id="error-backup-backup-could-read-back")
            file_hash, size = file_digest(packed)
            # Never over a file made meanwhile (a second backup to the same name, the
            # automatic one at close): _new_file's check was minutes ago for a large vault.
            publish_new(packed, target)
            fsync_dir(target.parent)
        info = BackupInfo(target, created, size, file_hash, checked[0], recorded=not clock_only)
        if clock_only:
            self._unrecorded = created
            return info
        db = vault.db
        with db.transaction():
            self._ctx.set_meta(META_LAST, to_iso(created))
            self._ctx.event(
                "backup.verified",
                {"sha256": file_hash, "size": size, "events": checked[0], "at": to_iso(created)},
            )
        return info

    def status(self) -> BackupStatus:
        vault = self._ctx.vault
        if vault is not None and not vault.local_backups:
            return BackupStatus(None, self.warn_after_days(), overdue=False, applies=False)
        raw = self._ctx.meta(META_LAST)
        last = from_iso(raw) if raw else None
        days = self.warn_after_days()
        now = self._ctx.clock.now()
        made = self._unrecorded  # (made here while the clock was behind: the newest in truth)
        if made is not None and (last is None or made > last or now - last < -SLACK):
            last = made
        since = now - last if last is not None else None
        # A last backup dated after now (made while the clock ran ahead, log_clock.py) says
        # nothing about how old it is: overdue, or a clock a year ahead once silenced the
        # warning for that year.
        ahead = since is not None and since < -SLACK
        overdue = since is None or ahead or since > timedelta(days=days)
        return BackupStatus(last, days, overdue, dated_ahead=ahead)

    def warn_after_days(self) -> int:
        raw = self._ctx.meta(META_WARN_DAYS)
        return int(raw) if raw else DEFAULT_WARN_DAYS

    def set_warn_after_days(self, days: int) -> None:
        self.configure(self.folder(), days, self.keep_count())


def _check_warn_days(days: object) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 365:
        raise ValidationError(
            message_id="error-backup-warn-after-choose-between", field="warn_after_days"
        )


def _check_keep(keep: object) -> None:
    if isinstance(keep, bool) or not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        raise ValidationError(
            message_id="error-backup-keep-between-1-automatic",
            params={"max_keep": MAX_KEEP},
            field="keep",
        )


def _new_file(out: Path) -> Path:
    if out.exists() or out.is_symlink():
        raise ValidationError(message_id="error-backup-file-choose-new-name", field="out")
    if not out.parent.is_dir():
        raise ValidationError(message_id="error-backup-folder-missing", field="out")
    return out


def _clock_alone(reason: Phrase) -> bool:
    """Read-only for the clock alone (behind the log, or far ahead and not confirmed)."""
    return is_clock_reason(reason) or getattr(reason, "message_id", None) == AHEAD_ID
