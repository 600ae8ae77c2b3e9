"""Verzet (AVG art. 21): the young person, or their legal representative, objects to their
data being shared with one recipient for one purpose on a public task or a legitimate
interest (seed 003, privacyreglement art. 8.2-8.3; casus 1: the student must know "dat hij
bezwaar kan maken").

An objection is not a consent decision — nothing was asked — so it is its own record, not a
"no" on an invented request. Its effect lives in one place, Sharing.options: an objection
counts as a "no" for that recipient x purpose, so from then on only a legal obligation or a
vital interest (which art. 21 does not reach) can carry a disclosure there, as an override
with a named ground, a written reason and a second confirmation. A consent the person gives
later still covers (consent is not a weighing). Like withdrawing, objecting is always
privacy-safe: the youth may object at any age, and so may whoever decides for them. Where a
law requires the sharing (legal_duties.py) there is nothing to object to: refused, saying so.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any, Protocol

from .. import validation as v
from ..clock import from_iso, local_date, to_iso
from ..errors import RuleViolation, ValidationError
from ..event_seek import judged_moment
from ..model import ROLE_LABELS, Channel, SignerKind, SignerRef
from ..rules import may_withdraw, who_must_decide
from ..store import repo
from ..store.db import Database
from ..store.turns import one_turn
from .consent_input import as_past_moment, checked_signer, parse_channel
from .context import Context
from .legal_duties import duty_for
from .signing_views import SignerChoice


class ConsentLookup(Protocol):
    """What `record` needs of Sharing (sharing.py imports objections_about from here, so
    this module does not import it back: no import circle)."""

    def given_consent(
        self, youth_id: int, recipient_id: int, purpose_id: int, at: datetime
    ) -> tuple[str, int] | None: ...


@dataclass(frozen=True)
class Objection:
    id: int
    youth_id: int
    recipient_id: int
    purpose_id: int
    signer: SignerRef
    channel: Channel
    objected_at: datetime
    recorded_at: datetime
    worker_id: int


_COLUMNS = (
    "id, youth_id, recipient_id, purpose_id, signer_kind, signer_id, channel, objected_at, "
    "recorded_at, worker_id"
)


def objections_about(
    db: Database, youth_id: int, recipient_id: int, purpose_id: int, at: datetime
) -> list[Objection]:
    """The objections for this youth x recipient x purpose made at or before `at`, each with
    the moment the rules judge it by: one recorded while the clock ran ahead counts no later
    than the correction that followed it (event_seek; as a withdrawal does, s21)."""
    rows = db.query(
        f"SELECT {_COLUMNS} FROM objections WHERE youth_id = ? AND recipient_id = ? "
        "AND purpose_id = ? ORDER BY id",
        (youth_id, recipient_id, purpose_id),
    )
    judged = (
        replace(o, objected_at=judged_moment(db, "objection", o.id, o.objected_at))
        for o in map(_objection, rows)
    )
    return [o for o in judged if o.objected_at <= at]


def _objection(r: Any) -> Objection:
    return Objection(
        int(r[0]),
        int(r[1]),
        int(r[2]),
        int(r[3]),
        SignerRef(SignerKind(r[4]), int(r[5])),
        Channel(r[6]),
        from_iso(r[7]),
        from_iso(r[8]),
        int(r[9]),
    )


class Objections:
    def __init__(self, ctx: Context, sharing: ConsentLookup) -> None:
        self._ctx = ctx
        self._sharing = sharing

    @one_turn
    def record(
        self,
        youth_id: int,
        recipient_id: int,
        purpose_id: int,
        signer: SignerRef,
        channel: Channel | str,
        objected_at: datetime | None = None,
    ) -> Objection:
        """Record that `signer` objects to sharing with this recipient for this purpose."""
        db, signer = self._ctx.db, checked_signer(signer)
        # Ids as they are logged: True or "1" find row 1 but were written as given (review29).
        youth_id, recipient_id, purpose_id = v.share_ids(youth_id, recipient_id, purpose_id)
        now = self._ctx.clock.now()
        moment = as_past_moment(objected_at, now, "objected_at", "bezwaar maken")
        how = parse_channel(channel)
        with db.transaction():
            youth, reps = repo.youth_with_reps(db, youth_id)
            if youth.erased:
                raise ValidationError(message_id="error-youth-erased")
            repo.get_recipient(db, recipient_id)
            purpose = repo.latest_purpose(db, purpose_id)
            # Art. 21 reaches a public task or a legitimate interest, not a duty the law lays
            # on us (seed 004: a verzuimmelding while the youth is kwalificatieplichtig).
            duty = duty_for(db, purpose_id, youth, local_date(moment), recipient_id)
            if duty is not None:
                raise RuleViolation(
                    message_id="error-objection-legal-duty",
                    params={"title": purpose.title, "law": duty.law},
                )
            # Who may object is judged on the objection's own date, as the duty above (a
            # parent's letter from before the 16th birthday, recorded after it, still counts).
            req = who_must_decide(youth, reps, self._ctx.policy(), local_date(moment))
            if signer != SignerRef.youth(youth.id) and signer not in (*req.signers, *req.may_stop):
                # (may_stop: a record with too many holders of gezag lets nobody decide, but
                # stopping, as an objection does, stays open to each of them: rules.py)
                raise RuleViolation(message_id="error-objection-who")
            # Art. 21 is about sharing without consent. Where a consent is given, "I object"
            # means withdrawing it (as easy as giving): the worker is sent there, not left
            # with an objection that stops nothing.
            given = self._sharing.given_consent(youth.id, recipient_id, purpose_id, moment)
            if given is not None:
                # A pupil under 16 cannot withdraw what the parents gave (they decide; DOMAIN
                # rule 3): told where her objection goes, not sent to a withdrawal she is
                # refused.
                raise RuleViolation(
                    message_id="error-objection-consent-given"
                    if may_withdraw(req, youth, signer)
                    else "error-objection-consent-given-by-others",
                    params={"reference_code": given[0], "position": given[1]},
                )
            oid = db.execute(
                "INSERT INTO objections(youth_id, recipient_id, purpose_id, signer_kind, "
                "signer_id, channel, objected_at, recorded_at, worker_id) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    youth.id,
                    recipient_id,
                    purpose_id,
                    signer.kind.value,
                    signer.id,
                    how.value,
                    to_iso(moment),
                    to_iso(now),
                    self._ctx.worker_id,
                ),
            )
            self._ctx.event(
                "objection.recorded",
                {
                    "objection": oid,
                    "youth": youth.id,
                    "recipient": recipient_id,
                    "purpose": purpose_id,
                    "signer_kind": signer.kind.value,
                    "signer_id": signer.id,
                    "channel": how.value,
                    "at": to_iso(moment),
                    "recorded_at": to_iso(now),
                },
            )
        return self.for_youth(youth.id, objection_id=oid)[0]

    def who_may_object(self, youth_id: int, on: date | None = None) -> tuple[SignerChoice, ...]:
        """Whoever decides for the youth on `on` (today when None: a letter written before the
        16th birthday is the parents' to write), and the youth themself. The desk offers these;
        `record` with an objection of that day accepts exactly them."""
        youth, reps = repo.youth_with_reps(self._ctx.db, youth_id)
        req = who_must_decide(youth, reps, self._ctx.policy(), on or self._ctx.clock.today())
        names = {SignerRef.youth(youth.id): (youth.display_name, "youth")}
        names |= {SignerRef.representative(r.id): (r.name, r.role.value) for r in reps}
        you = SignerRef.youth(youth.id)
        order = tuple(dict.fromkeys((*req.signers, *req.may_stop, you)))
        return tuple(
            SignerChoice(s, names[s][0], names[s][1], ROLE_LABELS.get(names[s][1], ""), False)
            for s in order
            if s in names
        )

    def for_youth(self, youth_id: int, objection_id: int | None = None) -> list[Objection]:
        extra = " AND id = ?" if objection_id is not None else ""
        params = (youth_id,) if objection_id is None else (youth_id, objection_id)
        rows = self._ctx.db.query(
            f"SELECT {_COLUMNS} FROM objections WHERE youth_id = ?{extra} ORDER BY id", params
        )
        return [_objection(r) for r in rows]
