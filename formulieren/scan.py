"""Read the QR codes on a scan or photo of a signed paper form (zxing-cpp, a real decoder).

Accepts PNG, JPEG, TIFF, WebP, BMP (via Pillow) and PDF scans (first pages rendered with
pdfium). Returns the decoded texts; matching them to a request is the caller's job.

Hostile files: the size is checked from the header before anything is decoded
(image_limits.py for PNG/JPEG/WebP/GIF/BMP; Pillow's lazy open for the rest; the
page count and page sizes of a PDF before a page is rendered), and Pillow's decompression-bomb
guard is set to the same limit and turned into an error, never a warning."""

from __future__ import annotations

import io
import warnings

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

from .image_limits import (
    MAX_PIXELS,
    TOO_LARGE_PLAIN,
    ImageRefused,
    check_dimensions,
    check_image,
    check_pdf_pages,
)

MAX_PDF_PAGES = 4  # rendered and searched for a QR code
Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # the guard Pillow checks on open (error above 2×)
QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
PDF_SCALE = 200 / 72  # render scanned PDF pages at 200 dpi


class UnreadableScan(ValueError):
    """The file is not an image or PDF we can read."""


def _images(content: bytes, media_type: str) -> list[Image.Image]:
    if media_type == "application/pdf" or content[:5] == b"%PDF-":
        return _pdf_pages(content)
    check_image(content)  # PNG/JPEG/WebP/GIF/BMP: from the header bytes alone
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(content))  # lazy: reads the header only
            check_dimensions(*image.size)  # TIFF and the rest: before load() decodes
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageRefused(TOO_LARGE_PLAIN, message_id="error-image-too-large-plain") from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise UnreadableScan("image") from exc
    # Phone photos carry their rotation in EXIF; the decoder wants the pixels upright-ish.
    return [ImageOps.exif_transpose(image) or image]


def _pdf_pages(content: bytes) -> list[Image.Image]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(content)
    except pdfium.PdfiumError as exc:
        raise UnreadableScan("pdf") from exc
    try:
        shown = range(min(len(doc), MAX_PDF_PAGES))
        sizes = [doc.get_page_size(i) for i in shown]
        check_pdf_pages(len(doc), sizes)
        for width, height in sizes:
            check_dimensions(round(width * PDF_SCALE), round(height * PDF_SCALE))
        return [doc[i].render(scale=PDF_SCALE).to_pil() for i in shown]
    finally:
        doc.close()


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
