"""The team server's guards on its tables: the append-only and erase-only triggers (the vault's,
table by table), row-level security per organisation, and the app role's rights. Each
function returns SQL text for store/pg_schema.py (a new server) and its migrations (a table
added later gets the same guards as on a new server)."""

from __future__ import annotations

import re

from .migrations.m0007_retention import _ERASABLE, _YOUTH_PERSONAL
from .pg_schema_sql import (
    APP_ROLE,
    DESK_TRIGGER,
    LEGAL_DUTIES,
    OBJECTIONS,
    OWN_ORGANISATION,
    QUALIFICATIONS,
    QUALIFICATIONS_TAKEN_BACK,
    RAISE,
    SCHEMA,
)
from .pg_schema_tables import TABLES

# The vault's append-only triggers, table by table (store/migrations m0001 … m0018).
NO_UPDATE = (
    "events",
    "checkpoints",
    "decisions",
    "withdrawals",
    "withdrawal_notifications",
    "disclosure_categories",
    "item_categories",
    "consent_items",
    "consent_requests",
    "purpose_versions",
    "event_salts",
    "remote_messages",
    "remote_expiries",
    "transition_forms",
    "erasures",
    "item_texts",
    "signing_sessions",
    "event_subjects",
    "checkpoint_timestamps",
    "evidence_links",
    "objections",
    "legal_duties",
    "youth_qualifications",
)
NO_DELETE = (
    "events",
    "checkpoints",
    "decisions",
    "withdrawals",
    "withdrawal_notifications",
    "assessments",
    "disclosures",
    "disclosure_categories",
    "item_categories",
    "consent_items",
    "consent_requests",
    "purpose_versions",
    "remote_messages",
    "remote_expiries",
    "erasures",
    "item_actions",
    "item_texts",
    "event_subjects",
    "checkpoint_timestamps",
    "evidence_links",
    "disclosure_overrides",
    "objections",
    "legal_duties",
    "youth_qualifications",
    "youth_qualification_withdrawals",
)

_TABLE_NAME = re.compile(r"^CREATE TABLE (\w+) \(", re.M)
DATA_TABLES: tuple[str, ...] = tuple(
    _TABLE_NAME.findall(
        TABLES + OBJECTIONS + LEGAL_DUTIES + QUALIFICATIONS + QUALIFICATIONS_TAKEN_BACK
    )
)


def _only_erase(table: str, condition: str, message: str) -> str:
    """A BEFORE UPDATE trigger that refuses every change for which `condition` is false."""
    return f"""
CREATE FUNCTION {table}_only_erase() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT ({condition}) THEN RAISE EXCEPTION '{message}' {RAISE}; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER {table}_only_erase BEFORE UPDATE ON {table}
  FOR EACH ROW EXECUTE FUNCTION {table}_only_erase();
"""


def erase_triggers() -> str:
    parts: list[str] = []
    for table, texts, fixed, youth in _ERASABLE:
        emptied = " AND ".join(f"NEW.{c} = ''" for c in texts)
        same = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in fixed)
        erased = f"(SELECT erased_at FROM youths WHERE id = {youth}) IS NOT NULL"
        parts.append(
            _only_erase(
                table,
                f"{erased} AND {emptied} AND {same}",
                f"{table}: only erasure of an erased youth",
            )
        )
    kept = ("disclosure_id", "youth_id", "is_override", "ground", "informed", "confirmed_at")
    same = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in kept)
    parts.append(
        _only_erase(
            "disclosure_overrides",
            "(SELECT erased_at FROM youths WHERE id = OLD.youth_id) IS NOT NULL AND "
            f"NEW.reason = '' AND NEW.not_informed_reason = '' AND {same}",
            "disclosure_overrides: only erasure of an erased youth",
        )
    )
    parts.append(
        _only_erase(
            "evidence",
            "NEW.content IS NULL AND NEW.erased_at IS NOT NULL "
            "AND NEW.sha256 IS NOT DISTINCT FROM OLD.sha256",
            "evidence can only be erased",
        )
    )
    # A removed worker stays removed: with a login that still works (before IT disabled the
    # role) they could otherwise put themselves back with one UPDATE.
    parts.append(
        _only_erase(
            "workers",
            "NOT (OLD.active = 0 AND NEW.active <> 0) AND NEW.slot_id = OLD.slot_id",
            "workers: a removed worker stays removed",
        ).replace("workers_only_erase", "workers_stay_removed")
    )
    # Removed in the app = removed at the server: the login role's membership ends with the
    # worker row (current_org() is then NULL, so row-level security shows and takes nothing),
    # also when IT has not disabled the role yet, and in sessions that are open right now.
    parts.append(
        f"""
CREATE FUNCTION workers_removed_at_server() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
BEGIN
  IF NEW.active = 0 THEN
    UPDATE members SET removed = true WHERE role_name = NEW.slot_id AND org_id = NEW.org_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER workers_removed_at_server AFTER INSERT OR UPDATE OF active ON workers
  FOR EACH ROW EXECUTE FUNCTION workers_removed_at_server();
"""
    )
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in _YOUTH_PERSONAL)
    parts.append(
        f"""
CREATE FUNCTION youths_erased_stay_erased() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.erased_at IS NOT NULL AND ({changed}) THEN
    RAISE EXCEPTION 'an erased youth stays erased' {RAISE};
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER youths_erased_stay_erased BEFORE UPDATE ON youths
  FOR EACH ROW EXECUTE FUNCTION youths_erased_stay_erased();
"""
    )
    return "".join(parts)


# The tables of schema 7 (migration 7 changed the policy of each; schema 8 added one).
DATA_TABLES_7 = tuple(t for t in DATA_TABLES if t != "youth_qualification_withdrawals")


