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
# by U+0336, replies.py) is none of them, so striking one out is a difference.
_ANSWER_WORD = re.compile(
    r"(?<![\w\u0336])(?:[1-9]|ja|nee|yes|no|not|niet|wel|geen|akkoord|agree|behalve|except)"
    r"(?![\w\u0336])",
    re.IGNORECASE,
)
# Only the first part of a long text is compared (the answer is at its start or is short).
_LIMIT = 4000


def answer_words(own_text: str) -> list[str]:
    return [m.group().lower() for m in _ANSWER_WORD.finditer(own_text[:_LIMIT])]


def parts_differ(plain_own: str, html_own: str) -> bool:
    """The sender's own words in the text part and in the HTML part answer differently."""
    if not plain_own.strip() or not html_own.strip():
        return False
    return answer_words(plain_own) != answer_words(html_own)
