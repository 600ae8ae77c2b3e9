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

import hashlib
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..audit import Checkpoint, key_fingerprint, key_id
from ..clock import LOCAL_TZ, to_iso
from ..errors import IntegrityFailure, NotFoundError, ValidationError
from ..private_files import check_new_target, free_name, write_private
from ..replay_health import require_agreement
from ..store import repo
from ..timestamps import TimestampUnavailable
from ..usecases.context import Context
from ..usecases.trusted_time import CheckpointStamp, TrustedTime, latest_checkpoint
from . import inclusion
from .collect import EventRecord, RequestSource, collect, event_record, item_evidence
from .fhir import build_consent
from .naming import PROOF_EXTENSION
from .receipt import NUMBERED_CATEGORIES, SCHEMA_FILE, build_receipt, schema_bytes
from .trust import Trust, build_trust_file, grouped
from .youth_logged import LoggedList, legal_purposes
from .youth_logged import build as build_logged

if TYPE_CHECKING:
    from formulieren.proof_pdf import ProofView

    from .certificate import OrgCertificate

FORMAT = "toestemming-bewijspakket/1"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
PDF, RECEIPT, AUDIT = "bewijs.pdf", "receipt.json", "logboek/opnamebewijs.json"
PUBKEY, CERT = "sleutels/organisatie-ed25519.pub", "sleutels/organisatie-certificaat.pem"
_EXT = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "application/pdf": "pdf",
    "message/rfc822": "eml",
    "text/plain": "txt",
    "application/json": "json",
}
README = """Bewijspakket van {organisation} — {code}

Wat zit erin
  bewijs.pdf                 leesbaar bewijs, digitaal ondertekend door de organisatie
  receipt.json               dezelfde toestemming voor computers (naar ISO/IEC TS 27560,
                             met W3C DPV-termen; receipt.schema.json beschrijft de velden)
  fhir/                      per onderdeel een HL7 FHIR R5 Consent
  teksten/                   de teksten precies zoals ze werden getoond (ook in een
                             andere taal, als iemand daarin tekende: onderdeel-N.en.txt)
  bewijsstukken/             handtekeningen, e-mails, scans
  logboek/opnamebewijs.json  de gebeurtenissen uit het logboek, met bewijs van opname
                             in het ondertekende logboek (RFC 9162)
  sleutels/                  publieke sleutel en certificaat van de organisatie
  manifest.json/.sig         SHA-256 van elk bestand, ondertekend met de sleutel

Controleren (zonder de kluis):  toestemming verify {name}
Vingerafdruk van de sleutel:    {fingerprint}
Vergelijk die met de vingerafdruk die de organisatie openbaar heeft gemaakt, of controleer
met het vertrouwensbestand van de organisatie:  toestemming verify --trust BESTAND {name}
"""


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
        events, names = [], {}
        for seq in export.data["listed"][spec.file]:
            record = event_record(self._ctx, int(seq))
            data = record.data
            events.append(record)
            if "recipient" in data and "purpose" in data:
                names[record.seq] = (
                    repo.get_recipient(db, int(data["recipient"])).display_name,
                    repo.latest_purpose(db, int(data["purpose"])).title,
                )
        return build_logged(
            spec,
            self._ctx.meta("vault_id") or "",
            public_key,
            checkpoint,
            tree,
            events,
            names,
            export,
        )

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
                "receipt": NUMBERED_CATEGORIES,  # verify holds the receipt to it
            }
            if youth is not None:
                exported["youth"] = youth[0]
                exported["listed"] = {s.file: self._logged_seqs(s, youth[0]) for s in youth[1]}
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
            data = self._package(
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

    def _package(
        self,
        src: RequestSource,
        now: datetime,
        checkpoint: Checkpoint,
        tree: inclusion.MerkleLevels,
        export_event: EventRecord,
        public_key: str,
        signing_key: str,
        key_pem: bytes,
        cert_pem: bytes,
        stamp: CheckpointStamp | None,
    ) -> bytes:
        # reportlab and pyHanko load here, on the first export, not with the service.
        from formulieren.proof_pdf import NO_TRUSTED_TIME, render_proof

        from .pdfsign import sign_pdf
        from .view import proof_view

        files: dict[str, bytes] = {}
        fingerprint = key_fingerprint(public_key)
        request_text = "teksten/verzoek.txt"
        files[request_text] = src.request.text.encode("utf-8")
        text_files = {}
        shown_files: dict[tuple[int, str], str] = {}  # (item, language) → path
        for s in src.items:
            text_files[s.item.id] = f"teksten/onderdeel-{s.item.position}.txt"
            files[text_files[s.item.id]] = s.item.text.encode("utf-8")
            shown_files[(s.item.id, s.language)] = text_files[s.item.id]
            # A text a signer saw in another language (signing mode): in the package too.
            for lang in s.shown_languages()[1:]:
                path = f"teksten/onderdeel-{s.item.position}.{lang}.txt"
                files[path] = s.texts[lang][0].encode("utf-8")
                shown_files[(s.item.id, lang)] = path
        evidence_files: dict[int, str] = {}
        for eid, ev in src.evidence.items():
            if ev.content is None:
                continue
            _require_logged(ev.content, ev.event)
            ext = _EXT.get(ev.info.media_type, "bin")
            evidence_files[eid] = f"bewijsstukken/{eid}-{ev.info.kind}.{ext}"
            files[evidence_files[eid]] = ev.content
        events = {e.seq: e for s in src.items for e in s.events}
        events |= {e.seq: e for e in src.request_events}
        events |= {ev.event.seq: ev.event for ev in src.evidence.values() if ev.event is not None}
        events[export_event.seq] = export_event
        audit_doc = inclusion.build(
            src.vault_id,
            public_key,
            checkpoint,
            list(events.values()),
            tree,
            None if stamp is None else (stamp.tsa_url, stamp.token),
        )
        files[AUDIT] = _json(audit_doc)
        from .certificate import describe

        cert_info = describe(cert_pem)

        def signed(trusted_time: str, tsa_url: str | None) -> bytes:
            pdf = render_proof(
                proof_view(
                    src,
                    now,
                    evidence_files,
                    checkpoint,
                    grouped(fingerprint),
                    cert_info.subject,
                    export_event.seq,
                    shown_files,
                    trusted_time,
                )
            )
            reason = f"Bewijs van toestemming {src.request.reference_code}"
            return sign_pdf(pdf, key_pem, cert_pem, now, reason, tsa_url)

        if stamp is None:  # no TSA set, or it did not answer for the checkpoint
            files[PDF] = signed(NO_TRUSTED_TIME, None)
        else:
            try:
                files[PDF] = signed(_trusted_time(stamp, True), stamp.tsa_url)
            except TimestampUnavailable:
                # The TSA stopped answering between the checkpoint and the PDF: say so on the
                # PDF and sign without (the checkpoint's token stays in the audit file).
                files[PDF] = signed(_trusted_time(stamp, False), None)
        files[RECEIPT] = _json(
            build_receipt(
                src,
                now,
                text_files,
                request_text,
                evidence_files,
                AUDIT,
                fingerprint,
                shown_files,
            )
        )
        for s in src.items:
            texts = [
                (lang, shown_files[(s.item.id, lang)], files[shown_files[(s.item.id, lang)]])
                for lang in s.shown_languages()
            ]
            evidence = [
                (evidence_files[eid], src.evidence[eid].info.media_type, files[evidence_files[eid]])
                for eid in item_evidence(src, s)
                if eid in evidence_files
            ]
            files[f"fhir/consent-onderdeel-{s.item.position}.json"] = _json(
                build_consent(src, s, PDF, files[PDF], texts, evidence)
            )
        files[SCHEMA_FILE] = schema_bytes()  # what receipt.json's fields mean, checkable
        files[PUBKEY] = (public_key + "\n").encode("ascii")
        files[CERT] = cert_pem
        files["LEESMIJ.txt"] = README.format(
            organisation=src.organisation,
            code=src.request.reference_code,
            name=_file_name(src),
            fingerprint=grouped(fingerprint),
        ).encode("utf-8")
        manifest = _json(
            {
                "format": FORMAT,
                "created_at": to_iso(now),
                "organisation": src.organisation,
                "vault": src.vault_id,
                "reference_code": src.request.reference_code,
                "public_key": public_key,
                "key_id": key_id(public_key),
                "files": {
                    name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                    for name, data in sorted(files.items())
                },
            }
        )
        signature = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_key)).sign(manifest)
        files[MANIFEST] = manifest
        files[SIGNATURE] = (signature.hex() + "\n").encode("ascii")
        return _zip(files, now)


