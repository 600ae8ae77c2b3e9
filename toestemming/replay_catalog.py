"""Recipients, data categories, purposes, evidence and the justification of a disclosure
without consent, against the log.

What they decide: a recipient's legal role forbids legitimate interest for a public body
(sharing_rules), `special` asks for a separate tick and makes may_share treat the data as
special, a purpose version's text and `material` flag drive re-confirmation, the evidence is
what a proof shows, a justification is the written ground for sharing after a "no".
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from enum import Enum
from typing import Any

from .audit import commitment
from .model import RECIPIENT_CONTACT_FIELDS, Policy
from .policy_store import read_policy
from .replay_events import Origin, moment_agrees
from .replay_people import committed as _committed
from .replay_registry_events import (
    CategoryFacts,
    EvidenceFacts,
    JustificationFacts,
    PurposeVersionFacts,
    RecipientFacts,
    Registry,
)
from .replay_report import Disagreement
from .replay_rows import NOT_LOGGED, Add, Row, compare, differs, failing
from .store.db import Database
from .store.migrations.m0014_proof_links import PUBLIC_KINDS, PUBLIC_NAMES
from .texts import sha256_text


def check_recipients(db: Database, reg: Registry, salts: dict[int, bytes], add: Add) -> int:
    def check(row: Row, f: RecipientFacts) -> tuple[list[str], int]:
        _, name, dep, kind, convenant, active, role, email, phone, created = row
        contact = dict(zip(RECIPIENT_CONTACT_FIELDS, (email, phone), strict=True))
        bad = failing(
            ("name", f.name is None or name == f.name),
            ("department", f.department is None or dep == f.department),
            ("kind", f.kind is None or kind == f.kind),
            ("convenant", f.convenant is None or _flag(convenant) == f.convenant),
            ("active", _flag(active) == f.active),
            ("legal_role", role == _legal_role(f)),
            # Where a withdrawal notice or a form goes (committed since session 18).
            ("email_phone", _committed(salts, (f.origin.seq, f.contact), contact)),
            ("created_at", moment_agrees(str(created), None, f.origin)),
        )
        later = set(bad) <= {"active", "legal_role"}  # changed since: name that event
        return bad, (f.changed or f.origin).seq if later else f.origin.seq

    return compare(
        add,
        "recipients",
        db.iterate(
            "SELECT id, name, department, kind, convenant, active, legal_role, email, phone, "
            "created_at FROM recipients ORDER BY id",
            tuples=True,
        ),
        reg.recipients,
        lambda rid, _f: f"ontvanger nr. {rid}",
        check,
    )


def _flag(value: Any) -> bool | None:
    """A yes/no column as written: 0 or 1. Another number read as "yes" by bool() but not by
    SQL's `active = 1` (catalog lists), so it agreed with the log while the list hid it."""
    return bool(value) if value in (0, 1) and not isinstance(value, float) else None


def _legal_role(f: RecipientFacts) -> str:
    """As logged, or for a recipient from before it was logged as migration 14 set it."""
    if f.legal_role is not None:
        return f.legal_role
    return "public_task" if f.kind in PUBLIC_KINDS or f.name in PUBLIC_NAMES else "private"


def check_categories(db: Database, reg: Registry, add: Add) -> int:
    def check(row: Row, f: CategoryFacts) -> tuple[list[str], int]:
        _, code, name, level, special, description = row
        bad = failing(
            ("code", code == f.code),
            ("name", f.name is None or name == f.name),
            ("level", level == f.level),
            ("special", _flag(special) == f.special),
            # What the category means to a reader (logged as a hash since session 18).
            (
                "description",
                f.description_sha256 is None
                or sha256_text(str(description)) == f.description_sha256,
            ),
        )
        return bad, f.origin.seq

    return compare(
        add,
        "data_categories",
        db.iterate(
            "SELECT id, code, name, level, special, description FROM data_categories ORDER BY id",
            tuples=True,
        ),
        reg.categories,
        lambda cid, _f: f"soort gegevens nr. {cid}",
        check,
    )


