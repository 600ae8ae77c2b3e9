"""Retention: which youths are due for erasure, and erasure that keeps the proof verifiable.

Policy (Policy.retention_years, default 7): a youth's personal data is kept until N years after
the *last* of: the end of their last consent item (withdrawn, ended by the organisation or
its validity over — a refused or pending item counts until its validity ends), the last
disclosure or weighing, the day they left (`mark_left`), or the day they were registered.
DOMAIN.md rule 10: keep proof as long as the processing plus the period it can be challenged.

Erasure (one transaction, one `youth.erased` event) removes the personal data and keeps the
skeleton: the youth row keeps its id with placeholders; names and contact details of the
representatives go; evidence content goes (its hash stays); the free text of weighings,
disclosure notes and item-action reasons is emptied; and the salts of every event about the
youth are deleted. The events themselves, their chain and the signed checkpoints stay as they
were, so `verify_audit` still passes while the commitments can no longer be linked to a person.
What was erased stays countable: one `erasures` row with counts per status.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from .. import validation as v
from ..clock import LOCAL_TZ, from_iso, local_date, to_iso
from ..errors import NotFoundError, Phrase, RuleViolation, Said, ValidationError, VaultError
from ..model import STATUS_LABELS, ItemStatus, Youth
from ..rules import item_status
from ..store import repo
from ..store.db import Database, Row
from ..store.turns import one_turn
from .context import Context
from .gezag_history import LoggedHistory
from .retention_hold import HOLD_KIND, DisputeKind, disputes, held, held_youths

ERASED_NAME = "(gewist)"
ERASED_BIRTH_DATE = "1900-01-01"  # the column is NOT NULL; no real youth is this old


class ErasureGround(StrEnum):
    RETENTION = "retention"  # the retention period has passed
    REQUEST = "request"  # the person asked (AVG art. 17)


GROUND_LABELS = {
    ErasureGround.RETENTION: "bewaartermijn verstreken",
    ErasureGround.REQUEST: "op verzoek van de betrokkene",
}

# Other features that keep personal data per youth in their own tables register an eraser:
# (db, youth_id, erased_at ISO) → rows changed. It runs inside the erasure transaction.
Eraser = Callable[[Database, int, str], int]
_ERASERS: dict[str, Eraser] = {}


def register_eraser(name: str, eraser: Eraser) -> None:
    _ERASERS[name] = eraser


def _erase_transition_forms(db: Database, youth_id: int, _at: str) -> int:
    # Forms issue (m0006): "rows may be deleted as a whole when the youth's data is erased".
    if not db.scalar(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'transition_forms'"
    ):
        return 0
    n = int(db.scalar("SELECT count(*) FROM transition_forms WHERE youth_id = ?", (youth_id,)))
    db.execute("DELETE FROM transition_forms WHERE youth_id = ?", (youth_id,))
    return n


register_eraser("transition_forms", _erase_transition_forms)


@dataclass(frozen=True)
class RetentionCase:
    """One youth on the retention worklist (no names: the UI adds them)."""

    youth_id: int
    reference: date  # the last moment that counts
    reference_kind: Said  # what that moment was (reads as Dutch; the desk shows its language)
    due_on: date  # the first day erasure is allowed

    def reason(self) -> Said:
        return Said(
            "retention-reason",
            kind=self.reference_kind.phrase,
            reference=f"{self.reference:%d-%m-%Y}",
            due=f"{self.due_on:%d-%m-%Y}",
        )


@dataclass(frozen=True)
class ErasureRecord:
    youth_id: int
    erased_at: datetime
    ground: ErasureGround
    items: int
    statuses: dict[str, int]  # ItemStatus value → count, at the moment of erasure
    evidence: int
    representatives: int

    def describe(self) -> str:
        """ "3 toestemmingen (2 gegeven, 1 ingetrokken), gewist op 12-03-2027"."""
        when = self.erased_at.astimezone(LOCAL_TZ)
        noun = "toestemming" if self.items == 1 else "toestemmingen"
        parts = ", ".join(
            f"{n} {STATUS_LABELS[ItemStatus(s)]}" for s, n in sorted(self.statuses.items()) if n
        )
        detail = f" ({parts})" if parts and self.items > 1 else ""
        return f"{self.items} {noun}{detail}, gewist op {when:%d-%m-%Y}"


def add_years(day: date, years: int) -> date:
    """29 February + N years is 1 March in a common year (DOMAIN.md: like birthdays)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


