"""The team server's schema: the vault's schema (migration 22) in PostgreSQL, per organisation.

Versioned in `schema_version` (PG_VERSION; the vault migration it equals is VAULT_EQUIVALENT).
Created and migrated only by the admin (set-up) connection, which owns the schema; workers'
login roles are members of the group role `toestemming_app`, which may read and add rows but
has no UPDATE/DELETE on the log tables (and triggers refuse them for everyone, the owner too).

Every table carries `org_id`, filled by default with `current_org()` (a SECURITY DEFINER
function: the organisation of the *session* user in `members`; `SET ROLE` or a setting cannot
change it) and row-level security (ENABLE + FORCE) keeps each organisation to its own rows;
from schema 7 on its test is member_org(), which refuses a removed member's reads outright
(SQLSTATE 28000, "geen toegang meer") instead of answering them empty.
Keys and references include org_id: `(org_id, id)`, `(org_id, seq)` …, so a row can only
point at rows of its own organisation, and a desk vault moved here keeps its ids (they are
inside the hashed event bodies) beside another organisation's rows with the same numbers.

The SQL text is in pg_schema_tables.py (schema 1's tables), pg_schema_sql.py (the prelude and
what each later version adds) and pg_schema_guards.py (triggers, row security, rights).

SQLite compatibility objects (see store/pg_dialect.py): `sqlite_master` (a view of tables,
indexes and triggers), `json_extract` (numbers only: every caller reads ids; anything else is
refused loudly), `json_group_array` (text, like SQLite's), `instr`.

Retention erasure keeps the vault's guarantees: the app role may UPDATE the erase-only tables
(triggers allow nothing but emptying an erased youth's free text, as in the vault) and DELETE
event salts and transition forms; the log itself (events, checkpoints …) never changes.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import VaultError
from .pg_schema_guards import (
    DATA_TABLES,
    DATA_TABLES_7,
    NO_DELETE,
    NO_UPDATE,
    append_only_triggers,
    erase_triggers,
    expected_triggers,
    grants,
    new_table_migration,
    policies_changed,
    row_security,
    taken_back_migration,
    taken_back_only_erase,
)
from .pg_schema_sql import (
    APP_ROLE,
    DESK_RELEASE_TURN,
    INFORMED_BOTH,
    LEGAL_DUTIES,
    MEMBER_ORG,
    OBJECTIONS,
    OWN_ORGANISATION,
    OWN_ORGANISATION_BEFORE_7,
    PRELUDE,
    QUALIFICATIONS,
    QUALIFICATIONS_TAKEN_BACK,
    SCHEMA,
    WEIGHING_SCOPE,
)
from .pg_schema_tables import TABLES

__all__ = [
    "APP_ROLE",
    "DATA_TABLES",
    "MIGRATIONS",
    "NO_DELETE",
    "NO_UPDATE",
    "PG_VERSION",
    "SCHEMA",
    "VAULT_EQUIVALENT",
    "creation_script",
    "expected_triggers",
    "install",
    "version_problem",
]

PG_VERSION = 9
VAULT_EQUIVALENT = 22  # the vault migration this schema equals in meaning


def creation_script() -> str:
    """Everything that makes an empty database a team server of schema PG_VERSION."""
    return (
        PRELUDE
        + MEMBER_ORG
        + TABLES
        + OBJECTIONS
        + LEGAL_DUTIES
        + QUALIFICATIONS
        + QUALIFICATIONS_TAKEN_BACK
        + append_only_triggers()
        + erase_triggers()
        + taken_back_only_erase()
        + WEIGHING_SCOPE
        + row_security()
        + grants()
        + DESK_RELEASE_TURN
        + f"INSERT INTO schema_version VALUES ({PG_VERSION}, {VAULT_EQUIVALENT});\n"
    )


# Later schema versions: (version, script). Applied in order by the admin connection.
MIGRATIONS: tuple[tuple[int, str], ...] = (
    (2, WEIGHING_SCOPE + "UPDATE schema_version SET vault_equivalent = 17;\n"),
    (3, new_table_migration("objections", OBJECTIONS, 18, OWN_ORGANISATION_BEFORE_7)),
    (4, INFORMED_BOTH),
    (5, new_table_migration("legal_duties", LEGAL_DUTIES, 20, OWN_ORGANISATION_BEFORE_7)),
    (
        6,
        new_table_migration("youth_qualifications", QUALIFICATIONS, 21, OWN_ORGANISATION_BEFORE_7),
    ),
    # 7: a removed member's reads are refused, not answered empty (pg_schema_sql.MEMBER_ORG).
    (7, MEMBER_ORG + policies_changed(OWN_ORGANISATION, DATA_TABLES_7)),
    # 8 = vault migration 22: a startkwalificatie taken back (youth_qualification_withdrawals).
    (8, taken_back_migration()),
    # 9: the server refuses the write turn of a program older than its schema (an older desk
    # left open across an upgrade; pg_schema_sql.DESK_RELEASE_TURN).
    (9, DESK_RELEASE_TURN),
)


def version_problem(version: int | None) -> VaultError | None:
    """Why this app cannot work with a server of schema `version` (None: no schema yet)."""
    if version is not None and version > PG_VERSION:
        return VaultError(message_id="error-pg-schema-newer")
    return None


def install(script: Callable[[str], None], version: int | None) -> list[int]:
    """Create the schema (version None) or bring an older one up to PG_VERSION; inside the
    admin's transaction. Returns the versions applied."""
    problem = version_problem(version)
    if problem is not None:
        raise problem
    if version is None:
        script(creation_script())
        return [PG_VERSION]
    applied: list[int] = []
    for number, sql in MIGRATIONS:
        if version < number <= PG_VERSION:
            script(f"SET LOCAL search_path = {SCHEMA};\n{sql}")
            script(f"UPDATE schema_version SET version = {number}")
            applied.append(number)
    return applied
