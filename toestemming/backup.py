"""Encrypted backups: one `.tbackup` file, verified right after writing; restore into a new place,
verified before use.

The file is a zip (stored, not compressed: the database is ciphertext) with four members:

    manifest.json       format, vault id, schema version, audit head, SHA-256 and size per member
    manifest.seal       HMAC-SHA256 of manifest.json, keyed from the vault's data key
    kluis.tvault        a copy made with SQLite's backup API (never a raw copy of a live file),
                        encrypted with the same data key as the vault
    kluis.tvault.keys   the key header (losing it loses the data, so it travels along)

Why the seal: the SHA-256s catch damage without a passphrase, but anyone could recompute them
after editing a member. The seal can only be made with the data key, which only someone who
can unlock the header has; SQLCipher's page HMACs and the audit chain then cover the rest.

The manifest holds no personal data and not the organisation's name: the zip directory is
readable without the passphrase.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import secrets
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import __version__
from .audit import AuditLog
from .clock import LOCAL_TZ, SystemClock, from_iso, to_iso
from .errors import IntegrityFailure, ToestemmingError, ValidationError, VaultError
from .store.db import DISK_FULL_MESSAGE, IO_MESSAGE, READ_ONLY_MESSAGE, Database
from .store.header import KeyHeader, atomic_write, header_path
from .store.migrations import LATEST
from .usecases.context import Context

FORMAT = "toestemming-reservekopie"
VERSION = 1
SUFFIX = ".tbackup"
MANIFEST, SEAL, DB_MEMBER, KEYS_MEMBER = (
    "manifest.json",
    "manifest.seal",
    "kluis.tvault",
    "kluis.tvault.keys",
)
MEMBERS = (MANIFEST, SEAL, DB_MEMBER, KEYS_MEMBER)
DEFAULT_WARN_DAYS = 7
CHUNK = 1 << 20

META_LAST = "backup.last_verified_at"
META_WARN_DAYS = "backup.warn_after_days"

TAMPERED = (
    "Deze reservekopie is beschadigd of gewijzigd en wordt niet teruggezet. Kies een andere "
    "reservekopie."
)
NOT_A_BACKUP = "Dit bestand is geen (volledige) reservekopie van Toestemming."
NO_SPACE = (
    "Niet genoeg ruimte op de schijf. Er is niets half weggeschreven; maak ruimte vrij of kies "
    "een andere schijf."
)
NO_WRITE = "In deze map mag niet worden geschreven. Kies een andere map."
WRITE_FAILED = (
    "Schrijven is mislukt (schijf vol, losgekoppeld of defect?). Er is niets half "
    "weggeschreven en de kluis is niet gewijzigd."
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    size: int
    sha256: str  # of the whole .tbackup file
    events: int


@dataclass(frozen=True)
class BackupStatus:
    last_verified_at: datetime | None
    warn_after_days: int
    overdue: bool

    def message(self) -> str:
        if self.last_verified_at is None:
            return "Er is nog geen geverifieerde reservekopie van deze kluis. Maak er nu een."
        when = self.last_verified_at.astimezone(LOCAL_TZ)
        if self.overdue:
            return (
                f"De laatste geverifieerde reservekopie is ouder dan {self.warn_after_days} "
                f"dagen (gemaakt op {when:%d-%m-%Y}). Maak een nieuwe reservekopie."
            )
        return f"Laatste geverifieerde reservekopie: {when:%d-%m-%Y %H:%M}."


@dataclass(frozen=True)
class BackupManifest:
    vault_id: str
    created_at: datetime
    schema_version: int
    events: int
    checkpoints: int
    chain_head: str
    public_key: str
    files: dict[str, tuple[str, int]]  # member → (sha256, size)
    raw: bytes


@dataclass(frozen=True)
class RestoreReport:
    path: Path
    backup_created_at: datetime
    events: int
    checkpoints: int

    def describe(self) -> str:
        when = self.backup_created_at.astimezone(LOCAL_TZ)
        return (
            f"Reservekopie van {when:%d-%m-%Y %H:%M} teruggezet en gecontroleerd: bestand in orde, "
            f"logboek in orde ({self.events} gebeurtenissen, {self.checkpoints} ondertekende "
            "controlepunten)."
        )


# -- writing ----------------------------------------------------------------------------------
class Backups:
    """`svc.backups`: make a verified backup, and know when the last one was made."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def default_filename(self) -> str:
        now = self._ctx.clock.now().astimezone(LOCAL_TZ)
        return f"toestemming-{now:%Y-%m-%d-%H%M}{SUFFIX}"

    def create(self, out: Path | str) -> BackupInfo:
        """Write a backup to `out` (a new file), verify it, then record it in the vault."""
        vault = self._ctx.vault
        if vault is None:
            raise VaultError("De kluis is vergrendeld. Ontgrendel haar eerst.")
        target = _new_file(Path(out))
        public_key = self._ctx.meta("public_key") or ""
        created = self._ctx.clock.now()
        key = vault.current_data_key()
        with _workdir(target.parent, target.name) as work, _os_errors():
            copy = work / DB_MEMBER
            vault.db.copy_to(copy, key)
            checked = _verify_database(copy, key, vault.vault_id, public_key)
            keys = vault.header.to_bytes()
            files = {DB_MEMBER: _file_digest(copy), KEYS_MEMBER: _digest(keys)}
            manifest = _manifest_bytes(vault.vault_id, created, checked, public_key, files)
            packed = work / "pakket.zip"
            with zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
                stamp = created.astimezone(LOCAL_TZ).timetuple()[:6]
                for name, data in (
                    (MANIFEST, manifest),
                    (SEAL, _seal(key, vault.vault_id, manifest)),
                    (KEYS_MEMBER, keys),
                ):
                    zf.writestr(zipfile.ZipInfo(name, stamp), data)
                zf.write(copy, DB_MEMBER)
            os.chmod(packed, 0o600)  # like the key header: only the owner may read it
            _fsync(packed)
            copy.unlink()  # the zip holds it now
            # Verified right after writing: read the file back and check every member.
            if read_manifest(packed).raw != manifest:
                raise IntegrityFailure("De reservekopie kon niet goed worden teruggelezen.")
            file_hash, size = _file_digest(packed)
            os.replace(packed, target)
            _fsync_dir(target.parent)
        info = BackupInfo(target, created, size, file_hash, checked[0])
        db = vault.db
        with db.transaction():
            self._ctx.set_meta(META_LAST, to_iso(created))
            self._ctx.event(
                "backup.verified",
                {"sha256": file_hash, "size": size, "events": checked[0], "at": to_iso(created)},
            )
        return info

    def status(self) -> BackupStatus:
        raw = self._ctx.meta(META_LAST)
        last = from_iso(raw) if raw else None
        days = self.warn_after_days()
        overdue = last is None or self._ctx.clock.now() - last > timedelta(days=days)
        return BackupStatus(last, days, overdue)

    def warn_after_days(self) -> int:
        raw = self._ctx.meta(META_WARN_DAYS)
        return int(raw) if raw else DEFAULT_WARN_DAYS

    def set_warn_after_days(self, days: int) -> None:
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 365:
            raise ValidationError(
                "Waarschuwen na: kies tussen 1 en 365 dagen.", field="warn_after_days"
            )
        db = self._ctx.db
        with db.transaction():
            self._ctx.set_meta(META_WARN_DAYS, str(days))
            self._ctx.event("backup.policy_changed", {"warn_after_days": days})