class Retention:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # -- worklist -----------------------------------------------------------------------------
    def due(self, limit: int = 500) -> list[RetentionCase]:
        """Youths whose retention period has passed, oldest first."""
        db = self._ctx.db
        today = self._ctx.clock.today()
        years = self._ctx.policy().retention_years
        cut = add_years(today, -years)
        # Cheap pre-selection in SQL (nothing can be due if anything about the youth is more
        # recent than the cut); the exact dates are computed per candidate below.
        rows = db.query(
            "SELECT y.id, y.created_at, y.left_at FROM youths y WHERE y.erased_at IS NULL "
            "AND y.created_at < ?1 AND (y.left_at IS NULL OR y.left_at <= ?2) "
            "AND NOT EXISTS (SELECT 1 FROM item_state s WHERE s.youth_id = y.id "
            "  AND s.valid_until > ?2 AND s.withdrawals = '[]' AND s.actions = '[]') "
            "AND NOT EXISTS (SELECT 1 FROM disclosures d WHERE d.youth_id = y.id "
            "  AND d.disclosed_at >= ?1) "
            "AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.youth_id = y.id "
            "  AND a.created_at >= ?1)",
            ((cut + timedelta(days=1)).isoformat(), cut.isoformat()),
        )
        holding = held_youths(db)  # an open dispute keeps the proof (retention_hold.py)
        cases = [self._case(int(r[0]), r[1], r[2]) for r in rows if int(r[0]) not in holding]
        due = sorted((c for c in cases if c.due_on <= today), key=lambda c: (c.due_on, c.youth_id))
        return due[:limit]

    def case(self, youth_id: int) -> RetentionCase:
        """When this youth's data is due for erasure, and why."""
        youth_id = v.positive_id(youth_id, "Jongere", "youth_id")
        row = self._ctx.db.query_one(
            "SELECT id, created_at, left_at, erased_at FROM youths WHERE id = ?", (youth_id,)
        )
        if row is None:
            raise NotFoundError(message_id="error-repo-youth-missing")
        return self._case(youth_id, row[1], row[2])

    def _case(self, youth_id: int, created_at: str, left_at: str | None) -> RetentionCase:
        db = self._ctx.db
        moments: list[tuple[date, str]] = [(local_date(from_iso(created_at)), "enrolled")]
        if left_at:
            moments.append((date.fromisoformat(left_at), "left"))
        for h in repo.item_histories(db, "s.youth_id = ?", (youth_id,), judged=True):
            ends = [local_date(w.withdrawn_at) for w in h.withdrawals]
            ends += [local_date(a.at) for a in h.actions]
            moments.append((min([h.facts.valid_until, *ends]), "consent-ended"))
        for sql, kind in (
            ("SELECT max(disclosed_at) FROM disclosures WHERE youth_id = ?", "last-shared"),
            ("SELECT max(created_at) FROM assessments WHERE youth_id = ?", "last-weighing"),
        ):
            last = db.scalar(sql, (youth_id,))
            if last:
                moments.append((local_date(from_iso(last)), kind))
        reference, kind = max(moments, key=lambda m: m[0])
        years = self._ctx.policy().retention_years
        return RetentionCase(
            youth_id, reference, Said(f"retention-moment-{kind}"), add_years(reference, years)
        )

    @one_turn
    def mark_left(self, youth_id: int, day: date | str | None) -> None:
        """The youth left school/the trajectory on `day` (None: back again)."""
        youth = self._youth(youth_id)
        left = None if day is None else v.parse_date(day, "Datum van uitstroom", "left_at")
        if left is not None and left > self._ctx.clock.today():
            raise ValidationError(message_id="error-retention-date-leaving-future", field="left_at")
        db = self._ctx.db
        with db.transaction():
            self._youth(youth.id)  # erased by another desk meanwhile? (in the turn, review22)
            db.execute(
                "UPDATE youths SET left_at = ? WHERE id = ?",
                (None if left is None else left.isoformat(), youth.id),
            )
            self._ctx.event(
                "youth.left",
                {"youth": youth.id, "left": left is not None},
                personal=None if left is None else {"left_at": left.isoformat()},
            )

    # -- a dispute holds the record (retention_hold.py) ---------------------------------------
    @one_turn
    def hold(self, youth_id: int, dispute: DisputeKind | str) -> None:
        """A dispute about this youth's data is open: nothing of it is erased until `release`."""
        try:
            kind = DisputeKind(dispute)
        except ValueError:
            raise ValidationError(
                message_id="error-retention-choose-dispute", field="dispute"
            ) from None
        self._set_hold(youth_id, kind)

    @one_turn
    def release(self, youth_id: int, dispute: DisputeKind | str | None = None) -> None:
        """The dispute `dispute` is over (None: the only one that runs). The record stays held
        while another of its disputes runs (retention_hold: two records merged keep both);
        once none runs, the retention period (and a request to erase) apply again."""
        try:
            kind = None if dispute is None else DisputeKind(dispute)
        except ValueError:
            raise ValidationError(
                message_id="error-retention-choose-dispute", field="dispute"
            ) from None
        self._set_hold(youth_id, kind, opened=False)

    def held_records(self) -> list[tuple[int, DisputeKind]]:
        """(youth, dispute) for every dispute that holds a record (a youth under two, twice)
        — off the erasure list until each is over, so the desk can see what it keeps and why.
        Only records that are still there: a held record merged into another left its hold on
        a number that is gone (the merge carried it to the kept record), and naming that number
        broke the whole Vandaag panel ("Deze jongere bestaat niet (meer)", review25); a hold on
        a youth that never existed or was erased the program never writes (`check` names it,
        atk25)."""
        db = self._ctx.db
        holding = held_youths(db)
        if not holding:
            return []
        marks = ", ".join("?" * len(holding))
        present = {
            int(r[0])
            for r in db.query(
                f"SELECT id FROM youths WHERE erased_at IS NULL AND id IN ({marks})",
                tuple(holding),
            )
        }
        return [(y, k) for y, kinds in sorted(holding.items()) if y in present for k in kinds]

    def dispute(self, youth_id: int) -> DisputeKind | None:
        """The latest opened dispute that holds this youth's record, or None."""
        return held(self._ctx.db, self._youth(youth_id).id)

    def disputes(self, youth_id: int) -> tuple[DisputeKind, ...]:
        """Every dispute that holds this youth's record, in the order opened."""
        return disputes(self._ctx.db, self._youth(youth_id).id)

    @one_turn
    def _set_hold(self, youth_id: int, kind: DisputeKind | None, opened: bool = True) -> None:
        db = self._ctx.db
        youth = self._youth(youth_id)
        with db.transaction():
            self._youth(youth.id)  # erased by another desk meanwhile? (in the turn)
            running = disputes(db, youth.id)
            if opened and kind in running:
                return  # already open: nothing changes, nothing logged
            if not opened and kind is None and len(running) > 1:
                raise RuleViolation(message_id="error-retention-which-dispute")
            if not opened and kind is None and running:
                kind = running[0]
            if not opened and kind not in running:
                return  # not open: nothing to end, nothing logged
            assert kind is not None
            self._ctx.event(HOLD_KIND, {"youth": youth.id, "held": opened, "dispute": kind.value})

    # -- erasure ------------------------------------------------------------------------------
    @one_turn
    def erase(
        self, youth_id: int, ground: ErasureGround | str = ErasureGround.RETENTION
    ) -> ErasureRecord:
        try:
            why = ErasureGround(ground)
        except ValueError:
            raise ValidationError(
                message_id="error-retention-choose-retention-period-request", field="ground"
            ) from None
        db = self._ctx.db
        now = self._ctx.clock.now()
        self._may_erase(youth_id, why, now)  # (told at once, before the write turn)
        at = to_iso(now)
        db.set_secure_delete(True)  # freed bytes are zeroed, not left in the file's free space
        try:
            with db.transaction():
                # Checked again in the write turn (review21): another desk of the team may
                # have recorded a consent, a sharing or the erasure itself meanwhile.
                youth, statuses = self._may_erase(youth_id, why, now)
                counts = _erase_rows(db, youth.id, at)
                for eraser in _ERASERS.values():
                    counts["other"] += eraser(db, youth.id, at)
                summary = {"items": sum(statuses.values()), "statuses": statuses, **counts}
                seq = self._ctx.event(
                    "youth.erased", {"youth": youth.id, "ground": why.value, **summary}
                )
                db.execute(
                    "INSERT INTO erasures(youth_id, erased_at, ground, worker_id, summary, event_seq) "
                    "VALUES (?,?,?,?,?,?)",
                    (
                        youth.id,
                        at,
                        why.value,
                        self._ctx.worker_id,
                        json.dumps(summary, sort_keys=True),
                        seq,
                    ),
                )
            db.checkpoint_wal()  # old page versions leave the -wal file now, not at close
        finally:
            db.set_secure_delete(False)
        record = self.erasure(youth.id)
        assert record is not None
        return record

    def _may_erase(
        self, youth_id: int, why: ErasureGround, now: datetime
    ) -> tuple[Youth, dict[str, int]]:
        """The youth and their items' statuses, or why their data may not be erased now."""
        youth = self._youth(youth_id)
        db = self._ctx.db
        statuses = self._statuses(youth.id, now)
        dispute = held(db, youth.id)
        if dispute is not None:  # kept for the dispute, whatever the ground (art. 17(3)(e))
            raise RuleViolation(
                message_id="error-retention-held",
                params={"dispute": Phrase(f"retention-dispute-{dispute.value}")},
            )
        if why == ErasureGround.RETENTION:
            case = self.case(youth.id)
            if case.due_on > self._ctx.clock.today():
                raise RuleViolation(
                    message_id="error-retention-retention-period-still-running",
                    params={"due_on": f"{case.due_on:%d-%m-%Y}"},
                )
        open_items = sum(statuses.get(s.value, 0) for s in (ItemStatus.GIVEN, ItemStatus.REQUESTED))
        if open_items:
            raise RuleViolation(message_id="error-retention-are-still-consents-requests")
        if db.scalar(_UNNOTIFIED_SQL, (youth.id,)):
            raise RuleViolation(message_id="error-retention-recipients-still-need-hear")
        _require_erase_triggers(db)
        return youth, statuses

    def erasure(self, youth_id: int) -> ErasureRecord | None:
        row = self._ctx.db.query_one(
            "SELECT youth_id, erased_at, ground, summary FROM erasures WHERE youth_id = ?",
            (youth_id,),
        )
        return None if row is None else _record(row)

    def erasures(self) -> list[ErasureRecord]:
        return [
            _record(r)
            for r in self._ctx.db.query(
                "SELECT youth_id, erased_at, ground, summary FROM erasures ORDER BY erased_at, id"
            )
        ]

    def _youth(self, youth_id: int) -> Youth:
        youth = repo.get_youth(self._ctx.db, v.positive_id(youth_id, "Jongere", "youth_id"))
        if youth.erased:
            raise ValidationError(message_id="error-retention-data-young-person-been")
        return youth

    def _statuses(self, youth_id: int, now: datetime) -> dict[str, int]:
        db = self._ctx.db
        youth, reps = repo.youth_with_reps(db, youth_id)
        policy = self._ctx.policy()
        then = LoggedHistory(db, youth_id, now, reps)  # who held gezag when (cases27)
        counts: dict[str, int] = {}
        for h in repo.item_histories(db, "s.youth_id = ?", (youth_id,), judged=True):
            st = item_status(
                h.facts, youth, reps, policy, h.decisions, h.withdrawals, h.actions, now, then
            )
            counts[st.status.value] = counts.get(st.status.value, 0) + 1
        return counts


