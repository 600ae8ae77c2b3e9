"""A FHIR Consent that permits the right item, but to someone else or for more (issue 20,
session 9). A system reading the package's FHIR acts on the provision: to whom, for which
purpose, which data, how long. An insider with the organisation's keys re-signs a package
whose given item's Consent names another recipient, another purpose, an extra category, a
longer period or a second provision; `verify` must refuse each (exit 1, the file named)."""

# ruff: noqa: F811  (the s8 module's `insider` fixture, imported, is the tests' parameter)
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from test_attack_s8_packages import (  # noqa: F401
    Insider,
    cli_verify,
    insider,
    refused,
    signed,
    write,
)

from toestemming.proof.package import AUDIT
from toestemming.proof.verify import EXIT_AUTHENTIC

GIVEN = "fhir/consent-onderdeel-1.json"
Edit = Callable[[dict[str, Any], dict[str, Any]], None]


def other_recipient(insider: Insider) -> int:
    audit = json.loads(insider.later[AUDIT])
    bodies = [json.loads(e["body"]) for e in audit["events"]]
    created = next(b["data"] for b in bodies if b["kind"] == "request.created")
    ids = [int(i["recipient"]) for i in created["items"]]
    return next(r for r in ids if r != ids[0])


def _recipient_number(p: dict[str, Any], other: dict[str, Any]) -> None:
    p["actor"][0]["reference"]["identifier"]["value"] = str(other["recipient"])


def _recipient_name(p: dict[str, Any], other: dict[str, Any]) -> None:
    p["actor"][0]["reference"]["display"] = "Jeugdzorg Achterhoek"


def _purpose(p: dict[str, Any], other: dict[str, Any]) -> None:
    p["purpose"][0]["code"] = "handhaving-leerplicht"


def _extra_category(p: dict[str, Any], other: dict[str, Any]) -> None:
    p["securityLabel"].append({"system": p["securityLabel"][0]["system"], "code": "gezondheid"})


def _one_category_less(p: dict[str, Any], other: dict[str, Any]) -> None:
    p["securityLabel"].pop()  # narrower reads harmless, but it is not what was agreed


def _longer(p: dict[str, Any], other: dict[str, Any]) -> None:
    p["period"] = {**p["period"], "end": "2099-12-31"}


EDITS: dict[str, Edit] = {
    "recipient-number": _recipient_number,
    "recipient-name": _recipient_name,
    "purpose": _purpose,
    "extra-category": _extra_category,
    "one-category-less": _one_category_less,
    "longer-period": _longer,
}


@pytest.mark.parametrize("what", sorted(EDITS))
def test_a_permit_for_the_given_item_that_says_more_or_other(insider: Insider, what: str) -> None:
    consent = json.loads(insider.later[GIVEN])
    assert consent["decision"] == "deny" and len(consent["provision"]) == 1
    EDITS[what](consent["provision"][0], {"recipient": other_recipient(insider)})
    files = {**insider.later, GIVEN: json.dumps(consent, indent=2).encode()}
    refused(insider, signed(files, insider.signing_key), f"fhir9-{what}.tbewijs", GIVEN)


def test_a_second_provision_beside_the_genuine_one(insider: Insider) -> None:
    consent = json.loads(insider.later[GIVEN])
    extra = json.loads(json.dumps(consent["provision"][0]))
    _recipient_number(extra, {"recipient": other_recipient(insider)})
    consent["provision"].append(extra)
    files = {**insider.later, GIVEN: json.dumps(consent, indent=2).encode()}
    refused(insider, signed(files, insider.signing_key), "fhir9-two.tbewijs", GIVEN)


def test_the_genuine_package_re_signed_unchanged_is_still_authentic(insider: Insider) -> None:
    """The check compares, it does not guess: the insider's re-signing alone changes nothing."""
    path = write(
        insider.folder, signed(dict(insider.later), insider.signing_key), "fhir9-ok.tbewijs"
    )
    code, out, err = cli_verify("--trust", insider.trust, path)
    assert code == EXIT_AUTHENTIC, (out, err)
