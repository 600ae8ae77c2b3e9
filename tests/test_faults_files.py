"""Damaged files: byte flips at page offsets, truncation, a deleted or truncated -wal, a missing
key header. Each is detected with a clear Dutch message (never a traceback, never a silent
older state); a vault that can still be read opens read-only with the way to restore."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from records_support import PAGE_SIZE, RESERVE, populate

from toestemming.clock import FixedClock
from toestemming.errors import HeaderMissing, IntegrityFailure, ToestemmingError, VaultError
from toestemming.health import RESTORE_ADVICE
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path

PASS = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One closed, populated vault; every test works on copies of it."""
    path = tmp_path_factory.mktemp("vorlage") / "kluis.tvault"
    start = datetime(2026, 11, 23, 10, tzinfo=UTC)
    svc, _ = Service.create(path, "Testschool", "Anna", PASS, FixedClock(start), kdf=KdfParams())
    populate(svc)
    svc.close()
    return path


def _copy(template: Path, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / template.name
    shutil.copyfile(template, target)
    shutil.copyfile(header_path(template), header_path(target))
    return target


def _flip(path: Path, offset: int) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0x40]))


def _outcome(path: Path, clock: FixedClock) -> str:
    """Open with the integrity check and classify; any non-typed exception fails the test."""
    try:
        svc = Service.open(path, PASS, clock=clock, check=True)
    except IntegrityFailure as exc:
        assert RESTORE_ADVICE in exc.message
        return "refused"
    try:
        report = svc.health_report
        assert report is not None
        if report.ok:
            return "ok"
        assert svc.read_only
        text = report.explanation()
        assert "alleen-lezen" in text and "Reservekopie terugzetten" in text
        with pytest.raises(VaultError) as exc:
            svc.people.add_youth(given_name="Niet", family_name="Opslaan", birth_date="01-01-2008")
        assert "alleen-lezen" in exc.value.message
        with pytest.raises(ToestemmingError):
            svc.backups.create(path.parent / "kopie.tbackup")
        return "read-only"
    finally:
        svc.close()  # never raises, also read-only


