"""A number the audit log ever used for a row is never given to another row.

SQLite gives a new row of an `INTEGER PRIMARY KEY` table the highest id + 1 (no AUTOINCREMENT
in these tables). Rows of three such tables can be deleted while their ids stay in the log:
a merge of double records deletes a youth and the representatives that were doubles
(usecases/duplicates.py), an erasure deletes the youth's transition forms (retention.py).
When the deleted row was the newest, the next one got its number: the log then spoke of two
people under one id, and erasing the newcomer (retention selects salts by `data.youth`)
destroyed the history of the other (tests/test_attack_s20_youth_id_reused.py).

So in a vault these tables take their id from here: one above both the table's highest id and
the highest id ever given, kept in `meta` (`highest_id.<table>`) and written in the same
transaction as the row. A vault from before this kept no mark: the first insert derives it
from the log (the events that give those ids, see `_GIVEN`), once; a vault that already gave
a number twice keeps that (`check` names it, replay_registry) but gives fresh ones from then.

A team server needs none of it: PostgreSQL identity columns never give a number twice, and
team_move sets them past the vault's mark (`highest_given`). No migration: `meta` exists.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .db import Database
from .pg_file_tools import NoFileTools

# table → (event kind, key in its data naming the id) of every event that gave or removed one.
_GIVEN: dict[str, tuple[tuple[str, str], ...]] = {
    "youths": (("youth.added", "youth"), ("youth.merged", "merged")),
    "representatives": (("representative.added", "representative"),),
    "transition_forms": (("transition_form.saved", "form"),),
}
TABLES = tuple(_GIVEN)


def _key(table: str) -> str:
    return f"highest_id.{table}"


def insert(db: Database, table: str, columns: Sequence[str], values: Sequence[Any]) -> int:
    """INSERT one row into `table` (one of TABLES) inside the caller's transaction; returns
    its id, which no row of that table ever had before."""
    if table not in _GIVEN:
        raise ValueError(f"no fresh ids kept for {table}")
    cols, marks = ", ".join(columns), ", ".join("?" * len(columns))
    if isinstance(db, NoFileTools):  # a team server: its identity column never repeats
        return db.execute(f"INSERT INTO {table}({cols}) VALUES ({marks})", tuple(values))
    new_id = 1 + max(int(db.scalar(f"SELECT coalesce(max(id), 0) FROM {table}")), _mark(db, table))
    db.execute(f"INSERT INTO {table}(id, {cols}) VALUES (?, {marks})", (new_id, *values))
    db.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_key(table), str(new_id)),
    )
    return new_id


def highest_given(db: Database, table: str) -> int:
    """The highest id `table` ever gave in this vault (0: none), the log included."""
    return max(int(db.scalar(f"SELECT coalesce(max(id), 0) FROM {table}")), _mark(db, table))


def _mark(db: Database, table: str) -> int:
    stored = db.scalar("SELECT value FROM meta WHERE key = ?", (_key(table),))
    if stored is not None:
        return int(stored)
    # No mark yet (a vault from before): the highest id any event gave or removed.
    found = 0
    for kind, field in _GIVEN[table]:
        top = db.scalar(
            "SELECT max(CAST(json_extract(CAST(body AS TEXT), ?) AS INTEGER)) FROM events "
            "WHERE kind = ?",
            (f"$.data.{field}", kind),
        )
        found = max(found, int(top or 0))
    return found


def given_twice(db: Database) -> list[tuple[str, int, int]]:
    """(table, id, seq) for every event that gave an id an earlier event of its table had
    already given: a vault from before this module gave a deleted row's number again. One
    pass over the log (toestemming-cli check names them)."""
    giving = {kinds[0][0]: (table, kinds[0][1]) for table, kinds in _GIVEN.items()}
    marks = ", ".join("?" * len(giving))
    seen: dict[str, set[int]] = {table: set() for table in _GIVEN}
    out: list[tuple[str, int, int]] = []
    for seq, kind, body in db.iterate(
        f"SELECT seq, kind, CAST(body AS TEXT) FROM events WHERE kind IN ({marks}) ORDER BY seq",
        tuple(giving),
        tuples=True,
    ):
        table, field = giving[str(kind)]
        try:
            key = int(json.loads(body)["data"][field])
        except (ValueError, KeyError, TypeError):
            continue  # an unreadable event: the replay names it
        if key in seen[table]:
            out.append((table, key, int(seq)))
        seen[table].add(key)
    return out
