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
  mentorschap: the representative), unless a reason not to is recorded.
- Special categories (health, criminal data, … — AVG art. 9/10) without consent only where a
  law obliges or a life is at stake: public task, contract and legitimate interest are no
  exception to the ban (seed 002 stap 1 and casus 2.2.1: the benefit office may not have the
  medical details; a statement that the youth could not apply will do).
- A weighing whose step 3 says "DAT only" carries only buitenkantinformatie: *that* the youth
  is known or in care, since when, the contact — never *what for* (seed 003 casus 8, and the
  privacyreglement art. 8.6: "alleen buitenkant informatie")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from .. import validation as v
from ..clock import local_date
from ..errors import Phrase, RuleViolation, ValidationError
from ..language import SOURCE
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
from ..share_rule import ShareAnswer

# States of an earlier item for the same recipient × purpose that mean "no".
NO_STATES = frozenset({ItemStatus.REFUSED, ItemStatus.WITHDRAWN, ItemStatus.CONFLICTING})
# The lawful basis an override ground is (a court order obliges: legal obligation).
GROUND_BASIS: dict[OverrideGround, LawfulBasis] = {
    OverrideGround.LEGAL_OBLIGATION: LawfulBasis.LEGAL_OBLIGATION,
    OverrideGround.VITAL_INTEREST: LawfulBasis.VITAL_INTEREST,
    OverrideGround.COURT_ORDER: LawfulBasis.LEGAL_OBLIGATION,
}
# The bases that can carry special categories without the person's explicit consent: a law
# that obliges (AVG art. 9(2)(b)/(g) as a named duty) or a vital interest (art. 9(2)(c)).
SPECIAL_BASES = frozenset({LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST})
MIN_REASON = 20  # a written reason is a sentence, not "ja"
MIN_NOT_INFORMED_REASON = 10


def warned(answer: ShareAnswer, *notes: Phrase) -> ShareAnswer:
    """`answer` with more to say: each note in Dutch and as a phrase for the worker's language."""
    return replace(
        answer,
        warnings=(*answer.warnings, *(n.text_in(SOURCE) for n in notes)),
        warning_phrases=(*answer.warning_phrases, *notes),
    )


@dataclass(frozen=True)
class SharingOptions:
    """What the core allows for one youth × recipient × purpose when no consent covers it."""

    after_no: bool
    no_reason: str  # Dutch: which "no" (empty when there is none)
    bases: tuple[LawfulBasis, ...]  # for the weighing; never consent
    grounds: tuple[OverrideGround, ...]  # only after a no: the named grounds
    inform: Informed  # whom to inform (the youth, or the parents/representative)
    # A minor (under 18) or under curatele/mentorschap: "the youth and the parents" may be
    # recorded (seed 003 casus 7: the school tells a 17-year-old's parents of her absence).
    parents_too: bool = False
    # The law that requires this sharing (legal_duties.py), while it holds: shown as such.
    legal_duty: str = ""


@dataclass(frozen=True)
class Justification:
    """What the worker states with a disclosure no consent covers. `ground`, `reason` and
    `confirmed` (the second "yes, I share despite the no") are needed after a no."""

    informed: Informed | str
    not_informed_reason: str = ""
    ground: OverrideGround | str | None = None
    reason: str = ""
    confirmed: bool = False


def bases_for(
    legal_role: LegalRole, after_no: bool, public_body: bool = False
) -> tuple[LawfulBasis, ...]:
    """The bases a weighing may name; `public_body`: our own organisation is one."""
    if after_no:
        return (LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST)
    no_interest = legal_role == LegalRole.PUBLIC_TASK or public_body
    return tuple(
        b
        for b in LawfulBasis
        if b != LawfulBasis.CONSENT and not (b == LawfulBasis.LEGITIMATE_INTEREST and no_interest)
    )


def parents_may_be_informed(age: int, protection: AdultProtection) -> bool:
    """Whether "the youth and the parents were informed" fits: a minor, or a representative."""
    return age < 18 or protection != AdultProtection.NONE


def whom_to_inform(age: int, protection: AdultProtection) -> Informed:
    if age < 16 or protection != AdultProtection.NONE:
        return Informed.PARENTS
    return Informed.YOUTH


def basis_phrase(basis: LawfulBasis) -> Phrase:
    """A lawful basis's label inside a worker's message (BASIS_LABELS: the Dutch ones)."""
    return Phrase(f"basis-{basis.value}", fallback=BASIS_LABELS[basis])


def check_basis(
    basis: LawfulBasis, legal_role: LegalRole, after_no: bool, public_body: bool = False
) -> None:
    """Refuse a basis the recipient's role, our own role or an earlier "no" rules out."""
    if basis == LawfulBasis.LEGITIMATE_INTEREST and legal_role == LegalRole.PUBLIC_TASK:
        raise RuleViolation(message_id="error-sharing-recipient-public-authority-legal")
    if basis == LawfulBasis.LEGITIMATE_INTEREST and public_body:
        raise RuleViolation(message_id="error-sharing-organisation-public-authority")
    if after_no and basis not in bases_for(legal_role, True, public_body):
        # The labels as catalog phrases (basis-*, override-ground-*): the worker's language.
        raise RuleViolation(
            message_id="error-sharing-earlier-said-sharing-recipient",
            params={"basis_labels": basis_phrase(basis), "allowed": Phrase("override-grounds-all")},
        )


