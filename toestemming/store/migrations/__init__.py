"""Numbered schema migrations. `PRAGMA user_version` holds the applied number.

Each step runs in its own transaction together with the version bump, so a crash leaves the
database at the previous version, never half-migrated. Released versions are never edited:
add a new step. tests/data/ holds a saved vault of every released version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...errors import IntegrityFailure, VaultError
from ..db import Database, DatabaseError
from . import (
    m0001_initial,
    m0002_notification_index,
    m0003_item_state,
    m0004_youth_list_indexes,
    m0005_remote,
    m0006_forms,
    m0007_retention,
    m0008_expire_action,
    m0009_dutch_family_keys,
    m0010_signing,
    m0011_event_subjects,
    m0012_category_english,
    m0013_checkpoint_timestamps,
    m0014_proof_links,
    m0015_mail_inbox,
    m0016_catalog_texts,
    m0017_weighing_scope,
    m0018_objections,
    m0019_informed_both,
    m0020_legal_duties,
    m0021_qualifications,
    m0022_qualification_withdrawals,
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Database], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", m0001_initial.apply),
    Migration(2, "index for withdrawal worklist", m0002_notification_index.apply),
    Migration(3, "item_state: status inputs per item in one row", m0003_item_state.apply),
    Migration(4, "ordered partial indexes for list and search", m0004_youth_list_indexes.apply),
    Migration(5, "remote requests: sent messages and expiries", m0005_remote.apply),
    Migration(6, "transition_forms: transitieformulier per youth", m0006_forms.apply),
    Migration(7, "retention: left_at, erasures, erase-only triggers", m0007_retention.apply),
    Migration(8, "item action 'expire' for unanswered remote requests", m0008_expire_action.apply),
    Migration(9, "Dutch family-name keys (tussenvoegsel last)", m0009_dutch_family_keys.apply),
    Migration(10, "signing mode: item texts per language, signing sessions", m0010_signing.apply),
    Migration(11, "event_subjects: which events are about which item", m0011_event_subjects.apply),
    Migration(12, "English name per data category", m0012_category_english.apply),
    Migration(13, "RFC 3161 timestamp tokens of checkpoints", m0013_checkpoint_timestamps.apply),
    Migration(
        14, "evidence links, recipient legal role, disclosure overrides", m0014_proof_links.apply
    ),
    Migration(15, "mail_inbox: replies picked up over IMAP", m0015_mail_inbox.apply),
    Migration(16, "catalog_texts: names per language, versioned", m0016_catalog_texts.apply),
    Migration(17, "assessments.dat_only: a weighing for DAT only", m0017_weighing_scope.apply),
    Migration(18, "objections: verzet against sharing (AVG art. 21)", m0018_objections.apply),
    Migration(19, "disclosure_overrides: youth and parents informed", m0019_informed_both.apply),
    Migration(20, "legal_duties: purposes a law requires", m0020_legal_duties.apply),
    Migration(21, "youth_qualifications: startkwalificatie", m0021_qualifications.apply),
    Migration(
        22,
        "youth_qualification_withdrawals: a startkwalificatie taken back",
        m0022_qualification_withdrawals.apply,
    ),
)
LATEST = MIGRATIONS[-1].version


def migrate(db: Database, target: int = LATEST) -> list[int]:
    """Apply every step above the current version up to `target`; returns the applied steps."""
    current = db.user_version
    if current > LATEST:
        raise VaultError(message_id="error-migrations-newer-version")
    applied: list[int] = []
    for step in MIGRATIONS:
        if current < step.version <= target:
            try:
                with db.transaction():
                    step.apply(db)
                    db.set_user_version(step.version)
            except DatabaseError as exc:
                # The step's tables are there already: the file's user_version was lowered
                # outside the program. Rolled back, said plainly, not a traceback.
                if not any(w in str(exc) for w in ("already exists", "duplicate column")):
                    raise
                raise IntegrityFailure(message_id="error-migrations-version-lies") from None
            applied.append(step.version)
    return applied
