"""Which drawing of a wrapped right-to-left line a package's bewijs.pdf carries (lang24).

Until lang24 the writer (formulieren/text.py `wrap_rtl`) drew each line of a wrapped
right-to-left paragraph in the line's own direction: a line opened by a Latin code, e-mail
address or name was drawn left to right, the code at the left end and the Arabic sentence's
full stop at the right — read right to left, the line began with its full stop. Since then each
line is drawn in its paragraph's direction.

Genuine packages of earlier releases still carry the old drawing and must keep verifying;
a package of this release must carry the new one (else a re-rendered PDF could put a code back
where a reader reads it last). So the export's logged event says which (EXPORT_FIELD, as
moments_marked.py), and verify reads the package's printed lines with that drawing only
(`reading`, around the PDF checks of verify_request.py): rtl_lines asks `per_line_direction`.
Outside a package's check (a test, a reader of one value) today's drawing is the rule."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Mapping
from typing import Any

EXPORT_FIELD = "rtl_lines_in_paragraph_direction"  # in proof.exported: its PDF draws so

# True while a package of an earlier release is read: lines in their own direction.
_EARLIER: contextvars.ContextVar[bool] = contextvars.ContextVar("rtl_earlier", default=False)


def exported() -> dict[str, Any]:
    """What the export's logged event says of its PDF's wrapped right-to-left lines."""
    return {EXPORT_FIELD: True}


def promised(verified: Mapping[int, Mapping[str, Any]]) -> bool:
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    return len(exports) == 1 and exports[0].get(EXPORT_FIELD) is True


@contextlib.contextmanager
def reading(verified: Mapping[int, Mapping[str, Any]]) -> Iterator[None]:
    """Read the PDF of the package whose audited events are `verified` with its release's
    drawing; the previous one back afterwards (a youth package reads its inner ones)."""
    token = _EARLIER.set(not promised(verified))
    try:
        yield
    finally:
        _EARLIER.reset(token)


def per_line_direction() -> bool:
    """Whether the package being read draws each wrapped line in its own direction."""
    return _EARLIER.get()
