"""A reply forwarded by someone else: the school's secretariat, a colleague, the other parent
("Zie hieronder het antwoord van de moeder van Sam", then Outlook's "Van:/Verzonden:" block
and the parent's own mail). The forwarder's own words answer nothing, and the parent's words
are not the parent's message: nobody can tell from a forward what the parent sent, or when.
The worker is shown what the forwarded mail says — read like any answer, its words
highlighted — marked as forwarded and never confirmable as it stands (remote_replies).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .reply_headers import addresses
from .reply_layout import own_text
from .reply_parts import answer_words

# The first header block at the top level (not inside ">" quotes): its sender line, the lines
# of the block, then the forwarded mail.
_FROM = re.compile(r"^\*?(?:van|from|von)\s*:\*?\s*(.+)$", re.IGNORECASE)
_NEXT = re.compile(
    r"^\*?(?:verzonden|sent|gesendet|date|datum|onderwerp|subject|betreff|aan|to|an|cc|bcc)"
    r"\s*:\*?",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*(?:_{8,}|-{2,}\s*(?:original message|oorspronkelijk bericht|origineel "
                   r"bericht|forwarded message|doorgestuurd bericht)\s*-*)\s*$", re.IGNORECASE)  # fmt: skip


@dataclass(frozen=True)
class Forwarded:
    start: int  # where the forwarded mail's own text begins in the text
    address: str  # the forwarded mail's sender (lower case), "" when its line has none


def forwarded_part(text: str) -> Forwarded | None:
    """The first forwarded mail under the sender's own words, or None."""
    offset = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(">"):
            return None  # a quote comes first: a reply, not a forward
        found = _FROM.match(stripped)
        if found and (i == 0 or _RULE.match(lines[i - 1]) or not lines[i - 1].strip()):
            k = i + 1
            while k < len(lines) and _NEXT.match(lines[k].strip()):
                k += 1
            if k == i + 1:
                offset += len(line) + 1
                continue  # "Van: ..." alone is no header block
            start = offset + sum(len(x) + 1 for x in lines[i:k])
            found_addresses = addresses(found.group(1))
            return Forwarded(start, found_addresses[0] if len(found_addresses) == 1 else "")
        offset += len(line) + 1
    return None


def blank_before(text: str, start: int) -> str:
    """The text with everything before `start` as spaces (line breaks kept): read from there,
    every span still points into the text the worker sees."""
    head = re.sub(r"[^\n]", " ", text[:start])
    return head + text[start:]


def own_forwarded_answer(text: str, own: str, sender: str) -> str:
    """The answer in a mail the sender forwards of their own ("Sorry, dit had ik naar de
    mentor gestuurd. Zie hieronder." above their earlier reply): its own words, when the
    forwarded mail is from the same address and the words above it answer nothing. The
    answer was left unread ("no yes or no in the answer") though it is the sender's own."""
    if not sender or answer_words(own):
        return ""
    found = forwarded_part(text)
    if found is None or found.address != sender.lower():
        return ""
    return own_text(text[found.start :]).strip()


__all__ = ["Forwarded", "blank_before", "forwarded_part", "own_forwarded_answer"]
