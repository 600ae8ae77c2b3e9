"""How a tablet signature was made, said as what it is (proof25).

Since ui23 a signer who cannot draw types their own name and ticks that it counts as their
signature: the tablet keeps a picture of the typed name and a strokes record saying
`"method": "typed-name"` with the name and no strokes (usecases/signature.py). The proof
printed that picture as "Handtekening" and listed the record as "handtekening-lijnen", so a
privacy officer read a typed name as a drawing, and an insider could re-render the PDF either
way: nothing held the PDF to what the record says.

Now bewijs.pdf says per tablet decision how it was signed (row `ROW`): drawn by hand, or a
typed name (the name, the tick, and "geen tekening"), and a typed name is never printed under
"Handtekening". The strokes record is evidence whose SHA-256 the log holds (evidence.added)
and the `signing.completed` event pairs it with its picture, so `verify` knows for each
decision's picture how it was made and holds the PDF to it (`check`): a typed name printed as
a drawing, a drawing printed as a typed name, another name, a row left out or put in, or a
picture on the page where only typed names were signed — each refused. Packages whose logged
export does not say `EXPORT_FIELD` were made before this and print no such row."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from formulieren.proof_pdf import HEARD_HEADING

from .. import safejson
from . import readback

EXPORT_FIELD = "signature_methods"  # in proof.exported: its PDF says how each was signed
ROW = "Ondertekening"
DRAWN = "met de hand getekend op de tablet (vinger, pen of muis)"
TYPED = (
    "getypte naam, geen tekening \u2014 de ondertekenaar vinkte aan dat deze getypte naam als "
    "handtekening geldt"
)
NAME_ROW = "Getypte naam"  # its own row: a right-to-left name is read back as in "Wie"
ROLE_TYPED_PICTURE = "getypte naam (afbeelding, geen tekening)"
ROLE_TYPED_RECORD = "getypte naam (geen tekening)"
STROKES_FORMAT = "toestemming-strokes/1"
_EVIDENCE_FILE = re.compile(r"bewijsstukken/([0-9]{1,12})-[a-z]+\.[a-z0-9]+")
_BEWIJSSTUK = re.compile(r"(?m)^Bewijsstuk bewijsstukken/([0-9]+)")
_WIE = re.compile(r"(?m)^Wie ")
_ROW = re.compile(r"(?m)^" + ROW + r"[ \n]")
_NAME_ROW = re.compile(r"(?m)^" + NAME_ROW + r"[ \n]")
_PICTURE_ROW = re.compile(r"(?m)^Handtekening\b")
# (proof27: the young person's views follow the decisions, youth_heard.py)
_BLOCK_END = (
    f"\n{HEARD_HEADING}\n",
    "\nGeschiedenis van dit onderdeel\n",
    "\nBewijsstukken in dit pakket\n",
)


def method_of(record: bytes | None) -> str | None:
    """The typed name a strokes record holds, "" for a drawing, None when it is no strokes
    record (or unreadable)."""
    if record is None:
        return None
    try:
        doc = safejson.loads(record)
    except ValueError:
        return None
    if not isinstance(doc, dict) or doc.get("format") != STROKES_FORMAT:
        return None
    if "method" not in doc:
        return "" if doc.get("strokes") else None
    name = doc.get("typed_name")
    if doc["method"] != "typed-name" or not isinstance(name, str) or not name.strip():
        return None
    return name


def by_picture(pairs: Mapping[int, int], contents: Mapping[int, bytes | None]) -> dict[int, str]:
    """Export side: picture and record evidence id → typed name or "" (drawn), for each
    signing session's pair (picture → record, as the vault's signing_sessions pair them; two
    typed signatures of one name are the same picture, so never paired by content)."""
    out: dict[int, str] = {}
    for picture, record in pairs.items():
        how = method_of(contents.get(record))
        if how is not None and contents.get(picture) is not None:
            out[picture] = how
            out[record] = how
    return out


def logged(verified: Mapping[int, Mapping[str, Any]], files: Mapping[str, bytes]) -> dict[int, str]:
    """Verify side: picture and record evidence id → typed name or "" (drawn), for each logged tablet
    signing whose strokes record is in the package (held to the log by check_evidence) and
    names the picture's SHA-256."""
    packed = {}
    for name, content in files.items():
        match = _EVIDENCE_FILE.fullmatch(name)
        if match:
            packed[int(match.group(1))] = content
    out: dict[int, str] = {}
    for body in verified.values():
        if body["kind"] != "signing.completed":
            continue
        ev = body["data"].get("evidence")
        if not isinstance(ev, dict):
            continue
        picture, record = ev.get("signature"), ev.get("strokes")
        if not isinstance(picture, int) or not isinstance(record, int):
            continue
        how = method_of(packed.get(record))
        if how is None or picture not in packed:
            continue
        digest = safejson.loads(packed[record]).get("png_sha256")
        if digest == hashlib.sha256(packed[picture]).hexdigest():
            out[picture] = out[record] = how
    return out


def _complete(verified: Mapping[int, Mapping[str, Any]], files: Mapping[str, bytes]) -> bool:
    """The picture and strokes record a logged `signing.completed` names travel together:
    both in the package, or both left out — the youth's evidence erased at the end of its
    retention, which takes every file's content at once (listed "inhoud gewist")."""
    packed = {int(m.group(1)) for n in files if (m := _EVIDENCE_FILE.fullmatch(n))}
    for body in verified.values():
        ev = body["data"].get("evidence") if body["kind"] == "signing.completed" else None
        if isinstance(ev, dict):
            named = [e for e in (ev.get("signature"), ev.get("strokes")) if isinstance(e, int)]
            if len({e in packed for e in named}) > 1:
                return False
    return True


