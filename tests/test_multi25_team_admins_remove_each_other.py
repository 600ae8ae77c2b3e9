"""Multi25: two workers of a team remove each other in Medewerkers at the same moment.

Anna (the team's first worker) removes Wim at her desk while Wim, at his, removes Anna. The
organisation's write turn puts one removal first; the other desk's worker is by then removed
himself. That desk must hear that IT no longer has access ("geen toegang meer") — not that the
colleague "does not exist or is already removed", which sends a worker looking for a removal
that never happened while he himself is locked out — and nothing more may be written: one
`worker.removed` in the log, the first remover still active.

The two really at once: this desk waits on the server for the turn the other desk holds, and its
turn is granted on a snapshot from before the other's commit (the order "removed just before the
turn" is review22's and s14's). Real PostgreSQL, real threads. Found fine in s22: kept as the
guard of that order."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from team_pair import anna_and_wim, wait_until_someone_waits_for_a_lock

from toestemming.errors import ToestemmingError, user_text
from toestemming.service import Service


@pytest.fixture(name="pair")
def pair_fixture(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Service, Service, int, int]]:
    """Anna's desk, Wim's desk, Anna's worker id, Wim's worker id."""
    with anna_and_wim(pg_server, pg_database, tmp_path, monkeypatch) as (anna, wim):
        ids = {w.name: w.id for w in anna.workers()}
        yield anna, wim, ids["Anna de Tester"], ids["Wim Medewerker"]


def _after(anna: Service, anna_id: int, wim_id: int) -> None:
    removed = anna.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'worker.removed'")
    assert int(removed) == 1
    active = {w.id for w in anna.workers() if w.active}
    assert anna_id in active and wim_id not in active


def _told_no_access(exc: ToestemmingError) -> None:
    said = user_text(exc)
    assert "geen toegang" in said.lower(), said
    assert "al verwijderd" not in said and "Traceback" not in said


def test_removed_while_waiting_for_the_turn(
    pair: tuple[Service, Service, int, int], pg_server: Any, pg_database: str, monkeypatch
) -> None:
    anna, wim, anna_id, wim_id = pair
    holding, go = threading.Event(), threading.Event()
    real_event = anna._ctx.event

    def event_then_hold(kind: str, *args: Any, **kwargs: Any) -> Any:
        result = real_event(kind, *args, **kwargs)
        if kind == "worker.removed":
            holding.set()  # Anna holds the turn, her removal of Wim not yet committed
            assert go.wait(60)
        return result

    monkeypatch.setattr(anna._ctx, "event", event_then_hold)
    errors: list[BaseException] = []

    def run(call: Any) -> None:
        try:
            call()
        except BaseException as exc:  # (the test reads it below)
            errors.append(exc)

    first = threading.Thread(target=run, args=(lambda: anna.remove_worker(wim_id),))
    first.start()
    assert holding.wait(60)
    second = threading.Thread(target=run, args=(lambda: wim.remove_worker(anna_id),))
    second.start()
    wait_until_someone_waits_for_a_lock(pg_server, pg_database, second)
    go.set()
    first.join(60)
    second.join(60)
    assert not first.is_alive() and not second.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], ToestemmingError), errors
    _told_no_access(errors[0])
    _after(anna, anna_id, wim_id)
