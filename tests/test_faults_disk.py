"""A full disk and a read-only folder: a clear Dutch message, nothing half-written, and every
write that was acknowledged before is still there afterwards.

Full disk: a real 3 MB tmpfs when the tests run as root and may mount; always also a file-size
limit (RLIMIT_FSIZE) in a child process, which works for any user. Read-only folder: a
read-only bind mount as root, chmod 555 otherwise (root ignores file modes)."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError, VaultError
from toestemming.service import Service
from toestemming.store.cipher_profile import FAST_READ
from toestemming.store.header import KdfParams, header_path

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[1]
BLOB = 64 * 1024
FULL_WORDS = ("schijf is vol", "Lezen of schrijven")  # SQLITE_FULL or an I/O error


def _mount(*args: str) -> bool:
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", str(path)], capture_output=True, check=True)


@contextlib.contextmanager
def small_disk(path: Path, size: str = "3m") -> Iterator[Path]:
    path.mkdir()
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)):
        pytest.skip("a small tmpfs needs root with mount rights; the RLIMIT test covers this")
    try:
        yield path
    finally:
        gc.collect()  # no open file may keep the mount busy
        _umount(path)


@contextlib.contextmanager
def read_only_dir(path: Path) -> Iterator[Path]:
    if os.name == "posix" and os.geteuid() != 0:
        path.chmod(0o555)
        try:
            yield path
        finally:
            path.chmod(0o755)
        return
    if not _mount("--bind", str(path), str(path)):
        pytest.skip("root ignores chmod and may not bind-mount here: no read-only folder")
    try:
        if not _mount("-o", "remount,ro,bind", str(path)):
            pytest.skip("read-only remount not permitted here")
        yield path
    finally:
        _umount(path)


def _evidence_count(svc: Service) -> int:
    return int(svc.vault.db.scalar("SELECT count(*) FROM evidence"))


# Freed before closing, in KiB: enough for the closing signed checkpoint, not for copying the
# whole WAL into the file. Four sizes 4 KiB apart (a tmpfs page; the vault's pages are 16 KiB):
# the closing copy stops at a vault page's edge in at most one of them and tears the file's last
# page in the others, so both ways of running out are played whatever size the vault has grown to.
RESERVES_KIB = (1600, 1604, 1608, 1612)


def test_full_tmpfs(tmp_path: Path, clock: FixedClock) -> None:
    torn = [_full_disk_then_room(tmp_path / f"klein{kib}", clock, kib) for kib in RESERVES_KIB]
    assert any(torn), "no size tore the last page: the damaged-or-full path was not played"


def _full_disk_then_room(where: Path, clock: FixedClock, reserve_kib: int) -> bool:
    """Fill a small disk, close on it, reopen; whether the closing copy tore the last page."""
    with small_disk(where, "8m") as disk:  # an empty vault has 16 KiB pages: ~1 MB
        path = disk / "kluis.tvault"
        svc, _ = Service.create(path, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
        reserve = disk / "ruimte.bin"  # deleted below: "the user frees some space"
        reserve.write_bytes(bytes(reserve_kib * 1024))
        acknowledged: list[int] = []
        try:
            with pytest.raises(VaultError) as exc:
                for n in range(100):
                    # (A zero first byte: random bytes starting "BM" or FF D8 would read as a
                    # BMP/JPEG header of any size and be refused — 1 in 32,768 per blob.)
                    blob = b"\0" + os.urandom(BLOB - 1) + bytes([n])
                    info = svc.evidence.add("scan", "image/png", blob)
                    acknowledged.append(info.id)
            assert "schijf is vol" in exc.value.message
            assert acknowledged  # some writes fitted before the disk was full
            assert _evidence_count(svc) == len(acknowledged)  # the failed one left nothing
            assert svc.verify_audit().ok

            # A backup onto the full disk: refused, no half file, no scratch folder.
            with pytest.raises(VaultError) as exc:
                svc.backups.create(disk / "kopie.tbackup")
            assert "Niet genoeg ruimte" in exc.value.message
            left = sorted(p.name for p in disk.iterdir())
            files = [path.name, header_path(path).name, f"{path.name}-wal", f"{path.name}-shm"]
            files += [f"{path.name}.lock", f"{path.name}.lock-info"]  # the writer lock
            assert left == sorted([*files, reserve.name])
            assert svc.backups.status().last_verified_at is None
        finally:
            reserve.unlink()
            svc.close()  # the closing signed checkpoint fits; copying the WAL into the file not
        # Whether the closing checkpoint ran out of room half way through the file's last page
        # depends on the bytes left (tmpfs pages are 4 KiB, the vault's 16 KiB; each migration
        # moves it): the file's size says which. Torn: what was committed is in the -wal file,
        # and opening says the disk is full — not "damaged", which would send the worker to a
        # backup and lose this work. Whole: nothing to report.
        torn = path.stat().st_size % FAST_READ.page_size != 0
        again = Service.open(path, PASS, clock=clock, check=True)
        try:
            report = again.health_report
            assert report is not None and report.ok is not torn
            assert len(report.file_problems) == int(torn)
            for problem in report.file_problems:
                assert "schijf is vol" in problem and "niet beschadigd" in problem
            ids = [int(r[0]) for r in again.vault.db.query("SELECT id FROM evidence ORDER BY id")]
            assert ids == acknowledged  # read through the WAL
        finally:
            again.close()
        # Room made (the tmpfs grows, as a cleaned-up disk would): in order, nothing lost.
        assert _mount("-o", "remount,size=16m", str(disk))
        again = Service.open(path, PASS, clock=clock, check=True)
        try:
            assert again.health_report is not None and again.health_report.ok
            ids = [int(r[0]) for r in again.vault.db.query("SELECT id FROM evidence ORDER BY id")]
            assert ids == acknowledged
        finally:
            again.close()
    return torn


_CHILD = """
import json, os, resource, signal, sys
from toestemming.errors import ToestemmingError
from toestemming.service import Service
path = sys.argv[1]
svc = Service.open(path, os.environ["TOESTEMMING_PASSPHRASE"])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write returns EFBIG instead of killing
limit = os.path.getsize(path) + 400_000
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
done, message = [], ""
try:
    for n in range(200):
        done.append(svc.evidence.add("scan", "image/png", os.urandom(65536)).id)
