"""Purposes a law requires (wettelijke plicht): the one place that says whether a duty holds.

Seed 004 (kwalificatieplicht): an RMC may ask others about a young person "alleen als de
jongere nog leer- of kwalificatieplichtig is en er sprake is van relatief of absoluut verzuim";
otherwise "RMC mag zonder toestemming van de niet kwalificatieplichtige jongere geen gegevens
opvragen bij andere partijen". A verzuimmelding to leerplicht or the RMC registration is such
a duty. Where it holds for this youth on that day:
- no consent is asked (consents.create_request refuses): a yes or no that changes nothing is
  no free choice (DOMAIN.md rule 2), and a "no" would have to be overridden at once;
- an objection (verzet, AVG art. 21: only against public task or legitimate interest) does not
  apply (objections.record refuses, saying why);
- the only basis of a weighing is the legal obligation (sharing.options / record_assessment);
- the sharing is logged and shown as a legal obligation: the inzage, and the youth's proof
  package (proof/youth_sharing.py) — from the marking on: a sharing made before it keeps the
  basis it was recorded on and is not relabelled after the fact (law_shared_on).
Past `until_age` — or, for a duty bound to an age (leer- or kwalificatieplicht), from the day
the youth got a startkwalificatie (qualifications.py) — the duty no longer holds for that
youth: then it is an ordinary purpose, and without consent (or another weighed basis) nothing
goes — the legal obligation is refused.
A duty holds toward a recipient that is a public body on its legal task (the law names one:
leerplicht, the RMC); toward a private recipient the same purpose is ordinary, so a worker
cannot take the youth's consent and objection away by sending it to, say, the employer.
A "no" given before the marking still counts: sharing after it is an override (sharing.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from .. import validation as v
from ..clock import from_iso, local_date, to_iso
from ..errors import RuleViolation, ValidationError
from ..event_seek import judged_moment
from ..model import LawfulBasis, LegalDuty, LegalRole, Youth
from ..rules import age_on
from ..store import repo
from ..store.db import Database
from ..store.turns import one_turn
from .context import Context
from .qualifications import startkwalificatie_on

# Leerplicht starts at 5; the oldest youth the desk serves is 27 (DOMAIN.md): an age limit
# outside these is a typing error.
MIN_UNTIL_AGE, MAX_UNTIL_AGE = 5, 30
# The basis of a weighing while a duty holds. A court order is a legal obligation too (the
# override grounds); a vital interest is another matter and not this purpose's basis.
DUTY_BASES = frozenset({LawfulBasis.LEGAL_OBLIGATION})


def duty_of(db: Database, purpose_id: int) -> LegalDuty | None:
    row = db.query_one(
        "SELECT purpose_id, law, until_age, recorded_at, worker_id FROM legal_duties "
        "WHERE purpose_id = ?",
        (purpose_id,),
    )
    return None if row is None else _duty(db, row)


def duty_for(
    db: Database,
    purpose_id: int,
    youth: Youth,
    day: date,
    recipient_id: int,
    known_at: datetime | None = None,
) -> LegalDuty | None:
    """The purpose's legal duty when it holds for this youth on `day` toward this recipient,
    else None. A law that requires a sharing names a public body acting on its legal task
    (leerplicht, the RMC, the Inlichtingenbureau); the same purpose toward a private
    recipient (the youth's stage employer) is no duty, so it does not take away the youth's
    consent or objection there. `known_at`: judged on the startkwalificatie recorded by then
    (holds_for); None: on what is recorded now."""
    duty = duty_of(db, purpose_id)
    if duty is None or not holds_for(db, duty, youth, day, known_at):
        return None
    if repo.get_recipient(db, recipient_id).legal_role != LegalRole.PUBLIC_TASK:
        return None
    return duty


def holds_for(
    db: Database, duty: LegalDuty, youth: Youth, day: date, known_at: datetime | None = None
) -> bool:
    """The duty holds for this youth on `day`: younger than its age, and — for a duty of the
    leer- or kwalificatieplicht — no startkwalificatie obtained by then (seed 004: only while
    "nog leer- of kwalificatieplichtig"; qualifications.py). With `known_at`: only the
    startkwalificatie recorded by that moment counts (what the worker could know when a past
    sharing was made: law_shared_on)."""
    if not duty.applies_at(age_on(youth.birth_date, day)):
        return False
    if duty.ends_with_startkwalificatie:
        obtained = startkwalificatie_on(db, youth.id, known_at)
        if obtained is not None and obtained <= day:
            return False
    return True


def _duty(db: Database, r: Any) -> LegalDuty:
    """A duty row, with the moment it was marked as the rules judge it (core25: marked by a
    clock that ran ahead, then put right, it counts from the correction — a melding made in
    between names the law, and the desk never shows a marking dated in the future)."""
    marked = judged_moment(db, "legal_duty", int(r[0]), from_iso(r[3]))
    return LegalDuty(int(r[0]), str(r[1]), None if r[2] is None else int(r[2]), marked, int(r[4]))


class LegalDuties:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @one_turn
    def mark(self, purpose_id: int, law: str, until_age: int | None = None) -> LegalDuty:
        """Mark a purpose as required by `law` (e.g. "Leerplichtwet 1969, art. 21"), holding
        while the youth is younger than `until_age` (None: always). Once: a duty is not
        edited away; a purpose that changes is a new purpose."""
        db = self._ctx.db
        purpose = repo.latest_purpose(db, purpose_id)
        text = v.display_text(law, "Wet en artikel", "law", max_len=300)
        if len(text) < 5:
            raise ValidationError(message_id="error-legal-duty-name-the-law", field="law")
        if until_age is not None and (
            isinstance(until_age, bool)
            or not isinstance(until_age, int)
            or not MIN_UNTIL_AGE <= until_age <= MAX_UNTIL_AGE
        ):
            raise ValidationError(
                message_id="error-legal-duty-age",
                params={"low": MIN_UNTIL_AGE, "high": MAX_UNTIL_AGE},
                field="until_age",
            )
        now = to_iso(self._ctx.clock.now())
        with db.transaction():
            if duty_of(db, purpose.id) is not None:
                raise ValidationError(message_id="error-legal-duty-exists", field="purpose")
            db.execute(
                "INSERT INTO legal_duties(purpose_id, law, until_age, recorded_at, worker_id) "
                "VALUES (?, ?, ?, ?, ?)",
                (purpose.id, text, until_age, now, self._ctx.worker_id),
            )
            self._ctx.event(
                "purpose.legal_duty",
                {"purpose": purpose.id, "law": text, "until_age": until_age, "recorded_at": now},
            )
        duty = duty_of(db, purpose.id)
        assert duty is not None  # just written, in this transaction's commit
        return duty

    def of(self, purpose_id: int) -> LegalDuty | None:
        return duty_of(self._ctx.db, purpose_id)

    def all(self) -> list[LegalDuty]:
        rows = self._ctx.db.query(
            "SELECT purpose_id, law, until_age, recorded_at, worker_id FROM legal_duties "
            "ORDER BY purpose_id"
        )
        return [_duty(self._ctx.db, r) for r in rows]


def check_duty_basis(
    db: Database, purpose_id: int, youth: Youth, day: date, basis: LawfulBasis, recipient_id: int
) -> None:
    """Refuse a weighing's basis that does not fit the purpose's duty on `day`: while the duty
    holds its basis is the legal obligation; once the youth is past its age the legal
    obligation is gone (seed 004: no asking around about a youth no longer kwalificatieplichtig
    without their consent), toward any recipient. Which bases fit is decided once, in
    `bases_under_duty` (what the weighing offers); this only says why one does not."""
    if bases_under_duty(db, purpose_id, youth, day, (basis,), recipient_id)[0]:
        return
    duty = duty_of(db, purpose_id)
    assert duty is not None  # bases_under_duty refuses nothing without a duty
    title = repo.latest_purpose(db, purpose_id).title
    age = age_on(youth.birth_date, day)
    if holds_for(db, duty, youth, day):
        raise RuleViolation(
            message_id="error-sharing-legal-duty-basis", params={"title": title, "law": duty.law}
        )
    obtained = startkwalificatie_on(db, youth.id)
    if duty.applies_at(age) and obtained is not None:
        raise RuleViolation(
            message_id="error-sharing-legal-duty-qualified",
            params={"title": title, "law": duty.law, "since": f"{obtained:%d-%m-%Y}"},
        )
    raise RuleViolation(
        message_id="error-sharing-legal-duty-ended",
        params={"title": title, "law": duty.law, "until": duty.until_age or 0, "age": age},
    )


def law_shared_on(
    db: Database,
    purpose_id: int,
    youth: Youth,
    at: datetime,
    basis: LawfulBasis,
    recipient_id: int,
) -> str:
    """The law a sharing made `at` went on, for the youth to read ("why did this go without my
    consent?"): the duty's law when it held that day and the basis is the legal obligation;
    else empty (a legal obligation on an unmarked purpose names no law of ours).

    Only for a sharing made once the duty was marked. The law held before the marking too,
    but a sharing's basis is fixed when it is made (AVG art. 5(2), 6 and 13(1)(c): decided and
    told beforehand, not swapped afterwards): one made before the marking went on what the
    worker recorded then — consent, or a legal obligation weighed and written down without
    our marked law. Naming the law for it now would rewrite a past sharing's reason, and
    yesterday's printed inzage would disagree with today's. When it was made counts, not
    when it was recorded: a sharing recorded late but dated before the marking is the same.
    Likewise a startkwalificatie recorded after the sharing (the diploma heard of late) does
    not take the law away from it afterwards: it ends the duty for sharings from then on."""
    if basis not in DUTY_BASES:
        return ""
    duty = duty_for(db, purpose_id, youth, local_date(at), recipient_id, known_at=at)
    if duty is None or at < duty.recorded_at:
        return ""
    return duty.law


def bases_under_duty(
    db: Database,
    purpose_id: int,
    youth: Youth,
    day: date,
    bases: tuple[LawfulBasis, ...],
    recipient_id: int,
) -> tuple[tuple[LawfulBasis, ...], str]:
    """The bases of `bases` that fit the purpose's duty on `day` (check_duty_basis refuses
    the others), and the law while the duty holds."""
    duty = duty_of(db, purpose_id)
    if duty is None:
        return bases, ""
    if not holds_for(db, duty, youth, day):
        return tuple(b for b in bases if b != LawfulBasis.LEGAL_OBLIGATION), ""
    holding = duty_for(db, purpose_id, youth, day, recipient_id)
    if holding is None:  # toward a private recipient: an ordinary purpose
        return bases, ""
    return tuple(b for b in bases if b in DUTY_BASES), holding.law
