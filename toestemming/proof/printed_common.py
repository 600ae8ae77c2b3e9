"""What printed_items.py and printed_history.py share: a logged moment as bewijs.pdf prints it,
and how a printed value, name or gezag is compared (readback.py: as the writer drew it)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..clock import LOCAL_TZ, doubled_hour_mark, from_iso
from . import gezag, readback

# A printed moment: local dd-mm-jjjj uu:mm, inside the doubled hour at the end of summer time
# marked with its offset (" (UTC+2)" / " (UTC+1)", proof26; clock.doubled_hour_mark).
# A narrow column (the history's, the table's "Moment") wraps the mark onto the next line.
MARK = r"[ \n]\(UTC[+-][0-9]{1,2}(?::[0-9]{2})?\)"
_MOMENT = r"[0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}(?:" + MARK + ")?"


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
    """A logged moment as the PDF prints it (formulieren.layout.moment): local time, and
    inside the doubled hour its offset (from proof26 on)."""
    local = from_iso(str(value)).astimezone(LOCAL_TZ)
    return str(local.strftime("%d-%m-%Y %H:%M")) + doubled_hour_mark(local)


def moment_forms(value: Any) -> tuple[str, ...]:
    """Every way a release printed the logged moment: today's first, then — inside the
    doubled hour — the unmarked local time of the releases before proof26 (which named
    either of that hour's two moments). A mark that contradicts the logged moment ("02:30
    (UTC+1)" for 00:30 UTC, which was 02:30 (UTC+2)) is none of them."""
    today = moment_shown(value)
    earlier = today.partition(" (UTC")[0]
    return (today,) if earlier == today else (today, earlier)


def moment_agrees(printed: str, value: Any) -> bool:
    """The printed moment is one a release printed for the logged `value`."""
    return " ".join(printed.split()) in moment_forms(value)


def as_today_each(printed: Sequence[str | None], values: Sequence[Any]) -> list[str | None]:
    """`as_today` for the moments of one table, each printed moment taking a logged moment of
    its own (None stays None): an earlier release printed 02:40 (UTC+2) and 02:40 (UTC+1)
    alike, and mapped one by one both became the first — a genuine table of two read as
    one moment twice (review30). Today's marked forms take theirs first; each unmarked one
    then the first agreeing moment left (rows are in the log's order); one with none left
    maps as `as_today` does, so a moment printed twice still counts twice."""
    left = [moment_forms(v) for v in values]  # each: today's form first, then earlier ones
    out: list[str | None] = [None] * len(printed)
    for marked_pass in (True, False):
        for n, p in enumerate(printed):
            if p is None or out[n] is not None:
                continue
            flat = " ".join(p.split())
            for k, forms in enumerate(left):
                if flat == forms[0] or (not marked_pass and flat in forms):
                    out[n] = left.pop(k)[0]
                    break
    return [
        (as_today(p, values) if o is None else o) if p is not None else None
        for p, o in zip(printed, out, strict=True)
    ]


def as_today(printed: str, values: Iterable[Any]) -> str:
    """`printed` as today's release prints the logged moment (one of `values`) it is a
    printing of; itself when it is none (it then matches no logged moment). For comparing
    printed moments as a whole (counts, rows) with the log's."""
    for value in values:
        if moment_agrees(printed, value):
            return moment_shown(value)
    return " ".join(printed.split())


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
