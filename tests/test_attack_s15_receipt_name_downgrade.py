"""The same downgrade for who decided. Session 14 held the PDF's "Wie" to the receipt's
`by.name` (the log has only a number and a salted commitment) — for receipts "before session
14" not at all, and "before" was read from the receipt: an insider who re-signs it without
the names could print another person's name on the PDF. Marek (17) said yes on the tablet;
the re-rendered PDF says his mother's friend Zoë Ødegaard did, the receipt names nobody: it
verified as genuine. The export's logged event says its receipt names who decided
(receipt.NUMBERED_CATEGORIES, the same generation); such a receipt without the names is
refused."""

from __future__ import annotations

from typing import Any

import test_attack_s8_packages as s8
from fhir_forgery import fhir_edited, grantors_unnamed
from test_attack_s8_packages import Insider, insider  # noqa: F401  (the module's fixture)
from test_attack_s10_printed_fields import decision
from test_attack_s14_pdf_vs_json import _receipt

from toestemming.proof.package import PDF


def test_dropping_the_names_does_not_let_the_pdf_name_another_person(insider: Insider) -> None:  # noqa: F811
    def nameless(receipt: dict[str, Any]) -> None:
        for c in receipt["consents"]:
            for e in c["events"]:
                e.get("by", {}).pop("name", None)

    lie = decision(0, signer="Zoë Ødegaard")(insider.view)
    files = _receipt({**insider.later, PDF: s8.rendered(insider, lie)}, nameless)
    files = fhir_edited(files, grantors_unnamed)  # the FHIR copies name nobody either
    s8.refused(
        insider,
        s8.signed(files, insider.signing_key),
        "s15-wie-zonder-namen.tbewijs",
        "onderdeel 1",
    )
