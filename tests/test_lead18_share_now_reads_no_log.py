""" "Mag ik delen?" for now reads no history from the log (lead, session 18).

A sharing dated in the past is judged by who had gezag then (gezag_history) and whether the
recipient was still active then (catalog_history): both read the log since that moment. The
desk asks for *now*, but read the clock twice — once for the moment, once for "now" — and on a
real clock the second reading is microseconds later, so every question for now was a question
about the past: the log since a day before was read on every call (the bench: ×589 the bare
query at 10k youths, growing with the log). One reading now serves both. The clock here ticks
per reading as a real one does (atk21's TickingClock)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import pytest
from test_attack_s21_clock_rows import _given, clock  # noqa: F401  (the ticking clock fixture)

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.usecases import catalog_history, gezag_history


def _no_log_read(*_: Any) -> Iterator[dict[str, Any]]:
    raise AssertionError("the log's history was read for a question about now")


@pytest.fixture
def guarded(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, datetime]:
    """The mother's "ja" at the desk on Monday; then any read of the log's history fails.
    (youth id, Monday)"""
    case, _, _, _, monday = _given(service, catalog, make_youth, clock)
    monkeypatch.setattr(gezag_history, "events_after", _no_log_read)
    monkeypatch.setattr(catalog_history, "events_after", _no_log_read)
    return case.youth.id, monday


def test_may_share_now_on_a_ticking_clock_reads_no_history(
    service: Service, catalog: SimpleNamespace, guarded: tuple[int, datetime]
) -> None:
    c, (youth_id, _) = catalog, guarded
    assert service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id]).allowed
    assert not service.sharing.options(youth_id, c.uwv.id, c.werk.id).after_no


def test_a_question_about_yesterday_still_reads_the_history(
    service: Service, catalog: SimpleNamespace, guarded: tuple[int, datetime]
) -> None:
    """The guard is not bought by skipping the rule: a past moment is still judged then."""
    c, (youth_id, monday) = catalog, guarded
    with pytest.raises(AssertionError, match="history was read"):
        service.sharing.may_share(youth_id, c.uwv.id, c.werk.id, [c.contact.id], at=monday)
