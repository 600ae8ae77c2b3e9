"""After signing: the record of one signing session, the receipt the signer takes home (PDF,
printed, saved or e-mailed in the signer's language) and the evidence of an e-mailed copy."""

from __future__ import annotations

import hashlib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from .. import validation as v
from ..clock import LOCAL_TZ, from_iso
from ..errors import NotFoundError, ValidationError
from ..language import language_name, moment_text, resolve, text, words
from ..model import Answer, SignerKind, SignerRef, role_label
from ..rules import may_answer
from ..store import repo
from .context import Context
from .evidence import Evidence
from .retention import register_evidence_link

# So is the copy of a receipt e-mailed to the signer (its event names the youth).
RECEIPT_SENT = "signing.receipt_sent"
register_evidence_link(
    "events",
    "SELECT json_extract(CAST(body AS TEXT), '$.data.evidence') AS id, "
    "json_extract(CAST(body AS TEXT), '$.data.youth') AS youth FROM events "
    f"WHERE kind = '{RECEIPT_SENT}'",
)


@dataclass(frozen=True)
class ReceiptSent:
    """A receipt e-mailed to the signer: the message is kept as evidence."""

    session_id: int
    message_id: str
    evidence_id: int
    sent_at: datetime


@dataclass(frozen=True)
class ReceiptLine:
    item_id: int
    position: int
    title: str
    recipient: str
    answer: Answer
    # Set when this "nee" withdrew a consent given before (the signer's own "ja", or the
    # parents' for a youth turned 16): recorded as a withdrawal, not as a decision row.
    withdrawn_at: datetime | None = None
    # Set when the signer gave this same answer before (rules.answer_effect: SAME): nothing
    # was written for it in this session; the moment is their standing answer's.
    given_before: datetime | None = None


@dataclass(frozen=True)
class SessionRecord:
    """A saved signing session, for the thank-you screen and the receipt."""

    session_id: int
    kind: str
    request_id: int | None
    reference_code: str
    youth_name: str
    signer_name: str
    role_label: str
    language: str
    signed_at: datetime
    lines: tuple[ReceiptLine, ...]
    signature_png: bytes | None
    # Who reads the receipt: the catalog's voice for them (Dutch: "je" to the youth, "u" to
    # a parent, guardian, curator or mentor). Default: the formal voice.
    addressee: str = SignerKind.REPRESENTATIVE.value

    def answer_text(self, line: ReceiptLine) -> str:
        """What the signer answered on `line`, in their language, as the receipt and the
        thanks page say it: a withdrawal names its moment."""
        if line.withdrawn_at is not None:
            at = moment_text(self.language, line.withdrawn_at.astimezone(LOCAL_TZ))
            return text(self.language, "signing-receipt-withdrawn", moment=at)
        if line.given_before is not None:
            at = moment_text(self.language, line.given_before.astimezone(LOCAL_TZ))
            key = "yes-before" if line.answer == Answer.YES else "no-before"
            return text(self.language, f"signing-receipt-{key}", moment=at)
        key = "signing-receipt-yes" if line.answer == Answer.YES else "signing-receipt-no"
        return text(self.language, key)


