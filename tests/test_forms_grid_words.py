"""A table column is never so narrow that a word is cut in two (the inzage's "Waarom mocht het"
column split "ouders/vertegenwoordigers" mid-word): `grid` widens a column to its longest word
and takes the room from columns that have it to spare. Read back from the PDF with pdftotext."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from pdf_checks import text

from formulieren.layout import DocMeta, grid, render, title
from toestemming.model import BASIS_LABELS, INFORMED_LABELS, LawfulBasis


def _pdf(header: list[str], rows: list[list[str]], widths: list[float]) -> bytes:
    meta = DocMeta(
        organisation="Testschool", title="Tabel", generated_at=datetime(2026, 12, 4, tzinfo=UTC)
    )
    return render([title("Tabel"), grid(header, rows, widths)], meta)


LONG_WORDS = [
    f"{BASIS_LABELS[LawfulBasis.LEGAL_OBLIGATION]}; {label}" for label in INFORMED_LABELS.values()
] + [
    "Jeugdgezondheidszorgorganisatie",
    "Ondersteuningsbehoefte",
    "ouders/vertegenwoordigers",
]


@pytest.mark.parametrize("value", LONG_WORDS)
def test_no_word_is_cut_in_the_inzage_columns(value: str) -> None:
    header = ["Wanneer", "Aan wie", "Waarvoor", "Welke gegevens", "Waarom mocht het"]
    row = ["25-11-2026", "Gemeente Utrecht", "Transitie van Entree naar werk", value, value]
    tokens = text(_pdf(header, [row], [0.14, 0.22, 0.22, 0.22, 0.2])).split()
    for word in re.split(r"[\s;()]+", value):
        if len(word) > 3:  # whole in both columns that hold it (a cut word is two tokens)
            assert sum(word in token for token in tokens) == 2, (word, tokens)


def test_widths_stay_as_given_when_every_word_fits() -> None:
    t = grid(["A", "B"], [["kort", "ook kort"]], [0.3, 0.7])
    widths = t._colWidths  # reportlab keeps the widths here
    assert widths[0] / sum(widths) == pytest.approx(0.3)


def test_too_many_long_words_still_renders() -> None:
    """When the page is too narrow for every longest word, the table keeps its given widths
    (words may break) rather than overflowing the page."""
    word = "Jeugdgezondheidszorgorganisatie" * 2
    t = grid(["A", "B", "C"], [[word, word, word]], [0.3, 0.3, 0.4])
    widths = t._colWidths
    assert [w / sum(widths) for w in widths] == pytest.approx([0.3, 0.3, 0.4])
