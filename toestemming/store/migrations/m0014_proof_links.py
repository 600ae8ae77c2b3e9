"""Schema version 14: a proof that holds up (issue 15).

- `evidence_links`: evidence that belongs to a request (and so to one youth) without being a
  decision's own evidence: the screenshot beside an app message (`parent_evidence_id` = the
  message), and any later attachment. Ids only; append-only. Erasure empties the evidence
  content (retention registers this table), the links stay so the log still explains them.
- `recipients.legal_role`: the recipient's legal role, not its display kind. A public body
  acting on its legal task (`public_task`: gemeente, UWV, RBL, a public school) can never rely
  on legitimate interest (AVG art. 6(1), last sentence); `private` can. Backfilled from the
  kind and the standard catalog's public bodies.
- `purpose_versions.material`: a new purpose text marked as a material change (text drift):
  items given on an older text go on the re-confirmation worklist.
- `disclosure_overrides`: how a disclosure that no consent covered was justified: whether the
  youth (or the parents under 16) were informed or why not, and — when it was made after a
  "no" for that purpose × recipient (`is_override`) — the named legal ground (legal
  obligation, vital interest, court order), the written reason and the moment of the second
  confirmation. Free text is emptied on erasure, nothing else may change.
"""

from __future__ import annotations

from ..db import Database

PUBLIC_KINDS = ("gemeente", "leerplicht_rmc")
# Public bodies of the standard catalog whose display kind does not say so (UWV: "arbeid").
PUBLIC_NAMES = ("UWV",)


def apply(db: Database) -> None:
    db.executescript(
        """
CREATE TABLE IF NOT EXISTS evidence_links (
  evidence_id INTEGER PRIMARY KEY REFERENCES evidence(id),
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  request_id INTEGER REFERENCES consent_requests(id),
  parent_evidence_id INTEGER REFERENCES evidence(id),
  role TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS evidence_links_request ON evidence_links(request_id);
CREATE INDEX IF NOT EXISTS evidence_links_youth ON evidence_links(youth_id);
CREATE TRIGGER IF NOT EXISTS evidence_links_no_update BEFORE UPDATE ON evidence_links
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER IF NOT EXISTS evidence_links_no_delete BEFORE DELETE ON evidence_links
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;

ALTER TABLE purpose_versions ADD COLUMN material INTEGER NOT NULL DEFAULT 0;

ALTER TABLE recipients ADD COLUMN legal_role TEXT NOT NULL DEFAULT 'private'
  CHECK (legal_role IN ('public_task', 'private'));

CREATE TABLE IF NOT EXISTS disclosure_overrides (
  disclosure_id INTEGER PRIMARY KEY REFERENCES disclosures(id),
  youth_id INTEGER NOT NULL REFERENCES youths(id),
  is_override INTEGER NOT NULL CHECK (is_override IN (0, 1)),
  ground TEXT CHECK (ground IN ('legal_obligation', 'vital_interest', 'court_order')),
  reason TEXT NOT NULL DEFAULT '',
  informed TEXT NOT NULL CHECK (informed IN ('youth', 'parents', 'not_informed')),
  not_informed_reason TEXT NOT NULL DEFAULT '',
  confirmed_at TEXT,
  CHECK (is_override = 0 OR (ground IS NOT NULL AND confirmed_at IS NOT NULL))
) STRICT;
CREATE TRIGGER IF NOT EXISTS disclosure_overrides_no_delete BEFORE DELETE ON disclosure_overrides
BEGIN
  SELECT RAISE(ABORT, 'append-only table');
END;
CREATE TRIGGER IF NOT EXISTS disclosure_overrides_only_erase
BEFORE UPDATE ON disclosure_overrides
WHEN NOT ((SELECT erased_at FROM youths WHERE id = OLD.youth_id) IS NOT NULL
  AND NEW.reason = '' AND NEW.not_informed_reason = ''
  AND NEW.disclosure_id IS OLD.disclosure_id AND NEW.youth_id IS OLD.youth_id
  AND NEW.is_override IS OLD.is_override AND NEW.ground IS OLD.ground AND NEW.informed IS OLD.informed
  AND NEW.confirmed_at IS OLD.confirmed_at)
BEGIN
  SELECT RAISE(ABORT, 'disclosure_overrides: only erasure of an erased youth');
END;
"""
    )
    kinds = ",".join("?" * len(PUBLIC_KINDS))
    names = ",".join("?" * len(PUBLIC_NAMES))
    db.execute(
        f"UPDATE recipients SET legal_role = 'public_task' WHERE kind IN ({kinds}) "
        f"OR name IN ({names})",
        (*PUBLIC_KINDS, *PUBLIC_NAMES),
    )