_UNNOTIFIED_SQL = """
SELECT 1 FROM withdrawals w JOIN consent_items i ON i.id = w.item_id
JOIN disclosures d ON d.item_id = w.item_id
WHERE i.youth_id = ? AND d.recipient_id NOT IN
  (SELECT recipient_id FROM withdrawal_notifications n WHERE n.withdrawal_id = w.id)
LIMIT 1
"""

# Where evidence is linked to a youth: (evidence id, youth id) per table. Evidence is erased
# when it belongs to this youth and to no one else (a scan covering two youths stays until
# both are erased). Other features register their links (table present or not: checked).
_EVIDENCE_LINKS: dict[str, str] = {
    "decisions": "SELECT d.evidence_id AS id, i.youth_id AS youth FROM decisions d "
    "JOIN consent_items i ON i.id = d.item_id WHERE d.evidence_id IS NOT NULL",
    "withdrawals": "SELECT w.evidence_id AS id, i.youth_id AS youth FROM withdrawals w "
    "JOIN consent_items i ON i.id = w.item_id WHERE w.evidence_id IS NOT NULL",
    # Consent at a distance (m0005): the stored copy of every mail/QR handed out.
    "remote_messages": "SELECT m.evidence_id AS id, r.youth_id AS youth FROM remote_messages m "
    "JOIN consent_requests r ON r.id = m.request_id WHERE m.evidence_id IS NOT NULL",
}