except ToestemmingError as exc:
    message = exc.message
except Exception as exc:  # any untyped error fails the test
    message = "UNTYPED " + type(exc).__name__
try:
    svc.backups.create(os.path.join(os.path.dirname(path), "kopie.tbackup"))
    backup = "made"
except ToestemmingError as exc:
    backup = exc.message
except Exception as exc:
    backup = "UNTYPED " + type(exc).__name__
print(json.dumps({"done": done, "message": message, "backup": backup}), flush=True)
os._exit(0)
"""


def test_file_size_limit_in_a_child(tmp_path: Path, clock: FixedClock) -> None:
    if os.name != "posix":
        pytest.skip("RLIMIT_FSIZE is POSIX only")
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    svc.close()
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        cwd=ROOT,
        env={**os.environ, "TOESTEMMING_PASSPHRASE": PASS},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["done"], report
    assert any(w in report["message"] for w in FULL_WORDS), report["message"]
    assert (
        report["backup"] == "made" or "ruimte" in report["backup"] or "mislukt" in report["backup"]
    ), report["backup"]
    assert not list(tmp_path.glob(".kopie.tbackup.*"))  # no scratch folder left behind
    again = Service.open(path, PASS, clock=clock, check=True)
    try:
        assert again.health_report is not None and again.health_report.ok
        ids = [int(r[0]) for r in again.vault.db.query("SELECT id FROM evidence ORDER BY id")]
        assert ids == report["done"]  # every acknowledged write, and nothing else
    finally:
        again.close()


@pytest.fixture
def closed_vault(tmp_path: Path, clock: FixedClock) -> Path:
    directory = tmp_path / "map"
    directory.mkdir()
    svc, _ = Service.create(
        directory / "kluis.tvault", "School", "Anna", PASS, clock, kdf=KdfParams()
    )
    svc.people.add_youth(given_name="Eerder", family_name="Opgeslagen", birth_date="01-01-2008")
    svc.close()
    return directory / "kluis.tvault"


def test_read_only_folder(closed_vault: Path, tmp_path: Path, clock: FixedClock) -> None:
    svc = Service.open(closed_vault, PASS, clock=clock)
    backup = svc.backups.create(tmp_path / "kopie.tbackup").path
    svc.close()
    target_dir = tmp_path / "doel"
    target_dir.mkdir()
    with read_only_dir(closed_vault.parent), read_only_dir(target_dir):
        for check in (False, True):
            with pytest.raises(VaultError) as exc:
                Service.open(closed_vault, PASS, clock=clock, check=check)
            assert "kan niet worden geschreven" in exc.value.message
            assert "wachtwoordzin" not in exc.value.message
        with pytest.raises(VaultError) as exc:
            Service.restore_backup(backup, target_dir / "terug.tvault", PASS)
        assert "mag niet worden geschreven" in exc.value.message
        assert list(target_dir.iterdir()) == []
    # Writable again: everything is as it was.
    svc = Service.open(closed_vault, PASS, clock=clock, check=True)
    try:
        assert svc.people.search("opgeslagen")[0].given_name == "Eerder"
    finally:
        svc.close()


def test_backup_into_a_read_only_folder(
    closed_vault: Path, tmp_path: Path, clock: FixedClock
) -> None:
    target_dir = tmp_path / "alleen-lezen"
    target_dir.mkdir()
    svc = Service.open(closed_vault, PASS, clock=clock)
    try:
        with read_only_dir(target_dir):
            with pytest.raises(ToestemmingError) as exc:
                svc.backups.create(target_dir / "kopie.tbackup")
            assert "mag niet worden geschreven" in exc.value.message
        assert list(target_dir.iterdir()) == []
        assert svc.backups.status().last_verified_at is None
    finally:
        svc.close()
