"""An answer typed in the subject, the body saying no more than "Zie onderwerp": "Re: Vraag om
toestemming – Testschool – code TS-… – 1 ja 2 nee". With an empty body the subject is never
read (round 8: a subject is also what a Re:-chain or a forward keeps of older mail; the worker
sees it and decides). Only the words the person added are read — after our reference code,
or a subject of their own with no word of ours in it: "Toestemming Sam" is a title, no yes.
"""

from __future__ import annotations

import re

from ..refcode import find_reference_codes

_DASH = r"\s\-\u2010-\u2015"
_CODE = re.compile(rf"(?i)(?<![0-9a-z])ts[{_DASH}]*[0-9a-z]{{4}}[{_DASH}]*[0-9a-z]{{4}}"
                   rf"[{_DASH}]*[0-9a-z](?![0-9a-z])")  # fmt: skip
_PREFIXES = re.compile(
    r"^\s*(?:(?:re|aw|antw|antwoord|fw|fwd|doorst|wg|sv|vs|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I
)
# our subject's own words (every language we send in), and titles that are no answer
_OURS = re.compile(
    r"toestemming|consent|permission|herinnering|reminder|code|\u0637\u0644\u0628|\u0645\u0648\u0627\u0641\u0642\u0629",
    re.I,
)
_EDGES = " \t-\u2010\u2011\u2012\u2013\u2014\u2015:|,;/"


# The body says no more than where the answer is: "Zie onderwerp", "antwoord in de onderwerpregel"
_POINTER = re.compile(
    r"^\s*(?:(?:zie|kijk in|staat in|antwoord (?:staat )?in|see|answer in|in)\s+(?:het\s+|de\s+|the\s+)?"
    r"(?:onderwerp|onderwerpregel|titel|subject|subject line))\s*[.!:)]*\s*$",
    re.I,
)


def points_to_subject(own_text: str) -> bool:
    """The sender's own words are only a pointer to the subject. (An empty body is not: a
    subject is also what a Re:-chain or a forward keeps of older mail — round 8.)"""
    return bool(_POINTER.match(own_text[:200]))


def subject_answer(subject: str) -> str:
    """The words of `subject` that may be an answer, or ""."""
    subject = subject[:500]
    last = None
    for match in _CODE.finditer(subject):
        if find_reference_codes(match.group()):
            last = match
    if last is not None:
        said = subject[last.end() :].strip(_EDGES)
        return said if said and not _CODE.search(said) else ""
    said = _PREFIXES.sub("", subject).strip(_EDGES)
    return "" if _OURS.search(said) else said


__all__ = ["points_to_subject", "subject_answer"]
