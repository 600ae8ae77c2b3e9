"""Read the QR codes on a scan or photo of a signed paper form (zxing-cpp, a real decoder).

Accepts PNG, JPEG, TIFF, WebP, BMP (via Pillow) and PDF scans (first pages rendered with
pdfium). Returns the decoded texts; matching them to a request is the caller's job."""

from __future__ import annotations

import io

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_PDF_PAGES = 4
QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
PDF_SCALE = 200 / 72  # render scanned PDF pages at 200 dpi


class UnreadableScan(ValueError):
    """The file is not an image or PDF we can read."""


def _images(content: bytes, media_type: str) -> list[Image.Image]:
    if media_type == "application/pdf" or content[:5] == b"%PDF-":
        import pypdfium2 as pdfium  # type: ignore[import-untyped]

        try:
            doc = pdfium.PdfDocument(content)
        except pdfium.PdfiumError as exc:
            raise UnreadableScan("pdf") from exc
        try:
            return [
                doc[i].render(scale=PDF_SCALE).to_pil() for i in range(min(len(doc), MAX_PDF_PAGES))
            ]
        finally:
            doc.close()
    try:
        image = Image.open(io.BytesIO(content))
        image.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise UnreadableScan("image") from exc
    # Phone photos carry their rotation in EXIF; the decoder wants the pixels upright-ish.
    return [ImageOps.exif_transpose(image) or image]


def qr_texts(content: bytes, media_type: str = "") -> list[str]:
    """Every QR code's text found on the scan, in reading order, without duplicates."""
    found: dict[str, None] = {}
    for image in _images(content, media_type):
        gray = image.convert("L")
        results = zxingcpp.read_barcodes(gray, formats=QR_ONLY)
        if not results:  # faint or grey photo: stretch the contrast and try once more
            results = zxingcpp.read_barcodes(ImageOps.autocontrast(gray), formats=QR_ONLY)
        for r in results:
            if r.valid and r.text:
                found.setdefault(r.text, None)
    return list(found)
