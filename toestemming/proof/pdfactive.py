"""Nothing in bewijs.pdf that a PDF reader would act on: scripts, actions run on opening or on
an event, links and launches, attachments, forms that submit, and encryption (a reader then
shows what the password-holder chose). A proof PDF (reportlab + one pyHanko signature) never
holds any of them, and a package signed with any key reaches this check (pdfscan.py).

Two views, because a byte scan alone can be led astray (session 13): it skipped "stream data"
from any `stream` keyword to the next `endstream`, so a `%stream` comment or a `(stream` string
before the catalog hid its /OpenAction from the scan, while every reader ran it.

- The bytes, read left to right as a PDF lexer does: comments and strings are what they are
  (no keyword inside them counts), and only a `stream` keyword outside them starts data to
  skip. Whatever remains — the dictionaries, names with #xx spelled out — may not name
  anything active.
- The objects, as pyHanko reads them: everything reachable from the trailer (the catalog,
  pages, annotations, the document information), so an object that the cross-reference table
  places inside another stream's data is seen too.

Call after pdfscan bounded the file: the parse then costs what a proof PDF costs."""

from __future__ import annotations

import io
import re
from typing import Any

from . import pdfkeys

# Names of what acts, as keys or values (/S /JavaScript, /Type /EmbeddedFile).
_ACTIVE_NAMES = (
    "JavaScript|JS|OpenAction|AA|Launch|URI|GoToR|GoToE|SubmitForm|ImportData|"
    "EmbeddedFiles?|FileAttachment|RichMedia|XFA|Movie|Sound|Encrypt"
)
_ACTIVE = re.compile(rb"/(?:" + _ACTIVE_NAMES.encode() + rb")(?![A-Za-z0-9#_.-])")
_ACTIVE_NAME = re.compile("/(?:" + _ACTIVE_NAMES + ")")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
# What changes the lexer's state: a comment, a literal string, a hex string (not "<<"), and a
# stream keyword after white space or a dictionary's end (not "endstream").
_TOKEN = re.compile(rb"%|\(|(?<!<)<(?!<)|(?<=[\s>])stream(?:\r\n|\n|\r)")
_EOL = re.compile(rb"[\r\n]")
_PAREN = re.compile(rb"\\.|\(|\)", re.DOTALL)
MAX_OBJECTS = 100_000  # a proof PDF has a few hundred; bounds the walk, not the check
# Comments, strings and streams outside stream data, and the parentheses and escapes inside
# those strings: a proof PDF has some hundreds. Bounds the lexer's Python loops (8 MiB of "()"
# took 5 s; 8 MB of "(", one string nested 8 million deep, still 3 s once only the outer
# tokens were counted).
MAX_TOKENS = 100_000

_SAID = (
    "{name}: het PDF-bestand bevat iets wat een bewijs nooit bevat (een script, een "
    "automatische actie, een koppeling, een bijlage of versleuteling)."
)


def problem(pdf: bytes, name: str) -> str | None:
    """None when neither view finds anything active; else a Dutch sentence naming `name`."""
    outside = _outside(pdf)
    if outside is None:
        return f"{name}: het PDF-bestand bestaat uit onwaarschijnlijk veel losse onderdelen."
    if _ACTIVE.search(_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), outside)):
        return _SAID.format(name=name)
    if pdfkeys.twice(outside):
        return pdfkeys.TWICE.format(name=name)
    contents: list[bytes] = []
    found = _reachable_active(pdf, contents)
    if found is None:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    if found:
        return _SAID.format(name=name)
    for content in contents:
        lexed = _outside(content)
        if lexed is None:
            return f"{name}: het PDF-bestand bestaat uit onwaarschijnlijk veel losse onderdelen."
        if pdfkeys.twice(lexed, content=True):
            return pdfkeys.TWICE.format(name=name)
    return None


def _outside(pdf: bytes) -> bytes | None:
    """The bytes outside comments, strings and stream data (a comment or stream data left
    out as one space, a string as " () ": pdfkeys counts it as a value); None past MAX_TOKENS
    of them."""
    parts: list[bytes] = []
    at = 0
    budget = [MAX_TOKENS]  # shared with _string_end: every token costs one
    while (match := _TOKEN.search(pdf, at)) is not None:
        budget[0] -= 1
        if budget[0] < 0:
            return None
        parts.append(pdf[at : match.start()])
        token = match.group()
        if token == b"%":
            eol = _EOL.search(pdf, match.end())
            at = eol.start() if eol else len(pdf)
        elif token == b"(":
            at = _string_end(pdf, match.end(), budget)
            if at < 0:
                return None
        elif token == b"<":
            end = pdf.find(b">", match.end())
            at = end + 1 if end >= 0 else len(pdf)
        else:
            end = pdf.find(b"endstream", match.end())
            at = end if end >= 0 else len(pdf)
        parts.append(b" () " if token in (b"(", b"<") else b" ")
    parts.append(pdf[at:])
    return b"".join(parts)


def _string_end(pdf: bytes, at: int, budget: list[int]) -> int:
    """Just past the `)` that closes a literal string opened before `at` (they nest); -1 once
    the tokens inside have spent `budget`."""
    depth = 1
    while depth:
        budget[0] -= 1
        if budget[0] < 0:
            return -1
        match = _PAREN.search(pdf, at)
        if match is None:
            return len(pdf)
        token = match.group()
        depth += 1 if token == b"(" else -1 if token == b")" else 0
        at = match.end()
    return at


def _reachable_active(pdf: bytes, contents: list[bytes]) -> bool | None:
    """True when an object reachable from the trailer has an active key or value; None when
    pyHanko cannot read the file (check_pdf then says so too). Appends to `contents` what a
    page or a form draws (inflated: pdfscan bounded it), for pdfkeys."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        stack: list[object] = [reader.trailer_view]
        seen: set[tuple[int, int]] = set()
        while stack:
            obj = stack.pop()
            if isinstance(obj, generic.IndirectObject):
                ref = (obj.idnum, obj.generation)
                if ref in seen:
                    continue
                seen.add(ref)
                if len(seen) > MAX_OBJECTS:
                    return True  # no proof PDF comes near: refused like an active one
                obj = obj.get_object()  # type: ignore[no-untyped-call]
            if isinstance(obj, dict):  # dictionaries and streams' dictionaries
                if isinstance(obj, generic.StreamObject) and _drawn(obj):
                    contents.append(obj.data)
                elif str(obj.get("/Type")) == "/Page":
                    drawn = obj.get("/Contents")
                    for part in drawn if isinstance(drawn, list) else [drawn]:
                        if isinstance(part, generic.IndirectObject):
                            part = part.get_object()  # type: ignore[no-untyped-call]
                        if isinstance(part, generic.StreamObject):
                            contents.append(part.data)
                for key, value in obj.items():
                    if _ACTIVE_NAME.fullmatch(str(key)):
                        return True
                    stack.append(value)
            elif isinstance(obj, list):
                stack.extend(obj)
            elif isinstance(obj, generic.NameObject) and _ACTIVE_NAME.fullmatch(str(obj)):
                return True
    except Exception:  # pyHanko raises many types for broken PDFs; all mean the same here
        return None
    return False


def _drawn(stream: Any) -> bool:
    """A form: content drawn like a page's (the signature's appearance is one)."""
    return str(stream.get("/Subtype")) == "/Form"
