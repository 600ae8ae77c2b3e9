"""Workers' login roles on the team server: add, remove, list (the admin side).

Run over the admin's connection (`toestemming_admin`: CREATEROLE + pg_signal_backend, set up
by deploy/team_server.sql). Each worker is one LOGIN role, a member of `toestemming_app` (the
app's rights come from there) and, when they log in with a client certificate, of
`toestemming_cert` (pg_hba.conf sends that group to `cert`). The role can do nothing else: no
CREATEROLE/CREATEDB/BYPASSRLS, a small connection limit, and a cap on idle transactions so a
frozen desk cannot hold the audit log's lock.

Removing a worker is immediate: NOLOGIN, both memberships revoked and the organisation's
membership marked removed (one transaction), then every open session of the role is ended. The
role stays (its name is in the audit log) but can no longer do anything, also when someone
turns its login back on by hand: a returning colleague gets a new role. (cli_team.py then
marks the worker removed in the app too, with its worker.removed event.)

Every change runs through `pg_admin_line.AdminLine.change`: tried again whole after a deadlock
or serialization failure, and on a new line when the line was cut (a COMMIT whose answer was
lost is asked after, never sent again), as a desk's writes are. A plain connection given by a
caller is used as it is (no address to make it again: a cut is said).

Identifiers only via `psycopg.sql.Identifier`, the password verifier via `sql.Literal`: role
names are checked first (team_profile.role_name), and never formatted into SQL by hand. The
password is hashed to a SCRAM verifier on this computer (libpq, like psql's \\password), so the
clear text reaches neither the server nor its statement log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import psycopg
from psycopg import sql

from .. import validation
from ..errors import ToestemmingError, ValidationError
from ..team_profile import role_name
from . import pg_schema
from .pg_admin_line import AdminLine
from .pg_connect import TeamServerError, connection_error

log = logging.getLogger(__name__)

APP_GROUP = "toestemming_app"
CERT_GROUP = "toestemming_cert"  # = devtools.pgserver.CERT_GROUP, the pg_hba.conf group
ADMIN_ROLE = "toestemming_admin"
WORKER_COMMENT = "toestemming-medewerker"  # marks the roles made here (list, remove)
CONNECTION_LIMIT = 4  # the desk app, a background check, a second window: never a pool
IDLE_IN_TRANSACTION = "2min"  # a frozen client must not keep the log's lock for long
MIN_PASSWORD = 12


@dataclass(frozen=True)
class Worker:
    role: str
    can_login: bool
    certificate: bool  # member of toestemming_cert: logs in with a client certificate
    sessions: int
    # Removed in the app (Medewerkers) while the login still works: the server already keeps
    # them out of the organisation's rows; IT should still run `team-worker remove`.
    removed_in_app: bool = False


Admin = psycopg.Connection | AdminLine


def _refused(exc: psycopg.Error) -> ToestemmingError:
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return TeamServerError(message_id="error-team-not-allowed")
    if isinstance(exc, psycopg.errors.DuplicateObject):
        return ValidationError(message_id="error-team-worker-exists", field="role")
    if isinstance(exc, (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected)):
        return TeamServerError(message_id="error-pg-busy")  # (after the last try)
    if isinstance(exc, (psycopg.OperationalError, psycopg.InterfaceError)):
        return connection_error(exc)  # (a cut line that could not be made again)
    log.warning("team server refused a role change (%s)", type(exc).__name__)
    return TeamServerError(message_id="error-team-server-error")


def _require_groups(conn: psycopg.Connection) -> None:
    found = conn.execute(
        "SELECT count(*) FROM pg_roles WHERE rolname = ANY(%s)", ([APP_GROUP, CERT_GROUP],)
    ).fetchone()
    if found is None or found[0] != 2:
        raise TeamServerError(message_id="error-team-not-set-up")


def _is_worker(conn: psycopg.Connection, role: str) -> bool:
    row = conn.execute(
        "SELECT shobj_description(oid, 'pg_authid') FROM pg_roles WHERE rolname = %s", (role,)
    ).fetchone()
    return row is not None and row[0] == WORKER_COMMENT


def add_worker(
    admin: Admin,
    role: str,
    password: str | None = None,
    *,
    cert: bool = False,
    worker_name: str = "",
) -> bool:
    """A new worker's login role: with a password (SCRAM) or a client certificate (CN = role).

    When the app's schema is on the server (team-setup has run), the role joins the admin's
    organisation in the same transaction (`members`, with `worker_name` as the name the
    worker gets at their first open); returns whether it did. Before team-setup only the
    role is made (the organisation does not exist yet)."""
    role = role_name(role, "Naam van de medewerker", "role")
    if worker_name:
        worker_name = validation.name(worker_name, "Naam van de medewerker", "worker_name")
    if (password is None) == (not cert):
        raise ValidationError(message_id="error-team-password-or-certificate", field="password")
    if password is not None and len(password) < MIN_PASSWORD:
        raise ValidationError(
            message_id="error-team-password-too-short",
            params={"min": MIN_PASSWORD},
            field="password",
        )
    ident = sql.Identifier(role)
    line = AdminLine.of(admin)
    verifier = None
    if password is not None:
        raw = line.conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256")
        verifier = raw.decode("ascii")

    def made(admin_conn: psycopg.Connection) -> bool:
        _require_groups(admin_conn)
        statement = sql.SQL(
            "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
            "NOBYPASSRLS INHERIT CONNECTION LIMIT {} PASSWORD {}"
        ).format(ident, sql.Literal(CONNECTION_LIMIT), sql.Literal(verifier))
        admin_conn.execute(statement)
        admin_conn.execute(
            sql.SQL("COMMENT ON ROLE {} IS {}").format(ident, sql.Literal(WORKER_COMMENT))
        )
        admin_conn.execute(
            sql.SQL("ALTER ROLE {} SET idle_in_transaction_session_timeout = {}").format(
                ident, sql.Literal(IDLE_IN_TRANSACTION)
            )
        )
        for group in [APP_GROUP, CERT_GROUP] if cert else [APP_GROUP]:
            admin_conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), ident))
        return _join_organisation(admin_conn, role, worker_name)

    try:
        joined = line.change(made)
    except psycopg.errors.DuplicateObject:
        if _removed_worker(line.conn, role):
            # A removed login does not come back (its name stays in the log as theirs).
            raise ValidationError(
                message_id="error-team-worker-was-removed", field="role"
            ) from None
        raise ValidationError(message_id="error-team-worker-exists", field="role") from None
    except psycopg.Error as exc:
        raise _refused(exc) from None
    log.info("worker role added (certificate=%s, joined its organisation=%s)", cert, joined)
    return joined


def _removed_worker(admin_conn: psycopg.Connection, role: str) -> bool:
    """Removed by `team-worker remove` (NOLOGIN), or in the app (Medewerkers: its membership
    ended while the login is still on) — either way the name does not come back."""
    try:
        row = admin_conn.execute(
            "SELECT NOT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)
        ).fetchone()
        if row is not None and bool(row[0]) and _is_worker(admin_conn, role):
            return True
        return role in _removed_members(admin_conn)
    except psycopg.Error:
        return False


def has_schema(admin: Admin) -> bool:
    """Whether team-setup has made the app's schema (and so organisations) here."""
    if isinstance(admin, AdminLine):
        return admin.read(has_schema)
    found = admin.execute(
        "SELECT to_regclass(%s) IS NOT NULL", (f"{pg_schema.SCHEMA}.members",)
    ).fetchone()
    return found is not None and bool(found[0])


