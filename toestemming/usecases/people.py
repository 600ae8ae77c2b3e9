"""Youths (data subjects) and their legal representatives.

Personal fields are stored in the encrypted tables; the audit event carries only a salted
commitment to them, so later erasure keeps the chain verifiable.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import validation as v
from ..clock import to_iso
from ..errors import NotFoundError, ValidationError
from ..model import (
    PERSONAL_YOUTH_FIELDS,
    YOUTH_REF,
    YOUTH_REF_FLAG,
    AdultProtection,
    Representative,
    RepresentativeRole,
    Youth,
)
from ..refcode import normalize_reference_code
from ..rules import MAX_GEZAG_HOLDERS, age_on
from ..store import fresh_ids, repo
from ..store.db import SqlIntegrityError
from ..store.turns import one_turn
from .context import Context
from .same_youth import certainly_there

YOUTH_FIELDS = (*PERSONAL_YOUTH_FIELDS, "language", "protection")


@dataclass(frozen=True)
class YouthRow:
    """A line in the youth list."""

    id: int
    given_name: str
    family_name: str
    birth_date: date
    school: str
    programme: str

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    def age(self, day: date) -> int:
        return age_on(self.birth_date, day)


# Columns written from a cleaned youth (see People._clean_youth), in this order.
_STORED = (*YOUTH_FIELDS, "given_key", "family_key", "school_key")


def _stored_values(c: dict[str, Any]) -> tuple[Any, ...]:
    return (
        c["given_name"],
        c["family_name"],
        c["birth_date"].isoformat(),
        c["school"],
        c["programme"],
        c["email"],
        c["phone"],
        c["language"],
        c["protection"].value,
        v.fold(c["given_name"]),
        v.family_key(c["family_name"]),
        v.fold(c["school"]),
    )


_LIST_COLS = "id, given_name, family_name, birth_date, school, programme"


def _row(r: Any) -> YouthRow:
    return YouthRow(int(r[0]), r[1], r[2], date.fromisoformat(r[3]), r[4], r[5])


def committed_values(y: Youth) -> dict[str, Any]:
    """The values youth.added / .updated commit to (the event carries YOUTH_REF_FLAG)."""
    values = {f: getattr(y, f) for f in PERSONAL_YOUTH_FIELDS}
    values["birth_date"] = y.birth_date.isoformat()
    values[YOUTH_REF] = y.external_ref
    return values


# At most this many youths share the longest typed word as a name prefix before the rest of a
# multi-word search is checked (a 100k vault has a few hundred "jansen"s at most).
_WORD_CANDIDATES = 20_000


def _name_words(typed: str) -> list[str]:
    return [w for w in typed.replace("-", " ").split() if w]


def _all_words_match(words: list[str], name_key: str) -> bool:
    """Every typed word starts its own word of the name (folded given + family key)."""
    parts = name_key.replace("-", " ").split()
    for word in sorted(words, key=len, reverse=True):
        at = next((i for i, p in enumerate(parts) if p.startswith(word)), None)
        if at is None:
            return False
        del parts[at]
    return True


class People:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def _clean_youth(self, data: dict[str, Any]) -> dict[str, Any]:
        today = self._ctx.clock.today()
        out: dict[str, Any] = {
            "given_name": v.name(data.get("given_name", ""), "Voornaam", "given_name"),
            "family_name": v.family_name_order(
                v.name(data.get("family_name", ""), "Achternaam", "family_name")
            ),
            "birth_date": v.birth_date(data.get("birth_date"), today),
            "school": v.name(data.get("school", ""), "School", "school", required=False),
            "programme": v.name(
                data.get("programme", ""), "Opleiding", "programme", required=False
            ),
            "email": v.email(data.get("email", "")),
            "phone": v.phone(data.get("phone", "")),
            "language": v.language(data.get("language", "nl")),
        }
        try:
            out["protection"] = AdultProtection(data.get("protection", AdultProtection.NONE))
        except ValueError:
            raise ValidationError(
                message_id="error-people-choose-none-curatele-mentorship", field="protection"
            ) from None
        if out["protection"] != AdultProtection.NONE and age_on(out["birth_date"], today) < 17:
            raise ValidationError(
                message_id="error-people-guardianship-curatele-mentorship-only",
                field="protection",
            )
        return out

    @one_turn
    def add_youth(
        self,
        *,
        external_ref: str | None = None,
        infix: str = "",
        seen: Collection[int] | None = None,
        **fields: Any,
    ) -> Youth:
        """Add a youth. `infix` is a separate tussenvoegsel field ("van der") that goes in
        front of the family name unless that already starts with it. Callers that must not
        create a second record ask svc.duplicates.find first and pass as `seen` the ids the
        worker was shown (empty: none): a youth certainly the same that is not among them —
        another desk of the team added her meanwhile — refuses the add in the write turn
        (turns22; field "already_there"). `seen=None` adds without asking."""
        unknown = set(fields) - set(YOUTH_FIELDS)
        if unknown:
            raise ValidationError(message_id="error-people-unknown-field-young-person")
        if infix.strip():
            fields["family_name"] = v.join_infix(
                v.name(infix, "Tussenvoegsel", "infix"), str(fields.get("family_name") or "")
            )
        c = self._clean_youth(fields)
        ref = v.name(external_ref, "Leerlingnummer", "external_ref") if external_ref else None
        db = self._ctx.db
        try:
            with db.transaction():
                if seen is not None:
                    self._not_added_meanwhile(c, ref, seen)
                yid = fresh_ids.insert(
                    db,
                    "youths",
                    (*_STORED, "external_ref", "created_at"),
                    (*_stored_values(c), ref, to_iso(self._ctx.clock.now())),
                )
                youth = repo.get_youth(db, yid)
                self._ctx.event(
                    "youth.added",
                    {
                        "youth": yid,
                        "protection": youth.protection.value,
                        "language": youth.language,
                        YOUTH_REF_FLAG: True,
                    },
                    personal=committed_values(youth),
                )
        except SqlIntegrityError:
            raise ValidationError(
                message_id="error-people-young-person-student-number", field="external_ref"
            ) from None
        return youth

    def _not_added_meanwhile(
        self, c: dict[str, Any], ref: str | None, seen: Collection[int]
    ) -> None:
        """In the write turn: refused when this youth is certainly in the vault already and the
        worker was not shown that record (same_youth.py)."""
        there = certainly_there(
            self._ctx.db, c["given_name"], c["family_name"], c["birth_date"], ref
        )
        if set(there) - set(seen):
            raise ValidationError(
                message_id="error-people-young-person-added-meanwhile", field="already_there"
            )

    @one_turn
    def update_youth(self, youth_id: int, **changes: Any) -> Youth:
        unknown = set(changes) - set(YOUTH_FIELDS)
        if unknown:
            raise ValidationError(message_id="error-people-unknown-field-young-person")
        db = self._ctx.db
        with db.transaction():
            # Read in the write turn (turns22): a youth another desk of the team erased
            # meanwhile got her name and contact details written back into the erased record.
            current = self.youth(youth_id)
            if current.erased:
                raise ValidationError(message_id="error-youth-erased")
            merged = {f: getattr(current, f) for f in YOUTH_FIELDS} | changes
            c = self._clean_youth(merged)
            db.execute(
                f"UPDATE youths SET {', '.join(f'{col}=?' for col in _STORED)} WHERE id=?",
                (*_stored_values(c), youth_id),
            )
            youth = repo.get_youth(db, youth_id)
            self._ctx.event(
                "youth.updated",
                {
                    "youth": youth_id,
                    "fields": sorted(changes),
                    "protection": youth.protection.value,
                    YOUTH_REF_FLAG: True,
                },
                personal=committed_values(youth),
            )
        return youth

    def youth(self, youth_id: int) -> Youth:
        return repo.get_youth(self._ctx.db, v.positive_id(youth_id, "Jongere", "youth_id"))

    def count(self) -> int:
        return int(self._ctx.db.scalar("SELECT count(*) FROM youths WHERE erased_at IS NULL"))

    def search(self, text: str = "", limit: int = 200, offset: int = 0) -> list[YouthRow]:
        """Search-as-you-type: family-name prefix matches first, then given-name, then
        school/opleiding; or a birth date (dd-mm-jjjj) or birth year. Each segment walks an
        ordered partial index and stops at the LIMIT, so 100k youths stay fast."""
        typed = " ".join(v.fold(text or "")[:100].replace(",", " ").split())
        code = normalize_reference_code(text or "")
        if code is not None:
            return [_row(r) for r in self._search_code(code, limit, offset)]
        family_prefix, infix = v.search_key(typed)
        if typed[:1].isdigit():
            return [_row(r) for r in self._search_date(typed, _LIST_COLS, limit, offset)]
        if len(_name_words(family_prefix)) > 1:
            # Several words: a school or a double given name as typed, then any name order.
            prefixed = self._search_prefix(typed, family_prefix, infix, offset + limit, 0)
            seen = {r.id for r in prefixed}
            extra = [r for r in self._search_words(typed, offset + limit) if r.id not in seen]
            return (prefixed + extra)[offset : offset + limit]
        return self._search_prefix(typed, family_prefix, infix, limit, offset)

    def _search_prefix(
        self, typed: str, family_prefix: str, infix: str, limit: int, offset: int
    ) -> list[YouthRow]:
        db = self._ctx.db
        if not typed:
            rows = db.query(
                f"SELECT {_LIST_COLS} FROM youths INDEXED BY youths_by_family WHERE erased_at IS NULL "
                "ORDER BY family_key, given_key, id LIMIT ? OFFSET ?",
                (limit, offset),
            )
            return [_row(r) for r in rows]
        # ?1/?2: the text as typed (given name, school); ?3/?4: the family prefix without a typed
        # tussenvoegsel, which must then be the key's ending (?5, e.g. " de" in "vries de").
        family = "(family_key >= ?3 AND family_key < ?4 AND (?5 = '' OR substr(family_key, -length(?5)) = ?5))"
        given = "(given_key >= ?1 AND given_key < ?2)"
        school = "(school_key >= ?1 AND school_key < ?2)"
        segments = (
            ("youths_by_family", family, "family_key, given_key, id"),
            ("youths_by_given", f"{given} AND NOT {family}", "given_key, family_key, id"),
            (
                "youths_by_school",
                f"{school} AND NOT {family} AND NOT {given}",
                "school_key, family_key, given_key, id",
            ),
        )
        params = (
            typed,
            typed + "\U0010ffff",
            family_prefix,
            family_prefix + "\U0010ffff",
            f" {infix}" if infix else "",
        )
        out: list[YouthRow] = []
        skip = offset
        for index, where, order in segments:
            want = limit - len(out)
            if want <= 0:
                break
            if skip:
                # Only count a segment when the page starts beyond it (paging deep into results).
                size = int(
                    db.scalar(
                        f"SELECT count(*) FROM youths INDEXED BY {index} WHERE erased_at IS NULL AND {where}",
                        params,
                    )
                )
                if skip >= size:
                    skip -= size
                    continue
            rows = db.query(
                f"SELECT {_LIST_COLS} FROM youths INDEXED BY {index} WHERE erased_at IS NULL AND {where} "
                f"ORDER BY {order} LIMIT ?6 OFFSET ?7",
                (*params, want, skip),
            )
            skip = 0
            out.extend(_row(r) for r in rows)
        return out

    def _search_code(self, code: str, limit: int, offset: int) -> list[Any]:
        """The youth of a request, found by its reference code (typed from paper or a mail)."""
        cols = ", ".join(f"y.{c.strip()}" for c in _LIST_COLS.split(","))
        return self._ctx.db.query(
            f"SELECT {cols} FROM consent_requests r JOIN youths y ON y.id = r.youth_id "
            "WHERE r.reference_code = ? AND y.erased_at IS NULL LIMIT ? OFFSET ?",
            (code, limit, offset),
        )

    def _search_words(self, typed: str, limit: int) -> list[YouthRow]:
        """A full name in any order ("lieke van den berg", "berg lieke", "van den berg l"):
        every typed word must start a word of the name. Candidates come from the indexes by
        each word that is no tussenvoegsel (a prefix of the family or given key), then are
        checked here."""
        words = _name_words(typed)
        anchors = [w for w in words if not v.is_infix(w)] or words
        db = self._ctx.db
        found: dict[int, Any] = {}
        for anchor in sorted(set(anchors), key=len, reverse=True)[:4]:
            for r in db.query(
                f"SELECT {_LIST_COLS}, family_key, given_key FROM youths "
                "WHERE erased_at IS NULL AND ((family_key >= ?1 AND family_key < ?2) "
                "OR (given_key >= ?1 AND given_key < ?2)) LIMIT ?3",
                (anchor, anchor + "\U0010ffff", _WORD_CANDIDATES),
            ):
                if int(r[0]) not in found and _all_words_match(words, f"{r[7]} {r[6]}"):
                    found[int(r[0])] = r
        hits = sorted(found.values(), key=lambda r: (r[6], r[7], r[0]))
        return [_row(r) for r in hits[:limit]]

    def _search_date(self, query: str, cols: str, limit: int, offset: int) -> list[Any]:
        parts = [p for p in query.replace("/", "-").replace(".", "-").split("-") if p]
        if not all(p.isascii() and p.isdigit() for p in parts):
            return []  # "00Þ" folds to "00th": a name that starts with digits, not a date
        db = self._ctx.db
        if len(parts) == 3 and len(parts[2]) == 4:
            try:
                day = date(int(parts[2]), int(parts[1]), int(parts[0])).isoformat()
            except ValueError:
                return []
            return db.query(
                f"SELECT {cols} FROM youths WHERE erased_at IS NULL AND birth_date = ? "
                "ORDER BY family_key LIMIT ? OFFSET ?",
                (day, limit, offset),
            )
        if len(parts) == 1 and len(parts[0]) == 4:  # a birth year
            return db.query(
                f"SELECT {cols} FROM youths WHERE erased_at IS NULL AND birth_date >= ? AND "
                "birth_date < ? ORDER BY family_key LIMIT ? OFFSET ?",
                (f"{parts[0]}-01-01", f"{int(parts[0]) + 1}-01-01", limit, offset),
            )
        return []

    # -- representatives ----------------------------------------------------------------------
    @one_turn
    def add_representative(
        self,
        youth_id: int,
        name: str,
        role: RepresentativeRole | str,
        has_gezag: bool,
        email: str = "",
        phone: str = "",
        language: str = "nl",
    ) -> Representative:
        youth = self.youth(youth_id)
        n = v.name(name, "Naam", "name")
        try:
            r = RepresentativeRole(role)
        except ValueError:
            raise ValidationError(
                message_id="error-people-choose-parent-guardian-curator", field="role"
            ) from None
        gezag = bool(has_gezag) or r == RepresentativeRole.GUARDIAN
        mail, tel, lang = v.email(email), v.phone(phone), v.language(language)
        db = self._ctx.db
        with db.transaction():
            # In the write turn (turns22): two desks adding a parent with gezag each made a
            # third parent with gezag (or the same parent twice).
            if self.youth(youth.id).erased:  # (review22: a name and e-mail after the erasure)
                raise ValidationError(message_id="error-youth-erased")
            existing = self.representatives(youth_id)
            if any(e.name.casefold() == n.casefold() and e.role == r for e in existing):
                raise ValidationError(
                    message_id="error-people-person-listed-young-person", field="name"
                )
            if (
                r == RepresentativeRole.PARENT
                and gezag
                and sum(1 for e in existing if e.role == RepresentativeRole.PARENT and e.has_gezag)
                >= 2
            ):
                raise ValidationError(
                    message_id="error-people-most-two-parents-parental", field="has_gezag"
                )
            if gezag and _gezag_holders(existing) >= MAX_GEZAG_HOLDERS:
                raise ValidationError(message_id="error-people-at-most-two-gezag", field="role")
            rid = fresh_ids.insert(
                db,
                "representatives",
                (
                    "youth_id",
                    "name",
                    "role",
                    "has_gezag",
                    "email",
                    "phone",
                    "language",
                    "created_at",
                ),
                (youth.id, n, r.value, int(gezag), mail, tel, lang, to_iso(self._ctx.clock.now())),
            )
            self._ctx.event(
                "representative.added",
                {
                    "youth": youth.id,
                    "representative": rid,
                    "role": r.value,
                    "has_gezag": gezag,
                    "language": lang,  # (compared by the replay since session 18)
                },
                personal={"name": n, "email": mail, "phone": tel},
            )
        return self.representative(rid)

    @one_turn
    def set_gezag(self, rep_id: int, has_gezag: bool) -> Representative:
        """A correction of gezag. Who must decide follows at once (statuses and worklists are
        derived from the current representatives), so items may now wait for someone."""
        db = self._ctx.db
        with db.transaction():  # (checked in the write turn, turns22: a third parent with gezag)
            rep = self._current_rep(rep_id)
            if rep.has_gezag == bool(has_gezag):
                return rep
            self._check_gezag(rep, bool(has_gezag))
            db.execute(
                "UPDATE representatives SET has_gezag = ? WHERE id = ?", (int(has_gezag), rep_id)
            )
            self._ctx.event(
                "representative.gezag",
                {"youth": rep.youth_id, "representative": rep_id, "has_gezag": bool(has_gezag)},
            )
        return self.representative(rep_id)

    def _check_gezag(self, rep: Representative, has_gezag: bool) -> None:
        if rep.role == RepresentativeRole.GUARDIAN and not has_gezag:
            raise ValidationError(
                message_id="error-people-guardian-always-parental-authority", field="has_gezag"
            )
        if rep.role in (RepresentativeRole.CURATOR, RepresentativeRole.MENTOR) and has_gezag:
            raise ValidationError(
                message_id="error-people-parental-authority-about-parents",
                field="has_gezag",
            )
        others = [
            e
            for e in self.representatives(rep.youth_id)
            if e.id != rep.id and e.role == RepresentativeRole.PARENT and e.has_gezag
        ]
        if has_gezag and rep.role == RepresentativeRole.PARENT and len(others) >= 2:
            raise ValidationError(
                message_id="error-people-most-two-parents-parental", field="has_gezag"
            )
        if has_gezag and _gezag_holders(self.representatives(rep.youth_id)) >= MAX_GEZAG_HOLDERS:
            raise ValidationError(message_id="error-people-at-most-two-gezag", field="has_gezag")

    @one_turn
    def update_representative(
        self, rep_id: int, *, name: str, email: str = "", phone: str = "", language: str = "nl"
    ) -> Representative:
        """Correct a representative's name or contact details (logged like every change)."""
        n = v.name(name, "Naam", "name")
        mail, tel, lang = v.email(email), v.phone(phone), v.language(language)
        db = self._ctx.db
        with db.transaction():
            rep = self._current_rep(rep_id)  # (in the write turn, turns22)
            if any(
                e.id != rep_id and e.name.casefold() == n.casefold() and e.role == rep.role
                for e in self.representatives(rep.youth_id)
            ):
                raise ValidationError(
                    message_id="error-people-person-listed-young-person", field="name"
                )
            db.execute(
                "UPDATE representatives SET name = ?, email = ?, phone = ?, language = ? "
                "WHERE id = ?",
                (n, mail, tel, lang, rep_id),
            )
            self._ctx.event(
                "representative.updated",
                {"youth": rep.youth_id, "representative": rep_id, "language": lang},
                personal={"name": n, "email": mail, "phone": tel},
            )
        return self.representative(rep_id)

    @one_turn
    def end_representative(self, rep_id: int) -> None:
        """No longer a representative (e.g. gezag ended by court); their past decisions stay."""
        db = self._ctx.db
        with db.transaction():
            rep = self._current_rep(rep_id)  # (in the turn, turns22: not ended twice)
            db.execute(
                "UPDATE representatives SET ended_at = ? WHERE id = ?",
                (to_iso(self._ctx.clock.now()), rep.id),
            )
            self._ctx.event(
                "representative.ended", {"youth": rep.youth_id, "representative": rep.id}
            )

    def _current_rep(self, rep_id: int) -> Representative:
        rep = self.representative(rep_id)
        ended = self._ctx.db.scalar("SELECT ended_at FROM representatives WHERE id = ?", (rep_id,))
        if ended is not None:
            raise ValidationError(message_id="error-people-representation-already-ended")
        return rep

    def representative(self, rep_id: int) -> Representative:
        rep_id = v.positive_id(rep_id, "Vertegenwoordiger", "rep_id")  # (logged by the callers)
        row = self._ctx.db.query_one(
            f"SELECT {repo.REP_COLS} FROM representatives WHERE id = ?", (rep_id,)
        )
        if row is None:
            raise NotFoundError(message_id="error-people-representative-missing")
        return repo.rep_from_row(row)

    def representatives(self, youth_id: int) -> list[Representative]:
        return [
            repo.rep_from_row(r)
            for r in self._ctx.db.query(
                f"SELECT {repo.REP_COLS} FROM representatives WHERE youth_id = ? AND ended_at IS NULL "
                "ORDER BY id",
                (youth_id,),
            )
        ]


def _gezag_holders(reps: Iterable[Representative]) -> int:
    return sum(
        1
        for e in reps
        if e.role == RepresentativeRole.GUARDIAN
        or (e.role == RepresentativeRole.PARENT and e.has_gezag)
    )
