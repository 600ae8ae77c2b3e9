"""A FHIR Consent whose every field but the provision lies (proof29). Session 9 held what a
FHIR reader acts on (who may receive what), session 23 the young person's views; the rest of
the Consent was not compared: an insider with the organisation's key re-signed a package whose
`verification` dated Marek's "ja" a week earlier, named someone else as who said it, turned
the refused item's "nee" into "ja", dropped the withdrawal; a `grantor`, `subject` or
organisation of another name; an attachment whose SHA-1 is of other bytes or a file of another
item; the category text, the legal basis, the language. Each is refused (exit 1) and the
problem names the field in Dutch."""

# ruff: noqa: F811  (the s8 module's `insider` fixture, imported, is the tests' parameter)
from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from test_attack_s8_packages import (  # noqa: F401
    Insider,
    insider,
    refused,
    signed,
)

GIVEN = "fhir/consent-onderdeel-1.json"  # Marek: "ja"
WITHDRAWN = "fhir/consent-onderdeel-2.json"  # "ja", then withdrawn
REFUSED = "fhir/consent-onderdeel-3.json"  # "nee"
Edit = Callable[[dict[str, Any]], None]


def _earlier(r: dict[str, Any]) -> None:
    r["verification"][0]["verificationDate"] = ["2026-11-16T10:07:00Z"]


def _someone_else(r: dict[str, Any]) -> None:
    r["verification"][0]["verifiedWith"]["display"] = "Anna Wiśniewska"


def _role(r: dict[str, Any]) -> None:
    text = r["verification"][0]["verificationType"]["text"]
    r["verification"][0]["verificationType"]["text"] = text.replace("jongere", "ouder")


def _no_to_yes(r: dict[str, Any]) -> None:
    entry = r["verification"][0]
    entry["verificationType"]["text"] = entry["verificationType"]["text"].replace("nee", "ja")


def _withdrawal_dropped(r: dict[str, Any]) -> None:
    r["verification"] = [
        v for v in r["verification"] if "ingetrokken" not in v["verificationType"]["text"]
    ]


def _said_twice(r: dict[str, Any]) -> None:
    r["verification"].append(json.loads(json.dumps(r["verification"][0])))


def _verified_false(r: dict[str, Any]) -> None:
    r["verification"][0]["verified"] = False


def _other_language(r: dict[str, Any]) -> None:
    r["verification"][0]["verificationType"]["text"] += " (tekst in het Engels)"


def _grantor(r: dict[str, Any]) -> None:
    r["grantor"][0]["display"] = "Anna Wiśniewska (ouder)"


def _grantor_dropped(r: dict[str, Any]) -> None:
    r["grantor"] = []


def _subject(r: dict[str, Any]) -> None:
    r["subject"]["display"] = "Zoë de Vries"


def _controller(r: dict[str, Any]) -> None:
    r["controller"][0]["display"] = "Andere School"


def _text_hash(r: dict[str, Any]) -> None:
    text = next(a for a in r["sourceAttachment"] if a["url"].startswith("teksten/"))
    text["hash"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAA="


def _other_items_text(r: dict[str, Any]) -> None:
    text = next(a for a in r["sourceAttachment"] if a["url"].startswith("teksten/"))
    text["url"] = "teksten/onderdeel-3.txt"


def _category(r: dict[str, Any]) -> None:
    r["category"][0]["text"] = "Toestemming voor het delen van gegevens — toestemming gegeven"


def _special(r: dict[str, Any]) -> None:
    r["regulatoryBasis"][0]["coding"].append(
        {"system": "urn:toestemming:regulation", "code": "AVG-9-2-a", "display": "AVG art. 9"}
    )


def _language(r: dict[str, Any]) -> None:
    r["language"] = "en"


def _date(r: dict[str, Any]) -> None:
    r["date"] = "2026-01-01"


# (file, edit, the words the problem must hold)
CASES: dict[str, tuple[str, Edit, str]] = {
    "verification-earlier": (GIVEN, _earlier, "verification (wie wat besliste"),
    "verification-someone-else": (GIVEN, _someone_else, "verification"),
    "verification-role": (GIVEN, _role, "verification"),
    "verification-no-to-yes": (REFUSED, _no_to_yes, "verification"),
    "verification-withdrawal-dropped": (WITHDRAWN, _withdrawal_dropped, "verification"),
    "verification-twice": (GIVEN, _said_twice, "verification"),
    "verification-false": (GIVEN, _verified_false, "verification"),
    "verification-language": (GIVEN, _other_language, "verification"),
    "grantor": (GIVEN, _grantor, "grantor (wie besliste)"),
    "grantor-dropped": (REFUSED, _grantor_dropped, "grantor"),
    "subject": (GIVEN, _subject, "subject (de jongere)"),
    "controller": (GIVEN, _controller, "grantee/controller"),
    "text-hash": (GIVEN, _text_hash, "sourceAttachment"),
    "other-items-text": (GIVEN, _other_items_text, "sourceAttachment"),
    "category": (REFUSED, _category, "category (de stand in woorden)"),
    "special-basis": (GIVEN, _special, "regulatoryBasis"),
    "language": (GIVEN, _language, "language (de taal)"),
    "date": (GIVEN, _date, "date (de datum van het verzoek)"),
}


@pytest.mark.parametrize("what", sorted(CASES))
def test_a_fhir_field_re_signed_with_another_value(insider: Insider, what: str) -> None:
    name, edit, words = CASES[what]
    resource = json.loads(insider.later[name])
    edit(resource)
    assert resource != json.loads(insider.later[name]), "the edit changed nothing"
    files = {**insider.later, name: json.dumps(resource, indent=2, ensure_ascii=False).encode()}
    err = refused(insider, signed(files, insider.signing_key), f"fhir29-{what}.tbewijs", name)
    assert words in err, err
    assert "klopt niet met receipt.json" in err, err


def test_the_verification_entries_in_another_order_still_verify(insider: Insider) -> None:
    """Order carries no meaning in FHIR's list: the check compares, it does not sort-guess."""
    from test_attack_s8_packages import cli_verify, write

    from toestemming.proof.verify import EXIT_AUTHENTIC

    resource = json.loads(insider.later[WITHDRAWN])
    assert len(resource["verification"]) >= 2
    resource["verification"].reverse()
    files = {**insider.later, WITHDRAWN: json.dumps(resource, indent=2).encode()}
    path = write(insider.folder, signed(files, insider.signing_key), "fhir29-order.tbewijs")
    code, out, err = cli_verify("--trust", insider.trust, path)
    assert code == EXIT_AUTHENTIC, (out, err)
