#!/usr/bin/env python3
"""Bundle size and start-up time of the frozen app against a bare PySide6 window frozen the
same way (installer/README.md reports the numbers).

    python3 installer/measure.py --bundle dist/toestemming [--runs 5] [--drop-caches]

Builds `bare/` once with PyInstaller from the same locked build environment (build/venv),
onedir, windowed, no UPX, the same Qt exclusions. Start-up = process start until the window is
up: for Toestemming the log line "ontgrendelvenster getoond" (ui/app.py, the unlock dialog on a
fresh demo vault), for the bare app a marker file written once its event loop runs. Offscreen
(QT_QPA_PLATFORM=offscreen), so the numbers leave out the desktop's compositor. `--drop-caches`
(root, Linux) empties the page cache before each run: a cold start as after a reboot."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))
from build import build_python  # noqa: E402

BARE_APP = """\
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("Hallo")
label.show()
def done():
    open(os.environ["BARE_MARKER"], "w").close()
    app.quit()
QTimer.singleShot(0, done)
sys.exit(app.exec())
"""


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bare(work: Path) -> Path:
    py = build_python(ROOT / "build" / "venv")
    script = work / "bare.py"
    script.write_text(BARE_APP)
    from qt_modules import excluded_qt_modules

    excludes = [f"--exclude-module=PySide6.{m}" for m in excluded_qt_modules(ROOT)]
    subprocess.run(
        [
            str(py),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--onedir",
            "--windowed",
            "--noupx",
            "--name",
            "bare",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            "--specpath",
            str(work),
            *excludes,
            str(script),
        ],
        check=True,
        capture_output=True,
    )
    return work / "dist" / "bare"


def _drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_until(command: list[str], env: dict[str, str], done: callable) -> float:  # type: ignore[valid-type]
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while not done():
            if process.poll() is not None and not done():
                raise RuntimeError(f"{command[0]} stopte voordat het venster er was")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        process.kill()
        process.wait()


def start_app(bundle: Path, drop: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=tmp, HOME=tmp)
        exe = bundle / "toestemming"
        vault = Path(tmp) / "demo.tvault"
        subprocess.run(
            [str(exe), "demo", "--no-gui", "--vault", str(vault)],
            env=env,
            check=True,
            capture_output=True,
        )
        log = Path(tmp) / "Toestemming" / "log" / "toestemming.log"
        if drop:
            _drop_caches()
        return time_until(
            [str(exe), "--vault", str(vault)],
            env,
            lambda: log.exists() and "ontgrendelvenster getoond" in log.read_text(),
        )


def start_bare(bare: Path, drop: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        marker = Path(tmp) / "klaar"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BARE_MARKER=str(marker))
        if drop:
            _drop_caches()
        return time_until([str(bare / "bare")], env, marker.exists)


def main(argv: list[str]) -> int:
    bundle = (
        Path(argv[argv.index("--bundle") + 1])
        if "--bundle" in argv
        else ROOT / "dist" / "toestemming"
    )
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    drop = "--drop-caches" in argv
    with tempfile.TemporaryDirectory() as work:
        bare = build_bare(Path(work))
        app_size, bare_size = size(bundle), size(bare)
        app_times = [start_app(bundle, drop) for _ in range(runs)]
        bare_times = [start_bare(bare, drop) for _ in range(runs)]
    mib = 1024 * 1024
    app_t, bare_t = statistics.median(app_times), statistics.median(bare_times)
    print(
        f"grootte: toestemming {app_size / mib:.0f} MiB, kaal PySide6-venster {bare_size / mib:.0f} MiB, "
        f"verhouding {app_size / bare_size:.2f}"
    )
    print(
        f"start ({'koud' if drop else 'warm'}, mediaan van {runs}): toestemming {app_t:.2f} s "
        f"(tot het ontgrendelvenster), kaal venster {bare_t:.2f} s, verhouding {app_t / bare_t:.2f}"
    )
    print("runs toestemming:", " ".join(f"{t:.2f}" for t in app_times))
    print("runs kaal:", " ".join(f"{t:.2f}" for t in bare_times))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
