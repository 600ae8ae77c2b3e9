"""A merger (or new name) written only into a recipient's own words.

The product has no "rename" of a recipient on purpose (casus s18, gemeente merger): the name a
youth read is the name the consent covers, a successor is another recipient that needs its own
consent, and the desk says so by setting the old recipient inactive. Desks do not always do
that: they write it into the description ("Per 1 januari 2027 opgegaan in Werkbedrijf
Midden-Nederland"), the department or even the name, and leave the recipient active. "Mag ik
delen?" then said "ja" without a word, and the worker sent the data to the new organisation
under the old consent (cases24 left it, cases25).

This module reads those words — every language of the description, the department, the name —
for the few ways people write that an organisation went into another, took a new name, or
ceased. It only WARNS (a description is free text; a false alarm costs a sentence, a missed
one a sharing nobody agreed to). Pure reading: no writes, no Qt.
"""

from __future__ import annotations

import re

from ..errors import Phrase
from ..model import Recipient
from ..store import repo
from ..store.db import Database

# Written about THIS organisation: it went into another, was renamed or ceased. Not "onderdeel
# van" alone (a department is part of its organisation), only "nu/sinds/voortaan onderdeel".
_MERGER = re.compile(
    r"\b("
    r"opgegaan|gaat\s+op\s+in|gaan\s+op\s+in|opgaan\s+in"
    r"|gefuseerd|fuseert|fuseren|fusie"
    r"|samengegaan|samengevoegd|gaat\s+samen\s+met|gaan\s+samen\s+met"
    r"|herindeling|heringedeeld"
    r"|heet\s+(?:nu|voortaan|sinds|vanaf|per)|nieuwe\s+naam|hernoemd|naamswijziging"
    r"|(?:nu|sinds\s+\S+|per\s+\S+(?:\s+\S+){0,2}|voortaan)\s+(?:een\s+)?onderdeel\s+van"
    r"|onderdeel\s+geworden"
    r"|overgegaan\s+(?:in|naar)|overgenomen\s+door|ondergebracht\s+bij"
    r"|(?:gaat|gaan|ging)\s+(?:\S+\s+){0,3}?verder\s+(?:als|onder)"
    r"|voortgezet\s+(?:als|door|onder)"
    r"|opgeheven|bestaat\s+niet\s+meer"
    r"|merged|merger|now\s+part\s+of|became\s+part\s+of|renamed|taken\s+over\s+by"
    r"|continues\s+as|no\s+longer\s+exists|dissolved"
    r")\b",
    re.IGNORECASE,
)
_SAID_MAX = 160


def merger_words(recipient: Recipient) -> str | None:
    """The sentence of the recipient's name, department or description (any language) that
    says it merged, was renamed or ceased; None when none does."""
    texts = (recipient.name, recipient.department, *(d for _, d in recipient.descriptions))
    for text in texts:
        found = _MERGER.search(text or "")
        if found is None:
            continue
        start = max(text.rfind(".", 0, found.start()) + 1, 0)
        end = text.find(".", found.end())
        sentence = " ".join(text[start : len(text) if end < 0 else end + 1].split())
        if len(sentence) > _SAID_MAX:
            sentence = sentence[: _SAID_MAX - 1].rstrip() + "…"
        return sentence
    return None


def merger_warning(recipient: Recipient) -> Phrase | None:
    """The warning "Mag ik delen?" adds for an active recipient whose own words say it went into
    another organisation (an inactive one has share-warning-recipient-inactive already)."""
    if not recipient.active:
        return None
    said = merger_words(recipient)
    if said is None:
        return None
    return Phrase(
        "share-warning-recipient-merged-description",
        {"recipient": recipient.display_name, "said": said},
    )


class MergerNotes:
    """`merger_warning` per recipient, kept while nothing was committed (Database.change_mark):
    "Mag ik delen?" asks it for every "yes" and a recipient's words change only with a commit."""

    def __init__(self) -> None:
        self._unchanged: tuple[object, ...] | None = None
        self._notes: dict[int, Phrase | None] = {}

    def warning(
        self, db: Database, recipient_id: int, change: tuple[int, int, int] | None
    ) -> Phrase | None:
        key = None if change is None else (id(db), *change)
        if key is None or key != self._unchanged:
            self._notes, self._unchanged = {}, key
        if key is None or recipient_id not in self._notes:
            self._notes[recipient_id] = merger_warning(repo.get_recipient(db, recipient_id))
        return self._notes[recipient_id]
