"""`toestemming verify PAKKET`: check a proof package offline, without the vault.

In order: the zip itself, the signature on manifest.json, the SHA-256 of every file (and that
no file was added or removed), the audit events against the signed checkpoint, the receipt
against the audited events and the texts, the PAdES signature of bewijs.pdf, and what binds
the two keys together (binding.py). Every problem is a Dutch sentence naming the file; an
untouched package gives none.

Intact is not the same as authentic. An intact package proves that whoever holds its key made
it — a forger with a key of their own makes intact packages too. Authentic means: signed with
the key of the organisation the user trusts (trust.py: --trust FILE or --expect-key). Hence
four outcomes, each its own exit code (EXIT_*): authentic, intact but signer not confirmed
(the fingerprint is shown, to compare by phone), not intact, unreadable."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import logging
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import safejson
from ..audit import key_fingerprint, key_id, names_key, verify_checkpoint_signature
from ..clock import LOCAL_TZ, Clock, SystemClock, from_iso
from ..safefolder import read_folder
from ..safezip import PROOF_LIMITS, PROOF_PACKAGE, SafeZip, ZipRefused
from ..timestamps import TokenCheck
from ..words import plural
from . import inclusion, pdfscan, printed
from .package import AUDIT, CERT, FORMAT, MANIFEST, PDF, PUBKEY, RECEIPT, SIGNATURE
from .shown import MAX_LINE, one_line
from .trust import Trust, grouped, parse_expected_key
from .verify_drawn import hidden_text
from .verify_readme import readme_problems
from .verify_receipt import check_evidence, check_receipt
from .verify_schema import (
    audit_problems,
    fhir_problems,
    manifest_problems,
    schema_problems,
)
from .verify_time import printed_time, time_facts, time_gap, time_problems
from .verify_vault import check_organisation_named, check_receipt_id, check_vault_named
from .verify_youth_fields import index_problems
from .youth import INDEX, INNER_DIR, YOUTH_FORMAT
from .youth_logged import check_files, export_in, lists_missing, lists_older_than_export
from .youth_objections import SPEC as OBJECTIONS
from .youth_sharing import SPEC as SHARING

log = logging.getLogger(__name__)
_SIGNATURE_FILE = re.compile(rb"[0-9a-f]{128}\n")  # exactly as written: hex + newline

EXIT_AUTHENTIC = 0  # intact, and signed with the key the user trusts
EXIT_NOT_INTACT = 1  # something changed, or signed with another key than the trusted one
EXIT_UNREADABLE = 2  # no package to check: missing, not a zip (the CLI: also bad arguments)
EXIT_UNCONFIRMED = 3  # intact, but no trusted key given: the signer is not confirmed
# manifest.json is parsed before its signature is checked (the key is inside it): 2000
# members of ~120 bytes each fit many times over.
MANIFEST_BYTES = 1 << 20


CLI_CONFIRM_HINT = (
    "Of controleer opnieuw met --trust VERTROUWENSBESTAND of --expect-key VINGERAFDRUK."
)


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # what was checked, for the OK message
    fingerprint: str = ""  # of the package's key (32 hex), once the manifest is read
    public_key: str = ""  # the package's key (64 hex), once the manifest is read
    organisation: str = ""  # as the package names itself (unconfirmed without trust)
    trust: Trust | None = None  # what the user trusts, if anything was given
    unreadable: bool = False
    youth: int | None = None  # whose request the audited log says the package is about

    @property
    def ok(self) -> bool:
        """Intact: every hash and signature agrees (says nothing about who signed)."""
        return not self.problems

    @property
    def authentic(self) -> bool:
        """Intact and signed with the trusted key (a different key is a problem)."""
        return self.ok and self.trust is not None

    @property
    def exit_code(self) -> int:
        if self.unreadable:
            return EXIT_UNREADABLE
        if not self.ok:
            return EXIT_NOT_INTACT
        return EXIT_AUTHENTIC if self.authentic else EXIT_UNCONFIRMED

    def describe(self, confirm_hint: str = CLI_CONFIRM_HINT) -> str:
        """`confirm_hint`: how the reader can confirm the signer where they read this (the
        command line's options by default; the app names its buttons)."""
        # Every line may repeat what the package says of itself: one line of visible
        # characters each (shown.py), so no value can print a line of its own.
        details = "\n".join("  " + one_line(f, MAX_LINE) for f in self.facts)
        problems = "\n".join("  - " + one_line(p, MAX_LINE) for p in self.problems)
        if self.unreadable:
            return "Kan het pakket NIET controleren:\n" + problems
        if not self.ok:
            return "NIET in orde:\n" + problems
        organisation = one_line(self.organisation)
        if self.trust is not None:
            signer = one_line(self.trust.organisation) or "de organisatie die u vertrouwt"
            return (
                f"OK — bewijspakket in orde: intact en ondertekend door {signer} (sleutel "
                f"{grouped(self.fingerprint)}, volgens {one_line(self.trust.source)}).\n" + details
            )
        return (
            "Resultaat: intact, ondertekenaar niet bevestigd.\n"
            "  Het pakket is na export niet gewijzigd. Maar dat het van "
            f"{organisation or 'de organisatie'} komt, zegt het pakket alleen zelf.\n"
            "  Bel de organisatie (op een nummer dat u zelf opzoekt) en vergelijk de "
            "vingerafdruk van de sleutel:\n"
            f"      {grouped(self.fingerprint)}\n"
            f"  {one_line(confirm_hint)}\n" + details
        )


def verify(
    package: Path | str,
    expected_key: str | None = None,
    *,
    trust: Trust | None = None,
    clock: Clock | None = None,
) -> VerifyReport:
    """`expected_key`: a fingerprint or public key (--expect-key; ValidationError when it is not
    one); `trust`: a loaded trust file (trust.load_trust_file); `clock`: the reader's time, for
    moments a package claims in the future (verify_time.time_problems)."""
    now = (clock or SystemClock()).now()
    if trust is None and expected_key:
        trust = parse_expected_key(expected_key)
    report = VerifyReport(trust=trust)
    path = Path(package)
    files = _read(path, report)
    if files is None:
        return report
    manifest = _manifest(files, report)
    if manifest is None:
        return report
    try:
        if manifest["format"] == YOUTH_FORMAT:
            _youth_contents(files, manifest, trust, report, now)
        else:
            _contents(files, manifest, trust, report, now)
    except Exception as exc:
        # A hostile package that is signed (with any key) but has files of the wrong shape:
        # a plain sentence, never a traceback. The type only, for whoever reads the log.
        log.warning("verify: unexpected %s in a package", type(exc).__name__)
        report.problems.append(
            "Het pakket is onvolledig of onleesbaar: een bestand erin heeft niet de vorm die "
            "het hoort te hebben."
        )
    return report


def _contents(
    files: Mapping[str, bytes],
    manifest: Mapping[str, Any],
    trust: Trust | None,
    report: VerifyReport,
    now: datetime,
) -> None:
    _file_hashes(files, manifest, report)
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
    if problem is None:  # the text checked below must be what the pages show (verify_drawn)
        problem = hidden_text(files[PDF], PDF)
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
    if verified and pdf is not None and pdf.problem is None:
        stamp = pdf.timestamp
        report.problems += time_problems(
            now, files, verified, stamp, pdf.signed_at, checkpoint_time
        )
    _certificate_against_trust(files, trust, report)
    report.facts.insert(0, f"{len(manifest['files'])} bestanden, controlesommen kloppen.")
    if report.ok:
        check_receipt_id(files, report)
    if report.ok:
        report.facts.append(_state_at_export(files))
    report.facts += time_facts(pdf.timestamp if pdf else None, checkpoint_time)
    report.facts += time_gap(files, checkpoint_time)
    report.facts.append(f"Sleutel van de organisatie (vingerafdruk): {grouped(fingerprint)}")


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


def _youth_contents(
    files: dict[str, bytes],
    manifest: Mapping[str, Any],
    trust: Trust | None,
    report: VerifyReport,
    now: datetime,
) -> None:
    """A youth's package (youth.py): the signed index of inner packages, then each inner
    package checked in full, signed with the same key."""
    _listed_files(files, manifest["files"], report)
    if not report.problems:
        report.problems += manifest_problems(manifest) + readme_problems(
            files, manifest, youth=True
        )
    public_key = str(manifest["public_key"])
    report.fingerprint, report.public_key = key_fingerprint(public_key), public_key
    report.organisation = str(manifest.get("organisation", ""))
    if trust is not None and not trust.matches(public_key):
        report.problems.append(
            f"Het pakket is ondertekend met sleutel {grouped(report.fingerprint)}, niet met de "
            f"verwachte sleutel {trust.shown} ({trust.source})."
        )
    if report.problems:
        return
    index = safejson.loads(files[INDEX])
    report.problems += index_problems(index)
    if report.problems:
        return
    inner = sorted(n for n in files if n.startswith(INNER_DIR))
    codes = {p["file"]: p["reference_code"] for p in index["packages"]}
    if sorted(codes) != inner or len(codes) != len(index["packages"]):
        report.problems.append(f"{INDEX} noemt andere verzoeken dan er in het pakket zitten.")
        return
    youth = manifest.get("youth")
    if index.get("youth") != youth:
        report.problems.append(f"{INDEX} noemt een andere jongere dan {MANIFEST}.")
        return
    present = [spec.file for spec in (OBJECTIONS, SHARING) if spec.file in files]
    said, facts, listed, export = check_files(files, manifest, (OBJECTIONS, SHARING))
    report.problems += said
    report.facts += facts
    if not inner and not listed:  # a package that proves nothing is no proof
        report.problems.append(f"{INDEX} noemt geen verzoeken en het pakket bewijst niets anders.")
        return
    for name in inner:
        sub = VerifyReport(trust=trust)
        # One inner package in memory at a time, and its files counted against what is
        # still held: a nested bomb costs no more than the outer package may.
        data = files.pop(name)
        held = sum(len(v) for v in files.values())
        limits = dataclasses.replace(
            PROOF_LIMITS, max_total_size=max(PROOF_LIMITS.max_total_size - held, 0)
        )
        try:
            with SafeZip(io.BytesIO(data), limits, name) as z:
                inner_files = z.read_all()
        except ZipRefused as exc:
            report.problems.append(f"{name}: {exc.message}")
            continue
        finally:
            del data
        inner_manifest = _manifest(inner_files, sub)
        if inner_manifest is not None:
            if inner_manifest.get("public_key") != public_key:
                sub.problems.append("ondertekend met een andere sleutel dan het pakket.")
            elif inner_manifest["format"] != FORMAT:
                sub.problems.append("dit is geen bewijspakket van één verzoek.")
            else:
                _contents(inner_files, inner_manifest, trust, sub, now)
                _belongs(inner_manifest, manifest, codes[name], sub)
                seq, named = export_in(safejson.loads(inner_files[AUDIT])) if sub.ok else (None, {})
                if sub.ok and export is not None and seq != export:
                    sub.problems.append("komt uit een andere export dan de lijsten van het pakket.")
                elif export is None:  # no list here proves the export: the inner one does
                    said = lists_missing(named, present) + lists_older_than_export(named, present)
                    report.problems += [p for p in said if p not in report.problems]
        del inner_files
        report.problems += [f"{name}: {p}" for p in sub.problems]
        if sub.ok:
            report.facts.append(f"{name}: in orde.")
    report.facts.insert(
        0,
        "Pakket van één jongere: " + plural(len(inner), "%n bewijspakket.", "%n bewijspakketten."),
    )
    report.facts.append(f"Sleutel van de organisatie (vingerafdruk): {grouped(report.fingerprint)}")


def _belongs(
    inner: Mapping[str, Any], outer: Mapping[str, Any], code: str, sub: VerifyReport
) -> None:
    """An inner package is of this youth, this vault and the request the index names."""
    if not sub.ok:
        return
    if inner.get("vault") != outer.get("vault"):
        sub.problems.append("komt uit een andere kluis dan het pakket.")
    elif inner.get("organisation") != outer.get("organisation"):
        # The outer manifest's name is what the report shows as the signer.
        sub.problems.append("noemt een andere verantwoordelijke organisatie dan het pakket.")
    elif inner.get("reference_code") != code:
        sub.problems.append(f"is van een ander verzoek dan {INDEX} noemt.")
    elif sub.youth is None or sub.youth != outer.get("youth"):
        sub.problems.append(
            "is een verzoek van een andere jongere: het hoort niet in het pakket van deze jongere."
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
    _printed_key(text, report)
    report.problems += printed_time(text, *stamps)
    if report.youth is None or report.problems:
        return  # the audit file or the receipt is not in order: that is reported already
    checkpoint = safejson.loads(files[AUDIT])["checkpoint"]
    report.problems += printed.problems(
        text, PDF, manifest, checkpoint, verified, safejson.loads(files[RECEIPT]), files
    )


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


def _read(path: Path, report: VerifyReport) -> dict[str, bytes] | None:
    # A package comes from outside: sizes, names and member count are checked before anything
    # is unpacked, and nothing is unpacked past what the zip declares (safezip.py).
    # Nothing there, not a file, not a zip at all or not readable: the input, not the package,
    # is the problem (EXIT_UNREADABLE). A zip that is refused is a package not in order.
    try:
        if path.is_dir():
            return read_folder(path, PROOF_LIMITS, PROOF_PACKAGE)
        if not path.exists():
            report.problems.append(f"Het pakket {_shown_name(path)} bestaat niet.")
        elif not path.is_file():
            report.problems.append(
                f"{_shown_name(path)} is geen bestand (maar bijvoorbeeld een apparaat)."
            )
        else:
            with SafeZip.open(path, PROOF_LIMITS, PROOF_PACKAGE) as z:
                return z.read_all()
    except ZipRefused as exc:
        report.problems.append(exc.message)
        if path.is_dir() or zipfile.is_zipfile(path):
            return None
    except OSError:
        report.problems.append(f"{_shown_name(path)} kon niet worden gelezen (geen toegang?).")
    report.unreadable = True
    return None


def _shown_name(path: Path) -> str:
    # The user's own file name, but never control characters on their terminal.
    return "".join(c if c.isprintable() else "?" for c in path.name) or str(path)


def _manifest(files: Mapping[str, bytes], report: VerifyReport) -> dict[str, Any] | None:
    for name in (MANIFEST, SIGNATURE):
        if name not in files:
            report.problems.append(f"{name} ontbreekt: dit is geen (volledig) bewijspakket.")
            return None
    try:
        manifest: dict[str, Any] = safejson.loads(files[MANIFEST], max_bytes=MANIFEST_BYTES)
        public_key = str(manifest["public_key"])
        if not _SIGNATURE_FILE.fullmatch(files[SIGNATURE]):
            raise ValueError("signature file")
        signature = bytes.fromhex(files[SIGNATURE].decode("ascii"))
        if manifest.get("format") not in (FORMAT, YOUTH_FORMAT) or not isinstance(
            manifest.get("files"), dict
        ):
            raise ValueError("format")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        report.problems.append(
            f"{MANIFEST} of {SIGNATURE} is beschadigd of gewijzigd (niet meer leesbaar)."
        )
        return None
    if not verify_checkpoint_signature(public_key, files[MANIFEST], signature):
        report.problems.append(
            f"De handtekening in {SIGNATURE} klopt niet bij {MANIFEST}: de inhoudsopgave of de "
            "handtekening is na export gewijzigd."
        )
        return None
    return manifest


def _file_hashes(
    files: Mapping[str, bytes], manifest: Mapping[str, Any], report: VerifyReport
) -> None:
    _listed_files(files, manifest["files"], report)
    if files.get(PUBKEY, b"").decode("ascii", "replace").strip() != manifest["public_key"]:
        report.problems.append(f"{PUBKEY} hoort niet bij de sleutel in {MANIFEST}.")


def _listed_files(
    files: Mapping[str, bytes], listed: Mapping[str, Any], report: VerifyReport
) -> None:
    """Every file the signed manifest lists is there with its SHA-256, and nothing else."""
    for name, entry in listed.items():
        if name not in files:
            report.problems.append(f"{name} ontbreekt in het pakket.")
        elif hashlib.sha256(files[name]).hexdigest() != entry.get("sha256"):
            report.problems.append(f"{name} is gewijzigd: de SHA-256 klopt niet met {MANIFEST}.")
        elif type(entry.get("size")) is not int or entry["size"] != len(files[name]):
            # A reader that compares the size the manifest gives (it is signed) would call the
            # package changed where verify, comparing the hash only, said it was in order.
            report.problems.append(f"{name}: de grootte klopt niet met {MANIFEST}.")
    for name in files:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            report.problems.append(f"{name} staat niet in {MANIFEST}: toegevoegd na export.")


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
        return from_iso(value).astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return value
