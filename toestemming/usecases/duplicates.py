"""Is this youth already in the vault? Used before saving by *Jongere toevoegen* and the import.

    matches = svc.duplicates.find(given_name=..., family_name=..., birth_date=..., external_ref=...)
    [m for m in matches if m.certain]   # the same person: do not add again
    [m for m in matches if not m.certain]  # perhaps the same person: ask the worker

A school's Leerlingnummer (Stamnummer) decides first: the same number is the same youth. Then
the normalised name with the birth date: case, accents, spaces and the place of the
tussenvoegsel do not matter, so "van der Berg", "Van der Berg" and "Berg, van der" are one name.
A different Leerlingnummer on both sides means two youths, however alike their names (twins).

    svc.duplicates.merge(first_id, second_id)   # two records of one youth become one

Consents, objections, sharing, forms and signing sessions are append-only and bound to the youth they were
recorded for (the audit log commits to that id), so they are never moved: the record that
keeps them stays, and the other one brings its parents/representatives, its Leerlingnummer
and the details the kept record lacks, then is removed. One `youth.merged` event records it
(and a dispute that held the removed record holds the kept one: retention_hold.py).
When both records already have such history, merging is refused with an explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from .. import validation as v
from ..errors import ValidationError
from ..model import YOUTH_REF_FLAG, RepresentativeRole, Youth
from ..rules import MAX_GEZAG_HOLDERS
from ..store import repo
from ..store.turns import one_turn
from .context import Context
from .people import YouthRow, committed_values
from .retention_hold import HOLD_KIND, disputes
from .same_youth import numbered_apart, person_key

_COLS = "id, given_name, family_name, birth_date, school, programme, external_ref"
# Where a youth's lasting history lives (append-only or evidence): never re-pointed.
_HISTORY_TABLES = (
    "consent_requests",
    "disclosures",
    "assessments",
    "transition_forms",
    "signing_sessions",
    "erasures",
    # Verzet decides what may be shared (sharing.options): the record carrying it must stay,
    # or the merge would drop the objection (or fail on its foreign key).
    "objections",
    # A startkwalificatie ends a duty for its youth (qualifications.py): it stays with them.
    "youth_qualifications",
    # ... and a startkwalificatie taken back (append-only, with its reason's commitment).
    "youth_qualification_withdrawals",
)
# Details the kept record takes from the other one when it has none itself.
_FILLED = ("school", "programme", "email", "phone")


class MatchKind(StrEnum):
    STUDENT_NUMBER = "student_number"  # same Leerlingnummer: certain
    NAME_AND_BIRTH = "name_and_birth"  # same normalised name and birth date: certain
    SIMILAR = "similar"  # perhaps: same birth date and one of the names, or same name


@dataclass(frozen=True)
class DuplicateMatch:
    youth: YouthRow
    kind: MatchKind
    external_ref: str = ""

    @property
    def certain(self) -> bool:
        return self.kind != MatchKind.SIMILAR

    @property
    def reason(self) -> str:
        """Dutch, for the worker; holds no personal values itself."""
        return {
            MatchKind.STUDENT_NUMBER: "zelfde leerlingnummer",
            MatchKind.NAME_AND_BIRTH: "zelfde naam en geboortedatum",
            MatchKind.SIMILAR: "lijkt erop (naam of geboortedatum gelijk)",
        }[self.kind]


def _first(given: str) -> str:
    return given.split(" ", 1)[0] if given else ""


def _youth_row(r: Any) -> YouthRow:
    return YouthRow(int(r[0]), r[1], r[2], date.fromisoformat(r[3]), r[4], r[5])


class Duplicates:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def find(
        self,
        *,
        given_name: str,
        family_name: str,
        birth_date: date | str | None,
        external_ref: str = "",
        infix: str = "",
        exclude: int | None = None,
    ) -> list[DuplicateMatch]:
        """Youths in the vault that are, or may be, this person; certain matches first. A
        birth date typed in a form (dd-mm-jjjj) is read here; one that is not a date yet
        only leaves out the matches that need it."""
        if isinstance(birth_date, str):
            try:
                birth_date = v.parse_date(birth_date, "Geboortedatum", "birth_date")
            except ValidationError:
                birth_date = None
        db = self._ctx.db
        ref = external_ref.strip()
        given, family = person_key(given_name, v.join_infix(infix, family_name))
        found: dict[int, DuplicateMatch] = {}

        def add(row: Any, kind: MatchKind) -> None:
            yid = int(row[0])
            if yid == exclude or yid in found:
                return
            found[yid] = DuplicateMatch(_youth_row(row), kind, row[6] or "")

        if ref:
            row = db.query_one(
                f"SELECT {_COLS} FROM youths WHERE erased_at IS NULL AND external_ref = ?", (ref,)
            )
            if row is not None:
                add(row, MatchKind.STUDENT_NUMBER)
        if birth_date is not None and (given or family):
            for row in db.query(
                f"SELECT {_COLS} FROM youths WHERE erased_at IS NULL AND birth_date = ? "
                "ORDER BY id LIMIT 2000",
                (birth_date.isoformat(),),
            ):
                if numbered_apart(ref, row[6]):
                    continue
                other_given, other_family = person_key(row[1], row[2])
                if (other_given, other_family) == (given, family):
                    add(row, MatchKind.NAME_AND_BIRTH)
                elif other_family == family or (
                    _first(other_given) == _first(given) and _first(given)
                ):
                    add(row, MatchKind.SIMILAR)
        if family and given:
            # The same name with another birth date: often a typo in the date.
            for row in db.query(
                f"SELECT {_COLS} FROM youths INDEXED BY youths_by_family "
                "WHERE erased_at IS NULL AND family_key = ? ORDER BY family_key, given_key, id "
                "LIMIT 2000",
                (family,),
            ):
                if person_key(row[1], row[2])[0] == given and not numbered_apart(ref, row[6]):
                    add(row, MatchKind.SIMILAR)
        return sorted(found.values(), key=lambda m: (not m.certain, m.youth.id))

    # -- merging ---------------------------------------------------------------------------
    def has_history(self, youth_id: int) -> bool:
        """True when consents, objections, sharing, assessments, forms or signing sessions exist."""
        db = self._ctx.db
        return any(
            db.query_one(f"SELECT 1 FROM {table} WHERE youth_id = ? LIMIT 1", (youth_id,))
            is not None
            for table in _HISTORY_TABLES
        )

    @one_turn
    def merge(self, first_id: int, second_id: int) -> Youth:
        """Make two records of one youth one. The record with history stays (the first when
        neither has any); returns it. Refused when both have history or one is erased.
        Checked in the write turn (review21): a request another desk of the team recorded
        for the removed record meanwhile refuses the merge (it ended in a database error)."""
        db = self._ctx.db
        with db.transaction():
            keep, drop = self._chosen(first_id, second_id)
            self._merge(keep, drop)
        return repo.get_youth(db, keep.id)

    def _chosen(self, first_id: int, second_id: int) -> tuple[Youth, Youth]:
        """(the record that stays, the one removed), or why they may not be merged."""
        a = repo.get_youth(self._ctx.db, v.positive_id(first_id, "Jongere", "youth_id"))
        b = repo.get_youth(self._ctx.db, v.positive_id(second_id, "Jongere", "youth_id"))
        if a.id == b.id:
            raise ValidationError(message_id="error-duplicates-choose-two-different-young")
        if a.erased or b.erased:
            raise ValidationError(message_id="error-duplicates-data-one-young-people")
        a_history, b_history = self.has_history(a.id), self.has_history(b.id)
        if a_history and b_history:
            raise ValidationError(message_id="error-duplicates-both-young-people-consents")
        keep, drop = (b, a) if b_history and not a_history else (a, b)
        if keep.external_ref and drop.external_ref and keep.external_ref != drop.external_ref:
            raise ValidationError(message_id="error-duplicates-young-people-each-different")
        return keep, drop

    def _merge(self, keep: Youth, drop: Youth) -> None:
        """The merge itself, inside merge's transaction."""
        db = self._ctx.db
        fills = {f: getattr(drop, f) for f in _FILLED if not getattr(keep, f) and getattr(drop, f)}
        # The same person as people.add_representative sees it (name with case folded the
        # Unicode way, same role): SQLite's lower() folds ASCII only, and "AYŞE ÖZTÜRK" on the
        # double stayed beside "Ayşe Öztürk" (review22).
        kept_reps = db.query(
            "SELECT name, role, has_gezag FROM representatives WHERE youth_id = ? "
            "AND ended_at IS NULL",
            (keep.id,),
        )
        known = {_same_person(r[0], r[1]) for r in kept_reps}
        drop_reps = db.query(
            "SELECT id, name, role, has_gezag, ended_at FROM representatives WHERE youth_id = ? "
            "ORDER BY id",
            (drop.id,),
        )
        doubles = {int(r[0]) for r in drop_reps if _same_person(r[1], r[2]) in known}
        holders = sum(1 for r in kept_reps if _holds_gezag(r[1], r[2])) + sum(
            1
            for r in drop_reps
            if r[4] is None and int(r[0]) not in doubles and _holds_gezag(r[2], r[3])
        )
        if holders > MAX_GEZAG_HOLDERS:
            # One parent spelled two ways, or a voogd beside both parents: merged, a third
            # holder of gezag would decide (rules.MAX_GEZAG_HOLDERS). Correct first.
            raise ValidationError(message_id="error-duplicates-too-many-gezag")
        moved = 0
        for rid, *_ in drop_reps:
            if int(rid) in doubles:
                db.execute("DELETE FROM representatives WHERE id = ?", (rid,))
            else:
                db.execute("UPDATE representatives SET youth_id = ? WHERE id = ?", (keep.id, rid))
                moved += 1
        # The number moves to the kept record; first off the removed one (unique index).
        ref = keep.external_ref or drop.external_ref or None
        db.execute("UPDATE youths SET external_ref = NULL WHERE id = ?", (drop.id,))
        db.execute("DELETE FROM youths WHERE id = ?", (drop.id,))
        for column, value in fills.items():
            key = ", school_key = ?" if column == "school" else ""
            params = (value, v.fold(value)) if key else (value,)
            db.execute(f"UPDATE youths SET {column} = ?{key} WHERE id = ?", (*params, keep.id))
        db.execute("UPDATE youths SET external_ref = ? WHERE id = ?", (ref, keep.id))
        # The kept record's values as they are now, committed (session 19): the student number
        # the merge moved onto it is held to the log like the rest.
        self._ctx.event(
            "youth.merged",
            {
                "youth": keep.id,
                "merged": drop.id,
                "representatives_moved": moved,
                "fields": sorted(fills)
                + (["external_ref"] if ref != (keep.external_ref or None) else []),
                YOUTH_REF_FLAG: True,
            },
            personal=committed_values(repo.get_youth(db, keep.id)),
        )
        # The open disputes that held the record that went (retention_hold: per youth number,
        # and that number is gone) hold the one that stays, beside its own: the merged record
        # came back on the erasure list (review24), and with one dispute kept, the end of it
        # freed the record while the other still ran (core25).
        for dispute in disputes(db, drop.id):
            self._ctx.event(HOLD_KIND, {"youth": keep.id, "held": True, "dispute": dispute.value})


def _same_person(name: Any, role: Any) -> tuple[str, str]:
    return str(name).casefold(), str(role)


def _holds_gezag(role: Any, has_gezag: Any) -> bool:
    return str(role) == RepresentativeRole.GUARDIAN.value or (
        str(role) == RepresentativeRole.PARENT.value and bool(has_gezag)
    )
