"""One table against what the log says it must hold: the loop every registry comparison
shares (replay_people.py, replay_catalog.py). A row without its event, an event without its
row and each differing column are reported as "table.column", by id, in Dutch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from .replay_report import Disagreement

NOT_LOGGED = "staat in de kluis (tabel {table}) maar niet in het logboek"
NOT_STORED = "staat in het logboek (gebeurtenis {seq}) maar ontbreekt in de kluis (tabel {table})"
DIFFERS = "wijkt af van het logboek (gebeurtenis {seq}): {columns}"
LABELS = {
    "personal": "persoonsgegevens met geboortedatum (vastgelegd als controlegetal)",
    "name_contact": "naam en contactgegevens (vastgelegd als controlegetal)",
    "email_phone": "e-mailadres en telefoonnummer (vastgelegd als controlegetal)",
    "created_at": "moment van aanmaken",
    "protection": "curatele of mentorschap",
    "language": "taal",
    "erased_at": "gewist",
    "left_at": "uitstroomdatum",
    "youth_id": "jongere",
    "role": "rol",
    "has_gezag": "gezag",
    "ended_at": "einde vertegenwoordiging",
    "special": "bijzonder persoonsgegeven",
    "level": "DAT of WAT",
    "legal_role": "wettelijke rol",
    "active": "actief",
    "content": "inhoud",
    "material": "wezenlijke wijziging",
    "description": "uitleg",
    "ground": "grond",
    "data": "inhoud (vastgelegd als controlegetal)",
}

Add = Callable[[Disagreement], None]
Row = tuple[Any, ...]
F = TypeVar("F")


def differs(add: Add, where: str, table: str, seq: int, columns: list[str]) -> None:
    named = ", ".join(
        f"{table}.{c} ({LABELS[c]})" if c in LABELS else f"{table}.{c}" for c in columns
    )
    add(Disagreement(where, DIFFERS.format(seq=seq, columns=named)))


def compare(
    add: Add,
    table: str,
    rows: Iterable[Row],
    expected: Mapping[Any, F],
    name: Callable[[Any, F | None], str],
    check: Callable[[Row, F], tuple[list[str], int]],
    *,
    key: Callable[[Row], Any] = lambda row: row[0],
    may_be_gone: Callable[[F], bool] = lambda _facts: False,
) -> int:
    """Compare `rows` of `table` with `expected` (by `key`): `check` gives the differing
    columns and the event to name; `may_be_gone` facts (a merge's doubles) may have no row.
    Returns how many rows were read."""
    seen: set[Any] = set()
    count = 0
    for row in rows:
        count += 1
        k = key(row)
        facts = expected.get(k)
        if facts is None:
            add(Disagreement(name(k, None), NOT_LOGGED.format(table=table)))
            continue
        seen.add(k)
        bad, seq = check(row, facts)
        if bad:
            differs(add, name(k, facts), table, seq, bad)
    for k, facts in expected.items():
        if k not in seen and not may_be_gone(facts):
            seq = _origin_seq(facts)
            add(Disagreement(name(k, facts), NOT_STORED.format(seq=seq, table=table)))
    return count


def _origin_seq(facts: Any) -> int:
    """The creating event of a facts record (an `origin`, or the first of a tuple)."""
    origin = facts[0] if isinstance(facts, tuple) else facts.origin
    return int(origin.seq)


def failing(*checks: tuple[str, bool]) -> list[str]:
    """The names of the checks that failed, in order."""
    return [name for name, ok in checks if not ok]
