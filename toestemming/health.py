"""Integrity on open and on demand.

The check, in this order: copy the WAL into the database file (checkpoint), then
`cipher_integrity_check` (the HMAC of every page, so every row is read), SQLite's
`quick_check` (on open) or `integrity_check` + `foreign_key_check` (deep, on demand), then the
audit chain and its signed checkpoints (deep: also the Merkle roots), the schema against the
migrations' (health_schema.py: no trigger dropped, no trigger or view added), then every
consent row against the log (replay_health.py; a large vault replays after the window is shown).

A vault that fails is not refused: it is opened *read-only* (every write is refused with the
reason), so the worker can still look things up, and the explanation says how to restore the
last verified backup into a new place. Nothing here raises for a damaged file; the problems
are Dutch lines without personal data (page numbers, table names, event numbers).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar

from .audit import AuditReport
from .errors import AccessRevoked, IntegrityFailure, Phrase, ToestemmingError
from .health_report import (
    MAX_PROBLEMS,
    READ_ONLY,
    READ_ONLY_REASON,
    RESTORE_ADVICE,
    UNREADABLE,
    CheckedService,
    HealthReport,
)
from .health_schema import problems as schema_problems
from .replay_health import on_open as replay_on_open
from .store.vault import Vault

__all__ = [
    "MAX_PROBLEMS",
    "READ_ONLY_REASON",
    "RESTORE_ADVICE",
    "UNREADABLE",
    "HealthReport",
    "check",
    "open_checked",
    "with_restore_advice",
]

S = TypeVar("S", bound=CheckedService)
# The way out after a failure to open, in the reader's language (RESTORE_ADVICE in Dutch).
_ADVICE = Phrase("error-health-restore-advice")


def check(service: CheckedService, *, deep: bool = False) -> HealthReport:
    """Run the check on an open service; a damaged vault is switched to read-only. `deep`:
    SQLite's full integrity_check and foreign keys, and the Merkle roots of the audit log."""
    db = service.vault.db
    service.warm_up_audit_helpers()
    problems = tuple(db.file_problems(thorough=deep))
    return _finish(service, problems, deep)


def _finish(service: CheckedService, problems: tuple[str, ...], deep: bool) -> HealthReport:
    problems += tuple(service.log_head_problems)
    problems += tuple(schema_problems(service.vault.db))  # one query (health_schema.py)
    audit: AuditReport | None
    try:
        audit = service.verify_audit(deep=deep)
    except ToestemmingError:
        audit = None
    if audit is not None and audit.ok and not problems:  # rows against the log (replay.py)
        problems += replay_on_open(service, deep)
    try:
        last = service.backups.status().last_verified_at
    except ToestemmingError:
        last = None
    report = HealthReport(problems[:MAX_PROBLEMS], audit, service.clock.now(), last)
    if not report.ok:
        service.vault.db.enter_read_only(READ_ONLY, service.vault.current_data_key())
    service.health_report = report
    return report


def open_checked(vault: Vault, build: Callable[[], S]) -> S:
    """Build the service over `vault` after checking the file first: if the file is damaged,
    the connection becomes read-only *before* anything else reads or writes it."""
    from . import audit_links

    with contextlib.suppress(ToestemmingError):  # a damaged file: the check below says so
        audit_links.warm_up(int(vault.db.scalar("SELECT max(seq) FROM events") or 0))
    problems = tuple(vault.db.file_problems(thorough=False))
    if problems:
        vault.db.enter_read_only(READ_ONLY, vault.current_data_key())
    try:
        service = build()
    except AccessRevoked:
        raise  # the file is fine; this worker was removed
    except IntegrityFailure as exc:
        vault.close()
        raise with_restore_advice(exc) from None  # says what was lost, then the way out
    except ToestemmingError:
        vault.close()
        raise IntegrityFailure(
            message_id="error-health-with-advice",
            params={"problem": Phrase("error-health-unreadable"), "advice": _ADVICE},
        ) from None
    _finish(service, problems, deep=False)
    return service


def with_restore_advice(exc: IntegrityFailure) -> IntegrityFailure:
    """The same failure, with the way out appended (used when opening with check=True)."""
    if RESTORE_ADVICE in exc.message:
        return exc
    return IntegrityFailure(
        message_id="error-health-with-advice", params={"problem": exc.phrase(), "advice": _ADVICE}
    )
