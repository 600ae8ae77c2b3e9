"""The rule that a "no" cannot be talked around (issue 15), kept apart from the bookkeeping
in sharing.py so the UI can ask it before anyone types a weighing.

- Legitimate interest is never available to a recipient that is a public body acting on its
  legal task (AVG art. 6(1), last sentence) — keyed on the recipient's legal role in the
  catalog, not on the kind shown.
- After a refusal, withdrawal or parents' conflict for this recipient × purpose, only a
  different, NAMED legal ground from the stappenplan may carry a disclosure: a legal
  obligation, a vital interest or a court order (a legal obligation named as such) — never
  consent, contract, public task or legitimate interest. It needs a written reason and a
  second confirmation, and is marked as an override in the log, the inzage and the proof.
- Whoever shares without consent informs the youth (under 16: the parents; under curatele or
  mentorschap: the representative), unless a reason not to is recorded."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .. import validation as v
from ..errors import RuleViolation, ValidationError
from ..model import (
    BASIS_LABELS,
    INFORMED_LABELS,
    OVERRIDE_GROUND_LABELS,
    AdultProtection,
    Informed,
    ItemStatus,
    LawfulBasis,
    LegalRole,
    OverrideGround,
)

# States of an earlier item for the same recipient × purpose that mean "no".
NO_STATES = frozenset({ItemStatus.REFUSED, ItemStatus.WITHDRAWN, ItemStatus.CONFLICTING})
# The lawful basis an override ground is (a court order obliges: legal obligation).
GROUND_BASIS: dict[OverrideGround, LawfulBasis] = {
    OverrideGround.LEGAL_OBLIGATION: LawfulBasis.LEGAL_OBLIGATION,
    OverrideGround.VITAL_INTEREST: LawfulBasis.VITAL_INTEREST,
    OverrideGround.COURT_ORDER: LawfulBasis.LEGAL_OBLIGATION,
}
MIN_REASON = 20  # a written reason is a sentence, not "ja"
MIN_NOT_INFORMED_REASON = 10


@dataclass(frozen=True)
class SharingOptions:
    """What the core allows for one youth × recipient × purpose when no consent covers it."""

    after_no: bool
    no_reason: str  # Dutch: which "no" (empty when there is none)
    bases: tuple[LawfulBasis, ...]  # for the weighing; never consent
    grounds: tuple[OverrideGround, ...]  # only after a no: the named grounds
    inform: Informed  # whom to inform (the youth, or the parents/representative)


@dataclass(frozen=True)
class Justification:
    """What the worker states with a disclosure no consent covers. `ground`, `reason` and
    `confirmed` (the second "yes, I share despite the no") are needed after a no."""

    informed: Informed | str
    not_informed_reason: str = ""
    ground: OverrideGround | str | None = None
    reason: str = ""
    confirmed: bool = False


def bases_for(legal_role: LegalRole, after_no: bool) -> tuple[LawfulBasis, ...]:
    if after_no:
        return (LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST)
    return tuple(
        b
        for b in LawfulBasis
        if b != LawfulBasis.CONSENT
        and not (b == LawfulBasis.LEGITIMATE_INTEREST and legal_role == LegalRole.PUBLIC_TASK)
    )


def whom_to_inform(age: int, protection: AdultProtection) -> Informed:
    if age < 16 or protection != AdultProtection.NONE:
        return Informed.PARENTS
    return Informed.YOUTH


def check_basis(basis: LawfulBasis, legal_role: LegalRole, after_no: bool) -> None:
    """Refuse a basis the recipient's role or an earlier "no" rules out (Dutch message)."""
    if basis == LawfulBasis.LEGITIMATE_INTEREST and legal_role == LegalRole.PUBLIC_TASK:
        raise RuleViolation(
            "Deze ontvanger is een overheidsorgaan met een wettelijke taak: daarvoor kan "
            "gerechtvaardigd belang nooit de grondslag zijn."
        )
    if after_no and basis not in bases_for(legal_role, True):
        allowed = " of ".join(OVERRIDE_GROUND_LABELS[g] for g in OverrideGround)
        raise RuleViolation(
            f"Er is eerder 'nee' gezegd tegen delen met deze ontvanger voor dit doel. "
            f"'{BASIS_LABELS[basis]}' kan dat niet opzij zetten; alleen een {allowed}, met een "
            "geschreven reden en een tweede bevestiging."
        )


