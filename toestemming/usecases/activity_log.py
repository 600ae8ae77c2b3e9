"""The privacy officer's view of the audit log: who (the worker's name), what (in Dutch),
when, and which youth — named by the reference code of the request the event is about, or by
the youth's number, never by name. Filters on period, worker, kind of action and youth; CSV
export. Read-only: the log itself is the hash-chained `events` table (audit.py).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from ..changes import youth_of
from ..clock import LOCAL_TZ, from_iso, local_moment_text, to_iso
from ..errors import ValidationError
from .context import Context

# What each kind of event means, in the words of the desk. Unknown kinds show as stored.
KIND_TEXT: dict[str, str] = {
    "vault.created": "Kluis gemaakt",
    "vault.data_key_rotated": "Sleutel van de kluis vernieuwd",
    "vault.recovery_key_renewed": "Herstelsleutel vernieuwd",
    "worker.added": "Medewerker toegevoegd",
    "worker.removed": "Medewerker verwijderd",
    "worker.passphrase_changed": "Wachtwoordzin gewijzigd",
    "policy.changed": "Beleid gewijzigd",
    "recipient.added": "Ontvanger toegevoegd",
    "recipient.active": "Ontvanger (de)activeerd",
    "purpose.added": "Doel toegevoegd",
    "purpose.revised": "Doel herzien",
    "purpose.legal_duty": "Doel als wettelijke plicht vastgelegd",
    "category.added": "Soort gegevens toegevoegd",
    "category.english_name": "Engelse naam van gegevens",  # vaults before schema 16
    "category.translated_name": "Vertaalde naam van gegevens",
    "youth.added": "Jongere toegevoegd",
    "youth.updated": "Gegevens jongere gewijzigd",
    "youth.left": "Uitstroom vastgelegd",
    "youth.startkwalificatie": "Startkwalificatie vastgelegd",
    "youth.startkwalificatie_withdrawn": "Startkwalificatie teruggenomen (vergissing)",
    "youth.erased": "Gegevens jongere gewist",
    "youths.imported": "Jongeren ingelezen",
    "representative.added": "Vertegenwoordiger toegevoegd",
    "representative.updated": "Gegevens vertegenwoordiger gewijzigd",
    "representative.gezag": "Gezag gewijzigd",
    "representative.ended": "Vertegenwoordiging beëindigd",
    "request.created": "Toestemming gevraagd",
    "decisions.recorded": "Beslissing vastgelegd",
    "signing.completed": "Getekend op de tablet",
    "signing.receipt_sent": "Ontvangstbewijs gemaild",
    "withdrawal.recorded": "Toestemming ingetrokken",
    "withdrawal.recipient_notified": "Ontvanger geïnformeerd over intrekking",
    "item.revoke": "Toestemming beëindigd door de organisatie",
    "item.invalidate": "Toestemming ongeldig verklaard",
    "item.supersede": "Toestemming vervangen",
    "item.expire": "Verzoek op afstand verlopen",
    "remote.sent": "Verzoek verstuurd (e-mail/app)",
    "remote.expired": "Verzoek op afstand verlopen",
    "remote.settings_changed": "Instellingen op afstand gewijzigd",
    "remote.smtp_changed": "Mailserver gewijzigd",
    "disclosure.recorded": "Gegevens gedeeld",
    "assessment.recorded": "Afweging vastgelegd",
    "objection.recorded": "Bezwaar (verzet) vastgelegd",
    "youth.view_heard": "Mening van de jongere vastgelegd (geen besluit)",
    "evidence.added": "Bewijsstuk toegevoegd",
    "transition_form.saved": "Transitieformulier opgeslagen",
    "form.exported": "Formulier afgedrukt of bewaard",
    "proof.exported": "Bewijs geëxporteerd",
    "tsa.changed": "Tijdstempeldienst gewijzigd",
    "clock.corrected": "Klok van de computer klopt weer (verklaard)",
    "clock.ahead_confirmed": "Datum van vandaag bevestigd na lange tijd niet gewerkt",
}

# The kinds of action to filter on, each a set of kinds.
GROUPS: dict[str, tuple[str, ...]] = {
    "Toestemming": (
        "request.created",
        "decisions.recorded",
        "signing.completed",
        "withdrawal.recorded",
        "withdrawal.recipient_notified",
        "item.revoke",
        "item.invalidate",
        "item.supersede",
        "item.expire",
        "remote.sent",
        "remote.expired",
        "youth.view_heard",
    ),
    "Delen": ("disclosure.recorded", "assessment.recorded", "objection.recorded"),
    "Personen": (
        "youth.added",
        "youth.updated",
        "youth.left",
        "youth.startkwalificatie",
        "youth.startkwalificatie_withdrawn",
        "youth.erased",
        "youths.imported",
        "representative.added",
        "representative.updated",
        "representative.gezag",
        "representative.ended",
    ),
    "Documenten en bewijs": (
        "evidence.added",
        "transition_form.saved",
        "form.exported",
        "proof.exported",
        "signing.receipt_sent",
    ),
    "Beheer": (
        "vault.created",
        "vault.data_key_rotated",
        "vault.recovery_key_renewed",
        "worker.added",
        "worker.removed",
        "worker.passphrase_changed",
        "policy.changed",
        "recipient.added",
        "recipient.active",
        "purpose.added",
        "purpose.revised",
        "purpose.legal_duty",
        "category.added",
        "category.english_name",
        "category.translated_name",
        "remote.settings_changed",
        "remote.smtp_changed",
        "tsa.changed",
        "clock.corrected",
        "clock.ahead_confirmed",
    ),
}

MAX_ROWS = 5000  # one screenful of filters should narrow it; the CSV says when it was cut
CSV_HEADER = ("nr", "moment", "medewerker", "handeling", "soort", "jongere", "verzoek")


@dataclass(frozen=True, slots=True)
class LogFilter:
    since: date | None = None  # local dates, both inclusive
    until: date | None = None
    worker_id: int | None = None
    group: str | None = None  # a key of GROUPS
    youth_id: int | None = None


@dataclass(frozen=True, slots=True)
class LogEntry:
    seq: int
    at: datetime
    worker: str  # the worker's name ("" for the system, e.g. an expiry at unlock)
    kind: str
    what: str  # Dutch
    youth_id: int | None
    reference_code: str  # of the request the event is about, if any

    @property
    def youth_label(self) -> str:
        return f"nr. {self.youth_id}" if self.youth_id is not None else ""


@dataclass(frozen=True, slots=True)
class LogPage:
    entries: tuple[LogEntry, ...]
    cut_off: bool  # more events matched than MAX_ROWS


def describe(kind: str) -> str:
    return KIND_TEXT.get(kind, kind)


class ActivityLog:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def entries(self, flt: LogFilter = LogFilter(), limit: int = MAX_ROWS) -> LogPage:
        """Newest first, at most `limit` entries."""
        if flt.since and flt.until and flt.since > flt.until:
            raise ValidationError(message_id="error-activity-start-date-after-end", field="since")
        if flt.group is not None and flt.group not in GROUPS:
            raise ValidationError(message_id="error-activity-unknown-kind-action", field="group")
        where, params = self._where(flt)
        db = self._ctx.db
        workers = {int(r[0]): str(r[1]) for r in db.query("SELECT id, name FROM workers")}
        codes: dict[int, str] = {}
        out: list[LogEntry] = []
        cut_off = False
        for seq, at, actor, kind, body in self._rows(where, params):
            data: dict[str, Any] = json.loads(bytes(body)).get("data", {})
            youth = youth_of(db, data)
            if flt.youth_id is not None and youth != flt.youth_id:
                continue
            if len(out) == limit:
                cut_off = True
                break
            out.append(
                LogEntry(
                    int(seq),
                    from_iso(str(at)),
                    workers.get(int(actor), "") if actor is not None else "",
                    str(kind),
                    describe(str(kind)),
                    youth,
                    self._code(data, codes),
                )
            )
        return LogPage(tuple(out), cut_off)

    def requests_in_period(self, since: date, until: date) -> list[int]:
        """The requests with anything logged about them in the period (asked, decided,
        withdrawn, expired, …): what a proof export for that period covers."""
        if since > until:
            raise ValidationError(message_id="error-activity-start-date-after-end", field="since")
        where, params = self._where(LogFilter(since, until, group="Toestemming"))
        found: dict[int, None] = {}
        db = self._ctx.db
        for row in db.query(f"SELECT body FROM events{where} ORDER BY seq", params):
            data: dict[str, Any] = json.loads(bytes(row[0])).get("data", {})
            request = self._request_of(data)
            if request is not None:
                found[request] = None
        return list(found)

    def _where(self, flt: LogFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if flt.since is not None:
            clauses.append("at >= ?")
            params.append(to_iso(datetime.combine(flt.since, time(), LOCAL_TZ)))
        if flt.until is not None:
            clauses.append("at < ?")
            params.append(to_iso(datetime.combine(flt.until + timedelta(days=1), time(), LOCAL_TZ)))
        if flt.worker_id is not None:
            clauses.append("actor = ?")
            params.append(flt.worker_id)
        if flt.group is not None:
            kinds = GROUPS[flt.group]
            clauses.append(f"kind IN ({', '.join('?' * len(kinds))})")
            params.extend(kinds)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _rows(self, where: str, params: list[Any]) -> Iterator[Any]:
        """Newest first, in batches (a youth filter may have to read far back)."""
        db = self._ctx.db
        before: int | None = None
        while True:
            extra = ("seq < ?",) if before is not None else ()
            clause = where
            if extra:
                clause = (where + " AND " if where else " WHERE ") + extra[0]
            batch = db.query(
                f"SELECT seq, at, actor, kind, body FROM events{clause} ORDER BY seq DESC LIMIT 500",
                (*params, *([before] if before is not None else [])),
            )
            if not batch:
                return
            yield from batch
            before = int(batch[-1][0])

    def _request_of(self, data: dict[str, Any]) -> int | None:
        request = data.get("request")
        if isinstance(request, int) and not isinstance(request, bool):
            return request
        item = data.get("item")
        items = data.get("items")
        if not isinstance(item, int) and isinstance(items, list) and items:
            first = items[0]
            item = first.get("item") if isinstance(first, dict) else first
        if not isinstance(item, int) or isinstance(item, bool):
            return None
        value = self._ctx.db.scalar("SELECT request_id FROM consent_items WHERE id = ?", (item,))
        return None if value is None else int(value)

    def _code(self, data: dict[str, Any], cache: dict[int, str]) -> str:
        request = self._request_of(data)
        if request is None:
            return ""
        if request not in cache:
            code = self._ctx.db.scalar(
                "SELECT reference_code FROM consent_requests WHERE id = ?", (request,)
            )
            cache[request] = str(code) if code is not None else ""
        return cache[request]


def to_csv(page: LogPage) -> str:
    """The entries as CSV (semicolons: what Dutch spreadsheet programs open directly)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for e in page.entries:
        writer.writerow(
            (
                e.seq,
                local_moment_text(e.at, seconds=True),
                _cell(e.worker),
                e.what,
                e.kind,
                e.youth_label,
                e.reference_code,
            )
        )
    if page.cut_off:
        writer.writerow(
            ("", "", "", f"Ingekort tot de nieuwste {len(page.entries)} regels.", "", "", "")
        )
    return buffer.getvalue()


def _cell(text: str) -> str:
    """A worker's name typed as "=…" must not become a formula in a spreadsheet."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
