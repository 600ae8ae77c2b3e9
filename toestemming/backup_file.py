"""The `.tbackup` file: write its parts, read and check it, restore it into a new place.

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
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import __version__, safejson, seen_heads
from .audit import AuditLog
from .backup_scratch import mark_verified
from .backup_scratch import workdir as scratch_workdir
from .clock import LOCAL_TZ, SystemClock, from_iso, to_iso
from .errors import (
    IntegrityFailure,
    Phrase,
    Said,
    ToestemmingError,
    ValidationError,
    VaultError,
)
from .safezip import MIB, SafeZip, ZipLimits, ZipRefused
from .store.db import (
    CipherProfile,
    Database,
    ReaderSpec,
)
from .store.header import KeyHeader, atomic_write, header_path
from .store.lock import WriterLock, lock_path
from .store.migrations import LATEST
from .store.vault import cipher_profile

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
CHUNK = 1 << 20
BACKUP = Phrase("zip-what-backup")  # how safezip's messages name the file (De reservekopie)
# Exactly four members, stored (the copy is ciphertext: a compressed member has no business
# here, and stored members cannot inflate). The copy may be large, the rest is small.
BACKUP_LIMITS = ZipLimits(
    max_members=len(MEMBERS),
    max_member_size=4 * MIB,  # the key header (a few kB per worker)
    max_total_size=(1 << 40) + 8 * MIB,
    member_sizes={DB_MEMBER: 1 << 40, MANIFEST: 64 * 1024, SEAL: 1024},
    methods=frozenset({zipfile.ZIP_STORED}),
)
SPACE_MARGIN = 4 * MIB  # the copy's -wal and -shm while it is checked, and some air

TAMPERED = (
    "Deze reservekopie is beschadigd of gewijzigd en wordt niet teruggezet. Kies een andere "
    "reservekopie."
)
NOT_A_BACKUP = "Dit bestand is geen (volledige) reservekopie van Toestemming."
NOTHING_RESTORED = "Er is niets teruggezet; kies een andere reservekopie."
NO_SPACE = (
    "Niet genoeg ruimte op de schijf. Er is niets half weggeschreven; maak ruimte vrij of kies "
    "een andere schijf."
)
NO_WRITE = "In deze map mag niet worden geschreven. Kies een andere map."


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
    # What working on in the copy would undo, held against the vault in use (backup_compare).
    notes: tuple[Said, ...] = ()

    def describe(self) -> str:
        when = self.backup_created_at.astimezone(LOCAL_TZ)
        done = (
            f"Reservekopie van {when:%d-%m-%Y %H:%M} teruggezet en gecontroleerd: bestand in orde, "
            f"logboek in orde ({self.events} gebeurtenissen, {self.checkpoints} ondertekende "
            "controlepunten)."
        )
        return "\n".join([done, *(f"Let op: {note}" for note in self.notes)])


def manifest_bytes(
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
@contextlib.contextmanager
def open_backup(backup: Path | str) -> Iterator[SafeZip]:
    """The backup as a checked zip: exactly the four members, stored, within BACKUP_LIMITS,
    and the sizes the zip declares equal to the manifest's. Nothing is unpacked before."""
    path = Path(backup)
    if not path.is_file():
        raise ValidationError(message_id="error-backup-file-missing", field="backup")
    with os_errors(), SafeZip.open(path, BACKUP_LIMITS, BACKUP) as zf:
        if sorted(zf.names()) != sorted(MEMBERS):
            raise IntegrityFailure(message_id="error-backup-not-a-backup")
        yield zf


def manifest_of(zf: SafeZip) -> BackupManifest:
    """Parse the manifest and check that the zip's declared sizes are the manifest's."""
    manifest = _parse_manifest(zf.read(MANIFEST))
    for name in (DB_MEMBER, KEYS_MEMBER):
        if zf.size(name) != manifest.files[name][1]:
            raise IntegrityFailure(message_id="error-backup-backup-damaged-been-changed")
    return manifest


def read_manifest(backup: Path | str, *, check_members: bool = True) -> BackupManifest:
    """Open a backup without a passphrase: read the manifest and check every member's SHA-256.
    Raises IntegrityFailure (Dutch) when the file is not a complete, undamaged backup. The
    manifest is NOT authenticated here: judge nothing by it (see sealed_manifest)."""
    with open_backup(backup) as zf:
        manifest = manifest_of(zf)
        for name in (DB_MEMBER, KEYS_MEMBER) if check_members else ():
            if zf.digest(name) != manifest.files[name]:
                raise IntegrityFailure(message_id="error-backup-backup-damaged-been-changed")
    return manifest


