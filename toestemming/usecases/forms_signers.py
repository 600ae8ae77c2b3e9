"""Who signs the transitieformulier, and how a sharing after a withdrawal reads on the inzage.

Split from forms_views.py (cases20). The transitieformulier's signature lines follow the rules
(rules.who_must_decide): the deciders with what they said; under 16 (from 8) also the youth,
informed and asked for their view; and while nobody on record may decide, blank lines for who
will — never a line "jongere" that would read as the consent of a minor or of a person under
curatele."""

from __future__ import annotations

from datetime import datetime

from formulieren.transitieformulier import SignerLine

from ..errors import NotFoundError, ValidationError
from ..language import text as language_text
from ..model import AdultProtection, SignerRef, Youth, role_label
from ..rules import DeciderRequirement, Regime
from .evidence import Evidence
from .sharing_rules import shared_after_withdrawal


def transition_signers(
    requirement: DeciderRequirement,
    youth: Youth,
    names: dict[SignerRef, tuple[str, str]],
    decisions_by_signer: dict[SignerRef, tuple[str, int | None]],
    evidence: Evidence,
    youth_said: str = "",
) -> tuple[list[SignerLine], str]:
    """The signature lines and the "Wie tekent" explanation; `youth_said`: the youth's own
    view where the parents decide (youth_views.view_summary), printed on their line."""
    signers = []
    for ref in requirement.signers:
        name, role = names.get(ref, ("", ""))
        decided, eid = decisions_by_signer.get(ref, ("", None))
        signers.append(SignerLine(name, role, decided, signature_png(evidence, eid)))
    explanation = requirement.explanation
    you = SignerRef.youth(youth.id)
    if requirement.inform_youth and you not in requirement.signers:
        # Under 16 (from 8) the parents sign, and the youth is informed and asked for their
        # view, as on the paper consent: the form's own line for that (DOMAIN rule 3; seed
        # 002 2.3.2: the transitieformulier goes with the young person's signature).
        informed = SignerLine(
            names[you][0], language_text("nl", "paper-informed"), youth_said, None
        )
    else:
        informed = None
    if not signers:
        # Nobody can decide now (no gezag or curator registered, or more holders of gezag
        # than the law allows): the line is for whoever will, never for a minor or a person
        # under curatele as "jongere" — their signature there is no consent (cases20).
        signers = list(_empty_lines(requirement, youth, names))
        explanation = f"{explanation} {requirement.blocked_reason or ''}".strip()
    if informed is not None:
        signers.append(informed)
    return signers, explanation


def _empty_lines(
    requirement: DeciderRequirement, youth: Youth, names: dict[SignerRef, tuple[str, str]]
) -> tuple[SignerLine, ...]:
    """Blank signature lines for who will decide once the record allows it."""
    if requirement.regime == Regime.ADULT_REPRESENTATIVE:
        noun = "curator" if youth.protection == AdultProtection.CURATELE else "mentor"
        return (SignerLine("", role_label(noun), "", None),)
    if requirement.regime in (Regime.PARENTS, Regime.PARENTS_AND_YOUTH):
        lines = [SignerLine("", "ouder met gezag of voogd", "", None)]
        if requirement.regime == Regime.PARENTS_AND_YOUTH:
            lines.append(SignerLine(*names[SignerRef.youth(youth.id)], "", None))
        return tuple(lines)
    return (SignerLine(*names[SignerRef.youth(youth.id)], "", None),)


def signature_png(evidence: Evidence, evidence_id: int | None) -> bytes | None:
    if evidence_id is None:
        return None
    info = evidence.info(evidence_id)
    if info.kind != "signature" or info.media_type not in ("image/png", "image/jpeg"):
        return None
    try:
        return evidence.content(evidence_id)
    except (NotFoundError, ValidationError):  # erased or damaged: print an empty field
        return None


def after_withdrawal(item_id: int | None, shared_at: datetime, stopped: dict[int, datetime]) -> str:
    """A sharing on a consent dated at or after its withdrawal (sharing_rules.
    shared_after_withdrawal: the one rule, the proof asks it too)."""
    withdrawn = stopped.get(item_id) if item_id is not None else None
    return shared_after_withdrawal(shared_at, () if withdrawn is None else (withdrawn,))
