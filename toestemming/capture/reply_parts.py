"""Two versions of one answer: multipart/alternative carries the message as plain text and
as HTML, and the reader reads the plain one (replies.py). A client, a filter, or someone
who builds a message by hand can send parts that say different things: "2 ja" in the text
part, "2 nee" — or a struck-through "ja" — in the HTML the parent saw and sent. Which one
did the person mean? Not ours to guess: the worker sees a problem and asks, nothing is
confirmed from it. Only the words that carry an answer are compared (item numbers, ja/nee,
niet/wel/geen, akkoord), so a signature image, a link or a wrapped line is no difference.
"""

from __future__ import annotations

import re

# Words that decide an answer; a struck-through word in the HTML (each character followed
# by U+0336, replies.py) is none of them, so striking one out is a difference. Which items
# too: "alles" or "niets", a number or a place in words ("Ja voor alles" in one part, "Ja
# voor de eerste" in the other).
_ANSWER_WORD = re.compile(
    r"(?<![\w\u0336])(?:[1-9]|ja|nee|yes|no|not|niet|wel|geen|akkoord|agree|behalve|except|"
    r"alles|alle|niets|all|everything|nothing|none|een|twee|drie|vier|vijf|zes|zeven|acht|"
    r"negen|tien|one|two|three|four|five|six|seven|eight|nine|ten|eerste|tweede|derde|"
    r"vierde|vijfde|first|second|third|fourth|fifth)(?![\w\u0336])",
    re.IGNORECASE,
)


def answer_words(text: str) -> list[str]:
    return [m.group().lower() for m in _ANSWER_WORD.finditer(text)]


def parts_differ(plain: tuple[str, str], html: tuple[str, str]) -> bool:
    """The text part and the HTML part, each as (whole text, the sender's own words), answer
    differently: their own words differ, and so do their whole texts — where only the own
    words differ, the two layouts were cut apart differently ("Op 3-12 ben ik er niet"
    taken for a client's "Op … schreef" line in one of them), not what was said."""
    if not plain[1].strip() or not html[1].strip():
        return False
    if answer_words(plain[1]) == answer_words(html[1]):
        return False
    return answer_words(plain[0]) != answer_words(html[0])