def _require_logged(content: bytes, event: EventRecord | None) -> None:
    """Evidence goes into a proof only as the log recorded it (`evidence.added`: SHA-256 and
    size). A file swapped in the vault (row and hash column edited with the data key) would
    otherwise be signed by the organisation; verify would catch it, but only later."""
    data = event.data if event is not None and event.kind == "evidence.added" else {}
    if data.get("sha256") != hashlib.sha256(content).hexdigest() or data.get("size") != len(
        content
    ):
        raise IntegrityFailure(message_id="error-replay-export-refused-evidence")


def _trusted_time(stamp: CheckpointStamp, signature_stamped: bool) -> str:
    """The PDF's "Vertrouwde tijd" line when the TSA answered for the checkpoint."""
    moment = stamp.tsa_time.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")
    signature = (
        "draagt ook een tijdstempel (PAdES B-T)"
        if signature_stamped
        else "heeft geen vertrouwde tijdstempel (de dienst antwoordde niet)"
    )
    return (
        f"het controlepunt is op {moment} gestempeld door tijdstempeldienst "
        f"{stamp.tsa or stamp.tsa_url} (RFC 3161, in {AUDIT}); de digitale handtekening van "
        f"dit document {signature}"
    )


def _file_name(src: RequestSource) -> str:
    if len(src.items) == 1 and len(src.request.items) > 1:
        return (
            f"bewijs-{src.request.reference_code}-onderdeel-{src.items[0].item.position}"
            f"{PROOF_EXTENSION}"
        )
    return f"bewijs-{src.request.reference_code}{PROOF_EXTENSION}"


def _json(value: Any) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")


def _zip(files: dict[str, bytes], at: datetime) -> bytes:
    stamp = at.astimezone(LOCAL_TZ).timetuple()[:6]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in [
            MANIFEST,
            SIGNATURE,
            *sorted(n for n in files if n not in (MANIFEST, SIGNATURE)),
        ]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            # Already-compressed formats are stored; text is deflated.
            info.compress_type = (
                zipfile.ZIP_STORED
                if name.endswith((".pdf", ".png", ".jpg"))
                else zipfile.ZIP_DEFLATED
            )
            z.writestr(info, files[name])
    return buf.getvalue()


def _write_atomically(target: Path, data: bytes, replace: bool = False) -> None:
    write_private(target, data, replace=replace)  # 0600: a proof package holds personal data
