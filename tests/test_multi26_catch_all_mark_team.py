"""Multi26: can a team desk's judged catch-all catalog go stale? (review31's open point)

`CatchAllCatalog` (usecases/catch_all_entries.py) judges the catalog again only when the
newest id of recipients, purpose_versions, data_categories or catalog_texts changed. On a team
server that would miss an entry committed with a LOWER id after a higher one was already seen:
desk A takes id 10, desk B takes 11 and commits, a desk caches (max 11), then A commits 10.

It cannot happen with team schema 9, and this file shows why, on a real server:
  * every write takes the organisation's write turn (a row lock) at BEGIN, before any id is
    drawn, and holds it to COMMIT: desk B cannot even draw its id while A's transaction is
    open; identity values only grow, so within an organisation rows commit in id order, and a
    mark read at any moment is below every row committed after it (the first test);
  * a release older than schema 9 — the only kind that still writes catch-all names — gets no
    turn and no log row from the server, so it commits nothing at all (the second test;
    tests/test_multi24_team_old_desk_refused_by_server.py has the rest);
  * catalog names are never changed or deleted by the program (only legal_role / active are
    updated), so a changed entry always comes with a new id.
What is left is an insider writing the tables by hand with an explicit low id: no log event
for it, so `check` (the replay) names that row."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from team_pair import anna_and_wim, wait_until_someone_waits_for_a_lock
from team_support import older_desk

from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases import catalog as catalog_module
from toestemming.usecases.catch_all_entries import CatchAllCatalog


@pytest.fixture(name="pair")
def pair_fixture(
    pg_server: Any, pg_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Service, Service]]:
    with anna_and_wim(pg_server, pg_database, tmp_path, monkeypatch) as pair:
        yield pair


def test_a_row_committed_later_never_has_a_lower_id_than_one_a_desk_has_seen(
    pair: tuple[Service, Service],
    pg_server: Any,
    pg_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    anna, wim = pair
    # Anna's desk writes a catch-all entry as a release from before the refusal did (its
    # rules, not its schema: the same server). Her transaction stays open after the insert.
    monkeypatch.setattr(catalog_module, "refuse_catch_all", lambda *_a: None)
    holding, go = threading.Event(), threading.Event()
    real_event = anna._ctx.event

    def event_then_hold(kind: str, *args: Any, **kwargs: Any) -> Any:
        result = real_event(kind, *args, **kwargs)
        if kind == "recipient.added":
            holding.set()  # her row inserted (its id drawn), not committed
            assert go.wait(60)
        return result

    monkeypatch.setattr(anna._ctx, "event", event_then_hold)
    made: dict[str, int] = {}
    errors: list[BaseException] = []

    def run(who: str, call: Any) -> None:
        try:
            made[who] = call().id
        except BaseException as exc:  # (read below)
            errors.append(exc)

    seen = CatchAllCatalog()  # Wim's desk judges its catalog: nothing wrong in it yet
    db = wim.vault.db
    first = threading.Thread(
        target=run, args=("anna", lambda: anna.catalog.add_recipient("Alle instanties", "gemeente"))
    )
    first.start()
    assert holding.wait(60)
    assert (
        seen._entries(db, db.change_mark()) == {}
    )  # (the mark is read while her row is uncommitted)
    second = threading.Thread(
        target=run, args=("wim", lambda: wim.catalog.add_recipient("UWV Noord", "arbeid"))
    )
    second.start()
    # Wim's desk waits for the turn BEFORE it draws an id: it cannot commit past Anna.
    wait_until_someone_waits_for_a_lock(pg_server, pg_database, second)
    assert "wim" not in made
    go.set()
    first.join(60)
    second.join(60)
    assert not first.is_alive() and not second.is_alive() and not errors, errors
    assert made["anna"] < made["wim"]  # committed first, the lower id
    # The mark Wim's desk read moved: the entry is judged, not missed.
    assert ("recipient", made["anna"]) in seen._entries(db, db.change_mark())


def test_a_desk_of_a_release_before_schema_9_commits_no_catalog_row(
    pair: tuple[Service, Service], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, wim = pair
    seen = CatchAllCatalog()
    before = dict(seen._entries(wim.vault.db, wim.vault.db.change_mark()))
    count = int(wim.vault.db.scalar("SELECT count(*) FROM recipients"))
    monkeypatch.setattr(catalog_module, "refuse_catch_all", lambda *_a: None)
    with older_desk(8), pytest.raises(ToestemmingError):
        anna.catalog.add_recipient("Alle betrokken instanties", "gemeente")
    assert int(wim.vault.db.scalar("SELECT count(*) FROM recipients")) == count
    assert seen._entries(wim.vault.db, wim.vault.db.change_mark()) == before
