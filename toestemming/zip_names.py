"""How a zip's own words about a member are read: its name (one name for every reader, one
file on every disk, never outside the folder) and its extra fields. safezip.py raises; this
module only says what is wrong, as a catalog phrase id (worker catalog, zip-why-*)."""

from __future__ import annotations

import re
import struct
import unicodedata

from .errors import Param, Phrase

UTF8 = 0x800  # general purpose flag: the name is UTF-8 (else cp437, by the standard)
_UNICODE_PATH = 0x7075  # Info-ZIP extra field: the name again, in UTF-8 (APPNOTE 4.6.9)
_UNICODE_COMMENT = 0x6375  # Info-ZIP extra field: a member comment, in UTF-8
_DRIVE = re.compile(r"[A-Za-z]:")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9._/ -]{1,80}")


def shown(name: str) -> Param:
    """A member name for a message: only plain ASCII path characters are shown, so a hostile
    name cannot put control codes on a terminal."""
    return f"'{name}'" if _PLAIN_NAME.fullmatch(name) else Phrase("zip-odd-name")


def second_name(name: str, flags: int, extra: bytes) -> str | None:
    """Why another zip reader would show this member under another name than `name` (or
    unpack it beside a comment), as a phrase id; None when every reader reads `name`.
    Unzip, 7-Zip and libarchive unpack a member under its Unicode Path field when it has one
    (`zipfile` 3.11 ignores it): with it, a genuine package's members could be swapped for
    everyone but `verify`. A name beyond ASCII without the UTF-8 flag is read as cp437 here,
    as UTF-8 by unzip on Linux, as cp850 by Dutch Windows."""
    fields = _extra_fields(extra)
    if fields is None:
        return "zip-why-header-differs"
    if not flags & UTF8 and not name.isascii():
        return "zip-why-two-names"
    for tag, body in fields:
        if tag == _UNICODE_COMMENT:
            return "zip-why-comment"
        if tag == _UNICODE_PATH and body[5:] != name.encode("utf-8"):
            return "zip-why-two-names"
    return None


def zip64_sizes(extra: bytes, usize: int, csize: int) -> tuple[int | None, int | None]:
    """The (uncompressed, compressed) sizes a local header's zip64 extra field gives for the
    fields that say 0xFFFFFFFF (APPNOTE 4.5.3: in that order, only those); None where absent."""
    at = 0
    while at + 4 <= len(extra):
        tag, length = struct.unpack_from("<2H", extra, at)
        if tag == 1:
            body = extra[at + 4 : at + 4 + length]
            values = [v for (v,) in struct.iter_unpack("<Q", body[: len(body) // 8 * 8])]
            wanted = [usize == 0xFFFFFFFF, csize == 0xFFFFFFFF]
            found: list[int | None] = []
            for needed in wanted:
                found.append(values.pop(0) if needed and values else None)
            return found[0], found[1]
        at += 4 + length
    return None, None


def _extra_fields(extra: bytes) -> list[tuple[int, bytes]] | None:
    """An extra field's (tag, body) records; None when one runs past the end."""
    fields, at = [], 0
    while at < len(extra):
        if at + 4 > len(extra):
            return None
        tag, length = struct.unpack_from("<2H", extra, at)
        if at + 4 + length > len(extra):
            return None
        fields.append((tag, extra[at + 4 : at + 4 + length]))
        at += 4 + length
    return fields


def unsafe(name: str) -> bool:
    """Empty, control characters, absolute, a drive letter, or a `..` component (also when
    written with backslashes or look-alike characters that NFKC folds to dots)."""
    if not name or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return True
    folded = unicodedata.normalize("NFKC", name).replace("\\", "/")
    if folded.startswith("/") or _DRIVE.match(folded):
        return True
    parts = folded.split("/")
    return any(p.strip() == ".." for p in parts) or not name_key(name)


def name_key(name: str) -> str:
    """The name as a file system might see it: Unicode-folded, case-folded, `\\` as `/`, no
    `.` or empty components, no trailing dots or spaces (Windows drops them)."""
    folded = unicodedata.normalize("NFKC", name).replace("\\", "/")
    parts = [p.rstrip(". ") for p in folded.split("/")]
    return "/".join(p for p in parts if p).casefold()
