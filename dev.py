#!/usr/bin/env python3
"""One-command set-up for Toestemming: ``python3 dev.py demo`` or ``python3 dev.py test``.

Creates a virtual environment in ``.venv`` (once), installs the project into it and runs the
demo or the test suite. Only needs python3 with venv/pip; works on Windows, macOS and Linux.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"


def venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def ensure_venv(extra: str) -> Path:
    py = venv_python()
    if not py.exists():
        print(f"Virtuele omgeving maken in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    marker = VENV / f".installed-{extra or 'base'}"
    stamp = str((ROOT / "pyproject.toml").stat().st_mtime_ns)
    if not marker.exists() or marker.read_text() != stamp:
        target = f".[{extra}]" if extra else "."
        subprocess.run(
            [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
            cwd=ROOT,
            check=True,
        )
        marker.write_text(stamp)
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test"}:
        print("Gebruik: python3 dev.py demo | python3 dev.py test [pytest-opties]")
        return 2
    if argv[0] == "demo":
        py = ensure_venv("")
        return subprocess.call([str(py), "-m", "ui", "demo", *argv[1:]], cwd=ROOT)
    py = ensure_venv("test")
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = subprocess.call([str(py), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    if code == 5:
        print("FOUT: pytest heeft geen enkele test uitgevoerd (exit 5).")
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
