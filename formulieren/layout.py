"""The page every form shares: organisation header, "pagina X van Y", generation time, styles
and the few building blocks (headings, label/value tables, boxes, signature lines).

    story = [title("Transitieformulier"), fields([("Naam", name)]), ...]
    pdf: bytes = render(story, DocMeta(organisation, "Transitieformulier", generated_at))

Every text goes through `text.para`, so names in any script print correctly and markup
characters in user input stay text.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import TimeStamp
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .text import REGULAR, is_rtl_text, para, register_fonts, shape, wrap_rtl

PAGE_W, PAGE_H = A4
# Dates print as Dutch calendar dates (the zone of toestemming.clock.LOCAL_TZ; formulieren is
# a leaf and does not import it).
LOCAL_TZ = ZoneInfo("Europe/Amsterdam")
MARGIN_X = 20 * mm
MARGIN_TOP = 26 * mm
MARGIN_BOTTOM = 20 * mm
PAGE_QR_MM = 18  # the per-page QR: inside the 20 mm margins, readable at 200 dpi
FRAME_PAD = 6  # reportlab frame padding on each side
CONTENT_W = PAGE_W - 2 * MARGIN_X - 2 * FRAME_PAD
INK = colors.HexColor("#1c1c1c")
MUTED = colors.HexColor("#5f6368")
RULE = colors.HexColor("#9aa0a6")
SHADE = colors.HexColor("#f1f3f4")
# Tables set a cell font even around flowables; without this it is Helvetica (base-14).
BASE_FONT = [("FONT", (0, 0), (-1, -1), REGULAR, 9.5)]


@dataclass(frozen=True)
class DocMeta:
    organisation: str
    title: str  # form name, printed in the header and stored as the PDF title
    generated_at: datetime  # from the injected clock
    reference: str = ""  # reference code or other identifier printed in the footer
    subject: str = ""  # PDF metadata subject (no personal data)
    language: str = "nl"  # of the document (PDF /Lang)
    # The footer's words: "Gemaakt op" and "pagina {n} van {total}" ({n}, {total} filled in
    # per page); a signer's copy gets them from the core's language catalog.
    footer: tuple[str, str] = ("Gemaakt op", "pagina {n} van {total}")
    # A QR payload printed small in the corner of EVERY page (with "&pagina=N"), so a scan of
    # any single page still finds its request (the paper consent form).
    page_qr: str = ""
    # The footer's moment as the reader writes it (the core's language catalog: an Arabic
    # copy writes 23/11/2026, one run in its right-to-left footer); empty: `moment`.
    made_at: str = ""


def moment(value: datetime) -> str:
    """A moment as Dutch users read it: local time, dd-mm-jjjj uu:mm — inside the hour that
    occurs twice at the end of summer time marked with its offset, " (UTC+2)" / " (UTC+1)"
    (as toestemming.clock.local_moment_text; proof26: two moments an hour apart both read
    "02:30" in the proof). verify reads both this and the unmarked form of earlier releases."""
    local = value.astimezone(LOCAL_TZ)
    shown = local.strftime("%d-%m-%Y %H:%M")
    offset = local.utcoffset()
    if offset is None or local.replace(fold=1 - local.fold).utcoffset() == offset:
        return shown
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours = f"{abs(minutes) // 60}" + (f":{abs(minutes) % 60:02d}" if minutes % 60 else "")
    return f"{shown} (UTC{sign}{hours})"


def day(value: Any) -> str:
    return "" if value is None else f"{value:%d-%m-%Y}"


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        base = ParagraphStyle(
            "body", fontName=regular, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT
        )
        self.body = base
        self.bold = ParagraphStyle("bold", parent=base, fontName=bold)
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=16, leading=20, spaceAfter=4
        )
        self.heading = ParagraphStyle(
            "heading",
            parent=base,
            fontName=bold,
            fontSize=11.5,
            leading=15,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.subheading = ParagraphStyle(
            "subheading", parent=base, fontName=bold, spaceBefore=3, keepWithNext=1
        )
        self.label = ParagraphStyle("label", parent=base, fontName=bold, fontSize=9, leading=12)
        self.box = ParagraphStyle("box", parent=base, fontSize=10.5, leading=15)


_styles: _Styles | None = None


def styles() -> _Styles:
    global _styles
    if _styles is None:
        _styles = _Styles()
    return _styles


_right: dict[str, ParagraphStyle] = {}


def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    if style.name not in _right:
        _right[style.name] = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
    return _right[style.name]


class RtlParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A right-to-left paragraph, aligned right: wrapped in reading order at the width it gets,
    then each line shaped and drawn in visual order (reportlab wraps left to right and would
    put the end of a reordered paragraph on its first line)."""

    def __init__(self, value: str, style: ParagraphStyle) -> None:
        self._logical = value
        super().__init__(para(value), _right_aligned(style))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        s = self.style
        width = avail_width - s.leftIndent - s.rightIndent
        lines = wrap_rtl(self._logical, s.fontName, s.fontSize, width)
        Paragraph.__init__(self, "<br/>".join(escape(line) for line in lines), s)
        return super().wrap(avail_width, avail_height)  # type: ignore[no-any-return]