@dataclass(frozen=True)
class CheckedJustification:
    informed: Informed
    not_informed_reason: str
    ground: OverrideGround | None
    reason: str


def check_justification(
    j: Justification | None,
    options: SharingOptions,
    basis: LawfulBasis,
    assessment_informed: bool,
) -> CheckedJustification:
    """The justification of a disclosure no consent covers, checked against the options."""
    if j is None:
        if options.after_no:
            raise RuleViolation(
                "Er is eerder 'nee' gezegd tegen delen met deze ontvanger voor dit doel. Delen "
                "kan alleen met een wettelijke verplichting, vitaal belang of rechterlijke "
                "uitspraak, een geschreven reden en een tweede bevestiging."
            )
        if not assessment_informed:
            raise RuleViolation(
                "Informeer eerst de jongere (onder 16: de ouders) over het delen, of leg vast "
                "waarom dat niet kan."
            )
        return CheckedJustification(options.inform, "", None, "")
    try:
        informed = Informed(j.informed)
    except ValueError:
        raise ValidationError("Kies wie er is geïnformeerd.", field="informed") from None
    not_informed = v.text(
        j.not_informed_reason,
        "Reden om niet te informeren",
        "not_informed_reason",
        required=False,
        max_len=2000,
    )
    if informed == Informed.NOT_INFORMED:
        if len(not_informed) < MIN_NOT_INFORMED_REASON:
            raise ValidationError(
                "Leg vast waarom de jongere (of de ouders) niet geïnformeerd worden.",
                field="not_informed_reason",
            )
    elif informed != options.inform:
        raise RuleViolation(
            "Onder 16 (of bij curatele/mentorschap) informeert u de ouders of "
            "vertegenwoordiger; vanaf 16 de jongere zelf."
            if options.inform == Informed.PARENTS
            else "Vanaf 16 informeert u de jongere zelf, niet de ouders."
        )
    else:
        not_informed = ""
    ground: OverrideGround | None = None
    reason = ""
    if options.after_no:
        try:
            ground = OverrideGround(j.ground) if j.ground is not None else None
        except ValueError:
            ground = None
        if ground is None:
            raise ValidationError(
                "Noem de grondslag: wettelijke verplichting, vitaal belang of rechterlijke "
                "uitspraak.",
                field="ground",
            )
        if GROUND_BASIS[ground] != basis:
            raise RuleViolation(
                f"De afweging noemt '{BASIS_LABELS[basis]}', maar u deelt op grond van "
                f"'{OVERRIDE_GROUND_LABELS[ground]}': die moeten hetzelfde zijn."
            )
        reason = v.text(j.reason, "Reden", "reason", required=False, max_len=4000)
        if len(reason) < MIN_REASON:
            raise ValidationError(
                "Schrijf op waarom u ondanks het 'nee' deelt (minstens een zin).",
                field="reason",
            )
        if j.confirmed is not True:
            raise RuleViolation(
                "Bevestig een tweede keer dat u deelt ondanks het 'nee'. Er is niets gedeeld."
            )
    return CheckedJustification(informed, not_informed, ground, reason)


def basis_label(basis: LawfulBasis, justification: Mapping[str, Any] | None) -> str:
    """The basis as the inzage and the proof show it: an override says so in capitals."""
    label = BASIS_LABELS[basis]
    if not justification:
        return label
    informed = INFORMED_LABELS.get(Informed(justification["informed"]), "")
    if justification.get("override"):
        ground = OVERRIDE_GROUND_LABELS[OverrideGround(justification["ground"])]
        return (
            f"{label} — GEDEELD ONDANKS EEN NEE, op grond van {ground}; reden en tweede "
            f"bevestiging vastgelegd; {informed}"
        )
    return f"{label}; {informed}"
