"""perf25: the log check's split follows what was measured, not what was assumed.

Session 24's bench: two processes checked the log hardly faster than one. The plan assumed a
helper checks an event as fast as this process (on a loaded machine it was 10–30 % slower or
faster), and learnt a helper's "fixed cost" as whatever time its range took beyond that
assumption — once learnt high, it could only drop when the helper finished first, so this
process kept a head start the helper never needed and finished last (0.95 s against the
helper's 0.74 s). And each check first probed 4,096 events alone while the warm helper waited.
Now each helper reports its own time, the plan sizes the ranges by both speeds, and a second
check of the same vault plans at once from event 1. No timed asserts: the plan and the
learning are given the costs; the real-process tests check what is found and where."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
from audit_support import rewrite_body
from hypothesis import given
from hypothesis import strategies as st

from toestemming import audit_links, audit_speed
from toestemming.audit_speed import Measured, learn_ratio, learnt_task, measured_for
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASS = "correct horse battery staple"


def _sizes(spans: list[tuple[int, int]]) -> list[int]:
    return [hi - lo + 1 for lo, hi in spans]


# -- the plan, given measured costs ------------------------------------------------------------
def test_a_slower_helper_gets_the_smaller_range() -> None:
    # the helper takes twice as long per event: this process checks twice as many
    own, other = _sizes(audit_links.plan(1_000_000, 2e-6, 0.0, 1, ratio=2.0))
    assert own == pytest.approx(2 * other, abs=3)
    # and a faster one the larger
    own, other = _sizes(audit_links.plan(1_000_000, 2e-6, 0.0, 1, ratio=0.5))
    assert other == pytest.approx(2 * own, abs=3)


@given(
    last=st.integers(min_value=50_000, max_value=2_000_000),
    per_event=st.floats(min_value=1e-6, max_value=5e-5),
    start=st.floats(min_value=0.0, max_value=0.5),
    helpers=st.integers(min_value=1, max_value=3),
    ratio=st.floats(min_value=0.5, max_value=2.0),
)
def test_all_finish_together_and_sooner_than_alone(
    last: int, per_event: float, start: float, helpers: int, ratio: float
) -> None:
    spans = audit_links.plan(last, per_event, start, helpers, ratio=ratio, done=0)
    assert spans[0][0] == 1 and spans[-1][1] == last
    assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(spans))
    if len(spans) == 1:
        return
    sizes = _sizes(spans)
    here = sizes[0] * per_event
    there = [start + n * per_event * ratio for n in sizes[1:]]
    # within what a few events cost (ranges are whole events; the remainder stays here)
    slack = (helpers + 2) * per_event * max(1.0, ratio)
    assert all(abs(here - t) <= slack for t in there)
    assert here < last * per_event  # the split pays


def test_a_split_is_not_made_when_it_saves_less_than_half_a_start() -> None:
    # 50k events at 15 µs: 0.75 s here. A cold helper (0.35 s start) that is twice as slow
    # would save 0.13 s — less than half its start: checked here.
    assert len(audit_links.plan(50_000, 15e-6, 0.35, 1, ratio=2.0, done=0)) == 1
    # the same helper, warm (its connection open, ~20 ms a range): split
    assert len(audit_links.plan(50_000, 15e-6, 0.02, 1, ratio=2.0, done=0)) == 2


def test_a_bound_keeps_one_odd_measurement_from_giving_everything_away() -> None:
    wild = _sizes(audit_links.plan(1_000_000, 2e-6, 0.0, 1, ratio=50.0, done=0))
    bounded = _sizes(audit_links.plan(1_000_000, 2e-6, 0.0, 1, ratio=2.0, done=0))
    assert wild == bounded


# -- learning from the check's own timings -----------------------------------------------------
def test_the_helpers_speed_is_learnt_from_its_own_time() -> None:
    m = Measured(("v",))
    # this process: 10,000 events in 1 s; the helper: 10,000 in 2 s by its own clock
    learn_ratio(m, (1, 10_000), 1.0, [(10_001, 20_000)], [2.0])
    assert m.helper_ratio == pytest.approx(1.5)  # halfway from 1 towards 2
    for _ in range(20):
        learn_ratio(m, (1, 10_000), 1.0, [(10_001, 20_000)], [2.0])
    assert m.helper_ratio == pytest.approx(2.0, abs=1e-3)
    for _ in range(20):  # the machine got quiet again: a helper as fast as this process
        learn_ratio(m, (1, 10_000), 1.0, [(10_001, 20_000)], [1.0])
    assert m.helper_ratio == pytest.approx(1.0, abs=1e-3)


def test_ranges_too_short_to_time_teach_nothing() -> None:
    m = Measured(("v",))
    learn_ratio(m, (1, 30), 0.001, [(31, 60)], [0.004])  # a time slice, not a speed
    assert m.helper_ratio == 1.0


def test_a_slow_helper_is_not_mistaken_for_a_costly_start() -> None:
    """The helper's result came 1.5 s after it was sent, 1.45 s of which it spent on its
    range: the fixed cost is 0.05 s, not the 0.5 s that "1.5 s minus its events at this
    process's speed" made of it."""
    submitted = 100.0
    learnt = learnt_task(0.05, [1.45], {0: submitted + 1.5}, submitted)
    assert learnt == pytest.approx(0.05)


def test_what_was_measured_is_kept_per_vault_file_without_the_key(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))
    path = tmp_path / "m.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    try:
        spec = svc.vault.reader_spec()
        record = measured_for(spec)
        record.per_event, record.helper_ratio = 1e-5, 1.7
        assert measured_for(spec) is record
        assert spec.key.hex() not in repr(record) and str(spec.key) not in repr(record)
        # another file at the same name (a vault put back from a copy): nothing carried over
        moved = type(spec)(spec.path, spec.key, spec.profile, spec.read_only, file_id=(0, 1))
        fresh = measured_for(moved)
        assert fresh is not record and fresh.per_event is None and fresh.helper_ratio == 1.0
    finally:
        svc.close()
        audit_speed._LAST[0] = None


# -- real processes on a real vault ------------------------------------------------------------
@pytest.fixture
def svc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(audit_links.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(audit_links, "PROBE", 8)
    monkeypatch.setattr(audit_links, "WARM_FROM", 1)
    monkeypatch.setattr(audit_links._POOL, "expected_start_s", lambda reader=None: 0.0)
    clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))
    s, _ = Service.create(tmp_path / "p.tvault", "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    for n in range(30):
        s.people.add_youth(given_name=f"Jongere{n}", family_name="Test", birth_date="01-01-2008")
    yield s
    if s.is_open:
        s.close()
    audit_speed._LAST[0] = None


def _rewrite_body(svc: Service, seq: int) -> None:
    rewrite_body(svc.vault.db, seq)


@pytest.mark.parametrize("seq", [3, 20, 33])
def test_a_second_check_plans_from_the_first_event_and_still_finds_a_change(
    svc: Service, seq: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first check of the vault probes; the second plans at once from event 1 (no probe
    alone while the helper waits) — and a change anywhere, the probe's events included, is
    still named."""
    planned: list[int | None] = []
    real_plan = audit_links.plan

    def spy(*args: object, **kwargs: object) -> list[tuple[int, int]]:
        planned.append(kwargs.get("done"))  # type: ignore[arg-type]
        return real_plan(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_links, "plan", spy)
    assert svc.verify_audit().ok
    assert planned == [None]  # the first: after the probe
    _rewrite_body(svc, seq)
    report = svc.verify_audit()
    assert planned == [None, 0]  # the second: from event 1
    assert not report.ok and report.first_bad_seq == seq
    assert report.processes == 2
