"""One change signal for every view: after each commit, what changed and for which youth.

The service calls `ChangeFeed.committed()` after every commit (Database.after_commit). The
feed reads the events that commit added (only ids and kinds: never personal values) and tells
its subscribers `Change(kind, youth_id)` once per distinct pair. Views subscribe instead of
being refreshed by whichever dialog wrote; a commit from the tablet, an import, a reply
confirmed or another window's dialog reaches them all the same way. Qt-free: the UI wraps it
in a Signal (ui/changes.py). A subscriber's error is logged and never undoes or hides the
commit that already happened.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeGuard

from .store.db import Database

_log = logging.getLogger(__name__)

# A commit with more events than this (CSV import, bench data) is told as one "many" change
# without reading the events: the views reload everything anyway.
MANY_EVENTS = 200
MANY = "many"


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # the event kind ("decisions.recorded", "youth.updated", …) or MANY
    youth_id: int | None  # None: not about one youth (catalog, policy) or unknown


Listener = Callable[[list[Change]], None]


class ChangeFeed:
    def __init__(self, db: Callable[[], Database]) -> None:
        self._db = db
        self._listeners: list[Listener] = []
        self._seen: int | None = None  # the last event told (None: nobody listened yet)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with the changes of every commit from now on; returns the way to
        stop."""
        if self._seen is None:
            try:
                self._seen = self._last_seq()
            except Exception as exc:  # a damaged vault opens read-only: nothing to hear
                _log.warning("change feed could not read the log: %s", type(exc).__name__)
                self._seen = 0  # (a first commit then counts as MANY: everything reloads)
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def committed(self) -> None:
        if not self._listeners:
            return
        try:
            changes = self._changes()
        except Exception as exc:  # the commit stands; the views reload on their next change
            _log.warning("change feed could not read the commit: %s", type(exc).__name__)
            return
        if not changes:
            return
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception as exc:
                _log.warning("change listener failed: %s", type(exc).__name__)

    def _last_seq(self) -> int:
        return int(self._db().scalar("SELECT coalesce(max(seq), 0) FROM events") or 0)

    def _changes(self) -> list[Change]:
        db = self._db()
        last = self._last_seq()
        seen = self._seen if self._seen is not None else last
        self._seen = last
        if last <= seen:
            return []
        if last - seen > MANY_EVENTS:
            return [Change(MANY, None)]
        rows = db.query("SELECT kind, body FROM events WHERE seq > ? ORDER BY seq", (seen,))
        out: dict[tuple[str, int | None], None] = {}
        for kind, body in rows:
            data = json.loads(bytes(body)).get("data", {})
            out[(str(kind), youth_of(db, data))] = None
        return [Change(kind, youth) for kind, youth in out]


def youth_of(db: Database, data: dict[str, Any]) -> int | None:
    """The youth an event is about, from the ids it carries."""
    youth = data.get("youth")
    if _is_id(youth):
        return youth
    request = data.get("request")
    if _is_id(request):
        return _scalar_id(db, "SELECT youth_id FROM consent_requests WHERE id = ?", request)
    item = data.get("item")
    items = data.get("items")
    if not _is_id(item) and isinstance(items, list) and items:
        first = items[0]
        item = first.get("item") if isinstance(first, dict) else first
    if _is_id(item):
        return _scalar_id(db, "SELECT youth_id FROM consent_items WHERE id = ?", item)
    representative = data.get("representative")
    if _is_id(representative):
        return _scalar_id(db, "SELECT youth_id FROM representatives WHERE id = ?", representative)
    return None


def _scalar_id(db: Database, sql: str, key: int) -> int | None:
    value = db.scalar(sql, (key,))
    return int(value) if value is not None else None


def _is_id(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
