"""A CSV export that claims UTF-16 (a byte-order mark) but is cut off mid-character or damaged:
the preview says so in Dutch and reads nothing — found by the hypothesis fault test, which
crashed the preview with a UnicodeDecodeError (a traceback in the import dialog)."""

from __future__ import annotations

import codecs
from datetime import date

import pytest

from toestemming.csv_import import read_export

GOOD = "voornaam;achternaam;geboortedatum\nSam;de Vries;01-02-2010\n"


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le")[:-1],  # cut off mid-character
        codecs.BOM_UTF16_LE + "Sam".encode("utf-16-le") + b"\x00\xdc",  # a lone low surrogate
        codecs.BOM_UTF16_BE + b"\xd8\x00\x00\x41",  # a high surrogate without its pair
    ],
)
def test_damaged_utf16_export_reads_nothing_and_says_why(data: bytes) -> None:
    preview = read_export(data, date(2026, 12, 5))
    assert preview.rows == ()
    assert [p.phrase.message_id for p in preview.problems] == ["csv-utf16-damaged"]
    assert "beschadigd" in preview.problems[0]


def test_whole_utf16_export_still_reads() -> None:
    preview = read_export(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), date(2026, 12, 5))
    assert preview.problems == ()
    assert preview.encoding == "UTF-16"
    assert len(preview.rows) == 1
