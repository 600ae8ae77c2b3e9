# ruff: noqa: F811  (the s8 module's `insider` fixture, imported, is the tests' parameter)
"""The names in receipt.json — recipient, purpose, data categories — come from the registry,
not from the log; an insider with the keys could re-sign a receipt that names another
recipient than the text the signer read (issue 20, session 9). They are held to the item's
text, whose hash the log holds. And a genuine package in English (texts in English, the
receipt's names from the Dutch registry) still verifies."""

from __future__ import annotations

import json
import zipfile
from types import SimpleNamespace
from typing import Any

import pytest
from test_attack_s8_packages import (  # noqa: F401
    Insider,
    edited_receipt,
    insider,
    refused,
    signed,
)

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.verify import EXIT_UNCONFIRMED, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

SAID = "staan anders in de tekst die werd getoond"


def _purpose(receipt: dict[str, Any]) -> dict[str, Any]:
    return receipt["consents"][0]["services"][0]["purposes"][0]


def _recipient(receipt: dict[str, Any]) -> None:
    _purpose(receipt)["thirdPartyName"] = "Jeugdzorg Achterhoek"


def _service(receipt: dict[str, Any]) -> None:
    receipt["consents"][0]["services"][0]["service"] = "Handhaving leerplicht"


def _category(receipt: dict[str, Any]) -> None:
    _purpose(receipt)["pii_categories"][0]["name"] = "Strafrechtelijke gegevens"


def _extra_category(receipt: dict[str, Any]) -> None:
    cats = _purpose(receipt)["pii_categories"]
    cats.append({**cats[0], "code": "gezondheid", "name": "Gezondheid en medicijnen"})


EDITS = {
    "recipient": _recipient,
    "service": _service,
    "category": _category,
    "extra-category": _extra_category,
}


@pytest.mark.parametrize("what", sorted(EDITS))
def test_a_receipt_that_names_another_recipient_purpose_or_data(
    insider: Insider, what: str
) -> None:
    files = edited_receipt(insider.later, EDITS[what])
    refused(insider, signed(files, insider.signing_key), f"namen-{what}.tbewijs", SAID)


def test_a_genuine_english_request_with_a_described_recipient_verifies(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock, tmp_path: Any
) -> None:
    """In English the text names the categories in English and the recipient with its English
    description: the check must not cry wolf there."""
    c = service.catalog
    c.revise_purpose(catalog.werk.id, "Guidance to work", "So you get help with work.", "en")
    youth = make_youth(17).youth
    request = service.consents.create_request(
        youth.id,
        [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id, catalog.school.id))],
        language="en",
    )
    item = request.items[0]
    service.consents.record_decisions(
        request.id,
        SignerRef.youth(youth.id),
        {item.id: "yes"},
        "desk",
        shown_text_sha256={item.id: item.text_sha256},
    )
    path = service.forms.proof.export_request(request.id, tmp_path / "en.tbewijs")
    report = verify(path)
    assert report.exit_code == EXIT_UNCONFIRMED and not report.problems, report.problems
    receipt = json.loads(zipfile.ZipFile(path).read("receipt.json"))
    assert receipt["consents"][0]["notice"]["language"] == "en"
