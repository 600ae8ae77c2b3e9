"""Catalogs: recipients, purposes (versioned texts) and data categories."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from .. import validation as v
from ..clock import to_iso
from ..errors import NotFoundError, ValidationError
from ..model import (
    PUBLIC_KINDS,
    RECIPIENT_CONTACT_FIELDS,
    DataCategory,
    DataLevel,
    LegalDuty,
    LegalRole,
    Purpose,
    Recipient,
    RecipientKind,
)
from ..standard_catalog import CATEGORIES as STANDARD_CATEGORIES
from ..store import repo
from ..store.db import SqlIntegrityError
from ..store.turns import one_turn
from ..texts import sha256_text
from .catalog_history import recipient_active_at
from .catalog_names import refuse_catch_all, refuse_catch_all_text
from .context import Context
from .legal_duties import LegalDuties

# A recipient's description is a line in an item text, not a purpose's explanation.
MAX_DESCRIPTION = 300


class Catalog:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # -- recipients ---------------------------------------------------------------------------
    @one_turn
    def add_recipient(
        self,
        name: str,
        kind: RecipientKind | str,
        department: str = "",
        email: str = "",
        phone: str = "",
        convenant: bool = False,
        legal_role: LegalRole | str | None = None,
    ) -> Recipient:
        """`legal_role`: public body with a legal task or private; None → from the kind (a
        gemeente or leerplicht/RMC is public; say so for UWV or a public school)."""
        n = v.name(name, "Naam van de ontvanger", "name")
        refuse_catch_all(n, "recipient", "name")  # "Alle instanties" is no one in particular
        dep = v.name(department, "Afdeling", "department", required=False)
        refuse_catch_all(dep, "recipient", "department")  # "UWV, alle afdelingen" (seed 004)
        try:
            k = RecipientKind(kind)
        except ValueError:
            raise ValidationError(
                message_id="error-catalog-choose-kind-recipient", field="kind"
            ) from None
        role = _legal_role(legal_role, k)
        mail, tel = v.email(email), v.phone(phone)
        db = self._ctx.db
        with db.transaction():
            rid = db.execute(
                "INSERT INTO recipients(name, department, kind, email, phone, convenant, "
                "created_at, legal_role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    n,
                    dep,
                    k.value,
                    mail,
                    tel,
                    int(bool(convenant)),
                    to_iso(self._ctx.clock.now()),
                    role.value,
                ),
            )
            self._ctx.event(
                "recipient.added",
                {
                    "recipient": rid,
                    "name": n,
                    "department": dep,
                    "kind": k.value,
                    "convenant": bool(convenant),
                    "legal_role": role.value,
                },
                # Where a withdrawal notice or a form goes: committed (salted) so that a hand
                # edit of the address is found by the replay (replay_catalog.py).
                personal=dict(zip(RECIPIENT_CONTACT_FIELDS, (mail, tel), strict=True)),
            )
        return repo.get_recipient(db, rid)

    @one_turn
    def set_recipient_legal_role(self, recipient_id: int, legal_role: LegalRole | str) -> Recipient:
        """Correct a recipient's legal role (e.g. a school that turns out to be public)."""
        recipient_id = v.positive_id(recipient_id, "Ontvanger", "recipient_id")
        db = self._ctx.db
        current = repo.get_recipient(db, recipient_id)
        role = _legal_role(legal_role, current.kind)
        with db.transaction():
            db.execute(
                "UPDATE recipients SET legal_role = ? WHERE id = ?", (role.value, recipient_id)
            )
            self._ctx.event(
                "recipient.legal_role", {"recipient": recipient_id, "legal_role": role.value}
            )
        return repo.get_recipient(db, recipient_id)

    @one_turn
    def set_recipient_active(self, recipient_id: int, active: bool) -> Recipient:
        recipient_id = v.positive_id(recipient_id, "Ontvanger", "recipient_id")
        active = bool(active)  # (logged as a flag, never as the value given: 1, "nee")
        db = self._ctx.db
        repo.get_recipient(db, recipient_id)
        with db.transaction():
            if repo.get_recipient(db, recipient_id).active == bool(active):
                # Nothing changes, nothing logged: the log's changes tell when it closed
                # (catalog_history.py reads them forward from the start).
                return repo.get_recipient(db, recipient_id)
            db.execute("UPDATE recipients SET active = ? WHERE id = ?", (int(active), recipient_id))
            self._ctx.event("recipient.active", {"recipient": recipient_id, "active": active})
        return repo.get_recipient(db, recipient_id)

    def recipient_active_on(self, recipient_id: int, moment: datetime) -> bool:
        """Was the recipient in the list (made, and not switched off) at `moment`? From the
        hash-chained log: the table keeps only today's flag, each switch is a
        `recipient.active` event (read from the body, not the kind column). An event's moment
        is its date, or a later clock correction's when that is earlier (event_seek), as
        gezag_history reads gezag on a past day."""
        db = self._ctx.db
        repo.get_recipient(db, recipient_id)  # (NotFoundError, Dutch, for an unknown one)
        at = to_iso(moment)
        # (created_at is held to recipient.added's moment by the replay)
        created = db.scalar("SELECT created_at FROM recipients WHERE id = ?", (recipient_id,))
        if at < str(created):
            return False
        return recipient_active_at(db, recipient_id, moment, self._ctx.clock.now())

    def recipients(self, active_only: bool = True) -> list[Recipient]:
        where = "WHERE active = 1" if active_only else ""
        return [
            repo.recipient_from_row(r)
            for r in self._ctx.db.query(
                f"SELECT {repo.RECIPIENT_COLS} FROM recipients {where} ORDER BY name, department"
            )
        ]

    def recipient(self, recipient_id: int) -> Recipient:
        return repo.get_recipient(self._ctx.db, recipient_id)

    @one_turn
    def set_recipient_description(
        self, recipient_id: int, language: str, description: str
    ) -> Recipient:
        """Who the recipient is, in plain words, for readers of `language` (empty: none any
        more). A change is a new version in catalog_texts; requests already made keep the
        words they were shown with. A signer sees it in their language, else the Dutch one."""
        recipient_id = v.positive_id(recipient_id, "Ontvanger", "recipient_id")
        lang = v.language(language)
        text = v.display_text(
            description, "Beschrijving", "description", required=False, max_len=MAX_DESCRIPTION
        )
        db = self._ctx.db
        before = repo.get_recipient(db, recipient_id)
        if text == dict(before.descriptions).get(lang, ""):
            return before
        refuse_catch_all_text(text, "description")
        with db.transaction():
            version = db.scalar(
                "SELECT coalesce(max(version), 0) + 1 FROM catalog_texts "
                "WHERE entity = 'recipient' AND entity_id = ? AND language = ?",
                (recipient_id, lang),
            )
            db.execute(
                "INSERT INTO catalog_texts(entity, entity_id, language, version, name, "
                "description, created_at) VALUES ('recipient', ?, ?, ?, '', ?, ?)",
                (recipient_id, lang, int(version), text, to_iso(self._ctx.clock.now())),
            )
            self._ctx.event(
                "recipient.description",
                {"recipient": recipient_id, "language": lang, "description": text},
            )
        return repo.get_recipient(db, recipient_id)

    # -- purposes -----------------------------------------------------------------------------
    @one_turn
    def add_purpose(self, code: str, title: str, description: str, language: str = "nl") -> Purpose:
        c = v.name(code, "Code", "code").lower()
        t = v.name(title, "Titel", "title")
        refuse_catch_all(t, "purpose", "title")  # "Algemeen", "Alle doelen": no purpose
        d = v.display_text(description, "Uitleg", "description", max_len=4000)
        refuse_catch_all_text(d, "description")  # "met iedereen die het nodig heeft"
        lang = v.language(language)
        db = self._ctx.db
        now = to_iso(self._ctx.clock.now())
        try:
            with db.transaction():
                pid = db.execute("INSERT INTO purposes(code, created_at) VALUES (?, ?)", (c, now))
                vid = db.execute(
                    "INSERT INTO purpose_versions(purpose_id, version, language, title, description, "
                    "created_at) VALUES (?, 1, ?, ?, ?, ?)",
                    (pid, lang, t, d, now),
                )
                self._ctx.event(
                    "purpose.added",
                    {
                        "purpose": pid,
                        "version_id": vid,
                        "code": c,
                        "language": lang,
                        "title": t,
                        "description_sha256": sha256_text(d),
                    },
                )
        except SqlIntegrityError:
            raise ValidationError(
                message_id="error-catalog-purpose-code-exists", field="code"
            ) from None
        return repo.purpose_version(db, vid)

    @one_turn
    def revise_purpose(
        self,
        purpose_id: int,
        title: str,
        description: str,
        language: str = "nl",
        *,
        material: bool = False,
    ) -> Purpose:
        """A new version; items already asked keep the version (and text) they showed.
        `material`: the change alters what people agreed to (another use, other data): items
        given on an older text then go on the re-confirmation worklist (text_drift.py)."""
        purpose_id = v.positive_id(purpose_id, "Doel", "purpose_id")
        t = v.name(title, "Titel", "title")
        refuse_catch_all(t, "purpose", "title")
        d = v.display_text(description, "Uitleg", "description", max_len=4000)
        refuse_catch_all_text(d, "description")
        lang = v.language(language)
        db = self._ctx.db
        if db.query_one("SELECT 1 FROM purposes WHERE id = ?", (purpose_id,)) is None:
            raise NotFoundError(message_id="error-repo-purpose-missing")
        with db.transaction():
            version = int(
                db.scalar(
                    "SELECT coalesce(max(version), 0) + 1 FROM purpose_versions WHERE purpose_id = ?",
                    (purpose_id,),
                )
            )
            vid = db.execute(
                "INSERT INTO purpose_versions(purpose_id, version, language, title, description, "
                "created_at, material) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (purpose_id, version, lang, t, d, to_iso(self._ctx.clock.now()), int(material)),
            )
            self._ctx.event(
                "purpose.revised",
                {
                    "purpose": purpose_id,
                    "version_id": vid,
                    "version": version,
                    "language": lang,
                    "title": t,
                    "description_sha256": sha256_text(d),
                    "material": bool(material),
                },
            )
        return repo.purpose_version(db, vid)

    def purposes(self, language: str = "nl") -> list[Purpose]:
        ids = [int(r[0]) for r in self._ctx.db.query("SELECT id FROM purposes ORDER BY code")]
        return [repo.latest_purpose(self._ctx.db, pid, language) for pid in ids]

    def purpose(self, purpose_id: int, language: str = "nl") -> Purpose:
        return repo.latest_purpose(self._ctx.db, purpose_id, language)

    def mark_legal_duty(self, purpose_id: int, law: str, until_age: int | None) -> LegalDuty:
        """Mark a purpose as required by law (legal_duties.py); here so that the standard
        catalog's installer marks its verzuimmelding through the one writer it is given."""
        return LegalDuties(self._ctx).mark(purpose_id, law, until_age)

    def purpose_versions(self, purpose_id: int) -> list[Purpose]:
        return [
            repo.purpose_from_row(r)
            for r in self._ctx.db.query(
                f"SELECT {repo.PURPOSE_COLS} FROM purposes p JOIN purpose_versions v "
                "ON v.purpose_id = p.id WHERE p.id = ? ORDER BY v.version, v.language",
                (purpose_id,),
            )
        ]

    # -- data categories ----------------------------------------------------------------------
    @one_turn
    def add_category(
        self,
        code: str,
        name: str,
        description: str,
        level: DataLevel | str,
        special: bool,
        name_en: str = "",
    ) -> DataCategory:
        c = v.name(code, "Code", "code").lower()
        n = v.name(name, "Naam", "name")
        en = v.name(name_en, "Engelse naam", "name_en", required=False)
        refuse_catch_all(n, "category", "name")  # "Alle gegevens", "Het hele dossier"
        refuse_catch_all(en, "category", "name_en")
        d = v.display_text(description, "Uitleg", "description", max_len=2000)
        refuse_catch_all_text(d, "description")
        try:
            lvl = DataLevel(level)
        except ValueError:
            raise ValidationError(
                message_id="error-catalog-choose-dat-wat", field="level"
            ) from None
        db = self._ctx.db
        try:
            with db.transaction():
                cid = db.execute(
                    "INSERT INTO data_categories(code, name, description, level, special) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (c, n, d, lvl.value, int(bool(special))),
                )
                if en:
                    self._add_name_version(cid, "en", en)
                self._ctx.event(
                    "category.added",
                    {
                        "category": cid,
                        "code": c,
                        "name": n,
                        "name_en": en,
                        "level": lvl.value,
                        "special": bool(special),
                        "description_sha256": sha256_text(d),
                    },
                )
        except SqlIntegrityError:
            raise ValidationError(
                message_id="error-catalog-category-code-exists", field="code"
            ) from None
        return repo.get_category(db, cid)

    def categories(self) -> list[DataCategory]:
        return [
            repo.category_from_row(r)
            for r in self._ctx.db.query(
                f"SELECT {repo.CATEGORY_COLS} FROM data_categories ORDER BY special, level, name"
            )
        ]

    def category(self, category_id: int) -> DataCategory:
        return repo.get_category(self._ctx.db, category_id)

    def set_category_english_name(self, category_id: int, name_en: str) -> DataCategory:
        """The name English texts show from now on; empty: the Dutch name again. Texts of
        requests already made keep the words they were shown with."""
        self.set_category_english_names({category_id: name_en})
        return repo.get_category(self._ctx.db, category_id)

    def set_category_english_names(self, names: Mapping[int, str]) -> int:
        """Several at once, in one transaction (all or none); returns how many changed."""
        return self.set_category_names(names, "en")

    @one_turn
    def set_category_names(self, names: Mapping[int, str], language: str) -> int:
        """The names texts in `language` show from now on (empty: the Dutch name again), each
        change a new version in catalog_texts; in one transaction (all or none). Returns how
        many changed. Texts of requests already made keep the words they were shown with."""
        lang = v.language(language)
        db = self._ctx.db
        changes = []
        for category_id, name in names.items():
            before = repo.get_category(db, category_id)
            new = v.name(name, "Vertaalde naam", "name_en", required=False)
            if new != dict(before.names).get(lang, ""):
                refuse_catch_all(new, "category", "name_en")  # (one kept as it was stays)
                changes.append((before, new))
        if not changes:
            return 0
        with db.transaction():
            for before, new in changes:
                self._add_name_version(before.id, lang, new)
                self._ctx.event(
                    "category.translated_name",
                    {"category": before.id, "code": before.code, "language": lang, "name": new},
                )
        return len(changes)

    def _add_name_version(self, category_id: int, language: str, name: str) -> None:
        db = self._ctx.db
        version = db.scalar(
            "SELECT coalesce(max(version), 0) + 1 FROM catalog_texts "
            "WHERE entity = 'category' AND entity_id = ? AND language = ?",
            (category_id, language),
        )
        db.execute(
            "INSERT INTO catalog_texts(entity, entity_id, language, version, name, created_at) "
            "VALUES ('category', ?, ?, ?, ?, ?)",
            (category_id, language, int(version), name, to_iso(self._ctx.clock.now())),
        )

    def standard_english_names(self) -> dict[int, str]:
        """English names from the standard catalog for categories that still have none and
        whose code and Dutch name are the standard ones (a renamed category is left alone:
        its standard translation may no longer fit)."""
        standard = {c.code: (c.name, c.name_en) for c in STANDARD_CATEGORIES}
        return {
            c.id: standard[c.code][1]
            for c in self.categories()
            if not c.name_en and standard.get(c.code, ("", ""))[0] == c.name
        }


def _legal_role(value: LegalRole | str | None, kind: RecipientKind) -> LegalRole:
    if value is None or value == "":
        return LegalRole.PUBLIC_TASK if kind.value in PUBLIC_KINDS else LegalRole.PRIVATE
    try:
        return LegalRole(value)
    except ValueError:
        raise ValidationError(
            message_id="error-catalog-choose-whether-recipient-public",
            field="legal_role",
        ) from None
