"""Integrity on open and on demand.

The check, in this order: copy the WAL into the database file (checkpoint), then
`cipher_integrity_check` (the HMAC of every page, so every row is read), SQLite's
`quick_check` (on open) or `integrity_check` + `foreign_key_check` (deep, on demand), then the
audit chain and its signed checkpoints (deep: also the Merkle roots), then every consent row
against the log (replay_health.py; a large vault replays after the window is shown).

A vault that fails is not refused: it is opened *read-only* (every write is refused with the
reason), so the worker can still look things up, and the explanation says how to restore the
last verified backup into a new place. Nothing here raises for a damaged file; the problems
are Dutch lines without personal data (page numbers, table names, event numbers).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from .audit import AuditReport
from .clock import LOCAL_TZ
from .errors import AccessRevoked, IntegrityFailure, ToestemmingError
from .replay_health import on_open as replay_on_open

if TYPE_CHECKING:
    from .service import Service
    from .store.vault import Vault

RESTORE_ADVICE = (
    "Zo herstelt u de kluis: kies 'Reservekopie terugzetten' (of op de opdrachtregel: "
    "toestemming restore RESERVEKOPIE --to NIEUWE-KLUIS.tvault) en kies de laatste geverifieerde "
    "reservekopie. Die wordt eerst volledig gecontroleerd en komt op een nieuwe plek te staan; "
    "deze kluis blijft onaangeroerd, zodat de beheerder haar nog kan onderzoeken."
)
READ_ONLY_REASON = (
    "De kluis is beschadigd, mist opgeslagen werk of is buiten de app gewijzigd, en is daarom "
    "alleen-lezen geopend: u kunt gegevens bekijken, maar "
    "niets wijzigen. " + RESTORE_ADVICE
)
UNREADABLE = "De kluis is te zwaar beschadigd om te openen, ook niet om alleen te lezen. "
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class HealthReport:
    file_problems: tuple[str, ...]
    audit: AuditReport | None  # None: the log could not be read at all
    checked_at: datetime
    last_verified_backup: datetime | None = None

    @property
    def ok(self) -> bool:
        return not self.file_problems and self.audit is not None and self.audit.ok

    @property
    def problems(self) -> tuple[str, ...]:
        audit = () if self.audit is not None and self.audit.ok else (self._audit_line(),)
        return self.file_problems + audit

    def _audit_line(self) -> str:
        return "logboek: " + (self.audit.describe() if self.audit else "niet leesbaar")

    def summary(self) -> str:
        """One Dutch line for a status bar."""
        if self.ok:
            assert self.audit is not None
            return "Kluis gecontroleerd en in orde. " + self.audit.describe()
        return f"Kluis beschadigd of gewijzigd ({len(self.problems)} probleem/problemen); alleen-lezen."

    def explanation(self) -> str:
        """What is wrong and what to do (Dutch, for a dialog)."""
        if self.ok:
            return self.summary()
        lines = [READ_ONLY_REASON, "", "Gevonden bij de controle:"]
        lines += [f"• {p}" for p in self.problems[:MAX_PROBLEMS]]
        if self.last_verified_backup is not None:
            when = self.last_verified_backup.astimezone(LOCAL_TZ)
            lines += ["", f"Laatste geverifieerde reservekopie: {when:%d-%m-%Y %H:%M}."]
        else:
            lines += ["", "Er is van deze kluis nog geen geverifieerde reservekopie vastgelegd."]
        return "\n".join(lines)


def check(service: Service, *, deep: bool = False) -> HealthReport:
    """Run the check on an open service; a damaged vault is switched to read-only. `deep`:
    SQLite's full integrity_check and foreign keys, and the Merkle roots of the audit log."""
    db = service.vault.db
    service.warm_up_audit_helpers()
    problems = tuple(db.file_problems(thorough=deep))
    return _finish(service, problems, deep)


def _finish(service: Service, problems: tuple[str, ...], deep: bool) -> HealthReport:
    problems += tuple(service.log_head_problems)
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
        service.vault.db.enter_read_only(READ_ONLY_REASON, service.vault.current_data_key())
    service.health_report = report
    return report


def open_checked(vault: Vault, build: Callable[[], Service]) -> Service:
    """Build the service over `vault` after checking the file first: if the file is damaged,
    the connection becomes read-only *before* anything else reads or writes it."""
    from . import audit_links

    with contextlib.suppress(ToestemmingError):  # a damaged file: the check below says so
        audit_links.warm_up(int(vault.db.scalar("SELECT max(seq) FROM events") or 0))
    problems = tuple(vault.db.file_problems(thorough=False))
    if problems:
        vault.db.enter_read_only(READ_ONLY_REASON, vault.current_data_key())
    try:
        service = build()
    except AccessRevoked:
        raise  # the file is fine; this worker was removed
    except IntegrityFailure as exc:
        vault.close()
        raise with_restore_advice(exc) from None  # says what was lost, then the way out
    except ToestemmingError:
        vault.close()
        raise IntegrityFailure(UNREADABLE + RESTORE_ADVICE) from None
    _finish(service, problems, deep=False)
    return service


def with_restore_advice(exc: IntegrityFailure) -> IntegrityFailure:
    """The same failure, with the way out appended (used when opening with check=True)."""
    if RESTORE_ADVICE in exc.message:
        return exc
    return IntegrityFailure(exc.message + " " + RESTORE_ADVICE)