def sealed_manifest(
    backup: Path | str,
    key: bytes,
    vault_id: str,
    older_keys: Callable[[bytes], list[bytes]] | None = None,
) -> BackupManifest | None:
    """The manifest of a backup of THIS vault whose seal verifies with `key` (the vault's data
    key), else None: another vault's, damaged, hostile or not a backup. `older_keys` turns the
    backup's own key header into the data keys it wraps, when this vault's master key opens
    them: so a backup made before a data-key renewal (every removal of a worker renews it)
    still counts as ours. Only the small members are read; the copy itself is not hashed."""
    try:
        with open_backup(backup) as zf:
            manifest = manifest_of(zf)
            sealed = zf.read(SEAL)
            header = zf.read(KEYS_MEMBER) if older_keys is not None else b""
    except ToestemmingError:
        return None
    if manifest.vault_id != vault_id:
        return None
    candidates = [key, *(older_keys(header) if older_keys is not None else [])]
    if not any(hmac.compare_digest(sealed, seal(k, vault_id, manifest.raw)) for k in candidates):
        return None
    return manifest


def _parse_manifest(raw: bytes) -> BackupManifest:
    try:
        doc = safejson.loads(raw)
        if doc.get("format") != FORMAT:
            raise IntegrityFailure(message_id="error-backup-not-a-backup")
        if int(doc["version"]) > VERSION:
            raise VaultError(message_id="error-backup-backup-made-newer-version")
        files = {
            str(n): (str(f["sha256"]), int(f["size"]))
            for n, f in doc["files"].items()
            if n in (DB_MEMBER, KEYS_MEMBER)
        }
        if set(files) != {DB_MEMBER, KEYS_MEMBER}:
            raise IntegrityFailure(message_id="error-backup-not-a-backup")
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
        raise IntegrityFailure(message_id="error-backup-not-a-backup") from None


def restore_backup(
    backup: Path | str,
    target: Path | str,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    current_vault: Path | str | None = None,
) -> RestoreReport:
    """Put a backup in a NEW place (`target` must not exist), verified before use. Before
    anything is written: the zip's structure and sizes, the key header's hash, the passphrase
    or recovery key (valid *at backup time*), the seal over the manifest, and free space for
    the copy. Then the copy is streamed into a scratch folder beside the target while it is
    hashed, and checked completely (open, cipher_integrity_check, integrity_check, audit chain
    against the manifest). Only then do the database and key header appear at `target`; on
    any failure the scratch folder goes and nothing is left at the target.

    `current_vault`: the vault in use, when there is one; the report then says what working
    on in the copy would undo (backup_compare.py: events the vault signed since, workers
    removed since)."""
    dest = Path(target)
    try:
        # One restore (or opener) of this place at a time: two restores of different backups
        # to one new path interleaved their key file and database into a pair that never
        # belonged together; an open meanwhile could complete a half restore under it.
        _refuse_taken(dest)  # (said as before, not as "open elsewhere")
        if not dest.parent.is_dir():
            raise ValidationError(message_id="error-backup-folder-missing", field="target")
        ours = not os.path.lexists(lock_path(dest))
        lock = _take_lock(dest)
        try:
            return _restore(Path(backup), dest, passphrase, recovery_key, current_vault)
        finally:
            lock.release(remove_file=ours)  # (the vault makes its own at its first open)
    except ZipRefused as exc:
        raise ZipRefused(
            message_id="error-backup-refused-nothing-restored", params={"problem": exc.phrase()}
        ) from None


