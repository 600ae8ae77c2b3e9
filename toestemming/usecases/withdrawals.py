"""Withdrawing consent: as easy as giving it, one or more items in one action, and the
recipients who already received data listed so they can be told (AVG art. 19).

Like decisions, a withdrawal is appended (a row per item plus one audit event), never an edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from .. import validation as v
from ..clock import local_date, to_iso
from ..errors import NotFoundError, Phrase, RuleViolation, ValidationError
from ..model import (
    MOMENT_FROM_LABELS,
    Channel,
    Recipient,
    Representative,
    SignerRef,
    Withdrawal,
)
from ..rules import CHANGED_BY_WITHDRAWAL, may_withdraw, who_may_withdraw, who_must_decide
from ..store import repo
from ..store.turns import one_turn

# Not from .consent: consent.py turns a "nee" after one's own "ja" into a withdrawal here,
# so this module builds on the pieces consent.py builds on, not on consent.py itself.
from .consent_input import (
    as_moment,
    as_past_moment,
    checked_signer,
    parse_channel,
    refresh_items,
    require_evidence,
)
from .context import Context
from .gezag_ended import why_not
from .gezag_history import representatives_then
from .item_states import ItemStates


@dataclass(frozen=True)
class PreparedWithdrawal:
    """A checked withdrawal, ready to append (see Withdrawals.prepare)."""

    item_ids: tuple[int, ...]
    youth_id: int
    signer: SignerRef
    channel: Channel
    withdrawn_at: datetime
    recorded_at: datetime
    last_withdrawal_id: int  # withdrawals after this one (by anyone) are checked in write
    age: int = -1  # the youth's age on the withdrawal's date (logged; bewijs.pdf prints it)


@dataclass(frozen=True)
class WithdrawalResult:
    withdrawals: tuple[Withdrawal, ...]
    recipients_to_notify: tuple[tuple[int, Recipient], ...]  # (withdrawal id, recipient)
    # Who decides for the person but did not withdraw: the curator or mentor when the person
    # under curatele/mentorschap stopped it themselves (DOMAIN rule 4: "the representative is
    # shown as the one to inform"). Empty when whoever withdrew decides.
    representatives_to_inform: tuple[Representative, ...] = ()


@dataclass(frozen=True)
class WithdrawalChoices:
    """What the withdrawal screen offers for one item, as the rules decide it."""

    signers: tuple[SignerRef, ...]  # who may withdraw today; empty: nobody (see explanation)
    item_ids: tuple[int, ...]  # "the whole request": this item + its request's items that change
    explanation: Phrase | None  # why nobody may, when `signers` is empty (desk's language)


class Withdrawals:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._consents = ItemStates(ctx)

    def withdraw(
        self,
        item_ids: Sequence[int],
        signer: SignerRef,
        channel: Channel | str,
        withdrawn_at: datetime | None = None,
        evidence_id: int | None = None,
        moment_from: str = "",
    ) -> WithdrawalResult:
        """One action withdraws one or more items. Sharing before stays lawful; recipients who
        already received data are returned so they can be told (AVG art. 19)."""

        # Checked inside the transaction, tried again whole (see Consents.record_decisions).
        def checked_and_written() -> list[int]:
            prepared = self.prepare(item_ids, signer, channel, withdrawn_at)
            if evidence_id is not None:
                require_evidence(self._ctx.db, evidence_id)
            return self.write(prepared, evidence_id, moment_from)

        return self.result(self._ctx.db.in_one_turn(checked_and_written))

    def choices(self, item_id: int, day: date | None = None) -> WithdrawalChoices:
        """Who may withdraw `item_id` on `day` (today) and which items withdrawing its whole
        request takes along: the screens show this, `withdraw` checks the same rules."""
        db = self._ctx.db
        found = repo.item_histories(db, "s.item_id = ?", (item_id,))
        if not found:
            raise NotFoundError(message_id="error-consent-part-missing")
        youth, reps = repo.youth_with_reps(db, found[0].youth_id)
        req = who_must_decide(youth, reps, self._ctx.policy(), day or self._ctx.clock.today())
        signers = who_may_withdraw(req, youth)
        request_id = found[0].request_id
        items = tuple(
            v.item_id
            for v in sorted(self._consents.items_for_youth(youth.id), key=lambda v: v.item_id)
            if v.request_id == request_id
            and (v.item_id == item_id or v.status.status in CHANGED_BY_WITHDRAWAL)
        )
        return WithdrawalChoices(signers, items, None if signers else (req.blocked or req.why))

    def prepare(
        self,
        item_ids: Sequence[int],
        signer: SignerRef,
        channel: Channel | str,
        withdrawn_at: datetime | None = None,
    ) -> PreparedWithdrawal:
        """Every check of withdraw, nothing written. `write` writes the result inside
        a transaction the caller holds (signing mode adds the signature in the same one)."""
        db, signer = self._ctx.db, checked_signer(signer)  # (logged: a whole positive id)
        # The same item twice is still one withdrawal; each id as it is logged (True: item 1).
        item_ids = list(dict.fromkeys(v.positive_id(i, "Onderdeel", "items") for i in item_ids))
        if not item_ids:
            raise ValidationError(
                message_id="error-withdrawals-choose-what-withdrawn", field="items"
            )
        ch = parse_channel(channel)
        now = self._ctx.clock.now()
        moment = as_past_moment(withdrawn_at, now, "withdrawn_at", "intrekken")
        histories = {
            h.facts.item_id: h
            for h in repo.item_histories(
                db, f"s.item_id IN ({','.join('?' * len(item_ids))})", list(item_ids)
            )
        }
        if len(histories) != len(set(item_ids)):
            raise NotFoundError(message_id="error-withdrawals-part-missing")
        youth_ids = {h.youth_id for h in histories.values()}
        if len(youth_ids) != 1:
            raise ValidationError(message_id="error-withdraw-one-youth", field="items")
        youth_id = youth_ids.pop()
        youth, reps = repo.youth_with_reps(db, youth_id)
        if youth.erased:  # (cases25: a late "stop" was written into the erased record)
            raise ValidationError(message_id="error-youth-erased")
        reps = representatives_then(db, youth_id, moment, now, reps)  # a withdrawal read late
        req = who_must_decide(youth, reps, self._ctx.policy(), local_date(moment))
        if not may_withdraw(req, youth, signer):
            raise RuleViolation(
                message_id="error-consent-may-not-withdraw-because",
                params={"explanation": why_not(req, db, youth_id, signer, moment)},
            )
        self._consents.require_not_terminal(item_ids, moment)
        seen = int(db.scalar("SELECT coalesce(max(id), 0) FROM withdrawals"))
        return PreparedWithdrawal(tuple(item_ids), youth_id, signer, ch, moment, now, seen, req.age)

    def write(
        self, p: PreparedWithdrawal, evidence_id: int | None, moment_from: str = ""
    ) -> list[int]:
        """Append the prepared withdrawal rows and their event; call inside db.transaction().
        The items are checked again here: a desk action between prepare and write (another
        worker withdrew one) makes this raise, so the caller's transaction writes nothing."""
        db = self._ctx.db
        marks = ",".join("?" * len(p.item_ids))
        later = db.query_one(
            f"SELECT item_id FROM withdrawals WHERE id > ? AND item_id IN ({marks}) LIMIT 1",
            (p.last_withdrawal_id, *p.item_ids),
        )
        if later is not None:
            h = repo.item_histories(db, "s.item_id = ?", (int(later[0]),))[0]
            raise RuleViolation(
                message_id="error-withdrawals-part-been-withdrawn-meantime",
                params={"position": h.position, "reference_code": h.reference_code},
            )
        self._consents.require_not_terminal(p.item_ids, p.withdrawn_at)
        wids: list[int] = []
        for iid in p.item_ids:
            wids.append(
                db.execute(
                    "INSERT INTO withdrawals(item_id, signer_kind, signer_id, withdrawn_at, "
                    "recorded_at, channel, worker_id, evidence_id) VALUES (?,?,?,?,?,?,?,?)",
                    (
                        iid,
                        p.signer.kind.value,
                        p.signer.id,
                        to_iso(p.withdrawn_at),
                        to_iso(p.recorded_at),
                        p.channel.value,
                        self._ctx.worker_id,
                        evidence_id,
                    ),
                )
            )
        refresh_items(db, list(p.item_ids))
        body: dict[str, object] = {
            "items": list(p.item_ids),
            "withdrawals": wids,
            "signer": [p.signer.kind.value, p.signer.id],
            "channel": p.channel.value,
            "withdrawn_at": to_iso(p.withdrawn_at),
            "recorded_at": to_iso(p.recorded_at),  # the rows' moment (replay.py)
            "evidence": evidence_id,
            # Who withdrew and were they entitled then (a 16-year-old stopping what her
            # parents gave): the youth's age that day, as a decision logs it (cases26).
            "age": p.age,
        }
        if moment_from in MOMENT_FROM_LABELS:  # not the sender's own date: the proof says so
            body["moment_from"] = moment_from
        self._ctx.event("withdrawal.recorded", body)
        return wids

    def result(self, withdrawal_ids: Sequence[int]) -> WithdrawalResult:
        withdrawals = tuple(self._withdrawal(w) for w in withdrawal_ids)
        return WithdrawalResult(
            withdrawals, tuple(self._to_notify(withdrawals)), self._deciders_to_inform(withdrawals)
        )

    def _deciders_to_inform(self, withdrawals: Sequence[Withdrawal]) -> tuple[Representative, ...]:
        """The deciders of the day of the withdrawal, when the one who withdrew is not one of
        them (a person under curatele or mentorschap who stopped it themselves)."""
        if not withdrawals:
            return ()
        db, first = self._ctx.db, withdrawals[0]
        youth_id = int(
            db.scalar("SELECT youth_id FROM consent_items WHERE id = ?", (first.item_id,))
        )
        youth, reps = repo.youth_with_reps(db, youth_id)
        if youth.erased:  # (cases25: a late "stop" was written into the erased record)
            raise ValidationError(message_id="error-youth-erased")
        reps = representatives_then(db, youth_id, first.withdrawn_at, self._ctx.clock.now(), reps)
        req = who_must_decide(youth, reps, self._ctx.policy(), local_date(first.withdrawn_at))
        if first.signer in req.signers:
            return ()
        return tuple(r for r in reps if SignerRef.representative(r.id) in req.signers)

    def _withdrawal(self, wid: int) -> Withdrawal:
        row = self._ctx.db.query_one(
            f"SELECT item_id, {repo.WITHDRAWAL_VALUES} FROM withdrawals WHERE id = ?", (wid,)
        )
        if row is None:
            raise NotFoundError(message_id="error-forms-withdrawal-missing")
        return repo.withdrawal_from_values(int(row[0]), list(row)[1:])

    def _to_notify(self, withdrawals: Iterable[Withdrawal]) -> list[tuple[int, Recipient]]:
        out = []
        for w in withdrawals:
            for r in self._ctx.db.query(
                # Every recipient served under the item, also one served after the moment of
                # withdrawal but before it was recorded (a reply read late): all must be told.
                "SELECT DISTINCT d.recipient_id FROM disclosures d WHERE d.item_id = ? "
                "AND d.recipient_id NOT IN "
                "(SELECT recipient_id FROM withdrawal_notifications WHERE withdrawal_id = ?)",
                (w.item_id, w.id),
            ):
                out.append((w.id, repo.get_recipient(self._ctx.db, int(r[0]))))
        return out

    def recipients_to_notify(self, withdrawal_id: int) -> list[Recipient]:
        return [r for _, r in self._to_notify([self._withdrawal(withdrawal_id)])]

    @one_turn
    def mark_notified(
        self, withdrawal_id: int, recipient_id: int, notified_at: datetime | None = None
    ) -> None:
        w = self._withdrawal(withdrawal_id)
        db = self._ctx.db  # (the recipient is logged as given: True was in {1})
        recipient_id = v.positive_id(recipient_id, "Ontvanger", "recipient_id")
        moment = as_moment(notified_at, self._ctx.clock.now(), "notified_at")
        with db.transaction():
            # In the write turn (turns22): marked by another desk of the team meanwhile, the
            # same mark ended in a database error; now it is refused with the reason.
            if recipient_id not in {r.id for r in self.recipients_to_notify(w.id)}:
                raise ValidationError(message_id="error-withdrawals-recipient-need-not-be-informed")
            db.execute(
                "INSERT INTO withdrawal_notifications(withdrawal_id, recipient_id, notified_at, worker_id) "
                "VALUES (?,?,?,?)",
                (w.id, recipient_id, to_iso(moment), self._ctx.worker_id),
            )
            self._ctx.event(
                "withdrawal.recipient_notified",
                {
                    "withdrawal": w.id,
                    "item": w.item_id,
                    "recipient": recipient_id,
                    "at": to_iso(moment),
                },
            )
