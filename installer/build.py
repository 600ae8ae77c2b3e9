#!/usr/bin/env python3
"""One build command: `python installer/build.py` → dist/toestemming/ (onedir bundle).

Run it with the project's virtual environment (`.venv/bin/python installer/build.py`); it
installs PyInstaller into that environment when missing. Then `dist/toestemming/toestemming
--self-test` checks the result."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    dist = Path(argv[argv.index("--dist") + 1]) if "--dist" in argv else ROOT / "dist"
    work = (
        Path(argv[argv.index("--work") + 1]) if "--work" in argv else ROOT / "build" / "pyinstaller"
    )
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.5"], check=True
        )
    return subprocess.call(
        [
            sys.executable,
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
