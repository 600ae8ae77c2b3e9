"""Session 16 review: a genuine proof package whose worker-typed text holds a backslash
followed by "u0000" (a Windows share path pasted into a purpose's explanation, "\\\\fs01\\u0000")
must verify. safejson refuses a NUL inside a string (a C reader stops there), but it looked
for the six characters \\u0000 in the raw JSON text: the written form of a backslash ("\\\\")
followed by "u0000" contains them too, so the privacy officer's genuine package was refused
as unreadable. Only a real NUL in a parsed string is refused now."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from toestemming import safejson
from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

PASTED = "Stukken uit de map \\\\fs01\\u0000-archief, alleen wat nodig is."


def test_a_pasted_backslash_u0000_in_a_purpose_text_still_verifies(
    service: Service, clock: FixedClock, make_youth, tmp_path: Path
) -> None:
    c = service.catalog
    rbl = c.add_recipient("RBL Utrecht", "leerplicht_rmc", "Leerplicht")
    purpose = c.add_purpose("overstap", "Overstap naar werk", PASTED)
    contact = c.add_category("contact", "Contactgegevens", "Uitleg.", "dat", False)
    youth = make_youth(17).youth
    request = service.consents.create_request(
        youth.id, [ItemSpec(purpose.id, rbl.id, (contact.id,))]
    )
    clock.advance(timedelta(minutes=5))
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {request.items[0].id: "yes"}, "desk"
    )
    path = service.forms.proof.export_request(request.id, tmp_path / "p.tbewijs")
    published = service.public_key
    report = verify(path, expected_key=published)
    assert report.ok and report.authentic, report.problems


@pytest.mark.parametrize("text", [PASTED, "\\u0000", "a\\\\\\\\u0000b", "\\\\"])
def test_strict_json_reads_a_backslash_before_u0000_as_written(text: str) -> None:
    assert safejson.loads(json.dumps({"t": text})) == {"t": text}


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": "x\\u0000"}',
        b'{"a": "\\\\\\u0000"}',  # an escaped backslash, then a real NUL
        b'{"x\\u0000": 1}',  # in a name
        b'[["nee\\u0000 ja"]]',
    ],
)
def test_a_real_nul_is_still_refused(raw: bytes) -> None:
    with pytest.raises(ValueError):
        safejson.loads(raw)
