"""Round 10 of issue 19: what a hurried parent or young person types (tests/
reply_round10_phrasings.py) in every client envelope of round 8 and of round 10 (tests/
reply_round10_mails.py), and every earlier round's phrasings in round 10's envelopes; raw
bytes through the whole reader. One sharp case per class found, each failing on the code
before its fix; the worst through the import of a real vault. Counts by kind:
`python tests/reply_round10_count.py`.
"""

from __future__ import annotations

from typing import Any

import pytest
import reply_round10_mails as m10
import reply_s14_mails as s14
import test_reply_s13_corpus as s13_test
import test_reply_s14_corpus as s14_test
from mail_support import RemoteVault
from reply_harness import outcome, read, wrong_in
from reply_round9_phrasings import PHRASINGS as P9
from reply_round10_phrasings import PHRASINGS as P10
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import html_to_text
from toestemming.errors import Said
from toestemming.model import Answer

ROUNDS: dict[str, dict[str, Any]] = {"round-10": P10, "round-9": P9, **s14_test.ROUNDS}


@pytest.mark.parametrize("envelope", sorted(s14.ENVELOPES))
def test_every_round_10_phrasing_in_every_round_8_client(envelope: str) -> None:
    assert wrong_in(envelope, P10, s14.message) == []


@pytest.mark.parametrize("envelope", sorted(m10.ENVELOPES))
@pytest.mark.parametrize("round_", sorted(ROUNDS))
def test_every_phrasing_in_every_round_10_client(round_: str, envelope: str) -> None:
    assert wrong_in(envelope, ROUNDS[round_], m10.message) == []


@pytest.mark.parametrize("envelope", sorted(m10.ENVELOPES))
def test_the_quoted_request_alone_answers_nothing(envelope: str) -> None:
    assert read(m10.message(envelope, "")) == ("geen",)


def test_the_corpus_covers_the_brief() -> None:
    assert len(P10) >= 80
    assert len(P10) * (len(s14.ENVELOPES) + len(m10.ENVELOPES)) >= 1800


