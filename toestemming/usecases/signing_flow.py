"""The tablet's signing session as a state machine, without Qt: which page is up, who signs,
their answers and ticks, which texts they saw in which language, the withdrawal path, the
idle timeout, and who is still to sign.

ui/signing/mode.py renders `page` and forwards every tap here; everything it shows comes from
this object. What the signer signs is checked again by the core when it is saved
(Signing.sign_decisions / sign_withdrawal): this model decides what the screens offer, not
what the vault accepts.

    flow = SigningFlow(service.signing, request_id, clock)
    flow.choose_signer(flow.people[0]); flow.answer("yes"); flow.next_item() …

When exactly one person can decide and has not signed yet (a youth of 16+, or the one parent
with gezag), "Wie ben jij?" is skipped: the flow opens on the first item for that person
(`known_signer`). "Vorige" on the first item still shows "Wie ben jij?" with the withdrawal.
    flow.to_signature(); error = flow.confirm(signature)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from ..clock import Clock
from ..errors import Phrase, ToestemmingError
from ..language import SOURCE, has_message, resolve, text
from ..model import Answer, SignerKind
from .signature import Signature
from .signing import ItemToSign, SignerChoice, Signing, SigningSession, WithdrawableItem

# Without a tap for this long the tablet goes back to the start ("Wie ben jij?", or the first
# item when only one person can sign) and forgets what was not signed: the next person must
# not see (or sign) someone else's answers.
IDLE_SECONDS = 120


class Page(StrEnum):
    WHO = "who"  # "Wie ben jij?": the people who decide on this request
    ITEM = "item"  # one item: text, Ja / Nee, the special-categories tick
    SUMMARY = "summary"  # every answer, each can be changed
    SIGN = "sign"  # the signature pad (for decisions or for a withdrawal)
    THANKS = "thanks"  # saved: what was recorded, receipt, next person
    WITHDRAW_WHO = "withdraw_who"  # who withdraws
    WITHDRAW_PICK = "withdraw_pick"  # which consents


class Flow(StrEnum):
    DECISIONS = "decisions"
    WITHDRAWAL = "withdrawal"
    DECISIONS_DONE = "decisions_done"
    WITHDRAWAL_DONE = "withdrawal_done"


# Why an item cannot be left yet: keys of the signer's texts (ui/signing/words.py).
CHOOSE = "choose"
SPECIAL_NEEDED = "special_needed"
WITHDRAW_CHOOSE = "withdraw_choose"


class SigningFlow:
    def __init__(self, signing: Signing, request_id: int, clock: Clock) -> None:
        """Raises (a Dutch ToestemmingError) when nobody may decide on the request now."""
        self._signing = signing
        self._clock = clock
        self.request_id = request_id
        self.session: SigningSession = signing.session(request_id)
        self.language = self.session.languages[0]
        self.last_session_id: int | None = None
        self._forget()
        self._start()

    def _forget(self) -> None:
        """Everything the current signer did that is not signed yet."""
        self.page = Page.WHO
        self.flow = Flow.DECISIONS
        self.signer: SignerChoice | None = None
        self.answers: dict[int, str] = {}
        self.acks: set[int] = set()
        self.seen: dict[int, str] = {}  # item → the language its text was last shown in
        self.index = 0
        self.started_at: datetime | None = None
        self.withdraw_people: tuple[SignerChoice, ...] = ()
        self.withdrawable: list[WithdrawableItem] = []
        self.withdraw_items: list[int] = []

    # -- what the screens show ----------------------------------------------------------------
    @property
    def items(self) -> tuple[ItemToSign, ...]:
        return self.session.items

    @property
    def people(self) -> tuple[SignerChoice, ...]:
        """Who may answer now ("Wie ben jij?"); nobody when nothing is open any more."""
        return self.session.signers if self.items else ()

    @property
    def all_signed(self) -> bool:
        """Nobody left to sign: on "Wie ben jij?" everyone who decides has signed (nobody to
        tap); on the thanks page, the one who just signed was the last."""
        return bool(self.people) and not self.next_signers

    @property
    def waiting(self) -> tuple[SignerChoice, ...]:
        """Who signs next: the people who decide and have not answered this request yet."""
        return tuple(p for p in self.people if not p.has_signed)

    @property
    def next_signers(self) -> tuple[SignerChoice, ...]:
        """Who still has to sign after the current signer (the thanks page names them, so a
        parent who passes the tablet on sees who should tap their name next)."""
        me = self.signer.signer if self.signer is not None else None
        return tuple(p for p in self.waiting if p.signer != me)

    @property
    def known_signer(self) -> SignerChoice | None:
        """The only person who can answer, when there is exactly one and they have not signed
        yet: nobody to choose between, so the tablet skips "Wie ben jij?". None otherwise
        (two deciders, or the one has signed: the start page then shows who did, not
        tappable — see choose_signer)."""
        people = self.people
        if len(people) == 1 and not people[0].has_signed:
            return people[0]
        return None

    @property
    def voice(self) -> dict[str, str]:
        """Whom the tablet's words address, as the catalog's `$addressee` (the receipts' and
        the paper form's voice: SignerKind's value): the one who signs or withdraws — a
        parent is addressed as a parent, about "de gegevens van <voornaam>" (`$child`), not
        as the youth ("je gegevens"). Before anyone is chosen ("Wie ben jij?"): a parent's
        when only representatives can be chosen (only parents decide), else the youth's."""
        kind = SignerKind.YOUTH
        if self.signer is not None:
            kind = self.signer.signer.kind
        else:
            people = self.withdraw_people if self.flow == Flow.WITHDRAWAL else self.people
            if people and all(p.signer.kind == SignerKind.REPRESENTATIVE for p in people):
                kind = SignerKind.REPRESENTATIVE
        child = self.session.youth_given_name or self.session.youth_name
        return {"addressee": kind.value, "child": child}

    def for_the_signer(self, error: ToestemmingError) -> str:
        """`error` as the tablet shows it: in the signer's language and voice (a parent is
        not told to put "je handtekening" in the box)."""
        return _for_the_signer(error, self.language, self.voice)

    @property
    def item(self) -> ItemToSign:
        return self.items[self.index]

    def item_problem(self, item: ItemToSign | None = None) -> str:
        """Why `item` (the current one) cannot be left yet: CHOOSE, SPECIAL_NEEDED or ""."""
        item = item or self.item
        answer = self.answers.get(item.item_id)
        if answer is None:
            return CHOOSE
        if answer == "yes" and item.special and item.item_id not in self.acks:
            return SPECIAL_NEEDED
        return ""

    @property
    def sign_kind(self) -> str:
        """What the signature page asks for: "sign" (answers) or "withdraw_sign"."""
        return "sign" if self.flow in (Flow.DECISIONS, Flow.DECISIONS_DONE) else "withdraw_sign"

    # -- the decisions flow -------------------------------------------------------------------
    def restart(self, *, to_who: bool = False) -> None:
        """Back to the start with the request as it is now (another person may just have
        signed); whatever was not signed is forgotten. The start is the first item when the
        signer is known (see `known_signer`), else "Wie ben jij?"; `to_who`: always the latter
        (the signer went back from the first item, e.g. to withdraw instead)."""
        self._forget()
        self.session = self._signing.session(self.request_id)
        if self.language not in self.session.languages:
            self.language = self.session.languages[0]
        if not to_who:
            self._start()

    def _start(self) -> None:
        known = self.known_signer
        if known is not None:
            self.choose_signer(known)

    def idle(self) -> None:
        """IDLE_SECONDS without input: the same as a restart."""
        self.restart()

    def set_language(self, language: str) -> bool:
        """Switch the texts; False (nothing changes) for a language the request lacks."""
        if language not in self.session.languages:
            return False
        self.language = language
        if self.page == Page.ITEM:
            self.seen[self.item.item_id] = language  # the page is shown again in it
        elif self.page == Page.SIGN and self.flow == Flow.DECISIONS:
            # Switched on the signature pad: what is signed is recorded in this language,
            # so its texts are shown first (the first one not seen in it, else the pad).
            self.to_signature()
        return True

    def choose_signer(self, choice: SignerChoice) -> None:
        current = {p.signer: p for p in self.people}
        if choice.signer not in current:
            raise ToestemmingError(message_id="error-signing-person-cannot-decide-now")
        if current[choice.signer].has_signed:
            # One signature per person at the tablet: a hurried second parent tapping the
            # first one's name (✓) would sign under it, leaving their own consent missing.
            # Changing one's mind goes through the worker (a withdrawal or a new request).
            raise ToestemmingError(message_id="error-signing-already-signed")
        self.signer = choice
        self.answers, self.acks, self.seen = {}, set(), {}
        self.started_at = self._clock.now()
        self.flow = Flow.DECISIONS
        self.show_item(0)

    def show_item(self, index: int) -> None:
        self.index = max(0, min(index, len(self.items) - 1))
        self.seen[self.item.item_id] = self.language
        self.page = Page.ITEM

    def answer(self, value: str) -> None:
        self.answers[self.item.item_id] = Answer(value).value

    def set_ack(self, on: bool) -> None:
        if on:
            self.acks.add(self.item.item_id)
        else:
            self.acks.discard(self.item.item_id)

    def previous_item(self) -> None:
        if self.index == 0:
            self.restart(to_who=True)
        else:
            self.show_item(self.index - 1)

    def next_item(self) -> None:
        if self.item_problem():
            return
        if self.index + 1 < len(self.items):
            self.show_item(self.index + 1)
        else:
            self.page = Page.SUMMARY

    def show_summary(self) -> None:
        self.page = Page.SUMMARY

    def to_signature(self) -> bool:
        """To the pad, only when every item was on screen in the language that will be
        recorded and is answered; else back to the first item that is not (False)."""
        for index, item in enumerate(self.items):
            if self.seen.get(item.item_id) != self.language or self.item_problem(item):
                self.show_item(index)
                return False
        self.page = Page.SIGN
        return True

    def sign_back(self) -> None:
        self.page = Page.SUMMARY if self.flow == Flow.DECISIONS else Page.WITHDRAW_PICK

    def confirm(self, signature: Signature) -> str:
        """Save what was signed (one transaction in the core): "" when saved, else the reason
        in the signer's language, and the signer stays on the signature page."""
        if self.page != Page.SIGN or self.signer is None or self.started_at is None:
            return text(self.language, "error-nothing-to-sign")
        if self.flow == Flow.DECISIONS and any(
            self.seen.get(item.item_id) != self.language for item in self.items
        ):
            # The texts recorded as shown are the ones in this language: never signed unseen.
            return text(self.language, "error-texts-not-shown")
        try:
            if self.flow == Flow.WITHDRAWAL:
                done = self._signing.sign_withdrawal(
                    self.withdraw_items,
                    self.signer.signer,
                    self.language,
                    signature,
                    self.started_at,
                )
                self.last_session_id = done.session_id
                self.flow = Flow.WITHDRAWAL_DONE
            else:
                result = self._signing.sign_decisions(
                    self.request_id,
                    self.signer.signer,
                    self.language,
                    {k: Answer(v) for k, v in self.answers.items()},
                    self.acks,
                    {i.item_id: i.texts[self.language][1] for i in self.items},
                    signature,
                    self.started_at,
                )
                self.last_session_id = result.session_id
                self.flow = Flow.DECISIONS_DONE
        except ToestemmingError as exc:
            return self.for_the_signer(exc)
        self.page = Page.THANKS
        return ""

    # -- withdrawal -----------------------------------------------------------------------------
    def start_withdrawal(self) -> None:
        self._forget()
        self.flow = Flow.WITHDRAWAL
        self.withdraw_people = self._signing.withdrawal_signers(self.session.youth_id)
        self.page = Page.WITHDRAW_WHO

    def choose_withdrawer(self, choice: SignerChoice) -> None:
        if choice.signer not in {p.signer for p in self.withdraw_people}:
            raise ToestemmingError(message_id="error-may-not-withdraw")
        self.signer = choice
        self.started_at = self._clock.now()
        self.withdrawable = self._signing.withdrawable(self.session.youth_id)
        self.page = Page.WITHDRAW_PICK

    def withdrawal_to_signature(self, chosen: Sequence[int]) -> str:
        """To the pad with the chosen consents; else WITHDRAW_CHOOSE (nothing chosen)."""
        offered = {w.item_id for w in self.withdrawable}
        picked = [i for i in dict.fromkeys(chosen) if i in offered]
        if not picked:
            return WITHDRAW_CHOOSE
        self.withdraw_items = picked
        self.page = Page.SIGN
        return ""


def _for_the_signer(error: ToestemmingError, language: str, voice: dict[str, str]) -> str:
    """Why nothing was saved, for the signer on the tablet: in their language. The rules'
    refusals (answered already, overtaken, no longer open) are the worker's messages, which
    exist in the desk's languages only: a signer reading another language is asked, in it,
    to hand the tablet over, and the worker reads the reason behind it (in Dutch)."""
    if not (resolve(language) == SOURCE or has_message(language, error.message_id)):
        return text(language, "error-for-the-worker", reason=error.text_in(SOURCE))
    if not error.message_id:
        return error.text_in(language)
    # The signer's voice over the error's own (formal) addressee.
    return Phrase(error.message_id, error.params | voice).text_in(language)
