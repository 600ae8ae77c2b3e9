#!/usr/bin/env python3
"""One build command: `python3 installer/build.py` → dist/toestemming/ (onedir bundle).

Works the same on Linux, Windows and macOS, from any python3 ≥ 3.11 (no venv needed first):
it makes a clean build environment `build/venv` with exactly `requirements/app.lock` (the app's
runtime dependencies + PyInstaller, pinned with hashes; `pip --require-hashes`), installs the
project into it without resolving anything, and runs PyInstaller there. So the bundle holds the
locked versions and nothing of the developer's own environment (test tools stay out). The
environment is made again when the lock or pyproject.toml changes.
Then `dist/toestemming/toestemming --self-test` checks the result (installer/README.md)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from dev import install_locked  # noqa: E402  (the same install step as dev.py)

LOCK = ROOT / "requirements" / "app.lock"


def _option(argv: list[str], name: str, default: Path) -> Path:
    return Path(argv[argv.index(name) + 1]) if name in argv else default


def build_python(env_dir: Path) -> Path:
    """The build environment's python, made (again) when the lock or pyproject changed."""
    py = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    stamp = hashlib.sha256(LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    marker = env_dir / ".locked"
    if py.exists() and marker.exists() and marker.read_text() == stamp:
        return py
    if env_dir.exists():
        shutil.rmtree(env_dir)
    print(f"Bouwomgeving maken in {env_dir} (requirements/app.lock) …", flush=True)
    venv.EnvBuilder(with_pip=True).create(env_dir)
    install_locked(py, LOCK)
    marker.write_text(stamp)
    return py


def main(argv: list[str]) -> int:
    dist = _option(argv, "--dist", ROOT / "dist")
    work = _option(argv, "--work", ROOT / "build" / "pyinstaller")
    py = build_python(_option(argv, "--venv", ROOT / "build" / "venv"))
    return subprocess.call(
        [
            str(py),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "installer" / "toestemming.spec"),
        ],
        cwd=ROOT,
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