def check_special(basis: LawfulBasis, special_names: Sequence[str]) -> None:
    """Refuse special categories on a basis that is no exception to the ban of art. 9/10."""
    if special_names and basis not in SPECIAL_BASES:
        raise RuleViolation(
            message_id="error-sharing-special-needs-consent",
            params={"names": ", ".join(special_names), "basis_labels": basis_phrase(basis)},
        )


def check_dat_only(wat_names: Sequence[str]) -> None:
    """Refuse WAT on a weighing limited to buitenkantinformatie (seed 003 casus 8: the
    professional may say *that* the youth is in care, not *what for*; the content needs
    consent)."""
    if wat_names:
        raise RuleViolation(
            message_id="error-sharing-weighing-dat-only",
            params={"names": ", ".join(wat_names)},
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
            raise RuleViolation(message_id="error-sharing-earlier-said-sharing-recipient-2")
        if not assessment_informed:
            raise RuleViolation(message_id="error-sharing-inform-young-person-under")
        return CheckedJustification(options.inform, "", None, "")
    try:
        informed = Informed(j.informed)
    except ValueError:
        raise ValidationError(
            message_id="error-sharing-choose-who-been-informed", field="informed"
        ) from None
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
                message_id="error-sharing-record-why-young-person",
                field="not_informed_reason",
            )
    elif informed == Informed.YOUTH_AND_PARENTS:
        # Under 16 it includes the parents who must be told; from 16 only while a minor:
        # an adult's parents are no one to inform about him.
        if not options.parents_too:
            raise RuleViolation(message_id="error-sharing-inform-parents-adult")
        not_informed = ""
    elif informed != options.inform:
        raise RuleViolation(
            message_id="error-sharing-inform-parents-under-16"
            if options.inform == Informed.PARENTS
            else "error-sharing-inform-youth-from-16"
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
                message_id="error-sharing-name-legal-basis-legal",
                field="ground",
            )
        if GROUND_BASIS[ground] != basis:
            raise RuleViolation(
                message_id="error-sharing-balancing-interests-names-but",
                params={
                    "basis_labels": basis_phrase(basis),
                    "override_ground_labels": Phrase(
                        f"override-ground-{ground.value}", fallback=OVERRIDE_GROUND_LABELS[ground]
                    ),
                },
            )
        reason = v.text(j.reason, "Reden", "reason", required=False, max_len=4000)
        if len(reason) < MIN_REASON:
            raise ValidationError(
                message_id="error-sharing-write-down-why-share",
                field="reason",
            )
        if j.confirmed is not True:
            raise RuleViolation(message_id="error-sharing-confirm-second-time-share")
    return CheckedJustification(informed, not_informed, ground, reason)


def basis_label(basis: LawfulBasis, justification: Mapping[str, Any] | None, law: str = "") -> str:
    """The basis as the inzage and the proof show it: an override says so in capitals; a
    legal duty names its law (legal_duties.law_shared_on)."""
    label = BASIS_LABELS[basis] + (f" ({law})" if law else "")
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


def shared_after_withdrawal(shared_at: datetime, withdrawn: Iterable[datetime]) -> str:
    """What a sharing on a consent says when it was made at or after a withdrawal of that
    consent (its earliest of `withdrawn`): the withdrawal was read later (a mail opened days
    after it was sent; record_disclosure refuses one recorded after it). Not lawful in
    hindsight: said wherever the sharing shows — the inzage (forms_signers.after_withdrawal)
    and the proof's Verstrekkingen row, which verify holds to the log (proof23) — never left
    as "toestemming" (DOMAIN rule 4). "" when it came before every withdrawal."""
    first = min(withdrawn, default=None)
    if first is None or shared_at < first:
        return ""
    day = f"{local_date(first):%d-%m-%Y}"
    return (
        f" — GEDEELD NA DE INTREKKING van {day}, die pas later werd vastgelegd; "
        "de ontvanger wordt ingelicht"
    )


def weighed_after_sharing(basis: LawfulBasis, shared_at: datetime, weighed_at: datetime) -> str:
    """What a sharing on a weighing says when the weighing was recorded after the sharing
    (seed 002: weigh first, then share). In an emergency (vitaal belang) that is the way it
    goes — shared in haste, weighed afterwards — and said plainly; on any other basis it is a
    justification after the fact, said in capitals, never left reading as if the weighing came
    first (DOMAIN rule 7). "" when the weighing came before the sharing."""
    if weighed_at <= shared_at:
        return ""
    day = f"{local_date(weighed_at):%d-%m-%Y}"
    if basis == LawfulBasis.VITAL_INTEREST:
        return f"; in spoed gedeeld, de afweging is achteraf vastgelegd op {day}"
    return f" — AFWEGING PAS NA HET DELEN VASTGELEGD, op {day}"
