"""Build the Linux onedir bundle with PyInstaller (installer/build.py: a clean environment
from requirements/app.lock) and run its --self-test offscreen: the core steps, then the app as
a worker uses it — unlock dialog, main window, every menu's dialogs, signing mode, PDF preview.
With the old hand-written Qt exclusions (QtPdf left out) this fails: the main window imports
the PDF preview."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.installer
@pytest.mark.skipif(sys.platform != "linux", reason="the CI bundle is the Linux one")
def test_bundle_builds_and_self_test_passes(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "work"),
            # The locked build environment is kept between runs (made again when the lock
            # changes); PyInstaller's own work and the bundle are fresh.
            "--venv",
            str(ROOT / "build" / "venv"),
            "--no-check",  # the self-test runs below, with its output checked line by line
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    exe = tmp_path / "dist" / "toestemming" / "toestemming"
    assert exe.exists()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("TOESTEMMING_PASSPHRASE", None)
    out = subprocess.run(
        [str(exe), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    assert "Zelftest geslaagd" in out.stdout
    # The windows: the real unlock dialog, the main window, the dialogs behind the menus.
    assert "Ontgrendeld via het ontgrendelvenster; hoofdvenster geopend" in out.stdout
    assert "Ondertekenmodus geopend en gesloten" in out.stdout
    assert "PDF-voorvertoning: 1 pagina('s) getekend" in out.stdout
    assert "Vensters: zelftest geslaagd." in out.stdout, out.stdout
    assert "FOUT" not in out.stdout
    assert "SQLCipher 4." in out.stdout and "Qt 6." in out.stdout
    # The frozen executable can start its own children (freeze_support in installer/entry.py).
    if (os.cpu_count() or 1) > 1:
        assert "verdeeld over" in out.stdout, out.stdout
    version = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120
    )
    assert version.returncode == 0 and "toestemming 0." in version.stdout
    # Unused Qt modules stay out of the bundle.
    bundle = " ".join(p.name for p in (tmp_path / "dist" / "toestemming").rglob("*"))
    assert "QtWebEngine" not in bundle and "Qt3D" not in bundle
    assert "QtPdfWidgets" in bundle  # the PDF preview
    # The on-screen keyboard plug-in and the QtQuick/QML it alone needs stay out (the spec).
    assert "Qt6Quick" not in bundle and "virtualkeyboard" not in bundle.lower()
    # Shipped with the app: licence, third-party notice, Linux desktop entry + MIME type.
    internal = tmp_path / "dist" / "toestemming" / "_internal"
    assert (internal / "LICENSE").read_text().lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE")
    assert "PySide6-Essentials" in (internal / "THIRD_PARTY_NOTICES.txt").read_text()
    assert (internal / "share" / "applications" / "toestemming.desktop").exists()
    assert (internal / "share" / "mime" / "packages" / "toestemming.xml").exists()
    # Reading aloud in signing mode: the module and its engine plug-ins are in the bundle.
    assert "QtTextToSpeech" in bundle and "libqtexttospeech_" in bundle
