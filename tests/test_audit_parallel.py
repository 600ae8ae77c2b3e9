"""The audit chain checked in several processes (toestemming/audit_links.py) finds the same
first problem a single walk finds. Real child processes on real SQLCipher files: `cpu_count`
is raised to 3 so the log is cut into three ranges on any machine."""

from __future__ import annotations

import itertools
import os
import signal
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path

import pytest
from audit_support import rewrite_body, rewrite_chain
from hypothesis import given
from hypothesis import strategies as st

from toestemming import audit_links
from toestemming.audit import OUTSIDE_CHAIN
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.db import ReaderSpec
from toestemming.store.header import KdfParams

PASS = "correct horse battery staple"
YOUTHS = 30  # + 3 setup events = 33 events: ranges 1–11, 12–22, 23–33


@pytest.fixture
def svc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(audit_links.os, "cpu_count", lambda: 3)
    clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=UTC))
    s, _ = Service.create(tmp_path / "p.tvault", "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    for n in range(YOUTHS):
        s.people.add_youth(given_name=f"Jongere{n}", family_name="Test", birth_date="01-01-2008")
    yield s
    if s.is_open:
        s.close()


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT max(seq) FROM events"))


def _rewrite_body(svc: Service, seq: int) -> None:
    rewrite_body(svc.vault.db, seq)


def test_three_processes_verify_an_untouched_log(svc: Service) -> None:
    report = svc.verify_audit(parallel_from=1)
    single = svc.verify_audit()
    assert report.ok and report.processes == 3
    assert single.ok and single.processes == 1
    assert report.events == single.events == _events(svc) == YOUTHS + 3


@pytest.mark.parametrize("seq", [5, 20, 33])
def test_a_changed_event_in_any_range_is_named(svc: Service, seq: int) -> None:
    _rewrite_body(svc, seq)
    report = svc.verify_audit(parallel_from=1)
    assert report.processes == 3
    assert not report.ok and report.first_bad_seq == seq
    assert report.events == seq - 1 and "gewijzigd" in report.problem


def test_the_first_of_two_problems_is_named_whichever_process_finds_it(svc: Service) -> None:
    _rewrite_body(svc, 30)
    _rewrite_body(svc, 14)
    report = svc.verify_audit(parallel_from=1)
    assert report.first_bad_seq == 14 and report.processes == 3


@pytest.mark.parametrize("seq", [11, 12])
def test_a_missing_event_at_a_range_boundary_is_named(svc: Service, seq: int) -> None:
    assert audit_links.split(_events(svc), 3)[1][0] == 12
    db = svc.vault.db
    with db.transaction():
        db.execute("DROP TRIGGER events_no_delete")
        db.execute("DELETE FROM event_salts WHERE seq = ?", (seq,))
        db.execute("DELETE FROM events WHERE seq = ?", (seq,))
    report = svc.verify_audit(parallel_from=1)
    assert not report.ok and report.first_bad_seq == seq and "ontbreekt" in report.problem


def test_a_chain_rewritten_behind_a_checkpoint_in_a_later_range(svc: Service) -> None:
    """The insider recomputes every hash after event 16; the checkpoint at 33 pins the old
    head, and the range that holds it says so."""
    svc.checkpoint()
    db = svc.vault.db
    rewrite_chain(db, 16, b'"youth.added"', b'"youth.changed"')
    report = svc.verify_audit(parallel_from=1)
    assert not report.ok and "herschreven" in report.problem
    assert report.first_bad_seq == svc._ctx.audit.checkpoints()[-1].tree_size


def test_deep_names_an_earlier_column_change_before_a_later_chain_break(svc: Service) -> None:
    db = svc.vault.db
    with db.transaction():
        db.execute("DROP TRIGGER events_no_update")
        db.execute("UPDATE events SET kind = 'youth.erased' WHERE seq = 7")
    _rewrite_body(svc, 25)
    # (atk28: the link check compares the columns too, so not only the deep pass names 7)
    shallow = svc.verify_audit(parallel_from=1)
    assert shallow.first_bad_seq == 7 and "naast deze gebeurtenis" in shallow.problem
    deep = svc.verify_audit(deep=True, parallel_from=1)
    assert deep.first_bad_seq == 7 and "naast deze gebeurtenis" in deep.problem


def test_a_row_before_the_first_event_is_refused(svc: Service) -> None:
    db = svc.vault.db
    with db.transaction():
        db.execute(
            "INSERT INTO events (seq, at, actor, kind, body, hash) "
            "SELECT 0, at, actor, kind, body, hash FROM events WHERE seq = 1"
        )
    report = svc.verify_audit(parallel_from=1)
    assert not report.ok and report.problem == OUTSIDE_CHAIN


def test_a_child_that_cannot_open_the_vault_leaves_the_range_to_this_process(
    svc: Service,
) -> None:
    _rewrite_body(svc, 28)
    wrong = ReaderSpec(svc.vault.db.path, bytes(32), svc.vault.db.profile)
    report = svc._ctx.audit.verify(svc.public_key, reader=wrong, parallel_from=1)
    assert report.processes == 1  # both children failed to open; nothing was skipped
    assert not report.ok and report.first_bad_seq == 28


def test_the_data_key_stays_out_of_repr(svc: Service) -> None:
    spec = svc.vault.reader_spec()
    assert spec.key.hex() not in repr(spec) and spec.key not in repr(spec).encode()


@given(last=st.integers(min_value=1, max_value=5000), parts=st.integers(min_value=1, max_value=8))
def test_ranges_cover_every_event_once(last: int, parts: int) -> None:
    spans = audit_links.split(last, parts)
    covered = [seq for lo, hi in spans for seq in range(lo, hi + 1)]
    assert covered == list(range(1, last + 1))
    assert len(spans) <= parts


def test_self_test_says_the_log_was_split(monkeypatch: pytest.MonkeyPatch) -> None:
    from toestemming.selftest import run_self_test

    monkeypatch.setattr(audit_links.os, "cpu_count", lambda: 3)
    lines: list[str] = []
    assert run_self_test(lines.append) == 0
    assert "Logboek ook verdeeld over 3 processen gecontroleerd: in orde" in lines


def test_inside_a_transaction_the_log_is_checked_here(svc: Service) -> None:
    """Other processes cannot see rows this transaction has not committed yet: split, the
    newest event would look missing."""
    with svc.vault.db.transaction():
        svc._ctx.event("test.inside", {"n": 1})
        report = svc.verify_audit(parallel_from=1)
    assert report.ok and report.processes == 1 and report.events == YOUTHS + 4


# -- the split by measured cost (the default) ------------------------------------------------
@given(
    last=st.integers(min_value=1, max_value=400_000),
    per_event=st.floats(min_value=1e-7, max_value=1e-4),
    start=st.floats(min_value=0.0, max_value=2.0),
    helpers=st.integers(min_value=0, max_value=3),
)
def test_the_plan_covers_every_event_after_the_probe_once(
    last: int, per_event: float, start: float, helpers: int
) -> None:
    spans = audit_links.plan(last, per_event, start, helpers)
    first = min(audit_links.PROBE, last) + 1
    if first > last:
        assert spans == []
    else:  # contiguous, non-empty, from just after the probe to the end
        assert spans[0][0] == first and spans[-1][1] == last
        assert all(lo <= hi for lo, hi in spans)
        assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(spans))
    assert len(spans) <= helpers + 1
    if len(spans) > 1:  # this process starts first, so it takes the largest range
        sizes = [hi - lo + 1 for lo, hi in spans]
        assert sizes[0] >= max(sizes[1:]) - 1


