"""The app's SQL is SQLite's; this turns one statement into PostgreSQL's. Pure functions.

What changes (everything else is the same in both):
- placeholders: `?`, `?N` and `:name` become `$N` (psycopg's raw cursor sends them to the
  server as they are, so statements are prepared server-side with real parameters);
- `INSERT OR IGNORE` → `ON CONFLICT DO NOTHING`; `INSERT OR REPLACE` → `ON CONFLICT (key)
  DO UPDATE SET every column` for the tables listed in REPLACE_KEYS;
- `ON CONFLICT (cols)` gets the organisation first (every unique key includes org_id);
- `a IS ?` / `a IS NOT ?` → `IS [NOT] DISTINCT FROM` (SQLite's IS compares any values);
- `CAST(body AS TEXT)` on the events' BLOB → `convert_from(body, 'UTF8')` (SQLite reads the
  bytes as text; PostgreSQL would print them in hex);
- `substr(x, -length(y))` → `right(x, length(y))` (a negative start counts from the end);
- `json_array(` → `json_build_array(`; `PRAGMA table_info(t)` → information_schema;
- `X'hex'` → a bytea literal; `INDEXED BY ix` is dropped (PostgreSQL's planner chooses).
`sqlite_master`, `json_extract`, `json_group_array` and `instr` are SQL objects of the same
name in the PostgreSQL schema (store/pg_schema.py), so callers need no rewrite for them.

Anything else SQLite-only (another PRAGMA, GLOB, an unknown OR REPLACE table) raises
UntranslatableSql: a statement must fail loudly, never silently mean something else.
Translations are cached: the same few hundred strings recur.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


class UntranslatableSql(RuntimeError):
    """A SQLite statement this module cannot express in PostgreSQL (a programming error)."""


# INSERT OR REPLACE: the unique key it replaces on, and every column it then overwrites.
ITEM_STATE_COLUMNS = (
    "item_id",
    "youth_id",
    "recipient_id",
    "purpose_id",
    "position",
    "reference_code",
    "request_id",
    "valid_from",
    "valid_until",
    "created_at",
    "categories",
    "decisions",
    "withdrawals",
    "actions",
)
REPLACE_KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "item_state": (("item_id",), ITEM_STATE_COLUMNS),
}

# The column SQLite's lastrowid names for an INSERT into this table (its INTEGER PRIMARY
# KEY); tables not listed have an `id` identity column; None: a composite key (lastrowid 0).
ROWID_COLUMNS: dict[str, str | None] = {
    "meta": None,
    "events": "seq",
    "event_salts": "seq",
    "checkpoint_timestamps": "checkpoint_id",
    "evidence_links": "evidence_id",
    "disclosure_overrides": "disclosure_id",
    "legal_duties": "purpose_id",
    "item_categories": None,
    "disclosure_categories": None,
    "item_state": None,
    "item_texts": None,
    "event_subjects": None,
    "schema_version": None,
    "members": None,
}


@dataclass(frozen=True)
class Translated:
    sql: str
    # Where each $N's value comes from: an index into positional params or a name.
    sources: tuple[int | str, ...]
    returning: bool  # an INSERT with `RETURNING <rowid column>` appended

    def params(self, given: Sequence[Any] | Mapping[str, Any]) -> list[Any]:
        if isinstance(given, Mapping):
            return [given[s] if isinstance(s, str) else _missing(s) for s in self.sources]
        return [given[s] if isinstance(s, int) else _missing(s) for s in self.sources]


def _missing(source: int | str) -> Any:
    raise UntranslatableSql(f"parameter style mixed: {source!r}")


_NAME_START = re.compile(r"[A-Za-z_]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DIGITS = re.compile(r"[0-9]+")


def _placeholders(sql: str) -> tuple[str, tuple[int | str, ...]]:
    """`?`, `?N`, `:name` → `$N`, skipping string literals, quoted names and comments."""
    out: list[str] = []
    sources: list[int | str] = []
    names: dict[str, int] = {}
    numbered: dict[int, int] = {}
    i, n, largest = 0, len(sql), 0
    while i < n:
        c = sql[i]
        if c in ("'", '"'):
            end = i + 1
            while end < n:
                if sql[end] == c:
                    if end + 1 < n and sql[end + 1] == c:
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1])
            i = end + 1
        elif c == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            end = n if end < 0 else end
            out.append(sql[i:end])
            i = end
        elif c == "?":
            # SQLite numbers a bare ? one past the largest number so far; ?N is N. They are
            # renumbered in order of first use, so a parameter the statement never names is
            # not sent (the server could not tell its type).
            digits = _DIGITS.match(sql, i + 1)
            number = int(digits.group()) if digits else largest + 1
            largest = max(largest, number)
            if number not in numbered:
                sources.append(number - 1)
                numbered[number] = len(sources)
            out.append(f"${numbered[number]}")
            i = digits.end() if digits else i + 1
        elif c == ":" and i + 1 < n and _NAME_START.match(sql, i + 1) and sql[i - 1 : i] != ":":
            name = _NAME.match(sql, i + 1)
            assert name is not None
            key = name.group()
            if key not in names:
                sources.append(key)
                names[key] = len(sources)
            out.append(f"${names[key]}")
            i = name.end()
        elif c == "$":
            raise UntranslatableSql("a literal $ outside a string")
        else:
            out.append(c)
            i += 1
    if names and len(names) != len(sources):
        raise UntranslatableSql("named and positional parameters mixed")
    return "".join(out), tuple(sources)


_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+(IGNORE|REPLACE)\s+)?INTO\s+(\w+)", re.I)
_ON_CONFLICT = re.compile(r"\bON\s+CONFLICT\s*\(([^)]*)\)", re.I)
_IS_PARAM = re.compile(r"\bIS\s+(NOT\s+)?(\$\d+)", re.I)
_CAST_BODY = re.compile(r"\bCAST\(\s*((?:\w+\.)?body)\s+AS\s+TEXT\s*\)", re.I)
_NEG_SUBSTR = re.compile(r"\bsubstr\(\s*([\w.]+)\s*,\s*-length\(\s*([$\w.]+)\s*\)\s*\)", re.I)
_JSON_ARRAY = re.compile(r"\bjson_array\(", re.I)
_TABLE_INFO = re.compile(r"^\s*PRAGMA\s+table_info\(\s*(\w+)\s*\)\s*$", re.I)
_BLOB_LITERAL = re.compile(r"\bX'([0-9A-Fa-f]*)'")
_INDEXED_BY = re.compile(r"\s+(?:INDEXED\s+BY\s+\w+|NOT\s+INDEXED)\b", re.I)
_FORBIDDEN = re.compile(r"\bPRAGMA\b|\bGLOB\b|\bWITHOUT\s+ROWID\b|\bjulianday\(|\bstrftime\(", re.I)


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> Translated:
    info = _TABLE_INFO.match(sql)
    if info:
        return Translated(
            "SELECT ordinal_position - 1 AS cid, column_name AS name FROM "
            "information_schema.columns WHERE table_schema = current_schema() "
            f"AND table_name = '{info.group(1).lower()}' ORDER BY ordinal_position",
            (),
            False,
        )
    text, sources = _placeholders(sql)
    if _FORBIDDEN.search(text):
        raise UntranslatableSql("SQLite-only statement")
    text = _BLOB_LITERAL.sub(lambda m: f"'\\x{m.group(1)}'::bytea", text)
    text = _INDEXED_BY.sub("", text)  # (the planner picks its own index)
    text = _CAST_BODY.sub(r"convert_from(\1, 'UTF8')", text)
    text = _NEG_SUBSTR.sub(r"right(\1, length(\2))", text)
    text = _JSON_ARRAY.sub("json_build_array(", text)
    text = _IS_PARAM.sub(
        lambda m: f"IS {'' if m.group(1) else 'NOT '}DISTINCT FROM {m.group(2)}", text
    )
    text = _ON_CONFLICT.sub(lambda m: f"ON CONFLICT (org_id, {m.group(1).strip()})", text)
    returning = False
    insert = _INSERT.match(text)
    if insert:
        mode, table = (insert.group(1) or "").upper(), insert.group(2).lower()
        text = text[: insert.start()] + f"INSERT INTO {table}" + text[insert.end() :]
        text = text.rstrip().rstrip(";")
        if mode == "IGNORE":
            text += " ON CONFLICT DO NOTHING"
        elif mode == "REPLACE":
            if table not in REPLACE_KEYS:
                raise UntranslatableSql(f"INSERT OR REPLACE into {table}")
            key, columns = REPLACE_KEYS[table]
            sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c not in key)
            text += f" ON CONFLICT (org_id, {', '.join(key)}) DO UPDATE SET {sets}"
        column = ROWID_COLUMNS.get(table, "id")
        if column is not None and not re.search(r"\bRETURNING\b", text, re.I):
            text += f" RETURNING {column}"
            returning = True
    return Translated(text, sources, returning)
