"""A youth's startkwalificatie: the dated fact that ends the kwalificatieplicht before 18.

Seed 004: the RMC may ask others about a young person only "als de jongere nog leer- of
kwalificatieplichtig is"; "RMC mag zonder toestemming van de niet kwalificatieplichtige jongere
geen gegevens opvragen bij andere partijen". The kwalificatieplicht lasts until 18, or until
the youth has a startkwalificatie (havo, vwo, mbo from level 2) — a 17-year-old with an mbo-2
diploma is no longer kwalificatieplichtig. So from the day the diploma was obtained, a duty
bound to an age (LegalDuty.ends_with_startkwalificatie: the verzuimmelding) no longer holds for
this youth (legal_duties.duty_for): no sharing on it without consent or another weighed basis.

Appended, never edited (migration 21): a worker who typed the wrong date records the right one
and the latest row counts; the log says both. Replayed field by field
(replay_qualifications.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .. import validation as v
from ..clock import from_iso, to_iso
from ..errors import ValidationError
from ..model import Diploma, Qualification
from ..rules import age_on
from ..store import repo
from ..store.db import Database
from ..store.turns import one_turn
from .context import Context

# Nobody has havo or an mbo-2 diploma before 12 (the youngest the desk serves): an earlier
# date is a typing error (a year of birth for a year of the diploma).
EARLIEST_AGE = 12

_COLS = "id, youth_id, diploma, obtained_on, recorded_at, worker_id"


def startkwalificatie_on(
    db: Database, youth_id: int, known_at: datetime | None = None
) -> date | None:
    """The day the youth got a startkwalificatie, by the latest record; None: none known.
    With `known_at`: by the latest record made by that moment (what was known then)."""
    if known_at is None:
        q = latest(db, youth_id)
        return None if q is None else q.obtained_on
    rows = db.query(
        f"SELECT {_COLS} FROM youth_qualifications WHERE youth_id = ? ORDER BY id DESC",
        (youth_id,),
    )
    # Compared as moments, not as ISO text: rows carry their own offset.
    known = (q for q in map(_qualification, rows) if q.recorded_at <= known_at)
    return next((q.obtained_on for q in known), None)


def latest(db: Database, youth_id: int) -> Qualification | None:
    row = db.query_one(
        f"SELECT {_COLS} FROM youth_qualifications WHERE youth_id = ? ORDER BY id DESC LIMIT 1",
        (youth_id,),
    )
    return None if row is None else _qualification(row)


def _qualification(row: Any) -> Qualification:
    return Qualification(
        int(row[0]),
        int(row[1]),
        Diploma(str(row[2])),
        date.fromisoformat(str(row[3])),
        from_iso(str(row[4])),
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
    """The startkwalificatie on record, for the inzage ("" when none): data we hold about
    the youth (AVG art. 15), and why a verzuimmelding now needs their consent."""
    q = latest(db, youth_id)
    if q is None:
        return ""
    return f"{DIPLOMA_LABELS[q.diploma]}, behaald op {q.obtained_on:%d-%m-%Y}"


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

    def of(self, youth_id: int) -> Qualification | None:
        return latest(self._ctx.db, youth_id)
