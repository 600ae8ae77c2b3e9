"""pdfactive's lexer was bounded in the tokens it meets outside strings (100,000), but not in
those inside one: a literal string nests, so 8 MB of "(" (one string, 8 million deep) or one
string of 4 million escapes kept its inner loop busy for 1-3 s per PDF — and a youth's package
holds one PDF per request. Every token now counts against the same bound."""

from __future__ import annotations

import pytest

from toestemming.proof import pdfactive
from toestemming.proof.package import PDF


@pytest.mark.parametrize(
    "body",
    [b"(" * 8_000_000, b"(" + b"\\a" * 4_000_000, b"(" * 60_000 + b")" * 60_000],
    ids=["nested-8-million-deep", "four-million-escapes", "nested-then-closed"],
)
def test_one_string_of_millions_of_tokens_is_refused_before_the_lexer_loops(body: bytes) -> None:
    said = pdfactive.problem(b"%PDF-1.7\n" + body, PDF)
    assert said is not None and "onwaarschijnlijk veel losse onderdelen" in said, said
