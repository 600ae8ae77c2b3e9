"""What a parent reads (bewijs.pdf) against what `verify` checks (receipt.json), session 14.

An insider with the organisation's keys re-renders the PDF and, where needed, the receipt,
and signs both again: every field the PDF shows must be one the JSON states and verify
holds to the log. Two were not: who decided, by name (the receipt named only a number, the
log a salted commitment, so "Wie" could name the other parent or anyone), and the data
categories of an item (held to the shown text only in Dutch and only one way, so a receipt
and PDF that left the special category out verified). The receipt's "channel_label" was read
by no check at all. And the outsider without the keys: a PDF of another genuine package of the
same vault, or its text edited, is named as a changed file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import test_attack_s8_packages as s8
from test_attack_s8_packages import Insider, insider  # noqa: F401  (the module's fixture)
from test_attack_s10_printed_fields import REFUSED, decision, item
from youth_package_support import exported, resigned, youth_with_an_objection

from toestemming.clock import FixedClock
from toestemming.proof import verify
from toestemming.proof.package import MANIFEST, PDF, RECEIPT
from toestemming.proof.verify import EXIT_NOT_INTACT
from toestemming.service import Service

Files = dict[str, bytes]


def _receipt(files: Files, edit: Any) -> Files:
    receipt = json.loads(files[RECEIPT])
    edit(receipt)
    return {**files, RECEIPT: json.dumps(receipt, indent=2, ensure_ascii=False).encode()}


def test_the_pdf_cannot_name_another_person_as_the_one_who_decided(insider: Insider) -> None:  # noqa: F811
    """Marek (17) said yes on the tablet; the re-rendered PDF says Zoë Ødegaard did — same
    role, age, day, channel, evidence."""
    lie = decision(0, signer="Zoë Ødegaard")(insider.view)
    files = {**insider.later, PDF: s8.rendered(insider, lie)}
    s8.refused(
        insider,
        s8.signed(files, insider.signing_key),
        "s14-wie.tbewijs",
        "onderdeel 1: de besluiten",
    )


def test_the_receipt_names_who_decided(insider: Insider) -> None:  # noqa: F811
    receipt = json.loads(insider.later[RECEIPT])
    names = {
        e["by"]["name"] for c in receipt["consents"] for e in c["events"] if e["type"] == "decision"
    }
    assert names == {"Marek Wiśniewski"}


def test_an_item_cannot_leave_out_the_special_data_it_asked_for(insider: Insider) -> None:  # noqa: F811
    """Item 3 asked UWV for contact data and health data (special). The insider leaves health
    out of the receipt (every field that restates it made to agree) and of the PDF."""

    def edit(receipt: dict[str, Any]) -> None:
        consent = receipt["consents"][REFUSED]
        purpose = consent["services"][0]["purposes"][0]
        purpose["pii_categories"] = [c for c in purpose["pii_categories"] if c["code"] == "contact"]
        purpose["piiCategory"] = ["Contactgegevens"]
        consent["spiCat"], consent["sensitive"] = [], False
        consent.pop("consentType", None)
        receipt["spiCat"], receipt["sensitive"] = [], False

    lie = item(REFUSED, categories="Contactgegevens")(insider.view)
    files = _receipt({**insider.later, PDF: s8.rendered(insider, lie)}, edit)
    s8.refused(
        insider,
        s8.signed(files, insider.signing_key),
        "s14-gegevens.tbewijs",
        "onderdeel 3: de gegevens die het noemt zijn niet de gegevens die het logboek",
    )

    # A receipt from before session 14 (no numbers): the count still gives it away.
    def older(receipt: dict[str, Any]) -> None:
        edit(receipt)
        for c in receipt["consents"]:
            for cat in c["services"][0]["purposes"][0]["pii_categories"]:
                cat.pop("id")

    files = _receipt({**insider.later, PDF: s8.rendered(insider, lie)}, older)
    s8.refused(
        insider, s8.signed(files, insider.signing_key), "s14-gegevens-oud.tbewijs", "onderdeel 3"
    )


def test_the_receipts_channel_label_is_the_channels(insider: Insider) -> None:  # noqa: F811
    def edit(receipt: dict[str, Any]) -> None:
        for c in receipt["consents"]:
            for e in c["events"]:
                if e["type"] == "decision":
                    e["channel_label"] = "aan de balie"  # the log: tablet

    files = _receipt(insider.later, edit)
    s8.refused(insider, s8.signed(files, insider.signing_key), "s14-kanaal.tbewijs", RECEIPT)


def test_without_the_keys_another_pdf_or_an_edited_text_is_a_changed_file(
    insider: Insider,  # noqa: F811
) -> None:
    """The outsider: Zoë's genuine PDF (same vault, same certificate, intact signature) put
    into Marek's package, or Marek's own PDF with one word of its text changed."""
    swapped = {**insider.later, PDF: insider.zoe[PDF]}
    pdf = insider.later[PDF]
    at = pdf.index(b"stream") + 40  # inside the first content stream
    edited = {**insider.later, PDF: pdf[:at] + bytes([pdf[at] ^ 1]) + pdf[at + 1 :]}
    for name, files in (("s14-andere-pdf.tbewijs", swapped), ("s14-tekst.tbewijs", edited)):
        report = verify(s8.write(insider.folder, files, name), insider.public_key)
        assert report.exit_code == EXIT_NOT_INTACT
        assert report.problems == [f"{PDF} is gewijzigd: de SHA-256 klopt niet met {MANIFEST}."]


def test_an_honest_re_render_with_the_names_is_in_order(insider: Insider) -> None:  # noqa: F811
    files = {**insider.later, PDF: s8.rendered(insider, insider.view)}
    assert verify(
        s8.write(insider.folder, s8.signed(files, insider.signing_key), "s14-eerlijk.tbewijs"),
        insider.public_key,
    ).ok


def test_a_youth_package_cannot_call_a_disclosure_a_mere_weighing(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """In verstrekkingen.json a reader sees each entry's "soort" first. The insider relabels
    the disclosure "afweging" (every field the log holds left as it was) and re-signs: the
    label was read by no check."""
    youth_id = youth_with_an_objection(service, catalog, make_youth, clock).youth_id
    files, _ = exported(service, youth_id, tmp_path / "echt.ttbewijs")
    key, _ = service.forms.proof._keys()
    sharing = json.loads(files["verstrekkingen.json"])
    for entry in sharing["verstrekkingen"]:
        if entry["soort"] == "verstrekking":
            entry["soort"] = "afweging"
    forged = {**files, "verstrekkingen.json": json.dumps(sharing).encode()}
    report = verify(resigned(forged, key, tmp_path / "vals.ttbewijs"))
    assert any(
        p.startswith("verstrekkingen.json: gebeurtenis") and "anders dan het logboek" in p
        for p in report.problems
    ), report.problems
