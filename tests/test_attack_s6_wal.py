"""The tail of the record after a crash, in the combinations test_log_head_attacks.py leaves
out (issue 20, item 2: "with or without the -shm"): a SIGKILLed writer, then only its -wal
deleted (the -shm kept, which now describes a log that is gone), only its -shm deleted (an
index: nothing is lost), and an older database file put back under the crashed writer's
-wal/-shm. Lost work is reported by `check` and opens read-only; nothing lost is no alarm;
and `check` changes no byte or mtime of any of the files, -shm included."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from test_log_head_attacks import _check, _kill_after_writes, filled  # noqa: F401 -- fixture

from toestemming import cli
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.store.header import header_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL: POSIX")


@pytest.fixture(autouse=True)
def _passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import PASSPHRASE

    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)


def _files(path: Path) -> dict[str, tuple[bytes, int]]:
    names = [path, header_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")]
    return {f.name: (f.read_bytes(), f.stat().st_mtime_ns) for f in names if f.exists()}


def _opens_read_only(path: Path) -> bool:
    from conftest import PASSPHRASE

    svc = Service.open(path, PASSPHRASE)
    try:
        return bool(svc.read_only and svc.log_head_problems)
    finally:
        svc.close()


def test_losing_only_the_wal_with_the_shm_left_is_caught_and_check_writes_nothing(
    filled: tuple[Path, bytes],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _ = filled
    _kill_after_writes(path)
    Path(f"{path}-wal").unlink()
    assert Path(f"{path}-shm").exists()
    before = _files(path)
    code, text = _check(path, capsys)
    assert code == 2, text  # refused: the vault is not even opened (cli: 2 = refused)
    assert "-wal" in text and "ontbreekt" in text and "Traceback" not in text
    assert _files(path) == before  # not even the stale -shm is touched
    from conftest import PASSPHRASE

    with pytest.raises(ToestemmingError):
        Service.open(path, PASSPHRASE).close()
    assert _files(path) == before


def test_losing_only_the_shm_loses_nothing_and_raises_no_alarm(
    filled: tuple[Path, bytes],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, _ = filled
    _kill_after_writes(path)
    Path(f"{path}-shm").unlink()
    code, text = _check(path, capsys)
    assert code == 0, text
    from conftest import PASSPHRASE

    svc = Service.open(path, PASSPHRASE)
    try:
        assert not svc.read_only
        assert "Ontvanger 4" in [r.name for r in svc.catalog.recipients()]
    finally:
        svc.close()


def test_an_older_database_file_under_a_crashed_writers_wal_loses_nothing_silently(
    filled: tuple[Path, bytes],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """The older file with the newer crash's -wal/-shm beside it."""
    path, _ = filled
    older = tmp_path / "ouder.tvault"
    shutil.copy(path, older)
    _kill_after_writes(path)
    # The writer's commits are in its -wal; put more into the file itself first, so the
    # older copy really is behind: open, write, close (folds the WAL), then crash again.
    from conftest import PASSPHRASE

    svc = Service.open(path, PASSPHRASE)
    svc.catalog.add_recipient("Nog een ontvanger", "gemeente", "Werk")
    svc.close()
    _kill_after_writes(path)
    shutil.copy(older, path)
    code, text = _check(path, capsys)
    from conftest import PASSPHRASE as secret

    svc = Service.open(path, secret)
    try:
        names = [r.name for r in svc.catalog.recipients()]
        lost = "Nog een ontvanger" not in names or "Ontvanger 4" not in names
    finally:
        svc.close()
    # SQLite applies the WAL's pages onto the older file (nothing ties a WAL to its file);
    # whatever comes of it, committed work is either all there or reported.
    assert code != 0 or not lost, text
    assert "Traceback" not in text
