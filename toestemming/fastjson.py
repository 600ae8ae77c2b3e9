"""JSON for the replay's hot loops: orjson (C; about five times faster than the standard
library on audit bodies) or, where it is not installed, the standard library. Both read
canonical bodies identically; `dumps` writes compact JSON like SQLite's json_array."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def _std_dumps(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


loads: Callable[[bytes | str], Any]
dumps: Callable[[Any], bytes]
try:
    import orjson

    loads, dumps = orjson.loads, orjson.dumps
except ImportError:  # pragma: no cover - orjson is a dependency; a bare install still works
    loads, dumps = json.loads, _std_dumps
