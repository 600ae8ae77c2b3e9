"""Signing mode's last steps: saving the signature (Bevestigen) and saying on the thanks page
what was recorded, and the withdrawal screens (who withdraws, which items). A mix-in of
SigningMode (mode.py), which supplies service, model, the pages and the page changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toestemming.errors import ToestemmingError
from toestemming.usecases.signing import ItemToSign, SignerChoice
from toestemming.usecases.signing_flow import Flow

from .words import word


class Finishing:
    # Supplied by SigningMode.
    service: Any
    model: Any
    stack: Any
    sign_page: Any
    thanks_page: Any
    withdraw_who_page: Any
    withdraw_pick_page: Any
    saved: Any
    language: str
    items: tuple[ItemToSign, ...]
    answers: dict[int, str]
    withdraw_items: list[int]
    last_session_id: int | None
    session: Any

    _offer_mail: Callable[[], None]  # ReceiptOffer
    _enter_signature: Callable[[], None]

    def confirm(self) -> None:
        withdrawal = self.model.flow == Flow.WITHDRAWAL
        try:
            signature = self.sign_page.signature()
        except ToestemmingError as exc:
            self.sign_page.show_error(self.model.for_the_signer(exc))
            return
        error = self.model.confirm(signature)
        if error:
            self.sign_page.show_error(error)
            return
        if withdrawal:
            picked = {b[1].item_id: b[1] for b in self.withdraw_pick_page.boxes}
            lines = [
                f"• {picked[i].title[self.language]} — {picked[i].recipient}"
                for i in self.withdraw_items
                if i in picked
            ]
            heading, verdict = word(self.language, "withdraw_done"), "withdrawn"
        else:
            # Said as the core recorded it: a "nee" that withdrew an earlier "ja" reads
            # withdrawn, with its moment, as on the receipt the signer takes home.
            recorded = self._recorded_answers()
            lines = []
            for item in self.items:
                title = item.texts[self.language][0].split("\n", 1)[0]
                answer = recorded.get(item.item_id) or word(
                    self.language, "yes" if self.answers[item.item_id] == "yes" else "no"
                )
                lines.append(f"• {title} — {item.recipient}: {answer}")
            heading, verdict = word(self.language, "thanks"), "agreed"
        hint = word(self.language, "thanks_hint")
        following = [] if withdrawal else [p.name for p in self.model.next_signers]
        if following:
            # The hand-over names who is next: they tap their own name, not this one.
            hint += " " + word(self.language, "next_signer", names=", ".join(following))
        elif not withdrawal:
            # Said plainly: "Volgende persoon" leads to a page with nobody left to tap.
            hint += " " + word(self.language, "all_signed")
        self.thanks_page.show_result(
            self.language,
            heading,
            hint,
            word(self.language, verdict),
            lines,
        )
        self._offer_mail()
        self.stack.setCurrentWidget(self.thanks_page)
        assert self.last_session_id is not None  # set by the model when it saved
        self.saved.emit(self.last_session_id)

    def _recorded_answers(self) -> dict[int, str]:
        """Per item: its answer as the receipt says it. Empty when it cannot be read back (the
        signing is saved; the page then says the answers as given)."""
        if self.last_session_id is None:
            return {}
        try:
            record = self.service.signing_receipts.record(self.last_session_id)
        except ToestemmingError:
            return {}
        return {line.item_id: record.answer_text(line) for line in record.lines}

    # -- withdrawal ---------------------------------------------------------------------------
    def start_withdrawal(self) -> None:
        self.model.start_withdrawal()
        self.withdraw_who_page.show_people(
            self.language,
            word(self.language, "withdraw_who"),
            self.model.withdraw_people,
            about=word(self.language, "about", youth=self.session.youth_name),
            empty=word(self.language, "withdraw_none"),
            show_withdraw=True,
        )
        # On this page the corner button leads back to the start.
        self.withdraw_who_page.withdraw_button.setText(word(self.language, "to_start"))
        self.stack.setCurrentWidget(self.withdraw_who_page)

    def choose_withdrawer(self, choice: SignerChoice) -> None:
        self.model.choose_withdrawer(choice)
        self.withdraw_pick_page.show_items(self.language, self.model.withdrawable)
        self.stack.setCurrentWidget(self.withdraw_pick_page)

    def withdrawal_to_signature(self) -> None:
        problem = self.model.withdrawal_to_signature(self.withdraw_pick_page.chosen())
        if problem:
            self.withdraw_pick_page.error.setText(word(self.language, problem))
            self.withdraw_pick_page.error.show()
            return
        self._enter_signature()

    def confirm_withdrawal(self) -> None:
        self.confirm()
