"""Pure consent rules. No I/O, no clock: every function takes the date or moment it judges.

Age is computed on the date of the decision (AVG art. 8 / UAVG art. 5: under 16 the holders
of parental authority decide). Someone born on 29 February turns a year older on 1 March in
common years — the usual Dutch reading, and what `age_on` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Protocol

from .answer_effects import UNCHANGED_EFFECTS as UNCHANGED_EFFECTS
from .answer_effects import AnswerEffect as AnswerEffect
from .answer_effects import answer_effect as answer_effect
from .clock import LOCAL_TZ, local_date
from .deciders import AGE_OF_CONSENT as AGE_OF_CONSENT
from .deciders import AGE_OF_MAJORITY as AGE_OF_MAJORITY
from .deciders import CHILD_SIGNS_FROM as CHILD_SIGNS_FROM
from .deciders import CO_DECISION_FROM as CO_DECISION_FROM
from .deciders import MAX_GEZAG_HOLDERS as MAX_GEZAG_HOLDERS
from .deciders import DeciderRequirement as DeciderRequirement
from .deciders import DeciderSlot as DeciderSlot
from .deciders import Regime as Regime
from .deciders import age_on as age_on
from .deciders import birthday_in_year as birthday_in_year
from .deciders import decider_change as decider_change
from .deciders import sixteenth_birthday as sixteenth_birthday
from .deciders import who_must_decide as who_must_decide
from .errors import Phrase
from .language import SOURCE
from .model import (
    AdultProtection,
    Answer,
    Decision,
    ItemAction,
    ItemActionKind,
    ItemStatus,
    ParentPolicy,
    Policy,
    Representative,
    RepresentativeRole,
    SignerKind,
    SignerRef,
    StatusInfo,
    Withdrawal,
    Youth,
)


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """What the status of one item depends on."""

    item_id: int
    valid_from: date
    valid_until: date
    created_at: datetime


class GezagHistory(Protocol):
    """Who held gezag when: the representatives registered at a past moment with the gezag
    they had then (the caller reads it from the vault, only when a rule asks)."""

    def at(self, moment: datetime) -> Sequence[Representative]: ...

    def changes(self, since: datetime, until: datetime) -> Sequence[datetime]:
        """The moments in (since, until] at which a representative was registered or ended,
        or their gezag changed."""
        ...

    def policy_at(self, moment: datetime, current: Policy) -> Policy:
        """`current` with the organisation's parent rules of `moment` (one parent or all,
        co-decision 12–15)."""
        ...


@dataclass(frozen=True, slots=True)
class TodaysHolders:
    """A history without changes: today's representatives at every moment (what the rules
    saw before cases27; for callers judging a moment without a past)."""

    reps: Sequence[Representative]

    def at(self, moment: datetime) -> Sequence[Representative]:
        return self.reps

    def changes(self, since: datetime, until: datetime) -> Sequence[datetime]:
        return ()

    def policy_at(self, moment: datetime, current: Policy) -> Policy:
        return current


def _latest(decisions: Iterable[Decision]) -> dict[SignerRef, Decision]:
    latest: dict[SignerRef, Decision] = {}
    for d in decisions:
        prev = latest.get(d.signer)
        if prev is None or (d.decided_at, d.id) >= (prev.decided_at, prev.id):
            latest[d.signer] = d
    return latest


def _latest_answers(
    decisions: Iterable[Decision], signers: set[SignerRef]
) -> dict[SignerRef, Answer]:
    return {s: d.answer for s, d in _latest(d for d in decisions if d.signer in signers).items()}


def _status_under(req: DeciderRequirement, decisions: Sequence[Decision]) -> ItemStatus | None:
    """Status from the decisions that count under `req`; None when nobody under it decided."""
    answers = _latest_answers(decisions, set(req.signers))
    if not answers:
        return None
    values = set(answers.values())
    if Answer.YES in values and Answer.NO in values:
        return ItemStatus.CONFLICTING
    if Answer.NO in values:
        return ItemStatus.REFUSED
    if all(any(answers.get(s) == Answer.YES for s in slot.signers) for slot in req.slots):
        # A former decider's no stands (cases24), also where a youth of 16 is asked to
        # re-confirm the parents' decisions (review31: her birthday erased it).
        no_stands = _former_no_stands(req, decisions)
        return ItemStatus.CONFLICTING if no_stands else ItemStatus.GIVEN
    return ItemStatus.REQUESTED


def _former_no_stands(req: DeciderRequirement, decisions: Sequence[Decision]) -> bool:
    """A parent said no while holding gezag and has lost it since (a court, a correction, the
    representation ended): that does not turn the disagreement into the other parent's earlier
    yes. The no stands until someone who decides now answers after it (cases24)."""
    if req.regime not in (Regime.PARENTS, Regime.PARENTS_AND_YOUTH):
        return False
    deciders, latest = set(req.signers), _latest(decisions)
    now_answered = max(((d.decided_at, d.id) for s, d in latest.items() if s in deciders))
    return any(
        s not in deciders
        and s.kind == SignerKind.REPRESENTATIVE
        and d.answer == Answer.NO
        and (d.decided_at, d.id) > now_answered
        for s, d in latest.items()
    )


def _counts_under(regime: Regime, d: Decision, youth: Youth) -> bool:
    """A decision counts under the regime in force on the date it was made."""
    age = age_on(youth.birth_date, local_date(d.decided_at))
    if regime == Regime.YOUTH:
        return d.signer.kind == SignerKind.YOUTH and age >= AGE_OF_CONSENT
    if regime == Regime.ADULT_REPRESENTATIVE:
        return d.signer.kind == SignerKind.REPRESENTATIVE and age >= AGE_OF_MAJORITY
    return age < AGE_OF_CONSENT


def _answered_before(
    youth: Youth,
    reps: Sequence[Representative],
    policy: Policy,
    decisions: Sequence[Decision],
    moment: datetime,
) -> bool:
    """Whether the decisions made before `moment` already settle the item (given, refused or
    conflicting) under the rules in force that day."""
    req = who_must_decide(youth, reps, policy, local_date(moment))
    before = [d for d in decisions if d.decided_at < moment and _counts_under(req.regime, d, youth)]
    return _status_under(req, before) not in (None, ItemStatus.REQUESTED)


_ACTION_STATUS = {
    ItemActionKind.REVOKE: (ItemStatus.REVOKED, Phrase("status-why-revoked")),
    ItemActionKind.INVALIDATE: (ItemStatus.INVALIDATED, Phrase("status-why-invalidated")),
    ItemActionKind.SUPERSEDE: (ItemStatus.SUPERSEDED, Phrase("status-why-superseded")),
    ItemActionKind.EXPIRE: (ItemStatus.EXPIRED, Phrase("status-why-remote-expired")),
}


def item_status(
    item: ItemFacts,
    youth: Youth,
    reps: Sequence[Representative],
    policy: Policy,
    decisions: Sequence[Decision],
    withdrawals: Sequence[Withdrawal],
    actions: Sequence[ItemAction],
    at: datetime,
    history: GezagHistory | None = None,
) -> StatusInfo:
    """The effective status of one item at moment `at`, from its append-only history.
    `history` says who held gezag at earlier moments (a former yes is judged against the
    holders of its own moment, cases27); without it, today's `reps` at every moment."""
    day = local_date(at)
    then: GezagHistory = TodaysHolders(reps) if history is None else history
    terminal: list[tuple[datetime, ItemStatus, Phrase]] = []
    for w in withdrawals:
        if w.withdrawn_at <= at:
            terminal.append((w.withdrawn_at, ItemStatus.WITHDRAWN, Phrase("status-why-withdrawn")))
    for a in actions:
        if a.at <= at:
            if a.kind == ItemActionKind.EXPIRE and _answered_before(
                youth, reps, policy, decisions, a.at
            ):
                # The answer was given in time but read after the request expired: it counts.
                continue
            st, why = _ACTION_STATUS[a.kind]
            terminal.append((a.at, st, why))
    if terminal:
        when, st, why = min(terminal, key=lambda t: t[0])
        return _status_info(st, why, since=when)

    past = [d for d in decisions if d.decided_at <= at]
    req = who_must_decide(youth, reps, policy, day)
    status = _status_under(req, [d for d in past if _counts_under(req.regime, d, youth)])
    needs_reconfirmation = False
    given_under: Regime | None = None
    former_yes_before_16 = False
    if status is None and req.regime in (Regime.YOUTH, Regime.ADULT_REPRESENTATIVE):
        # Earlier decisions stay on record after a change of regime (turning 16, curatele);
        # the person who now holds the rights is asked to re-confirm them.
        for earlier in (Regime.YOUTH, Regime.PARENTS):
            if earlier == req.regime:
                continue
            eve = _eve_of_16(youth)
            unprotected = replace(youth, protection=AdultProtection.NONE)
            eday = local_date(eve) if earlier == Regime.PARENTS else day
            # The parents decided until the eve of 16: those who held gezag THEN. A parent
            # ended after her birthday still gave the yes she re-confirms (cases27); one who
            # never answered is still missing from it, and one who got gezag after her
            # birthday was not asked then (review35: both read today's holders before).
            held = then.at(eve) if earlier == Regime.PARENTS else reps
            ereq = who_must_decide(unprotected, held, policy, eday)
            counted = [d for d in past if _counts_under(ereq.regime, d, youth)]
            status = _status_under(ereq, counted)
            if (
                status in (None, ItemStatus.REQUESTED)
                and req.regime == Regime.YOUTH
                and earlier == Regime.PARENTS
            ):
                # The parents' yes was already overtaken before 16 (a voogd, gezag moved):
                # not "nobody answered yet" — the youth now decides on a used yes (cases26).
                former_yes_before_16 = _used_yes(youth, policy, past, then, eve, ereq)
            if status is not None:
                needs_reconfirmation = status == ItemStatus.GIVEN
                given_under = ereq.regime
                break
    if status is None:
        status = ItemStatus.REQUESTED
    if day > item.valid_until and status in (ItemStatus.GIVEN, ItemStatus.REQUESTED):
        return _status_info(
            ItemStatus.EXPIRED,
            Phrase("status-why-expired", {"until": f"{item.valid_until:%d-%m-%Y}"}),
        )
    reason = Phrase(f"status-why-{status.value}")  # given, refused, conflicting, requested
    if needs_reconfirmation:
        now = (
            "youth"
            if req.regime == Regime.YOUTH
            else ("curator" if youth.protection == AdultProtection.CURATELE else "mentor")
        )
        given_by = "youth" if given_under == Regime.YOUTH else "parents"
        reason = Phrase("status-why-reconfirm", {"given_by": given_by, "now": now})
    gezag_changed = status == ItemStatus.REQUESTED and (
        former_yes_before_16 or _used_yes(youth, policy, past, then, at, req)
    )
    unasked = None
    if gezag_changed:
        now = "youth" if req.regime == Regime.YOUTH else _holders_now(req, reps)
        reason = Phrase("status-why-gezag-changed", {"now": now})
    elif status == ItemStatus.REQUESTED and req.blocked is None:
        unasked = _not_yet_asked(youth, reps, policy, item, past, then, at, req)
        reason = unasked or reason
    if req.blocked is not None and status == ItemStatus.REQUESTED:
        reason = req.blocked
    return _status_info(
        status,
        reason,
        needs_reconfirmation=needs_reconfirmation,
        gezag_changed=gezag_changed,
        decider_changed=unasked is not None,
    )