def check_catalog_texts(db: Database, reg: Registry, add: Add) -> int:
    """The latest version of each catalog text (what the next request shows a signer)
    against the last logged change; an empty text and no row both mean "none". Named by
    entity number and language, never the text."""
    if not _has_table(db, "catalog_texts"):
        return 0
    latest: dict[tuple[str, int, str], str] = {}
    count = 0
    unused: set[tuple[str, int, str]] = set()
    for entity, eid, language, name, description in db.iterate(
        "SELECT entity, entity_id, language, name, description FROM catalog_texts "
        "ORDER BY entity, entity_id, language, version",
        tuples=True,
    ):
        count += 1
        text, other = (description, name) if entity == "recipient" else (name, description)
        key = (str(entity), int(eid), str(language))
        latest[key] = str(text)
        if other:  # the column this entity does not use is written empty: text there is not
            unused.add(key)  # logged (and would be read if the entity's use ever changed)
    for key in sorted(set(latest) | set(reg.texts)):
        stored, logged = latest.get(key, ""), reg.texts.get(key)
        entity, eid, language = key
        where = f"{_ENTITY.get(entity, entity)} nr. {eid} ({_one_line(language)})"
        if key in unused:
            column = "name" if entity == "recipient" else "description"
            add(Disagreement(where, NOT_LOGGED.format(table=f"catalog_texts.{column}")))
        if stored == ("" if logged is None else logged[1]):
            continue
        if logged is None:
            add(Disagreement(where, NOT_LOGGED.format(table="catalog_texts")))
        else:
            differs(add, where, "catalog_texts", logged[0].seq, [_TEXT[entity]])
    return count


_ENTITY = {"recipient": "ontvanger", "category": "soort gegevens"}
_TEXT = {"recipient": "description", "category": "name"}


def _one_line(text: str) -> str:
    return "".join(c for c in text if c.isprintable())[:16] or "?"


def check_purposes(db: Database, reg: Registry, add: Add) -> int:
    count = compare(
        add,
        "purposes",
        db.iterate("SELECT id, code, created_at FROM purposes ORDER BY id", tuples=True),
        reg.purposes,
        lambda pid, _f: f"doel nr. {pid}",
        lambda row, f: (
            failing(
                ("code", row[1] == f[1]),
                ("created_at", moment_agrees(str(row[2]), None, f[0])),
            ),
            f[0].seq,
        ),
    )
    material = has_column(db, "purpose_versions", "material")

    def name(vid: int, f: PurposeVersionFacts | None) -> str:
        return f"doelversie nr. {vid}" if f is None else f"doel nr. {f.purpose} versie {f.version}"

    def check(row: Row, f: PurposeVersionFacts) -> tuple[list[str], int]:
        _, pid, version, lang, title, text, mat, created = row
        bad = failing(
            ("purpose_id", pid == f.purpose),
            ("version", version == f.version),
            ("language", f.language is None or lang == f.language),
            ("title", f.title is None or title == f.title),
            (
                "description",
                f.description_sha256 is None or sha256_text(text) == f.description_sha256,
            ),
            ("material", not material or f.material is None or _flag(mat) == f.material),
            ("created_at", moment_agrees(str(created), None, f.origin)),
        )
        return bad, f.origin.seq

    return count + compare(
        add,
        "purpose_versions",
        db.iterate(
            "SELECT id, purpose_id, version, language, title, description, "
            f"{'material' if material else 'NULL'}, created_at FROM purpose_versions ORDER BY id",
            tuples=True,
        ),
        reg.purpose_versions,
        name,
        check,
    )


def check_evidence(db: Database, reg: Registry, add: Add, *, contents: bool) -> int:
    """Columns always; with `contents` (check, proof export) the stored bytes hashed too."""

    def check(row: Row, f: EvidenceFacts) -> tuple[list[str], int]:
        _, kind, media, sha, size, length, erased_at, worker, created = row
        if erased_at is None:
            content_ok = length == f.size
        else:  # emptied with an erased youth's other evidence
            content_ok = length is None and bool(reg.erased_youths)
        bad = failing(
            ("kind", kind == f.kind),
            ("media_type", media == f.media_type),
            ("sha256", sha == f.sha256),
            ("size", size == f.size),
            ("content", content_ok),
            ("worker_id", worker == f.origin.actor),
            ("created_at", moment_agrees(created, None, f.origin)),
        )
        return bad, f.origin.seq

    count = compare(
        add,
        "evidence",
        db.iterate(
            "SELECT id, kind, media_type, sha256, size, length(content), erased_at, worker_id, "
            "created_at FROM evidence ORDER BY id",
            tuples=True,
        ),
        reg.evidence,
        lambda eid, _f: f"bewijsstuk nr. {eid}",
        check,
    )
    if contents:
        _hash_contents(db, reg, add)
    return count


def _hash_contents(db: Database, reg: Registry, add: Add) -> None:
    """The bytes themselves against the logged hash, one blob at a time."""
    for (eid,) in db.iterate(
        "SELECT id FROM evidence WHERE content IS NOT NULL ORDER BY id", tuples=True
    ):
        f = reg.evidence.get(eid)
        if f is None:
            continue  # already named above
        blob = db.scalar("SELECT content FROM evidence WHERE id = ?", (eid,))
        if blob is not None and hashlib.sha256(bytes(blob)).hexdigest() != f.sha256:
            differs(add, f"bewijsstuk nr. {eid}", "evidence", f.origin.seq, ["content"])


