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
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from test_proof23_clock_status import withdrawn_ahead

from toestemming.clock import FixedClock
from toestemming.service import Service


def test_a_proof_of_wednesday_says_withdrawn_as_the_desk_does(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    request = withdrawn_ahead(service, catalog, make_youth, clock)
    path = service.forms.proof.export_request(request, tmp_path / "noor.tbewijs")
    with zipfile.ZipFile(path) as z:
        receipt = json.loads(z.read("receipt.json"))
    assert [i["status"] for i in receipt["consents"]] == ["withdrawn"]
