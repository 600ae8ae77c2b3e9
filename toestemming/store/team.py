"""The team server as the Vault-like object the service needs (store/vault.py's interface).

No key header, no slots, no data key: the server authenticates the worker (its login role is
the "slot": id = role name, label = the worker's name, kind "server") and keeps each
organisation to its own rows. What the header did for the log head is done by a small file on
the worker's own computer (one per server + organisation, under the user data folder, written
atomically): after every commit it holds the signed tree head and the organisation's public
key as first seen. A DBA who truncates or rewrites the log, or swaps the signing key to
re-sign a rewritten one, is caught at the next open exactly like a shortened vault
(log_head.head_problems), because the DBA cannot reach this file.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

from ..audit import AuditLog
from ..clock import Clock, to_iso
from ..errors import AccessRevoked, HeaderCorrupt, Phrase, VaultError
from . import pg_schema
from .db import CHECK_ONLY_REASON, ReaderSpec
from .header import KdfParams, LogHead, Slot, atomic_write
from .owed_events import OwedEvent
from .pg import PgDatabase
from .vault import Vault

_log = logging.getLogger(__name__)

SERVER_SLOT_KIND = "server"
_NO_KDF = KdfParams()  # (never derived from: a server slot has no secret)


def heads_folder() -> Path:
    """Where this computer keeps the team servers' log heads (the user's data folder)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("Toestemming", appauthor=False)) / "team-heads"


@dataclass
class TeamHeader:
    """The part of a vault's key header the service reads: the log head (and a generation,
    which only data-key rotation uses; the team server has no data key)."""

    vault_id: str
    log_head: LogHead | None
    public_key: str | None  # the organisation's key as first seen by this computer
    generation: int = 0

    def to_bytes(self) -> bytes:
        """A vault's backup packs its key header; a team server has none to pack."""
        raise VaultError(message_id="error-pg-not-on-team-server")


def server_slot(role: str, name: str) -> Slot:
    return Slot(role, SERVER_SLOT_KIND, name, _NO_KDF, b"", b"", b"")


