"""Session 14 held each category a receipt names to the audited request by its number
(receipt_fields.categories_agree) — but only when the receipt itself carries the numbers:
"older ones are held to the count". Whether a receipt is older was read from the receipt,
which the insider with the organisation key re-signs: dropping every "id" turned the number
check off. Item 3 asked UWV for contact data and health data (special); the insider's
receipt names contact data twice, without numbers — same count, and each name is in the
shown text — and the PDF re-rendered to match verified as genuine: the consent looked as if
no health data had been asked. Now the export's own logged event (`proof.exported`, in the
hash chain under the signed checkpoint) says that its receipt names the numbers; a receipt
without them is then refused. A package exported before keeps verifying on the count."""

from __future__ import annotations

import copy
import json
from typing import Any

import test_attack_s8_packages as s8
from test_attack_s8_packages import Insider, insider  # noqa: F401  (the module's fixture)
from test_attack_s10_printed_fields import REFUSED, item
from test_attack_s14_pdf_vs_json import _receipt

from toestemming.proof.package import PDF, RECEIPT


def test_dropping_the_numbers_does_not_turn_the_category_check_off(insider: Insider) -> None:  # noqa: F811
    def edit(receipt: dict[str, Any]) -> None:
        consent = receipt["consents"][REFUSED]
        purpose = consent["services"][0]["purposes"][0]
        contact = next(c for c in purpose["pii_categories"] if c["code"] == "contact")
        purpose["pii_categories"] = [contact, copy.deepcopy(contact)]
        purpose["piiCategory"] = ["Contactgegevens", "Contactgegevens"]
        consent["spiCat"], consent["sensitive"] = [], False
        consent.pop("consentType", None)
        receipt["spiCat"], receipt["sensitive"] = [], False
        for c in receipt["consents"]:
            for cat in c["services"][0]["purposes"][0]["pii_categories"]:
                cat.pop("id", None)

    assert all(
        "id" in cat
        for c in json.loads(insider.later[RECEIPT])["consents"]
        for cat in c["services"][0]["purposes"][0]["pii_categories"]
    )
    lie = item(REFUSED, categories="Contactgegevens, Contactgegevens")(insider.view)
    files = _receipt({**insider.later, PDF: s8.rendered(insider, lie)}, edit)
    s8.refused(
        insider,
        s8.signed(files, insider.signing_key),
        "s15-gegevens-zonder-nummers.tbewijs",
        "onderdeel 3",
    )
