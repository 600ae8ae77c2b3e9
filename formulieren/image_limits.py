"""Size limits for scans and screenshots, read from the file's header before anything decodes it.

A 30 kB PNG can claim 100 000 × 100 000 pixels (a "decompression bomb": 30 GB once decoded),
and a PDF can ask for a page of several square metres; both would stall or kill the program
when rendered. So the dimensions are read from the header bytes alone (PNG IHDR, JPEG SOF,
WebP VP8/VP8L/VP8X, GIF, BMP) and refused above the limits with a Dutch message; formats
whose header this module does not read (TIFF, HEIC, PDF) are checked by the decoder's own
header step (formulieren/scan.py: Pillow's lazy open, pdfium page count and page size)
before anything is decoded.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass


class ImageRefused(Exception):
    """Too large, or a header that cannot be read. `message` is Dutch, without data;
    `message_id` + `params` name the same message in the core's catalog
    (toestemming/locales/worker), which turns it into its ValidationError in the reader's
    language (formulieren does not import the core). Not a ValueError on purpose: decoders'
    ValueErrors mean "unreadable", this means "refused"."""

    def __init__(
        self,
        message: str,
        *,
        message_id: str,
        params: dict[str, str | int] | None = None,
        field: str = "content",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.message_id = message_id
        self.params: dict[str, str | int] = dict(params or {})
        self.field = field


MAX_PIXELS = 80_000_000  # a 80-megapixel photo is still fine (10 000 × 8 000)
MAX_SIDE = 20_000
MAX_PDF_PAGES = 50  # a scanned form is a few pages; a bundle of 50 is already a lot
MAX_PDF_PAGE_POINTS = 14_400  # 5 m (PDF's own limit is 200 inch = 14 400 pt)

TOO_LARGE = (
    "Deze afbeelding is te groot om veilig te openen ({width} × {height} beeldpunten; "
    "hoogstens {limit} miljoen). Maak een scan of foto met een lagere resolutie."
)
TOO_LARGE_PLAIN = (
    "Deze afbeelding is te groot om veilig te openen. Maak een scan of foto met een lagere "
    "resolutie."
)
UNREADABLE_HEADER = "Dit bestand is geen afbeelding die kan worden gelezen (kop onleesbaar)."


@dataclass(frozen=True)
class ImageSize:
    width: int
    height: int


def check_dimensions(width: int, height: int, field: str = "content") -> None:
    """Refuse an image whose pixel count or longest side exceeds the limits."""
    if width <= 0 or height <= 0:
        raise ImageRefused(UNREADABLE_HEADER, message_id="error-image-unreadable", field=field)
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        size: dict[str, str | int] = {
            "width": width,
            "height": height,
            "limit": MAX_PIXELS // 1_000_000,
        }
        raise ImageRefused(
            TOO_LARGE.format(**size), message_id="error-image-too-large", params=size, field=field
        )


def check_pdf_pages(
    pages: int, sizes_pt: list[tuple[float, float]], field: str = "content"
) -> None:
    """Refuse a PDF with too many pages, or a page too large to render (sizes in points)."""
    if pages > MAX_PDF_PAGES:
        raise ImageRefused(
            f"Deze PDF heeft {pages} pagina's; hoogstens {MAX_PDF_PAGES} kunnen worden ingelezen. "
            "Scan het formulier apart.",
            message_id="error-image-too-many-pages",
            params={"pages": pages, "max_pages": MAX_PDF_PAGES},
            field=field,
        )
    for width, height in sizes_pt:
        if not (0 < width <= MAX_PDF_PAGE_POINTS and 0 < height <= MAX_PDF_PAGE_POINTS):
            raise ImageRefused(
                "Een pagina in deze PDF is te groot om veilig te openen. Scan het formulier "
                "op gewoon papierformaat.",
                message_id="error-image-page-too-large",
                field=field,
            )


def image_size(content: bytes) -> ImageSize | None:
    """Width and height from the header of a PNG, JPEG, WebP, GIF or BMP; None for other
    formats. Raises ImageRefused when the header of a recognised format is broken."""
    try:
        if content[:8] == b"\x89PNG\r\n\x1a\n":
            if content[12:16] != b"IHDR":
                raise ValueError("png without IHDR")
            w, h = struct.unpack(">II", content[16:24])
            return ImageSize(w, h)
        if content[:2] == b"\xff\xd8":
            return _jpeg_size(content)
        if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
            return _webp_size(content)
        if content[:6] in (b"GIF87a", b"GIF89a"):
            w, h = struct.unpack("<HH", content[6:10])
            return ImageSize(w, h)
        if content[:2] == b"BM":
            w, h = struct.unpack("<ii", content[18:26])
            return ImageSize(abs(w), abs(h))
    except (struct.error, ValueError, IndexError):
        raise ImageRefused(
            UNREADABLE_HEADER, message_id="error-image-unreadable", field="content"
        ) from None
    return None


def check_image(content: bytes, field: str = "content") -> None:
    """check_dimensions on the header's size, for the formats image_size reads."""
    size = image_size(content)
    if size is not None:
        check_dimensions(size.width, size.height, field)


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> ImageSize:
    # Walk the marker segments up to the first start-of-frame; every segment has a length.
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            raise ValueError("jpeg marker expected")
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if length < 2:
            raise ValueError("jpeg segment length")
        if marker in _SOF:
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return ImageSize(w, h)
        if marker == 0xDA:  # start of scan before any frame header
            break
        i += 2 + length
    raise ValueError("jpeg without frame header")


def _webp_size(data: bytes) -> ImageSize:
    chunk = data[12:16]
    if chunk == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return ImageSize(w, h)
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return ImageSize((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", data[26:30])
        return ImageSize(w & 0x3FFF, h & 0x3FFF)
    raise ValueError("webp chunk")