def _not_yet_asked(
    youth: Youth,
    reps: Sequence[Representative],
    policy: Policy,
    item: ItemFacts,
    past: Sequence[Decision],
    history: GezagHistory,
    at: datetime,
    now: DeciderRequirement,
) -> Phrase | None:
    """Someone decides now who did not when the item was asked — the youth turned 16, a parent
    got gezag, a voogd was appointed — and has not answered: "gevraagd" alone would read as if
    they had been asked (cases28). Who decided when it was asked: the holders of that moment
    (the history), on that day's age."""
    asked = item.created_at
    if at <= asked:
        return None
    held = history.at(asked) if history.changes(asked, at) else reps
    then = who_must_decide(youth, held, policy, local_date(asked))
    answered = {d.signer for d in past}
    new = [s for s in now.signers if s not in then.signers and s not in answered]
    change = decider_change(then, now)
    if not new or change is None:
        return _policy_asks_more(youth, held, policy, history, asked, now, answered)
    kind = str(change.params["change"])
    if now.regime == Regime.PARENTS_AND_YOUTH and new == [SignerRef.youth(youth.id)]:
        kind = "co"  # turned 12 under the co-decision policy: she decides along now
    roles = {r.id: r.role for r in reps}
    voogd = all(
        s.kind == SignerKind.REPRESENTATIVE and roles.get(s.id) == RepresentativeRole.GUARDIAN
        for s in new
    )
    return Phrase(
        "status-why-decider-changed",
        {"change": kind, "new": "voogd" if voogd else "parent"},
    )