class SigningReceipts:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def record(self, session_id: int) -> SessionRecord:
        db = self._ctx.db
        r = db.query_one(
            "SELECT kind, request_id, youth_id, signer_kind, signer_id, signer_role, language, "
            "signed_at, signature_evidence_id FROM signing_sessions WHERE id = ?",
            (session_id,),
        )
        if r is None:
            raise NotFoundError(message_id="error-signing-not-found")
        youth, reps = repo.youth_with_reps(db, int(r[2]))
        signer = SignerRef(SignerKind(r[3]), int(r[4]))
        name = (
            youth.display_name
            if signer.kind == SignerKind.YOUTH
            else next((p.name for p in reps if p.id == signer.id), "")
        )
        lines: list[ReceiptLine] = []
        code = ""
        if r[1] is not None:
            request = repo.load_request(db, int(r[1]))
            code = request.reference_code
            by_item = {i.id: i for i in request.items}
            evidence = int(r[8])

            def line(
                item_id: int,
                answer: Answer,
                withdrawn_at: datetime | None,
                given_before: datetime | None = None,
            ) -> ReceiptLine:
                item = by_item[item_id]
                return ReceiptLine(
                    item.id,
                    item.position,
                    repo.purpose_title_as_shown(
                        db, item.id, item.purpose, request.language, str(r[6])
                    ),
                    item.recipient.display_name,
                    answer,
                    withdrawn_at,
                    given_before,
                )

            for d in db.query(
                "SELECT item_id, answer FROM decisions WHERE evidence_id = ? ORDER BY item_id",
                (evidence,),
            ):
                lines.append(line(int(d[0]), Answer(d[1]), None))
            # A "nee" that withdrew a consent is written with the same signature evidence.
            for w in db.query(
                "SELECT item_id, withdrawn_at FROM withdrawals WHERE evidence_id = ? ORDER BY id",
                (evidence,),
            ):
                if int(w[0]) in by_item:
                    lines.append(line(int(w[0]), Answer.NO, from_iso(str(w[1]))))
            written = {x.item_id for x in lines}
            for item_id, (answer, at) in self._given_before(
                by_item, signer, evidence, from_iso(str(r[7])), written
            ).items():
                lines.append(line(item_id, answer, None, at))
        lines.sort(key=lambda line: line.position)
        png: bytes | None
        try:
            png = self._ctx.db.scalar("SELECT content FROM evidence WHERE id = ?", (int(r[8]),))
        except Exception:  # erased: the receipt is still useful without the image
            png = None
        return SessionRecord(
            session_id,
            str(r[0]),
            None if r[1] is None else int(r[1]),
            code,
            youth.display_name,
            name,
            role_label(str(r[5]), str(r[6])),
            str(r[6]),
            from_iso(str(r[7])),
            tuple(lines),
            None if png is None else bytes(png),
            signer.kind.value,
        )

    def _given_before(
        self,
        items: Mapping[int, object],
        signer: SignerRef,
        evidence: int,
        signed_at: datetime,
        written: set[int],
    ) -> dict[int, tuple[Answer, datetime]]:
        """The items this session's signer answered as they had before (nothing written):
        the tablet asks every item still open, so an item open at `signed_at` that the
        session wrote nothing for got the same answer again. Per item: the signer's standing
        answer and its moment (their latest own decision before the session)."""
        if not items:
            return {}
        ids = sorted(set(items) - written)
        if not ids:
            return {}
        latest: dict[int, tuple[datetime, int, Answer]] = {}
        for d in self._ctx.db.query(
            "SELECT item_id, answer, decided_at, id FROM decisions WHERE signer_kind = ? "
            f"AND signer_id = ? AND item_id IN ({','.join('?' * len(ids))}) "
            "AND (evidence_id IS NULL OR evidence_id != ?)",
            (signer.kind.value, signer.id, *ids, evidence),
        ):
            at = from_iso(str(d[2]))
            key = (at, int(d[3]), Answer(d[1]))
            if at <= signed_at and (int(d[0]) not in latest or key[:2] > latest[int(d[0])][:2]):
                latest[int(d[0])] = key
        from .consent import Consents

        consents = Consents(self._ctx)
        return {
            item_id: (answer, at)
            for item_id, (at, _, answer) in latest.items()
            if may_answer(consents.item_status(item_id, signed_at).status)
        }

    def receipt_pdf(self, session_id: int) -> bytes:
        """A short receipt for the signer: what was agreed, when, how to withdraw."""
        from formulieren.signing_receipt import (
            WORD_KEYS,
            SigningReceiptView,
            render_signing_receipt,
        )

        from .forms_views import pdf_footer

        rec = self.record(session_id)
        now = self._ctx.clock.now()
        view = SigningReceiptView(
            organisation=self._ctx.organisation,
            generated_at=now,
            reference_code=rec.reference_code,
            youth_name=rec.youth_name,
            signer=f"{rec.signer_name} ({rec.role_label})",
            signed_at=rec.signed_at,
            language=language_name(rec.language),
            lines=tuple(
                (line.position, line.title, line.recipient, rec.answer_text(line))
                for line in rec.lines
            ),
            signature_png=rec.signature_png,
            language_code=resolve(rec.language),
            footer=pdf_footer(rec.language),
            made_at=moment_text(rec.language, now.astimezone(LOCAL_TZ)),
            signed_at_text=moment_text(rec.language, rec.signed_at.astimezone(LOCAL_TZ)),
            words=words(
                rec.language,
                "signing-receipt-",
                WORD_KEYS,
                organisation=self._ctx.organisation,
                code=rec.reference_code,
                addressee=rec.addressee,
            ),
        )
        return render_signing_receipt(view)

    def receipt_document(self, session_id: int) -> tuple[bytes, str]:
        """(PDF, file name) the signer takes home: the receipt of their answers, or for a
        withdrawal the confirmation of what was withdrawn."""
        kind, evidence_id, language = self._session_row(session_id)
        if kind != "withdrawal":
            name = text(language, "receipt-file")
            return self.receipt_pdf(session_id), name
        from formulieren.withdrawal import render_withdrawal_confirmation

        from .forms_views import withdrawal_view

        ids = [
            int(r[0])
            for r in self._ctx.db.query(
                "SELECT id FROM withdrawals WHERE evidence_id = ? ORDER BY id", (evidence_id,)
            )
        ]
        pdf = render_withdrawal_confirmation(withdrawal_view(self._ctx, ids, language))
        name = text(language, "withdrawal-file")
        return pdf, name

    def receipt_mail_address(self, session_id: int) -> str:
        """The signer's e-mail address when the receipt can be e-mailed (a mail server is set
        up and the address is known); "" otherwise, and the tablet offers no e-mail."""
        from .remote import Remote

        if Remote(self._ctx).smtp_settings() is None:
            return ""
        return self._signer_contact(session_id)[1]

    def send_receipt(self, session_id: int, *, tls: ssl.SSLContext | None = None) -> ReceiptSent:
        """E-mail the receipt to the signer in their language, then keep the message as
        evidence and log it (one transaction). Nothing is logged if sending fails."""
        session_id = v.positive_id(session_id, "Ondertekening", "session_id")  # (logged)
        from ..capture.compose import Sender
        from ..capture.receipt_mail import ReceiptAddressee, compose_receipt
        from .remote import Remote

        remote = Remote(self._ctx)
        smtp = remote.smtp_settings()
        if smtp is None:
            raise ValidationError(message_id="error-no-mail-server", field="smtp")
        name, address, is_youth = self._signer_contact(session_id)
        if not address:
            raise ValidationError(message_id="error-no-email", field="email")
        rec = self.record(session_id)
        settings = remote.settings()
        worker = self._ctx.db.scalar(
            "SELECT name FROM workers WHERE id = ?", (self._ctx.worker_id,)
        )
        sender = Sender(
            organisation=self._ctx.organisation,
            worker_name=str(worker or ""),
            address=smtp.from_address,
            display_name=smtp.from_name,
            reply_to=settings.reply_address,
            contact_text=settings.contact_for(rec.language),
        )
        pdf, filename = self.receipt_document(session_id)
        now = self._ctx.clock.now()
        mail = compose_receipt(
            ReceiptAddressee(name, address, is_youth, rec.language),
            sender,
            rec.reference_code,
            pdf,
            filename,
            now,
            withdrawal=rec.kind == "withdrawal",
        )
        remote.account.send(smtp, mail.message, tls)
        raw = mail.as_bytes()
        youth_id = int(
            self._ctx.db.scalar("SELECT youth_id FROM signing_sessions WHERE id = ?", (session_id,))
        )

        # Only the record is tried again on a conflict (store/turns.py): never the mail.
        def recorded() -> int:
            eid = Evidence(self._ctx).write("eml", "message/rfc822", raw)
            self._ctx.event(
                RECEIPT_SENT,
                {
                    "session": session_id,
                    "youth": youth_id,
                    "request": rec.request_id,
                    "via": "smtp",
                    "language": rec.language,
                    "message_id": mail.message_id,
                    "evidence": eid,
                    "sha256": hashlib.sha256(raw).hexdigest(),
                    "attachment_sha256": hashlib.sha256(pdf).hexdigest(),
                },
                personal={"to": address},
            )
            return eid

        eid = self._ctx.db.in_one_turn(recorded)
        return ReceiptSent(session_id, mail.message_id, eid, now)

    def _session_row(self, session_id: int) -> tuple[str, int, str]:
        r = self._ctx.db.query_one(
            "SELECT kind, signature_evidence_id, language FROM signing_sessions WHERE id = ?",
            (session_id,),
        )
        if r is None:
            raise NotFoundError(message_id="error-signing-not-found")
        return str(r[0]), int(r[1]), str(r[2])

    def _signer_contact(self, session_id: int) -> tuple[str, str, bool]:
        """(name, e-mail address or "", is the youth) of the person who signed."""
        r = self._ctx.db.query_one(
            "SELECT youth_id, signer_kind, signer_id FROM signing_sessions WHERE id = ?",
            (session_id,),
        )
        if r is None:
            raise NotFoundError(message_id="error-signing-not-found")
        youth, reps = repo.youth_with_reps(self._ctx.db, int(r[0]))
        if youth.erased:
            return youth.display_name, "", True
        if SignerKind(r[1]) == SignerKind.YOUTH:
            return youth.display_name, youth.email or "", True
        rep = next((p for p in reps if p.id == int(r[2])), None)
        return (rep.name, rep.email or "", False) if rep else ("", "", False)
