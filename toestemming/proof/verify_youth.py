"""`verify` of a youth's package (youth.py): the signed index of inner packages, the logged
lists (bezwaren.json, verstrekkingen.json), then each inner package checked in full as one
request's package, signed with the same key, of the same vault, youth and export."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .. import safejson
from ..audit import key_fingerprint
from ..safezip import PROOF_LIMITS, SafeZip, ZipRefused
from ..words import plural
from . import known_files
from .package import AUDIT, FORMAT, MANIFEST
from .trust import Trust, grouped
from .verify_read import listed_files, read_manifest
from .verify_readme import readme_problems
from .verify_report import VerifyReport
from .verify_request import check_request
from .verify_schema import manifest_problems
from .verify_youth_fields import index_problems
from .youth import INDEX, INNER_DIR
from .youth_inner import Inner, exported_by, inner_of, log_proofs
from .youth_inner import problems as whole_export
from .youth_logged import (
    check_files,
    export_in,
    formats_not_logged,
    lists_missing,
    lists_older_than_export,
    logged_formats,
    older_without_requests,
)
from .youth_objections import SPEC as OBJECTIONS
from .youth_sharing import SPEC as SHARING


def check_youth(
    files: dict[str, bytes],
    manifest: Mapping[str, Any],
    trust: Trust | None,
    report: VerifyReport,
    now: datetime,
) -> None:
    """A youth's package (youth.py): the signed index of inner packages, then each inner
    package checked in full, signed with the same key."""
    listed_files(files, manifest["files"], report)
    if not report.problems:
        report.problems += known_files.youth_problems(files)
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
    if not inner:  # nothing but the lists shows their export (older_without_requests)
        report.problems += older_without_requests(files, (OBJECTIONS, SHARING))
    lists_here = {name: files[name] for name in present}
    # The export the lists prove (read before check_files takes them out; used once they
    # verified): what it names, the package must hold (youth_inner.py).
    proofs = log_proofs(files, present)
    said, facts, listed, export = check_files(files, manifest, (OBJECTIONS, SHARING))
    listed_export = exported_by(proofs, export)
    report.problems += said
    report.facts += facts
    if not inner and not listed:  # a package that proves nothing is no proof
        report.problems.append(f"{INDEX} noemt geen verzoeken en het pakket bewijst niets anders.")
        return
    exports: dict[str, Inner] = {}
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
        inner_manifest = read_manifest(inner_files, sub)
        if inner_manifest is not None:
            if inner_manifest.get("public_key") != public_key:
                sub.problems.append("ondertekend met een andere sleutel dan het pakket.")
            elif inner_manifest["format"] != FORMAT:
                sub.problems.append("dit is geen bewijspakket van één verzoek.")
            else:
                check_request(inner_files, inner_manifest, trust, sub, now)
                _belongs(inner_manifest, manifest, codes[name], sub)
                audit = safejson.loads(inner_files[AUDIT])
                seq, named = export_in(audit) if sub.ok else (None, {})
                if sub.ok:
                    exports[name] = inner_of(audit)
                if sub.ok and export is not None and seq != export:
                    sub.problems.append("komt uit een andere export dan de lijsten van het pakket.")
                elif export is None:  # no list here proves the export: the inner one does
                    # An export since proof20 says each list's format; an older one only
                    # which lists it wrote (then a /1 list of it was rewritten).
                    formats = logged_formats(safejson.loads(inner_files[AUDIT]))
                    said = lists_missing(named, present) + (
                        formats_not_logged(formats, lists_here)
                        or lists_older_than_export(named, present)
                    )
                    report.problems += [p for p in said if p not in report.problems]
        del inner_files
        report.problems += [f"{name}: {p}" for p in sub.problems]
        if sub.ok:
            report.facts.append(f"{name}: in orde.")
    if not report.problems and all(n in exports for n in inner):
        report.problems += whole_export(exports, listed_export, youth)
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
