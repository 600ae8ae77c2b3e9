"""The recipient's state at a past moment: the fast path gives the slow path's answer (review23).

catalog_history.recipient_active_at answers "was this recipient active then?" from today's flag
when the log holds no switch of it after the moment (events_after: only the log since a day
before is read), else by reading every switch forward from the start with the clock
corrections. The lead wrote the fast path at merge time (session 18); this holds it to the slow
one on every moment around every switch of a story with: a recipient closed and reopened, one
added after the moments asked, a switch made while the clock ran two days ahead and then put
right, and a switch logged by an older version to the state it already had.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from test_attack_s20_gezag_clock_corrected import _ahead_then_right

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.usecases import catalog_history
from toestemming.usecases.catalog_history import recipient_active_at


def _slow(monkeypatch: pytest.MonkeyPatch, db: Any, rid: int, at: datetime, now: datetime) -> bool:
    """The answer read from the whole log (the fast path told there is a switch after `at`)."""

    def always_a_switch(_db: Any, _kind: str, _moment: datetime) -> Iterator[dict[str, Any]]:
        yield {"recipient": rid}

    with monkeypatch.context() as m:
        m.setattr(catalog_history, "events_after", always_a_switch)
        return recipient_active_at(db, rid, at, now)


def test_the_fast_answer_is_the_slow_answer_at_every_moment(
    service: Service,
    catalog: SimpleNamespace,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    c = catalog
    db = service.vault.db
    moments = [clock.now()]

    def switch(rid: int, active: bool) -> None:
        clock.advance(timedelta(days=3))
        service.catalog.set_recipient_active(rid, active)
        moments.append(clock.now())

    switch(c.gemeente.id, False)  # the herindeling
    switch(c.gemeente.id, True)  # a mistake, reopened
    # A version before session 18 logged a switch to the state it already had.
    with db.transaction():
        service._ctx.event("recipient.active", {"recipient": c.gemeente.id, "active": True})
    moments.append(clock.now())
    _ahead_then_right(service, clock, lambda: service.catalog.set_recipient_active(c.uwv.id, False))
    moments.append(clock.now())
    switch(c.gemeente.id, False)
    later = service.catalog.add_recipient("Nieuw Bureau", "werkgever", "Stages")
    switch(later.id, False)
    now = clock.now()

    asked = sorted(
        {
            m + d
            for m in moments
            for d in (
                timedelta(0),
                timedelta(microseconds=-1),
                -timedelta(hours=5),
                timedelta(days=1),
                timedelta(days=2),
            )
        }
    )
    for rid in (c.gemeente.id, c.uwv.id, later.id, c.werkgever.id):
        for at in asked:
            fast = recipient_active_at(db, rid, at, now)
            assert fast == _slow(monkeypatch, db, rid, at, now), (rid, at)