class TeamStore(Vault):
    """A team server connection in the place of a vault (see module doc)."""

    local_backups = False  # (the server's backups are the DBA's: docs/TEAM_SERVER.md)

    def __init__(  # (Vault.__init__ is not called: there is no header and no master key)
        self, db: PgDatabase, vault_id: str, slot: Slot, head_file: Path, *, check_only: bool
    ) -> None:
        self.path = db.path
        self.db = db
        self.team_db = db  # (the same connection, typed as the server's)
        self.slot = slot
        self.check_only = check_only
        self._master = b""
        self._vault_id = vault_id
        self.head_file = head_file
        # The vault id this login first saw on this server (its head file is found by it).
        self.first_seen_vault_id = vault_id
        self.header = self._read_head()  # type: ignore[assignment]

    @property
    def vault_id(self) -> str:
        return self._vault_id

    @staticmethod
    def head_file_for(server: str, vault_id: str, folder: Path | None = None) -> Path:
        name = hashlib.sha256(f"{server}\n{vault_id}".encode()).hexdigest()[:32]
        return (folder or heads_folder()) / f"{name}.json"

    @staticmethod
    def first_seen_file_for(server: str, role: str, folder: Path | None = None) -> Path:
        """Which organisation (vault id) this login role first opened on this server. A login
        belongs to one organisation for good (members.org_id is never changed, a removed
        member never comes back), so its vault id never changes either."""
        name = hashlib.sha256(f"{server}\nlogin\n{role}".encode()).hexdigest()[:32]
        return (folder or heads_folder()) / f"{name}.first-seen.json"

    def log_head_identity_problems(self) -> list[Phrase]:
        """The head file is found by server + vault id, and the vault id is a row the server's
        administrator can rewrite: a shortened log under a new vault id would otherwise meet
        no head on this computer and be trusted as an organisation never seen before. So the
        id this login first saw is kept too, and its head is the one compared."""
        if self.first_seen_vault_id == self._vault_id:
            return []
        return [Phrase("log-head-other-organisation")]

    # -- the log head on this computer ----------------------------------------------------------
    def _read_head(self) -> TeamHeader:
        try:
            raw = self.head_file.read_bytes()
        except FileNotFoundError:
            return TeamHeader(self._vault_id, None, None)
        try:
            data: dict[str, Any] = json.loads(raw)
            head = data.get("log_head")
            return TeamHeader(
                self._vault_id,
                None if head is None else LogHead.from_json(head),
                data.get("public_key"),
            )
        except (ValueError, KeyError, TypeError):
            raise HeaderCorrupt(message_id="error-vault-key-file-names-unknown") from None

    @property
    def team_header(self) -> TeamHeader:
        header: TeamHeader = self.header  # type: ignore[assignment]
        return header

    def record_log_head(self, head: LogHead) -> None:
        """The newest head into this computer's file. Two windows (or two workers) on one
        computer share the file and commit in turns on the server: each writes after its own
        commit, so the later write may carry the *older* head. So the file is re-read under a
        lock and a smaller head never replaces a larger one, and the public key first seen
        stays the one in the file."""
        if self.check_only:
            return
        self.head_file.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(f"{self.head_file}.lock"):
            on_disk = self._read_head()
            mine = self.team_header
            current = on_disk if on_disk.log_head is not None else mine
            if current.log_head is not None and current.log_head.size > head.size:
                # never move the head backwards (this window learns the newer one)
                self.header = current  # type: ignore[assignment]
                return
            public = (
                on_disk.public_key
                or mine.public_key
                or self.db.scalar("SELECT value FROM meta WHERE key = 'public_key'")
            )
            data = {"vault_id": self._vault_id, "public_key": public, "log_head": head.to_json()}
            atomic_write(self.head_file, json.dumps(data, sort_keys=True).encode())
        with_head = TeamHeader(self._vault_id, head, public)
        self.header = with_head  # type: ignore[assignment]

    def log_head_authentic(self) -> bool:
        return True  # on this computer only; the signature is checked against the first key

    def opens_own_slot(self, passphrase: str) -> bool:
        """The worker's server password (the tablet handed back): it must sign in as this
        same login role once more, and the server must have asked for it (a certificate
        login would let any text through). The short connection is closed at once."""
        if not self.team_db.conninfo:
            return False
        try:
            other = connect(self.team_db.conninfo, passphrase)
        except VaultError:
            return False
        try:
            return other.used_password and other.login_role == self.team_db.login_role
        finally:
            other.close()

    def pinned_public_key(self) -> str | None:
        """The organisation's key as this computer first saw it: a log re-signed with
        another key (a DBA's rewrite) fails the head's signature check."""
        return self.team_header.public_key

    # -- what a vault file has and a server has not ----------------------------------------------
    def reconcile(
        self, active: set[str], inactive: set[str], actor: int | None = None
    ) -> list[str]:
        return []

    def current_data_key(self) -> bytes:
        return b""

    def key_file_and_key(self) -> tuple[bytes, bytes]:
        """(As Vault's; a server has no key file of ours to pack: its backups are the DBA's.)"""
        return self.header.to_bytes(), b""

    def reader_spec(self) -> ReaderSpec:
        # No second process gets the connection: verification and replay run in this one.
        return None  # type: ignore[return-value]

    def data_keys_of(self, raw_header: bytes) -> list[bytes]:
        return []

    def _not_here(self) -> VaultError:
        return VaultError(message_id="error-pg-not-on-team-server")

    def add_slot(self, label: str, passphrase: str) -> Slot:
        raise self._not_here()

    def master_waits_for(self) -> list[Slot]:
        return []  # (no key header, no master key)

    def remove_slot(self, slot_id: str, owed: OwedEvent | None = None) -> bool:
        # The database already says inactive (refused at open); disabling the login role is
        # the admin's (store/pg_roles.py). No data key to renew.
        return False

    def change_passphrase(self, old: str, new: str, owed: OwedEvent | None = None) -> None:
        raise self._not_here()

    def rotate_data_key(self, owed: OwedEvent | None = None) -> None:
        raise self._not_here()

    def renew_recovery_key(self, owed: OwedEvent | None = None) -> str:
        raise self._not_here()

    def owed_events(self) -> list[OwedEvent]:
        return []  # (no key header: a key change here is the admin's, on the server)

    def drop_owed(self, logged: set[str]) -> None:
        return None

    def close(self) -> None:
        self.db.close()


# -- opening and setting up (service.py's create_team / open_team) ------------------------------
def connect(conninfo: str, password: str | None) -> PgDatabase:
    db = PgDatabase.connect_to(conninfo, password)
    try:
        db.conninfo = conninfo  # (for opens_own_slot; a password belongs in PGPASSWORD/keyring)
        db.login_role = str(db.scalar("SELECT session_user"))
        db.path = Path(db.server_identity())
    except BaseException:
        db.close()
        raise
    return db


def set_up_organisation(db: PgDatabase, organisation: str, vault_id: str | None = None) -> str:
    """Inside the admin's transaction: the schema (created, or migrated when older), a new
    organisation with the connecting role as its member. Returns its vault id (`vault_id`:
    a moved vault keeps its own; a server that already holds it refuses)."""
    pg_schema.install(db.run_script, db.schema_version())
    if db.scalar("SELECT 1 FROM members WHERE role_name = session_user") is not None:
        raise VaultError(message_id="error-pg-already-member")
    vault_id = vault_id or str(uuid.uuid4())
    if db.scalar("SELECT 1 FROM organisations WHERE vault_id = ?", (vault_id,)) is not None:
        raise VaultError(message_id="error-pg-organisation-exists")
    org_id = db.execute(
        "INSERT INTO organisations(name, vault_id) VALUES (?, ?)", (organisation, vault_id)
    )
    db.execute(
        "INSERT INTO members(role_name, org_id, worker_name) VALUES (session_user, ?, '')",
        (org_id,),
    )
    db.org_id = org_id
    return vault_id


