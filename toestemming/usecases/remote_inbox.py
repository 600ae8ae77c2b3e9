"""Incoming messages for remote requests: read an .eml or an app message into a proposal,
and record it once the worker has confirmed it. Split from remote.py to keep modules small."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from .. import validation as v
from ..capture.app import AppMessage
from ..capture.bounce import read_bounce
from ..capture.proposal import ReplyProposal
from ..capture.replies import parse_reply
from ..capture.sender_auth import SenderCheck, check_sender
from ..clock import from_iso
from ..errors import RuleViolation, Said, ValidationError, as_phrase
from ..image_limits import check_image
from ..model import Channel
from ..refcode import find_reference_codes
from ..words import count_form
from .consent import Consents
from .context import Context
from .decision_rows import RecordedAnswers
from .evidence import MAX_EVIDENCE_BYTES, Evidence
from .mail_account import MailAccount
from .remote_replies import Incoming, ReplyMatcher
from .withdrawals import WithdrawalResult, Withdrawals

SCREENSHOT_TYPES = ("image/png", "image/jpeg", "image/webp", "image/heic", "application/pdf")


@dataclass(frozen=True)
class ConfirmResult:
    evidence_id: int
    decision_ids: tuple[int, ...] = ()
    withdrawal: WithdrawalResult | None = None


@dataclass(frozen=True)
class _Recorded:
    evidence_id: int
    answers: RecordedAnswers


class RemoteInbox:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._consents = Consents(ctx)
        self._withdrawals = Withdrawals(ctx)
        self._evidence = Evidence(ctx)
        self._matcher = ReplyMatcher(ctx)

    def read_reply(self, raw: bytes, fetched_at: datetime | None = None) -> ReplyProposal:
        """Read an .eml. Records nothing: the worker confirms the proposal first.
        `fetched_at`: when it was fetched from the mailbox; the moment of a message that
        carries no date of its own (else: now, the moment it is read in)."""
        parsed = parse_reply(raw if isinstance(raw, bytes) else b"")
        notes: list[str] = []
        if parsed.attachments:
            count = len(parsed.attachments)
            notes.append(Said("reply-attachments", count=count, form=count_form(count)))
        if parsed.html_only:
            notes.append(Said("reply-html-only"))
        if parsed.answer_in_forward:
            notes.append(Said("reply-answer-in-own-forward"))
        if parsed.answer_in_html:
            notes.append(Said("reply-answer-in-html"))
        # the answer read is not in the mail's own text: the worker checks where it came from
        if parsed.answer_in_attachment:
            notes.append(Said("reply-answer-in-attachment"))
        if parsed.answer_in_subject:
            notes.append(Said("reply-answer-in-subject"))
        problems = list(parsed.problems)
        refers_to = parsed.refers_to
        bounce = read_bounce(raw) if parsed.automatic and isinstance(raw, bytes) else None
        if bounce is not None:
            # The request never reached this address: say where, and which request it was
            # (the returned Message-ID). Still a machine's message: nothing is read from it.
            problems.append(Said("reply-bounced", addresses=", ".join(bounce.failed)))
            refers_to = tuple(dict.fromkeys(refers_to + bounce.returned_ids))
        trusted = self._sender_checkers()
        verdict = check_sender(list(parsed.authentication_results), parsed.from_address, trusted)
        if verdict == SenderCheck.FORGED:
            problems.append(Said("reply-sender-forged"))
        elif verdict == SenderCheck.UNVERIFIED:
            notes.append(Said("reply-sender-unverified"))
        elif verdict == SenderCheck.UNCHECKED and trusted:  # no result of a server we trust
            notes.append(Said("reply-sender-unchecked"))
        return self._matcher.propose(
            Incoming(
                source="email",
                raw=raw if isinstance(raw, bytes) else b"",
                subject=parsed.subject,
                sender=parsed.from_address,
                text=parsed.text,
                own_text=parsed.own_text,
                codes_own=parsed.codes_own,
                codes_quoted=parsed.codes_quoted,
                refers_to=refers_to,
                sent_at=parsed.sent_at,
                date_from=parsed.date_from,
                received_at=parsed.received_at,
                fetched_at=fetched_at,
                problems=problems,
                notes=notes,
                automatic=parsed.automatic,
            )
        )

    def _sender_checkers(self) -> tuple[str, ...]:
        """The mail servers whose sender check the organisation trusts (imap settings)."""
        imap = MailAccount(self._ctx).imap_settings()
        return imap.trusted_checkers() if imap is not None else ()

    def read_app_message(
        self,
        sender_number: str,
        received_at: datetime,
        text: str,
        *,
        channel_label: str = "app",
        screenshot: bytes | None = None,
        screenshot_media_type: str = "",
    ) -> ReplyProposal:
        """A message received by SMS/WhatsApp, entered by the worker (with a screenshot)."""
        number = v.phone(sender_number, "sender_number")
        if not number:
            raise ValidationError(
                message_id="error-remote-sender-s-phone-number", field="sender_number"
            )
        body = v.text(text, "Tekst van het bericht", "text", max_len=5000)
        if not isinstance(received_at, datetime) or received_at.tzinfo is None:
            raise ValidationError(
                message_id="error-remote-receipt-time-invalid", field="received_at"
            )
        label = v.name(channel_label, "Kanaal", "channel_label")
        if screenshot is not None:
            if not screenshot or len(screenshot) > MAX_EVIDENCE_BYTES:
                raise ValidationError(
                    message_id="error-remote-screenshot-empty-larger-25", field="screenshot"
                )
            if screenshot_media_type not in SCREENSHOT_TYPES:
                raise ValidationError(
                    message_id="error-remote-screenshot-image-png-jpeg", field="screenshot"
                )
            check_image(screenshot, "screenshot")  # pixel count from the header, not decoded
        shot_hash = hashlib.sha256(screenshot).hexdigest() if screenshot else ""
        message = AppMessage(
            number, received_at, body, label, shot_hash, screenshot_media_type if screenshot else ""
        )
        notes = [] if screenshot else ["Er is geen schermafdruk bijgevoegd."]
        return self._matcher.propose(
            Incoming(
                source="app",
                raw=message.record_bytes(),
                subject="",
                sender=number,
                text=body,
                own_text=body,
                codes_own=find_reference_codes(body),
                sent_at=received_at,
                notes=notes,
                screenshot=screenshot,
                screenshot_media_type=screenshot_media_type if screenshot else "",
            )
        )

    def confirm(
        self, proposal: ReplyProposal, also: Callable[[int], None] | None = None
    ) -> ConfirmResult:
        """Record what the worker saw and confirmed: the raw message as evidence and the
        decisions or the withdrawal, in ONE transaction (`also(evidence_id)`: what the caller
        marks in it, the mail inbox's row). Refused when the message, read again now, says
        something else. Two transactions (evidence first, then the decisions) left an unlinked
        evidence row when another desk recorded the same reply in between, and the second desk's
        copy of the message as a second piece of evidence (tests/test_attack_s17_team_replies)."""
        fresh = self._reread(proposal)
        if fresh.key() != proposal.key():
            raise RuleViolation(message_id="error-remote-message-now-reads-differently")
        if not fresh.can_confirm:
            raise (
                RuleViolation(
                    message_id="error-remote-cannot-record-because",
                    params={"problem": as_phrase(fresh.problems[0])},
                )
                if fresh.problems
                else RuleViolation(message_id="error-remote-cannot-record-no-answer")
            )
        assert fresh.request_id is not None and fresh.signer is not None
        db = self._ctx.db
        done = db.in_one_turn(lambda: self._record(fresh, also))
        if isinstance(done, tuple):  # (the withdrawal's rows)
            return ConfirmResult(done[0], withdrawal=self._withdrawals.result(done[1]))
        evidence_id, answers = done.evidence_id, done.answers
        # A "nee" after the signer's own "ja" was recorded as a withdrawal: the recipients
        # already served are listed to be told, as for any withdrawal.
        ids = answers.withdrawal_ids
        withdrawn = self._withdrawals.result(ids) if ids else None
        return ConfirmResult(evidence_id, decision_ids=tuple(answers), withdrawal=withdrawn)

    def _record(
        self, fresh: ReplyProposal, also: Callable[[int], None] | None
    ) -> _Recorded | tuple[int, list[int]]:
        """Inside the transaction, with the write turn: checked again on what is committed now
        (another desk may have recorded this very message, or another answer, meanwhile), then
        the message, then the answers. A refusal here rolls back the evidence too."""
        assert fresh.request_id is not None and fresh.signer is not None
        db = self._ctx.db
        if db.query_one(
            "SELECT 1 FROM evidence WHERE sha256 = ? AND kind IN ('eml', 'message')",
            (hashlib.sha256(fresh.raw).hexdigest(),),
        ):
            raise RuleViolation(
                message_id="error-remote-cannot-record-because",
                params={"problem": as_phrase(Said("reply-already-processed"))},
            )
        channel = Channel.EMAIL if fresh.source == "email" else Channel.APP
        if fresh.withdrawal:
            items = [i.item_id for i in fresh.items]
            withdrawal = self._withdrawals.prepare(items, fresh.signer, channel, fresh.decided_at)
        else:
            # Refused before the message is stored: a reply sent twice (or an old link tapped
            # again) leaves nothing behind, not even an evidence row.
            decisions = self._consents.prepare_decisions(
                fresh.request_id,
                fresh.signer,
                fresh.answers,
                channel,
                fresh.decided_at,
                fresh.special_ack,
            )
        evidence_id = self._store_message(fresh)
        done: _Recorded | tuple[int, list[int]]
        if fresh.withdrawal:
            done = evidence_id, self._withdrawals.write(withdrawal, evidence_id, fresh.moment_from)
        else:
            answers = self._consents.write_decisions(decisions, evidence_id, fresh.moment_from)
            done = _Recorded(evidence_id, answers)
        if also is not None:
            also(evidence_id)
        return done

    def _store_message(self, fresh: ReplyProposal) -> int:
        """The message as evidence (inside the caller's transaction); an app message's
        screenshot with it, linked, so it is in the proof and erased with the youth."""
        assert fresh.request_id is not None
        if fresh.source == "email":
            return self._evidence.write("eml", "message/rfc822", fresh.raw)
        message_id = self._evidence.write("message", "application/json", fresh.raw)
        if fresh.screenshot:
            shot = self._evidence.write("screenshot", fresh.screenshot_media_type, fresh.screenshot)
            self._evidence.link(shot, fresh.request_id, "screenshot", message_id)
        return message_id

    def _reread(self, proposal: ReplyProposal) -> ReplyProposal:
        if proposal.source == "email":
            # A message without a date of its own keeps the moment it was first read at.
            fetched = proposal.decided_at if proposal.moment_from == "read" else None
            return self.read_reply(proposal.raw, fetched)
        try:
            record = json.loads(proposal.raw)
            received = from_iso(record["received_at"])
        except (ValueError, KeyError, TypeError):
            raise ValidationError(message_id="error-remote-message-unreadable") from None
        return self.read_app_message(
            record["sender_number"],
            received,
            record["text"],
            channel_label=record["channel"],
            screenshot=proposal.screenshot,
            screenshot_media_type=proposal.screenshot_media_type,
        )
