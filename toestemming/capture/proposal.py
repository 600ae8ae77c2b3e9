"""What a reply or app message proposes, shown to the worker before anything is recorded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..model import Answer, SignerRef

Span = tuple[int, int]


@dataclass(frozen=True)
class ProposedItem:
    item_id: int
    position: int
    title: str  # purpose – recipient, for the worker
    answer: Answer | None  # None for a withdrawal, or when the reply is unclear about it
    special_ack: bool = False
    unclear: bool = False  # the reply does not say ja or nee for this item with certainty
    evidence: tuple[Span, ...] = ()  # the words in `ReplyProposal.text` that decided it


@dataclass(frozen=True)
class ReplyProposal:
    """A reading of one incoming message. `problems` non-empty: nothing may be recorded from
    it as it stands (the worker can still record by hand, with the message as evidence)."""

    source: str  # "email" or "app"
    raw: bytes = field(repr=False)  # the evidence exactly as received
    raw_sha256: str
    subject: str
    from_address: str  # e-mail address or phone number as it arrived
    text: str = field(repr=False)  # the whole message text, for display
    own_text: str = field(repr=False)  # the sender's own words (quotes and signature out)
    from_name: str = field(default="", repr=False)  # e-mail display name, as written: untrusted
    reference_code: str | None = None
    request_id: int | None = None
    youth_id: int | None = None
    signer: SignerRef | None = None
    signer_label: str = ""  # "jongere", "ouder", … (no name)
    decided_at: datetime | None = None
    # Where decided_at comes from when not from the sender's Date header: "server" (when our
    # mail server received it), "read" (when it was fetched or read in). The proof says so.
    moment_from: str = ""
    items: tuple[ProposedItem, ...] = ()
    withdrawal: bool = False
    blanket: bool = False  # one answer was applied to every item ("ja voor alles", "nee")
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # worth knowing, not blocking (attachments, missing date)
    screenshot: bytes | None = field(default=None, repr=False)
    screenshot_media_type: str = ""

    @property
    def can_confirm(self) -> bool:
        return not self.problems and bool(self.items) and self.signer is not None

    @property
    def answers(self) -> dict[int, Answer]:
        return {i.item_id: i.answer for i in self.items if i.answer is not None}

    @property
    def unclear(self) -> tuple[ProposedItem, ...]:
        return tuple(i for i in self.items if i.unclear)

    @property
    def special_ack(self) -> frozenset[int]:
        return frozenset(i.item_id for i in self.items if i.special_ack)

    def key(self) -> tuple[object, ...]:
        """What the worker confirmed; confirm() refuses when a fresh reading differs."""
        return (
            self.raw_sha256,
            self.request_id,
            self.signer,
            self.decided_at,
            self.withdrawal,
            self.blanket,
            tuple((i.item_id, i.answer, i.special_ack, i.unclear) for i in self.items),
            self.problems,
        )
