"""The chain check's helpers read the file this window has open, or nothing (review26).

A long log is checked in ranges: the first here, on the open vault's connection, the others
in helper processes (audit_links), which open the vault again — by its name. While the vault
is open here, another file can come to stand at that name: a restore done from a second
window or program, a copy put back by hand, an insider's `mv`. This window keeps reading and
writing the file it opened (its descriptors follow it); the helpers read the other one.

Before: an event of the open file changed after the first range, and a good copy put at the
vault's name — `verify` said "in orde" for the open file, having read most of it from the
copy (the kept connections of session 20 follow the name too: a file put back is "opened
anew"). Now the open file's identity travels with the ReaderSpec; a helper that finds
another file at the name refuses, and its range is checked here, on the open file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_audit_kept_helpers import svc

from toestemming import audit_links
from toestemming.errors import VaultError
from toestemming.replay_split import Scope, replay_in_child
from toestemming.service import Service
from toestemming.store.db import Database

__all__ = ["svc"]


def _change(db: Database, seq: int) -> None:
    """An event's body changed in the file itself (as an insider with the key would)."""
    with db.transaction():
        db.execute("DROP TRIGGER IF EXISTS events_no_update")
        body = bytes(db.scalar("SELECT body FROM events WHERE seq = ?", (seq,)))
        db.execute("UPDATE events SET body = ? WHERE seq = ?", (body + b" ", seq))


def test_a_good_copy_at_the_vaults_name_does_not_vouch_for_the_changed_open_file(
    svc: Service, tmp_path: Path
) -> None:
    db = svc.vault.db
    path = db.path
    svc.checkpoint()
    db.checkpoint_wal()
    good = tmp_path / "good.tvault"
    shutil.copyfile(path, good)  # the file as it is now, before anything is changed
    last = int(db.scalar("SELECT max(seq) FROM events"))
    changed = last - 2  # in the last third: a helper's range, never the first one's
    _change(db, changed)
    db.checkpoint_wal()  # (the change in the open file itself)
    os.replace(good, path)  # the good copy now stands at the vault's name

    report = svc.verify_audit(parallel_from=1)

    assert not report.ok, "verify vouched for the open file with another file's events"
    assert report.first_bad_seq == changed


def test_with_the_open_file_at_its_name_the_helpers_still_do_the_checking(svc: Service) -> None:
    """The refusal costs nothing while nothing moved: the ranges run in the helpers."""
    report = svc.verify_audit(parallel_from=1)
    assert report.ok and report.processes == 3


def test_after_the_data_key_is_renewed_the_helpers_read_with_the_new_key(svc: Service) -> None:
    """The helpers kept a connection opened with the old key (Vault.rotate_data_key rewrites
    the file in place: the same file, another key). The next check opens anew, still in the
    helpers, and a change made after the renewal is found there."""
    assert svc.verify_audit(parallel_from=1).ok
    assert "db" not in audit_links._KEPT  # (kept in the helpers, not here)
    svc.rotate_data_key()
    report = svc.verify_audit(parallel_from=1)
    assert report.ok and report.processes == 3
    db = svc.vault.db
    last = int(db.scalar("SELECT max(seq) FROM events"))
    changed = last - 1
    _change(db, changed)
    report = svc.verify_audit(parallel_from=1)
    assert not report.ok and report.first_bad_seq == changed and report.processes == 3


def test_the_replays_helpers_refuse_the_other_file_too(svc: Service, tmp_path: Path) -> None:
    """The replay's ranges and the registry check open the vault in a helper the same way
    (replay_split.replay_in_child, replay_registry._in_child: ReaderSpec.open): with another
    file at the name they refuse, and the range is replayed here, on the open file."""
    spec = svc.vault.reader_spec()
    assert replay_in_child(spec, Scope()).ok  # the open file at its name: read in the helper
    svc.checkpoint()
    svc.vault.db.checkpoint_wal()
    copy = tmp_path / "copy.tvault"
    shutil.copyfile(spec.path, copy)
    os.replace(copy, spec.path)
    with pytest.raises(VaultError, match="vervangen"):
        replay_in_child(spec, Scope())
