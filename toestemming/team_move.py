"""Moving a desk vault to the team server (`toestemming-cli migrate --vault V --to URL`).

The vault is opened for checking only (SQLite read-only; nothing written to it or its key
header, not even at close) and its log verified first. Then, in ONE transaction on the server
over the admin (set-up) connection: the schema if the database has none, a new organisation
with the vault's own vault id (signed into every checkpoint), every row of every table copied
as it is (events byte for byte with their hashes, so the chain and the signed checkpoints carry
over; ids kept, because the hashed event bodies name them), the identity sequences moved past
the copied ids; then the chain is verified and the log replayed against the copied tables on
the server. Any problem rolls the whole move back. A server that already holds this vault is
refused.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .audit import AuditLog
from .clock import Clock, SystemClock
from .errors import IntegrityFailure, VaultError
from .replay_registry import alongside
from .replay_split import replay_vault
from .store import fresh_ids, pg_schema, team
from .store.db import Database
from .store.pg import PgDatabase

if TYPE_CHECKING:
    from .service import Service

_log = logging.getLogger(__name__)

BATCH = 2_000


@dataclass
class MoveReport:
    organisation: str
    vault_id: str
    rows: dict[str, int] = field(default_factory=dict)
    events: int = 0
    checkpoints: int = 0

    def lines(self) -> list[str]:
        """What was done, in Dutch, without any personal value (counts and table names)."""
        total = sum(self.rows.values())
        out = [
            f"Kluis van '{self.organisation}' overgezet naar de teamserver: {total} rijen "
            f"in {len(self.rows)} tabellen.",
            f"Logboek: {self.events} gebeurtenissen, keten en {self.checkpoints} ondertekende "
            "controlepunten op de server opnieuw gecontroleerd: in orde.",
            "De gegevens op de server volgen uit het logboek (opnieuw afgespeeld): in orde.",
            "De kluis zelf is niet gewijzigd.",
        ]
        out += [f"  {table}: {count}" for table, count in self.rows.items() if count]
        return out


def _tables(src: Database) -> list[str]:
    """The vault's tables in creation order (a table only references earlier ones)."""
    rows = src.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    names = [str(r[0]) for r in rows if not str(r[0]).startswith("sqlite_")]
    unknown = [n for n in names if n not in pg_schema.DATA_TABLES]
    if unknown:  # a vault newer than this program's server schema: never copy half
        raise VaultError(message_id="error-pg-schema-older")
    return names


def _columns(src: Database, table: str) -> list[str]:
    return [str(r[1]) for r in src.query(f"PRAGMA table_info({table})")]


def _batches(src: Database, table: str, columns: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in src.iterate(f"SELECT {', '.join(columns)} FROM {table}", tuples=True):
        batch.append(tuple(row))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _move_sequences(dst: PgDatabase, table: str, given: int = 0) -> None:
    """An identity sequence is shared by the organisations: past this vault's ids, never back.
    `given`: the highest id the vault ever gave (store/fresh_ids.py), also of a row since
    deleted (a merged youth): the log names it, so the server must not give it again."""
    if "id" not in dst.query_columns(table):
        return
    sequence = dst.scalar(
        "SELECT pg_get_serial_sequence(?, 'id')", (f"{pg_schema.SCHEMA}.{table}",)
    )
    stored = dst.scalar(f"SELECT max(id) FROM {table}")
    top = max(int(stored or 0), given)
    if sequence is None or not top:
        return
    row = dst.query_one(f"SELECT last_value, is_called FROM {sequence}")
    assert row is not None
    following = int(row[0]) + 1 if row[1] else int(row[0])  # what nextval() would give
    if int(top) >= following:
        dst.scalar("SELECT setval(?, ?)", (str(sequence), int(top)))


def _source_problems(source: Service) -> bool:
    """Whatever `toestemming-cli check` calls "niet in orde" stops the move, not only a broken
    chain: a guard trigger of the log lifted (health_schema), the file itself, the log head's
    Merkle root, a token row that does not fit its checkpoint (stamp_rows). The server's copy
    gets its own triggers and a fresh log head on each worker's computer, so after a move
    nobody would see the lifted guard any more. (The rows against the log are replayed on the
    server's copy before COMMIT.)"""
    from .health_schema import problems as schema_problems

    return bool(
        not source.verify_audit(deep=True).ok
        or source.log_head_problems
        or source.vault.db.integrity_problems()
        or schema_problems(source.vault.db)
        or source.log_head_deep_problems()
        # the RFC 3161 token rows (only triggers guard them): edited ones would arrive on the
        # server under fresh guards, and nothing there would tell them from genuine ones
        or source.stamp_row_problems()
    )


def move_vault(
    vault: Path,
    passphrase: str,
    conninfo: str,
    password: str | None,
    clock: Clock | None = None,
) -> MoveReport:
    from .service import Service

    tick = clock or SystemClock()
    source = Service.open(vault, passphrase, clock=tick, check_only=True)
    try:
        public_key = source.public_key
        if _source_problems(source):
            raise IntegrityFailure(message_id="error-pg-move-source-damaged")
        src = source.vault.db
        report = MoveReport(source.organisation, source.vault.vault_id)
        dst = team.connect(conninfo, password)
        try:
            with dst.transaction():
                team.set_up_organisation(dst, report.organisation, report.vault_id)
                for table in _tables(src):
                    columns = _columns(src, table)
                    insert = (
                        f"INSERT INTO {table}({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))})"
                    )
                    count = 0
                    for batch in _batches(src, table, columns):
                        dst.executemany(insert, batch)
                        count += len(batch)
                    report.rows[table] = count
                    given = fresh_ids.highest_given(src, table) if table in fresh_ids.TABLES else 0
                    _move_sequences(dst, table, given)
                # The server's copy must stand on its own before anything is committed.
                audit = AuditLog(dst, tick, report.vault_id).verify(public_key, deep=True)
                if not audit.ok:
                    raise IntegrityFailure(message_id="error-pg-move-verify-failed")
                replay = alongside(
                    dst, None, lambda: replay_vault(dst, None, texts=True), contents=True
                )
                if not replay.ok:
                    raise IntegrityFailure(message_id="error-pg-move-verify-failed")
                report.events = int(dst.scalar("SELECT count(*) FROM events"))
                report.checkpoints = int(dst.scalar("SELECT count(*) FROM checkpoints"))
        finally:
            dst.close()
    finally:
        source.close()
    _log.info("a vault was moved to a team server (%d events)", report.events)
    return report
