"""Bound what reading bewijs.pdf may cost, before pyHanko or pdfium parse it.

A package signed with any key reaches the PDF checks, and a PDF is mostly compressed streams:
1 MB of Flate inflates to 1 GiB, and pdfium's text extraction (binding.py reads the printed
fingerprint) spends about 250 bytes per character shown — measured: a 12 kB PDF whose page
shows 8 MiB of "(x) Tj" cost 800 MB, a 1 GiB page of spaces 2.1 GB and 32 s.

So every stream in the file is inflated here first, in chunks and only counted, against what a
proof PDF (reportlab + one pyHanko signature) ever holds: page content, fonts, the signature
picture. The kinds are told apart by their own dictionaries, and what pdfium would read as
page text (everything but pictures and embedded fonts) is bounded as a whole. A page whose
/Contents points at a stream labelled as a picture or font (to get the larger allowance) and
object streams (which would hide the page dictionaries from this scan) are refused: the
program never writes them. Filters other than ASCII85/ASCIIHex/Flate (and DCT for pictures)
are refused too: LZW and RunLength have no place in a proof PDF.

The scan is a plain byte scan, not a PDF parser: it over-counts (anything that looks like a
stream counts) rather than under-counts. Genuine proof PDFs use a small fraction of each
limit (a page ~7 kB, a font subset ~35 kB, a signature picture ~190 kB)."""

from __future__ import annotations

import base64
import binascii
import re
import zlib

from ..safezip import MIB

TEXT_LIMIT = 512 * 1024  # all page content, forms, maps together, inflated
FONT_LIMIT = 4 * MIB  # one embedded font, inflated
IMAGE_LIMIT = 32 * MIB  # one picture, inflated (a 3.7-megapixel RGB signature is plenty)
TOTAL_LIMIT = 96 * MIB  # everything inflated: bounds the time the scan takes
PAGE_LIMIT = 2000  # pdfium opens every page; a proof of a long history has a few dozen
_STEP = 1 << 16

_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+|\d+\s+\d+\s+R)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_CONTENTS = re.compile(rb"/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)")
_REF = re.compile(rb"(\d+)\s+(\d+)\s+R")
_OBJ_NUMBER = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")


def _escaped(word: bytes) -> bytes:
    """A regex for `word` as a PDF name may spell it: any letter also as #xx."""
    return b"".join(b"(?:%s|#%02X|#%02x)" % (re.escape(bytes([c])), c, c) for c in word)


# "/Type /Page" (not "/Pages"), however its letters are written.
_PAGE = re.compile(b"/" + _escaped(b"Type") + rb"\s*/" + _escaped(b"Page") + rb"(?![A-Za-z0-9#])")
_ASCII = {b"ASCII85Decode", b"A85", b"ASCIIHexDecode", b"AHx"}
_FONT_KEYS = (b"/Length1", b"/Length2", b"/Length3", b"/FontFile")
_FONT_SUBTYPES = (b"/Type1C", b"/CIDFontType0C", b"/OpenType")


class PdfTooCostly(ValueError):
    """The Dutch reason is in args[0]."""


def check(pdf: bytes, name: str) -> str | None:
    """None when `pdf` stays within the limits above and holds nothing active (pdfactive.py);
    else a Dutch sentence naming `name`."""
    try:
        _scan(pdf, name)
    except PdfTooCostly as exc:
        return str(exc.args[0])
    from .pdfactive import problem  # parses the file: only once it is known to be bounded

    return problem(pdf, name)


