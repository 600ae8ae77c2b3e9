"""Pure consent rules. No I/O, no clock: every function takes the date or moment it judges.

Age is computed on the date of the decision (AVG art. 8 / UAVG art. 5: under 16 the holders
of parental authority decide). Someone born on 29 February turns a year older on 1 March in
common years — the usual Dutch reading, and what `age_on` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Protocol

from .answer_effects import UNCHANGED_EFFECTS as UNCHANGED_EFFECTS
from .answer_effects import AnswerEffect as AnswerEffect
from .answer_effects import answer_effect as answer_effect
from .clock import LOCAL_TZ, local_date
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

AGE_OF_CONSENT = 16
AGE_OF_MAJORITY = 18
CO_DECISION_FROM = 12
# Below this age a child is not asked to read and sign (paper form, signing mode): the parents
# decide and tell the child themselves, in words that fit the age. Seed 001 (kinderopvang: a
# child's data go to the school with the parents' consent) — nothing there asks the child.
CHILD_SIGNS_FROM = 8
# Gezag (ouderlijk gezag or voogdij) is held by one or two persons (BW 1:245, 1:253t: two
# parents, or a parent and another person, or a voogd or two): never a third. A voogd beside
# two parents with gezag is a mistake — the court ends the parents' gezag first, or, under an
# ondertoezichtstelling (OTS), the parents keep it and the gezinsvoogd decides nothing.
MAX_GEZAG_HOLDERS = 2


def birthday_in_year(birth: date, year: int) -> date:
    """The birthday as celebrated in `year`; 29 February falls on 1 March in common years."""
    try:
        return birth.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


def age_on(birth: date, day: date) -> int:
    """Completed years on `day`."""
    years = day.year - birth.year
    if day < birthday_in_year(birth, day.year):
        years -= 1
    return years


def sixteenth_birthday(birth: date) -> date:
    return birthday_in_year(birth, birth.year + AGE_OF_CONSENT)


class Regime(StrEnum):
    PARENTS = "parents"  # under 16: the holders of gezag decide
    PARENTS_AND_YOUTH = "parents_and_youth"  # 12-15 co-decision policy
    YOUTH = "youth"  # 16 and older
    ADULT_REPRESENTATIVE = "adult_representative"  # 18+ under curatele/mentorschap


@dataclass(frozen=True, slots=True)
class DeciderSlot:
    """One required consent: any one of `signers` fills it."""

    signers: tuple[SignerRef, ...]
    label: str


@dataclass(frozen=True, slots=True)
class DeciderRequirement:
    regime: Regime
    age: int
    slots: tuple[DeciderSlot, ...]
    # Who decides and why, and (when nobody can decide, e.g. no gezag registered) why not: as
    # catalog phrases, so the desk reads them in the worker's language.
    why: Phrase | None
    blocked: Phrase | None = None
    # Under 16 (from CHILD_SIGNS_FROM): the youth is informed, asked their view and signs
    # for having been informed; a younger child is told by the parents, and signs nothing.
    inform_youth: bool = False
    # Who may still stop (withdraw) while nobody can decide because the record is wrong (more
    # holders of gezag than the law allows): stopping is always privacy-safe (DOMAIN rule 4).
    may_stop: tuple[SignerRef, ...] = ()

    @property
    def explanation(self) -> str:
        """Who decides and why, in Dutch (forms and the places that show Dutch)."""
        return self.why.text_in(SOURCE) if self.why is not None else ""

    @property
    def why_phrase(self) -> Phrase:
        """`why` as a part of another message (empty when the birth date is after the day)."""
        return self.why if self.why is not None else Phrase("error-text", {"text": ""})

    @property
    def blocked_reason(self) -> str | None:
        """Why nobody can decide, in Dutch; None when someone can."""
        return self.blocked.text_in(SOURCE) if self.blocked is not None else None

    @property
    def needs_representative(self) -> bool:
        """Blocked for a minor: registering a parent or guardian with gezag is the way on (not
        when too many are registered: correcting the record is)."""
        return (
            self.blocked is not None
            and self.blocked.message_id != "rules-too-many-gezag"
            and self.age < AGE_OF_MAJORITY
        )

    @property
    def signers(self) -> tuple[SignerRef, ...]:
        seen: dict[SignerRef, None] = {}
        for slot in self.slots:
            for s in slot.signers:
                seen.setdefault(s, None)
        return tuple(seen)


def _gezag_holders(reps: Iterable[Representative]) -> list[Representative]:
    return [
        r
        for r in reps
        if (r.role == RepresentativeRole.PARENT and r.has_gezag)
        or r.role == RepresentativeRole.GUARDIAN
    ]


def who_must_decide(
    youth: Youth, reps: Sequence[Representative], policy: Policy, day: date
) -> DeciderRequirement:
    age = age_on(youth.birth_date, day)
    you = SignerRef.youth(youth.id)
    if age < 0:
        return DeciderRequirement(
            Regime.PARENTS, age, (), None, blocked=Phrase("rules-birth-date-after-day")
        )
    if age >= AGE_OF_MAJORITY and youth.protection != AdultProtection.NONE:
        wanted = (
            RepresentativeRole.CURATOR
            if youth.protection == AdultProtection.CURATELE
            else RepresentativeRole.MENTOR
        )
        adults = [r for r in reps if r.role == wanted]
        noun = "curator" if wanted == RepresentativeRole.CURATOR else "mentor"
        explanation = Phrase(
            "rules-adult-represented",
            {"age": age, "protection": youth.protection.value, "noun": noun},
        )
        if not adults:
            return DeciderRequirement(
                Regime.ADULT_REPRESENTATIVE,
                age,
                (),
                explanation,
                blocked=Phrase("rules-no-adult-representative", {"noun": noun}),
            )
        slot = DeciderSlot(tuple(SignerRef.representative(r.id) for r in adults), noun)
        return DeciderRequirement(Regime.ADULT_REPRESENTATIVE, age, (slot,), explanation)
    if age >= AGE_OF_CONSENT:
        return DeciderRequirement(
            Regime.YOUTH,
            age,
            (DeciderSlot((you,), "jongere"),),
            Phrase("rules-youth-decides", {"age": age}),
        )
    holders = _gezag_holders(reps)
    co_decide = policy.co_decision_12_15 and age >= CO_DECISION_FROM
    regime = Regime.PARENTS_AND_YOUTH if co_decide else Regime.PARENTS
    if not holders:
        return DeciderRequirement(
            regime,
            age,
            (),
            Phrase("rules-parents-decide", {"age": age}),
            blocked=Phrase("rules-no-gezag"),
            inform_youth=True,
        )
    if len(holders) > MAX_GEZAG_HOLDERS:
        # A record made before the limit was enforced (session 17: a gezinsvoogd entered as a
        # third "voogd"): any of three would decide — under "one suffices" a "ja" the parents
        # never gave. Nobody decides until the record is corrected; each may still stop.
        return DeciderRequirement(
            regime,
            age,
            (),
            Phrase("rules-parents-decide", {"age": age}),
            blocked=Phrase("rules-too-many-gezag", {"count": len(holders)}),
            inform_youth=True,
            may_stop=tuple(SignerRef.representative(r.id) for r in holders),
        )
    refs = tuple(SignerRef.representative(r.id) for r in holders)
    if policy.parent_policy == ParentPolicy.ALL_WITH_GEZAG or len(holders) == 1:
        slots = [DeciderSlot((ref,), "ouder met gezag") for ref in refs]
        who = "one" if len(holders) == 1 else "all"
    else:
        slots = [DeciderSlot(refs, "één ouder met gezag")]
        who = "either"
    if co_decide:
        slots.append(DeciderSlot((you,), "jongere"))
        explanation = Phrase("rules-co-decide", {"age": age})
    elif age < CHILD_SIGNS_FROM:
        explanation = Phrase("rules-parents-decide-young-child", {"age": age, "who": who})
    else:
        explanation = Phrase("rules-parents-decide-youth-heard", {"age": age, "who": who})
    heard = not co_decide and age >= CHILD_SIGNS_FROM
    return DeciderRequirement(regime, age, tuple(slots), explanation, inform_youth=heard)


def decider_change(then: DeciderRequirement, now: DeciderRequirement) -> Phrase | None:
    """Who decides changed between asking (`then`) and now: the youth turned 16 (the parents
    were asked, she decides), curatele or mentorschap began or ended, or gezag moved (a voogd,
    a parent lost or got it). None when the same persons decide (cases26: the worklist)."""
    if set(then.signers) == set(now.signers):
        return None
    if now.regime == Regime.YOUTH and then.regime in (Regime.PARENTS, Regime.PARENTS_AND_YOUTH):
        change = "youth"
    elif Regime.ADULT_REPRESENTATIVE in (then.regime, now.regime):
        change = "adult"
    else:
        change = "gezag"
    return Phrase("rules-decider-changed", {"change": change})


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


@dataclass(frozen=True, slots=True)
class TodaysHolders:
    """A history without changes: today's representatives at every moment (what the rules
    saw before cases27; for callers judging a moment without a past)."""

    reps: Sequence[Representative]

    def at(self, moment: datetime) -> Sequence[Representative]:
        return self.reps

    def changes(self, since: datetime, until: datetime) -> Sequence[datetime]:
        return ()


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
    if gezag_changed:
        now = "youth" if req.regime == Regime.YOUTH else _holders_now(req, reps)
        reason = Phrase("status-why-gezag-changed", {"now": now})
    if req.blocked is not None and status == ItemStatus.REQUESTED:
        reason = req.blocked
    return _status_info(
        status, reason, needs_reconfirmation=needs_reconfirmation, gezag_changed=gezag_changed
    )


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
) -> StatusInfo:
    """The status with its reason in Dutch (`reason`) and as a phrase for any language."""
    return StatusInfo(status, why.text_in(SOURCE), needs_reconfirmation, since, why, gezag_changed)


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