def _new_file(out: Path) -> Path:
    if out.exists() or out.is_symlink():
        raise ValidationError(
            "Daar staat al een bestand; kies een nieuwe naam voor de reservekopie.", field="out"
        )
    if not out.parent.is_dir():
        raise ValidationError("Deze map bestaat niet.", field="out")
    return out


def _manifest_bytes(
    vault_id: str,
    created: datetime,
    checked: tuple[int, int, str, int],
    public_key: str,
    files: dict[str, tuple[str, int]],
) -> bytes:
    events, checkpoints, head, schema = checked
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "vault_id": vault_id,
        "created_at": to_iso(created),
        "schema_version": schema,
        "audit": {"events": events, "checkpoints": checkpoints, "chain_head": head},
        "public_key": public_key,
        "files": {n: {"sha256": h, "size": s} for n, (h, s) in sorted(files.items())},
    }
    return json.dumps(doc, indent=2, sort_keys=True).encode("utf-8")


# -- reading and restoring --------------------------------------------------------------------
def read_manifest(backup: Path | str, *, check_members: bool = True) -> BackupManifest:
    """Open a backup without a passphrase: read the manifest and check every member's SHA-256.
    Raises IntegrityFailure (Dutch) when the file is not a complete, undamaged backup."""
    path = Path(backup)
    if not path.is_file():
        raise ValidationError("Dit bestand bestaat niet.", field="backup")
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            if sorted(names) != sorted(MEMBERS) or len(set(names)) != len(names):
                raise IntegrityFailure(NOT_A_BACKUP)
            raw = zf.read(MANIFEST)
            manifest = _parse_manifest(raw)
            for name in (DB_MEMBER, KEYS_MEMBER) if check_members else ():
                with zf.open(name) as fh:
                    if _stream_digest(fh) != manifest.files[name]:
                        raise IntegrityFailure(TAMPERED)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, KeyError):
        raise IntegrityFailure(NOT_A_BACKUP) from None
    except OSError as exc:
        raise _os_error(exc) from None
    return manifest


