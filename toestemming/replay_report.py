"""What a replay of the audit log found: disagreements between the consent tables and the
events, each naming the request's reference code and the item's position (never a name or any
other personal value), in Dutch for a privacy officer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .words import plural

MAX_PROBLEMS = 200  # per run: enough to see the pattern, bounded for a mass edit

NOT_LOGGED = "staat in de kluis maar niet in het logboek"
NOT_STORED = "staat in het logboek (gebeurtenis {seq}) maar ontbreekt in de kluis"
DIFFERS = "wijkt af van het logboek (gebeurtenis {seq}): {fields}"
MISSING_IN_STATE = "ontbreekt in de opgeslagen status (logboek: gebeurtenis {seq})"
# Where an entry was found: its own table, or the item_state cache ("mag ik delen?" reads it).
IN_STATE = {"table": "", "state": " in de opgeslagen status"}

LABELS = {
    "code": "referentiecode",
    "youth": "jongere",
    "worker": "medewerker",
    "created_at": "moment van aanmaken",
    "valid_from": "begindatum",
    "valid_until": "einddatum",
    "language": "taal",
    "text_sha256": "tekst (controlesom)",
    "request": "verzoek",
    "recipient": "ontvanger",
    "purpose": "doel",
    "purpose_version": "versie van het doel",
    "position": "volgnummer",
    "categories": "gegevens die gedeeld mogen worden",
    "item": "onderdeel",
    "answer": "antwoord",
    "signer": "ondertekenaar",
    "role": "rol",
    "decided_at": "moment van beslissen",
    "recorded_at": "moment van vastleggen",
    "channel": "kanaal",
    "evidence": "bewijsstuk",
    "special_ack": "bevestiging gevoelige gegevens",
    "withdrawn_at": "moment van intrekken",
    "notified_at": "moment van informeren",
    "kind": "soort",
    "at": "moment",
    "reason": "reden",
    "after_days": "aantal dagen",
    "disclosed_at": "moment van delen",
    "basis": "grondslag",
    "assessment": "afweging",
    "note": "toelichting",
    "youth_informed": "jongere geïnformeerd",
    "texts": "afwegingstekst",
    "texts_shown": "tekst in een andere taal (controlesom)",
    "state": "opgeslagen status",
}


class Place(NamedTuple):
    """Where a disagreement is: the words naming it, and the ids behind them."""

    where: str
    request_id: int | None = None
    item_id: int | None = None
    position: int | None = None


@dataclass(frozen=True)
class Disagreement:
    """One row that does not follow from the log. `where` names the reference code and item
    position (or a row number for rows outside any request): no personal data."""

    where: str
    problem: str  # Dutch
    request_id: int | None = None
    item_id: int | None = None
    position: int | None = None  # the item's position in its request, by the log

    def line(self) -> str:
        return f"{self.where}: {self.problem}"


@dataclass(frozen=True)
class ReplayReport:
    disagreements: tuple[Disagreement, ...]
    events: int
    rows: int
    processes: int = 1
    more: int = 0  # disagreements beyond MAX_PROBLEMS, not listed

    @property
    def ok(self) -> bool:
        return not self.disagreements

    def lines(self) -> list[str]:
        out = [d.line() for d in self.disagreements]
        if self.more:
            out.append(f"… en nog {self.more} andere afwijkingen.")
        return out

    def describe(self) -> str:
        if self.ok:
            return (
                f"Gegevens volgen uit het logboek: {self.rows} rijen vergeleken met "
                f"{self.events} gebeurtenissen."
            )
        n = len(self.disagreements) + self.more
        return (
            f"Gegevens wijken af van het logboek ({plural(n, '%n afwijking', '%n afwijkingen')}): "
            "iemand heeft de tabellen "
            "buiten het programma om gewijzigd."
        )

    def about(self, request_id: int, item_ids: Sequence[int] = ()) -> list[Disagreement]:
        """The disagreements about this request or these items."""
        return [
            d
            for d in self.disagreements
            if d.request_id == request_id or (d.item_id is not None and d.item_id in item_ids)
        ]
