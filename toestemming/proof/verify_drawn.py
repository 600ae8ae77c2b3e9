"""Every character of bewijs.pdf's text is drawn on its page where the text says it is.

`verify` reads the PDF's text (binding.pdf_text, pdfium) and holds it against the audited log
(printed.py). A reader sees the drawn page, not the text. So an insider with the keys could
keep the text the log demands ("Antwoord nee") and hide it — in white, in invisible render
mode 3, at no opacity, under a white box or an annotation drawn over it, clipped away, off
the page, or a point high — and draw "ja" there as a picture or as lines: the text check
passed and the page showed the opposite.

So each page is rendered twice by pdfium (greyscale, with annotations, as a viewer does):
once as it is, once with every text object made invisible. A character is drawn when the
page as it is is clearly darker inside the character's box than without the text: that is
the text itself making ink there, seen through everything drawn after it. A character must
also be at least MIN_HEIGHT points high (its font's box), so that readable text cannot be
shrunk to a speck beside the drawing that tells another story.

A letter must also be drawn upright (_turned): its shipped glyph turned half a turn reads as
another letter ("6" as "9").

Not caught here: a font whose glyph for "n" looks like "j" (the text maps glyphs to
characters through the font's own table; telling that needs the glyph outlines), and a
drawing that adds words where no text is (the page then shows both the text and the
drawing)."""

from __future__ import annotations

import ctypes
from typing import Any

SCALE = 1.5  # 108 dpi: a 7.5 pt character is ~11 pixels high
MIN_HEIGHT = 5.0  # points; the smallest text a proof PDF prints is 7.5 pt (the footer)
MIN_INK = 48  # of 255: how much darker the text makes the darkest pixel in its box
PAGE_LIMIT = 400  # pages rendered; a proof of a long history has a few dozen


def hidden_text(pdf: bytes, name: str) -> str | None:
    """A Dutch sentence when some text of the PDF is not drawn visibly (or the PDF cannot be
    rendered); None when every character is."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    try:
        if len(doc) > PAGE_LIMIT:
            return f"{name}: het document heeft meer pagina's dan een bewijs ooit heeft."
        for index in range(len(doc)):
            why = _page_problem(doc, index)
            if why:
                return (
                    f"{name}, pagina {index + 1}: {why} Wat het document als tekst bevat, is "
                    "niet wat het laat zien: het is na het opmaken gewijzigd."
                )
    except pdfium.PdfiumError:
        return f"{name}: het PDF-bestand is beschadigd en kan niet worden gelezen."
    finally:
        doc.close()
    return None


def _page_problem(doc: Any, index: int) -> str | None:
    import pypdfium2.raw as raw  # type: ignore[import-untyped]

    page = doc[index]
    try:
        shown = _render(page)
        textpage = page.get_textpage()
        try:
            boxes = _char_boxes(raw, textpage)
            turned = _turned(raw, textpage)
        finally:
            textpage.close()
        if not boxes:
            return None
        small = [b for b in boxes if b[4] < MIN_HEIGHT]
        if small:
            return "er staat tekst in die te klein is om te lezen."
        if turned:
            return "er staat tekst in die gedraaid of gespiegeld is getekend."
        for obj in page.get_objects(max_depth=8):
            if obj.type == raw.FPDF_PAGEOBJ_TEXT:
                raw.FPDFTextObj_SetTextRenderMode(obj.raw, raw.FPDF_TEXTRENDERMODE_INVISIBLE)
        bare = _render(page)
        for left, bottom, right, top, _ in boxes:
            pixels = _device_box(raw, page, shown, (left, bottom, right, top))
            if not _ink(shown, bare, pixels):
                return (
                    "er staat tekst in die niet zichtbaar is (wit, doorzichtig, afgedekt of "
                    "buiten de pagina)."
                )
        return None
    finally:
        page.close()


def _turned(raw: Any, textpage: Any) -> bool:
    """Whether some character is drawn other than upright: turned, mirrored or slanted (by
    its text matrix, the graphics state's, or a negative font size). Its glyph is then the
    shipped one of its letter (pdffonts.py) and makes ink in its box, yet a "6" turned half a
    turn reads "9", a "b" mirrored "d". reportlab draws every letter of a proof upright."""
    handle = textpage.raw
    matrix = raw.FS_MATRIX()
    for i in range(raw.FPDFText_CountChars(handle)):
        if raw.FPDFText_IsGenerated(handle, i) == 1:
            continue
        if not raw.FPDFText_GetMatrix(handle, i, matrix):
            return True
        if (
            matrix.a <= 0
            or matrix.d <= 0
            or abs(matrix.b) > 1e-6
            or abs(matrix.c) > 1e-6
            or raw.FPDFText_GetFontSize(handle, i) <= 0
        ):
            return True
    return False


def _render(page: Any) -> Any:
    bitmap = page.render(scale=SCALE, grayscale=True, may_draw_forms=True, draw_annots=True)
    try:
        # (pixels, width, height, bytes per row, bytes per pixel)
        return bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels
    finally:
        bitmap.close()


def _char_boxes(raw: Any, textpage: Any) -> list[tuple[float, float, float, float, float]]:
    """(left, bottom, right, top, font box height) in points of every character that draws
    something (not spaces, not line breaks pdfium adds)."""
    out = []
    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    loose = raw.FS_RECTF()
    for i in range(count):
        code = raw.FPDFText_GetUnicode(handle, i)
        if code <= 32 or chr(code).isspace() or raw.FPDFText_IsGenerated(handle, i) == 1:
            continue
        if not raw.FPDFText_GetCharBox(handle, i, left, right, bottom, top):
            continue
        if not raw.FPDFText_GetLooseCharBox(handle, i, loose):
            continue
        out.append(
            (left.value, bottom.value, right.value, top.value, abs(loose.top - loose.bottom))
        )
    return out


def _device_box(
    raw: Any,
    page: Any,
    shown: tuple[bytes, int, int, int, int],
    box: tuple[float, float, float, float],
) -> tuple[int, int, int, int]:
    """A box in page points as pixels of the rendering (x0, y0, x1, y1), two pixels wider on
    each side (a dot anti-aliased over a pixel border); pdfium maps it as it rendered the
    page (crop box, rotation)."""
    _, width, height, _, _ = shown
    left, bottom, right, top = box
    xs, ys = [], []
    x, y = ctypes.c_int(), ctypes.c_int()
    for px, py in ((left, bottom), (right, top)):
        raw.FPDF_PageToDevice(page.raw, 0, 0, width, height, 0, px, py, x, y)
        xs.append(x.value)
        ys.append(y.value)
    return (
        max(min(xs) - 2, 0),
        max(min(ys) - 2, 0),
        min(max(xs) + 3, width),
        min(max(ys) + 3, height),
    )


def _ink(
    shown: tuple[bytes, int, int, int, int],
    bare: tuple[bytes, int, int, int, int],
    pixels: tuple[int, int, int, int],
) -> bool:
    """Whether the text makes some pixel of the box at least MIN_INK darker than the page
    without it (False also when the box lies outside the page)."""
    data, _, _, stride, channels = shown
    other = bare[0]
    x0, y0, x1, y1 = pixels
    if x0 >= x1:
        return False
    for y in range(y0, y1):
        start, end = y * stride + x0 * channels, y * stride + x1 * channels
        # Most characters have ink within their first rows: stop at the first such pixel.
        for with_text, without in zip(
            data[start:end:channels], other[start:end:channels], strict=True
        ):
            if without - with_text >= MIN_INK:
                return True
    return False