def _join_organisation(admin_conn: psycopg.Connection, role: str, worker_name: str) -> bool:
    """The role into the admin's organisation (store/team.add_member's row, in this
    transaction so a role never exists half made). False when there is no schema yet."""
    schema = sql.Identifier(pg_schema.SCHEMA)
    if not has_schema(admin_conn):
        return False
    org = admin_conn.execute(sql.SQL("SELECT {}.current_org()").format(schema)).fetchone()
    if org is None or org[0] is None:
        raise TeamServerError(message_id="error-team-admin-no-organisation")
    admin_conn.execute(
        sql.SQL(
            "INSERT INTO {}.members(role_name, org_id, worker_name) VALUES (%s, %s, %s)"
        ).format(schema),
        (role, org[0], worker_name),
    )
    return True


def remove_worker(admin: Admin, role: str) -> int:
    """Disable the worker's role now: no login, no group rights, open sessions ended.
    Returns how many sessions were ended. Made again whole after a conflict or a cut (it
    ends in the same state however often it runs: a lost COMMIT answer needs no asking)."""
    role = role_name(role, "Naam van de medewerker", "role")
    ident = sql.Identifier(role)
    line = AdminLine.of(admin)

    def disabled(admin_conn: psycopg.Connection) -> None:
        if not _is_worker(admin_conn, role) or not _in_scope(admin_conn, role):
            raise ValidationError(message_id="error-team-worker-unknown", field="role")
        admin_conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(ident))
        for group in (APP_GROUP, CERT_GROUP):
            admin_conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), ident))
        if has_schema(admin_conn):
            # Out of the organisation for good: a login turned back on by hand later
            # (ALTER ROLE … LOGIN, GRANT …) still sees and writes nothing (current_org()).
            admin_conn.execute(
                sql.SQL("UPDATE {}.members SET removed = true WHERE role_name = %s").format(
                    sql.Identifier(pg_schema.SCHEMA)
                ),
                (role,),
            )

    def ended(admin_conn: psycopg.Connection) -> list[tuple[bool]]:
        # After the commit: from here on no new session can start, so ending the open ones
        # leaves none (pg_terminate_backend with a timeout waits until each has ended).
        return admin_conn.execute(
            "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
            "WHERE usename = %s AND pid <> pg_backend_pid()",
            (role,),
        ).fetchall()

    try:
        line.change(disabled)
        rows = line.read(ended)
    except psycopg.Error as exc:
        raise _refused(exc) from None
    count = sum(1 for (done,) in rows if done)
    log.info("worker role removed; %d open session(s) ended", count)
    return count