def test_a_short_log_is_not_split_when_starting_a_helper_costs_more() -> None:
    # 50k events left at 2 µs each: 0.1 s here, against a 0.35 s helper start
    assert len(audit_links.plan(54_096, 2e-6, 0.35, 1)) == 1
    # 1M events: 2 s here; split, and this process's range is larger by the start time
    spans = audit_links.plan(1_000_000, 2e-6, 0.35, 1)
    assert len(spans) == 2
    own, other = (hi - lo + 1 for lo, hi in spans)
    assert own - other == pytest.approx(0.35 / 2e-6, abs=2)


@pytest.mark.parametrize("seq", [3, 20, 33])
def test_the_measured_split_finds_a_change_in_any_range(
    svc: Service, seq: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a tiny probe and free helper starts the default path splits even this short
    log over three processes, and still names the changed event."""
    monkeypatch.setattr(audit_links, "PROBE", 8)
    monkeypatch.setattr(audit_links, "WARM_FROM", 1)
    monkeypatch.setattr(audit_links._POOL, "expected_start_s", lambda reader=None: 0.0)
    assert svc.verify_audit().ok
    _rewrite_body(svc, seq)
    report = svc.verify_audit()
    assert not report.ok and report.first_bad_seq == seq
    if seq > 8:
        assert report.processes == 3


def test_a_helper_killed_while_idle_is_replaced_before_the_next_split(svc: Service) -> None:
    """A helper of the warm pool dies between two checks (the OOM killer, a task manager):
    the next check starts fresh helpers instead of sending its ranges to the broken pool and
    checking them all here."""
    assert svc.verify_audit(parallel_from=1).processes == 3
    pool = audit_links.helper_pool(2)
    assert pool is not None
    victim = next(iter(pool._processes.values()))  # a live helper process of this pool
    os.kill(victim.pid, signal.SIGKILL)
    victim.join()
    # The pool's own manager notices the death: a task sent to it now fails as broken.
    with pytest.raises(BrokenProcessPool):
        pool.submit(audit_links._child_ready).result()
    report = svc.verify_audit(parallel_from=1)
    assert report.ok and report.processes == 3
