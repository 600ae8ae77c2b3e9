"""Export proof packages ("bewijs exporteren"): one zip per request (or per item) holding

    bewijs.pdf                      for people, PAdES-signed with the organisation certificate
    receipt.json                    consent record shaped after ISO/IEC TS 27560 (W3C DPV terms)
    receipt.schema.json             the JSON Schema of receipt.json
    fhir/consent-onderdeel-N.json   HL7 FHIR R5 Consent per item
    teksten/…                       the texts exactly as shown
    bewijsstukken/…                 signatures, e-mails, scans
    logboek/opnamebewijs.json       audit events + inclusion paths + signed checkpoint
    sleutels/…                      the organisation's Ed25519 public key and certificate
    LEESMIJ.txt
    manifest.json, manifest.sig     SHA-256 of every file, signed with the organisation key

Each export is one audit event (`proof.exported`) followed by a fresh checkpoint in the same
transaction, so the package proves its own export too. With a timestamp authority set
(usecases/trusted_time.py), that checkpoint gets an RFC 3161 token (in the audit file) and the
PDF signature is PAdES B-T; if the TSA does not answer, the package is made all the same and
its PDF says "geen vertrouwde tijdstempel"."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..audit import key_fingerprint
from ..errors import IntegrityFailure, NotFoundError, ValidationError
from ..private_files import check_new_target, free_name, write_private
from ..replay_health import require_agreement
from ..store import repo
from ..usecases.context import Context
from ..usecases.trusted_time import TrustedTime, latest_checkpoint
from ..usecases.youth_views import requests_out_of_rule
from . import (
    clock_fixes,
    gezag,
    inclusion,
    moments_marked,
    other_basis,
    rtl_release,
    signing_method,
    status_reasons,
    worker_names,
    youth_heard,
    youth_names,
)
from .collect import EventRecord, collect, event_record
from .fhir import build_consent
from .naming import PROOF_EXTENSION
from .package_files import (
    AUDIT,
    CERT,
    FORMAT,
    MANIFEST,
    PDF,
    PUBKEY,
    README,
    RECEIPT,
    SIGNATURE,
    _file_name,
    build_request_package,
)
from .receipt import YOUTH_VIEWS
from .trust import Trust, build_trust_file, grouped
from .youth_inner import SCOPE_FIELD
from .youth_logged import LoggedList, legal_purposes
from .youth_logged import build as build_logged

if TYPE_CHECKING:
    from formulieren.proof_pdf import ProofView

    from .certificate import OrgCertificate

# The layout's names stay importable from here (verify, tests).
__all__ = [
    "AUDIT",
    "CERT",
    "FORMAT",
    "MANIFEST",
    "PDF",
    "PROOF_EXTENSION",
    "PUBKEY",
    "README",
    "RECEIPT",
    "SIGNATURE",
    "ExportResult",
    "ProofExports",
]


@dataclass(frozen=True)
class ExportResult:
    paths: tuple[Path, ...]
    checkpoint_size: int


class ProofExports:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._certificate: OrgCertificate | None = None

    @property
    def certificate(self) -> OrgCertificate:
        """The organisation certificate (cryptography's X.509 code loads on first use)."""
        if self._certificate is None:
            from .certificate import OrgCertificate

            self._certificate = OrgCertificate(self._ctx)
        return self._certificate

    # -- what to export ---------------------------------------------------------------------
    # `replace`: an existing file at `out` may be replaced (the desk's save dialog asked the
    # user); else it is refused, as the CLI does (private_files.check_new_target). A backup
    # is never replaced. Into a folder, packages get names of their own (free_name).
    def export_item(self, item_id: int, out: Path | str, *, replace: bool = False) -> Path:
        row = self._ctx.db.query_one(
            "SELECT request_id FROM consent_items WHERE id = ?", (item_id,)
        )
        if row is None:
            raise NotFoundError(message_id="error-proof-part-missing")
        selection = [(int(row[0]), frozenset({item_id}))]
        return self._export(selection, Path(out), single=True, replace=replace).paths[0]

    def export_request(self, request_id: int, out: Path | str, *, replace: bool = False) -> Path:
        return self._export([(request_id, None)], Path(out), single=True, replace=replace).paths[0]

    def export_code(self, code: str, out: Path | str, *, replace: bool = False) -> Path:
        from ..usecases.consent import Consents

        request = Consents(self._ctx).request_by_code(code).id
        return self.export_request(request, out, replace=replace)

    def _youth_requests(self, youth_id: int) -> list[int]:
        ids = [
            int(r[0])
            for r in self._ctx.db.query(
                "SELECT id FROM consent_requests WHERE youth_id = ? ORDER BY id", (youth_id,)
            )
        ]
        if not ids:
            raise NotFoundError(message_id="error-proof-nothing-asked-for-youth")
        return ids

    def export_youth(self, youth_id: int, out_dir: Path | str) -> ExportResult:
        ids = self._youth_requests(youth_id)
        return self._export([(i, None) for i in ids], Path(out_dir), single=False)

    def export_all(self, out_dir: Path | str) -> ExportResult:
        ids = [int(r[0]) for r in self._ctx.db.query("SELECT id FROM consent_requests ORDER BY id")]
        if not ids:
            raise NotFoundError(message_id="error-proof-no-requests")
        return self._export([(i, None) for i in ids], Path(out_dir), single=False)

    # -- trust: what a verifier needs from the organisation, once -----------------------------
    def trust_file(self) -> bytes:
        """The organisation's trust file (trust.py): name, keys, certificate; signed."""
        signing_key, public_key = self._keys()
        return build_trust_file(
            self._ctx.organisation,
            public_key,
            signing_key,
            self.certificate.certificate_pem(),
            self._ctx.clock.now(),
        )

    def export_trust(self, out: Path | str, *, replace: bool = False) -> Path:
        target = Path(out)
        if not target.parent.is_dir():
            raise ValidationError(message_id="error-proof-trust-folder-missing", field="out")
        _write_atomically(target, self.trust_file(), replace)
        return target

    def own_trust(self) -> Trust:
        """This vault's own key, for checking a package right after exporting it."""
        return Trust("de sleutel van deze kluis", public_key=self._keys()[1])

    def _keys(self) -> tuple[str, str]:
        signing_key, public_key = self._ctx.meta("signing_key"), self._ctx.meta("public_key")
        if not signing_key or not public_key:
            raise NotFoundError(message_id="error-proof-vault-key-missing")
        return signing_key, public_key

    def fhir_consents(self, request_id: int) -> list[dict[str, Any]]:
        """The request's items as FHIR R5 Consent resources, as now (nothing logged, no PDF
        attachment): for a system that reads FHIR, and for checking the encoding."""
        src = collect(self._ctx, [(request_id, None)])[0]
        return [build_consent(src, s, None, None) for s in src.items]

    # -- preview (no export, nothing logged, not signed) -------------------------------------
    def view(self, request_id: int, item_ids: frozenset[int] | None = None) -> ProofView:
        """The proof PDF's content as it would be exported now, against the latest checkpoint."""
        from .view import proof_view

        src = collect(self._ctx, [(request_id, item_ids)])[0]
        cp = latest_checkpoint(self._ctx)
        if cp is None:
            raise NotFoundError(message_id="error-proof-no-signed-checkpoint")
        evidence = {eid: f"bewijsstukken/{eid}" for eid, ev in src.evidence.items() if ev.content}
        subject = self.certificate.info().subject
        return proof_view(
            src,
            self._ctx.clock.now(),
            evidence,
            cp,
            grouped(key_fingerprint(self._ctx.meta("public_key") or "")),
            subject,
        )

    def preview_pdf(self, request_id: int, item_ids: frozenset[int] | None = None) -> bytes:
        from formulieren.proof_pdf import render_proof

        return render_proof(self.view(request_id, item_ids))

    # -- the export -------------------------------------------------------------------------
    def export_youth_package(
        self, youth_id: int, out: Path | str, *, replace: bool = False
    ) -> Path:
        """ONE zip for one youth: every request's proof package (all items, all evidence)
        inside, with a signed index (youth.py), and what asked no consent: the objections
        (bezwaren.json) and the weighings and disclosures (verstrekkingen.json, a legal duty
        among them). A youth with an objection or a disclosure but no request has a package
        too. `out`: a folder or the zip's path."""
        from .youth import bundle, bundle_name
        from .youth_objections import SPEC as OBJECTIONS
        from .youth_sharing import SPEC as SHARING

        lists = (OBJECTIONS, SHARING)
        db = self._ctx.db
        ids = [
            int(r[0])
            for r in db.query(
                "SELECT id FROM consent_requests WHERE youth_id = ? ORDER BY id", (youth_id,)
            )
        ]
        if not ids and not self._youth_logged(youth_id):
            raise NotFoundError(message_id="error-proof-nothing-recorded-for-youth")
        target = Path(out)
        if not target.is_dir() and not target.parent.is_dir():
            raise ValidationError(message_id="error-proof-package-folder-missing", field="out")
        if not target.is_dir():
            # Before _build logs the export: nothing written, nothing logged.
            check_new_target(target, replace=replace)
        built, _size, export = self._build([(i, None) for i in ids], (youth_id, lists))
        signing_key, public_key = self._keys()
        now = self._ctx.clock.now()
        data = bundle(
            self._ctx.organisation,
            self._ctx.meta("vault_id") or "",
            youth_id,
            built,
            now,
            public_key,
            signing_key,
            {spec.file: self._logged(spec, export, public_key) for spec in lists},
        )
        into_folder = target.is_dir()
        if into_folder:
            target = free_name(target, bundle_name(youth_id, now))
        _write_atomically(target, data, replace and not into_folder)
        return target

    def _youth_logged(self, youth_id: int) -> bool:
        """Whether the youth has an objection, a weighing or a disclosure (rows the replay
        holds to the log, so a row here means an event too)."""
        return any(
            self._ctx.db.query_one(f"SELECT 1 FROM {table} WHERE youth_id = ? LIMIT 1", (youth_id,))
            for table in ("objections", "assessments", "disclosures")
        )

    def _logged_seqs(self, spec: LoggedList, youth_id: int) -> list[int]:
        """The events of the youth that `spec`'s list holds, as the log has them now (and
        the by-purpose kinds for the purposes those shared on the legal obligation)."""
        marks = ",".join("?" * len(spec.kinds))
        bodies = {
            int(seq): json.loads(bytes(body))
            for seq, body in self._ctx.db.query(
                f"SELECT seq, body FROM events WHERE kind IN ({marks}) ORDER BY seq",
                tuple(spec.kinds),
            )
        }
        own = {s: b for s, b in bodies.items() if b["data"].get("youth") == youth_id}
        by_law = legal_purposes(spec, own.values())
        return sorted(
            s
            for s, b in bodies.items()
            if s in own or (b["kind"] in spec.by_purpose and b["data"].get("purpose") in by_law)
        )

    def _logged(self, spec: LoggedList, export: EventRecord, public_key: str) -> bytes:
        """One of the youth's logged lists (youth_logged.py): the events the export's own
        logged event names for it, against the checkpoint _build signed."""
        checkpoint = latest_checkpoint(self._ctx)  # the one _build just signed
        if checkpoint is None:  # cannot happen: _build appended an event and signed it
            raise RuntimeError("no checkpoint after export")
        tree = inclusion.MerkleLevels(self._ctx.audit.leaf_hashes()[: checkpoint.tree_size])
        db = self._ctx.db
        events, shown = [], {}
        versions: set[int] = set()
        for seq in export.data["listed"][spec.file]:
            record = event_record(self._ctx, int(seq))
            data = record.data
            events.append(record)
            if "recipient" in data and "purpose" in data:
                purpose = repo.latest_purpose(db, int(data["purpose"]))
                versions.add(purpose.version_id)
                shown[record.seq] = (
                    repo.get_recipient(db, int(data["recipient"])).display_name,
                    purpose.title,
                )
        recipients, _ = youth_names.wanted(e.data for e in events)
        return build_logged(
            spec,
            self._ctx.meta("vault_id") or "",
            public_key,
            checkpoint,
            tree,
            events,
            shown,
            export,
            [event_record(self._ctx, s) for s in self._name_events(recipients, versions)],
        )

    def _name_events(self, recipients: set[int], versions: set[int]) -> list[int]:
        """The catalogue's events that log the names a list shows (youth_names.py): each
        recipient's `recipient.added` and each purpose version's event. The replay holds the
        rows to them, so every name shown has one."""
        if not recipients and not versions:
            return []
        marks = ",".join("?" * len(youth_names.KINDS))
        found = []
        for seq, kind, body in self._ctx.db.query(
            f"SELECT seq, kind, body FROM events WHERE kind IN ({marks}) ORDER BY seq",
            tuple(sorted(youth_names.KINDS)),
        ):
            data = json.loads(bytes(body))["data"]
            if (kind == youth_names.RECIPIENT_KIND and data.get("recipient") in recipients) or (
                kind != youth_names.RECIPIENT_KIND and data.get("version_id") in versions
            ):
                found.append(int(seq))
        return found

    def _export(
        self,
        selections: Sequence[tuple[int, frozenset[int] | None]],
        out: Path,
        single: bool,
        replace: bool = False,
    ) -> ExportResult:
        if not single:
            if out.exists() and not out.is_dir():  # --all/--youth onto a file (the vault's too)
                raise ValidationError(message_id="error-proof-out-not-folder", field="out")
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError:  # no permission, or a file where a folder on the way should be
                raise ValidationError(
                    message_id="error-proof-folder-not-made", field="out"
                ) from None
        elif out.is_dir():
            pass
        elif not out.parent.is_dir():
            raise ValidationError(message_id="error-proof-package-folder-missing", field="out")
        else:
            # Before _build logs the export: nothing written, nothing logged.
            check_new_target(out, replace=replace)
        built, size, _export = self._build(selections)
        paths = []
        for name, data in built:
            into_folder = out.is_dir()
            target = free_name(out, name) if into_folder else out
            _write_atomically(target, data, replace and not into_folder)
            paths.append(target)
        return ExportResult(tuple(paths), size)

    def _build(
        self,
        selections: Sequence[tuple[int, frozenset[int] | None]],
        youth: tuple[int, Sequence[LoggedList]] | None = None,
    ) -> tuple[list[tuple[str, bytes]], int, EventRecord]:
        """(file name, zip bytes) per request, the checkpoint's tree size and the export's
        event. For a youth's package (`youth`: the youth and its lists) the event names the
        events each list holds: the signed log then says what a complete list is, which a
        list's own inclusion proofs cannot (youth_logged.check)."""
        # A proof only of what follows from the log: no edited row is ever signed.
        require_agreement(self._ctx.db, selections)
        # …nor a young person's view the program never records (atk27's rule; review31).
        if requests_out_of_rule(self._ctx, (rid for rid, _only in selections)):
            raise IntegrityFailure(message_id="error-replay-export-refused")
        key_pem, cert_pem = self.certificate.signing_pair()
        sources = collect(self._ctx, selections)
        signing_key, public_key = self._keys()
        db = self._ctx.db
        now = self._ctx.clock.now()
        with db.transaction():
            exported: dict[str, Any] = {
                "requests": [s.request.id for s in sources],
                "items": [i.item.id for s in sources for i in s.items],
                "format": FORMAT,
                "receipt": YOUTH_VIEWS,  # verify holds the receipt to it
                # Per request, the gezag events its package proves (gezag.py): all of them.
                gezag.EXPORT_FIELD: {
                    str(s.request.id): [e.seq for e in s.gezag_events] for s in sources
                },
                # Per request, the events proving its disclosures without consent: all of them.
                other_basis.EXPORT_FIELD: {
                    str(s.request.id): [e.seq for e in s.other_events] for s in sources
                },
                # Per request, the young person's views it shows: all of them (youth_heard.py).
                youth_heard.EXPORT_FIELD: {
                    str(s.request.id): [e.seq for e in s.view_events] for s in sources
                },
                # Every clock correction of the log, in each package (clock_fixes.py).
                clock_fixes.EXPORT_FIELD: sorted({e.seq for s in sources for e in s.clock_events}),
                # Per request, the workers its PDF names and their worker.added events: the
                # package carries the salts, so verify proves each name (worker_names.py).
                worker_names.EXPORT_FIELD: {
                    str(s.request.id): {str(w): e.seq for w, (e, _) in s.worker_events.items()}
                    for s in sources
                },
                # Its PDF's status reasons are the rules' own (status_reasons.py).
                status_reasons.EXPORT_FIELD: True,
                # Its PDF says how each tablet decision was signed (signing_method.py).
                signing_method.EXPORT_FIELD: True,
                # Its PDF marks every moment of the doubled hour (moments_marked.py).
                **moments_marked.exported(),
                # Its PDF draws wrapped right-to-left lines in their paragraph's direction.
                **rtl_release.exported(),
            }
            if youth is None:
                # Not a youth's export: its packages cannot pass for one (youth_inner.py).
                exported[SCOPE_FIELD] = "requests"
            else:
                exported["youth"] = youth[0]
                exported["listed"] = {s.file: self._logged_seqs(s, youth[0]) for s in youth[1]}
                # The format each list is written in: a list relabelled as another (older)
                # format after the export no longer matches its export (youth_logged.py).
                exported["formats"] = {s.file: s.format for s in youth[1]}
                # The lists prove the names they show (youth_names.py): verify then demands it.
                exported[youth_names.EXPORT_FIELD] = True
            seq = self._ctx.event("proof.exported", exported)
            checkpoint = self._ctx.audit.checkpoint(signing_key, public_key)
        if checkpoint is None:  # cannot happen: an event was just appended
            raise RuntimeError("no checkpoint after export event")
        # After the transaction: the TSA is asked over the network, never inside one.
        stamp = TrustedTime(self._ctx).stamp(checkpoint)
        tree = inclusion.MerkleLevels(self._ctx.audit.leaf_hashes()[: checkpoint.tree_size])
        export_event = event_record(self._ctx, seq)
        built = []
        for src in sources:
            data = build_request_package(
                src,
                now,
                checkpoint,
                tree,
                export_event,
                public_key,
                signing_key,
                key_pem,
                cert_pem,
                stamp,
            )
            built.append((_file_name(src), data))
        return built, checkpoint.tree_size, export_event


def _write_atomically(target: Path, data: bytes, replace: bool = False) -> None:
    write_private(target, data, replace=replace)  # 0600: a proof package holds personal data
