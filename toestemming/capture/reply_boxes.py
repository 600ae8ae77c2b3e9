"""Our options as checkboxes, ticked by hand in a reply: "1 [x] ja [ ] nee", "Onderdeel 2:
[ ] ja [X] nee". What is left of such a line for the reader is the ticked word only — the
empty boxes' words and the ticks become spaces (the text keeps its length: the spans the
worker sees stay right).
"""

from __future__ import annotations

import re

# A box stands before its word; a line that ends in a box ("1 ja [x] nee [ ]") has its boxes
# after the words — which word a box is for is not known there, and it is left as written.
_BOX = r"\[\s?[xXvV\u2713\u2714\u2715\u2716\u2717\u2718*]?\s?\]"
_BOX_LINE = re.compile(
    rf"^(?=[^\n]*{_BOX}[ \t]*(?:ja|nee|yes|no)\b)(?![^\n]*{_BOX}[ \t]*$)[^\n]*$",
    re.MULTILINE | re.IGNORECASE,
)
_BOX_OPTION = re.compile(rf"({_BOX})([ \t]*)(ja|nee|yes|no)\b", re.IGNORECASE)


def _boxes_read(line: re.Match[str]) -> str:
    """The line with every empty box and its word blanked, and the tick itself blanked: what
    is left is the ticked word, or none ("[ ] ja voor alles" ticks nothing). Two ticked
    words: the line is left as it was (both stand, unclear)."""
    options = list(_BOX_OPTION.finditer(line.group()))
    ticked = [m for m in options if m.group(1).strip("[] ")]
    if len(ticked) > 1:
        return line.group()
    text = line.group()
    for m in options:
        end = m.end(1) if m in ticked else m.end()
        text = text[: m.start()] + " " * (end - m.start()) + text[end:]
    return text


def ticked_only(text: str) -> str:
    """`text` with every line of ticked options read (see the module)."""
    return _BOX_LINE.sub(_boxes_read, text)


__all__ = ["ticked_only"]