def test_byte_flips_at_page_offsets_are_detected(
    template: Path, tmp_path: Path, clock: FixedClock
) -> None:
    pages = template.stat().st_size // PAGE_SIZE
    rng = random.Random(7)
    chosen = sorted({0, 1, 2, pages // 2, pages - 1, *rng.sample(range(pages), 6)})
    offsets = (0, 17, 1000, PAGE_SIZE - RESERVE + 5, PAGE_SIZE - 10)  # data, IV and HMAC areas
    outcomes: dict[str, int] = {}
    for n, page in enumerate(chosen):
        path = _copy(template, tmp_path / f"p{n}")
        _flip(path, page * PAGE_SIZE + offsets[n % len(offsets)])
        result = _outcome(path, clock)
        assert result != "ok", f"flip in page {page + 1} went unnoticed"
        outcomes[result] = outcomes.get(result, 0) + 1
    assert outcomes.get("refused", 0) >= 1  # page 1: the file cannot be opened at all
    assert outcomes.get("read-only", 0) >= 1  # elsewhere: readable, read-only, advice


def test_damage_found_on_demand_switches_an_open_vault_to_read_only(
    template: Path, tmp_path: Path, clock: FixedClock
) -> None:
    path = _copy(template, tmp_path)
    svc = Service.open(path, PASS, clock=clock)
    try:
        assert svc.health().ok and not svc.read_only
        pages = path.stat().st_size // PAGE_SIZE
        _flip(path, (pages - 2) * PAGE_SIZE + 300)  # damaged behind the app's back
        report = svc.health()
        assert not report.ok and svc.read_only
        assert any(p.startswith("versleuteling") for p in report.problems)
    finally:
        svc.close()


@pytest.mark.parametrize("keep", ["half", "odd", "tiny", "empty"])
def test_truncated_file_is_detected(
    template: Path, tmp_path: Path, clock: FixedClock, keep: str
) -> None:
    path = _copy(template, tmp_path)
    size = path.stat().st_size
    new_size = {"half": size // 2, "odd": size - 1234, "tiny": 100, "empty": 0}[keep]
    os.truncate(path, new_size)
    assert _outcome(path, clock) in ("refused", "read-only")


_CHILD = """
import os, sys
from toestemming.service import Service
svc = Service.open(sys.argv[1], os.environ["TOESTEMMING_PASSPHRASE"])
youth = svc.people.add_youth(given_name="Na", family_name="Crash", birth_date="01-01-2008")
print(youth.id, flush=True)
os._exit(0)  # like a crash: no checkpoint, no close; the commit lives in the -wal only
"""


@pytest.fixture
def crashed(template: Path, tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = _copy(template, tmp_path)
    env = {**os.environ, "TOESTEMMING_PASSPHRASE": PASS}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert Path(f"{path}-wal").stat().st_size > 0
    yield path, int(out.stdout.strip())


@pytest.mark.parametrize("damage", ["deleted", "truncated"])
def test_missing_wal_is_detected_not_silently_lost(
    crashed: tuple[Path, int], clock: FixedClock, damage: str
) -> None:
    path, _ = crashed
    wal = Path(f"{path}-wal")
    if damage == "deleted":
        wal.unlink()
    else:
        os.truncate(wal, wal.stat().st_size // 2)
    before = path.read_bytes()
    for check in (False, True):
        with pytest.raises(IntegrityFailure) as exc:
            Service.open(path, PASS, clock=clock, check=check)
        assert "-wal" in exc.value.message and "reservekopie" in exc.value.message
    assert path.read_bytes() == before  # the database file was not touched
    assert Path(f"{path}-shm").exists()  # and the evidence of the loss is kept


def test_wal_after_a_crash_is_recovered(crashed: tuple[Path, int], clock: FixedClock) -> None:
    path, youth_id = crashed
    svc = Service.open(path, PASS, clock=clock, check=True)
    try:
        assert svc.health_report is not None and svc.health_report.ok
        assert svc.people.youth(youth_id).family_name == "Crash"
    finally:
        svc.close()


def test_missing_key_header(template: Path, tmp_path: Path, clock: FixedClock) -> None:
    path = _copy(template, tmp_path)
    header_path(path).unlink()
    for check in (False, True):
        with pytest.raises(HeaderMissing) as exc:
            Service.open(path, PASS, clock=clock, check=check)
        assert "sleutelbestand" in exc.value.message and "reservekopie" in exc.value.message


def test_key_header_of_another_vault(template: Path, tmp_path: Path, clock: FixedClock) -> None:
    path = _copy(template, tmp_path / "a")
    other, _ = Service.create(tmp_path / "b.tvault", "Ander", "Bob", PASS, clock, kdf=KdfParams())
    other.close()
    shutil.copyfile(header_path(tmp_path / "b.tvault"), header_path(path))
    with pytest.raises(IntegrityFailure) as exc:
        Service.open(path, PASS, clock=clock, check=True)
    assert RESTORE_ADVICE in exc.value.message


def test_cli_reports_damage_without_a_traceback(template: Path, tmp_path: Path) -> None:
    path = _copy(template, tmp_path)
    _flip(path, 100)
    env = {**os.environ, "TOESTEMMING_PASSPHRASE": PASS}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "toestemming",
            "backup",
            "--vault",
            str(path),
            "--out",
            str(tmp_path / "k.tbackup"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    # SQLCipher itself logs the failing page number ("ERROR CORE … pgno=1") to stderr; our
    # own output is one Dutch line with the way out.
    ours = [line for line in out.stderr.splitlines() if "ERROR CORE" not in line]
    assert len(ours) == 1 and ours[0].startswith("Fout: ")
    assert not (tmp_path / "k.tbackup").exists()
