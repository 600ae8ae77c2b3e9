"""A youth number given twice (session 20, attack round 6; fixed by ids23: store/fresh_ids.py).

SQLite gives a new row the highest id + 1 (`youths.id INTEGER PRIMARY KEY`, no AUTOINCREMENT).
Merging duplicate records deletes the removed youth's row; when that was the newest youth,
the next youth registered gets the same number. The log then speaks of two people under one
number: `youth.added` twice, and every event naming the removed youth now reads as the new
one's. Erasing the new youth (retention.erase selects salts by `data.youth`) then deletes the
salts of the removed youth's events as well — among them the representative the merge moved
to the kept youth, whose name can no longer be checked against the log (replay_people accepts
exactly that loss, see `reused` there). Now ids are taken above a high-water mark in meta
(store/fresh_ids.py; more in tests/test_ids23_fresh_ids.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toestemming.service import Service


def test_a_youth_number_is_never_given_twice(
    service: Service, make_youth: Callable[..., Any]
) -> None:
    kept = make_youth(16, email="").youth
    removed = make_youth(16, parents=1, email="dubbel@example.nl").youth
    service.duplicates.merge(kept.id, removed.id)
    newcomer = make_youth(15).youth
    assert newcomer.id != removed.id
