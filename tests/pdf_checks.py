"""Reading PDFs back the way a person or another program would: text (pypdf), structure
(qpdf --check), QR codes on the rendered page (pdfium → zxing-cpp)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from pypdf import PdfReader


def text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(pdf: bytes) -> str:
    """Extracted text with line breaks and repeated spaces folded (tables wrap anywhere)."""
    return " ".join(text(pdf).split())


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def structure_problems(pdf: bytes) -> str:
    """'' when qpdf --check (or, without qpdf, a strict pypdf read of every page) is happy."""
    if shutil.which("qpdf"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "check.pdf"  # synthetic test data only
            path.write_bytes(pdf)
            out = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        return "" if out.returncode == 0 else out.stdout + out.stderr
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    for page in reader.pages:
        page.extract_text()
    return ""


def qr_codes(pdf: bytes, scale: float = 3.0) -> list[str]:
    """Render every page like a scanner would and decode the QR codes on it."""
    doc = pdfium.PdfDocument(pdf)
    found = []
    try:
        for i in range(len(doc)):
            image = doc[i].render(scale=scale).to_pil().convert("L")
            found += [r.text for r in zxingcpp.read_barcodes(image) if r.valid]
    finally:
        doc.close()
    return found


def page_png(pdf: bytes, page: int = 0, scale: float = 2.0) -> bytes:
    doc = pdfium.PdfDocument(pdf)
    try:
        out = io.BytesIO()
        doc[page].render(scale=scale).to_pil().save(out, "PNG")
        return out.getvalue()
    finally:
        doc.close()


def font_names(pdf: bytes) -> set[str]:
    """Base names of every font the pages use, subset prefix removed."""
    reader = PdfReader(io.BytesIO(pdf))
    return {
        str(f.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
