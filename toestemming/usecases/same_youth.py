"""Who in the vault is certainly this youth: the rule behind "already there" (duplicates.py
finds and explains; people.add_youth asks it again in its write turn, turns22).

The same Leerlingnummer is the same youth; otherwise the normalised name with the birth date
(case, accents, spaces and the tussenvoegsel's place do not matter), unless both records have
a Leerlingnummer and they differ (twins share name and date). Erased youths are nobody.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .. import validation as v


def given_key(given_name: str) -> str:
    """ "Lieke-Anne " and "lieke anne" are one given name."""
    return " ".join(v.fold(given_name).replace("-", " ").split())


def person_key(given_name: str, family_name: str) -> tuple[str, str]:
    """The normalised name used to recognise a person (see the module text)."""
    return given_key(given_name), v.family_key(family_name)


def numbered_apart(ref: str, other_ref: str | None) -> bool:
    """Both have a Leerlingnummer and they differ: two youths (twins share name and date)."""
    return bool(ref and other_ref and ref != other_ref)


def certainly_there(
    db: Any, given_name: str, family_name: str, birth_date: date, external_ref: str | None
) -> list[int]:
    """The ids of the youths (not erased) that are certainly this person; oldest first."""
    ref = (external_ref or "").strip()
    found: list[int] = []
    if ref:
        row = db.query_one(
            "SELECT id FROM youths WHERE erased_at IS NULL AND external_ref = ?", (ref,)
        )
        if row is not None:
            found.append(int(row[0]))
    key = person_key(given_name, family_name)
    for row in db.query(
        "SELECT id, given_name, family_name, external_ref FROM youths "
        "WHERE erased_at IS NULL AND birth_date = ? ORDER BY id LIMIT 2000",
        (birth_date.isoformat(),),
    ):
        if int(row[0]) in found or numbered_apart(ref, row[3]):
            continue
        if person_key(row[1], row[2]) == key:
            found.append(int(row[0]))
    return sorted(found)
