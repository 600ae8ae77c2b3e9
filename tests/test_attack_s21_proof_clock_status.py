"""A proof exported between a clock correction and the date a clock that ran ahead gave a
withdrawal (session 21, attack round 7; reported to proof22, the owner of toestemming/proof).

Noor's mother withdraws on Tuesday at a desk whose clock says Thursday; the clock is put right
an hour later ("de klok klopt nu"). On Wednesday the desk (ItemStates, judged by the capped
moment: event_seek.capped_rows) says "ingetrokken", but a proof exported that day says
"given — Alle benodigde personen hebben ja gezegd": proof/collect.py computes the status from
the rows as recorded (repo.item_histories without judged=True), where the withdrawal is dated
Thursday. The rows must stay as recorded in the proof (held against the log's events), only the
status needs the judged history; the verifier's own status check must agree. Fixed by proof23
(collect.py judges the status on repo.judged_history; test_proof23_clock_status.py verifies)."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def test_a_proof_of_wednesday_says_withdrawn_as_the_desk_does(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    c = catalog
    case = make_youth(13, parents=1, given_name="Noor")
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    mother = SignerRef.representative(case.parents[0].id)
    service.consents.record_decisions(request.id, mother, {item: "yes"}, "desk")
    tuesday = clock.now() + timedelta(days=1)
    clock.set(tuesday + timedelta(days=2))  # the laptop says Thursday
    service.withdrawals.withdraw([item], mother, "desk")
    clock.set(tuesday + timedelta(hours=1))
    with pytest.raises(VaultError):
        service.people.add_youth(given_name="A", family_name="B", birth_date="01-01-2012")
    assert service.clock_right.confirm() is not None
    clock.set(tuesday + timedelta(days=1))  # Wednesday
    assert service.consents.item_status(item).status == ItemStatus.WITHDRAWN
    path = service.forms.proof.export_request(request.id, tmp_path / "noor.tbewijs")
    with zipfile.ZipFile(path) as z:
        receipt = json.loads(z.read("receipt.json"))
    assert [i["status"] for i in receipt["consents"]] == ["withdrawn"]
