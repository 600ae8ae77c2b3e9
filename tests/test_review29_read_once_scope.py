"""reply25's gezag_history.reading_once: within it the log's events of a kind are read once
and later look-ups are answered from that reading. Read for the three scopes that exist
(MailInbox.waiting, Remote.pending, ReplyMatcher.propose): none of them writes an event —
review29 ran the mail, reply and remote tests (258) with a guard that failed any event
written inside a scope, and none was. But a write inside one (a later change that confirms
inside a reading) would have been answered from the old reading: a parent whose gezag was
just corrected read with the gezag of before, at a past moment — the wrong signer. Now an
event written through the use cases forgets the reading (Context.event)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.usecases.gezag_history import reading_once, representatives_at


def test_a_gezag_change_written_inside_a_reading_is_seen_by_the_next_look_up(
    service: Service, clock: FixedClock, make_youth: Callable[..., Any]
) -> None:
    case = make_youth(14, parents=2)
    parent = case.parents[0]
    clock.advance(timedelta(hours=1))
    talk = clock.now()  # the moment a reply was written, say
    clock.advance(timedelta(hours=1))
    db = service.vault.db
    with reading_once():
        then = {r.id: r.has_gezag for r in representatives_at(db, case.youth.id, talk)}
        assert then[parent.id] is True
        service.people.set_gezag(parent.id, False)  # corrected now, after the talk
        again = {r.id: r.has_gezag for r in representatives_at(db, case.youth.id, talk)}
    # At the talk the parent still had gezag: the change is after it. Answered from the
    # old reading, the row's new "no gezag" was taken for the gezag at the talk.
    assert again[parent.id] is True
    assert {r.id: r.has_gezag for r in representatives_at(db, case.youth.id, talk)} == again