def _policy_asks_more(
    youth: Youth,
    held: Sequence[Representative],
    policy: Policy,
    history: GezagHistory,
    asked: datetime,
    now: DeciderRequirement,
    answered: set[SignerRef],
) -> Phrase | None:
    """The organisation's parent rule changed since the item was asked — the youth of 12–15
    decides along now, or every parent with gezag must say yes where one sufficed — and
    someone whose own yes it needs now, and did not then, has not answered. Not a change of
    gezag nor a birthday: the holders and the day of asking are the same under both rules
    (pending29: the plain "gevraagd" read as if they had been asked)."""
    day = local_date(asked)
    # Whom no rule leaves out (one parent suffices, no co-decision) no rule change added:
    # the log is read only when someone else's own yes is missing (hot: may-share, Vandaag).
    loosest = replace(policy, parent_policy=ParentPolicy.ONE_WITH_GEZAG, co_decision_12_15=False)
    always = _own_yes_needed(who_must_decide(youth, held, loosest, day))
    if all(s in always or s in answered for s in _own_yes_needed(now)):
        return None
    former = history.policy_at(asked, policy)
    if (former.parent_policy, former.co_decision_12_15) == (
        policy.parent_policy,
        policy.co_decision_12_15,
    ):
        return None
    before = _own_yes_needed(who_must_decide(youth, held, former, day))
    after = _own_yes_needed(who_must_decide(youth, held, policy, day))
    new = [s for s in _own_yes_needed(now) if s in after and s not in before and s not in answered]
    if not new:
        return None
    you = SignerRef.youth(youth.id)
    change = "co" if new == [you] else ("all" if you not in new else "rules")
    return Phrase("status-why-policy-changed", {"change": change})


