"""The contract suite, as an insider would act: a consent row edited behind the app's back
(the vault file with its data key; the team server's superuser, a DBA) is caught on both
stores by the integrity check, the check at unlock (read-only) and the proof export."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import contract_support
import pytest
from contract_support import Store

from toestemming.clock import FixedClock
from toestemming.errors import IntegrityFailure
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

# The contract fixtures (both stores), under the names the tests ask for.
service = contract_support.service
store = contract_support.store


def _given_item(service: Service, catalog: SimpleNamespace, clock: FixedClock) -> tuple[int, str]:
    youth = service.people.add_youth(
        given_name="Xandra", family_name="Quellijn", birth_date="2008-03-01"
    )
    request = service.consents.create_request(
        youth.id,
        [
            ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,)),
            ItemSpec(catalog.stage.id, catalog.werkgever.id, (catalog.stagegegevens.id,)),
        ],
    )
    one, two = (i.id for i in request.items)
    clock.advance(timedelta(minutes=3))
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth.id), {one: "yes", two: "no"}, "desk"
    )
    assert service.replay().ok  # untouched: no false alarm on either store
    assert service.integrity_problems() == []
    return two, request.reference_code


def test_a_refusal_turned_into_a_yes_is_caught_on_both_stores(
    store: tuple[Store, Service], catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    handle, service = store
    refused, code = _given_item(service, catalog, clock)
    handle.raw("UPDATE decisions SET answer = 'yes' WHERE item_id = ?", (refused,))
    assert service.consents.item_status(refused).status.value == "given"  # the edit worked
    problems = service.integrity_problems()
    assert any(f"{code} onderdeel 2" in line for line in problems), problems
    with pytest.raises(IntegrityFailure):
        service.forms.proof.export_item(refused, tmp_path / "bewijs.zip")
    assert not (tmp_path / "bewijs.zip").exists()
    if service.writer_guard.lock is not None:  # (a vault: as from another desk)
        service.writer_guard.lock.release()
    again = handle.reopen(check=True)
    try:
        assert again.read_only
        assert again.health_report is not None and not again.health_report.ok
    finally:
        again.close()


def test_a_decision_added_without_its_event_is_caught_on_both_stores(
    store: tuple[Store, Service], catalog: SimpleNamespace, clock: FixedClock
) -> None:
    handle, service = store
    refused, code = _given_item(service, catalog, clock)
    row = service.vault.db.query_one(
        "SELECT signer_kind, signer_id, signer_role, decided_at, recorded_at, channel, "
        "worker_id, text_sha256 FROM decisions WHERE item_id = ?",
        (refused,),
    )
    assert row is not None
    handle.raw(
        "INSERT INTO decisions(item_id, signer_kind, signer_id, signer_role, answer, "
        "decided_at, recorded_at, channel, worker_id, special_ack, text_sha256) "
        "VALUES (?,?,?,?,'yes',?,?,?,?,0,?)",
        (refused, row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]),
    )
    problems = service.integrity_problems()
    assert any(f"{code} onderdeel 2" in line for line in problems), problems
