"""GUI start time: process start → unlock dialog shown, against a bare Qt window.

    python -m ui.benchstart [--runs 5] [--vault PATH]     → one line of JSON on stdout

Each measurement is a fresh process (`python -m ui.benchstart --child unlock|bare`), timed
from spawning it until it reports its window shown, so interpreter start-up and imports
count for both. The floor is a bare QApplication with one QWidget; the budget (issue "desk
app") is unlock dialog ≤ 1.5× that. Called by `toestemming bench` through a subprocess, because
the core never imports Qt. Windows are shown offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHOWN = "shown"
BENCH_PASSPHRASE = "bench wachtwoordzin voor de startmeting"


def _report_shown() -> None:
    sys.stdout.write(SHOWN + "\n")
    sys.stdout.flush()
    # Tear-down is not part of start-up; leave at once.
    os._exit(0)


def _child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    widget = QWidget()
    widget.resize(400, 300)
    widget.show()
    app.processEvents()
    if not widget.isVisible():
        raise SystemExit(3)
    _report_shown()


def _child_unlock(vault: Path) -> None:
    # The same path as the installed program: launcher → CLI → ui.app.run's set-up.
    import ui.launcher  # noqa: F401  (import cost belongs to the start)
    from toestemming.cli import parse_arguments
    from ui.app import Session, create_application
    from ui.crash import install_excepthook
    from ui.i18n import install_translators

    parse_arguments(["--vault", str(vault)])
    app = create_application()
    install_translators(app)
    install_excepthook()
    session = Session(vault)
    session.show_unlock()
    app.processEvents()
    if session.dialog is None or not session.dialog.isVisible():
        raise SystemExit(3)
    _report_shown()


def _time_child(kind: str, vault: Path, bytecode: Path) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # As installed: pip and the frozen build ship compiled bytecode, so no start compiles a
    # module. A development shell with PYTHONDONTWRITEBYTECODE=1 would make every child
    # compile the app's ~60 modules from source (~40 ms the bare window never pays); the
    # children cache bytecode in their own folder instead (filled by the warm-up runs).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-m", "ui.benchstart", "--child", kind, "--vault", str(vault)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=60)
    if line != SHOWN:
        raise RuntimeError(f"start-meting '{kind}' mislukt")
    return elapsed


def _make_vault(directory: Path) -> Path:
    from toestemming.service import Service

    path = directory / "start.tvault"
    service, _ = Service.create(path, "Bench", "Bench", BENCH_PASSPHRASE)
    service.close()
    return path


def measure(runs: int, vault: Path | None) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="toestemming-start-") as tmp:
        path = vault or _make_vault(Path(tmp))
        bytecode = Path(tmp) / "bytecode"
        # One warm-up of each fills the OS file cache and the bytecode cache, so both sides
        # start warm.
        _time_child("bare", path, bytecode)
        _time_child("unlock", path, bytecode)
        bare, unlock = [], []
        for _ in range(runs):  # interleaved, so drift in machine load hits both
            bare.append(_time_child("bare", path, bytecode))
            unlock.append(_time_child("unlock", path, bytecode))
    bare_ms = statistics.median(bare) * 1000
    unlock_ms = statistics.median(unlock) * 1000
    return {
        "runs": runs,
        "bare_window_ms": round(bare_ms, 1),
        "unlock_dialog_ms": round(unlock_ms, 1),
        "ratio": round(unlock_ms / bare_ms, 3),
        "platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.benchstart")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--child", choices=("bare", "unlock"))
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child == "bare":
        _child_bare()
    elif args.child == "unlock":
        _child_unlock(args.vault)
    result = measure(max(1, args.runs), args.vault)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
