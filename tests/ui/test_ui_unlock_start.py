"""The unlock window comes up quickly (bench: GUI start ≤ 1.5× a bare Qt window) without
losing what the start-up trimmed: secret fields stay secret to on-screen keyboards, and the
mouse-only touches arrive when the mouse does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, VaultFiles

from toestemming.clock import FixedClock
from ui.unlock import UnlockDialog

SECRET = (
    Qt.InputMethodHint.ImhSensitiveData,
    Qt.InputMethodHint.ImhNoPredictiveText,
    Qt.InputMethodHint.ImhNoAutoUppercase,
)


def shown(qtbot: QtBot, vault: VaultFiles, clock: FixedClock) -> UnlockDialog:
    dialog = UnlockDialog(vault.path, clock=clock, demo_passphrase_hint=PASSPHRASE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _started(code: str, vault: VaultFiles) -> list[str]:
    """What `code`, run in a fresh offscreen process with the vault's path, prints (words)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(Path(vault.path))],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    assert not out.returncode, out.stderr
    return out.stdout.split()


def test_every_secret_field_tells_the_keyboard_not_to_learn_it(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = shown(qtbot, vault, clock)
    fields = [dialog.passphrase_field, dialog.recovery_field, dialog.team_panel.password_field]
    for field in fields:
        hints = field.inputMethodHints()
        assert all(hints & flag for flag in SECRET), field.accessibleName()
    # also every other field a secret is typed in, wherever the dialog has one
    for field in dialog.findChildren(QLineEdit):
        if field.echoMode() != QLineEdit.EchoMode.Normal:
            assert all(field.inputMethodHints() & flag for flag in SECRET)


def test_the_mouse_gets_its_touches_when_it_comes_over_the_window(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    dialog = shown(qtbot, vault, clock)
    inside = QPointF(5, 5)
    QApplication.sendEvent(dialog, QEnterEvent(inside, inside, dialog.mapToGlobal(inside)))
    assert dialog.switch_button.cursor().shape() == Qt.CursorShape.PointingHandCursor
    flags = dialog.hint_label.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse  # the demo passphrase copies
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.Leave))
    QApplication.sendEvent(dialog, QEnterEvent(inside, inside, dialog.mapToGlobal(inside)))
    assert dialog.switch_button.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_the_unlock_window_is_shown_before_pyside_builds_its_qt_namespace(
    vault: VaultFiles,
) -> None:
    """PySide builds `QtCore.Qt` (hundreds of enums, ~20 ms) on first use; the start path of
    ui/benchstart.py must not need it before the window is on screen."""
    code = (
        "import sys; from pathlib import Path; import PySide6.QtCore as C; "
        "import ui.launcher; from toestemming.cli import parse_arguments; "
        "from ui.app import Session, create_application; "
        "from ui.crash import install_excepthook; from ui.i18n import install_translators; "
        "parse_arguments(['--vault', sys.argv[1]]); app = create_application(); "
        "install_translators(app); install_excepthook(); s = Session(Path(sys.argv[1])); "
        "s.show_unlock(); app.processEvents(); "
        "print(s.dialog is not None and s.dialog.isVisible(), 'Qt' in C.__dict__)"
    )
    assert _started(code, vault) == ["True", "False"]


def test_the_start_is_measured_with_compiled_bytecode_as_installed(
    vault: VaultFiles, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pip and the frozen build ship bytecode; a shell with PYTHONDONTWRITEBYTECODE=1 must not
    make the bench's children compile the app from source at every start."""
    from ui.benchstart import _time_child

    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    bytecode = tmp_path / "bytecode"
    assert _time_child("unlock", Path(vault.path), bytecode) > 0
    cached = {p.name.split(".")[0] for p in bytecode.rglob("*.pyc")}
    assert {"unlock", "app", "team_profile"} <= cached


def test_the_start_guards_none_without_the_ctypes_package(vault: VaultFiles) -> None:
    """none_guard raises None's, True's and False's counts before any widget exists, with one
    ctypes type from `_ctypes`: the `ctypes` package (its type zoo, libc opened) is not on the
    unlock window's start path (perf24)."""
    code = (
        "import sys; from pathlib import Path; "
        "import ui.launcher; from toestemming.cli import parse_arguments; "
        "from ui.app import Session, create_application; "
        "from ui.none_guard import HEADROOM; "
        "parse_arguments(['--vault', sys.argv[1]]); app = create_application(); "
        "s = Session(Path(sys.argv[1])); s.show_unlock(); app.processEvents(); "
        "guarded = sys.version_info >= (3, 12) or all("
        "sys.getrefcount(o) >= HEADROOM for o in (None, True, False)); "
        "print(s.dialog is not None and s.dialog.isVisible(), guarded, 'ctypes' in sys.modules)"
    )
    assert _started(code, vault) == ["True", "True", "False"]