# -- the classes found, one sharp case each (each failed before its fix) -------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "beide" with three items beside a number that is no item: was a yes to all three
        ("Ja voor beide, hij is 16 jaar", ("geen",)),
        ("Ja voor allebei, over 2 weken hoor ik het graag", ("geen",)),
        ("Yes to both, he is 17", ("geen",)),
        # "beide" with the two named beside it: was a yes for item 2 too
        ("Ja voor beide (1 en 3)", ("ja", "?", "ja")),
        # a restriction hung on one item: was every item unclear
        ("1 ja, 2 ja maar alleen dit schooljaar, 3 nee", ("ja", "?", "nee")),
        ("1 ja\n2 ja, maar geen medische gegevens\n3 ja", ("ja", "?", "ja")),
        ("1 ja maar zonder zijn diagnose, 2 nee, 3 ja", ("?", "nee", "ja")),
        # "verder" as the rest after a numbered item: was 1 and 3 unclear
        ("Liever niet voor 2, verder prima", ("ja", "nee", "ja")),
        # the young person's yes, told: was the sender's yes to all
        ("Sam gaat akkoord", ("geen",)),
        ("Hij is het er helemaal mee eens", ("geen",)),
        # ... an aside in brackets after the sender's whole answer: was item 2 unclear
        ("1 ja 2 nee 3 ja (Sam gaat ook akkoord)", ("ja", "nee", "ja")),
        # a blanket that takes back every item's own answer: was a yes to all three
        ("1 ja 2 ja 3 ja... grapje, allemaal nee", ("geen",)),
        ("1 ja 2 nee 3 ja. Nee voor alles", ("?", "nee", "?")),
        # "no more questions" under the answer: was 1 and 3 unclear (a no beside the yeses)
        ("1 ja 2 nee 3 ja\n\nNee hoor, we hebben geen vragen", ("ja", "nee", "ja")),
        # an item answered beside a withdrawal: was withdrawn too
        ("Ik wil 1 intrekken en 2 ja", ("intrekken", "1")),
        # another's answer under a colon and a blank line: was the sender's yes to all
        ("Mijn man zegt:\n\nJa voor alles", ("geen",)),
        ("Doorgestuurd sms van mijn vader:\n\n1 ja 2 ja 3 ja", ("geen",)),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what must stay as it was
        ("1 en 3 allebei ja, 2 nee", ("ja", "nee", "ja")),
        ("Ja voor beide", ("geen",)),
        ("1 ja, 2 ja, 3 nee, maar alleen dit schooljaar", ("geen",)),  # whose? every yes
        ("1 ja\n2 ja\n3 ja, maar geen medische gegevens", ("geen",)),
        ("De gemeente mag het niet weten, verder ja", ("geen",)),  # no item of ours
        ("Verder prima", ("geen",)),
        ("Ik ga akkoord", ("ja", "ja", "ja")),
        ("1 ja, verder alles nee", ("ja", "nee", "nee")),
        ("Ja voor alles: 1 ja 2 ja 3 ja", ("ja", "ja", "ja")),
        ("He agrees", ("geen",)),
        ("Mijn man zegt nee.\n\nIk zeg ja voor alles", ("ja", "ja", "ja")),
    ],
)
def test_what_stays(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


@pytest.mark.parametrize(
    ("text", "reason", "items"),
    [
        # a time of one's own is named as such since round 11 (was "cond")
        ("1 ja, 2 ja maar alleen dit schooljaar, 3 nee", "time", (2,)),
        ("1 ja, 2 ja maar alleen als hij het zelf wil, 3 nee", "cond", (2,)),
        ("1 ja\n2 ja, maar geen medische gegevens\n3 ja", "limit", (2,)),
        ("Mijn man gaat akkoord, ik niet", "told", (1, 2, 3)),
        ("Mijn man zegt:\n\nJa voor alles", "told", (1, 2, 3)),
        ("Ja voor beide, hij is 16 jaar", "count", (1, 2, 3)),
    ],
)
def test_each_unclear_item_has_a_reason_the_worker_reads(
    text: str, reason: str, items: tuple[int, ...]
) -> None:
    reading = read_answers(text, ITEMS[:3])
    unclear = {p: r for p, r in reading.items.items() if r.verdict == "onduidelijk"}
    assert tuple(sorted(unclear)) == items
    assert all(r.reason == Said(f"reply-reason-{reason}") for r in unclear.values())


def test_only_anothers_answer_is_said_so() -> None:
    reading = read_answers("Sam gaat akkoord", ITEMS[:3])
    assert reading.problems == [Said("reply-only-told")]


def test_outlook_on_the_web_paragraphs_are_lines() -> None:
    """Outlook on the web writes every typed line as a margin-less <p>: "Ja" and "maar niet
    voor 2" on two lines are one answer (read as two paragraphs, the yes stood alone)."""
    head = "<html><head><style>P {margin-top:0;margin-bottom:0;}</style></head><body>"
    text, _ = html_to_text(f"{head}<p>Ja</p><p>maar niet voor 2</p></body></html>")
    assert outcome(read_answers(text, ITEMS[:3])) == ("ja", "nee", "ja")
    inline = '<p style="margin-top:0;margin-bottom:0">'
    text, _ = html_to_text(f"{inline}Ja</p>{inline}maar niet voor 2</p>")
    assert text == "Ja\nmaar niet voor 2"
    text, _ = html_to_text("<p>Ja</p><p>x</p>")  # a plain <p> keeps its blank line
    assert text == "Ja\n\nx"


# -- answers typed on our quoted item headings ------------------------------------------------
@pytest.mark.parametrize("style", ["gmail", "outlook", "outlook-lines"])
@pytest.mark.parametrize(
    ("marks", "want"),
    [
        ({1: " JA", 2: " NEE", 3: " JA"}, ("ja", "nee", "ja")),
        ({1: " - ja", 2: " - nee"}, ("ja", "nee", "?")),
        ({2: ": nee!!"}, ("?", "nee", "?")),
    ],
)
def test_answers_typed_on_the_quoted_headings_are_read(
    style: str, marks: dict[int, str], want: tuple[str, ...]
) -> None:
    """ "> Onderdeel 1: Begeleiding naar werk JA": was nothing read (the quote is ours)."""
    assert read(m10.on_headings(style, marks)) == want


@pytest.mark.parametrize("same_line", [True, False])
def test_answers_typed_in_red_in_outlooks_original_are_read(same_line: bool) -> None:
    raw = m10.outlook_red({1: "JA", 2: "NEE", 3: "JA"}, same_line)
    assert read(raw) == ("ja", "nee", "ja")


def test_a_line_of_the_request_under_a_heading_is_no_answer() -> None:
    """Only a line that is nothing but an answer word: our own "Welke gegevens: …" line is
    never read, nor the signature's "Nee zeggen mag" paragraph."""
    assert read(m10.on_headings("outlook-lines", {})) == ("geen",)
    assert read(m10.on_headings("outlook-lines", {1: "Nee zeggen mag altijd."})) == ("geen",)


@pytest.mark.parametrize("style", ["older-outlook", "older-gmail"])
def test_answers_on_the_headings_of_an_older_message_are_not_the_senders(style: str) -> None:
    """The other parent's reply, forwarded or quoted, had her answers on the headings: they
    are hers, never the sender's."""
    assert read(m10.on_headings(style, {1: " ja", 2: " ja", 3: " ja"})) == ("geen",)


def test_a_title_word_is_not_an_answer() -> None:
    """Nothing typed after the title: the heading itself answers nothing."""
    assert read(m10.on_headings("gmail", {})) == ("geen",)


# -- through the import of a real vault (round 7's module fixture) -----------------------------
vault = s13_test.vault
_dated = s13_test._dated


@pytest.mark.parametrize("envelope", ["outlook-plain-1252", "ziggo-webmail", "outlook-com-p"])
@pytest.mark.parametrize("text", ["Ja voor beide, hij is 16 jaar", "Sam gaat akkoord"])
def test_no_yes_nobody_gave_through_the_import(
    vault: RemoteVault, envelope: str, text: str
) -> None:
    """The vault's request has two items: "beide" fits it, so the number beside it must not
    matter — but "Sam gaat akkoord" is never the sender's yes."""
    proposal = vault.svc.remote.read_reply(_dated(m10.message(envelope, text), vault))
    if text.startswith("Sam"):
        assert all(i.answer != Answer.YES for i in proposal.items), proposal.items
        assert not proposal.can_confirm
    else:
        assert [i.answer for i in proposal.items] == [Answer.YES, Answer.YES]


def test_answers_on_the_headings_through_the_import(vault: RemoteVault) -> None:
    raw = m10.on_headings("gmail", {1: " JA", 2: " NEE"})
    proposal = vault.svc.remote.read_reply(_dated(raw, vault))
    assert [i.answer for i in proposal.items] == [Answer.YES, Answer.NO]