def taken_back_only_erase() -> str:
    """youth_qualification_withdrawals (schema 8, vault m0022): only the reason of an erased
    youth may be emptied, as the vault's trigger allows."""
    kept = ("id", "qualification_id", "youth_id", "recorded_at", "worker_id")
    same = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in kept)
    return _only_erase(
        "youth_qualification_withdrawals",
        "(SELECT erased_at FROM youths WHERE id = OLD.youth_id) IS NOT NULL AND "
        f"NEW.reason = '' AND {same}",
        "youth_qualification_withdrawals: only erasure of an erased youth",
    )


def append_only_triggers() -> str:
    parts: list[str] = []
    for table in NO_UPDATE:
        parts.append(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_change();\n"
        )
    for table in NO_DELETE:
        parts.append(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION refuse_change();\n"
        )
    for table in sorted(set(NO_UPDATE) | set(NO_DELETE)):
        parts.append(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();\n"
        )
    return "".join(parts)


def expected_triggers() -> list[str]:
    """The names of every guard trigger creation_script makes (PgDatabase checks them)."""
    names = [f"{t}_no_update" for t in NO_UPDATE] + [f"{t}_no_delete" for t in NO_DELETE]
    names += [f"{t}_no_truncate" for t in sorted(set(NO_UPDATE) | set(NO_DELETE))]
    names += [f"{t}_only_erase" for t, *_ in _ERASABLE]
    names += [
        "disclosure_overrides_only_erase",
        "youth_qualification_withdrawals_only_erase",
        "evidence_only_erase",
        "youths_erased_stay_erased",
        "workers_stay_removed",
        "workers_removed_at_server",
        "assessments_scope_fixed",
        DESK_TRIGGER,  # (schema 9: a desk older than the schema writes nothing)
    ]
    return names


def _policy(table: str, own: str) -> str:
    return (
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;\n"
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY;\n"
        f"CREATE POLICY {table}_own_organisation ON {table} USING ({own}) WITH CHECK ({own});\n"
    )


def row_security(own: str = OWN_ORGANISATION) -> str:
    """Each table keeps to the session's organisation (`own`: the test of schema 7 on; an
    older one only where a test builds an older server)."""
    return "".join(_policy(table, own) for table in DATA_TABLES)


def policies_changed(own: str, tables: tuple[str, ...] = DATA_TABLES) -> str:
    """Every table's policy tests `own` from now on (a migration; the name stays). `tables`:
    those the server has at that version (schema 7: not yet schema 8's table)."""
    return "".join(
        f"ALTER POLICY {table}_own_organisation ON {table} USING ({own}) WITH CHECK ({own});\n"
        for table in tables
    )


def grants() -> str:
    tables = ", ".join(DATA_TABLES)
    updatable = ", ".join(t for t in DATA_TABLES if t not in NO_UPDATE)
    deletable = ", ".join(t for t in DATA_TABLES if t not in NO_DELETE)
    return f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN
    CREATE ROLE {APP_ROLE} NOLOGIN;
  END IF;
END $$;
REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC;
GRANT USAGE ON SCHEMA {SCHEMA} TO {APP_ROLE};
GRANT SELECT ON schema_version, sqlite_master TO {APP_ROLE};
GRANT SELECT, INSERT ON {tables} TO {APP_ROLE};
GRANT UPDATE ON {updatable} TO {APP_ROLE};
GRANT DELETE ON {deletable} TO {APP_ROLE};
-- No right on the sequences: the identity columns draw from them without one, and their
-- values (shared by all organisations) would show how much another organisation adds.
REVOKE ALL ON ALL SEQUENCES IN SCHEMA {SCHEMA} FROM PUBLIC, {APP_ROLE};
REVOKE ALL ON FUNCTION current_member_removed(), take_write_turn() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_member_removed(), take_write_turn() TO {APP_ROLE};
"""


_REFUSED = {
    "no_update": ("UPDATE", "ROW"),
    "no_delete": ("DELETE", "ROW"),
    "no_truncate": ("TRUNCATE", "STATEMENT"),
}


def _refusing(table: str, *kinds: str) -> str:
    """The guard triggers `kinds` (keys of _REFUSED) of one table added by a migration."""
    return "".join(
        f"CREATE TRIGGER {table}_{what} BEFORE {_REFUSED[what][0]} ON {table} "
        f"FOR EACH {_REFUSED[what][1]} EXECUTE FUNCTION refuse_change();\n"
        for what in kinds
    )


def taken_back_migration() -> str:
    """Schema 8 on an older server: youth_qualification_withdrawals with the guards, row
    security and rights a new server gives it (no delete; an erase-only update)."""
    table = "youth_qualification_withdrawals"
    return (
        QUALIFICATIONS_TAKEN_BACK
        + _refusing(table, "no_delete", "no_truncate")
        + taken_back_only_erase()
        + _policy(table, OWN_ORGANISATION)
        + f"GRANT SELECT, INSERT, UPDATE ON {table} TO {APP_ROLE};\n"
        + "UPDATE schema_version SET vault_equivalent = 22;\n"
    )


def new_table_migration(table: str, script: str, vault_equivalent: int, own: str) -> str:
    """A table added later (objections at 3, legal_duties at 5, youth_qualifications at 6) on
    an older server: the table with its guards, row security (`own`: the row test of the
    version it was added in; schema 7 changed every table's together) and rights, as
    creation_script gives a new server."""
    return (
        script
        + _refusing(table, "no_update", "no_delete", "no_truncate")
        + _policy(table, own)
        + f"GRANT SELECT, INSERT ON {table} TO {APP_ROLE};\n"
        + f"UPDATE schema_version SET vault_equivalent = {vault_equivalent};\n"
    )
