"""Reply reading, reply26's round (round 18, session 22): "no objection" idioms — a double negative
that means yes — and the same idioms negated again, in nl/en/ar/tr/pl/fr; modern mail as clients
send it (tests/reply_s26_mails.py), through parse_reply and through the desk's real capture path.

Counts over every corpus: `python tests/reply_s26_count.py` (before, its first 61 phrasings:
329 of 1,403 readings wrong, 63 of them a yes nobody gave; after: 0 of 1,472).
"""

from __future__ import annotations

import pytest
import reply_s26_mails as s26
from mail_corpus import SAM
from mail_support import RemoteVault
from reply_harness import is_right, outcome, wrong_in
from reply_s26_phrasings import PHRASINGS
from reply_table import ITEMS
from test_reply_s24_corpus import _to_desk as s24_desk
from test_reply_s24_corpus import vault  # noqa: F401  (the desk's vault, module-scoped)

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.model import Answer

JNJ = ("ja", "nee", "ja")
ALL_YES = ("ja", "ja", "ja")
ALL_NO = ("nee", "nee", "nee")


def _read(text: str) -> tuple[str, ...]:
    return outcome(read_answers(text, ITEMS[:3]))


@pytest.mark.parametrize("name", sorted(PHRASINGS))
def test_no_objection_and_negated_again(name: str) -> None:
    case = PHRASINGS[name]
    assert is_right(case, _read(case.text)), _read(case.text)


@pytest.mark.parametrize(
    "text",
    [
        # before: a no to every item — the "لا" (no) read, "مانع" (objection) not
        "لا مانع",
        "لا مانع لدي",
        "ليس لدي أي مانع",
        "لا يوجد مانع",
        "لا أمانع",
        "sakıncası yok",
        "itirazım yok",
        "nie mam nic przeciwko",
        "aucune objection",
        "je n'y vois pas d'inconvénient",
        "I'm not opposed",
    ],
)
def test_no_objection_in_the_requests_languages_is_a_yes(text: str) -> None:
    assert _read(text) == ALL_YES


@pytest.mark.parametrize(
    "text",
    [
        # before: a YES for 2 — "no objection" read as a no, so "except 2" turned 2 into a yes
        "لا مانع ما عدا 2",
        "لا مانع لدي من 1 و 3 ولكن لدي مانع من 2",
        "nie mam nic przeciwko, oprócz 2",
        # before: nothing read (French "oui"/"tout" unknown)
        "tout oui sauf 2",
        "oui pour tout sauf 2",
        # before: a no for 1 and 3 ("opposed" unknown, "not" read as the answer)
        "not opposed to 1 and 3, opposed to 2",
        "1 ve 3 için itirazım yok, 2 için itirazım var",
    ],
)
def test_no_objection_but_not_to_2(text: str) -> None:
    assert _read(text) == JNJ


@pytest.mark.parametrize(
    "text",
    ["ik heb WEL bezwaar", "لدي مانع", "عندي مانع", "itirazım var", "sprzeciwiam się"],
)
def test_the_idiom_negated_again_is_never_a_yes(text: str) -> None:
    assert _read(text) == ALL_NO


@pytest.mark.parametrize(
    "text",
    [
        "Ja voor alles, ik werk bij een non-profit",  # a prefix, no French "non"
        "لا، مانع",  # "no, an objection": the comma parts them
        "مانع",
        "sakıncası var mı?",
        "2 için itirazım var",
    ],
)
def test_near_misses_give_no_yes_nobody_gave(text: str) -> None:
    got = _read(text)
    if "non-profit" in text:
        assert got == ALL_YES
    else:
        assert "ja" not in got, got


@pytest.mark.parametrize("envelope", sorted(s26.ENVELOPES))
def test_modern_mail_envelopes(envelope: str) -> None:
    """Every phrasing of this round in each envelope, read right from the person's own words."""
    assert not wrong_in(envelope, PHRASINGS, s26.message)


@pytest.mark.parametrize(
    "answer", ["1 ja 2 nee 3 ja", "Één ja – twee nee… drie ja", "niet voor 2, de rest ja"]
)
@pytest.mark.parametrize("envelope", sorted(s26.ENVELOPES))
def test_plain_answers_in_modern_mail(envelope: str, answer: str) -> None:
    parsed = parse_reply(s26.message(envelope, answer))
    assert not parsed.problems, parsed.problems
    assert _read(parsed.text) == JNJ


