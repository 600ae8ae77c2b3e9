"""Forms: the transitieformulier per youth (saved in versions), the PDFs for paper consent,
withdrawal confirmation and inzage, importing a scan of a signed paper form, and — as
`forms.proof` — proof packages with the organisation certificate.

Rendering is read-only; `record_printed` logs a form that left the program (saved or
printed), so the audit log knows every export."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from formulieren.payloads import QR_SCHEME, qr_language

from .. import validation as v
from ..clock import from_iso, local_date, to_iso
from ..errors import IntegrityFailure, NotFoundError, ValidationError, field_label
from ..model import ConsentRequest, EvidenceInfo, SignerRef
from ..proof.package import ProofExports

if TYPE_CHECKING:
    from ..proof.certificate import OrgCertificate
from ..refcode import find_reference_codes
from ..replay_forms import logged_form
from ..store import fresh_ids, repo
from ..store.turns import one_turn
from .catch_all_entries import refuse_request_with_catch_all
from .consent import Consents
from .context import Context
from .evidence import Evidence
from .forms_data import ContactPerson, Internship, TransitionForm, TransitionFormData
from .inzage_rights import check_inzage_requester

# The PDF renderers (reportlab), the QR decoder and pyHanko load on first use, not with the
# service: opening the app or running a CLI command should not pay for them.

MAX_INTERNSHIPS = 12
MAX_HOURS = 60
PRINT_KINDS = ("transitieformulier", "toestemmingsformulier", "intrekking", "inzage")


@dataclass(frozen=True)
class PaperScan:
    request: ConsentRequest
    evidence: EvidenceInfo
    language: str = ""  # the form was printed in this language ("": the request's own)


class Forms:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self.proof = ProofExports(ctx)

    @property
    def certificate(self) -> OrgCertificate:
        return self.proof.certificate

    # -- transitieformulier -----------------------------------------------------------------
    @one_turn
    def save_transition_form(self, youth_id: int, data: TransitionFormData) -> TransitionForm:
        db = self._ctx.db
        youth = repo.get_youth(db, v.positive_id(youth_id, "Jongere", "youth_id"))
        if youth.erased:
            raise ValidationError(message_id="error-youth-erased")
        clean = self._clean(youth_id, data)
        self._latest_logged(youth_id)
        now = to_iso(self._ctx.clock.now())
        body = clean.to_json()
        with db.transaction():
            if repo.get_youth(db, youth_id).erased:  # by another desk meanwhile (review22)
                raise ValidationError(message_id="error-youth-erased")
            # Numbered in the write turn (review21): two desks of a team saving the same
            # youth's form took the same number, and the second save ended in a database error.
            version = 1 + int(
                db.scalar(
                    "SELECT coalesce(max(version), 0) FROM transition_forms WHERE youth_id = ?",
                    (youth_id,),
                )
            )
            fid = fresh_ids.insert(
                db,
                "transition_forms",
                ("youth_id", "version", "request_id", "data", "saved_at", "worker_id"),
                (youth_id, version, clean.request_id, body, now, self._ctx.worker_id),
            )
            self._ctx.event(
                "transition_form.saved",
                {"form": fid, "youth": youth_id, "version": version, "request": clean.request_id},
                personal={"form": body},
            )
        form = self.transition_form(youth_id)
        assert form is not None
        return form

    def transition_form(self, youth_id: int) -> TransitionForm | None:
        """The latest saved version, or None."""
        forms = self.transition_form_versions(youth_id)
        return forms[-1] if forms else None

    def transition_form_versions(self, youth_id: int) -> list[TransitionForm]:
        return [
            TransitionForm(
                int(r[0]),
                int(r[1]),
                int(r[2]),
                from_iso(r[3]),
                int(r[4]),
                TransitionFormData.from_json(r[5]),
            )
            for r in self._ctx.db.query(
                "SELECT id, youth_id, version, saved_at, worker_id, data FROM transition_forms "
                "WHERE youth_id = ? ORDER BY version",
                (youth_id,),
            )
        ]

    def render_transition_form(
        self, youth_id: int, data: TransitionFormData | None = None
    ) -> bytes:
        """The PDF of `data` (unsaved edits, for preview) or of the latest saved version."""
        saved = None
        if data is None:
            form = self.transition_form(youth_id)
            if form is None:
                raise NotFoundError(message_id="error-forms-no-transition-form")
            self._require_logged(form)
            data, saved = form.data, form.version
        else:
            data = self._clean(youth_id, data)
            self._latest_logged(youth_id)
        from formulieren.transitieformulier import render_transition_form

        from .forms_views import transition_view

        view = replace(transition_view(self._ctx, youth_id, data), saved_version=saved)
        return render_transition_form(view)

    def _latest_logged(self, youth_id: int) -> None:
        """The desk's editor starts from the latest saved version (ui transition_dialog), so a
        preview or a new version built on a rewritten one would print or re-log the
        rewritten text as the worker's own: refused like printing that version itself."""
        latest = self.transition_form(youth_id)
        if latest is not None:
            self._require_logged(latest)

    def _require_logged(self, form: TransitionForm) -> None:
        """A saved version leaves the program (printed, saved as PDF, in the inzage) only as
        the log recorded it: a version edited or added outside the program is refused."""
        row = self._ctx.db.query_one(
            "SELECT request_id, saved_at, worker_id, data FROM transition_forms WHERE id = ?",
            (form.id,),
        )
        if row is None or not logged_form(
            self._ctx.db,
            form.id,
            form.youth_id,
            form.version,
            row[0],
            str(row[1]),
            int(row[2]),
            str(row[3]),
        ):
            raise IntegrityFailure(
                message_id="error-forms-transition-form-differs-log",
                params={"version": form.version},
            )

    def _clean(self, youth_id: int, data: TransitionFormData) -> TransitionFormData:
        if data.request_id is not None:
            request = repo.load_request(
                self._ctx.db, v.positive_id(data.request_id, "Toestemming", "request_id")
            )
            if request.youth_id != youth_id:
                raise ValidationError(
                    message_id="error-forms-consent-belongs-another-young", field="request_id"
                )
            # The form names the consent it goes under: never an old "Alle instanties" (a form
            # saved before stays readable: it is rendered without this check).
            refuse_request_with_catch_all(self._ctx.db, request.id, "error-catch-all-form")
        if len(data.internships) > MAX_INTERNSHIPS:
            raise ValidationError(
                message_id="error-forms-most-internships",
                params={"max_internships": MAX_INTERNSHIPS},
                field="internships",
            )
        internships = tuple(_internship(n, i) for n, i in enumerate(data.internships, 1))
        return replace(
            data,
            internships=internships,
            perspective_notes=v.text(
                data.perspective_notes,
                "Toelichting perspectief",
                "perspective_notes",
                required=False,
                max_len=2000,
            ),
            school_contact=_contact(data.school_contact, "school_contact"),
            municipality_contact=_contact(data.municipality_contact, "municipality_contact"),
        )

    # -- paper consent ----------------------------------------------------------------------
    def render_paper_consent(self, request_id: int, language: str | None = None) -> bytes:
        """The paper form, all of it in ONE language: the request's, or `language` when every
        item has a text in it (its QR then says so, for the scan)."""
        from formulieren.paper_consent import render_paper_consent

        from .forms_views import paper_view

        refuse_request_with_catch_all(self._ctx.db, request_id)  # an old "Alle instanties"
        return render_paper_consent(paper_view(self._ctx, request_id, language))

    def import_paper_scan(self, content: bytes, media_type: str) -> PaperScan:
        """A scan or photo of a signed paper form: its QR code finds the request; the file is
        stored as evidence (kind "scan"). The worker then records the answers with it."""
        if not isinstance(content, bytes) or not content:
            raise ValidationError(message_id="error-forms-file-empty", field="content")
        from formulieren.image_limits import ImageRefused
        from formulieren.scan import UnreadableScan, qr_texts

        try:
            texts = qr_texts(content, media_type)
        except ImageRefused as exc:
            raise ValidationError(
                message_id=exc.message_id, params=exc.params, field=exc.field
            ) from None
        except UnreadableScan:
            raise ValidationError(
                message_id="error-forms-file-image-pdf-read", field="content"
            ) from None
        ours = [t for t in texts if t.startswith(QR_SCHEME)] or texts
        codes = list(dict.fromkeys(c for t in ours for c in find_reference_codes(t)))
        if not codes:
            raise ValidationError(
                message_id="error-forms-qr-code-consent-form",
                field="content",
            )
        if len(codes) > 1:
            raise ValidationError(
                message_id="error-forms-scan-qr-codes-one",
                field="content",
            )
        request = Consents(self._ctx).request_by_code(codes[0])
        evidence = Evidence(self._ctx)
        # Linked to its request at once: in the proof and erased with the youth even before
        # (or without) a decision pointing at it.
        eid = evidence.add_linked(
            "scan", media_type or "application/octet-stream", content, request.id, "scan"
        )
        languages = {qr_language(t) for t in ours if codes[0] in t} - {""}
        return PaperScan(request, evidence.info(eid), next(iter(languages), ""))

    # -- withdrawal and inzage --------------------------------------------------------------
    def render_withdrawal_confirmation(self, withdrawal_ids: Sequence[int]) -> bytes:
        from formulieren.withdrawal import render_withdrawal_confirmation

        from .forms_views import withdrawal_view

        return render_withdrawal_confirmation(withdrawal_view(self._ctx, withdrawal_ids))

    def render_inzage(self, youth_id: int, requested_by: SignerRef | None = None) -> bytes:
        """The youth's inzage (AVG art. 15). `requested_by`: who asked for it — refused, in
        Dutch, for one who may not have it (a parent without gezag; a parent once the youth
        is 16: inzage_rights.py); None: the desk prints it for the youth."""
        if requested_by is not None:
            youth, reps = repo.youth_with_reps(self._ctx.db, youth_id)
            check_inzage_requester(
                youth, reps, self._ctx.policy(), self._ctx.clock.today(), requested_by
            )
        form = self.transition_form(youth_id)
        line = (
            f"Versie {form.version}, opgeslagen op {local_date(form.saved_at):%d-%m-%Y}."
            if form
            else ""
        )
        from formulieren.inzage import render_inzage
        from formulieren.transitieformulier import transition_rows

        from .forms_views import inzage_view, transition_view

        if form is not None:
            self._require_logged(form)
        view = inzage_view(self._ctx, youth_id, line)
        if form is not None:
            # The inzage shows what the transitieformulier holds, not only that it exists.
            rows = transition_rows(transition_view(self._ctx, youth_id, form.data))
            view = replace(view, transition_rows=tuple(rows))
        return render_inzage(view)

    # -- leaving the program ----------------------------------------------------------------
    @one_turn
    def record_printed(self, kind: str, youth_id: int, pdf: bytes) -> None:
        """Log that a form was saved to a file or printed (one event, hash of the PDF)."""
        if kind not in PRINT_KINDS:
            raise ValidationError(message_id="error-forms-unknown-kind-form", field="kind")
        youth_id = v.positive_id(youth_id, "Jongere", "youth_id")  # (logged as given)
        repo.get_youth(self._ctx.db, youth_id)
        with self._ctx.db.transaction():
            self._ctx.event(
                "form.exported",
                {"form": kind, "youth": youth_id, "sha256": hashlib.sha256(pdf).hexdigest()},
            )


