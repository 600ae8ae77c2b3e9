"""Rows of the team server as the use cases read a vault's (sqlite3.Row): by index and by
column name; and what an aggregate over no rows answers. Kept apart from pg.py (no psycopg)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["TeamRow", "row_factory", "says_nothing"]


def says_nothing(row: tuple[Any, ...]) -> bool:
    """An aggregate's answer over no rows: count 0, max/sum NULL (pg.PgDatabase._still_member)."""
    return all(value is None or value == 0 for value in row)


class TeamRow(tuple[Any, ...]):
    """Addressable by index and by column name, like sqlite3.Row."""

    _names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def row_factory(cursor: Any) -> Callable[[Sequence[Any]], TeamRow]:
    names = {c.name: i for i, c in enumerate(cursor.description or ())}

    def make(values: Sequence[Any]) -> TeamRow:
        row = TeamRow(values)
        row._names = names
        return row

    return make