def test_qp_soft_break_inside_a_word_is_the_word() -> None:
    raw = s26.message("outlook-qp-in-words", "1 ja 2 nee 3 ja")
    assert b"ne=\r\ne" in raw or b"=\r\n" in raw.split(b"2 ne", 1)[1][:8]
    assert _read(parse_reply(raw).text) == JNJ


def test_flowed_delsp_joins_a_broken_word() -> None:
    raw = s26.message("flowed-delsp-qp-8859-15", "1 ja 2 niet 3 ja")
    assert b"ni=20\r\net" in raw  # "niet" broken by the client, its space not the text's
    parsed = parse_reply(raw)
    assert parsed.own_text.startswith("1 ja 2 niet 3 ja")


def test_the_answer_only_in_the_html_part_is_read() -> None:
    """Before: the text part (only our quoted request) was read — nothing, and no word why."""
    parsed = parse_reply(s26.message("html-answer-plain-quote", "1 ja 2 nee 3 ja"))
    assert parsed.answer_in_html and not parsed.problems
    assert _read(parsed.text) == JNJ


def test_a_text_part_with_an_answer_of_its_own_still_wins() -> None:
    raw = s26.message("gmail-quote-around-mso", "1 ja 2 nee 3 ja")
    parsed = parse_reply(raw)
    assert not parsed.answer_in_html and _read(parsed.text) == JNJ


def test_the_parents_own_forwarded_reply_is_read() -> None:
    """Before: "no yes or no in the answer" — her answer was inside the mail she forwarded."""
    parsed = parse_reply(s26.message("forwarded-own-answer", "1 ja 2 nee 3 ja"))
    assert parsed.answer_in_forward
    assert _read(parsed.text) == JNJ


def test_someone_elses_forwarded_reply_is_not_put_on_top() -> None:
    raw = s26.message("forwarded-own-answer", "1 ja 2 nee 3 ja")
    raw = raw.replace(b"Van: Marja de Vries <marja.devries", b"Van: Piet <piet.devries")
    parsed = parse_reply(raw)
    assert not parsed.answer_in_forward
    assert _read(parsed.text) == ("geen",)


@pytest.mark.parametrize("emoji", ["👍", "👎", "❤️", "✅"])
def test_a_reaction_is_no_answer(emoji: str) -> None:
    parsed = parse_reply(s26.reaction(emoji))
    assert parsed.reaction and parsed.automatic
    assert any("emoji-reactie" in str(p) for p in parsed.problems)


# -- through the desk: what the worker is shown ---------------------------------------------------
def _to_desk(desk: RemoteVault, raw: bytes) -> bytes:
    return s24_desk(desk, raw.replace(s26.SENDER.encode(), SAM.encode()))


def test_desk_la_mani3_except_2(vault: RemoteVault) -> None:  # noqa: F811
    """The desk's main request has two items: "no objection except 2" is 1 yes, 2 no (before:
    1 no, 2 YES)."""
    raw = _to_desk(vault, s26.message("apple-html-only", "لا مانع ما عدا 2"))
    proposal = vault.svc.remote.read_reply(raw)
    assert proposal.request_id == vault.main.id, proposal.problems
    assert tuple(i.answer for i in proposal.items) == (Answer.YES, Answer.NO)


def test_desk_answer_in_html_is_noted(vault: RemoteVault) -> None:  # noqa: F811
    raw = _to_desk(vault, s26.message("html-answer-plain-quote", "1 ja 2 nee"))
    proposal = vault.svc.remote.read_reply(raw)
    assert proposal.request_id == vault.main.id, proposal.problems
    assert tuple(i.answer for i in proposal.items) == (Answer.YES, Answer.NO)
    assert any("HTML-deel" in str(n) for n in proposal.notes), proposal.notes


def test_desk_own_forward_is_noted(vault: RemoteVault) -> None:  # noqa: F811
    raw = _to_desk(vault, s26.message("forwarded-own-answer", "1 ja 2 nee"))
    proposal = vault.svc.remote.read_reply(raw)
    assert proposal.request_id == vault.main.id, proposal.problems
    assert tuple(i.answer for i in proposal.items) == (Answer.YES, Answer.NO)
    assert any("doorstuurt" in str(n) for n in proposal.notes), proposal.notes
    for item in proposal.items:
        assert all(proposal.text[a:b].strip() for a, b in item.evidence)


def test_desk_reaction_proposes_nothing(vault: RemoteVault) -> None:  # noqa: F811
    proposal = vault.svc.remote.read_reply(_to_desk(vault, s26.reaction("👍")))
    assert proposal.items == () and not proposal.can_confirm
    assert any("emoji-reactie" in str(p) for p in proposal.problems), proposal.problems
