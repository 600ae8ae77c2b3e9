"""The key file (or the vault's -wal) made read-only while the vault is open — session 17.

An insider sets the key file beside the vault to read-only (Windows: Eigenschappen →
Alleen-lezen; here the immutable flag, which binds root too) and works on. Before: every write
went through; only the key file's log head (log_head.py: what protects against a database put
back to an older copy) stopped following, with a line in the app log. A copy of the database
taken meanwhile could then be put back unnoticed. And a read-only -wal made closing the vault
end in an error. Now every write asks first (writer_guard._files_writable): refused, nothing
written, the window reads only; writable again, it writes again."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import VaultError
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path, read_header

ANNA = "correct horse battery staple"
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """The file's immutable flag (chattr +i): no write, rename over or delete, even as root."""
    if shutil.which("chattr") is None:
        pytest.skip("no chattr here: no way to make a file read-only for root")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag (or no right to set it)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=True)


def _events(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM events"))


def _add(svc: Service, name: str) -> None:
    svc.people.add_youth(given_name=name, family_name="Kind", birth_date="01-01-2010")


def _open_with_one_youth(tmp_path: Path, clock: FixedClock) -> tuple[Service, Path, int]:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", ANNA, clock, kdf=KdfParams())
    _add(svc, "Eerst")
    return svc, path, _events(svc)


def _refused_nothing_written(svc: Service, count: int) -> None:
    with pytest.raises(VaultError) as refused:
        _add(svc, "Stiekem")
    assert "alleen-lezen gemaakt" in str(refused.value), str(refused.value)
    assert _events(svc) == count


def test_a_read_only_key_file_stops_the_writes_not_the_rollback_protection(
    tmp_path: Path,
) -> None:
    clock = FixedClock(NOW)
    svc, path, count = _open_with_one_youth(tmp_path, clock)
    try:
        with immutable(header_path(path)):
            _refused_nothing_written(svc, count)
            assert svc.read_only
        _add(svc, "Daarna")  # writable again: this window writes again
        assert not svc.read_only
    finally:
        svc.close()
    # Every event is under the key file's log head again: one taken away is named at open.
    svc = Service.open(path, ANNA, clock=clock)
    try:
        head = read_header(path).log_head
        assert head is not None and head.size == _events(svc)
        assert svc.log_head_phrases == []
    finally:
        svc.close()


def test_a_read_only_wal_refuses_the_write_and_closing_says_no_error(tmp_path: Path) -> None:
    clock = FixedClock(NOW)
    svc, path, count = _open_with_one_youth(tmp_path, clock)
    try:
        with immutable(Path(f"{path}-wal")):
            _refused_nothing_written(svc, count)
            svc.close()  # no checkpoint is signed into a file that cannot be written
    finally:
        svc.close()
    svc = Service.open(path, ANNA, clock=clock)
    try:
        assert [y.given_name for y in svc.people.search("kind")] == ["Eerst"]
    finally:
        svc.close()
