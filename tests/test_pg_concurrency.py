"""One audit chain under concurrency on the team server: real worker processes (spawned)
appending decisions at once, and workers SIGKILLed in the middle of a transaction."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path
from types import SimpleNamespace

import pytest
import team_workers
from team_support import create_team, make_worker

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

WORKERS = 4
PER_WORKER = 6
SAFETY_S = 120  # a hung child fails the test instead of hanging CI (not a timing assertion)


@pytest.fixture
def team(pg_server, pg_database, clock: FixedClock, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))  # (inherited by children)
    svc, admin = create_team(pg_server, pg_database, clock)
    c = svc.catalog
    cat = SimpleNamespace(
        uwv=c.add_recipient("UWV", "arbeid", "Werkbedrijf"),
        werk=c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt."),
        contact=c.add_category("contact", "Contactgegevens", "Naam, e-mail.", "dat", False),
    )

    def new_jobs(n: int) -> list[tuple[int, int, int]]:
        out = []
        for i in range(n):
            y = svc.people.add_youth(
                given_name=f"J{i}", family_name="Test", birth_date="2008-05-05"
            )
            req = svc.consents.create_request(
                y.id, [ItemSpec(cat.werk.id, cat.uwv.id, (cat.contact.id,))]
            )
            out.append((req.id, y.id, req.items[0].id))
        return out

    yield SimpleNamespace(svc=svc, admin=admin, server=pg_server, db=pg_database, jobs=new_jobs)
    svc.close()


def _chain_is_whole(svc: Service) -> None:
    db = svc.vault.db
    count, first, last = db.query_one("SELECT count(*), min(seq), max(seq) FROM events")
    assert (first, last) == (1, count)  # gap-free, no duplicate
    assert svc.verify_audit(deep=True).ok
    assert svc.integrity_problems() == []


def test_four_workers_appending_at_once_keep_one_whole_chain(team, clock) -> None:
    jobs = team.jobs(WORKERS * PER_WORKER)
    logins = [make_worker(team.server, team.db, team.admin, f"w{i}") for i in range(WORKERS)]
    before = int(team.svc.vault.db.scalar("SELECT count(*) FROM events"))
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(WORKERS) as pool:
        results = [
            pool.apply_async(
                team_workers.record_all,
                (login.url, login.password, clock.now().isoformat(), jobs[i::WORKERS]),
            )
            for i, login in enumerate(logins)
        ]
        done = [r.get(SAFETY_S) for r in results]
    assert sum(done) == len(jobs)
    svc = team.svc
    assert int(svc.vault.db.scalar("SELECT count(*) FROM decisions")) == len(jobs)  # none lost
    for _, _, item in jobs:
        assert svc.consents.item_status(item).status == ItemStatus.GIVEN
    # Every decision has its event; each worker also joined (worker.added) and checkpointed.
    kinds = [r[0] for r in svc.vault.db.query("SELECT kind FROM events WHERE seq > ?", (before,))]
    assert kinds.count("decisions.recorded") == len(jobs)
    assert kinds.count("worker.added") == WORKERS
    _chain_is_whole(svc)


def test_a_worker_killed_mid_transaction_leaves_no_half_decision(team, clock) -> None:
    jobs = team.jobs(3)
    login = make_worker(team.server, team.db, team.admin, "victim")
    ctx = multiprocessing.get_context("spawn")
    for job in jobs:
        events_before = int(team.svc.vault.db.scalar("SELECT count(*) FROM events"))
        inside, never = ctx.Event(), ctx.Event()
        child = ctx.Process(
            target=team_workers.decide_then_hang,
            args=(login.url, login.password, clock.now().isoformat(), job, inside, never),
        )
        child.start()
        try:
            assert inside.wait(SAFETY_S), "the worker never reached its transaction"
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.join(SAFETY_S)
        assert child.exitcode == -signal.SIGKILL
        _, _, item = job
        # The server rolled the transaction back: no decision, no event, lock released (the
        # next write below would wait forever on a held advisory lock).
        svc = team.svc
        assert (
            int(svc.vault.db.scalar("SELECT count(*) FROM decisions WHERE item_id = ?", (item,)))
            == 0
        )
        assert svc.consents.item_status(item).status == ItemStatus.REQUESTED
        joined = 1 if job is jobs[0] else 0  # the victim's first open added it as a worker
        assert int(svc.vault.db.scalar("SELECT count(*) FROM events")) == events_before + joined
        svc.people.add_youth(given_name="Na", family_name="Crash", birth_date="2009-01-01")
    _chain_is_whole(team.svc)
