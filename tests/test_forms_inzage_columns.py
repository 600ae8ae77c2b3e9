"""The inzage's table "Wat we hebben gedeeld": no word of what its last column can hold (the
lawful basis, an override's ground, who was told) is wider than that column — reportlab
breaks such a word in the middle ("ouders/vertegenw-oordigers" over two lines)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from formulieren.inzage import DISCLOSURE_WIDTHS
from formulieren.layout import CONTENT_W, styles
from toestemming.usecases import sharing_rules

PADDING = 12  # a grid cell's left and right padding together


def test_every_word_of_why_it_was_allowed_fits_its_column() -> None:
    small = styles().small
    room = CONTENT_W * DISCLOSURE_WIDTHS[-1] - PADDING
    texts = [
        *sharing_rules.BASIS_LABELS.values(),
        *sharing_rules.OVERRIDE_GROUND_LABELS.values(),
        *sharing_rules.INFORMED_LABELS.values(),
    ]
    too_wide = {
        word
        for text in texts
        for word in text.split()
        if stringWidth(word, small.fontName, small.fontSize) > room
    }
    assert not too_wide, f"wider than {room:.0f} pt: {sorted(too_wide)}"


def test_the_columns_fill_the_page_and_dates_fit() -> None:
    assert abs(sum(DISCLOSURE_WIDTHS) - 1) < 1e-9
    small = styles().small
    date_room = CONTENT_W * DISCLOSURE_WIDTHS[0] - PADDING
    assert stringWidth("28-12-2026", small.fontName, small.fontSize) <= date_room