def add_member(admin: PgDatabase, role: str, worker_name: str = "") -> None:
    """The admin puts a login role into the admin's own organisation (the role must exist
    and be a member of toestemming_app; store/pg_roles.py makes such roles)."""
    with admin.transaction():
        admin.execute(
            "INSERT INTO members(role_name, org_id, worker_name) VALUES (?, current_org(), ?)",
            (role, worker_name),
        )


def open_store(db: PgDatabase, *, check_only: bool) -> TeamStore:
    version = db.schema_version()
    if version is None:
        raise VaultError(message_id="error-pg-no-schema")
    problem = pg_schema.version_problem(version)
    if problem is not None:
        raise problem
    if version < pg_schema.PG_VERSION and (check_only or not _upgraded_by_owner(db)):
        raise VaultError(message_id="error-pg-schema-older")
    org = db.current_org()
    if org is None:
        if db.scalar("SELECT current_member_removed()"):
            # Removed in the app or by IT: said as a removed vault worker hears it.
            raise AccessRevoked(message_id="error-service-worker-no-access")
        raise VaultError(message_id="error-pg-not-a-member")
    db.org_id = org
    vault_id = str(db.scalar("SELECT value FROM meta WHERE key = 'vault_id'") or "")
    role = db.login_role
    name = db.scalar("SELECT name FROM workers WHERE slot_id = ?", (role,))
    if check_only:
        db.enter_read_only(CHECK_ONLY_REASON, b"")
        db.opened_read_only = True
    server = db.server_identity()
    first_seen = _first_seen_vault_id(server, role, vault_id, check_only=check_only)
    store = TeamStore(
        db,
        vault_id,
        server_slot(role, str(name) if name is not None else role),
        # (the head of the organisation first seen: a renamed one is compared with it)
        TeamStore.head_file_for(server, first_seen),
        check_only=check_only,
    )
    store.first_seen_vault_id = first_seen
    return store


def _upgraded_by_owner(db: PgDatabase) -> bool:
    """An older schema, opened by its owner (the admin who set it up, or a second
    organisation's admin through that role): brought up to PG_VERSION in one transaction, so
    the admin's next open is all the upgrade takes (workers are told to ask for it). The
    schema_version lock makes a second admin opening at the same moment wait, then find
    nothing left to do. Anyone else: False (the schema is not theirs to change)."""
    owner = db.scalar(
        "SELECT pg_has_role(session_user, nspowner, 'USAGE') FROM pg_namespace WHERE nspname = ?",
        (pg_schema.SCHEMA,),
    )
    if not owner:
        return False
    with db.transaction():
        db.run_script("LOCK TABLE schema_version IN EXCLUSIVE MODE")
        # Every organisation's write turn (take_write_turn's row lock) waits, and a turn
        # under way is waited for: no desk writes across the upgrade; an older desk's next
        # turn then reads the new version and is refused (pg_schema_sql.DESK_RELEASE_TURN).
        db.run_script("LOCK TABLE organisations IN EXCLUSIVE MODE")
        applied = pg_schema.install(db.run_script, db.schema_version())
    _log.info("team server schema brought up to date: %s", applied)
    return True


def _first_seen_vault_id(server: str, role: str, vault_id: str, *, check_only: bool) -> str:
    """The vault id in this computer's first-seen file for the login, written at the first
    open (not by a check-only open, which writes nothing). Unreadable: said, not guessed."""
    path = TeamStore.first_seen_file_for(server, role)
    if not check_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f"{path}.lock") if not check_only else contextlib.nullcontext():
        try:
            data = json.loads(path.read_bytes())
        except FileNotFoundError:
            data = None
        except ValueError:
            raise HeaderCorrupt(message_id="error-vault-key-file-names-unknown") from None
        if data is None:
            if not check_only:
                atomic_write(path, json.dumps({"vault_id": vault_id}).encode())
            return vault_id
        seen = data.get("vault_id") if isinstance(data, dict) else None
        if not isinstance(seen, str) or not seen:
            raise HeaderCorrupt(message_id="error-vault-key-file-names-unknown")
        return seen


def join_as_worker(
    db: PgDatabase,
    audit: Callable[[], AuditLog],
    clock: Clock,
    may_date: Callable[[], None] = lambda: None,
) -> None:
    """A login role of the organisation without a worker row becomes a worker (its name as
    the admin registered it, else the role's name), with its worker.added event. `may_date`
    (with the turn held) raises when this computer's clock may not date it (log_clock)."""
    role = db.login_role
    if db.scalar("SELECT 1 FROM workers WHERE slot_id = ?", (role,)) is not None:
        return
    with db.transaction():
        if db.scalar("SELECT 1 FROM workers WHERE slot_id = ?", (role,)) is not None:
            return  # another window of the same worker was first
        may_date()
        name = str(db.scalar("SELECT current_member_name()") or "") or role
        wid = db.execute(
            "INSERT INTO workers(name, slot_id, created_at) VALUES (?, ?, ?)",
            (name, role, to_iso(clock.now())),
        )
        audit().append("worker.added", wid, {"worker": wid, "slot": role}, personal={"name": name})
    _log.info("a login role became a worker at its first open")
