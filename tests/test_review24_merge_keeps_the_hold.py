"""Review of session 19: cases21's dispute hold (retention.held, per youth number, in the log
only) meets the merge of two records of one youth (duplicates.merge deletes the record that goes).

Lotte was entered twice: once by the LAS import (no consents), once by hand at the desk (her
request and her "ja"). Her mother objects to what the school keeps about her; the FG records the
objection on the record she finds — the imported one. A week later a worker merges the two
records: the imported one goes, the one with history stays. Before: the hold was on a number
that no longer exists, so the merged record was not held — it came back on the erasure list
and an erasure on request went ahead while the objection was still open (AVG art. 17(3)(e)).
Now the merge carries the hold onto the record that stays, in the same write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count

from toestemming.clock import FixedClock
from toestemming.errors import RuleViolation
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.retention import ErasureGround


def _two_records_of_lotte(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> tuple[int, int]:
    c = catalog
    imported = make_youth(17, given_name="Lotte").youth  # the LAS import's record, no history
    by_hand = make_youth(17, given_name="Lotte").youth  # the desk's record, with her request
    request = service.consents.create_request(
        by_hand.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    (item,) = (i.id for i in request.items)
    service.consents.record_decisions(request.id, SignerRef.youth(by_hand.id), {item: "no"}, "desk")
    return int(imported.id), int(by_hand.id)


def test_a_merge_keeps_the_dispute_that_holds_the_record_that_goes(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any], clock: FixedClock
) -> None:
    imported, by_hand = _two_records_of_lotte(service, catalog, make_youth)
    service.retention.hold(imported, "objection")  # her mother's bezwaar, on the record found
    clock.advance(timedelta(days=7))
    kept = service.duplicates.merge(imported, by_hand)
    assert kept.id == by_hand  # the record with history stays

    # The objection is still open: the merged record is held, as the one that went was.
    assert service.retention.dispute(kept.id) == "objection"
    events = row_count(service, "events")
    with pytest.raises(RuleViolation) as refused:
        service.retention.erase(kept.id, ErasureGround.REQUEST)
    assert "niets gewist" in str(refused.value)
    assert row_count(service, "events") == events
    assert service.people.youth(kept.id).given_name == "Lotte"

    # Once the objection is over, the merged record follows its rules again.
    service.retention.release(kept.id)
    assert service.retention.dispute(kept.id) is None
    assert service.replay().ok
    assert service.integrity_problems() == []


def test_a_merge_of_a_held_record_into_a_held_one_keeps_the_kept_ones_dispute(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    imported, by_hand = _two_records_of_lotte(service, catalog, make_youth)
    service.retention.hold(imported, "objection")
    service.retention.hold(by_hand, "authority")
    events = row_count(service, "events")
    kept = service.duplicates.merge(by_hand, imported)
    # core25: a record is held while ANY of its disputes runs — the one that went comes along.
    assert service.retention.disputes(kept.id) == ("authority", "objection")
    assert row_count(service, "events") == events + 2  # youth.merged + the objection's hold


def test_a_merge_without_a_dispute_writes_no_hold(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    imported, by_hand = _two_records_of_lotte(service, catalog, make_youth)
    events = row_count(service, "events")
    kept = service.duplicates.merge(imported, by_hand)
    assert service.retention.dispute(kept.id) is None
    assert row_count(service, "events") == events + 1
