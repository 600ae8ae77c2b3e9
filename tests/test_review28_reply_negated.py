"""review28: replies in the languages reply24 taught the reader, where a parent REFUSES —
read as a yes nobody gave.

- Turkish puts "not" into the verb: "kabul etmiyorum" (I do not accept), "kabul değil" (not
  accepted). reply24 made "kabul" mean "akkoord"; the refusal was a yes for every item.
- Arabic "لا أوافق" (I do not agree): with "and" in front ("ولا أوافق على 2", reply24 read
  "ولا" as "and no") the no went to the item before and the "agree" to item 2.
- English "all yes save for 2" / "bar number 2": "save"/"bar" (reply24) were "except" only
  right before the number; with "for"/"number" between, 2 got the yes the parent left out."""

from __future__ import annotations

import pytest

from toestemming.capture.answers import read_answers


def _answers(text: str, items: int = 3) -> dict[int, str]:
    return {k: v.value for k, v in read_answers(text, items).answers.items()}


@pytest.mark.parametrize(
    "text",
    [
        "kabul etmiyorum",
        "Hepsini kabul etmiyorum.",
        "Kabul etmem",
        "onaylamıyorum",
        "izin vermiyorum",
    ],
)
def test_a_turkish_refusal_is_never_a_yes(text: str) -> None:
    assert "yes" not in _answers(text).values()


def test_a_turkish_refusal_of_one_item_is_a_no_for_it() -> None:
    assert _answers("2 kabul değil") == {2: "no"}
    assert _answers("1 kabul etmiyorum") == {1: "no"}


def test_a_turkish_yes_stays_a_yes() -> None:
    assert _answers("kabul ediyorum") == {1: "yes", 2: "yes", 3: "yes"}
    assert _answers("2 hariç hepsi evet") == {1: "yes", 2: "no", 3: "yes"}


def test_arabic_and_i_do_not_agree_to_2_is_no_yes_for_2() -> None:
    answers = _answers("أوافق على 1 و 3 ولا أوافق على 2")
    assert answers.get(2) != "yes" and answers.get(3) != "no", answers
    assert answers == {1: "yes", 2: "no", 3: "yes"}


def test_arabic_i_do_not_agree_is_no_yes() -> None:
    assert "yes" not in _answers("لا أوافق").values()
    assert _answers("لا أوافق على 2") == {2: "no"}


def test_the_arabic_and_no_of_reply24_still_reads() -> None:
    assert _answers("نعم لـ 1 و 3 ولا لـ 2") == {1: "yes", 2: "no", 3: "yes"}


@pytest.mark.parametrize(
    "text", ["all yes save for 2", "all yes bar number 2", "yes to all, bar item 2"]
)
def test_english_save_or_bar_before_for_or_number_is_except(text: str) -> None:
    assert _answers(text).get(2) != "yes"
