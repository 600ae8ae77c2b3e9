"""Parse JSON that came from outside (a proof package, a trust file, a backup's manifest)
without letting its shape cost what its size does not show.

`json.loads` turns 2 bytes of `{}` into a 64-byte dict, so 10 MB of `[{},{},…]` costs over
800 MB before anything can look at it, and 100 kB of `[[[[…` raises RecursionError (not a
ValueError, so it escaped every `except ValueError` as a traceback). Here the text is bounded
in bytes and in containers (every `{` and `[`, also inside strings: an over-count, never an
under-count) before it is parsed, and too deep nesting is a ValueError like any other bad
JSON. The limits are far above what this program writes (a request's audit file with a
thousand events is ~2.5 MB with ~4000 containers), far below what hurts: a proof package's
files (at most 96 MiB) plus its largest JSON parsed stay under 200 MB."""

from __future__ import annotations

import json
from typing import Any

MAX_BYTES = 4 << 20  # the largest JSON file the program reads from outside
MAX_CONTAINERS = 100_000  # objects + arrays: ~20 MB parsed at most


class JsonTooLarge(ValueError):
    """Bigger or more deeply structured than any file this program writes."""


def loads(
    data: bytes | str, *, max_bytes: int = MAX_BYTES, max_containers: int = MAX_CONTAINERS
) -> Any:
    """`json.loads` for untrusted input; every failure is a ValueError."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > max_bytes or raw.count(b"{") + raw.count(b"[") > max_containers:
        raise JsonTooLarge("json too large")
    try:
        return json.loads(raw)
    except RecursionError:
        raise JsonTooLarge("json nested too deeply") from None