def list_workers(admin: Admin) -> list[Worker]:
    """Every role made by add_worker (once the schema is there: of this admin's organisation),
    removed ones too (can_login False), by name."""
    try:
        return AdminLine.of(admin).read(_listed)
    except psycopg.Error as exc:
        raise _refused(exc) from None


def _listed(admin_conn: psycopg.Connection) -> list[Worker]:
    rows = admin_conn.execute(
        """
            SELECT r.rolname, r.rolcanlogin,
                   pg_has_role(r.oid, %s, 'MEMBER'),
                   (SELECT count(*) FROM pg_stat_activity a WHERE a.usename = r.rolname)
              FROM pg_roles r
             WHERE shobj_description(r.oid, 'pg_authid') = %s
             ORDER BY r.rolname
            """,
        (CERT_GROUP, WORKER_COMMENT),
    ).fetchall()
    visible = [row for row in rows if _in_scope(admin_conn, str(row[0]))]
    removed = _removed_members(admin_conn)
    return [
        Worker(str(n), bool(login), bool(c), int(s), bool(login) and str(n) in removed)
        for n, login, c, s in visible
    ]


def _removed_members(admin_conn: psycopg.Connection) -> set[str]:
    """The login roles whose membership of this admin's organisation has ended."""
    if not has_schema(admin_conn):
        return set()
    rows = admin_conn.execute(
        sql.SQL(
            "SELECT role_name FROM {}.members WHERE removed AND org_id = {}.current_org()"
        ).format(sql.Identifier(pg_schema.SCHEMA), sql.Identifier(pg_schema.SCHEMA))
    ).fetchall()
    return {str(r[0]) for r in rows}


def _in_scope(admin_conn: psycopg.Connection, role: str) -> bool:
    """Whether this admin manages the role. Roles are the whole server's (other databases'
    too), and CREATEROLE may alter any of them; once the schema is there, an admin lists and
    removes only the workers of its own organisation."""
    if not has_schema(admin_conn):
        return True  # no schema yet: no organisations either
    schema = sql.Identifier(pg_schema.SCHEMA)
    row = admin_conn.execute(
        sql.SQL(
            "SELECT coalesce(m.org_id = {}.current_org(), false) "
            "FROM (SELECT %s::text AS role_name) r "
            "LEFT JOIN {}.members m ON m.role_name = r.role_name"
        ).format(schema, schema),
        (role,),
    ).fetchone()
    return row is not None and bool(row[0])