def _own_yes_needed(req: DeciderRequirement) -> list[SignerRef]:
    """Who must say yes themselves (a slot of their own), in order."""
    return [slot.signers[0] for slot in req.slots if len(slot.signers) == 1]


def _eve_of_16(youth: Youth) -> datetime:
    """The last moment before the 16th birthday (local time): the parents' last moment."""
    birthday = sixteenth_birthday(youth.birth_date)
    return datetime.combine(birthday, time.min, LOCAL_TZ) - timedelta(microseconds=1)


_SETTLED = frozenset({ItemStatus.GIVEN, ItemStatus.REFUSED, ItemStatus.CONFLICTING})


def _used_yes(
    youth: Youth,
    policy: Policy,
    past: Sequence[Decision],
    history: GezagHistory,
    until: datetime,
    now: DeciderRequirement,
) -> bool:
    """Under 16 (decisions until `until`), whether a yes was in force — given by those who
    held gezag AT ITS MOMENT, by the rule of that moment (both parents: both yes; any no: no
    yes) — and gezag moved since: a voogd, a parent lost or got it. That yes carried what was
    shared on it, not what is shared next (cases26). The item is followed through each
    decision and each change of gezag: the last settled state (given, refused, conflicting)
    before `now`'s deciders is what they took over. A decision by someone who held no gezag
    at its moment counts for nothing; parents who disagreed, or a yes withdrawn, leave no yes
    (review34); a yes only half given (the father never answered) is no yes (cases27)."""
    if now.regime not in (Regime.PARENTS, Regime.PARENTS_AND_YOUTH):
        return False
    ds = sorted(
        (d for d in past if d.decided_at <= until and _counts_under(Regime.PARENTS, d, youth)),
        key=lambda d: (d.decided_at, d.id),
    )
    deciders = set(now.signers)
    if not any(
        s not in deciders and s.kind == SignerKind.REPRESENTATIVE and d.answer == Answer.YES
        for s, d in _latest(ds).items()
    ):
        return False  # (no yes by a former holder: the history is not read, cases27 speed)
    changes = [m for m in history.changes(ds[0].decided_at, until) if m <= until]
    if not changes:
        return False  # the same holders throughout: today's status says it all
    counted: list[Decision] = []
    last: tuple[ItemStatus, frozenset[SignerRef]] | None = None
    i = 0
    for moment in sorted({d.decided_at for d in ds} | set(changes)):
        req = who_must_decide(youth, history.at(moment), policy, local_date(moment))
        while i < len(ds) and ds[i].decided_at <= moment:
            if ds[i].signer in req.signers:  # held gezag (or was the deciding youth) then
                counted.append(ds[i])
            i += 1
        status = _status_under(req, counted)
        if status in _SETTLED:
            last = (status, frozenset(req.signers))
    return last is not None and last[0] == ItemStatus.GIVEN and last[1] != deciders


