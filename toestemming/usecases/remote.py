"""Consent at a distance: send the request by e-mail (or .eml / mail client / QR code), read
the reply, let the worker confirm, and follow up (age, reminders, expiry).

Writes, each one transaction with one audit event: settings, a sent message (after the
evidence copy), an expiry. Confirming a reply stores the raw message as evidence and then
records the decisions or the withdrawal through `Consents`, so every rule of the desk applies.
"""

from __future__ import annotations

import hashlib
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from .. import validation as v
from ..capture.app import AppLinks, app_links, mailto_link, qr_png
from ..capture.compose import Addressee, ComposedMail, Sender, compose_request, subject_for
from ..capture.oauth import SignInAgain
from ..capture.proposal import ReplyProposal
from ..capture.settings import (
    REMOTE_META_KEY,
    SMTP_META_KEY,
    ImapSettings,
    OAuthApp,
    RemoteSettings,
    SmtpSettings,
)
from ..clock import from_iso, to_iso
from ..errors import RuleViolation, ValidationError
from ..model import ROLE_LABELS, ItemStatus, SignerKind, SignerRef, role_label
from ..rules import who_must_decide
from ..store import repo
from ..store.turns import one_turn
from .catch_all_entries import refuse_request_with_catch_all
from .consent import Consents
from .consent_input import checked_signer
from .context import Context
from .evidence import Evidence
from .mail_account import MailAccount
from .people import People
from .remote_inbox import ConfirmResult, RemoteInbox
from .remote_pending import PendingRemote as PendingRemote
from .remote_pending import Waiting

VIAS = ("smtp", "eml", "mailto", "qr")


@dataclass(frozen=True)
class Contact:
    """Someone who decides on a request, with how to reach them."""

    signer: SignerRef
    role_label: str
    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class SentMessage:
    id: int
    request_id: int
    kind: str  # request | reminder
    via: str  # smtp | eml | mailto | qr
    signer: SignerRef
    message_id: str
    sent_at: datetime
    evidence_id: int | None


