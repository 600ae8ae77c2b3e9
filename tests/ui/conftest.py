"""GUI test fixtures: a real encrypted vault (copied fresh per test) and an open service.

The vault is created once per session and its two files are copied for every test, so each
test gets an untouched real SQLCipher vault without paying for creation every time.
"""

from __future__ import annotations

import os

# Before any Qt import: GUI tests run without a display unless the caller chose a platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from ui_vault import NOW, PASSPHRASE, Seeded, VaultFiles, seed

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> VaultFiles:
    directory = tmp_path_factory.mktemp("template")
    svc, recovery = Service.create(
        directory / "v.tvault", "Testschool", "Anna", PASSPHRASE, FixedClock(NOW), kdf=KdfParams()
    )
    try:
        seeded = seed(svc, recovery)
    finally:
        svc.close()
    return VaultFiles(directory / "v.tvault", seeded)


@pytest.fixture
def vault(template_vault: VaultFiles, tmp_path: Path) -> VaultFiles:
    """A private copy of the template vault (database + key header) for this test."""
    for source in template_vault.path.parent.iterdir():
        shutil.copy2(source, tmp_path / source.name)
    return VaultFiles(tmp_path / template_vault.path.name, template_vault.seeded)


@pytest.fixture
def seeded(vault: VaultFiles) -> Seeded:
    return vault.seeded


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def service(vault: VaultFiles, clock: FixedClock) -> Iterator[Service]:
    svc = Service.open(vault.path, PASSPHRASE, clock=clock)
    yield svc
    svc.close()


@pytest.fixture
def opened(qtbot: object, service: Service, clock: FixedClock) -> Iterator[object]:
    """opened(request_id, **options) → a SigningMode shown at tablet size; torn down after."""
    from ui.signing import SigningMode

    modes: list[SigningMode] = []

    def open_mode(request_id: int, **options: object) -> SigningMode:
        mode = SigningMode(service, request_id, clock, **options)  # type: ignore[arg-type]
        qtbot.addWidget(mode)  # type: ignore[attr-defined]
        mode.present(full_screen=False)
        mode.resize(1280, 800)
        qtbot.waitExposed(mode)  # type: ignore[attr-defined]
        modes.append(mode)
        return mode

    yield open_mode
    for m in modes:
        m._unlocked = True  # let the test tear the window down
        m.idle.stop()


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Calls of QApplication.quit, recorded instead of ending the test run."""
    from ui import app as app_module

    calls: list[bool] = []
    monkeypatch.setattr(app_module.QApplication, "quit", lambda: calls.append(True))
    return calls


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Warning/information boxes recorded (their text) instead of blocking the test."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """The system's text twice as large (the hidden probe's 200 %), as Qt sees it."""
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    yield
    qapp.setFont(normal)
