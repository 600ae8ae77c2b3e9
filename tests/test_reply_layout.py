"""Where the sender's own words are: above, below or between the quoted lines, in plain text
and in HTML-only mail; signatures and disclaimers out; our own request never read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reply_table import ITEMS, _expand

from toestemming.capture.answers import Verdict, read_answers
from toestemming.capture.replies import parse_reply
from toestemming.capture.reply_layout import own_segments, own_text
from toestemming.model import Answer

Y, N = Answer.YES, Answer.NO


def _mail(body: str, subtype: str = "plain") -> bytes:
    return (
        "From: Sam <sam@example.org>\r\nSubject: Re: Vraag om toestemming\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: text/{subtype}; charset="utf-8"\r\n\r\n'
        + body.replace("\n", "\r\n")
    ).encode()


def test_inline_answers_carry_the_item_they_were_typed_under() -> None:
    text = _expand("{inline-gmail: ja | nee}", 2)
    segments = own_segments(text)
    assert [(text[s.start : s.end], s.item) for s in segments] == [("ja", 1), ("nee", 2)]


def test_answer_below_the_how_to_paragraph_is_not_bound_to_the_last_item() -> None:
    text = _expand("{thunderbird}", 2) + "\n\nnee\n"
    assert [s.item for s in own_segments(text)] == [None]
    reading = read_answers(text, ITEMS[:2])
    assert reading.answers == {1: N, 2: N} and reading.blanket


def test_outlook_original_below_a_header_block_is_never_read() -> None:
    text = "Ja hoor, dat is goed.\n\n" + _expand("{outlook}", 2)
    assert own_text(text) == "Ja hoor, dat is goed."


def test_signature_block_is_left_out_but_a_ps_is_read() -> None:
    text = "1 ja 2 ja\n\nMet vriendelijke groet,\n\nJ. Nooit\nNiet op vrijdag\n\nPS 2 toch niet"
    assert own_text(text) == "1 ja 2 ja\nPS 2 toch niet"


def test_gmail_html_only_with_answers_between_the_quoted_items() -> None:
    html = (
        '<div dir="ltr">Zie hieronder</div><div class="gmail_quote"><div class="gmail_attr">'
        "Op ma 23 nov 2026 om 11:00 schreef Testschool &lt;school@example.org&gt;:<br></div>"
        '<blockquote class="gmail_quote">Beste Sam,<br><br>Onderdeel 1: Begeleiding naar werk'
        "<br>Aan wie: UWV.</blockquote><div>ja</div>"
        '<blockquote class="gmail_quote">Onderdeel 2: Stage regelen<br>Aan wie: Bakkerij.'
        "</blockquote><div>liever niet</div>"
        '<blockquote class="gmail_quote">Hoe geef je antwoord? Bijvoorbeeld: 1 ja, 2 nee.'
        "</blockquote></div>"
    )
    reply = parse_reply(_mail(html, "html"))
    assert reply.html_only
    assert "> Onderdeel 1: Begeleiding naar werk" in reply.text  # shown as a client shows it
    reading = read_answers(reply.text, ITEMS[:2])
    assert reading.answers == {1: Y, 2: N}
    assert not reading.blanket


def test_outlook_html_only_reads_only_above_the_reply_header() -> None:
    html = (
        "<html><body><div>Nee, liever niet.</div><div>Groet, Sam</div>"
        '<hr><div id="divRplyFwdMsg"><b>Van:</b> Testschool<br><b>Verzonden:</b> maandag</div>'
        "<div>Onderdeel 1: Begeleiding naar werk<br>Beantwoord met 1 ja, 2 nee. "
        "Intrekken kan altijd.</div></body></html>"
    )
    reply = parse_reply(_mail(html, "html"))
    assert reply.own_text.startswith("Nee, liever niet.")
    reading = read_answers(reply.text, ITEMS[:2])
    assert reading.answers == {1: N, 2: N} and reading.withdraw is None


def test_thunderbird_html_bottom_post() -> None:
    html = (
        '<div class="moz-cite-prefix">Op 23-11-2026 om 11:00 schreef Testschool:<br></div>'
        '<blockquote type="cite">Onderdeel 1: Begeleiding naar werk<br>Onderdeel 2: Stage'
        "<br>Schrijf bijvoorbeeld: 1 ja, 2 nee.</blockquote><p>Ja voor allebei.</p>"
    )
    reading = read_answers(parse_reply(_mail(html, "html")).text, ITEMS[:2])
    assert reading.answers == {1: Y, 2: Y}


def test_unclear_items_carry_the_doubting_words() -> None:
    text = "1 ja, 2 weet ik nog niet"
    reading = read_answers(text, ITEMS[:2])
    second = reading.items[2]
    assert second.verdict == Verdict.UNCLEAR and "twijfelt" in second.reason
    assert [text[a:b] for a, b in second.spans] == ["2 weet ik nog niet"]
    assert reading.answers == {1: Y}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.integers(min_value=1, max_value=4))
def test_any_text_gives_spans_inside_it_and_never_a_silent_half(text: str, items: int) -> None:
    reading = read_answers(text, items)
    for item in reading.items.values():
        for start, end in item.spans:
            assert 0 <= start < end <= len(text)
    complete = set(reading.answers) == set(range(1, items + 1))
    assert complete or reading.withdraw is not None or reading.problems
    for segment in own_segments(text):
        assert 0 <= segment.start <= segment.end <= len(text)


_WORDS_TEXT = (
    "1 2 ja nee niet geen wel ook voor maar behalve alles akkoord bezwaar misschien intrekken "
    "trek in , . ? ! \n > Onderdeel 1: Op ma schreef: liever graag ok 👍 stage UWV denk als"
)
WORDS = _WORDS_TEXT.split(" ")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30))
def test_a_reply_is_never_read_both_ways(words: list[str]) -> None:
    """Whatever the words, an item is read as one of ja, nee or onduidelijk, and the answers
    given match the verdicts."""
    reading = read_answers(" ".join(words), ITEMS[:2])
    for p, answer in reading.answers.items():
        verdict = reading.items[p].verdict
        assert verdict == (Verdict.YES if answer == Y else Verdict.NO)
