"""A proof of an erased youth with a sharing on another basis (review23).

proof22 put the sharings without consent into the request's proof (receipt entries and the
Verstrekkingen rows held to disclosure.recorded / disclosure.justified). Erasure (retention.py)
empties the youth's personal fields and the written reasons of those sharings (salted
commitments whose salts are deleted). The erased youth's package must still verify: the log
proves what was shared, when and on which basis, without the erased words.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from test_proof22_other_basis import _case

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service


def test_the_erased_youths_package_with_an_override_verifies(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path
) -> None:
    case = _case(service, catalog, clock, tmp_path, 2)  # two overrides after Sam's "nee"
    sam = service.people.search("Sam")[0]
    given = [
        v.item_id
        for v in service.consents.items_for_youth(sam.id)
        if v.status.status in (ItemStatus.GIVEN, ItemStatus.REQUESTED)
    ]
    service.withdrawals.withdraw(given, SignerRef.youth(sam.id), "desk")
    service.retention.erase(sam.id, "request")
    assert case.files  # (the package before the erasure verified: _case)

    path = service.forms.proof.export_youth_package(sam.id, tmp_path / "na")
    report = verify(path)
    assert report.ok, report.problems
