"""Hostile input everywhere it enters (issue 13, item 6), as an attacker would send it.

- Scans and screenshots that claim huge dimensions in a tiny file (decompression bombs) and
  PDFs with enormous pages or hundreds of pages: refused from the header, before decoding.
- CSV exports with a broken quote, giant fields or thousands of columns: a Dutch message with
  the row number, never a traceback.
- Names and purpose texts with direction overrides, direction marks or zero-width characters:
  refused with a message, so what is shown is what is stored; NFC normalisation.
"""

from __future__ import annotations

import io
import struct
import zlib
from datetime import UTC, date, datetime

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from PIL import Image

from toestemming.csv_import import MAX_COLUMNS, MAX_FIELD_CHARS, read_export
from toestemming.errors import ValidationError
from toestemming.image_limits import MAX_PIXELS, check_image, image_size
from toestemming.service import Service

TODAY = date(2026, 11, 23)


def png_claiming(width: int, height: int) -> bytes:
    """A valid-looking PNG whose IHDR claims width × height (the data is a few bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def jpeg_claiming(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xda" + b"\0" * 64 + b"\xff\xd9"


def tiff_claiming(width: int, height: int) -> bytes:
    """A TIFF header (a format image_limits does not parse): Pillow's lazy open must catch it."""
    entries = [
        (256, 4, 1, width),
        (257, 4, 1, height),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, 200),
        (277, 3, 1, 1),
        (278, 4, 1, height),
        (279, 4, 1, width * height),
    ]
    ifd = struct.pack("<H", len(entries))
    for tag, typ, count, value in entries:
        ifd += struct.pack("<HHII", tag, typ, count, value)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + b"\0\0\0\0" + b"\0" * 64


def pdf_with_pages(sizes: list[tuple[float, float]]) -> bytes:
    doc = pdfium.PdfDocument.new()
    for width, height in sizes:
        doc.new_page(width, height)
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    return out.getvalue()


def test_header_sizes_are_read_without_decoding() -> None:
    assert image_size(png_claiming(100_000, 90_000)) is not None
    size = image_size(jpeg_claiming(65_000, 61_000))
    assert size is not None and (size.width, size.height) == (65_000, 61_000)
    real = io.BytesIO()
    Image.new("RGB", (37, 21)).save(real, "WEBP")
    webp = image_size(real.getvalue())
    assert webp is not None and (webp.width, webp.height) == (37, 21)
    with pytest.raises(ValidationError):
        check_image(b"\x89PNG\r\n\x1a\n" + b"\0" * 4)  # truncated header: refused, no crash


@pytest.mark.parametrize(
    ("content", "media_type"),
    [
        (png_claiming(100_000, 100_000), "image/png"),
        (png_claiming(30_000, 10), "image/png"),  # one side too long
        (jpeg_claiming(65_000, 65_000), "image/jpeg"),
        (tiff_claiming(40_000, 40_000), "image/tiff"),
        (pdf_with_pages([(14_000, 14_000)]), "application/pdf"),  # a page of ~5 × 5 m
        (pdf_with_pages([(595, 842)] * 60), "application/pdf"),  # 60 pages
    ],
)
def test_scan_bombs_are_refused_before_decoding(
    service: Service, content: bytes, media_type: str
) -> None:
    with pytest.raises(ValidationError) as exc:
        service.forms.import_paper_scan(content, media_type)
    assert "te groot" in exc.value.message or "pagina's" in exc.value.message
    assert service.vault.db.scalar("SELECT count(*) FROM evidence") == 0


def test_screenshot_bombs_are_refused_at_the_app_message_and_as_evidence(
    service: Service,
) -> None:
    bomb = png_claiming(50_000, 50_000)
    with pytest.raises(ValidationError) as exc:
        service.remote.read_app_message(
            "0612345678",
            datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
            "TS-AAAA-AAAA-A 1 ja",
            screenshot=bomb,
            screenshot_media_type="image/png",
        )
    assert "te groot" in exc.value.message and exc.value.field == "screenshot"
    with pytest.raises(ValidationError):
        service.evidence.add("screenshot", "image/png", bomb)
    assert service.vault.db.scalar("SELECT count(*) FROM evidence") == 0
    # A normal screenshot still goes in.
    ok = io.BytesIO()
    Image.new("RGB", (1080, 2400), "white").save(ok, "PNG")
    assert service.evidence.add("screenshot", "image/png", ok.getvalue()).size > 0
    assert MAX_PIXELS > 1080 * 2400