def register_evidence_link(table: str, select_id_and_youth: str) -> None:
    _EVIDENCE_LINKS[table] = select_id_and_youth


def _evidence_of(db: Database, youth_id: int) -> list[int]:
    present = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    links = " UNION ALL ".join(sql for table, sql in _EVIDENCE_LINKS.items() if table in present)
    rows = db.query(
        f"WITH links AS ({links}) SELECT DISTINCT id FROM links WHERE youth = ?1 "
        "AND id NOT IN (SELECT id FROM links WHERE youth != ?1)",
        (youth_id,),
    )
    return [int(r[0]) for r in rows]


# Salts of every personal commitment about the youth: the event names the youth, one of their
# requests (e.g. remote.sent: the address mailed to), representatives or items (the reason of
# an item action).
# The youth's own number and every number merged into hers (duplicates.py: the removed double's
# events - her name and birth date as first entered, a parent deleted as a double - name it),
# each up to its merge: a vault from before store/fresh_ids.py may have given that number to
# someone else after it (review22).
_SALTS_SQL = """
WITH RECURSIVE same(id, upto) AS (
    SELECT CAST(?1 AS BIGINT), CAST(9223372036854775807 AS BIGINT)
    UNION
    SELECT json_extract(CAST(e.body AS TEXT), '$.data.merged'), e.seq FROM events e JOIN same
    ON e.kind = 'youth.merged' AND e.seq < same.upto
    AND json_extract(CAST(e.body AS TEXT), '$.data.youth') = same.id
)
SELECT s.seq FROM event_salts s JOIN events e ON e.seq = s.seq
WHERE EXISTS (
    SELECT 1 FROM same
    WHERE same.id = json_extract(CAST(e.body AS TEXT), '$.data.youth') AND e.seq < same.upto
)
   OR json_extract(CAST(e.body AS TEXT), '$.data.request') IN
      (SELECT id FROM consent_requests WHERE youth_id = ?1)
   OR json_extract(CAST(e.body AS TEXT), '$.data.representative') IN
      (SELECT id FROM representatives WHERE youth_id = ?1)
   OR json_extract(CAST(e.body AS TEXT), '$.data.item') IN
      (SELECT id FROM consent_items WHERE youth_id = ?1)
"""


