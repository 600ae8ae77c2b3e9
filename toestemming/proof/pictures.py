"""Every picture bewijs.pdf shows is a signature picture the package proves (proof27).

The only pictures the proof's writer puts on a page are the signatures drawn at the tablet (or
recorded with a decision at the desk): the evidence file's own picture under "Handtekening".
signing_method.py counts them — one per decision signed by drawing, none for a typed name —
but never looked at what they show. An insider with the keys re-rendered bewijs.pdf with
another drawing (a neater signature, the other parent's, a picture of the words "ja,
akkoord") under the mother's decision, re-signed, and verify said authentic.

Now each picture's pixels must be those of a signature picture in the package, whose SHA-256
the log holds (verify_receipt.check_evidence): decoded as the writer embeds it (reportlab: a
PNG's pixels as grey or RGB, a JPEG as it is). Not caught: two signatures of one package shown
under each other's decision (both are the package's own)."""

from __future__ import annotations

import ctypes
import hashlib
import io
import re
from collections.abc import Mapping
from typing import Any

_EVIDENCE_FILE = re.compile(r"bewijsstukken/([0-9]{1,12})-[a-z]+\.[a-z0-9]+")
MAX_PIXELS = 16_000_000  # a tablet signature is 600 × 200; refuse to decode a bomb

Form = tuple[int, int, str]  # width, height, SHA-256 of the decoded pixel data


def problem(
    pdf: bytes, files: Mapping[str, bytes], verified: Mapping[int, Mapping[str, Any]], name: str
) -> str | None:
    """A Dutch sentence when bewijs.pdf shows a picture that is none of the package's
    signature pictures; None when every picture is one (or there is none)."""
    signatures = {
        int(b["data"]["evidence"])
        for b in verified.values()
        if b["kind"] == "evidence.added" and b["data"].get("kind") == "signature"
    }
    allowed: set[Form] = set()
    for file, data in files.items():
        match = _EVIDENCE_FILE.fullmatch(file)
        if match and int(match.group(1)) in signatures:
            allowed |= _forms(data)
    shown = _shown(pdf)
    if shown is None:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    if all(form in allowed for form in shown):
        return None
    return (
        f"{name}: het document toont een afbeelding (bijvoorbeeld een handtekening) die geen "
        "van de handtekeningen in de bewijsstukken van dit pakket is: het document is na het "
        "opmaken gewijzigd."
    )


def _digest(width: int, height: int, data: bytes) -> Form:
    return (width, height, hashlib.sha256(data).hexdigest())


def _forms(data: bytes) -> set[Form]:
    """The ways the writer may embed this picture: its pixels as grey or RGB, or (a JPEG)
    the file itself."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_PIXELS:
                return set()
            out = {_digest(width, height, data)}
            if image.mode in ("L", "RGB"):
                out.add(_digest(width, height, image.tobytes()))
            for mode in ("L", "RGB"):
                out.add(_digest(width, height, image.convert(mode).tobytes()))
            return out
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return set()


def _shown(pdf: bytes) -> list[Form] | None:
    """Each picture the PDF draws (pdfium's image objects, forms included): its size and its
    decoded data (a JPEG's DCT data as it is)."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return None
    try:
        out = []
        for index in range(len(doc)):
            page = doc[index]
            try:
                for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=8):
                    width, height = ctypes.c_uint(), ctypes.c_uint()
                    if (
                        not raw.FPDFImageObj_GetImagePixelSize(
                            obj.raw, ctypes.byref(width), ctypes.byref(height)
                        )
                        or width.value * height.value > MAX_PIXELS
                    ):
                        out.append((0, 0, ""))
                        continue
                    size = raw.FPDFImageObj_GetImageDataDecoded(obj.raw, None, 0)
                    buffer = (ctypes.c_ubyte * size)()
                    raw.FPDFImageObj_GetImageDataDecoded(obj.raw, buffer, size)
                    out.append(_digest(width.value, height.value, bytes(buffer)))
            finally:
                page.close()
        return out
    finally:
        doc.close()
