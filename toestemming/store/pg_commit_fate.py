"""What became of a COMMIT whose answer was lost with the line (store/pg.py).

PostgreSQL's answer to a commit in doubt is txid_status(the transaction's id). That id is only
this transaction's while the server has not crashed since it was handed out: after a power cut
(`pg_ctl restart -m immediate`) the server starts again from its last durable WAL, and the ids
of transactions whose work was never flushed are handed out *again*. A colleague's desk that
wrote first after the restart then committed under this desk's id, and txid_status said
"committed" for a change that was lost — the desk said "opgeslagen" (seen in
tests/test_multi21_team_restart_two_desks.py).

So the server's start time is noted with the id (at BEGIN), and when it differs at the
question, a "committed" is believed only when the log holds this transaction's own event at
its place (seq and chain hash: no other change can have written that). "aborted" stays
believed either way: a commit that reached the server is in its WAL, and its id is then never
handed out again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from psycopg import errors as pg_errors

COMMITTED = "committed"
ABORTED = "aborted"

# What `ask` runs (its placeholder in the line's style: $1 on a desk's, %s on the admin's).
STATUS_SQL = "SELECT txid_status({}), pg_postmaster_start_time()"

# (seq, chain hash) of the last event the transaction appended, if it appended one.
Event = tuple[int, bytes]


def event_of(sql: str, params: Any) -> Event | None:
    """The event an `INSERT INTO events` of audit.py writes ((seq, …, hash) its parameters)."""
    if not sql.lstrip().upper().startswith("INSERT INTO EVENTS("):
        return None
    try:
        return int(params[0]), bytes(params[5])
    except (IndexError, TypeError, ValueError):
        return None


def fate(
    ask: Callable[[int], Any],
    xid: int,
    started: datetime | None,
    event: Event | None,
    hash_at: Callable[[int], bytes | None],
) -> str | None:
    """COMMITTED, ABORTED, or None (cannot be told). `ask(xid)`: the row of STATUS_SQL for
    it on the new line; `started`: the server's start time when the id was handed out; `hash_at(seq)`: the
    chain hash the log holds at seq (None: no event there)."""
    try:
        status, now_started = ask(xid)
    except pg_errors.InvalidParameterValue:
        return ABORTED  # ("in the future": the server lost even its id, a crash)
    if status not in (COMMITTED, ABORTED):
        return None  # (still in progress: the server is busy with it)
    if status == ABORTED or (started is not None and now_started == started):
        return str(status)
    # Restarted since the id was handed out: the id may be someone else's now.
    if event is None:
        return None
    seq, digest = event
    found = hash_at(seq)
    return COMMITTED if found is not None and bytes(found) == digest else ABORTED
