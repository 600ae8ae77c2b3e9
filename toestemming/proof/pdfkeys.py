"""No key twice in any dictionary of bewijs.pdf, read from the bytes (proof29).

A dictionary that names a key twice (`/Length 10 /Length 900`, `/Font` twice, `/Contents`
twice) is read differently by different readers: pyHanko took the first, pdfium and most
viewers the last. pdfextras (proof28) refuses that in what pyHanko's strict reading reaches
from the trailer — but not in an object nothing points at (a reader that rebuilds a damaged
cross-reference table finds it), not when the strict reading fails for another reason first
(it then says nothing), and not in the dictionaries inside a page's content (the properties of
marked content, an inline picture's `BI … ID`). The writer (reportlab + pyHanko) never names
a key twice, so here every dictionary is read as a lexer reads it, wherever it stands:

- the file's bytes outside comments, strings and stream data (pdfactive._outside);
- each page's content and each form's, inflated (pdfactive hands them over).

A key spelled with #xx escapes (`/F#6Fnt`) is the same key: names are compared decoded."""

from __future__ import annotations

import re

# A lexer's tokens in bytes where strings are "()" and comments and stream data are gone:
# dictionary and array brackets, names, and every other run of regular characters.
_TOKEN = re.compile(rb"<<|>>|\[|\]|\(\)|/[^\s/\[\]<>(){}%]*|[^\s/\[\]<>(){}%]+")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_INLINE_DATA_END = re.compile(rb"\sEI(?=[\s]|$)")

TWICE = (
    "{name}: in het PDF-bestand staat in een woordenboek dezelfde sleutel twee keer (zoals "
    "twee keer /Length of /Font), zodat PDF-lezers er iets anders in lezen; dit programma "
    "schrijft dat nooit: het document is na het opmaken gewijzigd."
)


def _key(name: bytes) -> bytes:
    return _ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)


def twice(lexed: bytes, content: bool = False) -> bool:
    """Whether a dictionary in `lexed` names a key twice. `lexed`: bytes where every string is
    "()" and comments and stream data are left out (pdfactive._outside). `content`: a page's
    content, where `BI … ID` is a dictionary too and the picture's bytes after `ID` (up to
    `EI`) are skipped."""
    # One frame per open dictionary or array: (keys seen, expecting a key) or None (array).
    frames: list[tuple[set[bytes], list[bool]] | None] = []
    at = 0
    while (match := _TOKEN.search(lexed, at)) is not None:
        token = match.group()
        at = match.end()
        frame = frames[-1] if frames else None
        if token in (b"<<", b"[") or (content and token == b"BI"):
            if frame is not None and not frame[1][0]:
                frame[1][0] = True  # the nested value completes the pair
            frames.append((set(), [True]) if token != b"[" else None)
        elif token in (b">>", b"]") or (content and token == b"ID"):
            if frames:
                frames.pop()
            if token == b"ID":
                end = _INLINE_DATA_END.search(lexed, at)
                at = end.end() if end else len(lexed)
        elif frame is not None:
            keys, expecting_key = frame
            if expecting_key[0]:
                if token.startswith(b"/"):  # else: the "0 R" of a reference value
                    key = _key(token)
                    if key in keys:
                        return True
                    keys.add(key)
                    expecting_key[0] = False
            else:
                expecting_key[0] = True
    return False
