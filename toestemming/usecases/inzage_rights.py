"""Who may have the inzage (AVG art. 15) of a youth's record.

The young person, at any age. Beside them, whoever exercises their rights on the day: under 16
the parents with gezag or the voogd (UAVG art. 5), from 18 under curatele or mentorschap the
curator or mentor — the same people who decide for the youth (rules.who_must_decide), and on
a record with more holders of gezag than the law allows, each of them (as for stopping). From
16 the youth exercises their own rights: a parent gets the inzage only from the youth's hands.
A parent without gezag has no access right to the record at all; the law (BW 1:377c) gives
him, on request, information about important matters of the child from those professionally
involved — a conversation, not a copy of what we share with whom. A foster parent or a
gezinsvoogd (OTS) has no gezag either. Split from forms.py by job."""

from __future__ import annotations

from datetime import date

from ..errors import RuleViolation
from ..model import Policy, Representative, RepresentativeRole, SignerKind, SignerRef, Youth
from ..rules import who_must_decide


def check_inzage_requester(
    youth: Youth,
    reps: list[Representative] | tuple[Representative, ...],
    policy: Policy,
    day: date,
    requester: SignerRef,
) -> None:
    """Refuse (RuleViolation, Dutch) when `requester` may not have the youth's inzage on `day`."""
    if requester == SignerRef.youth(youth.id):
        return
    rep = next((r for r in reps if requester == SignerRef.representative(r.id)), None)
    if requester.kind != SignerKind.REPRESENTATIVE or rep is None:
        raise RuleViolation(message_id="error-inzage-requester-unknown")
    req = who_must_decide(youth, reps, policy, day)
    if requester in (*req.signers, *req.may_stop):
        return
    if rep.role == RepresentativeRole.PARENT and not rep.has_gezag:
        raise RuleViolation(
            message_id="error-inzage-parent-without-gezag", params={"name": rep.name}
        )
    if rep.has_gezag and req.age >= 16:
        raise RuleViolation(message_id="error-inzage-youth-decides", params={"name": rep.name})
    raise RuleViolation(message_id="error-inzage-not-representative", params={"name": rep.name})