def _paragraph(value: str, style: ParagraphStyle, *, right: bool = False) -> Paragraph:
    """Plain text in its own direction: right to left (aligned right) when its first strong
    character is, else as before; `right` aligns a left-to-right text (a name, a code) right
    too, in a right-to-left table."""
    if is_rtl_text(value):
        return RtlParagraph(value, style)
    return Paragraph(para(value), _right_aligned(style) if right else style)


def _mirrored(words: Sequence[str]) -> bool:
    """A table reads right to left when its own words (labels, headers, options: the
    document's language, not the names in it) do."""
    return any(is_rtl_text(w) for w in words if w.strip())


# -- building blocks ------------------------------------------------------------------------
def title(value: str) -> Paragraph:
    return _paragraph(value, styles().title)


def heading(value: str) -> Paragraph:
    return _paragraph(value, styles().heading)


def status_text(label: str, reason: str) -> str:
    """'label — reason', without saying the same thing twice ('ingetrokken. Ingetrokken.')."""
    if not reason or reason.strip(" .").casefold() == label.strip(" .").casefold():
        return label
    return f"{label} — {reason}"


def paragraph(value: str, style: str = "body") -> Paragraph:
    return _paragraph(value, getattr(styles(), style))


def markup(value: str, style: str = "body") -> Paragraph:
    """Trusted markup built by the forms themselves (user text inside must be para()-ed):
    aligned right when its text runs right to left."""
    chosen = getattr(styles(), style)
    text = re.sub(r"<[^>]*>", "", value)
    return Paragraph(value, _right_aligned(chosen) if is_rtl_text(text) else chosen)


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


def _cell(value: str, style: ParagraphStyle, width: float, *, right: bool = False) -> Any:
    """A plain string when it fits on one line, else a wrapping Paragraph. Parsing and
    wrapping paragraphs is most of a form's render time; most cells are short. In a
    right-to-left table (`right`) every cell is aligned right. In a left-to-right table a
    one-line Arabic value (a name) stays at the start of its cell like the others; a longer
    one is a right-to-left paragraph (aligned right, its lines in reading order)."""
    if right:
        return _paragraph(value, style, right=True)
    drawn = shape(value)
    if "\n" not in value and stringWidth(drawn, style.fontName, style.fontSize) <= width - 12:
        return drawn
    return _paragraph(value, style)


def _cell_fonts(col: tuple[int, int], style: ParagraphStyle) -> list[tuple[Any, ...]]:
    start, end = col
    return [
        ("FONT", (start, 0), (end, -1), style.fontName, style.fontSize, style.leading),
        ("TEXTCOLOR", (start, 0), (end, -1), style.textColor),
    ]


def fields(rows: Sequence[tuple[str, str | Flowable]], label_width: float = 0.32) -> Table:
    """Label/value pairs in two columns; text values wrap, a flowable value (an image) is
    placed as it is. One table, so a heading can be kept with it. Labels in a right-to-left
    language: the label column on the right, every cell aligned right."""
    s = styles()
    rtl = _mirrored([k for k, _v in rows])
    w_label, w_value = CONTENT_W * label_width, CONTENT_W * (1 - label_width)
    data = []
    for k, v in rows:
        label = _cell(k, s.label, w_label, right=rtl)
        value = _cell(v or "—", s.body, w_value, right=rtl) if isinstance(v, str) else v
        data.append([value, label] if rtl else [label, value])
    label_col, value_col = (1, 0) if rtl else (0, 1)
    t = Table(data, colWidths=[w_value, w_label] if rtl else [w_label, w_value])
    t.setStyle(
        TableStyle(
            [
                *BASE_FONT,
                *_cell_fonts((label_col, label_col), s.label),
                *_cell_fonts((value_col, value_col), s.body),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING" if rtl else "LEFTPADDING", (label_col, 0), (label_col, -1), 0),
            ]
        )
    )
    return t


_CELL_PAD = 12  # reportlab's default left + right cell padding


def _longest_word(values: Sequence[str], style: ParagraphStyle) -> float:
    return max(
        (
            stringWidth(shape(word), style.fontName, style.fontSize)
            for value in values
            for word in (value or "").split()
        ),
        default=0.0,
    )


