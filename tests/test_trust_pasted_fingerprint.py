"""s30 (lead, from atk31's notes): a privacy officer copies the fingerprint from the proof PDF,
a web page or a chat into `verify --expect-key`. What the copy brings along — zero-width
spaces, direction marks, no-break spaces, dashes, full-width digits — was refused as "not a
fingerprint" (safe, but the officer could not confirm a genuine package). Now those are no
part of it; the 32 hex digits left must still match exactly, so a near miss still fails."""

from __future__ import annotations

import pytest

from toestemming.errors import ValidationError
from toestemming.proof.trust import parse_expected_key

PLAIN = "0123456789abcdef0123456789abcdef"
GROUPED = "0123 4567 89ab cdef 0123 4567 89ab cdef"
KEY = "00112233445566778899aabbccddeeff" * 2


@pytest.mark.parametrize(
    "pasted",
    [
        GROUPED.replace(" ", "\u200b "),  # zero-width space from a web page
        "\u200e" + GROUPED + "\u200f",  # direction marks from a chat app
        GROUPED.replace(" ", "\u00a0"),  # no-break spaces from a PDF
        GROUPED.replace(" ", "-"),
        GROUPED.replace(" ", "\u2013"),  # en dash
        GROUPED.replace(" ", "."),
        GROUPED.upper(),
        "\ufeff" + GROUPED,  # a byte-order mark from a text file
        "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in GROUPED),  # full-width
    ],
)
def test_what_a_copy_brings_along_is_no_part_of_the_fingerprint(pasted: str) -> None:
    assert parse_expected_key(pasted).fingerprint == PLAIN


def test_a_public_key_with_a_zero_width_space_is_the_key() -> None:
    assert parse_expected_key(KEY[:20] + "\u200b" + KEY[20:]).public_key == KEY


@pytest.mark.parametrize(
    "near",
    [
        GROUPED.replace("0", "O", 1),  # letter O for zero: not hex, refused
        GROUPED[:-1],  # one digit short
        GROUPED + "0",  # one digit more
        "0123 4567 89ab cdef",  # the 16-digit form of old PDFs
        GROUPED.replace(" ", "\u200b").replace("a", "\u0430"),  # Cyrillic a
    ],
)
def test_a_near_miss_is_still_refused(near: str) -> None:
    with pytest.raises(ValidationError):
        parse_expected_key(near)


def test_a_different_fingerprint_does_not_match_after_folding() -> None:
    trust = parse_expected_key(GROUPED.replace(" ", "\u200b "))
    assert trust.fingerprint == PLAIN
    assert parse_expected_key(GROUPED.replace("f", "e")).fingerprint != trust.fingerprint