def _holders_now(req: DeciderRequirement, reps: Sequence[Representative]) -> str:
    """'voogd' when only a voogd (or two) holds gezag now, else 'gezag'."""
    roles = {r.id: r.role for r in reps}
    now = [roles.get(s.id) for s in req.signers if s.kind == SignerKind.REPRESENTATIVE]
    return "voogd" if now and all(r == RepresentativeRole.GUARDIAN for r in now) else "gezag"


def _status_info(
    status: ItemStatus,
    why: Phrase,
    *,
    needs_reconfirmation: bool = False,
    since: datetime | None = None,
    gezag_changed: bool = False,
    decider_changed: bool = False,
) -> StatusInfo:
    """The status with its reason in Dutch (`reason`) and as a phrase for any language."""
    return StatusInfo(
        status,
        why.text_in(SOURCE),
        needs_reconfirmation,
        since,
        why,
        gezag_changed,
        decider_changed,
    )


def may_sign(req: DeciderRequirement, signer: SignerRef) -> bool:
    return signer in req.signers


def may_withdraw(req: DeciderRequirement, youth: Youth, signer: SignerRef) -> bool:
    """Whoever could give consent now may withdraw it; from 16 the youth always may."""
    if signer in req.signers or signer in req.may_stop:
        return True
    return signer == SignerRef.youth(youth.id) and req.age >= AGE_OF_CONSENT


def may_give_answers(
    req: DeciderRequirement,
    youth: Youth,
    signer: SignerRef,
    answers: Iterable[str],
    effects: Iterable[AnswerEffect] | None = None,
) -> bool:
    """Whether `signer` may give these answers. A decider may give any. Someone who no longer
    decides but may still withdraw (from 16 the youth always may: under curatele at 18 the
    curator decides) may only take back their own "ja" with a "nee" (DOMAIN rule 4): every
    answer a "nee" and, once the answer rule is known (`effects`), every one a withdrawal.
    Without `effects` this is the check before the rule: only "nee"s can pass."""
    if may_sign(req, signer):
        return True
    if not may_withdraw(req, youth, signer) or any(str(a) != "no" for a in answers):
        return False
    return effects is None or all(e == AnswerEffect.WITHDRAWAL for e in effects)


def who_may_withdraw(req: DeciderRequirement, youth: Youth) -> tuple[SignerRef, ...]:
    """Everyone `may_withdraw` accepts, in the order the screens list them."""
    youth_ref = SignerRef.youth(youth.id)
    extra = () if youth_ref in req.signers else (youth_ref,)
    listed = dict.fromkeys((*req.signers, *req.may_stop, *extra))
    return tuple(s for s in listed if may_withdraw(req, youth, s))


# Closed items: no answer, no withdrawal changes them any more (a new request is the way).
FINAL_STATUSES = frozenset(
    {ItemStatus.WITHDRAWN, ItemStatus.REVOKED, ItemStatus.INVALIDATED, ItemStatus.SUPERSEDED}
)
# What "withdraw the whole request" takes along: items where withdrawing changes something.
CHANGED_BY_WITHDRAWAL = frozenset({ItemStatus.GIVEN, ItemStatus.REQUESTED, ItemStatus.CONFLICTING})


def may_answer(status: ItemStatus) -> bool:
    """Whether an item in `status` can still get a yes or no (an expired one cannot either)."""
    return status not in FINAL_STATUSES and status != ItemStatus.EXPIRED
