"""A reason printed after "Stand bij export" by this release stays accepted by every later one.

proof22 holds the reason to the ones the rules can give (proof/status_reasons.py), for packages
whose logged export says so. Held to today's catalog only, the day a developer improves a
status-why-* sentence every such package printed before would be called forged — the class
session 14 closed for labels (test_attack_s14_old_wordings.py). The snapshot is this release's
reasons; a rewording must move the former text into status_reasons.EARLIER."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toestemming.model import ItemStatus
from toestemming.proof import status_reasons

SNAPSHOT = Path(__file__).parent / "data" / "status_reasons_s18.json"
UNTIL = "2027-11-23"  # the end date the snapshot's expiry reason names


@pytest.mark.parametrize("status", list(ItemStatus), ids=lambda s: s.value)
def test_every_reason_printed_by_session_18_is_still_accepted(status: ItemStatus) -> None:
    printed = json.loads(SNAPSHOT.read_text(encoding="utf-8"))[status.value]
    accepted = status_reasons.reasons(status, UNTIL)
    assert set(printed) <= accepted, sorted(set(printed) - accepted)


def test_a_reworded_reason_kept_in_earlier_is_accepted_for_its_own_status_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = "Alle benodigde personen hebben ja gezegd (oude formulering)."
    monkeypatch.setitem(status_reasons.EARLIER, ItemStatus.GIVEN, (old,))
    assert old in status_reasons.reasons(ItemStatus.GIVEN, UNTIL)
    assert old not in status_reasons.reasons(ItemStatus.REFUSED, UNTIL)
