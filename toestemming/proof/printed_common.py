"""What printed_items.py and printed_history.py share: a logged moment as bewijs.pdf prints it,
and how a printed value, name or gezag is compared (readback.py: as the writer drew it)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from ..clock import LOCAL_TZ, from_iso
from . import gezag, readback

_MOMENT = r"[0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}"


def _collapsed(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).split())


def _right_to_left(value: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in value)


def _same(printed: str | None, expected: Any, label: str | None = None, prefix: str = "") -> bool:
    """`printed` (wrapped over lines) says `expected`: word for word, or — for text with
    right-to-left characters, which pdfium hands back in display order — the same
    characters."""
    if printed is None or not isinstance(expected, str):
        return False
    return readback.same(printed, expected, label, prefix)


def moment_shown(value: Any) -> str:
    """A logged moment as the PDF prints it (formulieren.layout.moment)."""
    return str(from_iso(str(value)).astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M"))


def _name_key(value: str, drawn: bool = False) -> str:
    """A name as compared, as the writer drew it (readback.py): its characters in order
    without spaces — a name longer than its cell breaks inside a word, and where the spaces
    fall names no other person — or, with right-to-left letters, which pdfium hands back in
    its own order, in the order drawn (`drawn`: `value` is already, readback.as_drawn)."""
    flat = _collapsed(readback.drawn(value))
    if _right_to_left(flat):
        return readback.name_key(value, drawn=drawn)
    return "".join(flat.split())


def _gezag_shown(entry: Mapping[str, Any]) -> str | None:
    value = entry.get("gezag_then")
    return gezag.printed(value) if isinstance(value, Mapping) else None
