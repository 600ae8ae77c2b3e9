"""`toestemming verify PAKKET`: check a proof package offline, without the vault.

In order: the zip itself, the signature on manifest.json, the SHA-256 of every file (and that
no file was added or removed), the audit events against the signed checkpoint, the receipt
against the audited events and the texts, and the PAdES signature of bewijs.pdf. Every problem
is a Dutch sentence naming the file; an untouched package gives none."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..audit import key_id, verify_checkpoint_signature
from ..clock import LOCAL_TZ, from_iso
from ..safezip import PROOF_LIMITS, SafeZip, ZipRefused, read_folder
from . import inclusion
from .package import AUDIT, CERT, FORMAT, MANIFEST, PDF, PUBKEY, RECEIPT, SIGNATURE

_SIGNATURE_FILE = re.compile(rb"[0-9a-f]{128}\n")  # exactly as written: hex + newline


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)  # what was checked, for the OK message

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        if self.ok:
            return "OK — bewijspakket in orde.\n" + "\n".join("  " + f for f in self.facts)
        return "NIET in orde:\n" + "\n".join("  - " + p for p in self.problems)


def verify(package: Path | str, expected_key: str | None = None) -> VerifyReport:
    report = VerifyReport()
    files = _read(Path(package), report)
    if files is None:
        return report
    manifest = _manifest(files, report)
    if manifest is None:
        return report
    _file_hashes(files, manifest, report)
    public_key = str(manifest["public_key"])
    fingerprint = key_id(public_key)
    if expected_key and expected_key.strip().lower() not in (fingerprint, public_key.lower()):
        report.problems.append(
            f"Het pakket is ondertekend met sleutel {fingerprint}, niet met de verwachte sleutel "
            f"{expected_key.strip()}."
        )
    if report.problems:  # a changed file: the checks below would only repeat it
        return report
    from .pdfsign import check_pdf_signature, signer_subject  # pyHanko: only when needed

    verified = _audit(files, public_key, report)
    _receipt(files, verified, report)
    problem = check_pdf_signature(files[PDF], files[CERT], PDF)
    if problem:
        report.problems.append(problem)
    else:
        report.facts.append(f"{PDF}: digitale handtekening intact ({signer_subject(files[PDF])}).")
    report.facts.insert(0, f"{len(manifest['files'])} bestanden, controlesommen kloppen.")
    report.facts.append(f"Sleutel van de organisatie (vingerafdruk): {fingerprint}")
    return report


def _read(path: Path, report: VerifyReport) -> dict[str, bytes] | None:
    # A package comes from outside: sizes, names and member count are checked before anything
    # is unpacked, and nothing is unpacked past what the zip declares (safezip.py).
    try:
        if path.is_dir():
            return read_folder(path, PROOF_LIMITS, "Het bewijspakket")
        if not path.is_file():
            report.problems.append(f"Het pakket {path.name} bestaat niet.")
            return None
        with SafeZip.open(path, PROOF_LIMITS, "Het bewijspakket") as z:
            return z.read_all()
    except ZipRefused as exc:
        report.problems.append(exc.message)
    except OSError:
        report.problems.append(f"{path.name} kon niet worden gelezen.")
    return None


def _manifest(files: Mapping[str, bytes], report: VerifyReport) -> dict[str, Any] | None:
    for name in (MANIFEST, SIGNATURE):
        if name not in files:
            report.problems.append(f"{name} ontbreekt: dit is geen (volledig) bewijspakket.")
            return None
    try:
        manifest: dict[str, Any] = json.loads(files[MANIFEST])
        public_key = str(manifest["public_key"])
        if not _SIGNATURE_FILE.fullmatch(files[SIGNATURE]):
            raise ValueError("signature file")
        signature = bytes.fromhex(files[SIGNATURE].decode("ascii"))
        if manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
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
    listed: Mapping[str, Any] = manifest["files"]
    for name, entry in listed.items():
        if name not in files:
            report.problems.append(f"{name} ontbreekt in het pakket.")
        elif hashlib.sha256(files[name]).hexdigest() != entry.get("sha256"):
            report.problems.append(f"{name} is gewijzigd: de SHA-256 klopt niet met {MANIFEST}.")
    for name in files:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            report.problems.append(f"{name} staat niet in {MANIFEST}: toegevoegd na export.")
    if files.get(PUBKEY, b"").decode("ascii", "replace").strip() != manifest["public_key"]:
        report.problems.append(f"{PUBKEY} hoort niet bij de sleutel in {MANIFEST}.")


def _audit(
    files: Mapping[str, bytes], public_key: str, report: VerifyReport
) -> dict[int, dict[str, Any]]:
    try:
        doc = json.loads(files[AUDIT])
    except (KeyError, ValueError):
        report.problems.append(f"{AUDIT} ontbreekt of is onleesbaar.")
        return {}
    if doc.get("public_key") != public_key:
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


def _moment(value: str) -> str:
    try:
        return from_iso(value).astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return value


def _receipt(
    files: Mapping[str, bytes], verified: Mapping[int, dict[str, Any]], report: VerifyReport
) -> None:
    """The receipt must say what the audited events say, and name the texts in the package."""
    try:
        receipt = json.loads(files[RECEIPT])
        created = [e["data"] for e in verified.values() if e["kind"] == "request.created"]
        audited_texts = {i["item"]: i["text_sha256"] for c in created for i in c["items"]}
        request_hashes = {c["text_sha256"] for c in created}
        notice = receipt["notice"]
        if notice["text_sha256"] not in request_hashes:
            report.problems.append(
                f"{RECEIPT}: de tekst van het verzoek klopt niet met het logboek."
            )
        if hashlib.sha256(files[notice["text_file"]]).hexdigest() != notice["text_sha256"]:
            report.problems.append(f"{notice['text_file']}: klopt niet met {RECEIPT}.")
        # Texts in other languages (signing mode): their hashes are in request.created too.
        other_texts = {
            (i["item"], lang): h
            for c in created
            for i in c["items"]
            for lang, h in i.get("texts", {}).items()
        }
        for c in receipt["consents"]:
            where = f"{RECEIPT}, onderdeel {c['position']}"
            text_hash = c["notice"]["text_sha256"]
            if audited_texts.get(c["item_id"]) != text_hash:
                report.problems.append(f"{where}: de getoonde tekst klopt niet met het logboek.")
            if hashlib.sha256(files[c["notice"]["text_file"]]).hexdigest() != text_hash:
                report.problems.append(f"{where}: het tekstbestand hoort niet bij dit onderdeel.")
            shown = _shown_notices(c, other_texts, files, where, report)
            for e in c["events"]:
                body = verified.get(int(e["seq"]))
                if body is None:
                    report.problems.append(
                        f"{where}: gebeurtenis {e['seq']} staat niet in het logboekbewijs."
                    )
                elif body["at"] != e["time"] or (
                    "answer" in e and body["data"]["answers"].get(str(c["item_id"])) != e["answer"]
                ):
                    report.problems.append(
                        f"{where}: gebeurtenis {e['seq']} wijkt af van het logboek."
                    )
                elif "language" in e and not _decision_text_ok(e, body["data"], c, shown):
                    report.problems.append(
                        f"{where}: de tekst die bij gebeurtenis {e['seq']} werd getoond "
                        f"({e['language']}) staat niet (juist) in het pakket."
                    )
    except (KeyError, ValueError, TypeError):
        report.problems.append(f"{RECEIPT} is onvolledig of onleesbaar.")


def _shown_notices(
    consent: Mapping[str, Any],
    audited: Mapping[tuple[int, str], str],
    files: Mapping[str, bytes],
    where: str,
    report: VerifyReport,
) -> dict[str, str]:
    """language → hash of each text in the package that a signer saw; each must be the audited
    text of that language and its file must match."""
    out = {consent["notice"].get("language", ""): consent["notice"]["text_sha256"]}
    for n in consent.get("notices", []):
        lang, digest, name = n["language"], n["text_sha256"], n["text_file"]
        if name == consent["notice"]["text_file"]:
            if digest != consent["notice"]["text_sha256"]:
                report.problems.append(f"{where}: de getoonde tekst klopt niet met het logboek.")
            continue
        if audited.get((consent["item_id"], lang)) != digest:
            report.problems.append(
                f"{where}: de getoonde tekst ({lang}) klopt niet met het logboek."
            )
        elif name not in files:
            report.problems.append(f"{where}: {name} ontbreekt in het pakket.")
        elif hashlib.sha256(files[name]).hexdigest() != digest:
            report.problems.append(f"{where}: {name} hoort niet bij dit onderdeel.")
        else:
            out[lang] = digest
    return out


def _decision_text_ok(
    entry: Mapping[str, Any],
    audited: Mapping[str, Any],
    consent: Mapping[str, Any],
    shown: Mapping[str, str],
) -> bool:
    """A decision's language and text hash as audited, and that text in the package."""
    item = str(consent["item_id"])
    if "language" in audited:  # switched language: the event names it and the hashes
        if entry["language"] != audited["language"]:
            return False
        if entry.get("text_sha256") != audited.get("text_sha256", {}).get(item):
            return False
    elif entry.get("text_sha256") != consent["notice"]["text_sha256"]:
        return False
    return shown.get(entry["language"]) == entry.get("text_sha256")
