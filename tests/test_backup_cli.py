"""`toestemming backup` and `toestemming restore` as real subprocesses, and the bench's backup
figures (shape only: timings belong to `toestemming bench`, not to assertions)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from toestemming.backup import DB_MEMBER
from toestemming.clock import FixedClock
from toestemming.devtools.bench import BENCH_PASSPHRASE, bench_backup_restore
from toestemming.service import Service
from toestemming.store.header import KdfParams

ROOT = Path(__file__).resolve().parents[1]
PASS = "correct horse battery staple"


def run(args: list[str], secret: str | None = PASS) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TOESTEMMING_PASSPHRASE"}
    if secret is not None:
        env["TOESTEMMING_PASSPHRASE"] = secret
    return subprocess.run(
        [sys.executable, "-m", "toestemming", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def _vault(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    svc.people.add_youth(given_name="Sanne", family_name="Bakker", birth_date="01-01-2008")
    svc.close()
    return path


def test_backup_then_restore(tmp_path: Path, clock: FixedClock) -> None:
    vault = _vault(tmp_path, clock)
    out = run(["backup", "--vault", str(vault), "--out", str(tmp_path / "k.tbackup")])
    assert out.returncode == 0, out.stderr
    assert "gemaakt en gecontroleerd" in out.stdout and "SHA-256" in out.stdout
    out = run(["restore", str(tmp_path / "k.tbackup"), "--to", str(tmp_path / "terug.tvault")])
    assert out.returncode == 0, out.stderr
    assert "teruggezet en gecontroleerd" in out.stdout
    again = Service.open(tmp_path / "terug.tvault", PASS, check=True)
    try:
        assert again.people.search("bakker")[0].given_name == "Sanne"
    finally:
        again.close()


def test_errors_are_one_dutch_line(tmp_path: Path, clock: FixedClock) -> None:
    vault = _vault(tmp_path, clock)
    backup = tmp_path / "k.tbackup"
    assert run(["backup", "--vault", str(vault), "--out", str(backup)]).returncode == 0

    tampered = tmp_path / "t.tbackup"
    with zipfile.ZipFile(backup) as zin, zipfile.ZipFile(tampered, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == DB_MEMBER:
                data = data[:9000] + bytes([data[9000] ^ 1]) + data[9001:]
            zout.writestr(name, data)
    cases = [
        (["restore", str(tampered), "--to", str(tmp_path / "x.tvault")], PASS, "gewijzigd"),
        (["restore", str(backup), "--to", str(vault)], PASS, "nieuwe plek"),
        (
            ["restore", str(backup), "--to", str(tmp_path / "y.tvault")],
            "fout fout fout",
            "klopt niet",
        ),
        (["backup", "--vault", str(vault), "--out", str(backup)], PASS, "nieuwe naam"),
        (["backup", "--out", str(tmp_path / "z.tbackup")], PASS, "--vault"),
        (
            ["backup", "--vault", str(vault), "--out", str(tmp_path / "w.tbackup")],
            None,
            "TOESTEMMING_PASSPHRASE",
        ),
    ]
    for args, secret, words in cases:
        out = run(args, secret)
        assert out.returncode == 2, (args, out.stderr)
        assert "Traceback" not in out.stderr
        lines = [line for line in out.stderr.splitlines() if "ERROR CORE" not in line]
        assert len(lines) == 1 and lines[0].startswith("Fout: ") and words in lines[0], lines
    assert not (tmp_path / "x.tvault").exists() and not (tmp_path / "y.tvault").exists()


def test_bench_reports_backup_restore_and_integrity_per_100mb(tmp_path: Path) -> None:
    path = tmp_path / "bench.tvault"
    svc, _ = Service.create(path, "Bench", "Bench", BENCH_PASSPHRASE, kdf=KdfParams())
    svc.close()
    said: list[str] = []
    figures = bench_backup_restore(path, tmp_path, said.append)
    assert figures["ok"] is True
    for key in ("backup_s_per_100mb", "restore_s_per_100mb", "cipher_check_s_per_100mb"):
        assert figures[key] >= 0
    assert figures["vault_mb"] > 0 and said
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["bench.tvault", "bench.tvault.keys", "bench.tvault.lock"]  # (lock: kept)
