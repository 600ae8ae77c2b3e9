"""Mag ik delen? Whether one given consent item covers a sharing (DOMAIN rule 4, "Sharing"):
pure, like rules.py, whose item statuses it reads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from .errors import Phrase, joined
from .language import SOURCE
from .model import ItemStatus, StatusInfo


@dataclass(frozen=True, slots=True)
class TextDrift:
    """The purpose text an item was asked with, against the newest text in its language."""

    shown_version: int
    current_version: int
    shown_text: str  # title + explanation as asked
    current_text: str
    difference: str  # words taken out [-…-] and added {+…+}
    material: bool  # a later version was marked as a material change: ask again


@dataclass(frozen=True, slots=True)
class ShareAnswer:
    allowed: bool
    reason: str  # Dutch
    item_id: int | None = None
    reference_code: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    missing_category_ids: frozenset[int] = frozenset()  # when a given item covers only part
    text_drift: TextDrift | None = None  # the covering item was asked with an older text
    # `reason` and the first warnings as catalog phrases, for the worker in their language
    # (share_rule.may_share sets them; a warning added without a phrase is shown as written).
    why: Phrase | None = None
    warning_phrases: tuple[Phrase, ...] = ()

    def reason_in(self, language: str) -> str:
        return self.why.text_in(language) if self.why is not None else self.reason

    def warnings_in(self, language: str) -> tuple[str, ...]:
        done = tuple(p.text_in(language) for p in self.warning_phrases)
        return done + self.warnings[len(done) :]


@dataclass(frozen=True, slots=True)
class Candidate:
    """An item that might cover a sharing, with its status already computed."""

    item_id: int
    reference_code: str
    position: int
    status: StatusInfo
    category_ids: frozenset[int]
    valid_from: date
    valid_until: date


def may_share(
    candidates: Sequence[Candidate],
    category_ids: set[int],
    day: date,
    category_names: Mapping[int, str] | None = None,
) -> ShareAnswer:
    """Is sharing `category_ids` covered by one given item (same youth, recipient, purpose)?"""
    category_names = category_names or {}
    if not category_ids:
        return _answer(False, Phrase("share-choose-data"))
    if not candidates:
        return _answer(False, Phrase("share-nothing-asked"))
    best_missing: set[int] | None = None
    blockers: list[Phrase] = []
    for c in sorted(candidates, key=lambda c: (c.valid_until, c.item_id), reverse=True):
        missing = category_ids - c.category_ids
        if c.status.status != ItemStatus.GIVEN:
            blockers.append(
                Phrase(
                    "share-blocker",
                    {
                        "code": c.reference_code,
                        "position": c.position,
                        "reason": c.status.why or Phrase("error-text", {"text": c.status.reason}),
                    },
                )
            )
            continue
        if day < c.valid_from:
            blockers.append(
                Phrase(
                    "share-blocker-not-yet",
                    {
                        "code": c.reference_code,
                        "position": c.position,
                        "from": f"{c.valid_from:%d-%m-%Y}",
                    },
                )
            )
            continue
        if missing:
            if best_missing is None or len(missing) < len(best_missing):
                best_missing = missing
            continue
        warnings: tuple[Phrase, ...] = ()
        if c.status.needs_reconfirmation:
            # Who gave it and who decides now (the parents before 16, or the youth herself
            # before curatele): the status's own reason, never "the parents" for both.
            warnings = (c.status.why or Phrase("share-warning-reconfirm"),)
        return _answer(
            True,
            Phrase(
                "share-covered",
                {
                    "code": c.reference_code,
                    "position": c.position,
                    "until": f"{c.valid_until:%d-%m-%Y}",
                },
            ),
            item_id=c.item_id,
            reference_code=c.reference_code,
            warnings=warnings,
        )
    if best_missing:
        names = ", ".join(category_names.get(i, f"#{i}") for i in sorted(best_missing))
        return _answer(
            False,
            Phrase("share-not-all-covered", {"names": names}),
            missing_category_ids=frozenset(best_missing),
        )
    return _answer(False, Phrase("share-no-valid-consent", {"blockers": joined(blockers[:3])}))


def _answer(
    allowed: bool,
    why: Phrase,
    *,
    warnings: tuple[Phrase, ...] = (),
    item_id: int | None = None,
    reference_code: str | None = None,
    missing_category_ids: frozenset[int] = frozenset(),
) -> ShareAnswer:
    """The answer with its reason and warnings in Dutch and as phrases for any language."""
    return ShareAnswer(
        allowed,
        why.text_in(SOURCE),
        item_id=item_id,
        reference_code=reference_code,
        warnings=tuple(w.text_in(SOURCE) for w in warnings),
        missing_category_ids=missing_category_ids,
        why=why,
        warning_phrases=warnings,
    )
