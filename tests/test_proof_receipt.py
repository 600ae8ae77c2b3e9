"""receipt.json is an honest ISO/IEC TS 27560-shaped record with W3C DPV terms (issue 15):
every export validates against the JSON Schema in the repository (and in the package), for
items given, refused, conflicting, withdrawn, expired, superseded, revoked, invalidated and
still requested; the FHIR Consent of the same items validates as R5. A receipt that maps a
parents' conflict to a refusal, or drops a required field, does not validate."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fhir.resources.consent import Consent
from jsonschema import Draft202012Validator, FormatChecker

from toestemming.clock import FixedClock
from toestemming.model import ItemActionKind, ItemStatus, SignerRef
from toestemming.proof.package import RECEIPT
from toestemming.proof.receipt import SCHEMA_FILE, schema
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

VALIDATOR = Draft202012Validator(schema(), format_checker=FormatChecker())


def _every_state(service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock):
    c = catalog
    adult = make_youth(17)
    me = SignerRef.youth(adult.youth.id)
    spec = [
        ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),  # given
        ItemSpec(c.werk.id, c.gemeente.id, (c.contact.id,)),  # refused
        ItemSpec(c.stage.id, c.werkgever.id, (c.stagegegevens.id,)),  # withdrawn
        ItemSpec(c.leerplicht.id, c.rbl.id, (c.school.id,)),  # superseded
        ItemSpec(c.werk.id, c.rbl.id, (c.contact.id, c.gezondheid.id)),  # revoked (special)
        ItemSpec(c.stage.id, c.uwv.id, (c.contact.id,)),  # invalidated
        ItemSpec(c.leerplicht.id, c.gemeente.id, (c.school.id,)),  # still requested
    ]
    main = service.consents.create_request(adult.youth.id, spec)
    ids = [i.id for i in main.items]
    answers = {i: "yes" for i in ids[:6]} | {ids[1]: "no"}
    service.consents.record_decisions(main.id, me, answers, "desk", special_ack=[ids[4]])
    service.withdrawals.withdraw([ids[2]], me, "desk")
    service.consents.act_on_item(ids[3], ItemActionKind.SUPERSEDE, "Vernieuwd.")
    service.consents.act_on_item(ids[4], ItemActionKind.REVOKE, "Doel bereikt.")
    service.consents.act_on_item(ids[5], ItemActionKind.INVALIDATE, "Verkeerde jongere.")
    # Two parents disagree → conflicting (no consent, and nobody's refusal)
    child = make_youth(14, parents=2)
    conflict = service.consents.create_request(
        child.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = conflict.items[0].id
    p1, p2 = (SignerRef.representative(r.id) for r in child.parents)
    service.consents.record_decisions(conflict.id, p1, {item: "yes"}, "paper")
    service.consents.record_decisions(conflict.id, p2, {item: "no"}, "paper")
    # Given, then past its end date → expired
    short = make_youth(18)
    expiring = service.consents.create_request(
        short.youth.id,
        [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))],
        valid_until=clock.today() + timedelta(days=5),
    )
    service.consents.record_decisions(
        expiring.id, SignerRef.youth(short.youth.id), {expiring.items[0].id: "yes"}, "email"
    )
    clock.advance(timedelta(days=10))
    return [main.id, conflict.id, expiring.id]


def _files(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_every_state_validates_against_the_schema_and_fhir_r5(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Any,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    seen: dict[str, str] = {}
    for rid in _every_state(service, catalog, make_youth, clock):
        files = _files(service.forms.proof.export_request(rid, tmp_path / f"{rid}.zip"))
        receipt = json.loads(files[RECEIPT])
        errors = sorted(VALIDATOR.iter_errors(receipt), key=str)
        assert not errors, [e.message for e in errors][:5]
        assert json.loads(files[SCHEMA_FILE]) == schema()  # the package carries the schema
        for c in receipt["consents"]:
            seen[c["status"]] = c["state"]
        for name in (n for n in files if n.startswith("fhir/")):
            Consent.model_validate_json(files[name])
    assert set(seen) == {s.value for s in ItemStatus}
    assert seen["conflicting"] != "dpv:ConsentRefused"  # a conflict is not a refusal
    assert seen["refused"] == "dpv:ConsentRefused" and seen["given"] == "dpv:ConsentGiven"
    assert seen["withdrawn"] == "dpv:ConsentWithdrawn" and seen["expired"] == "dpv:ConsentExpired"


@pytest.fixture
def one_receipt(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock, tmp_path: Path
) -> dict[str, Any]:
    rid = _every_state(service, catalog, make_youth, clock)[1]
    files = _files(service.forms.proof.export_request(rid, tmp_path / "c.zip"))
    receipt: dict[str, Any] = json.loads(files[RECEIPT])
    return receipt


@pytest.mark.parametrize(
    "tamper",
    [
        lambda r: r["consents"][0].update(state="dpv:ConsentRefused"),  # conflict ≠ refusal
        lambda r: r.pop("jurisdiction"),
        lambda r: r["consents"][0].pop("consentType"),
        lambda r: r["consents"][0]["services"][0]["purposes"][0].pop("purposeCategory"),
        lambda r: r["consents"][0].pop("termination"),
        lambda r: r.update(schema="KI-CR-v1.1.0"),  # claiming another standard
        lambda r: r["consents"][0].update(sensitive=True),  # sensitive without explicit consent
    ],
)
def test_a_wrong_or_incomplete_receipt_does_not_validate(
    one_receipt: dict[str, Any], tamper: Any
) -> None:
    assert VALIDATOR.is_valid(one_receipt)
    bad = copy.deepcopy(one_receipt)
    tamper(bad)
    assert not VALIDATOR.is_valid(bad)
