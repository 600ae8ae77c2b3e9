"""Who decides over a youth's consent on a day: age (on the day of the decision), gezag and the
organisation's policy (DOMAIN.md rule 3), and whether that changed since an item was asked.
Split from rules.py (which re-exports it) to keep that module small; pure, no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import Phrase
from .language import SOURCE
from .model import (
    AdultProtection,
    ParentPolicy,
    Policy,
    Representative,
    RepresentativeRole,
    SignerRef,
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
