"""A youth's startkwalificatie: the dated fact that ends the kwalificatieplicht before 18.

Seed 004: the RMC may ask others about a young person only "als de jongere nog leer- of
kwalificatieplichtig is"; "RMC mag zonder toestemming van de niet kwalificatieplichtige jongere
geen gegevens opvragen bij andere partijen". The kwalificatieplicht lasts until 18, or until
the youth has a startkwalificatie (havo, vwo, mbo from level 2) — a 17-year-old with an mbo-2
diploma is no longer kwalificatieplichtig. So from the day the diploma was obtained, a duty
bound to an age (LegalDuty.ends_with_startkwalificatie: the verzuimmelding) no longer holds for
this youth (legal_duties.duty_for): no sharing on it without consent or another weighed basis.

Appended, never edited (migration 21): a worker who typed the wrong date records the right one
and the latest row counts; the log says both. A record made by mistake altogether is taken
back (migration 22, `take_back`): appended too, with who, when and why. Replayed field by field
(replay_qualifications.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .. import validation as v
from ..clock import LOCAL_TZ, from_iso, to_iso
from ..errors import RuleViolation, ValidationError
from ..event_seek import judged_moment
from ..model import Diploma, Qualification
from ..rules import age_on
from ..store import repo
from ..store.db import Database
from ..store.turns import one_turn
from .context import Context

# Nobody has havo or an mbo-2 diploma before 12 (the youngest the desk serves): an earlier
# date is a typing error (a year of birth for a year of the diploma).
EARLIEST_AGE = 12


@dataclass(frozen=True, slots=True)
class QualificationTakenBack:
    """A startkwalificatie taken back as a desk mistake (migration 22): the record
    `qualification_id` (diploma, obtained_on) and every earlier one of the youth. (Here, not
    in model.py: that module is at its size limit.)"""

    id: int
    qualification_id: int
    recorded_at: datetime
    worker_id: int
    reason: str  # "" once the youth's data is erased
    diploma: Diploma
    obtained_on: date


_COLS = "id, youth_id, diploma, obtained_on, recorded_at, worker_id"


def startkwalificatie_on(
    db: Database, youth_id: int, known_at: datetime | None = None
) -> date | None:
    """The day the youth got a startkwalificatie, by the latest record not taken back; None:
    none known. With `known_at`: by the records and take-backs made by that moment (what was
    known then: a sharing on the legal duty made before a mistaken diploma was recorded, or
    after it was taken back, keeps its basis)."""
    q = latest(db, youth_id, known_at)
    return None if q is None else q.obtained_on


def latest(db: Database, youth_id: int, known_at: datetime | None = None) -> Qualification | None:
    """The youth's startkwalificatie on record (by `known_at`): the latest row, unless a
    take-back of it or of a later row (migration 22) came after it."""
    q = _latest_row(db, youth_id, known_at)
    if q is None:
        return None
    back = _taken_back_up_to(db, youth_id, known_at)
    return None if back is not None and q.id <= back else q


def _latest_row(db: Database, youth_id: int, known_at: datetime | None) -> Qualification | None:
    if known_at is None:
        row = db.query_one(
            f"SELECT {_COLS} FROM youth_qualifications WHERE youth_id = ? ORDER BY id DESC LIMIT 1",
            (youth_id,),
        )
        return None if row is None else _qualification(db, row)
    rows = db.query(
        f"SELECT {_COLS} FROM youth_qualifications WHERE youth_id = ? ORDER BY id DESC",
        (youth_id,),
    )
    # Compared as moments, not as ISO text: rows carry their own offset.
    return next(
        (q for q in (_qualification(db, r) for r in rows) if q.recorded_at <= known_at), None
    )


def _taken_back_up_to(db: Database, youth_id: int, known_at: datetime | None) -> int | None:
    """The highest qualification id taken back (by `known_at`); None: nothing taken back."""
    rows = db.query(
        "SELECT qualification_id, recorded_at, id FROM youth_qualification_withdrawals "
        "WHERE youth_id = ?",
        (youth_id,),
    )
    ids = [
        int(r[0])
        for r in rows
        if known_at is None or _back_moment(db, int(r[2]), str(r[1])) <= known_at
    ]
    return max(ids, default=None)


def _back_moment(db: Database, withdrawal_id: int, recorded_at: str) -> datetime:
    """When a take-back was recorded, as the rules judge it (core25: by a clock that ran
    ahead, then put right: no later than the correction)."""
    return judged_moment(db, "qualification.taken_back", withdrawal_id, from_iso(recorded_at))


def taken_back(db: Database, youth_id: int) -> list[QualificationTakenBack]:
    """Every take-back of the youth's startkwalificatie, oldest first, with the record it
    took back (for the inzage, the transitieformulier and the youth's page)."""
    rows = db.query(
        "SELECT w.id, w.qualification_id, w.recorded_at, w.worker_id, w.reason, "
        "q.diploma, q.obtained_on FROM youth_qualification_withdrawals w "
        "JOIN youth_qualifications q ON q.id = w.qualification_id "
        "WHERE w.youth_id = ? ORDER BY w.id",
        (youth_id,),
    )
    return [
        QualificationTakenBack(
            int(r[0]),
            int(r[1]),
            _back_moment(db, int(r[0]), str(r[2])),
            int(r[3]),
            str(r[4]),
            Diploma(str(r[5])),
            date.fromisoformat(str(r[6])),
        )
        for r in rows
    ]


def _qualification(db: Database, row: Any) -> Qualification:
    """A record, with when it was recorded as the rules judge it (core25: recorded by a clock
    that ran ahead, then put right, it counts from the correction — what was known when a
    sharing was made — and no desk shows it dated in the future)."""
    return Qualification(
        int(row[0]),
        int(row[1]),
        Diploma(str(row[2])),
        date.fromisoformat(str(row[3])),
        judged_moment(db, "qualification", int(row[0]), from_iso(str(row[4]))),
        int(row[5]),
    )


# How the inzage names a diploma (Dutch, as the youth reads it).
DIPLOMA_LABELS = {
    Diploma.HAVO: "havo",
    Diploma.VWO: "vwo",
    Diploma.MBO2: "mbo niveau 2",
    Diploma.MBO3: "mbo niveau 3",
    Diploma.MBO4: "mbo niveau 4",
}


def qualification_line(db: Database, youth_id: int) -> str:
    """The startkwalificatie on record, for the inzage and the transitieformulier ("" when
    none was ever recorded): data we hold about the youth (AVG art. 15), and why a
    verzuimmelding now needs their consent. A record taken back is named as such, with when:
    the youth (and leerplicht, reading the form) must not take it for a diploma, and can see
    that the mistake was put right (the reason stays at the desk: it may name others)."""
    q = latest(db, youth_id)
    parts = (
        [] if q is None else [f"{DIPLOMA_LABELS[q.diploma]}, behaald op {q.obtained_on:%d-%m-%Y}"]
    )
    for w in taken_back(db, youth_id):
        parts.append(
            f"{DIPLOMA_LABELS[w.diploma]} (behaald op {w.obtained_on:%d-%m-%Y}) was "
            f"vastgelegd, maar is op {w.recorded_at.astimezone(LOCAL_TZ):%d-%m-%Y} "
            "teruggenomen als vergissing"
        )
    if q is None and parts:
        parts.insert(0, "geen")
    return "; ".join(parts)


def _not_erased_meanwhile(db: Database, youth_id: int) -> None:
    """In the write turn (review21): a youth another desk of the team erased meanwhile gets
    no new record (it would hold a diploma and date of an erased youth)."""
    if repo.get_youth(db, youth_id).erased:
        raise ValidationError(message_id="error-youth-erased")


class Qualifications:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @one_turn
    def record(
        self, youth_id: int, diploma: Diploma | str, obtained_on: date | str
    ) -> Qualification:
        """The youth got a startkwalificatie (`diploma`) on `obtained_on`. Recording what is
        already the latest record writes nothing; a different diploma or date is appended as
        the correction."""
        db = self._ctx.db
        youth = repo.get_youth(db, v.positive_id(youth_id, "Jongere", "youth_id"))
        if youth.erased:
            raise ValidationError(message_id="error-youth-erased")
        try:
            kind = Diploma(diploma)
        except ValueError:
            raise ValidationError(
                message_id="error-qualification-diploma", field="diploma"
            ) from None
        day = v.parse_date(obtained_on, "Datum van het diploma", "obtained_on")
        if day > self._ctx.clock.today():
            raise ValidationError(message_id="error-qualification-future", field="obtained_on")
        if day < youth.birth_date or age_on(youth.birth_date, day) < EARLIEST_AGE:
            raise ValidationError(
                message_id="error-qualification-too-young",
                params={"age": EARLIEST_AGE},
                field="obtained_on",
            )
        now = to_iso(self._ctx.clock.now())
        with db.transaction():
            _not_erased_meanwhile(db, youth.id)
            current = latest(db, youth.id)
            if current is not None and (current.diploma, current.obtained_on) == (kind, day):
                return current
            qid = db.execute(
                "INSERT INTO youth_qualifications"
                "(youth_id, diploma, obtained_on, recorded_at, worker_id) VALUES (?, ?, ?, ?, ?)",
                (youth.id, kind.value, day.isoformat(), now, self._ctx.worker_id),
            )
            self._ctx.event(
                "youth.startkwalificatie",
                {
                    "qualification": qid,
                    "youth": youth.id,
                    "diploma": kind.value,
                    "obtained_on": day.isoformat(),
                    "recorded_at": now,
                },
            )
        recorded = latest(db, youth.id)
        assert recorded is not None  # just written
        return recorded

    @one_turn
    def take_back(self, youth_id: int, reason: str) -> QualificationTakenBack:
        """The youth's startkwalificatie on record was a desk mistake (the wrong youth, a
        diploma not obtained after all): take it back — the latest record and every earlier
        one — so the duties of the kwalificatieplicht hold again from now on. Sharings made
        meanwhile keep the basis they had (legal_duties.law_shared_on judges by what was
        known then). `reason`: why, required (who checks later must be able to follow it)."""
        db = self._ctx.db
        youth = repo.get_youth(db, v.positive_id(youth_id, "Jongere", "youth_id"))
        if youth.erased:
            raise ValidationError(message_id="error-youth-erased")
        why = v.text(reason, "Reden", "reason", max_len=2000)
        now = to_iso(self._ctx.clock.now())
        with db.transaction():
            _not_erased_meanwhile(db, youth.id)
            current = latest(db, youth.id)
            if current is None:
                raise RuleViolation(message_id="error-qualification-nothing-to-take-back")
            wid = db.execute(
                "INSERT INTO youth_qualification_withdrawals"
                "(qualification_id, youth_id, recorded_at, worker_id, reason) "
                "VALUES (?, ?, ?, ?, ?)",
                (current.id, youth.id, now, self._ctx.worker_id, why),
            )
            self._ctx.event(
                "youth.startkwalificatie_withdrawn",
                {
                    "withdrawal": wid,
                    "qualification": current.id,
                    "youth": youth.id,
                    "recorded_at": now,
                },
                # Free text that may name people: a salted commitment, erased with the youth.
                personal={"reason": why},
            )
        return next(w for w in taken_back(db, youth.id) if w.id == wid)

    def taken_back(self, youth_id: int) -> list[QualificationTakenBack]:
        return taken_back(self._ctx.db, youth_id)

    def of(self, youth_id: int) -> Qualification | None:
        return latest(self._ctx.db, youth_id)
