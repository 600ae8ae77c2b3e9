"""A write tried again, whole, when the team server ended it in a conflict.

On the team server a desk's transaction can be ended by the server itself in a deadlock or a
serialization failure (SQLSTATE 40P01/40001): a DBA's psql session holds a row the change
needs while it waits for the organisation's write turn, which the desk holds. Nothing of the
ended try was kept, so the same change made again — its checks included, on what is committed
now — is recorded exactly once. `one_turn` marks a use-case method that writes in one
transaction (and talks to nothing but the database before it: no mail sent, no server asked,
since a second try would do that again); `run_in_turns` runs such a call up to
CONFLICT_ATTEMPTS times. The worker hears "te druk … niets gewijzigd" only after the last try.
A line to the server cut while the change was under way, where it surely did not commit (cut
before its COMMIT was sent, or the server says "aborted"), is the same case: nothing kept, so
the call is made once more on a new line (PgLineCutNothingKept); a second cut is said.

Only the outermost call tries again (a marked method that calls another runs it once inside
its own try), and never after a commit of the same call: what was committed stays, and a second
try would record it twice. A vault (SQLite: BEGIN IMMEDIATE meets no conflict after it) runs
the call once; this module has no psycopg (a vault-only app must not load it).
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import VaultError

_log = logging.getLogger(__name__)

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

# A colleague's session caught in a lock cycle with ours is gone after one or two turns.
CONFLICT_ATTEMPTS = 3
CONFLICT_PAUSE_S = 0.2


class PgConflict(VaultError):
    """The server ended a transaction in a serialization failure or a deadlock (SQLSTATE
    40001/40P01): nothing of it was kept, and the same change tried again may well pass."""


class PgLineCutNothingKept(VaultError):
    """The line to the server broke while a transaction was under way and it surely did not
    commit: before its COMMIT was sent (a transaction is only ever kept by its COMMIT), or
    the server, asked on a new line, said "aborted" (pg_commit_fate). Said as
    error-pg-connection-lost; a marked call is made once more on a new line."""


def run_in_turns(db: Any, call: Callable[[], T]) -> T:
    """`call()` (one whole write, reads and checks included), again after a PgConflict, and
    once more after a PgLineCutNothingKept: neither kept anything, so the call made again is
    recorded once. A line that broke where the commit's fate is unknown (the server out of
    reach, or still busy with it) is never tried again: pg.PgDatabase counts it as a commit.

    `db` takes part when it counts its commits (`commits`, pg.PgDatabase); a vault's
    Database does not, and runs `call` once."""
    if not hasattr(db, "commits") or db.in_transaction or getattr(db, "turns_depth", 0):
        return call()
    db.turns_depth = 1
    conflicts, cut = 0, False
    try:
        while True:
            commits = db.commits
            try:
                return call()
            except PgConflict:
                conflicts += 1
                if conflicts == CONFLICT_ATTEMPTS or db.commits != commits:
                    raise
                _log.info("team server: a change ended in a conflict, tried again (%d)", conflicts)
                # A short pause first: the session our try was ended for waits for the turn
                # this window just gave up; taken again at once, the same cycle comes back
                # (seen: the retry won the row before psql woke up). Jitter: two desks.
                time.sleep(random.uniform(0.5, 1.0) * CONFLICT_PAUSE_S * conflicts)
            except PgLineCutNothingKept:
                if cut or db.commits != commits:
                    raise  # (cut twice: the line is not to be trusted now; said, not forced)
                cut = True
                _log.info("team server: a change lost with a cut line, made again on a new one")
    finally:
        db.turns_depth = 0


def one_turn(method: F) -> F:
    """A use-case (or Service) method that writes in one transaction: tried again whole on a
    conflict (module doc). Its object reaches the database as `self._ctx.db`."""

    @functools.wraps(method)
    def tried(self: Any, *args: Any, **kwargs: Any) -> Any:
        return run_in_turns(self._ctx.db, lambda: method(self, *args, **kwargs))

    return tried  # type: ignore[return-value]
