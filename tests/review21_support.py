"""Two desks of one team, and the other desk's write landing just before this desk's write
turn (review21's races: a check made before the turn misses what the other desk wrote)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from toestemming.service import Service


def before_the_turn(
    svc: Service, other: Callable[[], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`other()` (the other desk's whole write) runs just before `svc`'s next write turn, once."""
    db = svc.vault.db
    real = db.transaction
    done: list[bool] = []

    @contextlib.contextmanager
    def turn() -> Iterator[Any]:
        if not done:
            done.append(True)
            other()
        with real() as tx:
            yield tx

    monkeypatch.setattr(db, "transaction", turn)