# -- CSV -------------------------------------------------------------------------------------
HEADER = "Voornaam;Achternaam;Geboortedatum\n"


def test_csv_unclosed_quote_names_the_row_instead_of_a_traceback() -> None:
    body = "Fleur;de Vries;12-03-2011\n" + 'Sam;"Jansen;01-02-2010\n' + ("x;y;z\n" * 40_000)
    preview = read_export((HEADER + body).encode(), TODAY)
    assert preview.problems and "Regel 3" in preview.problems[0]
    assert [r.line for r in preview.rows] == [2]  # what came before is still shown


def test_csv_giant_field_and_too_many_columns() -> None:
    long_name = "A" * (MAX_FIELD_CHARS + 1)
    preview = read_export((HEADER + f"{long_name};de Vries;12-03-2011\n").encode(), TODAY)
    row = preview.rows[0]
    assert row.line == 2 and "te lang" in row.errors[0]
    wide = HEADER + ";".join(["x"] * (MAX_COLUMNS + 5)) + "\nFleur;de Vries;12-03-2011\n"
    preview = read_export(wide.encode(), TODAY)
    assert (
        preview.problems and "Regel 2" in preview.problems[0] and "kolommen" in preview.problems[0]
    )
    huge = HEADER + "Fleur;" + "B" * 200_000 + ";12-03-2011\n"  # past csv's own field limit
    preview = read_export(huge.encode(), TODAY)
    assert preview.problems and "Regel 2" in preview.problems[0]


# -- names and purpose texts -----------------------------------------------------------------
@pytest.mark.parametrize(
    "given",
    [
        "\u202eannA",  # right-to-left override: shows "Anna"
        "An\u200bna",  # zero-width space
        "\u200fAnna",  # right-to-left mark
        "Anna\u200e",  # left-to-right mark
        "\u061cAnna",  # Arabic letter mark
        "An\u2060na",  # word joiner
        "\ufeffAnna",  # byte-order mark
        "A\u200cnna",  # ZWNJ between Latin letters: invisible there
        "Anna\u200d",  # ZWJ at the end
        "a\u2067b\u2069",  # isolates
    ],
)
def test_invisible_and_direction_characters_are_refused(service: Service, given: str) -> None:
    with pytest.raises(ValidationError) as exc:
        service.people.add_youth(given_name=given, family_name="Test", birth_date="12-03-2011")
    assert "onzichtbare tekens" in exc.value.message and given not in exc.value.message
    assert service.vault.db.scalar("SELECT count(*) FROM youths") == 0


def test_scripts_that_need_joiners_keep_them_and_names_are_nfc(service: Service) -> None:
    persian = service.people.add_youth(
        given_name="فاطمه\u200cزهرا", family_name="احمدی", birth_date="12-03-2011"
    )
    assert "\u200c" in persian.given_name
    zoe = service.people.add_youth(
        given_name="Zoe\u0308", family_name="Test", birth_date="1-1-2011"
    )
    assert zoe.given_name == "Zo\u00eb"  # stored composed: shown and found as typed
    assert [y.id for y in service.people.search("zoë")] == [zoe.id]


def test_purpose_texts_refuse_hidden_characters(service: Service) -> None:
    with pytest.raises(ValidationError) as exc:
        service.catalog.add_purpose("p1", "Stage", "Wij delen \u202egegevens\u202c met de school.")
    assert "onzichtbare tekens" in exc.value.message
    with pytest.raises(ValidationError):
        service.catalog.add_purpose("p2", "Stage\u200b", "Uitleg.")
    assert service.catalog.add_purpose("p3", "Stage", "Wij delen gegevens.").id > 0
