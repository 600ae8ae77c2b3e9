"""A "nee" to a re-confirmation is a withdrawal.

When a youth turns 16 (or curatele begins), a consent the parents (or the youth) gave stays on
record but waits for re-confirmation by whoever now holds the rights (DOMAIN rule 3). That
person's first answer "nee" ends a consent that may already have carried sharing, so it is
recorded as their withdrawal, in the answer's own transaction, with the same evidence: the item
reads "ingetrokken", not "nee gezegd", and the recipients already served are listed to be told
(AVG art. 19). A "nee" after the signer's *own* "ja" is the same rule's other case and is
decided by rules.answer_effect (AnswerEffect.WITHDRAWAL).

A parent who never said yes and now says no is, as a rule, not withdrawing: the parents
disagree, and the item is "conflicting" (no consent; they can still agree). Except where the
policy lets one parent's "ja" suffice and something was already shared under it: that "ja"
was acted on, on the presumption that the other parent with gezag agreed. The other parent's
"nee" ends that consent as their withdrawal, so the recipients already served are listed to
be told (AVG art. 19) — the same as when that parent uses "intrekken" (DOMAIN rule 4:
withdrawing by any channel that could give consent). Likewise where gezag changed hands (a
voogd after the parents): the item waits for the voogd, but data went out on the parents'
"ja"; the voogd's first "nee" ends that consent as the voogd's withdrawal. `reconfirmation_
refusals` finds all three (the last two with `served`: the items shared under).

The other way round: a signer's "nee" after their own "ja" is a withdrawal only where a
consent was in force (the item "given"). Where their "ja" was not enough on its own — both
parents must agree and the other has not answered, or a co-deciding youth of 12–15 whose
parents have not — no consent ever existed and nothing could be shared under it: the "nee"
is their answer, changed while the request is open (`changed_before_consent`). The item reads
"nee gezegd" (no consent), stays open for the other signer and for this one's "ja" again, and
no recipient is to be told. ARCHITECTURE.md, "A no before the consent was complete".

And someone who may stop but not decide (an adult under curatele or mentorschap: the curator
or mentor decides, DOMAIN rule 4) stops with a "nee": on any item that can still be answered
it is their withdrawal — what "Intrekken" at the desk does for them (withdrawals.choices lists
them), whether the curator's "ja" was acted on or not, and whether they said "nee" before
under the rules of 17 (`stops_as_non_decider`, session 18)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TypeVar

from ..model import Answer, ItemStatus, SignerRef, StatusInfo, Youth
from ..rules import AnswerEffect, DeciderRequirement, may_answer, may_withdraw

T = TypeVar("T")


def reconfirmation_refusals(
    youth: Youth,
    req: DeciderRequirement,
    signer: SignerRef,
    answers: Mapping[int, Answer],
    statuses: Mapping[int, StatusInfo],
    effects: Mapping[int, AnswerEffect],
    served: Collection[int] = (),
) -> list[int]:
    """The items among `answers` where the signer's first answer is a no that ends a consent
    in force: one given earlier that waits for their re-confirmation, or one another signer
    gave alone (one parent with gezag, where policy lets one suffice) under which data were
    shared already (`served`: the items with a disclosure; see `stops_after_sharing`)."""
    items = [
        iid
        for iid, answer in answers.items()
        if answer == Answer.NO
        and effects[iid] == AnswerEffect.NEW
        and (
            (
                statuses[iid].status == ItemStatus.GIVEN
                and (statuses[iid].needs_reconfirmation or iid in served)
            )
            # Given by those who had gezag then, data shared under it, and now waiting for
            # whoever has gezag today (a voogd after the parents, session 17): their first
            # "nee" ends the consent the recipients hold data on.
            or (statuses[iid].status == ItemStatus.REQUESTED and iid in served)
        )
    ]
    return items if items and may_withdraw(req, youth, signer) else []


def stops_as_non_decider(
    youth: Youth,
    req: DeciderRequirement,
    signer: SignerRef,
    answers: Mapping[int, Answer],
    statuses: Mapping[int, StatusInfo],
    effects: Mapping[int, AnswerEffect],
) -> list[int]:
    """The items a signer who may withdraw but does not decide (an adult under curatele or
    mentorschap) stops with a "nee": every item that can still be answered. Their repeated
    "nee" (SAME: said under the rules before curatele) stops too — the curator may have said
    "ja" since. Only "nee"s: a "ja" of theirs is refused whole (rules.may_give_answers)."""
    if signer in req.signers or not may_withdraw(req, youth, signer):
        return []
    return [
        iid
        for iid, answer in answers.items()
        if answer == Answer.NO
        and effects[iid] in (AnswerEffect.NEW, AnswerEffect.SAME)
        and may_answer(statuses[iid].status)
    ]


def changed_before_consent(
    req: DeciderRequirement,
    signer: SignerRef,
    statuses: Mapping[int, StatusInfo],
    effects: Mapping[int, AnswerEffect],
) -> list[int]:
    """The items where the signer's "nee" after their own "ja" withdraws nothing: they decide
    now (a parent who no longer does, the youth being 16, still withdraws) and the item was
    not given — their "ja" alone was no consent."""
    if signer not in req.signers:
        return []
    return [
        iid
        for iid, effect in effects.items()
        if effect == AnswerEffect.WITHDRAWAL and statuses[iid].status != ItemStatus.GIVEN
    ]


def settled_effects(
    youth: Youth,
    req: DeciderRequirement,
    signer: SignerRef,
    answers: Mapping[int, Answer],
    statuses: Mapping[int, StatusInfo],
    effects: dict[int, tuple[AnswerEffect, T]],
    served: Collection[int],
) -> dict[int, tuple[AnswerEffect, T]]:
    """`effects` (rules.answer_effect per item, with the standing decision) with both cases
    of this module applied: a first "nee" that ends a consent in force becomes a withdrawal,
    so does a non-decider's "nee"; a "nee" after one's own "ja" where no consent was in force
    becomes a plain answer."""
    plain = {i: e for i, (e, _) in effects.items()}
    for iid in reconfirmation_refusals(youth, req, signer, answers, statuses, plain, served):
        effects[iid] = (AnswerEffect.WITHDRAWAL, effects[iid][1])
    for iid in stops_as_non_decider(youth, req, signer, answers, statuses, plain):
        effects[iid] = (AnswerEffect.WITHDRAWAL, effects[iid][1])
    for iid in changed_before_consent(req, signer, statuses, plain):
        effects[iid] = (AnswerEffect.NEW, effects[iid][1])
    return effects