def _scan(pdf: bytes, name: str) -> None:
    if sum(1 for _ in _PAGE.finditer(pdf)) > PAGE_LIMIT:
        raise PdfTooCostly(f"{name}: het PDF-bestand heeft onwaarschijnlijk veel pagina's.")
    text = total = 0
    labelled: set[tuple[int, int]] = set()  # pictures and fonts: never page content
    for match in _STREAM.finditer(pdf):
        if pdf[max(match.start() - 3, 0) : match.start()] == b"end":
            continue
        head = pdf[max(match.start() - 65536, 0) : match.start()]
        objs = list(_OBJ_NUMBER.finditer(head))
        if not objs:
            raise PdfTooCostly(f"{name}: het PDF-bestand is onleesbaar (een los datablok).")
        number = (int(objs[-1].group(1)), int(objs[-1].group(2)))
        dictionary = _ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), head[objs[-1].end() :])
        if b"/ObjStm" in dictionary:
            raise PdfTooCostly(f"{name}: het PDF-bestand verbergt objecten in een objectstroom.")
        end = pdf.find(b"endstream", match.end())
        data = memoryview(pdf)[match.end() : end if end >= 0 else len(pdf)]  # no copy
        kind = _kind(dictionary)
        if kind != "text":
            labelled.add(number)
        limit = {"text": TEXT_LIMIT, "font": FONT_LIMIT, "image": IMAGE_LIMIT}[kind]
        size = _inflated_size(data, _filters(dictionary, name, kind), name, limit)
        total += size
        if kind == "text":
            text += size
        if size > limit or text > TEXT_LIMIT or total > TOTAL_LIMIT:
            raise PdfTooCostly(
                f"{name}: het PDF-bestand pakt uit tot veel meer dan een bewijs ooit bevat "
                "(een zogeheten PDF-bom)."
            )
    for contents in _CONTENTS.finditer(pdf):
        for ref in _REF.finditer(contents.group(1)):
            if (int(ref.group(1)), int(ref.group(2))) in labelled:
                raise PdfTooCostly(
                    f"{name}: een pagina van het PDF-bestand gebruikt een afbeelding of "
                    "lettertype als tekst."
                )


def _kind(dictionary: bytes) -> str:
    if re.search(rb"/Subtype\s*/Image\b", dictionary):
        return "image"
    if any(k in dictionary for k in _FONT_KEYS) or any(
        re.search(rb"/Subtype\s*" + re.escape(s) + rb"\b", dictionary) for s in _FONT_SUBTYPES
    ):
        return "font"
    return "text"


def _filters(dictionary: bytes, name: str, kind: str) -> list[bytes]:
    found = _FILTER.search(dictionary)
    if found is None:
        return []
    value = found.group(1)
    if _REF.fullmatch(value.strip()):
        raise PdfTooCostly(f"{name}: het PDF-bestand gebruikt een onbekende compressie.")
    names = [m.group(1) for m in _NAME.finditer(value)]
    # What reportlab and pyHanko write: optionally an ASCII layer, then Flate (pictures: DCT).
    rest = names[1:] if names and names[0] in _ASCII else names
    allowed: tuple[list[bytes], ...] = ([b"FlateDecode"], [b"Fl"], [])
    if rest in allowed or (kind == "image" and rest in ([b"DCTDecode"], [b"DCT"])):
        return names
    raise PdfTooCostly(f"{name}: het PDF-bestand gebruikt een onbekende compressie.")


def _inflated_size(data: memoryview, filters: list[bytes], name: str, limit: int) -> int:
    broken = PdfTooCostly(f"{name}: het PDF-bestand is beschadigd (een datablok is onleesbaar).")
    try:
        for f in filters:
            if f in (b"ASCII85Decode", b"A85"):
                body = bytes(data).strip()
                body = body[2:] if body.startswith(b"<~") else body
                body = body.split(b"~>", 1)[0]
                # 'z' stands for four zero bytes: bound the output before decoding.
                if (len(body) + 4 * body.count(b"z")) > IMAGE_LIMIT:
                    raise PdfTooCostly(
                        f"{name}: het PDF-bestand pakt uit tot veel meer dan een bewijs ooit "
                        "bevat (een zogeheten PDF-bom)."
                    )
                data = memoryview(base64.a85decode(body, ignorechars=b" \t\n\r\f\v"))
            elif f in (b"ASCIIHexDecode", b"AHx"):
                body = re.sub(rb"\s", b"", bytes(data).split(b">", 1)[0])
                data = memoryview(binascii.unhexlify(body + b"0" * (len(body) % 2)))
            elif f in (b"FlateDecode", b"Fl"):
                return _flate_size(data, limit)
    except (ValueError, binascii.Error, zlib.error):
        raise broken from None
    return len(data)


def _flate_size(data: memoryview, limit: int) -> int:
    """Inflated size, counted in steps and never held; stops just past every limit. Fed in
    slices, so no step copies the rest of the input (unconsumed_tail) again."""
    d = zlib.decompressobj(zlib.MAX_WBITS | 32)  # zlib or gzip header, as readers accept
    size = 0
    for start in range(0, len(data), _STEP):
        pending: bytes | memoryview = data[start : start + _STEP]
        while not d.eof:
            # max_length: one step never produces more than _STEP, whatever the ratio; an
            # empty step with output last time drains what inflate still holds.
            out = d.decompress(pending, _STEP)
            size += len(out)
            if size > limit:
                return size
            pending = d.unconsumed_tail
            if not out and not pending:
                break
        if d.eof:
            break
    return size
