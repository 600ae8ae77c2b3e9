"""A genuine proof of a record with three holders of gezag is called forged (review23).

Two pieces of session 18 met here untested: cases20 made a record with three people holding
gezag (written before the limit) a record on which nobody decides — each item "aangevraagd"
with the rules' reason "3 personen met gezag … niemand beslist" (rules-too-many-gezag); proof22
made verify hold the reason printed after "Stand bij export" to the reasons the rules can give
(proof/status_reasons.py). That list did not know the new reason: the privacy officer exports
Lotte's proof to show the gemeente why nothing was shared, and `toestemming verify` says the
organisation's own signed package is not authentic.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, ParentPolicy, RepresentativeRole, SignerRef
from toestemming.proof import status_reasons
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases import people
from toestemming.usecases.consent import ItemSpec


def _lotte_with_three_holders(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Any,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    holders: int,
) -> tuple[Any, Any]:
    """Lotte (14), her parents and a request; a mother said "ja" to part 1; then further
    holders of gezag entered by a version from before the limit (here: the limit raised)."""
    c = catalog
    service.set_policy(replace(service.policy(), parent_policy=ParentPolicy.ONE_WITH_GEZAG))
    case = make_youth(14, parents=2, given_name="Lotte")
    request = service.consents.create_request(
        case.youth.id,
        [
            ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,)),
            ItemSpec(c.stage.id, c.werkgever.id, (c.contact.id,)),
        ],
    )
    mother = case.parents[0]
    service.consents.record_decisions(
        request.id, SignerRef.representative(mother.id), {request.items[0].id: "yes"}, "desk"
    )
    clock.advance(timedelta(days=2))
    with monkeypatch.context() as old_version:
        old_version.setattr(people, "MAX_GEZAG_HOLDERS", holders)
        for n in range(holders - 2):
            service.people.add_representative(
                case.youth.id, f"Gezinsvoogd {n} Bakker", RepresentativeRole.GUARDIAN, True
            )
    clock.advance(timedelta(days=1))
    return case, request


@pytest.mark.parametrize("holders", [3, 4])
def test_the_proof_of_a_record_nobody_may_decide_on_verifies_as_authentic(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Any,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    holders: int,
) -> None:
    _case, request = _lotte_with_three_holders(
        service, catalog, make_youth, clock, monkeypatch, holders
    )
    statuses = [service.consents.item_status(i.id) for i in request.items]
    assert [s.status for s in statuses] == [ItemStatus.REQUESTED, ItemStatus.REQUESTED]
    assert str(holders) in statuses[0].reason  # the desk says why nobody decides

    proof = service.forms.proof
    path = proof.export_request(request.id, tmp_path / "lotte.tbewijs")
    _, public_key = proof._keys()
    report = verify(path, public_key, clock=clock)

    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert statuses[0].reason in status_reasons.reasons(ItemStatus.REQUESTED, "")
