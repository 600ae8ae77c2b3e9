"""How a Service comes to be: a new vault or team organisation, or unlocking one.

The Service's classmethods (create, create_team, open, open_with_recovery, open_team) are the
API; their work is here, apart from what an open service does. Every path ends in one
`Service(vault, clock)`; around it: the writer lock first (store/lock.py, one writer at a
time), a sync program's conflict copies refused, and with `check` the integrity check before
the service is handed out (health.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from . import health as integrity
from . import log_clock
from . import validation as v
from .audit import AuditLog, new_signing_key
from .backup_scratch import finish_restore
from .clock import Clock, SystemClock, to_iso
from .errors import IntegrityFailure, SyncConflict, VaultError, VaultInUse
from .health_report import CheckedService
from .store import lock as writer_lock
from .store import team
from .store.db import Database
from .store.header import KdfParams, header_path
from .store.lock import LockHolder, WriterLock
from .store.vault import Vault
from .usecases.forms import Forms
from .vault_location import conflict_copies
from .writer_guard import WriterGuard


class _Opened(CheckedService, Protocol):
    """What is set up here on the Service (service.py; not imported: it imports this), and
    what the integrity check at unlock reads."""

    writer_guard: WriterGuard
    opened_read_only: bool
    lock_holder: LockHolder | None
    forms: Forms

    @property
    def vault(self) -> Vault: ...


Service = TypeVar("Service", bound=_Opened)
Make = Callable[[Vault, Clock], Service]


def create(
    cls: Make[Service],
    path: Path,
    organisation: str,
    worker_name: str,
    passphrase: str,
    clock: Clock | None,
    kdf: KdfParams | None,
) -> tuple[Service, str]:
    org = v.name(organisation, "Naam van de organisatie", "organisation")
    worker = v.name(worker_name, "Naam van de medewerker", "worker_name")
    tick = clock or SystemClock()
    lock = WriterLock.try_take(path, tick)
    try:
        vault, recovery = Vault.create(path, worker, passphrase, kdf, (org,))
    except BaseException:
        lock.release(remove_file=not path.exists() and not header_path(path).exists())
        raise
    lock.name_holder(vault.slot.label)
    with vault.db.transaction():
        _first_rows(vault.db, tick, vault.vault_id, org, worker, vault.slot.id)
    service = cls(vault, tick)
    service.writer_guard.hold(lock, vault)
    # The self-signed organisation certificate (PAdES signatures of proof PDFs) exists from
    # the start, so it can be handed to verifiers before the first export.
    service.forms.certificate.key_and_certificate()
    return service, recovery


def create_team(
    cls: Make[Service],
    conninfo: str,
    organisation: str,
    worker_name: str,
    password: str | None,
    clock: Clock | None,
) -> Service:
    org = v.name(organisation, "Naam van de organisatie", "organisation")
    worker = v.name(worker_name, "Naam van de medewerker", "worker_name")
    tick = clock or SystemClock()
    db = team.connect(conninfo, password)
    try:
        with db.transaction():  # all or nothing: schema, organisation, first rows
            vault_id = team.set_up_organisation(db, org)
            _first_rows(db, tick, vault_id, org, worker, db.login_role)
        store = team.open_store(db, check_only=False)
        service = cls(store, tick)
    except BaseException:
        db.close()
        raise
    service.forms.certificate.key_and_certificate()
    return service


def open_team(
    cls: Make[Service],
    conninfo: str,
    password: str | None,
    clock: Clock | None,
    *,
    check: bool,
    check_only: bool,
) -> Service:
    tick = clock or SystemClock()
    db = team.connect(conninfo, password)
    try:
        store = team.open_store(db, check_only=check_only)
        if not check_only:
            audit = lambda: AuditLog(db, tick, store.vault_id)  # noqa: E731
            team.join_as_worker(db, audit, tick, lambda: _clock_not_behind(db, tick))
        return _built(cls, lambda: store, tick, check)
    except BaseException:
        db.close()
        raise


def _clock_not_behind(db: Database, tick: Clock) -> None:
    """A worker's first open writes worker.added: not dated before the team's log (a desk
    opened later with its clock back opens read-only for it instead, Service)."""
    late = log_clock.behind(db, tick.now(), message_id=log_clock.TEAM_FIRST_BEHIND_ID)
    if late is not None:
        raise VaultError(message_id=late.message_id, params=dict(late.params))


def opened(
    cls: Make[Service],
    path: Path,
    unlock: Callable[[bool], Vault],
    clock: Clock | None,
    check: bool,
    *,
    read_only: bool,
    check_only: bool = False,
) -> Service:
    """A vault file unlocked by `unlock(check_only)`, with the writer lock taken first."""
    tick = clock or SystemClock()
    copies = conflict_copies(path)
    if copies:
        raise SyncConflict(message_id="error-service-next-vault-are-conflict", files=copies)
    lock: WriterLock | None = None
    holder: LockHolder | None = None
    if read_only:  # (who has it open, for the banner: only while they still do)
        holder = writer_lock.read_holder(path) if writer_lock.held_elsewhere(path) else None
    elif not check_only and (path.exists() or header_path(path).exists()):
        # (No lock file beside nothing.)
        try:
            lock = WriterLock.try_take(path, tick)
        except VaultInUse:
            # Who has the vault open is told only to someone who can open it.
            _read_only_vault(unlock).close()
            raise
        # A restore killed before its last rename left the key file alone here and the
        # verified copy beside it: completed now, under the lock (backup_scratch.py).
        finish_restore(path)

    def opened_vault() -> Vault:
        if read_only:
            return _read_only_vault(unlock)
        if check_only:
            return unlock(True)
        vault = unlock(False)
        if lock is not None:
            lock.name_holder(vault.slot.label if vault.slot.kind == "passphrase" else "")
        return vault

    try:
        service = _built(cls, opened_vault, tick, check)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    service.writer_guard.hold(lock, service.vault)
    service.opened_read_only = read_only
    if lock is None:  # (read-only or check: a writer elsewhere may renew the data key)
        service.writer_guard.explain_renewed_key()
    service.lock_holder = holder
    return service


def _built(cls: Make[Service], unlock: Callable[[], Vault], tick: Clock, check: bool) -> Service:
    if not check:
        return cls(unlock(), tick)
    try:
        vault = unlock()
    except IntegrityFailure as exc:
        raise integrity.with_restore_advice(exc) from None
    return integrity.open_checked(vault, lambda: cls(vault, tick))


def _first_rows(
    db: Database, clock: Clock, vault_id: str, org: str, worker: str, slot: str
) -> None:
    """A new vault's or team organisation's first rows (inside the caller's transaction):
    meta with the signing key, the first worker, vault.created + worker.added, a checkpoint."""
    priv, pub = new_signing_key()
    now = to_iso(clock.now())
    audit = AuditLog(db, clock, vault_id)
    for key, value in (
        ("organisation", org),
        ("vault_id", vault_id),
        ("created_at", now),
        ("signing_key", priv),
        ("public_key", pub),
    ):
        db.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))
    wid = db.execute(
        "INSERT INTO workers(name, slot_id, created_at) VALUES (?, ?, ?)", (worker, slot, now)
    )
    audit.append("vault.created", wid, {"vault": vault_id, "organisation": org, "public_key": pub})
    audit.append("worker.added", wid, {"worker": wid, "slot": slot}, personal={"name": worker})
    audit.checkpoint(priv, pub)


def _read_only_vault(unlock: Callable[[bool], Vault]) -> Vault:
    """Unlock as `check_only` (no header repair, no migration, SQLite's read-only mode, nothing
    written at close) with the reason every write is refused with: open elsewhere."""
    vault = unlock(True)
    vault.db.read_only_reason = writer_lock.READ_ONLY_REASON
    return vault
