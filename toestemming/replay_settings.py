"""The settings that decide something, held to the event every save of them writes (s30).

Most settings only say where things go (a mail server, the reply address); they are not the
record (replay_columns.META_NOT_COMPARED). These decide: after how many days an unanswered
request expires and a reminder is due (`expire_overdue` acts on them at the next unlock), and
how many automatic backups are kept, after how many days a missing one is warned about and in
which folder they go (the backups hold the log head outside the vault: pruning deletes the
rest). Each save logs them (remote.settings_changed, backup.policy_changed, backup.folder_set
with the folder as a salted commitment), and nothing else writes them — so a stored value the
last event does not give is a hand edit. An insider set 14 days to 2 and every waiting request
expired two days later, the log still saying 14, while `check` said "in orde" (atk30).

Named by what the setting is, never by its value (a folder name can hold a person's name).
"""

from __future__ import annotations

import json
from typing import Any

from .replay_people import committed
from .replay_registry_events import SETTING_FIELDS, Registry
from .replay_report import Disagreement
from .replay_rows import NOT_LOGGED, NOT_STORED, Add, differs
from .store.db import Database

REMOTE = "remote.settings_changed"
BACKUP_POLICY = "backup.policy_changed"
BACKUP_FOLDER = "backup.folder_set"
# (the meta keys backup.py writes: str() of each number; the folder as given)
_BACKUP_META = {"warn_after_days": "backup.warn_after_days", "keep": "backup.keep"}
_FOLDER_META = "backup.folder"


def check_settings(db: Database, reg: Registry, salts: dict[int, bytes], add: Add) -> int:
    rows = dict(db.query("SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?)", _KEYS))
    _remote(rows.get("remote"), reg, add)
    _backup_policy(rows, reg, add)
    _backup_folder(rows.get(_FOLDER_META), reg, salts, add)
    return len(rows)


_KEYS = ("remote", *_BACKUP_META.values(), _FOLDER_META)


def _remote(raw: Any, reg: Registry, add: Add) -> None:
    where = "instellingen op afstand (dagen tot verlopen en herinnering)"
    logged = reg.settings.get(REMOTE)
    if logged is None:
        if raw is not None:
            add(Disagreement(where, NOT_LOGGED.format(table="meta.remote")))
        return
    origin, d = logged
    if raw is None:
        add(Disagreement(where, NOT_STORED.format(seq=origin.seq, table="meta.remote")))
        return
    try:
        stored = json.loads(str(raw))
        values = {k: stored.get(k) for k in SETTING_FIELDS[REMOTE][0]}
    except (ValueError, AttributeError):
        values = {}
    bad = [k for k in SETTING_FIELDS[REMOTE][0] if not _same(values.get(k), d[k])]
    if bad:
        differs(add, where, "meta.remote", origin.seq, bad)


def _backup_policy(rows: dict[Any, Any], reg: Registry, add: Add) -> None:
    where = "instellingen van de reservekopieën (bewaren en waarschuwen)"
    logged = reg.settings.get(BACKUP_POLICY)
    stored = {k: rows.get(key) for k, key in _BACKUP_META.items()}
    if logged is None:
        if any(v is not None for v in stored.values()):
            add(Disagreement(where, NOT_LOGGED.format(table="meta.backup")))
        return
    origin, d = logged
    bad = [k for k in _BACKUP_META if k in d and stored[k] != str(d[k])]  # (older: no keep)
    if bad:
        differs(add, where, "meta.backup", origin.seq, bad)


def _backup_folder(raw: Any, reg: Registry, salts: dict[int, bytes], add: Add) -> None:
    where = "map van de automatische reservekopieën"
    logged = reg.settings.get(BACKUP_FOLDER)
    if logged is None:
        if raw is not None:
            add(Disagreement(where, NOT_LOGGED.format(table="meta.backup.folder")))
        return
    origin, d = logged
    if not d["set"]:
        ok = raw is None
    else:
        pd = d.get("pd")
        ok = isinstance(pd, str) and committed(salts, (origin.seq, pd), {"folder": str(raw)})
    if not ok:
        differs(add, where, "meta", origin.seq, ["backup.folder"])


def _same(stored: Any, logged: int) -> bool:
    return type(stored) is int and stored == logged  # (a "14" or 14.0 reads otherwise)


def salted(reg: Registry) -> set[int]:
    """The events whose salts this check needs (the folder's commitment)."""
    found = reg.settings.get(BACKUP_FOLDER)
    return {found[0].seq} if found is not None and found[1]["set"] else set()
