"""A parent answers under each item of our quoted request, in a client that writes HTML.

Our request's HTML lists the items in `<ol style="list-style: none">`: no client shows a
number there. The reader showed one ("> 1. Onderdeel 1: …"), and where the parent typed
between the items the client split the quote and the list, so every item became
"> 1. Onderdeel N: …" — no item heading the reader knows. The answers typed under the items
(Thunderbird or Proton sending HTML only, Outlook on the web with "JA" in red in the original,
Apple Mail with "nee" typed behind the title) were read as nobody's: nothing recorded, and the
worker told nothing. A list the client shows without numbers is read without numbers.
"""

from __future__ import annotations

import pytest
from reply_harness import outcome
from reply_s41_clients import (
    _APPLE_WHEN,
    REQUEST_BODY,
    REQUEST_HTML,
    REQUEST_PLAIN,
    esc,
    inline_html,
    message,
    part,
    thunderbird_inline,
)
from reply_s41_clients import _owa_block as owa_block
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import html_to_text, parse_reply

ANSWERED = ("ja", "nee", "ja")


def _read(raw: bytes) -> tuple[str, ...]:
    parsed = parse_reply(raw)
    assert not parsed.problems, [str(p) for p in parsed.problems]
    return outcome(read_answers(parsed.text, ITEMS[:3]))


def test_our_item_headings_read_as_the_client_shows_them() -> None:
    """No client draws a number before "Onderdeel 1:" in our request; the reader neither."""
    whole, _ = html_to_text(REQUEST_HTML)
    headings = [line for line in whole.split("\n") if "Onderdeel" in line and ":" in line[:14]]
    assert headings == [line for line in REQUEST_PLAIN.split("\n") if line.startswith("Onderdeel")]


def test_thunderbird_html_only_answers_typed_between_the_quoted_items() -> None:
    assert _read(thunderbird_inline(["ja", "nee", "ja"], html_only=True)) == ANSWERED


def test_proton_answers_typed_between_the_quoted_items() -> None:
    quote_open = '<blockquote class="protonmail_quote" type="cite">'
    markup = (
        '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
        '<div class="protonmail_quote">Op maandag 7 december 2026 om 11:12, Testschool '
        "schreef:<br>"
        + inline_html(
            ["Ja", "Nee, liever niet", "Ja"], quote_open, "</blockquote>", "<div>{}</div>"
        )
        + "</div>"
    )
    assert _read(message(part("text/html", markup, cte="base64"))) == ANSWERED


def test_outlook_web_answers_in_red_under_each_heading_of_the_original() -> None:
    body = REQUEST_BODY
    titles = ((1, "Begeleiding naar werk", "JA"), (2, "Stage regelen", "NEE"))
    for n, title, said in (*titles, (3, "Volgen na school (RMC)", "JA")):
        heading = f"<strong>Onderdeel {n}: {esc(title)}</strong>"
        body = body.replace(heading, f'{heading}<br><span style="color:red"><b>{said}</b></span>')
    markup = (
        '<html><body dir="ltr"><div class="elementToProof">Zie mijn antwoorden in het rood.'
        f"</div>{owa_block()}<div>{body}</div></body></html>"
    )
    assert _read(message(part("text/html", markup))) == ANSWERED


@pytest.mark.parametrize("said", [("ja", "nee", "ja"), ("nee", "ja", "nee")])
def test_apple_mail_answer_typed_behind_each_quoted_title(said: tuple[str, ...]) -> None:
    body = REQUEST_BODY
    titles = ("Begeleiding naar werk", "Stage regelen", "Volgen na school (RMC)")
    for n, (title, answer) in enumerate(zip(titles, said, strict=True), start=1):
        heading = f"Onderdeel {n}: {esc(title)}</strong>"
        body = body.replace(heading, f"{heading} {answer}")
    markup = (
        '<html><body dir="auto">Zie hieronder<br><div dir="ltr"><br><blockquote type="cite">'
        f'{esc(_APPLE_WHEN)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
        f"{body}</div></blockquote></body></html>"
    )
    assert _read(message(part("text/html", markup))) == said


def test_a_list_without_markers_still_counts_its_items() -> None:
    """An item drawn without its marker still takes its number: the next one is 2."""
    whole, _ = html_to_text('<ol><li style="list-style-type: none">ja</li><li>nee</li></ol>')
    assert whole.split("\n")[-1] == "2. nee"
    whole, _ = html_to_text('<ol style="list-style: inside none"><li>ja</li><li>nee</li></ol>')
    assert "1." not in whole and "2." not in whole
    assert html_to_text("<ol><li>ja</li><li>nee</li></ol>")[0] == "1. ja\n\n2. nee"