def _fit_longest_words(
    cols: list[float], table: Sequence[Sequence[str]], styles_: tuple[ParagraphStyle, ...]
) -> list[float]:
    """Widen each column to its longest word (a narrow column cut "ouders/vertegenwoordigers"
    in two, mid-word), taking the room from the columns that have it to spare, in proportion.
    When the page cannot hold every longest word, the given widths stay (the words break)."""
    header, *rows = table
    need = [
        max(
            _longest_word([header[i]], styles_[0]), _longest_word([r[i] for r in rows], styles_[-1])
        )
        + _CELL_PAD
        for i in range(len(cols))
    ]
    wanted = [max(c, n) for c, n in zip(cols, need, strict=True)]
    short = sum(wanted) - sum(cols)
    if short <= 0:
        return cols
    spare = [c - n for c, n in zip(cols, need, strict=True) if c > n]
    if sum(spare) < short:
        return cols
    scale = short / sum(spare)
    return [
        w if c <= n else c - (c - n) * scale for c, n, w in zip(cols, need, wanted, strict=True)
    ]


def grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A table with a shaded header row; `widths` are fractions of the content width."""
    s = styles()
    rtl = _mirrored(header)  # a right-to-left header: the first column on the right
    order = (lambda seq: list(reversed(seq))) if rtl else list
    fitted = _fit_longest_words(
        [CONTENT_W * w for w in widths], [header, *rows], (s.label, s.small)
    )
    cols = order(fitted)
    data: list[list[Any]] = [[_paragraph(h, s.label, right=rtl) for h in order(header)]]
    data += [
        [_cell(c or "—", s.small, w, right=rtl) for c, w in zip(order(row), cols, strict=True)]
        for row in rows
    ]
    t = Table(data, colWidths=cols, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                *BASE_FONT,
                *_cell_fonts((0, len(cols) - 1), s.small),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("GRID", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


# The room inside a framed box: its padding left and right.
FRAME_PADDING = 7
FRAMED_W = CONTENT_W - 2 * FRAME_PADDING


def framed(flowables: list[Flowable], background: Any = SHADE) -> Table:
    """A shaded box around a few flowables (statements, notices); a table in it is at most
    FRAMED_W wide."""
    t = Table([[flowables]], colWidths=[CONTENT_W])
    t.setStyle(
        TableStyle(
            [
                *BASE_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), FRAME_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), FRAME_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


class Box(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An empty square to tick with a pen (drawn, so it prints crisply at any size)."""

    def __init__(self, size_mm: float = 4.6) -> None:
        super().__init__()
        self.size = size_mm * mm
        self.width = self.height = self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.9)
        self.canv.setStrokeColor(INK)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def choice_row(
    label: str, options: Sequence[str], label_width: float = 0.46, width: float = CONTENT_W
) -> Table:
    """'label   [ ] Ja   [ ] Nee' — every option equally prominent. Options in a right-to-left
    language: mirrored, the label on the right and the first option next to it. `width`: the
    room the row gets (FRAMED_W inside a framed box: a full-width row stuck out of the box,
    and a right-to-left label past its right edge)."""
    s = styles()
    rtl = _mirrored(options)
    cells: list[Any] = [_paragraph(label, s.body, right=rtl)]
    widths = [width * label_width]
    rest = (width * (1 - label_width)) / max(1, len(options))
    for option in options:
        cells += [Box(), _paragraph(option, s.box, right=rtl)]
        widths += [7 * mm, rest - 7 * mm]
    if rtl:
        cells.reverse()
        widths.reverse()
    t = Table([cells], colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                *BASE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("RIGHTPADDING", (-1, 0), (-1, 0), 0)
                if rtl
                else ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


# Name, role, date, signature: Dutch unless the caller brings a signer's words.
SIGNATURE_LABELS = ("Naam", "Rol", "Datum", "Handtekening")


def signature_block(
    name: str,
    role: str,
    image_png: bytes | None = None,
    signed: str = "",
    labels: tuple[str, str, str, str] = SIGNATURE_LABELS,
) -> Table:
    """Name, role, date and a signature field; the signing-mode image when there is one."""
    s = styles()
    name_label, role_label, date_label, sign_label = labels
    if image_png:
        # Fits the value column (half the page minus the label column and padding).
        sig: Any = Image(io.BytesIO(image_png), width=44 * mm, height=18 * mm, kind="proportional")
    else:
        sig = Spacer(1, 20 * mm)
    rtl = _mirrored(labels)  # a right-to-left signer: labels on the right
    value_w = CONTENT_W / 2 - 30 * mm
    rows = [
        [_paragraph(name_label, s.label), _cell(name, s.body, value_w, right=rtl)],
        [_paragraph(role_label, s.label), _cell(role, s.body, value_w, right=rtl)],
        [_paragraph(date_label, s.label), _cell(signed or " ", s.body, value_w, right=rtl)],
        [_paragraph(sign_label, s.label), sig],
    ]
    widths = [30 * mm, value_w]
    if rtl:
        rows = [list(reversed(row)) for row in rows]
        widths.reverse()
    value_col = 0 if rtl else 1
    t = Table(rows, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                *BASE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT"),
                ("LINEBELOW", (value_col, 2), (value_col, 3), 0.6, INK),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def side_by_side(blocks: Sequence[Any], words: Sequence[str] = ()) -> Table:
    """Signature blocks two per row. `words`: the blocks' own labels; when they read right to
    left, so do the rows (the first signer on the right)."""
    rtl = _mirrored(words)
    rows = [list(blocks[i : i + 2]) for i in range(0, len(blocks), 2)]
    if rows and len(rows[-1]) == 1:
        rows[-1].append("")
    if rtl:
        rows = [list(reversed(row)) for row in rows]
    t = Table(rows, colWidths=[CONTENT_W / 2, CONTENT_W / 2])
    t.setStyle(
        TableStyle(
            [
                *BASE_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 if rtl else 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0 if rtl else 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


# -- the page -------------------------------------------------------------------------------
def _canvas_class(meta: DocMeta) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps every page until the end, so each footer can say 'pagina X van Y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, meta, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(c: Canvas, meta: DocMeta, total: int) -> None:
    regular, bold = register_fonts()
    c.saveState()
    top = PAGE_H - 14 * mm
    c.setFillColor(INK)
    # A document in a right-to-left language (its footer words are the catalog's) has its
    # frame mirrored too: organisation on the right, title left, "made on" right, page left.
    rtl = is_rtl_text(meta.footer[0])
    start, end = (c.drawRightString, c.drawString) if rtl else (c.drawString, c.drawRightString)
    start_x, end_x = (PAGE_W - MARGIN_X, MARGIN_X) if rtl else (MARGIN_X, PAGE_W - MARGIN_X)
    c.setFont(bold, 10)
    start(start_x, top, shape(meta.organisation))
    c.setFont(regular, 9)
    c.setFillColor(MUTED)
    end(end_x, top, shape(meta.title))
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, top - 3 * mm, PAGE_W - MARGIN_X, top - 3 * mm)
    bottom = 11 * mm
    c.line(MARGIN_X, bottom + 4 * mm, PAGE_W - MARGIN_X, bottom + 4 * mm)
    c.setFont(regular, 7.5)
    made, page = meta.footer
    if rtl:
        # Shaped as one right-to-left line: the moment and the code follow the words.
        reference = f" · {meta.reference}" if meta.reference else ""
        first = shape(f"{made} {meta.made_at or moment(meta.generated_at)}{reference}")
    else:
        first = f"{shape(made)} {meta.made_at or moment(meta.generated_at)}"
        if meta.reference:
            first += f" · {meta.reference}"
    start(start_x, bottom, first)
    end(end_x, bottom, shape(page.format(n=c.getPageNumber(), total=total)))
    if meta.page_qr:
        from .qr import draw_qr, qr_matrix

        # In the bottom-right corner, outside the text frame: it never covers content.
        size = PAGE_QR_MM * mm
        matrix = qr_matrix(f"{meta.page_qr}&pagina={c.getPageNumber()}")
        draw_qr(c, matrix, PAGE_W - size - 2 * mm, 2 * mm, size)
    c.restoreState()


def render(story: list[Any], meta: DocMeta) -> bytes:
    """Lay out `story` on A4 pages with the shared header and footer; returns the PDF."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        author=meta.organisation,
        subject=meta.subject or meta.title,
        creator="Toestemming",
        initialFontName=register_fonts()[0],  # no base-14 font in the PDF at all
        invariant=True,  # same input → same bytes (no random document id)
    )

    def stamp(canvas: Canvas, _doc: Any) -> None:
        # The PDF's creation date comes from the injected clock, not the system time.
        at = meta.generated_at.astimezone(UTC)
        ts = TimeStamp(1)
        ts.YMDhms = (at.year, at.month, at.day, at.hour, at.minute, at.second)
        ts.dhh = ts.dmm = 0
        canvas._doc._timeStamp = ts

    doc.build(story, onFirstPage=stamp, onLaterPages=stamp, canvasmaker=_canvas_class(meta))
    return out.getvalue()