def _parse_manifest(raw: bytes) -> BackupManifest:
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise IntegrityFailure(NOT_A_BACKUP)
        if int(doc["version"]) > VERSION:
            raise VaultError(
                "Deze reservekopie is gemaakt met een nieuwere versie van Toestemming. Werk het "
                "programma bij."
            )
        files = {
            str(n): (str(f["sha256"]), int(f["size"]))
            for n, f in doc["files"].items()
            if n in (DB_MEMBER, KEYS_MEMBER)
        }
        if set(files) != {DB_MEMBER, KEYS_MEMBER}:
            raise IntegrityFailure(NOT_A_BACKUP)
        audit = doc["audit"]
        return BackupManifest(
            vault_id=str(doc["vault_id"]),
            created_at=from_iso(str(doc["created_at"])),
            schema_version=int(doc["schema_version"]),
            events=int(audit["events"]),
            checkpoints=int(audit["checkpoints"]),
            chain_head=str(audit["chain_head"]),
            public_key=str(doc["public_key"]),
            files=files,
            raw=raw,
        )
    except ToestemmingError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise IntegrityFailure(NOT_A_BACKUP) from None


def restore_backup(
    backup: Path | str,
    target: Path | str,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
) -> RestoreReport:
    """Put a backup in a NEW place (`target` must not exist), verified before use: member
    hashes, the seal (needs the passphrase or recovery key valid *at backup time*), then the
    copy itself (open, cipher_integrity_check, integrity_check, audit chain against the
    manifest). Only then do the database and key header appear at `target`."""
    dest = Path(target)
    for p in (dest, header_path(dest), Path(f"{dest}-wal"), Path(f"{dest}-shm")):
        if p.exists():
            raise ValidationError(
                "Op deze plek staat al een kluis of bestand. Zet een reservekopie altijd terug "
                "op een nieuwe plek.",
                field="target",
            )
    if not dest.parent.is_dir():
        raise ValidationError("Deze map bestaat niet.", field="target")
    manifest = read_manifest(backup, check_members=False)  # hashed once, below
    if manifest.schema_version > LATEST:
        raise VaultError(
            "Deze reservekopie is gemaakt met een nieuwere versie van Toestemming. Werk het "
            "programma bij."
        )
    with _workdir(dest.parent, dest.name) as work:
        copy = work / dest.name
        with _os_errors(), zipfile.ZipFile(backup) as zf:
            keys_raw = zf.read(KEYS_MEMBER)
            seal = zf.read(SEAL)
            fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with zf.open(DB_MEMBER) as src, os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(src, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
        if _digest(keys_raw) != manifest.files[KEYS_MEMBER]:
            raise IntegrityFailure(TAMPERED)
        if _file_digest(copy) != manifest.files[DB_MEMBER]:
            raise IntegrityFailure(TAMPERED)
        header = KeyHeader.from_bytes(keys_raw)
        if header.vault_id != manifest.vault_id:
            raise IntegrityFailure(TAMPERED)
        if recovery_key is not None:
            master, _ = header.unlock_with_recovery(recovery_key)
        else:
            master, _ = header.unlock_with_passphrase(passphrase or "")
        key = header.data_keys(master)[0]
        if not hmac.compare_digest(seal, _seal(key, manifest.vault_id, manifest.raw)):
            raise IntegrityFailure(TAMPERED)
        try:
            checked = _verify_database(copy, key, manifest.vault_id, manifest.public_key)
        except IntegrityFailure as exc:
            raise IntegrityFailure(f"{TAMPERED} ({exc.message})") from None
        if checked != (
            manifest.events,
            manifest.checkpoints,
            manifest.chain_head,
            manifest.schema_version,
        ):
            raise IntegrityFailure(TAMPERED)
        with _os_errors():
            atomic_write(header_path(dest), keys_raw)
            try:
                os.replace(copy, dest)
                _fsync_dir(dest.parent)
            except BaseException:
                header_path(dest).unlink(missing_ok=True)
                raise
    return RestoreReport(dest, manifest.created_at, manifest.events, manifest.checkpoints)


# -- helpers ----------------------------------------------------------------------------------
def _verify_database(
    path: Path, key: bytes, vault_id: str, public_key: str
) -> tuple[int, int, str, int]:
    """Reopen a copy and check it completely. Returns (events, checkpoints, chain head hex,
    schema version); raises IntegrityFailure (Dutch) on any problem."""
    db = Database.open(path, key)
    try:
        problems = db.file_problems()
        if problems:
            raise IntegrityFailure("De kopie van de kluis is niet in orde: " + problems[0])
        stored_key = db.scalar("SELECT value FROM meta WHERE key = 'public_key'")
        if not public_key or stored_key != public_key:
            raise IntegrityFailure("De kopie hoort niet bij de sleutel van deze organisatie.")
        log = AuditLog(db, SystemClock(), vault_id)  # verify() never reads the clock
        report = log.verify(public_key)
        if not report.ok:
            raise IntegrityFailure("Het logboek in de kopie klopt niet: " + report.problem)
        _, head = log.head()
        return report.events, report.checkpoints, head.hex(), db.user_version
    finally:
        db.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _seal(key: bytes, vault_id: str, manifest: bytes) -> bytes:
    seal_key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"toestemming-reservekopie-zegel|{vault_id}".encode(),
    ).derive(key)
    return hmac.new(seal_key, manifest, hashlib.sha256).digest()


