"""The one front door: the UI, the CLI and the tests call only this.

    svc, recovery = Service.create(path, "Org", "Worker", passphrase)
    svc = Service.open(path, passphrase)
    svc.people.add_youth(...); svc.consents.create_request(...); svc.sharing.may_share(...)

Every write use case is one transaction with its audit event; reads return plain dataclasses.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from . import health as integrity
from . import validation as v
from .audit import AuditLog, AuditReport, Checkpoint, new_signing_key
from .audit_links import PARALLEL_FROM
from .backup import Backups, RestoreReport, restore_backup
from .clock import Clock, SystemClock, to_iso
from .errors import IntegrityFailure, NotFoundError, ValidationError, VaultLocked
from .model import Policy, Worker
from .replay import replay_vault
from .replay_report import ReplayReport
from .store.header import KdfParams
from .store.vault import Vault
from .usecases.bulk import Batch, SyntheticGenerator, write_batch
from .usecases.catalog import Catalog
from .usecases.consent import Consents
from .usecases.context import Context
from .usecases.evidence import Evidence
from .usecases.forms import Forms
from .usecases.people import People
from .usecases.remote import Remote
from .usecases.retention import Retention
from .usecases.sharing import Sharing
from .usecases.signing import Signing
from .usecases.signing_receipts import SigningReceipts
from .usecases.withdrawals import Withdrawals
from .usecases.worklists import Worklists
from .usecases.youth_import import YouthImport


class Service:
    def __init__(self, vault: Vault, clock: Clock) -> None:
        self._vault: Vault | None = vault
        self.clock = clock
        row = vault.db.query_one("SELECT id FROM workers WHERE slot_id = ?", (vault.slot.id,))
        worker_id = int(row[0]) if row else 0
        self._ctx = Context(vault, clock, worker_id, AuditLog(vault.db, clock, vault.vault_id))
        self.catalog = Catalog(self._ctx)
        self.people = People(self._ctx)
        self.consents = Consents(self._ctx)
        self.withdrawals = Withdrawals(self._ctx)
        self.sharing = Sharing(self._ctx)
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
        self.youth_import = YouthImport(self._ctx)
        self.signing = Signing(self._ctx)  # the tablet at the desk (ui/signing)
        self.signing_receipts = SigningReceipts(self._ctx)  # what the signer takes home

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
        org = v.name(organisation, "Naam van de organisatie", "organisation")
        worker = v.name(worker_name, "Naam van de medewerker", "worker_name")
        clock = clock or SystemClock()
        vault, recovery = Vault.create(Path(path), worker, passphrase, kdf)
        db = vault.db
        priv, pub = new_signing_key()
        now = to_iso(clock.now())
        audit = AuditLog(db, clock, vault.vault_id)
        with db.transaction():
            for key, value in (
                ("organisation", org),
                ("vault_id", vault.vault_id),
                ("created_at", now),
                ("signing_key", priv),
                ("public_key", pub),
            ):
                db.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))
            wid = db.execute(
                "INSERT INTO workers(name, slot_id, created_at) VALUES (?, ?, ?)",
                (worker, vault.slot.id, now),
            )
            audit.append(
                "vault.created",
                wid,
                {"vault": vault.vault_id, "organisation": org, "public_key": pub},
            )
            audit.append(
                "worker.added",
                wid,
                {"worker": wid, "slot": vault.slot.id},
                personal={"name": worker},
            )
            audit.checkpoint(priv, pub)
        service = cls(vault, clock)
        # The self-signed organisation certificate (PAdES signatures of proof PDFs) exists
        # from the start, so it can be handed to verifiers before the first export.
        service.forms.certificate.key_and_certificate()
        return service, recovery

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        slot_id: str | None = None,
        clock: Clock | None = None,
        *,
        check: bool = False,
    ) -> Service:
        """`check=True`: run the integrity check first (health()); a damaged vault then opens
        read-only with `health_report.explanation()` saying what is wrong and how to restore."""
        return cls._opened(lambda: Vault.open(Path(path), passphrase, slot_id), clock, check)

    @classmethod
    def open_with_recovery(
        cls, path: Path | str, recovery_key: str, clock: Clock | None = None, *, check: bool = False
    ) -> Service:
        return cls._opened(lambda: Vault.open_with_recovery(Path(path), recovery_key), clock, check)

    @classmethod
    def _opened(cls, unlock: Callable[[], Vault], clock: Clock | None, check: bool) -> Service:
        tick = clock or SystemClock()
        if not check:
            return cls(unlock(), tick)
        try:
            vault = unlock()
        except IntegrityFailure as exc:
            raise integrity.with_restore_advice(exc) from None
        return integrity.open_checked(vault, lambda: cls(vault, tick))

    @staticmethod
    def restore_backup(
        backup: Path | str,
        target: Path | str,
        passphrase: str | None = None,
        *,
        recovery_key: str | None = None,
    ) -> RestoreReport:
        """Put a `.tbackup` into a NEW place, verified before use (see toestemming/backup.py)."""
        return restore_backup(backup, target, passphrase, recovery_key=recovery_key)

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked("De kluis is vergrendeld. Ontgrendel haar eerst.")
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def close(self) -> None:
        """Sign a checkpoint over everything written, then close and forget the keys."""
        if self._vault is None:
            return
        try:
            if not self.read_only:
                self.checkpoint()
        finally:
            self._vault.close()
            self._vault = None
            self._ctx.vault = None

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
        n = v.name(name, "Naam van de medewerker", "name")
        slot = self.vault.add_slot(n, passphrase)
        db = self.vault.db
        with db.transaction():
            wid = db.execute(
                "INSERT INTO workers(name, slot_id, created_at) VALUES (?, ?, ?)",
                (n, slot.id, to_iso(self.clock.now())),
            )
            self._ctx.event("worker.added", {"worker": wid, "slot": slot.id}, personal={"name": n})
        return Worker(wid, n, slot.id, True)

    def remove_worker(self, worker_id: int) -> None:
        """Removes the worker's key slot; their past actions stay attributed to them."""
        worker = next((w for w in self.workers() if w.id == worker_id), None)
        if worker is None or not worker.active:
            raise NotFoundError("Deze medewerker bestaat niet of is al verwijderd.")
        self.vault.remove_slot(worker.slot_id)
        db = self.vault.db
        with db.transaction():
            db.execute("UPDATE workers SET active = 0 WHERE id = ?", (worker_id,))
            self._ctx.event("worker.removed", {"worker": worker_id, "slot": worker.slot_id})

    def change_passphrase(self, old: str, new: str) -> None:
        self.vault.change_passphrase(old, new)
        with self.vault.db.transaction():
            self._ctx.event("worker.passphrase_changed", {"worker": self._ctx.worker_id})

    def rotate_data_key(self) -> None:
        self.vault.rotate_data_key()
        with self.vault.db.transaction():
            self._ctx.event("vault.data_key_rotated", {"generation": self.vault.header.generation})

    def policy(self) -> Policy:
        return self._ctx.policy()

    def set_policy(self, policy: Policy) -> None:
        if not 1 <= policy.default_validity_days <= 5 * 366:
            raise ValidationError("De standaard geldigheid moet tussen 1 dag en 5 jaar liggen.")
        if not 1 <= policy.retention_years <= 30:
            raise ValidationError("De bewaartermijn moet tussen 1 en 30 jaar liggen.")
        if not 30 <= policy.autolock_seconds <= 3600:
            raise ValidationError("Automatisch vergrendelen: tussen 30 seconden en een uur.")
        with self.vault.db.transaction():
            self._ctx.store_policy(policy)
            self._ctx.event("policy.changed", {k: str(x) for k, x in asdict(policy).items()})

    # -- bulk synthetic data (bench) ----------------------------------------------------------
    def synthetic_generator(self, items_per_youth: int, seed: int = 1) -> SyntheticGenerator:
        return SyntheticGenerator(self._ctx, items_per_youth, seed)

    def write_synthetic(self, batch: Batch, *, with_audit: bool = True) -> tuple[float, float]:
        return write_batch(self._ctx, batch, with_audit=with_audit)

    # -- integrity ----------------------------------------------------------------------------
    def checkpoint(self) -> Checkpoint | None:
        with self.vault.db.transaction():
            return self._ctx.audit.checkpoint(self._meta("signing_key"), self._meta("public_key"))

    def verify_audit(
        self, deep: bool = False, *, parallel_from: int = PARALLEL_FROM
    ) -> AuditReport:
        """`parallel_from`: from how many events on the chain is checked in several processes
        (the self-test lowers it to prove a frozen build can start them)."""
        return self._ctx.audit.verify(
            self._meta("public_key"),
            deep=deep,
            reader=self.vault.reader_spec(),
            parallel_from=parallel_from,
        )

    def health(self, deep: bool = False) -> integrity.HealthReport:
        """Integrity on demand: WAL checkpoint, cipher_integrity_check, quick_check (deep:
        integrity_check + foreign keys), audit verify (deep: + Merkle roots). A damaged vault
        is switched to read-only (see toestemming/health.py)."""
        return integrity.check(self, deep=deep)

    @property
    def read_only(self) -> bool:
        return bool(self.vault.db.read_only_reason)

    def integrity_problems(self) -> list[str]:
        """File (cipher HMACs, structure, foreign keys), then every consent row and the
        item_state cache against the audit log (replay.py), naming reference code and item."""
        problems = self.vault.db.integrity_problems()
        if problems:
            return problems
        audit = self.verify_audit()
        if not audit.ok:  # a replay against a rewritten log would blame the tables
            return ["logboek: " + audit.describe()]
        return self.replay(texts=True).lines()

    def replay(self, *, texts: bool = False) -> ReplayReport:
        """State follows events: replay the audit log and compare every request, item,
        decision, withdrawal, item action, disclosure and the item_state cache with it
        (`texts`: also hash every stored text). A large vault is replayed in several
        processes (replay_split.py)."""
        return replay_vault(self.vault.db, self.vault.reader_spec(), texts=texts)

    @property
    def public_key(self) -> str:
        return self._meta("public_key")

    def _meta(self, key: str) -> str:
        value = self._ctx.meta(key)
        if value is None:
            raise NotFoundError(
                "De kluis mist basisgegevens; controleer haar met 'toestemming check'."
            )
        return value
