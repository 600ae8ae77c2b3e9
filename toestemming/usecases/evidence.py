"""Evidence blobs (signature, .eml, screenshot, scan), stored encrypted in the vault and hashed."""

from __future__ import annotations

import hashlib

from .. import validation as v
from ..clock import from_iso, to_iso
from ..errors import NotFoundError, ValidationError
from ..image_limits import check_image
from ..model import EvidenceInfo
from ..store.turns import one_turn
from .context import Context
from .retention import register_evidence_link

# Evidence linked to a request (a screenshot beside an app message, …) is the youth's: it is
# erased with the youth's other evidence.
register_evidence_link(
    "evidence_links", "SELECT evidence_id AS id, youth_id AS youth FROM evidence_links"
)
# Roles of a linked piece of evidence, as the proof names them.
LINK_ROLES = ("screenshot", "scan", "attachment")

KINDS = ("signature", "eml", "screenshot", "scan", "message", "document")
MAX_EVIDENCE_BYTES = 25 * 1024 * 1024


class Evidence:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @one_turn
    def add(self, kind: str, media_type: str, content: bytes) -> EvidenceInfo:
        with self._ctx.db.transaction():
            eid = self.write(kind, media_type, content)
        return self.info(eid)

    def write(self, kind: str, media_type: str, content: bytes) -> int:
        """Check and append one evidence row and its event; call inside db.transaction() (the
        signing transaction adds the signature together with the decisions)."""
        if kind not in KINDS:
            raise ValidationError(message_id="error-evidence-unknown-kind-evidence", field="kind")
        mt = v.name(media_type, "Bestandstype", "media_type")
        if not isinstance(content, bytes) or not content:
            raise ValidationError(message_id="error-evidence-evidence-empty", field="content")
        if len(content) > MAX_EVIDENCE_BYTES:
            raise ValidationError(
                message_id="error-evidence-evidence-larger-25-mb", field="content"
            )
        # Whatever is stored may be shown or rendered later (thumbnails, proof PDF): an image
        # whose header claims too many pixels is refused before anyone decodes it.
        if mt.startswith("image/") or kind in ("screenshot", "scan", "signature"):
            check_image(content)
        digest = hashlib.sha256(content).hexdigest()
        now = to_iso(self._ctx.clock.now())
        eid = self._ctx.db.execute(
            "INSERT INTO evidence(kind, media_type, sha256, size, content, created_at, worker_id) "
            "VALUES (?,?,?,?,?,?,?)",
            (kind, mt, digest, len(content), content, now, self._ctx.worker_id),
        )
        # The hash enters the chain: the content can later be proven unchanged.
        self._ctx.event(
            "evidence.added",
            {
                "evidence": eid,
                "kind": kind,
                "media_type": mt,
                "sha256": digest,
                "size": len(content),
            },
        )
        return eid

    @one_turn
    def add_linked(
        self, kind: str, media_type: str, content: bytes, request_id: int, role: str
    ) -> int:
        """Evidence tied to a request from the start (one transaction); returns its id."""
        with self._ctx.db.transaction():
            eid = self.write(kind, media_type, content)
            self.link(eid, request_id, role)
        return eid

    @one_turn
    def add_with_screenshot(
        self, request_id: int, message: bytes, screenshot: bytes, media_type: str
    ) -> int:
        """An app message (JSON record) and its screenshot, linked, in one transaction;
        returns the message's evidence id (the decisions point at it)."""
        with self._ctx.db.transaction():
            message_id = self.write("message", "application/json", message)
            shot = self.write("screenshot", media_type, screenshot)
            self.link(shot, request_id, "screenshot", message_id)
        return message_id

    def link(
        self,
        evidence_id: int,
        request_id: int,
        role: str,
        parent_evidence_id: int | None = None,
    ) -> None:
        """Tie evidence to a request (and so to its youth) inside the caller's transaction:
        it then appears in the request's proof package and is erased with the youth. The
        link is an event of its own, so the proof shows which decision's message it belongs
        to (`parent_evidence_id`)."""
        if role not in LINK_ROLES:
            raise ValidationError(
                message_id="error-evidence-unknown-role-piece-evidence", field="role"
            )
        db = self._ctx.db  # (the ids are logged as given: True found row 1 and was logged true)
        evidence_id = v.positive_id(evidence_id, "Bewijsstuk", "evidence_id")
        request_id = v.positive_id(request_id, "Verzoek", "request_id")
        parent_evidence_id = v.optional_id(parent_evidence_id, "Bewijsstuk", "parent_evidence_id")
        youth = db.scalar("SELECT youth_id FROM consent_requests WHERE id = ?", (request_id,))
        if youth is None:
            raise NotFoundError(message_id="error-evidence-request-missing")
        if db.scalar("SELECT erased_at FROM youths WHERE id = ?", (youth,)) is not None:
            # (erased at another desk while this one had the request open: multi22)
            raise ValidationError(message_id="error-youth-erased")
        self.info(evidence_id)
        if parent_evidence_id is not None:
            self.info(parent_evidence_id)
        db.execute(
            "INSERT INTO evidence_links(evidence_id, youth_id, request_id, parent_evidence_id, "
            "role, created_at) VALUES (?,?,?,?,?,?)",
            (
                evidence_id,
                int(youth),
                request_id,
                parent_evidence_id,
                role,
                to_iso(self._ctx.clock.now()),
            ),
        )
        self._ctx.event(
            "evidence.linked",
            {
                "evidence": evidence_id,
                "request": request_id,
                "role": role,
                "parent": parent_evidence_id,
            },
        )

    def info(self, evidence_id: int) -> EvidenceInfo:
        r = self._ctx.db.query_one(
            "SELECT id, kind, media_type, sha256, size, created_at FROM evidence WHERE id = ?",
            (evidence_id,),
        )
        if r is None:
            raise NotFoundError(message_id="error-consent-evidence-missing")
        return EvidenceInfo(int(r[0]), r[1], r[2], r[3], int(r[4]), from_iso(r[5]))

    def content(self, evidence_id: int) -> bytes:
        r = self._ctx.db.query_one(
            "SELECT content, sha256 FROM evidence WHERE id = ?", (evidence_id,)
        )
        if r is None:
            raise NotFoundError(message_id="error-consent-evidence-missing")
        if r[0] is None:
            raise NotFoundError(message_id="error-evidence-evidence-been-erased-retention")
        data = bytes(r[0])
        if hashlib.sha256(data).hexdigest() != r[1]:
            raise ValidationError(message_id="error-evidence-evidence-damaged-checksum-wrong")
        return data
