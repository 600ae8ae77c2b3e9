"""The integrity check's outcome (HealthReport, the Dutch advice) and what the check needs of
the open service (CheckedService). Apart from health.py so that replay_health.py can use
them without importing health.py, and neither imports service.py (no import circle)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from .audit import AuditReport
from .clock import LOCAL_TZ, Clock
from .errors import Phrase
from .language import SOURCE
from .replay_report import ReplayReport
from .store.vault import Vault
from .words import count_form

RESTORE_ADVICE = (
    "Zo herstelt u de kluis: kies 'Reservekopie terugzetten' (of op de opdrachtregel: "
    "toestemming restore RESERVEKOPIE --to NIEUWE-KLUIS.tvault) en kies de laatste geverifieerde "
    "reservekopie. Die wordt eerst volledig gecontroleerd en komt op een nieuwe plek te staan; "
    "deze kluis blijft onaangeroerd, zodat de beheerder haar nog kan onderzoeken."
)
# Why a damaged vault refuses every write (in the reader's language); READ_ONLY_REASON: Dutch.
READ_ONLY = Phrase(
    "error-vault-read-only-damaged", {"advice": Phrase("error-health-restore-advice")}
)
READ_ONLY_REASON = READ_ONLY.text_in(SOURCE)
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

    def summary(self, language: str = SOURCE) -> str:
        """One line for a status bar, in `language`."""
        if self.ok:
            assert self.audit is not None
            return Phrase("health-ok", {"audit": self.audit.phrase()}).text_in(language)
        count = len(self.problems)
        return Phrase("health-damaged", {"count": count, "form": count_form(count)}).text_in(
            language
        )

    def explanation(self, language: str = SOURCE) -> str:
        """What is wrong and what to do, for a dialog in `language` (the findings themselves
        are named as the checks found them)."""
        if self.ok:
            return self.summary(language)
        lines = [READ_ONLY.text_in(language), "", Phrase("health-found").text_in(language)]
        lines += [f"• {p}" for p in self.problems[:MAX_PROBLEMS]]
        if self.last_verified_backup is not None:
            when = self.last_verified_backup.astimezone(LOCAL_TZ)
            made = f"{when:%d-%m-%Y %H:%M}"
            lines += ["", Phrase("backup-status-last", {"made": made}).text_in(language)]
        else:
            lines += ["", Phrase("health-no-backup-recorded").text_in(language)]
        return "\n".join(lines)


class _LastBackup(Protocol):
    @property
    def last_verified_at(self) -> datetime | None: ...


class _Backups(Protocol):
    def status(self) -> _LastBackup: ...


class CheckedService(Protocol):
    """The part of service.Service the integrity check reads and sets."""

    health_report: HealthReport | None
    state_check_pending: bool

    @property
    def log_head_problems(self) -> list[str]: ...
    @property
    def vault(self) -> Vault: ...
    @property
    def is_open(self) -> bool: ...
    @property
    def clock(self) -> Clock: ...
    @property
    def backups(self) -> _Backups: ...

    def warm_up_audit_helpers(self) -> None: ...
    def verify_audit(
        self, deep: bool = False, *, parallel_from: int | None = None
    ) -> AuditReport: ...
    def replay(self, *, texts: bool = False) -> ReplayReport: ...
