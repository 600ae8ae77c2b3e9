"""A "nee" that takes back a "ja" is a withdrawal.

Recorded as a decision (the worker's "beslissing vastleggen", a reply read in, the tablet), a
no by someone who holds the rights on an item that is given at that moment ends a consent
that may already have carried sharing. DOMAIN.md rule 4 asks that recipients who received
data are told (AVG art. 19); the product lists them from the withdrawal rows. So such a no is
also written as that person's withdrawal, in the decision's own transaction, with the same
evidence: the item reads "ingetrokken", not "nee gezegd", and the recipients are listed.

It applies when the signer's own latest answer was yes (they change their mind), or when the
item waits for this signer's re-confirmation (turned 16, or curatele began: the parents' or
the youth's earlier yes is theirs to keep or end). A parent who never said yes and now says
no is not withdrawing: the parents disagree, and the item stays "conflicting" (rule 3)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from ..model import Answer, ItemStatus, SignerRef, StatusInfo, Youth
from ..rules import DeciderRequirement, may_withdraw
from ..store import repo
from ..store.db import Database


def taken_back(
    db: Database,
    youth: Youth,
    req: DeciderRequirement,
    signer: SignerRef,
    answers: Mapping[int, Answer],
    statuses: Mapping[int, StatusInfo],
    moment: datetime,
) -> tuple[int, ...]:
    """The items among `answers` whose no ends a consent given at `moment` (see above)."""
    candidates = [
        iid
        for iid, answer in answers.items()
        if answer == Answer.NO and statuses[iid].status == ItemStatus.GIVEN
    ]
    if not candidates or not may_withdraw(req, youth, signer):
        return ()
    marks = ",".join("?" * len(candidates))
    out = []
    for h in repo.item_histories(db, f"s.item_id IN ({marks})", candidates):
        own = [d for d in h.decisions if d.signer == signer and d.decided_at <= moment]
        latest = max(own, key=lambda d: (d.decided_at, d.id), default=None)
        said_yes = latest is not None and latest.answer == Answer.YES
        if said_yes or statuses[h.facts.item_id].needs_reconfirmation:
            out.append(h.facts.item_id)
    return tuple(sorted(out))
