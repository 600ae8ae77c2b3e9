"""A saved transitieformulier version against its event (transition_form.saved), content
included.

The event has always carried a salted commitment of the version's content (audit.append's
"pd": SHA-256 over a random salt + the canonical JSON of {"form": <the stored text>}; the salt
is in `event_salts`, deleted when the youth is erased, together with the versions). Nothing
compared it: an insider with the passphrase could rewrite a saved version (internships,
perspective, contact persons) and `check`, the printed form and the inzage showed the new
text as what was saved. Now `check` compares every row with it (replay_sessions.check_forms)
and the desk refuses to print a version that differs (`logged_form`).

A version whose event holds no commitment cannot be checked for its content; every version
this program ever saved has one, so none is reported or refused for lacking it."""

from __future__ import annotations

import json
from typing import Any

from .audit import commitment
from .event_seek import first_seq_from
from .replay_events import Origin, moment_agrees
from .store.db import Database

FORM_KIND = "transition_form.saved"
# Events read forward from where the version's save moment falls before giving up on the
# shortcut; the event is written right after the row, in the same transaction.
_WINDOW = 256


def content_agrees(data: str, committed: Any, salt: bytes | None) -> bool | None:
    """The stored text against the event's commitment; None when the event has none."""
    if committed is None:
        return None
    return salt is not None and commitment(salt, {"form": data}) == committed


def logged_form(
    db: Database,
    form_id: int,
    youth_id: int,
    version: int,
    request_id: int | None,
    saved_at: str,
    worker_id: int,
    data: str,
) -> bool:
    """Does this stored version agree with its event: the event exists, names this youth,
    version and request, was written then by that worker, and commits to exactly this
    content (when it commits)?"""
    found = _form_event(db, form_id, saved_at)
    if found is None:
        return False
    seq, d = found
    if (d.get("youth"), d.get("version"), d.get("request")) != (youth_id, version, request_id):
        return False
    event = db.query_one("SELECT at, actor FROM events WHERE seq = ?", (seq,))
    origin = Origin(seq, str(event[0]), event[1]) if event else None
    if origin is None or not moment_agrees(saved_at, None, origin) or worker_id != origin.actor:
        return False
    salt = db.scalar("SELECT salt FROM event_salts WHERE seq = ?", (seq,))
    agrees = content_agrees(data, d.get("pd"), None if salt is None else bytes(salt))
    return agrees is not False


def _form_event(db: Database, form_id: int, saved_at: str) -> tuple[int, dict[str, Any]] | None:
    """The event that saved form `form_id`. Events have no index by kind: find where the
    save moment falls in the log (events are written in time order, so a binary search on
    the primary key) and read a few events from there; when clocks disagreed (a team of
    desks), read every form event — slower, never wrong."""
    low = first_seq_from(db, saved_at)
    rows = db.query(
        "SELECT seq, body FROM events WHERE seq BETWEEN ? AND ? AND kind = ? ORDER BY seq",
        (low, low + _WINDOW, FORM_KIND),
    )
    hit = _matching(rows, form_id)
    if hit is None:
        hit = _matching(
            db.query("SELECT seq, body FROM events WHERE kind = ? ORDER BY seq", (FORM_KIND,)),
            form_id,
        )
    return hit


def _matching(rows: Any, form_id: int) -> tuple[int, dict[str, Any]] | None:
    for seq, body in rows:
        try:
            d = json.loads(bytes(body))["data"]
        except (ValueError, KeyError, TypeError):
            continue
        if isinstance(d, dict) and d.get("form") == form_id:
            return int(seq), d
    return None
