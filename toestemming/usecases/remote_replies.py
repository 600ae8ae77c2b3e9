"""Turning an incoming message into a proposal: which request, which signer, which answers.

Reads only. Every doubt becomes a Dutch problem on the proposal (never containing names or
addresses); the worker sees it next to the original text and nothing is recorded from it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..capture.answers import AnswerReading, ItemInfo, Verdict, read_answers
from ..capture.proposal import ProposedItem, ReplyProposal
from ..capture.replies import sender_name
from ..capture.reply_children import Children
from ..capture.reply_forwarded import blank_before, forwarded_part
from ..capture.settings import phone_digits
from ..clock import from_iso, local_date
from ..errors import NotFoundError, Said, ValidationError
from ..event_seek import judged_expiry
from ..model import (
    ROLE_LABELS,
    Answer,
    ConsentItem,
    ConsentRequest,
    ItemStatus,
    Representative,
    SignerRef,
    Youth,
    role_phrase,
)
from ..rules import (
    UNCHANGED_EFFECTS,
    AnswerEffect,
    DeciderRequirement,
    may_give_answers,
    may_sign,
    may_withdraw,
    who_must_decide,
)
from ..store import repo
from .catalog_history import recipient_active_at
from .consent import TERMINAL, Consents
from .context import Context
from .gezag_ended import gezag_ended
from .gezag_history import reading_once, representatives_then
from .remote_writer import writer_said

# Clocks of phones and mail servers drift; a reply a few minutes "before" the request is not
# an old reply.
CLOCK_SLACK = timedelta(minutes=5)
# Mail reaches our server within minutes (greylisting, a phone that was offline: hours). A
# Date further before our server's stamp is the sender's word only: a "nee" dated before the
# 16th birthday, a withdrawal dated before a sharing. The receipt is used instead, and said.
LATE_ARRIVAL = timedelta(hours=12)


@dataclass
class Incoming:
    """An incoming message, whatever the channel, in the shape the matcher needs."""

    source: str  # "email" or "app"
    raw: bytes
    subject: str
    sender: str  # e-mail address (lower case) or phone number
    text: str
    own_text: str
    codes_own: list[str]
    codes_quoted: list[str] = field(default_factory=list)
    refers_to: tuple[str, ...] = ()
    sent_at: datetime | None = None
    date_from: str = ""  # "server": sent_at is our mail server's Received stamp
    received_at: datetime | None = None  # our mail server's stamp, also beside a Date
    fetched_at: datetime | None = None  # when fetched: the moment of a message without date
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    screenshot: bytes | None = None
    screenshot_media_type: str = ""
    automatic: bool = False  # a machine's reply: its words answer nothing


class ReplyMatcher:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._consents = Consents(ctx)

    def propose(self, m: Incoming) -> ReplyProposal:
        """What the message answers, per item (nothing recorded). The items are judged at the
        reply's moment several times over: the log is read once per kind (reading_once)."""
        with reading_once():
            return self._propose(m)

    def _propose(self, m: Incoming) -> ReplyProposal:
        problems = list(m.problems)
        notes = list(m.notes)
        base = {
            "source": m.source,
            "raw": m.raw,
            "raw_sha256": hashlib.sha256(m.raw).hexdigest(),
            "subject": m.subject,
            "from_address": m.sender,
            "text": m.text,
            "own_text": m.own_text,
            "from_name": sender_name(m.raw) if m.source == "email" else "",
            "screenshot": m.screenshot,
            "screenshot_media_type": m.screenshot_media_type,
        }

        def done(**more: object) -> ReplyProposal:
            return ReplyProposal(**base, problems=tuple(problems), notes=tuple(notes), **more)  # type: ignore[arg-type]

        if problems and not m.text.strip():
            return done()
        if self._already_recorded(str(base["raw_sha256"])):
            problems.append(Said("reply-already-processed"))
            return done()
        request = self._find_request(m, problems)
        if request is None:
            return done()
        youth, reps = repo.youth_with_reps(self._ctx.db, request.youth_id)
        found = {
            "reference_code": request.reference_code,
            "request_id": request.id,
            "youth_id": youth.id,
        }
        signer, label = self._find_signer(m, youth, reps, problems)
        if m.automatic:
            # Which request and whose address it came back from help the worker; a "ja" or
            # "prima" in an out-of-office text is no answer, so no item is proposed at all.
            return done(**found, signer=signer, signer_label=label)
        now = self._ctx.clock.now()
        moment, moment_from = self._moment(m, request, now, problems, notes)
        # The whole text is read (quotes are found there), so the words that decided each
        # item are spans of exactly what the worker sees.
        text, forwarded_by = m.text, ""
        if signer is None:
            # Forwarded by someone else (the secretariat): what the parent's mail says is
            # shown, marked as forwarded, and can never be confirmed as it stands.
            text, forwarded_by = self._forwarded(m, youth, reps)
        children = self._children(youth, reps)
        reading = read_answers(text, [_item_info(i) for i in request.items], children)
        problems.extend(reading.problems)
        notes.extend(reading.notes)
        if signer is None:
            if not forwarded_by:
                return done(**found)
            problems.insert(0, Said("reply-forwarded", role=role_phrase(forwarded_by)))
            shown = self._forwarded_items(request, reading, moment or now, now, problems)
            return done(
                **found,
                signer_label=forwarded_by,
                decided_at=moment,
                moment_from=moment_from,
                items=shown,
                withdrawal=reading.is_withdrawal,
                blanket=reading.blanket and not reading.is_withdrawal,
            )
        # Who had gezag on the day it was written, as the write judges it (gezag_history.py)
        then = representatives_then(self._ctx.db, youth.id, moment or now, now, reps)
        decider = who_must_decide(youth, then, self._ctx.policy(), local_date(moment or now))
        # "Ik ben Sam zelf" from a parent's address: not the answer of the person at the address
        wrong_writer, writer_note = writer_said(text, youth, reps, children, signer, label, decider)
        if wrong_writer is not None:
            problems.insert(0, wrong_writer)
        if writer_note is not None:
            notes.append(writer_note)
        withdrawal, at = reading.is_withdrawal, moment or now
        if withdrawal and not may_withdraw(decider, youth, signer):
            problems.append(self._not_the_decider(youth.id, signer, label, at, decider))
        by_pos = {i.position: i for i in request.items}
        items: list[ProposedItem] = []
        if withdrawal:
            wanted = reading.withdraw or tuple(by_pos)
            for pos in wanted:
                item = by_pos[pos]
                status = self._consents.item_status(item.id, at).status
                if status in TERMINAL:
                    if reading.withdraw:  # named explicitly: tell; "intrekken" alone: skip
                        problems.append(
                            Said("reply-item-already", position=pos, status=status.value)
                        )
                    continue
                items.append(
                    ProposedItem(item.id, pos, _title(item), None, evidence=reading.withdraw_spans)
                )
            if not items and not problems:
                problems.append(Said("reply-nothing-to-withdraw"))
        else:
            expired = self._remote_expired(request.id)
            in_time = expired is None or at < expired
            if not in_time:
                problems.append(Said("reply-remote-expired"))
            for item in request.items:
                items.append(self._proposed(item, reading, at, now, in_time, expired, problems))
            if not self._may_answer(request.id, decider, youth, signer, items, at):
                problems.insert(0, self._not_the_decider(youth.id, signer, label, at, decider))
            self._against_own_answers(request.id, signer, items, at, problems, notes)
        return done(
            **found,
            signer=signer,
            signer_label=label,
            decided_at=moment,
            moment_from=moment_from,
            items=tuple(items),
            withdrawal=withdrawal,
            blanket=reading.blanket and not withdrawal,
        )

    def _proposed(
        self,
        item: ConsentItem,
        reading: AnswerReading,
        at: datetime,
        now: datetime,
        in_time: bool,
        expired: datetime | None,
        problems: list[str],
    ) -> ProposedItem:
        """One item of an answer: ja/nee with the words that decided it, or unclear (then the
        reading already holds the problem, so nothing can be recorded from it)."""
        pos = item.position
        read = reading.items.get(pos)
        if read is None or read.verdict == Verdict.UNCLEAR:
            evidence = read.spans if read is not None else ()
            return ProposedItem(item.id, pos, _title(item), None, unclear=True, evidence=evidence)
        answer = Answer.YES if read.verdict == Verdict.YES else Answer.NO
        # Open at the moment of the answer and still open now (not voided meanwhile).
        # Only the remote expiry itself is forgiven for an answer written before it.
        status = self._consents.item_status(item.id, at).status
        if status not in TERMINAL and status != ItemStatus.EXPIRED:
            now_status = self._consents.item_status(item.id, now)
            status = now_status.status
            if (
                status == ItemStatus.EXPIRED
                and in_time
                and expired is not None
                and (now_status.since == expired)
            ):
                status = ItemStatus.REQUESTED
        if status in TERMINAL or status == ItemStatus.EXPIRED:
            problems.append(Said("reply-item-closed", position=pos, status=status.value))
        if answer == Answer.YES and not recipient_active_at(
            self._ctx.db, item.recipient.id, at, now
        ):
            # Closed, merged or renamed before the answer was written: the write refuses the
            # "ja" (catalog_history.refuse_yes_to_closed), so the proposal says so first.
            problems.append(
                Said(
                    "reply-item-recipient-inactive",
                    position=pos,
                    recipient=item.recipient.display_name,
                )
            )
        ack = pos in reading.special_ack
        if answer == Answer.YES and item.has_special_categories and not ack:
            problems.append(Said("reply-special-not-explicit", position=pos))
        special = ack and item.has_special_categories
        evidence = read.spans + (reading.special_spans.get(pos, ()) if special else ())
        return ProposedItem(item.id, pos, _title(item), answer, special, evidence=evidence)

    def _may_answer(
        self,
        request_id: int,
        decider: DeciderRequirement,
        youth: Youth,
        signer: SignerRef,
        items: list[ProposedItem],
        at: datetime,
    ) -> bool:
        """The write's own check (rules.may_give_answers): a decider may answer anything; a
        youth under curatele only take back her own "ja" with a "nee"."""
        answers = {i.item_id: i.answer for i in items if i.answer is not None}
        if may_sign(decider, signer) or not answers:
            return may_sign(decider, signer)
        if not may_give_answers(decider, youth, signer, answers.values()):
            return False
        effects = self._consents.answer_effects(request_id, signer, answers, at)
        return may_give_answers(
            decider, youth, signer, answers.values(), (e for e, _ in effects.values())
        )

    def _against_own_answers(
        self,
        request_id: int,
        signer: SignerRef,
        items: list[ProposedItem],
        at: datetime,
        problems: list[str],
        notes: list[str],
    ) -> None:
        """What each answer does against the signer's own earlier answers, by the one rule
        confirm applies (rules.answer_effect): the worker sees "wordt een intrekking" or "al
        zo vastgelegd" before confirming; nothing new at all → nothing to confirm."""
        answers = {i.item_id: i.answer for i in items if i.answer is not None}
        if not answers:
            return
        effects = self._consents.answer_effects(request_id, signer, answers, at)
        position = {i.item_id: i.position for i in items}
        for item_id, (effect, before) in sorted(effects.items(), key=lambda e: position[e[0]]):
            if effect == AnswerEffect.NEW:
                continue
            if effect == AnswerEffect.WITHDRAWAL and (
                before is None or before.answer != Answer.YES
            ):
                # A first "nee" to a consent others gave that waits for this person's
                # re-confirmation (turned 16, curatele), or that the other parent gave alone
                # and data went out under (take_back.py): written as their withdrawal too.
                waits = self._consents.item_status(item_id, at).needs_reconfirmation
                kind = "reconfirmation-refused" if waits else "other-parent-stops"
                notes.append(Said(f"reply-answer-{kind}", position=position[item_id]))
                continue
            if before is None:
                continue
            notes.append(
                Said(
                    f"reply-answer-{effect.value}",
                    position=position[item_id],
                    date=f"{local_date(before.decided_at):%d-%m-%Y}",
                )
            )
        if all(effect in UNCHANGED_EFFECTS for effect, _ in effects.values()):
            problems.append(Said("reply-nothing-new"))

    # -- pieces ---------------------------------------------------------------------------------
    def _already_recorded(self, sha256: str) -> bool:
        row = self._ctx.db.query_one(
            "SELECT 1 FROM evidence WHERE sha256 = ? AND kind IN ('eml', 'message')", (sha256,)
        )
        return row is not None

    def _find_request(self, m: Incoming, problems: list[str]) -> ConsentRequest | None:
        codes = m.codes_own or m.codes_quoted
        if len(codes) > 1:
            problems.append(Said("reply-several-codes", codes=", ".join(codes[:5])))
            return None
        if not codes:
            rid = next((r for r in map(self._thread_request, m.refers_to) if r is not None), None)
            if rid is None:
                problems.append(Said("reply-no-code"))
                return None
            return self._consents.request(int(rid))
        try:
            found = self._consents.request_by_code(codes[0])
        except (NotFoundError, ValidationError):
            problems.append(Said("reply-unknown-code", code=codes[0]))
            return None
        # A reply to our mail about one request that names another's code: which one the
        # answers are for is not certain (two requests of one youth, an old mail answered).
        threads = {self._thread_request(msgid) for msgid in m.refers_to} - {None}
        if threads and found.id not in threads:
            problems.append(Said("reply-code-other-thread", code=codes[0]))
            return None
        return found

    def _thread_request(self, message_id: str) -> int | None:
        rid = self._ctx.db.scalar(
            "SELECT request_id FROM remote_messages WHERE message_id = ? LIMIT 1", (message_id,)
        )
        return None if rid is None else int(rid)

    def _find_signer(
        self, m: Incoming, youth: Youth, reps: list[Representative], problems: list[str]
    ) -> tuple[SignerRef | None, str]:
        if not m.sender:
            problems.append(Said("reply-no-sender"))
            return None, ""
        matches: list[tuple[SignerRef, str]] = []
        if self._same(m, youth.email, youth.phone):
            matches.append((SignerRef.youth(youth.id), ROLE_LABELS["youth"]))
        for r in reps:
            if self._same(m, r.email, r.phone):
                matches.append((SignerRef.representative(r.id), ROLE_LABELS[r.role]))
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            problems.append(Said("reply-sender-ambiguous"))
        elif (former := self._former_representative(m, youth.id)) is not None:
            # Their representation ended (a court's ruling): known, and said so (cases28).
            return former
        elif self._belongs_to_other_youth(m, youth.id):
            problems.append(Said("reply-other-youth"))
        else:
            channel = "app" if m.source == "app" else "email"
            problems.append(Said("reply-sender-unknown", channel=channel))
        return None, ""

    def _former_representative(self, m: Incoming, youth_id: int) -> tuple[SignerRef, str] | None:
        """The one representative of this youth whose representation ended and whose address
        or number sent `m`: whether their answer still counts (written before it ended) is
        the rules' question at the reply's moment, and a refusal says since when."""
        rows = self._ctx.db.query(
            f"SELECT {repo.REP_COLS} FROM representatives WHERE youth_id = ? "
            "AND ended_at IS NOT NULL ORDER BY id",
            (youth_id,),
        )
        found = [r for r in map(repo.rep_from_row, rows) if self._same(m, r.email, r.phone)]
        if len(found) != 1:
            return None
        return SignerRef.representative(found[0].id), ROLE_LABELS[found[0].role]

    def _not_the_decider(
        self,
        youth_id: int,
        signer: SignerRef,
        label: str,
        at: datetime,
        decider: DeciderRequirement,
    ) -> str:
        """Why this sender's answer cannot count: their gezag ended (since when), or who
        decides (the write's own refusal, gezag_ended.not_decider)."""
        since = gezag_ended(self._ctx.db, youth_id, signer, at)
        if since:
            return Said("reply-gezag-ended", role=role_phrase(label), date=since)
        return Said("reply-not-the-decider", why=decider.why_phrase)

    def _same(self, m: Incoming, email: str, phone: str) -> bool:
        if m.source == "app":
            return bool(phone) and phone_digits(phone) == phone_digits(m.sender)
        return bool(email) and email.strip().lower() == m.sender

    def _forwarded_items(
        self,
        request: ConsentRequest,
        reading: AnswerReading,
        at: datetime,
        now: datetime,
        problems: list[str],
    ) -> tuple[ProposedItem, ...]:
        """What a forwarded mail says per item, to be shown (never confirmable: no signer)."""
        if reading.is_withdrawal:
            by_pos = {i.position: i for i in request.items}
            return tuple(
                ProposedItem(i.id, i.position, _title(i), None, evidence=reading.withdraw_spans)
                for i in (by_pos[p] for p in reading.withdraw or tuple(by_pos))
            )
        expired = self._remote_expired(request.id)
        in_time = expired is None or at < expired
        return tuple(
            self._proposed(i, reading, at, now, in_time, expired, problems) for i in request.items
        )

    def _forwarded(self, m: Incoming, youth: Youth, reps: list[Representative]) -> tuple[str, str]:
        """(the text read from the forwarded mail on, its sender's role) when the message is
        a forward of a mail by this youth or one of the representatives; (text, "") else."""
        part = forwarded_part(m.text) if m.source == "email" else None
        if part is None or not part.address:
            return m.text, ""
        if youth.email and youth.email.strip().lower() == part.address:
            return blank_before(m.text, part.start), ROLE_LABELS["youth"]
        for r in reps:
            if r.email and r.email.strip().lower() == part.address:
                return blank_before(m.text, part.start), ROLE_LABELS[r.role]
        return m.text, ""

    def _children(self, youth: Youth, reps: list[Representative]) -> Children:
        """This youth's first name and those of the family's other children (the youths
        one of this youth's representatives also represents): "voor Sam" is for this one,
        "voor Lisa: 1 ja" is Lisa's answer, not Sam's."""
        emails = {r.email.strip().lower() for r in reps if r.email.strip()}
        phones = {phone_digits(r.phone) for r in reps if r.phone.strip()}
        if not emails and not phones:
            return Children.of([youth.given_name])
        rows = self._ctx.db.query(
            "SELECT y.given_name, lower(r.email), r.phone FROM representatives r "
            "JOIN youths y ON y.id = r.youth_id WHERE r.youth_id != ? AND r.ended_at IS NULL "
            "AND y.erased_at IS NULL AND (r.email != '' OR r.phone != '')",
            (youth.id,),
        )
        others = [
            str(r[0])
            for r in rows
            if str(r[1]).strip() in emails or (r[2] and phone_digits(str(r[2])) in phones)
        ]
        return Children.of([youth.given_name], others)

    def _belongs_to_other_youth(self, m: Incoming, youth_id: int) -> bool:
        db = self._ctx.db
        if m.source == "app":
            rows = db.query(
                "SELECT id, phone FROM youths WHERE phone != '' AND erased_at IS NULL "
                "UNION ALL SELECT youth_id, phone FROM representatives WHERE phone != '' "
                "AND ended_at IS NULL"
            )
            wanted = phone_digits(m.sender)
            return any(int(r[0]) != youth_id and phone_digits(r[1]) == wanted for r in rows)
        row = db.query_one(
            "SELECT 1 FROM youths WHERE lower(email) = ? AND id != ? AND erased_at IS NULL "
            "UNION ALL SELECT 1 FROM representatives WHERE lower(email) = ? AND youth_id != ? "
            "AND ended_at IS NULL LIMIT 1",
            (m.sender, youth_id, m.sender, youth_id),
        )
        return row is not None

    def _moment(
        self,
        m: Incoming,
        request: ConsentRequest,
        now: datetime,
        problems: list[str],
        notes: list[str],
    ) -> tuple[datetime | None, str]:
        """When the person answered, and where that moment comes from (MOMENT_FROM_LABELS;
        "" for the sender's own Date)."""
        first_sent = self._ctx.db.scalar(
            "SELECT min(sent_at) FROM remote_messages WHERE request_id = ?", (request.id,)
        )
        asked = max(request.created_at, from_iso(first_sent)) if first_sent else request.created_at
        if m.sent_at is None:
            notes.append(Said("reply-no-date"))
            return m.fetched_at or now, "read"
        if m.date_from == "server":
            notes.append(Said("reply-date-from-server"))
        moment, source = m.sent_at, m.date_from
        late = m.received_at is not None and moment < m.received_at - LATE_ARRIVAL
        # A Date before the request stays a problem below; this is the window after it.
        if not source and late and moment >= asked - CLOCK_SLACK:
            moment, source = m.received_at or moment, "received"
            notes.append(Said("reply-date-long-before-receipt"))
        # Nobody answers after our server already received the answer: a Date past its stamp
        # (a clock set ahead, or an answer moved past a 16th birthday) is the sender's word.
        if not source and m.received_at is not None and moment > m.received_at + CLOCK_SLACK:
            moment, source = m.received_at, "ahead"
            notes.append(Said("reply-date-after-receipt"))
        if m.sent_at < asked - CLOCK_SLACK:
            problems.append(Said("reply-older-than-request"))
        if moment > now + CLOCK_SLACK:
            problems.append(Said("reply-dated-future"))
        return moment, source

    def _remote_expired(self, request_id: int) -> datetime | None:
        """When the request expired, as the status rules judge it (an expiry written by a
        clock that ran ahead counts from its real due date at the earliest; s23)."""
        value = self._ctx.db.scalar(
            "SELECT expired_at FROM remote_expiries WHERE request_id = ?", (request_id,)
        )
        return (
            None if value is None else judged_expiry(self._ctx.db, request_id, from_iso(str(value)))
        )


_HEADING = re.compile(r"^(?:Onderdeel|Part)\s+\d+:\s*(.+)$")


def _item_info(item: ConsentItem) -> ItemInfo:
    """The title as the person saw it (first line of the stored text) and the recipient:
    a reply may name an item by either ("nee voor de stage", "ja voor UWV")."""
    first = item.text.partition("\n")[0]
    m = _HEADING.match(first)
    return ItemInfo(
        item.position, m.group(1) if m else item.purpose.title, item.recipient.display_name
    )


def _title(item: ConsentItem) -> str:
    return f"{item.purpose.title} – {item.recipient.display_name}"
