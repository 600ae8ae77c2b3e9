"""Reply reading, reply25's round (round 17, session 21): replies written on a phone in a hurry
— autocorrect, voice dictation, numbers as words in nl/en/tr/pl/ar, emoji. Counts over the
corpora: `python tests/reply_s25_count.py` (before: 64 of 512 wrong, all clear answers in
Turkish, Polish or Arabic number words left unclear; after: 0)."""

from __future__ import annotations

import pytest
import reply_s24_mails as s24
from reply_harness import is_right, outcome
from reply_s25_phrasings import PHRASINGS
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply


@pytest.mark.parametrize("name", sorted(PHRASINGS))
def test_a_phone_reply_in_a_hurry(name: str) -> None:
    case = PHRASINGS[name]
    got = outcome(read_answers(case.text, ITEMS[:3]))
    assert is_right(case, got), got


@pytest.mark.parametrize(
    "text",
    [
        # before: nothing read ("geen") — the parent dictated numbers in their own language
        "bir evet iki hayır üç evet",
        "jeden tak dwa nie trzy tak",
        "واحد نعم اثنان لا ثلاثة نعم",
        "1 evet iki hayır 3 evet",
    ],
)
def test_dictated_number_words_in_the_requests_languages(text: str) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == ("ja", "nee", "ja")


@pytest.mark.parametrize("envelope", sorted(s24.ENVELOPES))
def test_dictated_in_polish_through_a_whole_message(envelope: str) -> None:
    parsed = parse_reply(s24.message(envelope, "jeden tak dwa nie trzy tak", "nl"))
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("ja", "nee", "ja")


@pytest.mark.parametrize(
    "text",
    [
        "iki hafta sonra 3 evet",  # "two weeks later": no item 2
        "dwa tygodnie temu powiedziałem 2 nie",  # "two weeks ago I said"
        "Bir sorum var: 2 hayır",  # "I have a question": the article, no item 1
    ],
)
def test_a_number_word_before_a_noun_is_no_item(text: str) -> None:
    got = outcome(read_answers(text, ITEMS[:3]))
    assert "ja" not in got[:2] and got[:1] != ("nee",), got
