"""review22: two desks of a team remove the same colleague in Medewerkers at once.

`remove_worker` looked whether the colleague was still active (and not the last one) before
the organisation's write turn (the class review21 and turns22 closed elsewhere): when the
other desk removed her in between, this desk removed her again — a second `worker.removed`
in the log for one removal. Now it is asked again in the turn: "not found", nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from review21_support import MONDAY, before_the_turn
from team_support import create_team, make_worker

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.service import Service


@pytest.fixture(name="three")
def three_fixture(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Service, Service, int]]:
    """Two windows of the team's first worker, and a colleague's id: (a, b, colleague)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    clock = FixedClock(MONDAY)
    a, admin = create_team(pg_server, pg_database, clock)
    try:
        colleague = make_worker(pg_server, pg_database, admin, "collega", "Collega Medewerker")
        Service.open_team(colleague.url, colleague.password, clock=clock).close()
        b = Service.open_team(admin.url, admin.password, clock=clock)
        try:
            cid = next(w.id for w in a.workers() if w.name == "Collega Medewerker")
            yield a, b, cid
        finally:
            b.close()
    finally:
        a.close()


def test_a_colleague_removed_at_the_other_desk_meanwhile_is_not_removed_twice(
    three: tuple[Service, Service, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, colleague = three
    before_the_turn(a, lambda: b.remove_worker(colleague), monkeypatch)
    with pytest.raises(ToestemmingError):
        a.remove_worker(colleague)
    removed = a.vault.db.scalar("SELECT count(*) FROM events WHERE kind = 'worker.removed'")
    assert int(removed) == 1