def _internship(n: int, i: Internship) -> Internship:
    label = f"Stage {n}"
    start, end = i.start, i.end
    for value in (start, end):
        if value is not None and not isinstance(value, date):
            raise ValidationError(
                message_id="error-forms-internship-date-invalid",
                params={"label": field_label(label)},
                field="internships",
            )
    if start and end and end < start:
        raise ValidationError(
            message_id="error-forms-end-date-before-start",
            params={"label": field_label(label)},
            field="internships",
        )
    hours = i.hours_per_week
    if hours is not None and (
        isinstance(hours, bool) or not isinstance(hours, int) or not 0 < hours <= MAX_HOURS
    ):
        raise ValidationError(
            message_id="error-forms-hours-per-week-between",
            params={"label": field_label(label), "max_hours": MAX_HOURS},
            field="internships",
        )
    return Internship(
        workplace=v.name(i.workplace, f"{label}: stageplaats", "internships"),
        work=v.text(i.work, f"{label}: soort werk", "internships", max_len=500),
        start=start,
        end=end,
        hours_per_week=hours,
        evaluation=v.text(
            i.evaluation, f"{label}: hoe ging het", "internships", required=False, max_len=2000
        ),
        guidance=v.text(
            i.guidance, f"{label}: begeleiding", "internships", required=False, max_len=2000
        ),
    )


def _contact(c: ContactPerson | None, field: str) -> ContactPerson | None:
    if c is None or not (c.name or c.organisation or c.phone or c.email):
        return None
    return ContactPerson(
        name=v.name(c.name, "Naam contactpersoon", field),
        organisation=v.name(c.organisation, "Organisatie", field, required=False),
        phone=v.phone(c.phone, field),
        email=v.email(c.email, field),
    )
