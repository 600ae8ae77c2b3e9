"""receipt.json's restated fields, and who the PDF says it is about (issue 20, session 10).

receipt_fields.py held every receipt event to the log and the status to the events, but the
fields a machine reader acts on that restate those facts were read by no check: how consent
was collected (`collectionMethod`), whether and when it ended (`termination`), whether it is
special data (`spiCat`, `sensitive`, `consentType`), and the evidence list's hashes. Nor were
the PDF's youth, birth date and responsible organisation compared with the receipt. An
insider with the organisation's keys edited them, re-signed, and `verify --trust` said "OK".

Each case: `toestemming-cli verify --trust` in a child process, exit 1, a Dutch sentence
naming the item and the field, never a name."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from test_attack_s8_packages import (  # noqa: F401  (insider: the module's fixture)
    Insider,
    edited_receipt,
    insider,
    refused,
    rendered,
    signed,
)

from formulieren.proof_pdf import ProofView
from toestemming.proof.package import MANIFEST, PDF, SIGNATURE

Receipt = dict[str, Any]


def consent(position: int, edit: Callable[[dict[str, Any]], None]) -> Callable[[Receipt], None]:
    def change(receipt: Receipt) -> None:
        edit(next(c for c in receipt["consents"] if c["position"] == position))

    return change


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(c: dict[str, Any]) -> None:
        c[key] = value

    return change


def _termination(**changes: Any) -> Callable[[dict[str, Any]], None]:
    def change(c: dict[str, Any]) -> None:
        c["termination"] |= changes
        if changes.get("ended") is False:
            c["termination"].pop("ended_at", None)

    return change


def _evidence_hash(c: dict[str, Any]) -> None:
    c["evidence"][0]["sha256"] = "0" * 64


RECEIPTS: dict[str, tuple[Callable[[Receipt], None], str]] = {
    "collected-at-the-desk-not-on-the-tablet": (
        consent(1, _set("collectionMethod", ["desk"])),
        "onderdeel 1: collectionMethod",
    ),
    "a-withdrawn-item-that-never-ended": (
        consent(2, _termination(ended=False)),
        "onderdeel 2: termination",
    ),
    "withdrawn-a-month-later-than-the-log-says": (
        consent(2, _termination(ended_at="2026-12-30T10:07:00.000000Z")),
        "onderdeel 2: termination",
    ),
    "health-data-not-special": (
        consent(3, _set("spiCat", [])),
        "onderdeel 3: spiCat, sensitive",
    ),
    "special-data-with-ordinary-consent": (
        consent(3, _set("consentType", "dpv:ExpressedConsent")),
        "onderdeel 3: spiCat",
    ),
    "an-evidence-hash-of-another-file": (
        consent(1, _evidence_hash),
        "onderdeel 1: evidence",
    ),
}


@pytest.mark.parametrize("case", sorted(RECEIPTS))
def test_a_restated_receipt_field_that_the_item_does_not_say(
    insider: Insider,  # noqa: F811
    case: str,
) -> None:
    edit, words = RECEIPTS[case]
    files = edited_receipt(insider.later, edit)
    err = refused(insider, signed(files, insider.signing_key), f"s10-r-{case}.tbewijs", words)
    assert "past niet bij de rest van het onderdeel" in err
    assert "Marek" not in err and "Wiśniewski" not in err


PDFS: dict[str, tuple[Callable[[ProofView], ProofView], str]] = {
    "another-birth-date": (
        lambda v: dataclasses.replace(v, youth_birth_date=date(2008, 10, 14)),
        "een andere jongere of geboortedatum",
    ),
    "another-youth": (
        lambda v: dataclasses.replace(v, youth_name="Mark Wiśniewski"),
        "een andere jongere of geboortedatum",
    ),
    "another-organisation": (
        lambda v: dataclasses.replace(v, organisation="Gemeente Utrecht"),
        "een andere verantwoordelijke organisatie",
    ),
}


@pytest.mark.parametrize("case", sorted(PDFS))
def test_a_pdf_about_someone_else_than_the_receipt(
    insider: Insider,  # noqa: F811
    case: str,
) -> None:
    edit, words = PDFS[case]
    files = {**insider.later, PDF: rendered(insider, edit(insider.view))}
    err = refused(insider, signed(files, insider.signing_key), f"s10-p-{case}.tbewijs", words)
    assert "Marek" not in err and "Wiśniewski" not in err


def test_an_old_genuine_package_says_it_shows_the_state_at_its_export(
    insider: Insider,  # noqa: F811
) -> None:
    """A package stays intact after a later withdrawal; verify says as of when it speaks, and
    which state each item had then, so an old package is not read as today's state."""
    from test_attack_s8_packages import cli_verify, write

    path = write(insider.folder, insider.first, "s10-oud.tbewijs")
    code, out, err = cli_verify("--trust", insider.trust, path)
    assert code == 0 and not err, (out, err)
    line = next(x for x in out.splitlines() if "Stand bij export op" in x)
    assert "onderdeel 1 gegeven, onderdeel 2 ingetrokken, onderdeel 3 geweigerd" in line
    assert "staat niet in dit pakket" in line


def test_a_receipt_dated_before_the_withdrawal_it_cites(insider: Insider) -> None:  # noqa: F811
    """The insider dates the receipt (and the manifest) a day before Marek's withdrawal: the
    date verify shows as "Stand bij export op …", and the moment up to which status_agrees
    counts a withdrawal as ended, so the first step towards calling the withdrawn item
    "given at export". The export's own audited moment says otherwise."""
    for field in ("receipt", "manifest"):

        def backdated(receipt: Receipt) -> None:
            receipt["generated_at"] = "2026-11-29T10:07:00.000000Z"

        files = edited_receipt(insider.later, backdated) if field == "receipt" else insider.later
        manifest = None
        if field == "manifest":
            doc = json.loads(insider.later[MANIFEST])
            doc["created_at"] = "2026-11-29T10:07:00.000000Z"
            doc["files"] = {
                n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                for n, d in sorted(files.items())
                if n not in (MANIFEST, SIGNATURE)
            }
            manifest = json.dumps(doc, indent=2, ensure_ascii=False).encode()
        refused(
            insider,
            signed(files, insider.signing_key, manifest),
            f"s10-teruggedateerd-{field}.tbewijs",
            "ander moment van export",
        )
