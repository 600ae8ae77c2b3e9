"""The answer in a small text file attached beside a body that says no more than "Zie bijlage"
("antwoord.txt" typed in Kladblok or a phone's notes). Read as the sender's own words, like an
answer typed in the subject (reply_subject): only when the body points there and holds no
answer of its own, only one plain-text file (never an attached message: a .eml is someone
else's mail, a forward), and only a short one that quotes nothing of ours (no reference code:
a saved copy of our request holds the example "1 ja, 2 nee").
"""

from __future__ import annotations

import re

from ..refcode import find_reference_codes

MAX_ATTACHED_ANSWER = 2_000  # characters: an answer, not a document

_POINTER = re.compile(
    r"^\s*(?:(?:zie|kijk in|staat in|antwoord (?:staat )?in|mijn antwoord (?:staat )?in|see|"
    r"answer in|my answer is in|in)\s+(?:de\s+|het\s+|the\s+)?(?:bijlage|bijgevoegde? "
    r"(?:bestand|document)|attachment|attached file)|(?:antwoord|answer) (?:in )?(?:de )?"
    r"(?:bijlage|bijgevoegd|attached))\s*[.!:)]*\s*$",
    re.I,
)


def points_to_attachment(own_text: str) -> bool:
    return bool(_POINTER.match(own_text[:200]))


# A contact card or a calendar entry a phone labels text/plain ("Marja.vcf", "afspraak.ics"):
# no typed answer ("NOTE:nee" in a card said no for every item).
_STRUCTURED = re.compile(r"^\s*BEGIN:(?:VCARD|VCALENDAR)\b", re.IGNORECASE)
_TEXT_FILE = re.compile(r"(?:\.(?:txt|text)|^[^.]*)$", re.IGNORECASE)


def answer_file(name: str) -> bool:
    """Whether an attached text part's name is that of a typed text file (or it has none)."""
    return bool(_TEXT_FILE.search(name.strip()))


def attached_answer(texts: list[str]) -> str:
    """The one attached text file's words, or "" when there is none, more than one, or one
    that is long or quotes our request."""
    if len(texts) != 1:
        return ""
    text = texts[0].strip()
    if (
        not text
        or len(text) > MAX_ATTACHED_ANSWER
        or find_reference_codes(text)
        or _STRUCTURED.match(text)
    ):
        return ""
    if any(line.lstrip().startswith(">") for line in text.splitlines()):
        return ""
    return text


__all__ = ["answer_file", "attached_answer", "points_to_attachment"]