_ERASE_TRIGGERS = (
    "assessments_only_erase",
    "disclosures_only_erase",
    "item_actions_only_erase",
    "youth_qualification_withdrawals_only_erase",  # m0022: why a startkwalificatie was taken back
)


def _require_erase_triggers(db: Database) -> None:
    """A migration that rebuilds one of these tables must recreate its erase-only trigger
    (m0007_retention.only_erase_trigger); without it erasure would fail half-way."""
    found = db.query(
        f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' * len(_ERASE_TRIGGERS))})",
        _ERASE_TRIGGERS,
    )
    if len(found) != len(_ERASE_TRIGGERS):
        raise VaultError(message_id="error-retention-schema-forbids-erasing")


def _erase_rows(db: Database, youth_id: int, at: str) -> dict[str, int]:
    """Empty every personal field of one youth (inside the caller's transaction)."""
    db.execute(
        "UPDATE youths SET erased_at = ?, given_name = ?, family_name = '', birth_date = ?, "
        "school = '', programme = '', email = '', phone = '', protection = 'none', "
        "external_ref = NULL, given_key = '', family_key = '', school_key = '', left_at = NULL "
        "WHERE id = ?",
        (at, ERASED_NAME, ERASED_BIRTH_DATE, youth_id),
    )
    reps = int(db.scalar("SELECT count(*) FROM representatives WHERE youth_id = ?", (youth_id,)))
    db.execute(
        "UPDATE representatives SET name = ?, email = '', phone = '', "
        "ended_at = coalesce(ended_at, ?) WHERE youth_id = ?",
        (ERASED_NAME, at, youth_id),
    )
    evidence = _evidence_of(db, youth_id)
    db.executemany(
        "UPDATE evidence SET content = NULL, erased_at = ? WHERE id = ? AND erased_at IS NULL",
        [(at, e) for e in evidence],
    )
    db.execute(
        "UPDATE assessments SET basis_motivation = '', purpose_compatibility = '', "
        "proportionality = '', subsidiarity = '' WHERE youth_id = ?",
        (youth_id,),
    )
    db.execute("UPDATE disclosures SET note = '' WHERE youth_id = ? AND note != ''", (youth_id,))
    if db.scalar("SELECT 1 FROM sqlite_master WHERE name = 'disclosure_overrides'"):
        db.execute(  # the written reasons of sharing without consent (m0014)
            "UPDATE disclosure_overrides SET reason = '', not_informed_reason = '' "
            "WHERE youth_id = ? AND (reason != '' OR not_informed_reason != '')",
            (youth_id,),
        )
    db.execute(
        "UPDATE item_actions SET reason = '' WHERE reason != '' AND item_id IN "
        "(SELECT id FROM consent_items WHERE youth_id = ?)",
        (youth_id,),
    )
    db.execute(  # why a startkwalificatie was taken back (m0022): the row itself stays
        "UPDATE youth_qualification_withdrawals SET reason = '' WHERE youth_id = ? AND reason != ''",
        (youth_id,),
    )
    repo.refresh_item_state(db, "i.youth_id = ?", (youth_id,))  # the cache holds the reasons too
    seqs = [int(r[0]) for r in db.query(_SALTS_SQL, (youth_id,))]
    db.executemany("DELETE FROM event_salts WHERE seq = ?", [(s,) for s in seqs])
    return {"representatives": reps, "evidence": len(evidence), "salts": len(seqs), "other": 0}


def _record(r: Row) -> ErasureRecord:
    summary = json.loads(r[3])
    return ErasureRecord(
        youth_id=int(r[0]),
        erased_at=from_iso(r[1]),
        ground=ErasureGround(r[2]),
        items=int(summary["items"]),
        statuses={str(k): int(n) for k, n in summary["statuses"].items()},
        evidence=int(summary["evidence"]),
        representatives=int(summary["representatives"]),
    )