def _restore(
    backup: Path,
    dest: Path,
    passphrase: str | None,
    recovery_key: str | None,
    current_vault: Path | str | None,
) -> RestoreReport:
    _refuse_taken(dest)
    # A key file alone at the target: a restore of this very backup killed before its last
    # rename (backup_scratch.py) may be done again — when the file is byte for byte the one
    # this backup writes (checked below, after the passphrase); anyone else's is never touched.
    lone = _lone_key_file(header_path(dest))
    if not dest.parent.is_dir():
        raise ValidationError(message_id="error-backup-folder-missing", field="target")
    with open_backup(backup) as zf:
        manifest = manifest_of(zf)
        if manifest.schema_version > LATEST:
            raise VaultError(message_id="error-backup-backup-made-newer-version")
        keys_raw = zf.read(KEYS_MEMBER)
        sealed = zf.read(SEAL)
        if digest(keys_raw) != manifest.files[KEYS_MEMBER]:
            raise IntegrityFailure(message_id="error-backup-backup-damaged-been-changed")
        header = KeyHeader.from_bytes(keys_raw)
        if header.vault_id != manifest.vault_id:
            raise IntegrityFailure(message_id="error-backup-backup-damaged-been-changed")
        if recovery_key is not None:
            master, _ = header.unlock_with_recovery(recovery_key)
        else:
            master, _ = header.unlock_with_passphrase(passphrase or "")
        key = header.data_keys(master)[0]
        if not hmac.compare_digest(sealed, seal(key, manifest.vault_id, manifest.raw)):
            raise IntegrityFailure(message_id="error-backup-backup-damaged-been-changed")
        if lone is not None and not hmac.compare_digest(lone, keys_raw):
            raise ValidationError(message_id="error-backup-vault-file-place-always", field="target")
        check_space(dest.parent, zf.size(DB_MEMBER) + len(keys_raw))
        with workdir(dest.parent, dest.name) as work:
            copy = work / dest.name
            fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                copied = zf.copy(DB_MEMBER, out)
                out.flush()
                os.fsync(out.fileno())
            if copied != manifest.files[DB_MEMBER]:
                raise IntegrityFailure(message_id="error-backup-backup-damaged-been-changed")
            try:
                checked = verify_database(
                    copy, key, manifest.vault_id, manifest.public_key, cipher_profile(header)
                )
            except IntegrityFailure as exc:
                raise IntegrityFailure(
                    message_id="error-backup-tampered-because", params={"problem": exc.phrase()}
                ) from None
            if checked != (
                manifest.events,
                manifest.checkpoints,
                manifest.chain_head,
                manifest.schema_version,
            ):
                raise IntegrityFailure(message_id="error-backup-backup-damaged-been-changed")
            with os_errors():
                # Verified: a kill from here on is completed at the next open or restore.
                mark_verified(work, keys_raw)
                # The copy put in place was chosen: this computer's record of THAT place
                # follows it (seen_heads.py; a desk still open elsewhere goes on past it) —
                # from here on, as a killed restore is completed at open.
                seen = seen_heads.Seen(manifest.events, manifest.chain_head)
                place = seen_heads.place_of(dest)
                seen_heads.write(manifest.vault_id, seen, place=place, follow=True)
                atomic_write(header_path(dest), keys_raw)
                try:
                    os.replace(copy, dest)
                    fsync_dir(dest.parent)
                except BaseException:
                    header_path(dest).unlink(missing_ok=True)
                    raise
    notes: list[Said] = []
    if current_vault is not None:
        from .backup_compare import undone_by, vault_hashes

        def hash_at(seq: int) -> bytes | None:
            """The restored copy's hash of event `seq` (read-only: nothing is written)."""
            if seq == manifest.events:
                return bytes.fromhex(manifest.chain_head)
            db = Database.open(dest, key, profile=cipher_profile(header), read_only=True)
            try:
                row = db.query_one("SELECT hash FROM events WHERE seq = ?", (seq,))
            finally:
                db.close()
            return None if row is None else bytes(row[0])

        notes = undone_by(
            Path(current_vault),
            header,
            manifest.vault_id,
            manifest.public_key,
            manifest.events,
            hash_at,
            lambda n: vault_hashes(Path(current_vault), n, master, passphrase, recovery_key),
        )
    return RestoreReport(
        dest, manifest.created_at, manifest.events, manifest.checkpoints, tuple(notes)
    )


def check_space(folder: Path, needed: int) -> None:
    """Refuse before writing when the disk cannot hold `needed` bytes plus a margin for the
    copy's -wal/-shm while it is checked: a full disk half way is a worse way to find out."""
    if shutil.disk_usage(folder).free < needed + SPACE_MARGIN:
        raise VaultError(message_id="error-backup-not-enough-space")