class Remote:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._consents = Consents(ctx)
        self._evidence = Evidence(ctx)
        self._inbox = RemoteInbox(ctx)
        self._waiting = Waiting(ctx, self._consents)
        self.account = MailAccount(ctx)  # login: password or OAuth (Microsoft 365, Google)

    # -- settings -------------------------------------------------------------------------------
    def settings(self) -> RemoteSettings:
        raw = self._ctx.meta(REMOTE_META_KEY)
        return RemoteSettings.from_json(raw) if raw else RemoteSettings()

    @one_turn
    def set_settings(self, settings: RemoteSettings) -> RemoteSettings:
        clean = settings.validated()
        with self._ctx.db.transaction():
            self._store_settings(clean)
        return clean

    def _store_settings(self, clean: RemoteSettings) -> None:
        self._ctx.set_meta(REMOTE_META_KEY, clean.to_json())
        self._ctx.event(
            "remote.settings_changed",
            {
                "expiry_days": clean.expiry_days,
                "reminder_after_days": clean.reminder_after_days,
                "app_number_set": bool(clean.app_number),
            },
        )

    @one_turn
    def save_mail_settings(
        self,
        settings: RemoteSettings,
        smtp: SmtpSettings | None = None,
        app: OAuthApp | None = None,
        imap: ImapSettings | None = None,
    ) -> None:
        """Everything of Instellingen e-mail at once: all of it checked first, then written in
        one transaction, so a refused field leaves every setting as it was. None: unchanged."""
        clean = settings.validated()
        clean_smtp = smtp.validated() if smtp is not None else None
        clean_app = app.validated() if app is not None else None
        clean_imap = imap.validated() if imap is not None else None
        with self._ctx.db.transaction():
            self._store_settings(clean)
            if clean_smtp is not None:
                self._store_smtp(clean_smtp)
            if clean_app is not None and clean_app != self.account.oauth_app():
                self.account.store_oauth_app(clean_app)
            if clean_imap is not None:
                self.account.store_imap_settings(clean_imap)
        if clean_app is not None:
            self._ctx.mail_tokens.clear()

    def smtp_settings(self) -> SmtpSettings | None:
        """Including the password: it is stored only inside the encrypted vault."""
        raw = self._ctx.meta(SMTP_META_KEY)
        return SmtpSettings.from_json(raw) if raw else None

    @one_turn
    def set_smtp_settings(self, settings: SmtpSettings) -> SmtpSettings:
        clean = settings.validated()
        with self._ctx.db.transaction():
            self._store_smtp(clean)
        return clean

    def _store_smtp(self, clean: SmtpSettings) -> None:
        self._ctx.set_meta(SMTP_META_KEY, clean.to_json())
        self._ctx.event(
            "remote.smtp_changed",
            clean.public(),
            personal={"username": clean.username, "from": clean.from_address},
        )

    # -- who, and composing ---------------------------------------------------------------------
    def contacts(self, request_id: int) -> list[Contact]:
        """The people who decide on this request today, with their known address and number."""
        request = self._consents.request(request_id)
        youth, reps = repo.youth_with_reps(self._ctx.db, request.youth_id)
        decider = who_must_decide(youth, reps, self._ctx.policy(), self._ctx.clock.today())
        out = []
        for ref in decider.signers:
            if ref.kind == SignerKind.YOUTH:
                out.append(
                    Contact(ref, ROLE_LABELS["youth"], youth.display_name, youth.email, youth.phone)
                )
            else:
                rep = next(r for r in reps if r.id == ref.id)
                out.append(Contact(ref, ROLE_LABELS[rep.role], rep.name, rep.email, rep.phone))
        return out

    def compose(
        self, request_id: int, signer: SignerRef, *, reminder: bool = False
    ) -> ComposedMail:
        request_id, signer = _checked(request_id, signer)
        request = self._consents.request(request_id)
        refuse_request_with_catch_all(self._ctx.db, request.id)  # "Alle instanties" (old)
        contact = self._contact(request_id, signer)
        if not contact.email:
            raise ValidationError(message_id="error-no-email", field="email")
        youth, reps = repo.youth_with_reps(self._ctx.db, request.youth_id)
        rep = next((r for r in reps if signer.kind != SignerKind.YOUTH and r.id == signer.id), None)
        who = Addressee(
            name=contact.name,
            email=contact.email,
            is_youth=signer.kind == SignerKind.YOUTH,
            youth_given_name=youth.given_name,
            # In the language of the message ("As parent you decide", not "As ouder").
            role_label="" if rep is None else role_label(rep.role, request.language),
        )
        earlier: list[str] = []
        if reminder:  # in the same conversation as what this person got before
            rows = self._ctx.db.query(
                "SELECT message_id FROM remote_messages WHERE request_id = ? AND via IN ('smtp', 'eml') "
                "AND signer_kind = ? AND signer_id = ? ORDER BY sent_at, id",
                (request_id, signer.kind.value, signer.id),
            )
            earlier = [str(r[0]) for r in rows]
        return compose_request(
            request,
            who,
            self._sender(request.language),
            self._ctx.clock.now(),
            reminder=reminder,
            earlier=earlier,
        )

    def _sender(self, language: str = "nl") -> Sender:
        smtp = self.smtp_settings()
        remote = self.settings()
        address = (smtp.from_address if smtp else "") or remote.reply_address
        if not address:
            raise ValidationError(
                message_id="error-remote-set-sender-address-mail", field="from_address"
            )
        worker = self._ctx.db.scalar(
            "SELECT name FROM workers WHERE id = ?", (self._ctx.worker_id,)
        )
        return Sender(
            organisation=self._ctx.organisation,
            worker_name=str(worker or ""),
            address=address,
            display_name=smtp.from_name if smtp else "",
            reply_to=remote.reply_address,
            contact_text=remote.contact_for(language),
            expiry_days=remote.expiry_days,
        )

    def set_email(self, request_id: int, signer: SignerRef, email: str) -> Contact:
        """Fill in the missing address of someone who decides on this request, so a new worker
        can send it straight away. Goes through the ordinary people update (validated, logged);
        an empty address is refused, since the point is to have one."""
        contact = self._contact(request_id, signer)  # only a person who decides on it today
        if not v.email(email):
            raise ValidationError(message_id="error-no-email", field="email")
        people = People(self._ctx)
        if signer.kind == SignerKind.YOUTH:
            people.update_youth(self._consents.request(request_id).youth_id, email=email)
        else:
            rep = people.representative(signer.id)
            people.update_representative(
                rep.id, name=rep.name, email=email, phone=rep.phone, language=rep.language
            )
        return self._contact(request_id, contact.signer)

    def _contact(self, request_id: int, signer: SignerRef) -> Contact:
        for c in self.contacts(request_id):
            if c.signer == signer:
                return c
        raise RuleViolation(message_id="error-remote-person-no-longer-decides")

    # -- handing out the request ----------------------------------------------------------------
    def send(
        self,
        request_id: int,
        signer: SignerRef,
        *,
        reminder: bool = False,
        tls: ssl.SSLContext | None = None,
    ) -> SentMessage:
        """Send over SMTP, then log it with its Message-ID. Nothing is logged if sending fails.
        An expired or revoked sign-in raises SignInAgain carrying the message as a draft
        (`draft`, .eml with X-Unsent) so nothing is lost; after signing in it can be sent."""
        request_id, signer = _checked(request_id, signer)  # (both logged as given)
        self._require_open(request_id)
        settings = self.smtp_settings()
        if settings is None:
            raise ValidationError(message_id="error-remote-no-mail-server")
        mail = self.compose(request_id, signer, reminder=reminder)
        try:
            self.account.send(settings, mail.message, tls)
        except SignInAgain as exc:
            exc.draft = mail.as_draft()
            raise
        return self._log_sent(request_id, signer, mail, "smtp", reminder)

    def export_eml(
        self, request_id: int, signer: SignerRef, *, reminder: bool = False
    ) -> tuple[bytes, SentMessage]:
        """The message as an .eml draft for the worker to send from their own mail program
        (X-Unsent: 1, so Outlook opens it ready to send); kept as evidence exactly so."""
        request_id, signer = _checked(request_id, signer)  # (both logged as given)
        self._require_open(request_id)
        mail = self.compose(request_id, signer, reminder=reminder)
        draft = mail.as_draft()
        return draft, self._log_sent(request_id, signer, mail, "eml", reminder, raw=draft)

    def mailto(
        self, request_id: int, signer: SignerRef, *, reminder: bool = False
    ) -> tuple[str, SentMessage]:
        """A mailto: link that opens the default mail client with the plain text filled in."""
        request_id, signer = _checked(request_id, signer)  # (both logged as given)
        self._require_open(request_id)
        mail = self.compose(request_id, signer, reminder=reminder)
        uri = mailto_link(mail.to, mail.subject, mail.plain)
        return uri, self._log_sent(request_id, signer, mail, "mailto", reminder)

    def app_links(self, request_id: int) -> AppLinks:
        request = self._consents.request(request_id)
        refuse_request_with_catch_all(self._ctx.db, request.id)
        remote = self.settings()
        smtp = self.smtp_settings()
        reply = remote.reply_address or (smtp.from_address if smtp else "")
        subject = subject_for(request, self._ctx.organisation, reminder=False)
        return app_links(request, subject, reply, remote.app_number)

    @staticmethod
    def qr_png(uri: str) -> bytes:
        return qr_png(uri)

    def record_qr_handed_out(self, request_id: int, signer: SignerRef) -> SentMessage:
        """The QR code was shown or printed for this person: the request is out, the wait begins."""
        request_id, signer = _checked(request_id, signer)  # (both logged as given)
        self._require_open(request_id)
        self._contact(request_id, signer)
        links = self.app_links(request_id)
        record = json.dumps(
            {"mailto": links.mailto, "sms": links.sms, "whatsapp": links.whatsapp},
            sort_keys=True,
        ).encode("utf-8")
        evidence = ("message", "application/json", record)
        return self._insert_sent(request_id, signer, "request", "qr", None, evidence)

    def _log_sent(
        self,
        request_id: int,
        signer: SignerRef,
        mail: ComposedMail,
        via: str,
        reminder: bool,
        *,
        raw: bytes | None = None,
    ) -> SentMessage:
        evidence = ("eml", "message/rfc822", mail.as_bytes() if raw is None else raw)
        kind = "reminder" if reminder else "request"
        return self._insert_sent(
            request_id, signer, kind, via, mail.message_id, evidence, to=mail.to
        )

    @one_turn
    def _insert_sent(
        self,
        request_id: int,
        signer: SignerRef,
        kind: str,
        via: str,
        message_id: str | None,
        evidence: tuple[str, str, bytes],
        to: str = "",
    ) -> SentMessage:
        """The message as evidence and the row that says it went out, in one transaction
        (two left an evidence row without its row when the second was refused or ended).
        `message_id` None: a QR code's own, made from its evidence."""
        db = self._ctx.db
        now = self._ctx.clock.now()
        sha256 = hashlib.sha256(evidence[2]).hexdigest()
        with db.transaction():
            evidence_id = self._evidence.write(*evidence)
            if message_id is None:
                message_id = f"<qr.{sha256[:24]}.{evidence_id}@toestemming.invalid>"
            sid = db.execute(
                "INSERT INTO remote_messages(request_id, kind, via, signer_kind, signer_id, "
                "message_id, sent_at, worker_id, evidence_id) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    request_id,
                    kind,
                    via,
                    signer.kind.value,
                    signer.id,
                    message_id,
                    to_iso(now),
                    self._ctx.worker_id,
                    evidence_id,
                ),
            )
            self._ctx.event(
                "remote.sent",
                {
                    "request": request_id,
                    "kind": kind,
                    "via": via,
                    "signer": [signer.kind.value, signer.id],
                    "message_id": message_id,
                    "evidence": evidence_id,
                    "sha256": sha256,
                },
                personal={"to": to} if to else None,
            )
        return SentMessage(sid, request_id, kind, via, signer, message_id, now, evidence_id)

    def sent_messages(self, request_id: int) -> list[SentMessage]:
        rows = self._ctx.db.query(
            "SELECT id, request_id, kind, via, signer_kind, signer_id, message_id, sent_at, "
            "evidence_id FROM remote_messages WHERE request_id = ? ORDER BY sent_at, id",
            (request_id,),
        )
        return [
            SentMessage(
                int(r[0]),
                int(r[1]),
                r[2],
                r[3],
                SignerRef(SignerKind(r[4]), int(r[5])),
                r[6],
                from_iso(r[7]),
                None if r[8] is None else int(r[8]),
            )
            for r in rows
        ]

    def _require_open(self, request_id: int) -> None:
        request = self._consents.request(request_id)
        if self.expired_at(request_id) is not None:
            raise RuleViolation(message_id="error-remote-remote-request-expired-make")
        now = self._ctx.clock.now()
        if not any(
            self._consents.item_status(i.id, now).status == ItemStatus.REQUESTED
            for i in request.items
        ):
            raise RuleViolation(message_id="error-remote-nothing-open-request")

    # -- follow-up: age, reminders, expiry ------------------------------------------------------
    def expired_at(self, request_id: int) -> datetime | None:
        value = self._ctx.db.scalar(
            "SELECT expired_at FROM remote_expiries WHERE request_id = ?", (request_id,)
        )
        return None if value is None else from_iso(str(value))

    def pending(self) -> list[PendingRemote]:
        """Remote requests still waiting for an answer, oldest first (remote_pending.py)."""
        return self._waiting.pending(self.settings())

    def expire_overdue(self) -> list[int]:
        """Requests unanswered for the organisation's number of days: requested → expired,
        one logged transaction per request. Returns the expired request ids."""
        days = self.settings().expiry_days
        today = self._ctx.clock.today()
        now = self._ctx.clock.now()
        expired = []
        for p in self.pending():
            if today < p.expires_on:
                continue
            if self._expire(p.request_id, days, now):
                expired.append(p.request_id)
        return expired

    @one_turn  # (one request: checked and expired in one try, tried again whole on a conflict)
    def _expire(self, request_id: int, days: int, now: datetime) -> bool:
        """False when another desk of the team answered or expired it meanwhile: what is
        still open is read in the write turn (review21: read before it, a "ja" the other
        desk had just recorded was expired, and a second expiry failed on the database)."""
        db = self._ctx.db
        with db.transaction():
            if db.scalar("SELECT 1 FROM remote_expiries WHERE request_id = ?", (request_id,)):
                return False
            request = self._consents.request(request_id)
            open_items = [
                i.id
                for i in request.items
                if self._consents.item_status(i.id, now).status == ItemStatus.REQUESTED
            ]
            if not open_items:
                return False
            db.execute(
                "INSERT INTO remote_expiries(request_id, expired_at, after_days, worker_id) "
                "VALUES (?,?,?,?)",
                (request_id, to_iso(now), days, self._ctx.worker_id),
            )
            # The open items themselves become expired (an appended item action).
            actions = []
            for item_id in open_items:
                aid = db.execute(
                    "INSERT INTO item_actions(item_id, kind, at, worker_id, reason) "
                    "VALUES (?, 'expire', ?, ?, ?)",
                    (
                        item_id,
                        to_iso(now),
                        self._ctx.worker_id,
                        f"geen antwoord na {days} dagen",
                    ),
                )
                actions.append(aid)
            if open_items:
                repo.refresh_item_state(
                    db, f"i.id IN ({','.join('?' * len(open_items))})", open_items
                )
            self._ctx.event(
                "remote.expired",
                {
                    "request": request_id,
                    "after_days": days,
                    "items": open_items,
                    "from": "requested",
                    "to": "expired",
                    # The rows' ids and moment, so replay.py can derive them exactly.
                    "actions": actions,
                    "at": to_iso(now),
                },
            )
        return True

    # -- incoming (see remote_inbox.py) ---------------------------------------------------------
    def read_reply(self, raw: bytes, fetched_at: datetime | None = None) -> ReplyProposal:
        """Read an .eml. Records nothing: the worker confirms the proposal first.
        `fetched_at` dates a message that carries no date of its own (else: now)."""
        return self._inbox.read_reply(raw, fetched_at)

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
        return self._inbox.read_app_message(
            sender_number,
            received_at,
            text,
            channel_label=channel_label,
            screenshot=screenshot,
            screenshot_media_type=screenshot_media_type,
        )

    def confirm(
        self, proposal: ReplyProposal, also: Callable[[int], None] | None = None
    ) -> ConfirmResult:
        """Record what the worker saw and confirmed (message and answers in one transaction)."""
        return self._inbox.confirm(proposal, also)


def _checked(request_id: object, signer: object) -> tuple[int, SignerRef]:
    """The request and the person as the log holds them: True or "1" found request 1 and
    equalled the youth's own SignerRef, and were written into remote.sent as given."""
    return v.positive_id(request_id, "Verzoek", "request_id"), checked_signer(signer)
