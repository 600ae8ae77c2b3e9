"""What one signer's new answer on an item does against their own earlier answers: one rule
for every channel (tablet, desk, paper, e-mail, app link). Split from rules.py (which
re-exports it) to keep that module small."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from .model import Answer, Decision


class AnswerEffect(StrEnum):
    """What one signer's new answer on one item does, given what that same signer said before.
    One rule for every channel (tablet, desk, paper, e-mail, app link): `answer_effect`."""

    NEW = "new"  # the signer's first answer on the item: a decision
    SAME = "same"  # the signer already said this: nothing new (no second row in the history)
    WITHDRAWAL = "withdrawal"  # "ja" before, "nee" now: the signer withdraws their consent
    RECONSENT = "reconsent"  # "nee" before, "ja" now: a new consent (a decision)
    OVERTAKEN = "overtaken"  # the signer answered later already: this older answer changes nothing


# Effects that append nothing: the caller skips the item (and refuses when nothing is left).
UNCHANGED_EFFECTS = frozenset({AnswerEffect.SAME, AnswerEffect.OVERTAKEN})


def answer_effect(
    own: Iterable[Decision], answer: Answer, moment: datetime
) -> tuple[AnswerEffect, Decision | None]:
    """The effect of `answer`, given at `moment`, against `own` (this signer's earlier
    decisions on this item), with the standing decision it is compared with.

    A "nee" after one's own "ja" is a withdrawal (DOMAIN rule 4: withdrawing is as easy as
    giving, by any channel, and recorded as a withdrawal with its moment, never as an edit). A
    repeated answer (a reply sent twice, a second tap on another device) appends nothing. An
    answer dated before the signer's own later answer (an old mail read late) is overtaken:
    recording it would put a row in the history that counts for nothing."""
    latest: Decision | None = None
    for d in own:
        if latest is None or (d.decided_at, d.id) > (latest.decided_at, latest.id):
            latest = d
    if latest is None:
        return AnswerEffect.NEW, None
    if latest.answer == answer:
        return AnswerEffect.SAME, latest
    if latest.decided_at > moment:
        return AnswerEffect.OVERTAKEN, latest
    if answer == Answer.NO:
        return AnswerEffect.WITHDRAWAL, latest
    return AnswerEffect.RECONSENT, latest