def check_justifications(db: Database, reg: Registry, salts: dict[int, bytes], add: Add) -> int:
    if not _has_table(db, "disclosure_overrides"):
        return 0

    def check(row: Row, f: JustificationFacts) -> tuple[list[str], int]:
        _, yid, over, ground, reason, informed, why_not, confirmed = row
        texts = {"reason": reason, "not_informed_reason": why_not}
        empty = not any(texts.values())
        if f.commitment is None:
            texts_ok = empty
        elif empty and f.youth in reg.erased_youths:
            texts_ok = True
        else:
            salt = salts.get(f.origin.seq)
            texts_ok = salt is not None and commitment(salt, texts) == f.commitment
        bad = failing(
            ("youth_id", yid == f.youth),
            ("is_override", bool(over) == f.override),
            ("ground", ground == f.ground),
            ("informed", informed == f.informed),
            ("confirmed_at", confirmed == f.confirmed_at),
            ("reason", texts_ok),
        )
        return bad, f.origin.seq

    return compare(
        add,
        "disclosure_overrides",
        db.iterate(
            "SELECT disclosure_id, youth_id, is_override, ground, reason, informed, "
            "not_informed_reason, confirmed_at FROM disclosure_overrides ORDER BY disclosure_id",
            tuples=True,
        ),
        reg.justifications,
        lambda did, _f: f"verstrekking {did}",
        check,
    )


def check_links(db: Database, reg: Registry, add: Add) -> int:
    """evidence_links (which evidence a request's proof shows) against evidence.linked."""
    if not _has_table(db, "evidence_links"):
        return 0

    def check(row: Row, f: tuple[Origin, str, int | None]) -> tuple[list[str], int]:
        _, yid, _, parent, role, youth, created = row
        bad = failing(
            ("youth_id", yid == youth),
            ("role", role == f[1]),
            ("parent_evidence_id", parent == f[2]),
            ("created_at", moment_agrees(str(created), None, f[0])),
        )
        return bad, f[0].seq

    return compare(
        add,
        "evidence_links",
        db.iterate(
            "SELECT l.evidence_id, l.youth_id, l.request_id, l.parent_evidence_id, l.role, "
            "r.youth_id, l.created_at FROM evidence_links l LEFT JOIN consent_requests r "
            "ON r.id = l.request_id ORDER BY l.rowid",
            tuples=True,
        ),
        reg.links,
        lambda k, _f: f"bewijsstuk nr. {k[0]} bij verzoek nr. {k[1]}",
        check,
        key=lambda row: (row[0], row[2]),
    )


def check_policy(db: Database, reg: Registry, add: Add) -> int:
    """The organisation's policy (who decides for 12-15, which parents must sign) in meta,
    against the last policy.changed; without one, the defaults."""
    raw = db.scalar("SELECT value FROM meta WHERE key = 'policy'")
    # As the rules read it (strictly typed), not str() of whatever JSON is there: "False" as
    # a string printed like the logged False but was truthy (policy_store.py).
    policy, invalid = read_policy(None if raw is None else str(raw))
    values = {k: _as_logged(v) for k, v in asdict(policy).items()}
    values |= {k: "ongeldig" for k in invalid}
    expected = {k: _as_logged(v) for k, v in asdict(Policy()).items()}
    seq = 0
    if reg.policy is not None:
        seq = reg.policy[0].seq
        expected |= reg.policy[1]
    bad = sorted(k for k in values.keys() | expected.keys() if values.get(k) != expected.get(k))
    if bad:
        where = "beleid van de organisatie"
        if seq:
            differs(add, where, "meta.policy", seq, bad)
        else:
            add(Disagreement(where, NOT_LOGGED.format(table="meta.policy")))
    return 1


def check_organisation(db: Database, reg: Registry, add: Add) -> int:
    """The organisation's name in meta against vault.created (nothing renames it): proofs,
    receipts and forms print it as the one responsible for the data."""
    if reg.created is None:
        return 0
    origin, d = reg.created
    stored = db.scalar("SELECT value FROM meta WHERE key = 'organisation'")
    if stored != d.get("organisation"):
        differs(add, "naam van de organisatie", "meta", origin.seq, ["organisation"])
    return 1


def _as_logged(value: Any) -> str:
    """As set_policy logs a value: str() of it (an enum by its value)."""
    return str(value.value) if isinstance(value, Enum) else str(value)


def _has_table(db: Database, name: str) -> bool:
    return bool(db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))


def has_column(db: Database, table: str, column: str) -> bool:
    return any(str(r[1]) == column for r in db.query(f"PRAGMA table_info({table})"))
