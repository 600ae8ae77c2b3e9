"""The one front door: the UI, the CLI and the tests call only this.

    svc, recovery = Service.create(path, "Org", "Worker", passphrase)
    svc = Service.open(path, passphrase)
    svc.people.add_youth(...); svc.consents.create_request(...); svc.sharing.may_share(...)

Every write use case is one transaction with its audit event; reads return plain dataclasses.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from . import health as integrity
from . import service_heads, service_open
from . import validation as v
from .audit import AuditLog, AuditReport, Checkpoint
from .backup import Backups, RestoreReport, restore_backup
from .changes import ChangeFeed
from .clock import Clock, to_iso
from .errors import (
    AccessRevoked,
    IntegrityFailure,
    NotFoundError,
    Phrase,
    Said,
    ToestemmingError,
    ValidationError,
    VaultError,
    VaultLocked,
    joined,
)
from .key_change_events import log_owed, owe
from .language import SOURCE
from .model import Policy, Worker
from .replay_registry import alongside, merged
from .replay_report import ReplayReport
from .replay_split import replay_vault
from .store import team, turns
from .store.header import KdfParams
from .store.lock import LockHolder
from .store.vault import Vault
from .usecases.activity_log import ActivityLog
from .usecases.catalog import Catalog
from .usecases.clock_right import ClockRight
from .usecases.consent import Consents
from .usecases.context import Context
from .usecases.duplicates import Duplicates
from .usecases.evidence import Evidence
from .usecases.forms import Forms
from .usecases.legal_duties import LegalDuties
from .usecases.mail_inbox import MailInbox
from .usecases.objections import Objections
from .usecases.people import People
from .usecases.qualifications import Qualifications
from .usecases.remote import Remote
from .usecases.retention import Retention
from .usecases.sharing import Sharing
from .usecases.signing import Signing
from .usecases.signing_receipts import SigningReceipts
from .usecases.trusted_time import TrustedTime
from .usecases.withdrawals import Withdrawals
from .usecases.worklists import Worklists
from .usecases.youth_import import YouthImport
from .usecases.youth_views import YouthViews
from .vault_location import LocationRisk, detect
from .writer_guard import WriterGuard

_log = logging.getLogger(__name__)


class Service:
    def __init__(self, vault: Vault, clock: Clock) -> None:
        self._vault: Vault | None = vault
        self.clock = clock
        # One writer at a time (store/lock.py): held from unlock to close; no lock when this
        # service was opened read-only because the vault is open elsewhere (writer_guard.py).
        self.writer_guard = WriterGuard()
        self.opened_read_only = False  # asked for read-only (the vault was open elsewhere)
        self.lock_holder: LockHolder | None = None  # who had it open then (screen only)
        row = vault.db.query_one("SELECT id FROM workers WHERE slot_id = ?", (vault.slot.id,))
        worker_id = int(row[0]) if row else 0
        self._ctx = Context(vault, clock, worker_id, AuditLog(vault.db, clock, vault.vault_id))
        self.catalog = Catalog(self._ctx)
        self.people = People(self._ctx)
        self.duplicates = Duplicates(self._ctx)  # who is (perhaps) already in the vault
        self.consents = Consents(self._ctx)
        self.withdrawals = Withdrawals(self._ctx)
        self.sharing = Sharing(self._ctx)
        self.objections = Objections(self._ctx, self.sharing)  # verzet, AVG art. 21
        self.youth_views = YouthViews(self._ctx)  # the youth's own view where others decide
        self.legal_duties = LegalDuties(self._ctx)  # wettelijke plicht (seed 004)
        self.qualifications = Qualifications(self._ctx)  # startkwalificatie (seed 004)
        self.evidence = Evidence(self._ctx)
        self.worklists = Worklists(self._ctx)
        self.forms = Forms(self._ctx)
        self.retention = Retention(self._ctx)
        self.backups = Backups(self._ctx)
        self.health_report: integrity.HealthReport | None = None  # the last check, if any
        # Set by the check at unlock when the vault is too large to replay the log inline:
        # the UI replays it after the window is shown (replay_health.py).
        self.state_check_pending = False
        self.remote = Remote(self._ctx)
        self.mail_account = self.remote.account  # OAuth sign-in, IMAP settings, test button
        self.mail_inbox = MailInbox(self._ctx, self.remote, self.remote.account)
        self.youth_import = YouthImport(self._ctx)
        self.signing = Signing(self._ctx)  # the tablet at the desk (ui/signing)
        self.signing_receipts = SigningReceipts(self._ctx)  # what the signer takes home
        self.trusted_time = TrustedTime(self._ctx)  # RFC 3161 TSA setting + checkpoint tokens
        self.activity_log = ActivityLog(self._ctx)  # the privacy officer's view of the log
        self.clock_right = ClockRight(self._ctx, self.writer_guard)  # (log_clock.py)
        # One change signal for every view (changes.py): told after each commit.
        self.changes = ChangeFeed(lambda: self.vault.db)
        # The log head outside the database (toestemming/log_head.py): compared now, and
        # written into the key header after every commit from here on.
        self.log_head_phrases: list[Phrase] = self._compare_log_head()
        # … and against the longest log this computer saw of it (seen_heads.py: a rollback of
        # the key file too; one the key file's head already names is not said twice).
        self.seen_head_phrases = [] if self.log_head_phrases else service_heads.seen_at_open(vault)
        if self.log_head_phrases or self.seen_head_phrases:
            reason = joined(self.log_head_phrases + self.seen_head_phrases)
            vault.db.enter_read_only(reason, vault.current_data_key())
        elif not vault.check_only and not vault.db.read_only_reason:
            service_heads.hold_clock_at_open(vault, clock)
        try:
            self._check_access()
        except (AccessRevoked, IntegrityFailure):
            vault.close()
            self._vault = None
            raise
        if not self.log_head_problems and not vault.check_only:
            vault.db.after_commit = self._after_commit
            self._record_log_head()
            if not vault.db.read_only_reason:
                # A key change killed before its event (or one settled just now): logged.
                # Refused now (a full disk …): still owed, the next open tries again.
                try:
                    log_owed(vault, self._ctx.audit)
                except ToestemmingError as exc:
                    _log.warning("key change event still owed: %s", type(exc).__name__)

    # -- lifecycle ----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path | str,
        organisation: str,
        worker_name: str,
        passphrase: str,
        clock: Clock | None = None,
        kdf: KdfParams | None = None,
    ) -> tuple[Service, str]:
        """A new vault. Returns the service and the recovery key (show it once)."""
        return service_open.create(
            cls, Path(path), organisation, worker_name, passphrase, clock, kdf
        )

    @classmethod
    def create_team(
        cls,
        conninfo: str,
        organisation: str,
        worker_name: str,
        password: str | None,
        clock: Clock | None = None,
    ) -> Service:
        """Set up a team server (store/team.py) over the admin (set-up) connection: the schema
        when the database has none (an older one is migrated), a new organisation, its
        signing key, and the connecting role as its first worker."""
        return service_open.create_team(cls, conninfo, organisation, worker_name, password, clock)

    @classmethod
    def open_team(
        cls,
        conninfo: str,
        password: str | None = None,
        clock: Clock | None = None,
        *,
        check: bool = False,
        check_only: bool = False,
    ) -> Service:
        """Open a team server as the login role of `conninfo` (its password: `password` or
        libpq's own ways; a client certificate needs none). A role without a worker row
        becomes a worker now (worker.added); a deactivated worker is refused (AccessRevoked).
        `check`/`check_only` as in `open`."""
        return service_open.open_team(
            cls, conninfo, password, clock, check=check, check_only=check_only
        )

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        slot_id: str | None = None,
        clock: Clock | None = None,
        *,
        check: bool = False,
        check_only: bool = False,
        read_only: bool = False,
    ) -> Service:
        """`check=True`: run the integrity check first (health()); a damaged vault then opens
        read-only with `health_report.explanation()` saying what is wrong and how to restore.
        `check_only=True`: open to inspect (toestemming check): nothing is written to the
        database file or the key header, not even a checkpoint at close.

        The writer lock (store/lock.py) is taken first: when the vault is open elsewhere this
        raises VaultInUse (after the passphrase was found right) naming who has it; the worker
        may then open with `read_only=True` — never as a second writer. Neither `check_only`
        nor `read_only` takes the lock (they write nothing)."""
        return service_open.opened(
            cls,
            Path(path),
            lambda co: Vault.open(Path(path), passphrase, slot_id, check_only=co),
            clock,
            check,
            read_only=read_only,
            check_only=check_only,
        )

    @classmethod
    def open_with_recovery(
        cls,
        path: Path | str,
        recovery_key: str,
        clock: Clock | None = None,
        *,
        check: bool = False,
        read_only: bool = False,
    ) -> Service:
        return service_open.opened(
            cls,
            Path(path),
            lambda co: Vault.open_with_recovery(Path(path), recovery_key, check_only=co),
            clock,
            check,
            read_only=read_only,
        )

    @staticmethod
    def location_risk(path: Path | str) -> LocationRisk | None:
        """A network share or cloud-sync folder at `path` (vault_location.py): the UI warns
        with `risk.warning()` before creating or opening there."""
        return detect(Path(path))

    @staticmethod
    def restore_backup(
        backup: Path | str,
        target: Path | str,
        passphrase: str | None = None,
        *,
        recovery_key: str | None = None,
        current_vault: Path | str | None = None,
    ) -> RestoreReport:
        """Put a `.tbackup` into a NEW place, verified before use (see toestemming/backup.py);
        with `current_vault`, the report says what the copy lacks against it."""
        return restore_backup(
            backup, target, passphrase, recovery_key=recovery_key, current_vault=current_vault
        )

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked(message_id="error-backup-vault-locked-unlock")
        return self._vault

    @property
    def recovered_lock(self) -> LockHolder | None:
        """Who held the lock in a process that ended without closing (crash, power loss): its
        lock info was taken over at this unlock. None after a normal close."""
        return self.writer_guard.stale

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def close(self) -> None:
        """Sign a checkpoint over everything written, then close and forget the keys."""
        if self._vault is None:
            return
        ended = True
        try:
            if self.writer_guard.may_write() and not self.read_only:
                self.checkpoint()
        finally:
            try:
                from . import audit_links

                # (they keep the file open, with its key; bounded: a hung share never answers)
                ended = audit_links.release_helpers()
                service_heads.seen_at_close(self._vault)
            finally:
                # Whatever failed above: the file is closed and its keys forgotten.
                try:
                    self._vault.close()
                finally:
                    self._vault = None
                    self._ctx.vault = None
                    self.writer_guard.release()
        if not ended:
            # Closed here, keys forgotten; a helper stuck in a read may still hold the file.
            raise VaultError(message_id="error-service-helper-did-not-end")

    lock = close

    # -- organisation and workers -------------------------------------------------------------
    @property
    def organisation(self) -> str:
        return self._ctx.organisation

    @property
    def worker_id(self) -> int:
        return self._ctx.worker_id

    @property
    def worker(self) -> Worker:
        return next(w for w in self.workers() if w.id == self._ctx.worker_id)

    def workers(self) -> list[Worker]:
        return [
            Worker(int(r[0]), r[1], r[2], bool(r[3]))
            for r in self.vault.db.query(
                "SELECT id, name, slot_id, active FROM workers ORDER BY name"
            )
        ]

    def add_worker(self, name: str, passphrase: str) -> Worker:
        """Two-phase: a pending slot in the key header, the worker's row in the database (the
        commit point), then the slot confirmed. A refused database write takes the slot back
        out; a crash in between is settled at the next open (Vault.reconcile)."""
        n = v.name(name, "Naam van de medewerker", "name")
        self._require_writable()  # the key file is written before the database refuses
        slot = self.vault.add_slot(n, passphrase)
        db = self.vault.db
        try:
            with db.transaction():
                wid = db.execute(
                    "INSERT INTO workers(name, slot_id, created_at) VALUES (?, ?, ?)",
                    (n, slot.id, to_iso(self.clock.now())),
                )
                self._ctx.event(
                    "worker.added", {"worker": wid, "slot": slot.id}, personal={"name": n}
                )
        except BaseException:
            with contextlib.suppress(ToestemmingError, OSError):
                self.vault.abandon_slot(slot.id)
            raise
        self.vault.confirm_slot(slot.id)
        return Worker(wid, n, slot.id, True)

    @turns.one_turn  # (on a team server its one transaction; a vault's key file: run once)
    def remove_worker(self, worker_id: int) -> Said | None:
        """The database first (the commit point: from now on the worker is refused at open),
        then the key slot goes and the master key and data key are renewed, so an old copy
        of the header no longer opens the current file, nor gives the current keys. Their
        past actions stay attributed to them.

        Returns None, or what the remover must hear: the master key could not be renewed yet
        because some colleagues' slots (from before key pairs) must first be opened once, or
        the recovery key must be renewed (Said: the labels, nothing secret). The data key was
        renewed all the same; the master key follows by itself when the last of them has."""
        worker_id = v.positive_id(worker_id, "Medewerker", "worker_id")  # (logged as given)
        worker = next((w for w in self.workers() if w.id == worker_id), None)
        if worker is None or not worker.active:
            raise NotFoundError(message_id="error-service-worker-missing")
        self._require_writable()  # (before anything: a read-only window changes no key)
        if worker.slot_id == self.vault.slot.id:
            raise ValidationError(message_id="error-service-cannot-remove-own-key")
        if len([w for w in self.workers() if w.active]) <= 1:
            raise ValidationError(message_id="error-service-cannot-remove-last-worker")
        db = self.vault.db
        db.empty_wal_for_rekey()  # (another process reading: refused before the commit point)
        with db.transaction():
            active = {int(r[0]) for r in db.query("SELECT id FROM workers WHERE active = 1")}
            if worker_id not in active:  # removed at another desk meanwhile (review22)
                raise NotFoundError(message_id="error-service-worker-missing")
            if len(active) <= 1:
                raise ValidationError(message_id="error-service-cannot-remove-last-worker")
            db.execute("UPDATE workers SET active = 0 WHERE id = ?", (worker_id,))
            self._ctx.event("worker.removed", {"worker": worker_id, "slot": worker.slot_id})
        self.vault.remove_slot(worker.slot_id, owe("vault.data_key_rotated", self._ctx.worker_id))
        log_owed(self.vault, self._ctx.audit)  # (the new data key's event, owed by the key file)
        return self._master_waits()

    def _master_waits(self) -> Said | None:
        waiting = self.vault.master_waits_for()
        if not waiting:
            return None
        names = sorted(s.label for s in waiting if s.kind == "passphrase")
        recovery = any(s.kind == "recovery" for s in waiting)
        if names and recovery:
            return Said("vault-master-waits-workers-recovery", workers=", ".join(names))
        if names:
            return Said("vault-master-waits-workers", workers=", ".join(names))
        return Said("vault-master-waits-recovery")

    def _check_access(self) -> None:
        """The opening worker's slot must belong to an active worker in the database; and
        what a crash or a refused write left half done in the header is settled now."""
        vault = self.vault
        rows = vault.db.query("SELECT slot_id, active FROM workers")
        active = {str(r[0]) for r in rows if r[1]}
        if vault.slot.kind in ("passphrase", team.SERVER_SLOT_KIND) and vault.slot.id not in active:
            if self.log_head_problems:
                # The database lost its newest part (or was emptied): its list of workers
                # cannot be trusted either way, and the loss is what the user must hear.
                raise IntegrityFailure(
                    message_id="error-service-log-head-problems",
                    params={"problems": joined(self.log_head_phrases)},
                )
            raise AccessRevoked(message_id="error-service-worker-no-access")
        if vault.check_only or vault.db.read_only_reason:
            return
        inactive = {str(r[0]) for r in rows if not r[1]}
        for line in vault.reconcile(active, inactive, self._ctx.worker_id):
            _log.info("key header settled: %s", line)

    def change_passphrase(self, old: str, new: str) -> None:
        self._require_writable()  # the key file is written before the database refuses
        me = self._ctx.worker_id
        self.vault.change_passphrase(old, new, owe("worker.passphrase_changed", me, worker=me))
        log_owed(self.vault, self._ctx.audit)  # (its event: owed by the key file until written)

    def renew_recovery_key(self) -> str:
        """Replace the vault's recovery key by a new one and return it (show it once, as at
        creation). After removing a worker who ever saw the recovery key — the one who made
        the vault did — this is what keeps them out: the recovery key opens the vault as a
        writer whoever types it, and a window opened with it may add a worker."""
        self._require_writable()  # the key file is written before the database refuses
        me = self._ctx.worker_id
        recovery = self.vault.renew_recovery_key(owe("vault.recovery_key_renewed", me, worker=me))
        log_owed(self.vault, self._ctx.audit)
        return recovery

    def rotate_data_key(self) -> None:
        self._require_writable()  # the key file is written before the database refuses
        self.vault.rotate_data_key(owe("vault.data_key_rotated", self._ctx.worker_id))
        log_owed(self.vault, self._ctx.audit)

    def policy(self) -> Policy:
        return self._ctx.policy()

    @turns.one_turn
    def set_policy(self, policy: Policy) -> None:
        if not 1 <= policy.default_validity_days <= 5 * 366:
            raise ValidationError(message_id="error-service-default-validity-between-1")
        if not 1 <= policy.retention_years <= 30:
            raise ValidationError(message_id="error-service-retention-period-between-1")
        if not 30 <= policy.autolock_seconds <= 3600:
            raise ValidationError(message_id="error-service-lock-automatically-between-30")
        with self.vault.db.transaction():
            self._ctx.store_policy(policy)
            self._ctx.event("policy.changed", {k: str(x) for k, x in asdict(policy).items()})

    # -- for the dev tools ---------------------------------------------------------------------
    @property
    def context(self) -> Context:
        """The use cases' shared context. For toestemming/devtools (bench data written in bulk),
        which the service does not import; the UI never uses it (tests/test_import_graph.py)."""
        return self._ctx

    # -- integrity ----------------------------------------------------------------------------
    @property
    def log_head_problems(self) -> list[str]:
        """The log head's problems in Dutch (the check's report); `log_head_phrases` in any
        language."""
        return [p.text_in(SOURCE) for p in self.log_head_phrases]

    @property
    def seen_head_problems(self) -> list[str]:
        """The log against the longest this computer saw of it (seen_heads.py), in Dutch."""
        return [p.text_in(SOURCE) for p in self.seen_head_phrases]

    def _compare_log_head(self) -> list[Phrase]:
        return service_heads.compare(self.vault, self._ctx)

    def held_head_problems(self, packages: Sequence[Path]) -> list[str]:
        """Each proof package's signed checkpoint held against this log (held_head.py): a
        rollback or a rewrite before it was made. Reads every event hash: `check` only."""
        return service_heads.held_problems(self.vault, self._ctx, packages)

    def log_head_deep_problems(self) -> list[str]:
        """The Merkle root over the first events equals the recorded head's, and today's
        tree extends it (RFC 9162 consistency proof). Reads every event hash: `check` only."""
        return service_heads.deep_problems(self.vault, bool(self.log_head_problems))

    def stamp_row_problems(self) -> list[str]:
        """Each stored RFC 3161 token against its own checkpoint (stamp_rows.py). Checks every
        token's signature: `check` only."""
        return service_heads.stamp_problems(self.vault)

    def _after_commit(self) -> None:
        self._record_log_head()
        self.changes.committed()

    def _record_log_head(self) -> None:
        service_heads.record(self.vault, self._ctx, self.clock)

    def checkpoint(self) -> Checkpoint | None:
        """Sign the tree head; then (with a TSA set) timestamp the newest checkpoint, outside
        the transaction — a TSA that is down costs at most its timeout and is noted."""
        keys = (self._meta("signing_key"), self._meta("public_key"))
        made = self.vault.db.in_one_turn(lambda: self._ctx.audit.checkpoint(*keys))
        self.trusted_time.stamp_latest()
        return made

    def verify_audit(self, deep: bool = False, *, parallel_from: int | None = None) -> AuditReport:
        """`parallel_from`: None splits a long log over processes by measured cost
        (audit_links.py); a number forces a fixed split from that many events on (the
        self-test uses 1 to prove a frozen build can start them)."""
        return self._ctx.audit.verify(
            self._meta("public_key"),
            deep=deep,
            reader=self.vault.reader_spec(),
            parallel_from=parallel_from,
        )

    def warm_up_audit_helpers(self) -> None:
        """Start the helper processes of the audit verification now, so that their start is
        hidden behind the file checks that come first (health check, `check`)."""
        from . import audit_links

        with contextlib.suppress(ToestemmingError):  # a damaged file: the checks say so
            audit_links.warm_up(
                int(self.vault.db.scalar("SELECT max(seq) FROM events") or 0),
                self.vault.reader_spec(),
            )

    def health(self, deep: bool = False) -> integrity.HealthReport:
        """Integrity on demand: WAL checkpoint, cipher_integrity_check, quick_check (deep:
        integrity_check + foreign keys), audit verify (deep: + Merkle roots). A damaged vault
        is switched to read-only (see toestemming/health.py)."""
        return integrity.check(self, deep=deep)

    @property
    def read_only(self) -> bool:
        return self.vault.db.read_only_reason is not None

    def _require_writable(self) -> None:
        reason = self.vault.db.read_only_reason
        if reason:
            raise VaultError(message_id="error-vault-read-only", params={"reason": reason})

    def integrity_problems(self, audit: AuditReport | None = None) -> list[str]:
        """File (cipher HMACs, structure, foreign keys), then every consent row and the
        item_state cache against the audit log (replay.py), naming reference code and item.
        `audit`: the log's verification when the caller already ran it (`check` runs the
        deep one anyway; verifying the chain twice doubled its cost on a large vault)."""
        problems = self.vault.db.integrity_problems()
        if problems:
            return problems
        if audit is None:
            audit = self.verify_audit()
        if not audit.ok:  # a replay against a rewritten log would blame the tables
            return ["logboek: " + audit.describe()]
        return self.replay(texts=True).lines()

    def replay(self, *, texts: bool = False) -> ReplayReport:
        """State follows events: replay the audit log and compare every request, item,
        decision, withdrawal, item action, disclosure and the item_state cache with it
        (`texts`: also hash every stored text). A large vault is replayed in several
        processes (replay_split.py)."""
        db, spec = self.vault.db, self.vault.reader_spec()
        # With the registry rows the rules read (replay_registry.py), checked beside it.
        report = alongside(db, spec, lambda: replay_vault(db, spec, texts=texts), contents=texts)
        # The young person's views the rules would have refused then (atk27; no table).
        return merged(report, self.youth_views.out_of_rule())

    @property
    def public_key(self) -> str:
        return self._meta("public_key")

    def _meta(self, key: str) -> str:
        value = self._ctx.meta(key)
        if value is None:
            raise NotFoundError(message_id="error-service-vault-lacks-basic-data")
        return value