# -- helpers ----------------------------------------------------------------------------------
def verify_database(
    path: Path, key: bytes, vault_id: str, public_key: str, profile: CipherProfile
) -> tuple[int, int, str, int]:
    """Reopen a copy and check it completely. Returns (events, checkpoints, chain head hex,
    schema version); raises IntegrityFailure (Dutch) on any problem."""
    db = Database.open(path, key, profile=profile)
    try:
        problems = db.file_problem_phrases()
        if problems:
            raise IntegrityFailure(
                message_id="error-backup-copy-not-in-order", params={"problem": problems[0]}
            )
        stored_key = db.scalar("SELECT value FROM meta WHERE key = 'public_key'")
        if not public_key or stored_key != public_key:
            raise IntegrityFailure(message_id="error-backup-other-organisation")
        log = AuditLog(db, SystemClock(), vault_id)  # verify() never reads the clock
        report = log.verify(public_key, reader=ReaderSpec(path, key, profile))
        if not report.ok:
            raise IntegrityFailure(
                message_id="error-backup-copy-log-wrong",
                params={"problem": report.why or report.problem},
            )
        _, head = log.head()
        return report.events, report.checkpoints, head.hex(), db.user_version
    finally:
        db.close()
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def seal(key: bytes, vault_id: str, manifest: bytes) -> bytes:
    seal_key = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"toestemming-reservekopie-zegel|{vault_id}".encode(),
    ).derive(key)
    return hmac.new(seal_key, manifest, hashlib.sha256).digest()


def digest(data: bytes) -> tuple[str, int]:
    return hashlib.sha256(data).hexdigest(), len(data)


def stream_digest(fh: Any) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    while chunk := fh.read(CHUNK):
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size


def file_digest(path: Path) -> tuple[str, int]:
    with os_errors(), path.open("rb") as fh:
        return stream_digest(fh)


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _take_lock(dest: Path) -> WriterLock:
    """The target's writer lock; a folder that may not be written is said as a restore's
    folder, not as a vault's ("zet de kluis in een map…")."""
    try:
        return WriterLock.try_take(dest, SystemClock())
    except VaultError as exc:
        if exc.message_id == "error-db-folder-read-only":
            raise VaultError(message_id="error-backup-folder-not-writable") from None
        raise


def _refuse_taken(dest: Path) -> None:
    for p in (dest, Path(f"{dest}-wal"), Path(f"{dest}-shm")):
        if p.exists() or p.is_symlink():
            raise ValidationError(message_id="error-backup-vault-file-place-always", field="target")


def _lone_key_file(keys: Path) -> bytes | None:
    """The bytes of a key file at the target (None: none there). A link or anything that is
    not a small file is refused as a vault already in that place."""
    if not (keys.exists() or keys.is_symlink()):
        return None
    try:
        if keys.is_symlink() or not keys.is_file() or keys.stat().st_size > 1 << 20:
            raise OSError
        return keys.read_bytes()
    except OSError:
        raise ValidationError(
            message_id="error-backup-vault-file-place-always", field="target"
        ) from None


def fsync_dir(path: Path) -> None:
    if os.name == "posix":
        fsync(path)


@contextlib.contextmanager
def workdir(parent: Path, name: str) -> Iterator[Path]:
    """A locked scratch folder beside the target (backup_scratch.py: stale ones of killed
    processes go first); failing to make it is said in Dutch."""
    with contextlib.ExitStack() as stack:
        with os_errors():
            work = stack.enter_context(scratch_workdir(parent, name))
        yield work


def os_error(exc: OSError) -> VaultError:
    if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return VaultError(message_id="error-backup-not-enough-space")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return VaultError(message_id="error-backup-folder-not-writable")
    return VaultError(
        message_id="error-backup-reading-writing-failed-system", params={"errno": str(exc.errno)}
    )


@contextlib.contextmanager
def os_errors() -> Iterator[None]:
    """OS and storage failures as Dutch typed errors (no path: it may contain a name)."""
    try:
        yield
    except OSError as exc:
        raise os_error(exc) from None
    except VaultError as exc:
        # The store's messages speak of "the last change"; here nothing in the vault changed.
        better = {
            "error-db-disk-full-last-change": "error-backup-not-enough-space",
            "error-db-reading-writing-vault-file": "error-backup-write-failed",
            "error-db-folder-read-only": "error-backup-folder-not-writable",
        }
        if exc.message_id in better:
            raise VaultError(message_id=better[exc.message_id]) from None
        raise
