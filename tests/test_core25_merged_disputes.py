"""Two records of one youth merged, each under its own open dispute (core25; review24's leftover).

Lotte was entered twice. Her mother's bezwaar was recorded on the imported record; the AP's
inquiry (her father complained there) on the desk's record. A worker merges the two. Before:
the merge kept one dispute (the kept record's), so when the AP closed its inquiry and the
worker recorded "Geschil voorbij", the record was free — erasable on request — while the
mother's bezwaar still ran (AVG art. 17(3)(e)). The rule now: a record is held while ANY of its
disputes runs; each "voorbij" ends one."""

from __future__ import annotations

import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from test_review24_merge_keeps_the_hold import _two_records_of_lotte

from toestemming.errors import RuleViolation
from toestemming.service import Service
from toestemming.usecases.retention import ErasureGround


def test_the_mothers_bezwaar_still_holds_after_the_ap_closed_its_inquiry(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    imported, by_hand = _two_records_of_lotte(service, catalog, make_youth)
    service.retention.hold(imported, "objection")  # the mother's bezwaar
    service.retention.hold(by_hand, "authority")  # the AP's inquiry
    kept = service.duplicates.merge(imported, by_hand).id
    assert set(service.retention.disputes(kept)) == {"objection", "authority"}
    # Vandaag names both.
    assert sorted(k for y, k in service.retention.held_records() if y == kept) == [
        "authority",
        "objection",
    ]

    # "Geschil voorbij" without saying which: refused in Dutch, nothing logged.
    events = row_count(service, "events")
    with pytest.raises(RuleViolation, match="meer geschillen"):
        service.retention.release(kept)
    assert row_count(service, "events") == events

    service.retention.release(kept, "authority")  # the AP closed its inquiry
    assert service.retention.disputes(kept) == ("objection",)
    with pytest.raises(RuleViolation) as refused:
        service.retention.erase(kept, ErasureGround.REQUEST)
    assert "een bezwaar" in str(refused.value) and "niets gewist" in str(refused.value)
    assert [k for y, k in service.retention.held_records() if y == kept] == ["objection"]

    service.retention.release(kept)  # the only one left: it is over too
    assert service.retention.disputes(kept) == ()
    assert service.retention.dispute(kept) is None
    assert service.replay().ok
    assert service.integrity_problems() == []


def test_one_dispute_runs_a_second_of_another_kind_opens_beside_it(
    service: Service, catalog: SimpleNamespace, make_youth: Callable[..., Any]
) -> None:
    """A complaint runs; the AP starts an inquiry too: the end of the complaint leaves the
    record held for the inquiry (before: the second kind replaced the first)."""
    lotte = make_youth(17, given_name="Lotte").youth.id
    service.retention.hold(lotte, "complaint")
    service.retention.hold(lotte, "authority")
    service.retention.hold(lotte, "authority")  # asked twice: nothing more
    assert service.retention.disputes(lotte) == ("complaint", "authority")
    service.retention.release(lotte, "complaint")
    assert service.retention.dispute(lotte) == "authority"
    service.retention.release(lotte, "complaint")  # not open: nothing logged
    holds = service.vault.db.query(
        "SELECT body FROM events WHERE kind = 'retention.held' ORDER BY seq"
    )
    assert [json.loads(b)["data"] for (b,) in holds] == [
        {"youth": lotte, "held": True, "dispute": "complaint"},
        {"youth": lotte, "held": True, "dispute": "authority"},
        {"youth": lotte, "held": False, "dispute": "complaint"},
    ]
    assert service.replay().ok
