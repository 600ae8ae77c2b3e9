"""A sent request's Message-ID and moment against its `remote.sent` event (session 18).

replay_sessions.check_messages compares remote_messages with the log as a collection of
(request, kind, way, signer, evidence). Two more columns decide things: `message_id` threads
a reply to its request (remote_replies._thread_request: a reply's In-Reply-To is looked up
there, so a hand-edited id sends a parent's "ja" to another youth's request), and `sent_at`
starts the wait before a request expires (remote.pending). Both are in the event: the
Message-ID in its data, the moment as the event's own. Named by request number and the row's
number, never an address or a name.
"""

from __future__ import annotations

from .replay_events import Origin, moment_agrees
from .replay_registry_events import Registry
from .replay_report import Disagreement
from .replay_rows import NOT_LOGGED, Add, differs
from .store.db import Database


def check_sent_ids(db: Database, reg: Registry, add: Add) -> int:
    logged: dict[str, tuple[Origin, object]] = {}  # Message-ID → (remote.sent, its request)
    for origin, d in reg.sent:
        logged[str(d["message_id"])] = (origin, d.get("request"))  # (a str: registry events)
    count = 0
    for rid, request, message_id, sent_at in db.iterate(
        "SELECT id, request_id, message_id, sent_at FROM remote_messages ORDER BY id",
        tuples=True,
    ):
        count += 1
        where = f"verzonden bericht nr. {rid} bij verzoek nr. {request}"
        found = logged.get(str(message_id))
        if found is None:
            add(Disagreement(where, NOT_LOGGED.format(table="remote_messages.message_id")))
        elif found[1] != request:  # another request's message: its replies would go there
            differs(add, where, "remote_messages", found[0].seq, ["message_id"])
        elif not moment_agrees(str(sent_at), None, found[0]):
            differs(add, where, "remote_messages", found[0].seq, ["sent_at"])
    return count