def _digest(data: bytes) -> tuple[str, int]:
    return hashlib.sha256(data).hexdigest(), len(data)


def _stream_digest(fh: Any) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    while chunk := fh.read(CHUNK):
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size


def _file_digest(path: Path) -> tuple[str, int]:
    with _os_errors(), path.open("rb") as fh:
        return _stream_digest(fh)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    if os.name == "posix":
        _fsync(path)


@contextlib.contextmanager
def _workdir(parent: Path, name: str) -> Iterator[Path]:
    """A private scratch folder beside the target (same disk, so the final rename is atomic);
    always removed, also after a failure. Only ciphertext is ever written into it."""
    work = parent / f".{name}.{secrets.token_hex(4)}.tmp"
    with _os_errors():
        work.mkdir(mode=0o700)
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _os_error(exc: OSError) -> VaultError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return VaultError(NO_SPACE)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return VaultError(NO_WRITE)
    return VaultError(
        f"Lezen of schrijven is mislukt (systeemfout {exc.errno}). Er is niets gewijzigd."
    )


@contextlib.contextmanager
def _os_errors() -> Iterator[None]:
    """OS and storage failures as Dutch typed errors (no path: it may contain a name)."""
    try:
        yield
    except OSError as exc:
        raise _os_error(exc) from None
    except VaultError as exc:
        # The store's messages speak of "the last change"; here nothing in the vault changed.
        better = {
            DISK_FULL_MESSAGE: NO_SPACE,
            IO_MESSAGE: WRITE_FAILED,
            READ_ONLY_MESSAGE: NO_WRITE,
        }
        if exc.message in better:
            raise VaultError(better[exc.message]) from None
        raise
