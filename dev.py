#!/usr/bin/env python3
"""One-command set-up for Toestemming: ``python3 dev.py demo`` or ``python3 dev.py test``.

Creates a virtual environment in ``.venv`` (once), installs the locked dependencies into it
(``requirements/dev.lock``: exact versions and hashes, ``pip --require-hashes``), then the
project itself, and runs the demo or the test suite. Only needs python3 with venv/pip; works on
Windows, macOS and Linux.

``python3 dev.py lock`` regenerates the lock files from pyproject.toml (uv, universal: one lock
for every platform): run it after adding or changing a dependency. tests/test_lock.py fails
while pyproject.toml and the locks disagree.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK_DIR = ROOT / "requirements"
# lock file → the pyproject extras it holds besides the runtime dependencies
LOCKS = {
    "app.lock": ("build",),  # the installer build: what the bundle ships + PyInstaller
    "dev.lock": ("test", "dev", "build"),  # dev.py demo/test: + test tools + uv
}
LOCK_PYTHON = "3.11"  # the lowest supported version (requires-python); --universal covers newer


def venv_python() -> Path:
    sub = "Scripts/python.exe" if os.name == "nt" else "bin/python"
    return VENV / sub


def install_locked(py: Path, lock: Path, *, editable: bool = True) -> None:
    """The lock's exact, hash-checked versions, then the project without resolving anything
    (its dependencies are all in the lock; the build backend too, so no unhashed download)."""
    pip = [str(py), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    again = _drop_pyside_meta_package(py)
    subprocess.run([*pip, *again, "--require-hashes", "-r", str(lock)], cwd=ROOT, check=True)
    project = ["-e", "."] if editable else ["."]
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", *project], cwd=ROOT, check=True)


def _drop_pyside_meta_package(py: Path) -> list[str]:
    """An older .venv has the PySide6 meta package (+ WebEngine). Removing it also removes files
    the Essentials wheel shares with it (PySide6/__init__.py), so the lock is then installed
    with --force-reinstall once."""
    probe = subprocess.run(
        [str(py), "-m", "pip", "show", "-q", "PySide6"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return []
    subprocess.run(
        [str(py), "-m", "pip", "uninstall", "-y", "-q", "PySide6", "PySide6_WebEngine"],
        check=True,
    )
    return ["--force-reinstall"]


def ensure_venv(lock_name: str = "dev.lock") -> Path:
    py = venv_python()
    if not py.exists():
        print(f"Virtuele omgeving maken in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    lock = LOCK_DIR / lock_name
    marker = VENV / f".installed-{lock_name}"
    stamp = hashlib.sha256(lock.read_bytes() + (ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not marker.exists() or marker.read_text() != stamp:
        install_locked(py, lock)
        marker.write_text(stamp)
    return py


def build_requirements(pyproject: Path) -> list[str]:
    """[build-system] requires: locked too, so `--no-build-isolation` has them."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return list(data["build-system"]["requires"])


def lock(extra_args: list[str]) -> int:
    """Regenerate every file in LOCKS from pyproject.toml (one command after a merge)."""
    py = ensure_venv("dev.lock") if (LOCK_DIR / "dev.lock").exists() else _bootstrap_uv()
    LOCK_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        backend = Path(tmp) / "build-system.in"
        backend.write_text("\n".join(build_requirements(ROOT / "pyproject.toml")) + "\n")
        for name, extras in LOCKS.items():
            command = [str(py), "-m", "uv", "pip", "compile", "pyproject.toml", str(backend)]
            command += [f"--extra={extra}" for extra in extras]
            command += [
                "--universal",
                "--generate-hashes",
                f"--python-version={LOCK_PYTHON}",
                "--no-header",
                "--quiet",
                "-o",
                str(LOCK_DIR / name),
                *extra_args,  # e.g. --upgrade, --upgrade-package NAME
            ]
            code = subprocess.call(command, cwd=ROOT)
            if code != 0:
                return code
            # uv names the temporary input in "# via" comments; keep the file stable.
            path = LOCK_DIR / name
            path.write_text(path.read_text().replace(str(backend), "build-system.requires"))
            print(f"{path.relative_to(ROOT)} bijgewerkt", flush=True)
    return 0


def _bootstrap_uv() -> Path:
    """First lock ever (no dev.lock yet): a venv with just uv."""
    py = venv_python()
    if not py.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    subprocess.run([str(py), "-m", "pip", "install", "-q", "uv>=0.4"], check=True)
    return py


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "lock"}:
        print(
            "Gebruik: python3 dev.py demo | python3 dev.py test [pytest-opties] | "
            "python3 dev.py lock [--upgrade]"
        )
        return 2
    if argv[0] == "lock":
        return lock(argv[1:])
    if argv[0] == "demo":
        py = ensure_venv()
        return subprocess.call([str(py), "-m", "ui", "demo", *argv[1:]], cwd=ROOT)
    py = ensure_venv()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = subprocess.call([str(py), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    if code == 5:
        print("FOUT: pytest heeft geen enkele test uitgevoerd (exit 5).")
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
