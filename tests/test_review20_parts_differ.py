"""review20: a text part and an HTML part that answer differently by a blanket or an item named
in words — "Ja voor alles" in the text part, "Ja voor de eerste" or "Ja voor niets" in the
HTML the parent saw — were no difference (reply_parts compared digits, ja/nee and a few
more only): the text part's yes for every item was proposed with no problem."""

from __future__ import annotations

import pytest
from test_reply_s16_corpus import _two_parts

from toestemming.capture.replies import parse_reply


def _problems(plain: str, html: str) -> list[str]:
    return [p.phrase.message_id for p in parse_reply(_two_parts(plain, html)).problems]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("plain", "html"),
    [
        ("Ja voor alles", "Ja voor de eerste"),
        ("Ja voor alles", "Ja voor niets"),
        ("Ja voor twee en drie", "Ja voor een en drie"),
        ("Yes to all", "Yes to the second"),
    ],
)
def test_a_blanket_or_a_number_in_words_that_differs_is_a_problem(plain: str, html: str) -> None:
    assert "reply-parts-differ" in _problems(plain, html)


@pytest.mark.parametrize(
    ("plain", "html"),
    [
        ("Ja voor alles, een fijne dag!", "<p>Ja voor <b>alles</b>, een fijne dag!</p>"),
        ("Voor de tweede ja, de eerste nee", "Voor de tweede <i>ja</i>, de eerste nee"),
    ],
)
def test_the_same_words_in_both_parts_stay_no_problem(plain: str, html: str) -> None:
    assert _problems(plain, html) == []
