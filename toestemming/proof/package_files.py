"""One request's proof package as zip bytes: its members' names (the layout `verify` reads),
the files built from what collect.py gathered, the manifest signed with the organisation key,
and the zip itself. Nothing here touches the vault: package.py logs the export and signs the
checkpoint first, then calls build_request_package per request."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..audit import Checkpoint, key_fingerprint, key_id
from ..clock import LOCAL_TZ, local_moment_text, to_iso
from ..errors import IntegrityFailure
from ..timestamps import TimestampUnavailable
from ..usecases.trusted_time import CheckpointStamp
from . import inclusion, worker_names
from .collect import EventRecord, RequestSource, item_evidence
from .fhir import build_consent
from .naming import PROOF_EXTENSION
from .receipt import SCHEMA_FILE, build_receipt, schema_bytes
from .trust import grouped

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


def build_request_package(
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
    events |= {e.seq: e for e in src.gezag_events}  # the signers' gezag (gezag.py)
    events |= {e.seq: e for e in src.other_events}  # sharing without consent (other_basis.py)
    events |= {e.seq: e for e in src.view_events}  # the young person's views (youth_heard.py)
    events |= {e.seq: e for e in src.clock_events}  # clocks put right (clock_fixes.py)
    events |= {e.seq: e for e, _ in src.worker_events.values()}  # names (worker_names.py)
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
    if src.worker_events:
        audit_doc[worker_names.SALTS_FIELD] = {
            str(e.seq): {"name": src.workers[w], "salt": salt.hex()}
            for w, (e, salt) in sorted(src.worker_events.items())
        }
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
    moment = local_moment_text(stamp.tsa_time, seconds=True)
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