def promised(verified: Mapping[int, Mapping[str, Any]]) -> bool:
    exports = [b["data"] for b in verified.values() if b["kind"] == "proof.exported"]
    return len(exports) == 1 and exports[0].get(EXPORT_FIELD) is True


def check(
    body: str,
    verified: Mapping[int, Mapping[str, Any]],
    files: Mapping[str, bytes],
    pdf: bytes,
    name: str,
) -> list[str]:
    """Dutch problems where bewijs.pdf (`body`: its text without page frames) says otherwise
    than the strokes records how a tablet decision was signed."""
    if not promised(verified):
        return []  # made before this check: its PDF prints no such row
    how = logged(verified, files)
    signatures = {
        int(b["data"]["evidence"])
        for b in verified.values()
        if b["kind"] == "evidence.added" and b["data"].get("kind") == "signature"
    }
    # Both halves of each logged tablet signing travel with it: with the strokes record left
    # out, nothing said how the picture was made, and a typed name passed as drawn (review28).
    wrong: list[str] = (
        []
        if _complete(verified, files)
        else ["een ondertekening op de tablet waarvan een bewijsstuk ontbreekt"]
    )
    packed = {int(m.group(1)) for n in files if (m := _EVIDENCE_FILE.fullmatch(n))}
    drawn_pictures = 0
    for block in _decision_blocks(readback.labels_first(body)):
        number = _BEWIJSSTUK.search(block)
        method = how.get(int(number.group(1))) if number else None
        rows = list(_ROW.finditer(block))
        names = list(_NAME_ROW.finditer(block))
        pictures = len(_PICTURE_ROW.findall(block))
        if method is None:
            # No signing session (a picture recorded with the decision, as the desk may): a
            # picture only of evidence the log calls a signature, and no row.
            # Its content erased (the file left out, "inhoud gewist"): no picture either.
            allowed = 1 if number and int(number.group(1)) in signatures & packed else 0
            if rows or names or pictures > allowed:
                wrong.append("een handtekening die het logboek niet zo noemt")
            drawn_pictures += pictures
            continue
        said = "" if len(rows) != 1 else _value(block, rows[0].end())
        if method:  # a typed name: the row, the name, no picture
            if (
                len(names) != 1
                or pictures
                or not readback.same(said, TYPED, label=ROW)
                or not readback.same(_value(block, names[0].end()), method, label=NAME_ROW)
            ):
                wrong.append(
                    "een getypte naam die als tekening, zonder naam of met een andere naam is "
                    "getoond"
                )
        elif names or pictures != 1 or not readback.same(said, DRAWN, label=ROW):
            wrong.append("een getekende handtekening die anders (of als getypte naam) is getoond")
        else:
            drawn_pictures += 1
    wrong += _listed(body, how, files)
    if not wrong and _pictures(pdf) > drawn_pictures:
        wrong.append("een afbeelding waar geen getekende handtekening hoort")
    if not wrong:
        return []
    return [
        f"{name}: {'; '.join(dict.fromkeys(wrong))} — dat wijkt af van de handtekeninggegevens "
        "in de bewijsstukken en het logboek."
    ]


def _listed(body: str, how: Mapping[int, str], files: Mapping[str, bytes]) -> list[str]:
    """The list of evidence files names a typed name's picture and record as a typed name,
    and a drawing's never so."""
    section = body.partition("\nBewijsstukken in dit pakket\n")[2]
    section = section.partition("\nZo controleert u dit pakket")[0]
    for name in files:
        match = _EVIDENCE_FILE.fullmatch(name)
        if match is None or int(match.group(1)) not in how:
            continue
        # By its number: the name after it may be shortened, as in a preview (printed_items).
        found = re.search(rf"bewijsstukken/{int(match.group(1))}(?![0-9])", section)
        if found is None:
            return ["een bewijsstuk van de tablet dat in de lijst ontbreekt"]
        row = section[found.end() :].partition("bewijsstukken/")[0]
        if ("getypte naam" in " ".join(row.split())) != bool(how[int(match.group(1))]):
            return ["een bewijsstuk van de tablet dat in de lijst anders heet dan wat het is"]
    return []


def _value(block: str, at: int) -> str:
    """A row's value from `at` (after its label) to the next row this module knows."""
    value = block[at:]
    for stop in (f"\n{NAME_ROW}", "\nHandtekening"):
        value = value.partition(stop)[0]
    return value


def _decision_blocks(body: str) -> list[str]:
    """Each decision's rows: from its "Wie" to the next, inside an item's "Besluiten" (an
    item's text that happens to hold a line "Wie …" is not taken for one)."""
    out = []
    for part in body.split("\nBesluiten\n")[1:]:
        for end in _BLOCK_END:
            part = part.partition(end)[0]
        starts = [m.start() for m in _WIE.finditer(part)]
        ends = [*starts[1:], len(part)]
        out += [part[a:b] for a, b in zip(starts, ends[: len(starts)], strict=True)]
    return out


def _pictures(pdf: bytes) -> int:
    """How many pictures bewijs.pdf draws (pdfium's image objects, forms included)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    doc = pdfium.PdfDocument(pdf)
    try:
        count = 0
        for index in range(len(doc)):
            page = doc[index]
            try:
                count += sum(
                    1 for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=8)
                )
            finally:
                page.close()
        return count
    finally:
        doc.close()
