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

from pathlib import Path
from typing import Any

from test_casussen_s19_three_gezag_holders_on_record import Story, lotte

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus, SignerRef
from toestemming.proof import status_reasons
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service

__all__ = ["lotte"]  # (the story's fixture, used by name)


def test_the_proof_of_a_record_nobody_may_decide_on_verifies_as_authentic(
    service: Service, clock: FixedClock, lotte: Story, tmp_path: Path
) -> None:
    """Lotte (14): her mother said "ja" to part 1; then the gezinsvoogd was entered as a
    third holder of gezag by a version from before the limit (casussen s19's story)."""

    def mother_says_yes(case: Any, request: Any) -> None:
        service.consents.record_decisions(
            request.id,
            SignerRef.representative(case.parents[0].id),
            {request.items[0].id: "yes"},
            "desk",
        )

    _case, _gezinsvoogd, request, _item = lotte(mother_says_yes)
    statuses = [service.consents.item_status(i.id) for i in request.items]
    assert [s.status for s in statuses] == [ItemStatus.REQUESTED, ItemStatus.REQUESTED]
    assert "3 personen met gezag" in statuses[0].reason  # the desk says why nobody decides

    proof = service.forms.proof
    path = proof.export_request(request.id, tmp_path / "lotte.tbewijs")
    _, public_key = proof._keys()
    report = verify(path, public_key, clock=clock)

    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert statuses[0].reason in status_reasons.reasons(ItemStatus.REQUESTED, "")
    # and a record with more (the count is in the reason, not in the receipt)
    four = statuses[0].reason.replace("Er staan 3 ", "Er staan 4 ")
    assert four in status_reasons.reasons(ItemStatus.REQUESTED, "")
