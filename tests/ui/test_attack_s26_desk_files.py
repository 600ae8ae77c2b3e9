"""Attack s26, the leak day at the desk: the demo vault opened in the real main window with
HOME, the XDG folders, TMPDIR and Qt's settings (QSettings, ini) in fresh folders of this
test; every menu action and every button on a youth's page triggered once (the self-test's
walk, as tests/ui/test_ui_log_leak.py does for the log), the window locked and closed.

Then every file the desk made in those folders — the settings ini, Qt's own QtProject.conf
(a file dialog's history), a cache, a temp copy of a PDF or a mail — is searched for every
personal value of the demo data (names, addresses, phone numbers, dates of birth, reference
codes, evidence texts, the passphrases), by content and by file name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from toestemming.devtools.demo import DEMO_PASSPHRASE, create_demo_vault
from toestemming.service import Service
from toestemming.store.header import KdfParams
from ui.app import build_main_window
from ui.selftest import _click_every_page_button, _Closer, _Links, _trigger_every_action

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_applog import hits, personal_values
from test_attack_s26_leak_mail_day import isolate


def test_a_day_at_the_desk_leaves_no_personal_value_in_its_folders(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "work").mkdir()
    vault = create_demo_vault(tmp_path / "work" / "demo.tvault", kdf=KdfParams())
    values = personal_values(vault)
    env = tmp_path / "env"
    isolate(env, monkeypatch)  # HOME, XDG folders, TMPDIR
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(env / "config"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    before = {p for p in (tmp_path / "work").iterdir()}

    service = Service.open(vault, DEMO_PASSPHRASE)
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    links = _Links()
    keep = {id(window)}
    closer = _Closer(lambda: keep)
    try:
        window.table.setCurrentIndex(window.model.index(0, 0))
        QApplication.processEvents()
        assert _trigger_every_action(window, keep, closer.seen) > 15
        window.table.setCurrentIndex(window.model.index(0, 0))
        assert _click_every_page_button(window, keep, closer.seen) >= 3
    finally:
        closer.stop()
        links.restore()
    window.close_now()
    QApplication.processEvents()

    found: dict[str, list[str]] = {}
    new_beside_vault = {p for p in (tmp_path / "work").iterdir()} - before
    files = [p for p in env.rglob("*") if p.is_file()]
    files += [p for p in new_beside_vault if p.is_file() and not p.name.startswith(vault.name)]
    for path in sorted(files):
        text = path.read_bytes().decode("utf-8", "replace")
        text += path.read_bytes().decode("utf-16-le", "replace")
        got = hits(text, values) + hits(str(path.relative_to(tmp_path)), values)
        if got:
            found[str(path.relative_to(tmp_path))] = got
    assert not found, found
