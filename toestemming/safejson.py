"""Parse JSON that came from outside (a proof package, a trust file, a backup's manifest)
without letting its shape cost what its size does not show.

`json.loads` turns 2 bytes of `{}` into a 64-byte dict, so 10 MB of `[{},{},…]` costs over
800 MB before anything can look at it, and 100 kB of `[[[[…` raises RecursionError (not a
ValueError, so it escaped every `except ValueError` as a traceback). Here the text is bounded
in bytes and in containers (every `{` and `[`, also inside strings: an over-count, never an
under-count) before it is parsed, and too deep nesting is a ValueError like any other bad
JSON. Only strict JSON is accepted (RFC 8259 §4: names SHOULD be unique): a repeated name, NaN,
Infinity, a number too large for a float, an integer past 2^53 (I-JSON) or a NUL in a
string is a ValueError, because another reader of the same
signed bytes (a validator taking the first of two names, or refusing NaN) would see another
document than this program does. The limits are far above what this program writes (a request's audit file with a
thousand events is ~2.5 MB with ~4000 containers), far below what hurts: a proof package's
files (at most 96 MiB) plus its largest JSON parsed stay under 200 MB."""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_BYTES = 4 << 20  # the largest JSON file the program reads from outside
MAX_CONTAINERS = 100_000  # objects + arrays: ~20 MB parsed at most
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_NUL_ESCAPE = re.compile(r"\\u0000")
# RFC 7493 (I-JSON) §2.2: integers beyond ±(2^53 - 1) are read exactly here and rounded by
# JavaScript (and every reader that parses numbers as doubles): two readers, two values.
MAX_EXACT_INT = 2**53 - 1


class JsonTooLarge(ValueError):
    """Bigger or more deeply structured than any file this program writes."""


def loads(
    data: bytes | str, *, max_bytes: int = MAX_BYTES, max_containers: int = MAX_CONTAINERS
) -> Any:
    """`json.loads` for untrusted input; every failure is a ValueError."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > max_bytes or raw.count(b"{") + raw.count(b"[") > max_containers:
        raise JsonTooLarge("json too large")
    # UTF-8 only, without a byte order mark (RFC 8259 §8.1): json.loads would also take
    # UTF-16/32 and skip a BOM, which other readers refuse.
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        raise ValueError("json with a byte order mark")
    try:
        value = json.loads(
            text,
            object_pairs_hook=_unique_names,
            parse_constant=_no_constant,
            parse_float=_finite_float,
            parse_int=_exact_int,
        )
    except RecursionError:
        raise JsonTooLarge("json nested too deeply") from None
    if _NUL_ESCAPE.search(text) is not None and _holds_nul(value):
        # A NUL inside a string ends it for a reader in C ("nee\u0000 … ja"): another text.
        # (The six characters alone prove nothing: a typed backslash is written "\\", so
        # "\\fs01\u0000" in a genuine purpose text holds them too; the parsed strings decide.)
        raise ValueError("json string with a NUL character")
    if _SURROGATE_ESCAPE.search(text) is not None:
        # A lone surrogate ("\\ud800") parses, but is no character: it cannot be written out
        # as UTF-8 again (printing it was a traceback). Pairs are fine; the rare escape is
        # checked by writing the value back.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    return value


def _holds_nul(value: Any) -> bool:
    """Whether a string anywhere in `value` (a name or a value) holds a NUL character."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _unique_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("json object with a repeated name")
    return out


def _no_constant(name: str) -> Any:
    raise ValueError("json constant NaN or Infinity")


def _exact_int(text: str) -> int:
    value = int(text)
    if abs(value) > MAX_EXACT_INT:
        raise ValueError("json integer beyond 2^53")
    return value


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):  # "1e999": not NaN/Infinity in the text, but inf once parsed
        raise ValueError("json number out of range")
    return value
