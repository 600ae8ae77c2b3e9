"""`verify` of one request's package: its files, audit events, receipt, FHIR, signed PDF
(and what it prints and draws), the binding of the two keys (binding.py) and the moments it
claims. Every problem is a Dutch sentence naming the file."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .. import safejson
from ..audit import key_fingerprint, key_id, names_key
from ..clock import from_iso, local_moment_text
from ..timestamps import TokenCheck
from . import (
    gezag,
    inclusion,
    known_files,
    moments_marked,
    other_basis,
    pdfextras,
    pdffonts,
    pdfmeta,
    pdfpaths,
    pdfscan,
    pictures,
    printed,
    retired_wordings,
    rtl_release,
    signing_method,
    withdrawal_told,
    worker_names,
    youth_heard,
)
from .package import AUDIT, CERT, MANIFEST, PDF, PUBKEY, RECEIPT
from .trust import Trust, grouped
from .verify_drawn import hidden_text
from .verify_fhir import pdf_attachment_problems
from .verify_read import file_hashes
from .verify_readme import readme_problems
from .verify_receipt import check_evidence, check_receipt
from .verify_report import VerifyReport
from .verify_schema import (
    audit_problems,
    fhir_problems,
    manifest_problems,
    schema_problems,
)
from .verify_time import printed_time, time_facts, time_gap, time_problems
from .verify_vault import check_organisation_named, check_receipt_id, check_vault_named


def check_request(
    files: Mapping[str, bytes],
    manifest: Mapping[str, Any],
    trust: Trust | None,
    report: VerifyReport,
    now: datetime,
) -> None:
    file_hashes(files, manifest, report)
    for name in (PDF, RECEIPT, AUDIT, CERT, PUBKEY):
        if name not in files and not any(name in p for p in report.problems):
            report.problems.append(f"{name} ontbreekt: dit is geen volledig bewijspakket.")
    public_key = str(manifest["public_key"])
    fingerprint = key_fingerprint(public_key)
    report.fingerprint, report.public_key = fingerprint, public_key
    report.organisation = str(manifest.get("organisation", ""))
    if trust is not None and not trust.matches(public_key):
        report.problems.append(
            f"Het pakket is ondertekend met sleutel {grouped(fingerprint)}, niet met de verwachte "
            f"sleutel {trust.shown} ({trust.source}): het komt niet van de organisatie die u "
            "vertrouwt, of het is vervalst."
        )
    if report.problems:  # a changed file: the checks below would only repeat it
        return
    report.problems += known_files.request_problems(files, _receipt_or_none(files))
    report.problems += manifest_problems(manifest) + readme_problems(files, manifest)
    from .pdfsign import check_pdf  # pyHanko: only when needed

    verified = _audit(files, public_key, report)
    checkpoint_time = None if report.problems else _checkpoint_time(files, report)
    if verified:
        _request_named(manifest, verified, report)
        check_vault_named(files, manifest, report)
        check_organisation_named(files, manifest, trust.organisation if trust else "", report)
        check_evidence(files, verified, report)
    check_receipt(files, verified, report)
    if not report.problems:  # a receipt already found wrong: this would only repeat it
        report.problems += schema_problems(files) + fhir_problems(files) + audit_problems(files)
    # Bounded first: pyHanko and pdfium would inflate a PDF bomb whole (pdfscan.py).
    costly = pdfscan.check(files[PDF], PDF)
    pdf = None if costly else check_pdf(files[PDF], files[CERT], PDF)
    problem = costly or (pdf.problem if pdf is not None else None)
    if problem is None:  # nothing a reader shows besides the pages or instead of their text
        problem = pdfextras.problem(files[PDF], PDF)
    if problem is None:  # the text checked below must be what the pages show (verify_drawn)
        problem = hidden_text(files[PDF], PDF)
    if problem is None:  # …in the letters its text says (pdffonts)
        problem = pdffonts.problem(files[PDF], PDF)
    if problem is None:  # …and no lines but the program's own (pdfpaths)
        problem = pdfpaths.foreign_drawing(files[PDF], PDF)
    if problem:
        report.problems.append(problem)
    elif pdf is not None:
        report.facts.append(f"{PDF}: digitale handtekening intact ({pdf.signer}).")
    _binding(
        files,
        manifest,
        verified,
        report,
        pdf_readable=pdf is not None and pdf.problem is None,
        stamps=(pdf.timestamp if pdf else None, checkpoint_time),
    )
    if pdf is not None and problem is None and not report.problems:
        # …and nothing else a reader shows (title, author, annotations) — after the pages'
        # text, which says more precisely what differs when both do (pdfmeta.py).
        meta = pdfmeta.problem(files[PDF], report.organisation, PDF)
        report.problems += [meta] if meta else []
    if verified and pdf is not None and pdf.problem is None:
        stamp = pdf.timestamp
        report.problems += time_problems(
            now, files, verified, stamp, pdf.signed_at, checkpoint_time
        )
    # Each FHIR Consent names this PDF (its SHA-1), not one of another export (verify_fhir).
    report.problems += pdf_attachment_problems(files)
    _certificate_against_trust(files, trust, report)
    report.facts.insert(0, f"{len(manifest['files'])} bestanden, controlesommen kloppen.")
    if report.ok:
        check_receipt_id(files, report)
    if report.ok:
        report.facts.append(_state_at_export(files))
        said, told = gezag.check(verified)  # who had gezag when they decided
        report.problems += said
        report.problems += youth_heard.check(verified)  # the young person's views (proof27)
        # what went out without consent, as the log has it (other_basis.py)
        shared, proven = other_basis.check(safejson.loads(files[RECEIPT]), verified)
        report.problems += shared
        report.facts += proven
        report.facts += told + withdrawal_told.facts(verified, safejson.loads(files[RECEIPT]))
    report.facts += time_facts(pdf.timestamp if pdf else None, checkpoint_time)
    report.facts += time_gap(files, checkpoint_time)
    report.facts.append(f"Sleutel van de organisatie (vingerafdruk): {grouped(fingerprint)}")


def _receipt_or_none(files: Mapping[str, bytes]) -> Any:
    try:
        return safejson.loads(files[RECEIPT])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None  # said by check_receipt


def _state_at_export(files: Mapping[str, bytes]) -> str:
    """What the package says, and as of when: an intact package issued before a later
    withdrawal stays intact, so the officer must see that it shows the state at its export."""
    from ..model import STATUS_LABELS, ItemStatus

    receipt = safejson.loads(files[RECEIPT])
    states = ", ".join(
        f"onderdeel {c['position']} {STATUS_LABELS[ItemStatus(c['status'])]}"
        for c in sorted(receipt["consents"], key=lambda c: int(c["position"]))
    )
    return (
        f"Stand bij export op {_moment(str(receipt['generated_at']))}: {states}. Wat daarna in "
        "het logboek kwam (bijvoorbeeld een latere intrekking), staat niet in dit pakket."
    )


def _request_named(
    manifest: Mapping[str, Any], verified: Mapping[int, dict[str, Any]], report: VerifyReport
) -> None:
    """The request the manifest names is the one whose creation the audited log holds (and
    only that one): so whose request it is, is what the log says."""
    created = [e["data"] for e in verified.values() if e["kind"] == "request.created"]
    code = manifest.get("reference_code")
    if len(created) != 1 or (code is not None and created[0].get("code") != code):
        report.problems.append(
            f"{MANIFEST} noemt een ander verzoek dan het logboekbewijs: het pakket is samengesteld "
            "uit delen die niet bij elkaar horen."
        )
        return
    youth = created[0].get("youth")
    report.youth = youth if isinstance(youth, int) else None
    # Each package holds its own export's event, and only that one: what the PDF promises
    # (how each was signed, the gezag, the workers, the status reasons) is read from it, and a
    # second genuine export slipped in beside it would silence those checks (review28).
    if sum(1 for e in verified.values() if e["kind"] == "proof.exported") != 1:
        report.problems.append(
            f"{AUDIT} bevat niet precies één export: het pakket is samengesteld uit delen die "
            "niet bij elkaar horen."
        )


def _binding(
    files: Mapping[str, bytes],
    manifest: Mapping[str, Any],
    verified: Mapping[int, dict[str, Any]],
    report: VerifyReport,
    *,
    pdf_readable: bool,
    stamps: tuple[TokenCheck | None, TokenCheck | None] = (None, None),
) -> None:
    """The manifest's key is the one the signed PDF and the receipt name (see binding.py).
    A PDF whose signature already failed is not read further (that problem is reported)."""
    key = report.public_key
    if manifest.get("key_id", key_id(key)) != key_id(key):
        report.problems.append(f"{MANIFEST}: de vingerafdruk past niet bij de sleutel erin.")
    if pdf_readable:
        _printed(files, manifest, verified, report, stamps)
    try:
        named = {c["key_fingerprint"] for c in safejson.loads(files[RECEIPT])["piiControllers"]}
    except (ValueError, KeyError, TypeError):
        return  # _receipt reports an unreadable receipt
    if len(named) != 1 or not names_key(str(next(iter(named))), key):
        report.problems.append(f"{RECEIPT} noemt een andere sleutel dan het pakket.")


def _printed(
    files: Mapping[str, bytes],
    manifest: Mapping[str, Any],
    verified: Mapping[int, dict[str, Any]],
    report: VerifyReport,
    stamps: tuple[TokenCheck | None, TokenCheck | None] = (None, None),
) -> None:
    """The PDF's text (read once): the key it prints, the trusted time it claims, then what
    else it prints that the audited part of the package fixes (printed.py), once that part
    was found in order."""
    from .binding import pdf_text

    text = pdf_text(files[PDF])
    if text is None:
        report.problems.append(f"{PDF}: de tekst van het document kan niet worden gelezen.")
        return
    with rtl_release.reading(verified):  # its release's drawing of wrapped lines
        _printed_text(text, files, manifest, verified, report, stamps)


def _printed_text(
    text: str,
    files: Mapping[str, bytes],
    manifest: Mapping[str, Any],
    verified: Mapping[int, dict[str, Any]],
    report: VerifyReport,
    stamps: tuple[TokenCheck | None, TokenCheck | None],
) -> None:
    _printed_key(text, report)
    report.problems += printed_time(text, *stamps)
    if report.youth is None or report.problems:
        return  # the audit file or the receipt is not in order: that is reported already
    checkpoint = safejson.loads(files[AUDIT])["checkpoint"]
    report.problems += printed.problems(
        text, PDF, manifest, checkpoint, verified, safejson.loads(files[RECEIPT]), files
    )
    # Who asked and who recorded each decision, by name (worker_names.py).
    from .printed_items import _without_page_frames

    said, facts = worker_names.check(
        _without_page_frames(text), verified, safejson.loads(files[AUDIT]), PDF
    )
    report.problems += said
    # A channel in words this release no longer prints (retired_wordings.py).
    report.problems += retired_wordings.check(
        _without_page_frames(text), safejson.loads(files[RECEIPT]), verified, PDF, RECEIPT
    )
    # How each tablet decision was signed: a typed name never as a drawing (signing_method.py).
    report.problems += signing_method.check(
        _without_page_frames(text), verified, files, files[PDF], PDF
    )
    # A moment of the doubled hour without its offset, where the export promised it.
    report.problems += moments_marked.check(text, verified, PDF)
    # …and each picture it shows is one of the package's signature pictures (pictures.py).
    picture = pictures.problem(files[PDF], files, verified, PDF)
    report.problems += [picture] if picture else []
    report.facts += facts


def _printed_key(text: str, report: VerifyReport) -> None:
    from .binding import LABEL, fingerprints_in

    fingerprint = report.fingerprint
    printed = fingerprints_in(text)
    wrong = [p for p in printed if not names_key(p, report.public_key)]
    if not printed or any(not p for p in printed):
        report.problems.append(
            f"{PDF} noemt geen vingerafdruk van de sleutel ('{LABEL}'): het document hoort niet "
            "bij dit pakket."
        )
    elif wrong:
        shown = ", ".join(grouped(p) for p in wrong)
        report.problems.append(
            f"{PDF} noemt sleutel {shown}, maar het pakket is ondertekend met sleutel "
            f"{grouped(fingerprint)}: de sleutel van het pakket is vervangen."
        )
    else:
        report.facts.append(
            f"{PDF} noemt dezelfde sleutel als het pakket, en is ondertekend met het certificaat "
            "in het pakket."
        )


def _certificate_against_trust(
    files: Mapping[str, bytes], trust: Trust | None, report: VerifyReport
) -> None:
    """A trust file also holds the certificate. A different one in a package signed with the
    trusted key is the organisation's own choice (a renewed or imported certificate: the key
    signed it into the manifest), so it is said, not failed."""
    if trust is None or trust.certificate_pem is None or not report.ok:
        return
    from .certificate import describe

    try:
        same = (
            describe(trust.certificate_pem).fingerprint_sha256
            == describe(files[CERT]).fingerprint_sha256
        )
    except ValueError:
        same = False
    if not same:
        report.facts.append(
            "Let op: het certificaat in het pakket is een ander dan in het vertrouwensbestand "
            "(de organisatie heeft het vervangen); de sleutel van de organisatie klopt wel."
        )


def _audit(
    files: Mapping[str, bytes], public_key: str, report: VerifyReport
) -> dict[int, dict[str, Any]]:
    try:
        doc = safejson.loads(files[AUDIT])
    except (KeyError, ValueError):
        report.problems.append(f"{AUDIT} ontbreekt of is onleesbaar.")
        return {}
    if not isinstance(doc, dict) or doc.get("public_key") != public_key:
        report.problems.append(f"{AUDIT} is ondertekend met een andere sleutel dan het pakket.")
        return {}
    problems, verified = inclusion.check(doc, AUDIT)
    report.problems += problems
    if not problems:
        cp = doc["checkpoint"]
        report.facts.append(
            f"Logboek: {len(verified)} gebeurtenissen zitten in het ondertekende controlepunt "
            f"({cp['tree_size']} gebeurtenissen, ondertekend op {_moment(cp['at'])})."
        )
    return verified


def _checkpoint_time(files: Mapping[str, bytes], report: VerifyReport) -> TokenCheck | None:
    """The checkpoint's RFC 3161 token, checked against the message the key signed (call once
    _audit accepted the checkpoint); None when it has none."""
    problem, stamp = inclusion.check_timestamp(safejson.loads(files[AUDIT]), AUDIT)
    if problem:
        report.problems.append(problem)
    return stamp


def _moment(value: str) -> str:
    try:
        return local_moment_text(from_iso(value))
    except ValueError:
        return value
