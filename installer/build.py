#!/usr/bin/env python3
"""One build command: `python3 installer/build.py` → dist/toestemming/ (onedir bundle),
checked with its own `--self-test`; with `--installer` on Windows also the setup program
(Inno Setup 6: dist/installer/toestemming-<versie>-setup.exe).

Works the same on Linux, Windows and macOS, from any python3 ≥ 3.11 (no venv needed first):
it makes a clean build environment `build/venv` with exactly `requirements/app.lock` (the app's
runtime dependencies + PyInstaller, pinned with hashes; `pip --require-hashes`), installs the
project into it without resolving anything, and runs PyInstaller there. So the bundle holds the
locked versions and nothing of the developer's own environment (test tools stay out). The
environment is made again when the lock or pyproject.toml changes.
Options: --dist DIR, --work DIR, --venv DIR, --no-check (skip the self-test), --installer."""

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


def self_test(bundle: Path) -> int:
    """The bundle's own --self-test (core, then every window offscreen)."""
    exe = bundle / ("toestemming.exe" if os.name == "nt" else "toestemming")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TOESTEMMING_PASSPHRASE", None)
    print(f"Zelftest van {exe} …", flush=True)
    return subprocess.call([str(exe), "--self-test"], env=env, stdin=subprocess.DEVNULL)


def inno_setup(dist: Path) -> int:
    """Windows: compile installer/toestemming.iss with Inno Setup 6 (ISCC.exe)."""
    sys.path.insert(0, str(ROOT))
    from toestemming import __version__

    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        print("Inno Setup 6 (ISCC.exe) niet gevonden: installeer het of zet het in PATH.")
        return 1
    if dist.resolve() != (ROOT / "dist").resolve():
        print("--installer verwacht de standaardmap dist/ (zie toestemming.iss).")
        return 1
    env = dict(os.environ, TOESTEMMING_VERSION=__version__)
    return subprocess.call([iscc, str(ROOT / "installer" / "toestemming.iss")], env=env)


def main(argv: list[str]) -> int:
    dist = _option(argv, "--dist", ROOT / "dist")
    work = _option(argv, "--work", ROOT / "build" / "pyinstaller")
    py = build_python(_option(argv, "--venv", ROOT / "build" / "venv"))
    code = subprocess.call(
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
    if code == 0 and "--no-check" not in argv:
        code = self_test(dist / "toestemming")
    if code == 0 and "--installer" in argv:
        if os.name != "nt":
            print("--installer maakt het Windows-installatieprogramma: alleen op Windows.")
            return 2
        code = inno_setup(dist)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
