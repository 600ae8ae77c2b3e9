"""FHIR R5 Consent says what was decided (issue 15): base `deny`, and for a given item ONE
provision that permits exactly that recipient × purpose × categories × period. An evaluator
written from the R5 rules (fhir_eval.py) must reach the vault's own "Mag ik delen?" answer for
every item of the demo vault; every resource validates with fhir.resources (R5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fhir.resources.consent import Consent
from fhir_eval import effective

from toestemming.devtools.demo import create_demo_vault
from toestemming.model import ItemStatus
from toestemming.proof.fhir import STATUS, recipient_identifier
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASS = "oefenen met toestemming"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Service]:
    path = tmp_path_factory.mktemp("demo") / "demo.tvault"
    create_demo_vault(path, PASS, youths=24, kdf=KdfParams())
    svc = Service.open(path, PASS)
    try:
        yield svc
    finally:
        svc.close()


def _all_requests(svc: Service) -> list[int]:
    return [int(r[0]) for r in svc.vault.db.query("SELECT id FROM consent_requests ORDER BY id")]


def test_every_demo_item_evaluates_to_the_vaults_may_share_answer(demo: Service) -> None:
    svc = demo
    vault_id = svc.vault.db.scalar("SELECT value FROM meta WHERE key = 'vault_id'")
    today = svc.clock.today()
    by_youth: dict[int, list[dict]] = {}
    items = []
    statuses = set()
    for rid in _all_requests(svc):
        request = svc.consents.request(rid)
        resources = svc.forms.proof.fhir_consents(rid)
        for item, resource in zip(request.items, resources, strict=True):
            Consent.model_validate(resource)  # R5 structure
            by_youth.setdefault(request.youth_id, []).append(resource)
            items.append((request.youth_id, item, resource))
    for youth_id, item, resource in items:
        recipient = (recipient_identifier(str(vault_id)), str(item.recipient.id))
        cats = [c.code for c in item.categories]
        status = svc.consents.item_status(item.id).status
        statuses.add(status)
        mine = effective(resource, recipient, item.purpose.code, cats, today)
        assert (mine == "permit") == (status == ItemStatus.GIVEN), (status, resource)
        answer = svc.sharing.may_share(
            youth_id, item.recipient.id, item.purpose.id, [c.id for c in item.categories]
        )
        any_permit = any(
            effective(r, recipient, item.purpose.code, cats, today) == "permit"
            for r in by_youth[youth_id]
        )
        assert answer.allowed == any_permit, (answer.reason, item.id)
    # The demo has items in (nearly) every state; the test is only worth it if it saw them.
    assert {ItemStatus.GIVEN, ItemStatus.REFUSED, ItemStatus.WITHDRAWN} <= statuses
    assert len(statuses) >= 5


def test_given_permits_exactly_its_scope_and_a_no_permits_nothing(demo: Service) -> None:
    svc = demo
    vault_id = str(svc.vault.db.scalar("SELECT value FROM meta WHERE key = 'vault_id'"))
    today = svc.clock.today()
    seen: set[ItemStatus] = set()
    for rid in _all_requests(svc):
        request = svc.consents.request(rid)
        for item, r in zip(request.items, svc.forms.proof.fhir_consents(rid), strict=True):
            status = svc.consents.item_status(item.id).status
            seen.add(status)
            assert r["decision"] == "deny"  # the base rule, always
            assert r["status"] == STATUS[status][0]
            recipient = (recipient_identifier(vault_id), str(item.recipient.id))
            cats = [c.code for c in item.categories]
            if status != ItemStatus.GIVEN:
                assert "provision" not in r  # a no is a no: no exception at all
                continue
            (p,) = r["provision"]
            assert p["actor"][0]["role"]["coding"][0]["code"] == "IRCP"
            assert {c["code"] for c in p["securityLabel"]} == set(cats)
            # Anything outside the scope stays denied: other recipient, purpose, category, date.
            other = (recipient_identifier(vault_id), str(item.recipient.id + 1000))
            assert effective(r, other, item.purpose.code, cats, today) == "deny"
            assert effective(r, recipient, "iets-anders", cats, today) == "deny"
            assert effective(r, recipient, item.purpose.code, [*cats, "gezondheid"], today) in (
                ("permit",) if "gezondheid" in cats else ("deny",)
            )
            assert (
                effective(
                    r,
                    recipient,
                    item.purpose.code,
                    cats,
                    request.valid_until.replace(year=request.valid_until.year + 1),
                )
                == "deny"
            )
            assert r["grantor"] and r["grantee"][0]["display"] == r["controller"][0]["display"]
            assert r["regulatoryBasis"][0]["coding"][0]["code"] == "AVG-6-1-a"
    assert ItemStatus.GIVEN in seen and ItemStatus.REFUSED in seen


def test_status_table_covers_every_state() -> None:
    assert set(STATUS) == set(ItemStatus)
    assert [s for s, (_f, permit) in STATUS.items() if permit] == [ItemStatus.GIVEN]


def test_package_fhir_lists_the_evidence_as_source_attachments(
    tmp_path: Path, demo: Service
) -> None:
    import json
    import zipfile

    svc = demo
    rid = int(
        svc.vault.db.scalar(
            "SELECT i.request_id FROM decisions d JOIN consent_items i ON i.id = d.item_id "
            "WHERE d.channel = 'tablet' LIMIT 1"
        )
    )
    path = svc.forms.proof.export_request(rid, tmp_path)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        fhir = [json.loads(z.read(n)) for n in names if n.startswith("fhir/")]
    for r in fhir:
        Consent.model_validate(r)
        urls = {a["url"] for a in r["sourceAttachment"]}
        assert "bewijs.pdf" in urls
        evidence = {n for n in names if n.startswith("bewijsstukken/")}
        assert evidence and evidence <= urls  # signature picture and strokes included
