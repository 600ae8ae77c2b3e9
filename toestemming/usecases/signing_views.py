"""What the tablet is handed (plain data, no Qt): the people who may sign, each item's texts
per language, the consents that can be withdrawn, and what a signing saved."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from ..model import ItemStatus, SignerRef
from .withdrawals import WithdrawalResult


@dataclass(frozen=True)
class SignerChoice:
    signer: SignerRef
    name: str
    role: str  # "youth" or a RepresentativeRole value
    role_label: str  # Dutch: jongere, ouder, voogd …
    has_signed: bool  # answered every item still open (not again at the tablet: SigningFlow)


@dataclass(frozen=True)
class ItemToSign:
    item_id: int
    position: int
    recipient: str
    recipient_kind: Mapping[str, str]  # language → label of the kind of recipient
    special: bool
    special_categories: Mapping[str, str]  # language → special categories as the text names them
    texts: Mapping[str, tuple[str, str]]  # language → (exact text, SHA-256)


@dataclass(frozen=True)
class SigningSession:
    request_id: int
    reference_code: str
    youth_id: int
    youth_name: str
    organisation: str
    valid_until: date
    explanation: str  # Dutch: who decides and why
    signers: tuple[SignerChoice, ...]
    languages: tuple[str, ...]  # the request's language first
    items: tuple[ItemToSign, ...]  # items that can still be answered
    youth_given_name: str = ""  # how the tablet names the youth to a parent ($child)


@dataclass(frozen=True)
class SigningResult:
    session_id: int
    decision_ids: tuple[int, ...]
    signature_evidence_id: int
    strokes_evidence_id: int
    signed_at: datetime
    # A "nee" to an item the signer had said "ja" to before is their withdrawal
    # (rules.answer_effect): its rows, for the recipients to tell (Withdrawals.result).
    withdrawal_ids: tuple[int, ...] = ()
    # Items the signer answered as they had before (rules.answer_effect: SAME): nothing
    # written; the receipt says "al eerder gegeven op …" (SigningReceipts.record).
    unchanged_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class WithdrawableItem:
    item_id: int
    request_id: int
    reference_code: str
    position: int
    title: Mapping[str, str]  # language → purpose title
    recipient: str
    categories: Mapping[str, str]  # language → category names
    status: ItemStatus


@dataclass(frozen=True)
class SignedWithdrawal:
    session_id: int
    result: WithdrawalResult
    signature_evidence_id: int
    strokes_evidence_id: int
