"""JSON for the replay's hot loops: orjson (C; about five times faster than the standard
library on audit bodies), or the standard library where orjson is not installed. Both read
canonical bodies identically; `dumps` writes compact JSON like SQLite's json_array."""

from __future__ import annotations

import json
from typing import Any

try:
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; this keeps a bare install working
    orjson = None  # type: ignore[assignment]


def loads(data: bytes) -> Any:
    if orjson is not None:
        return orjson.loads(data)
    return json.loads(data)


def dumps(value: Any) -> bytes:
    if orjson is not None:
        return orjson.dumps(value)
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
