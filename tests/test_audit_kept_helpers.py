"""The helpers of the chain check keep the open vault's connection between ranges (opening one
costs about as much as checking 15–30k events, so a mid-size log was never split: bench ×3.4
hashlib, budget ≤ 3×). Kept only while the vault is open: closing it ends them, so no process
holds the file or its key afterwards; a file put back at the same name is opened anew; a
scratch copy (a backup being checked) is never kept, since it is renamed next."""

from __future__ import annotations

import dataclasses
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming import audit_links
from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.service import Service
from toestemming.store.db import ReaderSpec, file_id
from toestemming.store.header import KdfParams

PASS = "correct horse battery staple"


@pytest.fixture
def svc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(audit_links.os, "cpu_count", lambda: 3)
    clock = FixedClock(datetime(2026, 12, 5, 10, tzinfo=UTC))
    s, _ = Service.create(tmp_path / "k.tvault", "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    for n in range(20):
        s.people.add_youth(given_name=f"Jongere{n}", family_name="Test", birth_date="01-01-2008")
    yield s
    if s.is_open:
        s.close()


def _holding(path: Path) -> set[int]:
    """The pids of this program's helper processes that have `path` open (Linux /proc)."""
    pool = audit_links._POOL.executor
    pids = set() if pool is None else {p.pid for p in pool._processes.values()}
    holding = set()
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == str(path):
                    holding.add(pid)
            except OSError:
                continue
    return holding


@pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc to see open files"
)
def test_helpers_keep_the_vault_open_only_while_it_is_open(svc: Service) -> None:
    path = svc.vault.db.path
    assert svc.verify_audit(parallel_from=1).processes == 3
    # Both ranges ran in helpers: the helpers that ran one keep its connection (a helper
    # still starting opens its own as soon as it is up).
    assert _holding(path)
    # Kept connections see what this process writes next (one youth more, then a change).
    svc.people.add_youth(given_name="Later", family_name="Test", birth_date="01-01-2008")
    db = svc.vault.db
    last = int(db.scalar("SELECT max(seq) FROM events"))
    with db.transaction():
        db.execute("DROP TRIGGER IF EXISTS events_no_update")
        body = bytes(db.scalar("SELECT body FROM events WHERE seq = ?", (last,)))
        db.execute("UPDATE events SET body = ? WHERE seq = ?", (body + b" ", last))
    report = svc.verify_audit(parallel_from=1)
    assert not report.ok and report.first_bad_seq == last and report.processes == 3
    helpers = {p.pid for p in audit_links._POOL.executor._processes.values()}
    svc.close()
    assert audit_links._POOL.executor is None  # ended with the vault, and waited for
    for pid in helpers:  # the helpers have ended: nothing holds the file or its key
        assert not Path(f"/proc/{pid}/fd").exists()


def test_a_file_put_back_at_the_same_name_is_opened_anew(svc: Service, tmp_path: Path) -> None:
    spec = svc.vault.reader_spec()
    assert spec.keep
    with audit_links.helper_database(spec) as first:
        pass
    with audit_links.helper_database(spec) as again:
        assert again is first  # kept between ranges
    svc.checkpoint()
    svc.vault.db.checkpoint_wal()
    copy = tmp_path / "copy.tvault"
    shutil.copyfile(spec.path, copy)
    os.replace(copy, spec.path)  # another file now has the vault's name (a restore)
    # The vault open here is still the first file: the other one is not read in its place
    # (review26), and the connection kept to the first is dropped.
    with pytest.raises(VaultError), audit_links.helper_database(spec):
        pass
    assert "db" not in audit_links._KEPT
    # The vault opened again (its connection now on the file put back): opened anew.
    reopened = dataclasses.replace(spec, file_id=file_id(spec.path))
    with audit_links.helper_database(reopened) as fresh:
        assert fresh is not first
    audit_links._forget_kept()


def test_a_scratch_copy_is_never_kept(svc: Service) -> None:
    spec = svc.vault.reader_spec()
    scratch = ReaderSpec(spec.path, spec.key, spec.profile)  # as backup_file checks a copy
    with audit_links.helper_database(scratch) as db:
        assert db.scalar("SELECT count(*) FROM events") > 0
    assert "db" not in audit_links._KEPT
    with pytest.raises(Exception, match="closed"):  # closed after the range
        db.scalar("SELECT 1")
