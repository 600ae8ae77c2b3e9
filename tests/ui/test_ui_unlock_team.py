"""The unlock window's "Teamserver" half, clicked like a worker would, end to end against the
real test server (set up with deploy/team_server.sql + Service.create_team, workers made with
store/pg_roles.py): a new connection typed in, the password remembered in a real (file)
keyring, a saved connection reopened without typing, and every failure (wrong password,
unreachable, a certificate that does not match, a removed worker, no CA file) said in Dutch
with nothing saved."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import NOW

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the server fixtures

from pg_support import pg_database, pg_server
from team_setup_support import ADMIN_PASSWORD, TeamDb, file_keyring, set_up, unique_role

from toestemming import team_profile
from toestemming.clock import FixedClock
from toestemming.devtools import pgserver
from toestemming.service import Service
from toestemming.store import pg_connect, pg_roles
from toestemming.team_profile import ProfileStore
from ui.unlock import UnlockDialog

__all__ = ["pg_database", "pg_server"]

PASSWORD = "Collega-Wachtwoord-2026"
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.fixture
def keyring_file(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    with file_keyring(tmp_path / "keyring.cfg") as backend:
        yield backend


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ProfileStore:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the log heads (store/team.py)
    return ProfileStore(tmp_path / "settings")


@pytest.fixture
def team(pg_server: pgserver.PgServer, pg_database: str) -> Iterator[TeamDb]:
    db = set_up(pg_server, pg_database)
    Service.create_team(
        db.admin_url(), "RMC West", "Beheer", ADMIN_PASSWORD, FixedClock(NOW)
    ).close()
    yield db


def _worker(team: TeamDb, **kw: object) -> str:
    role = unique_role("anna")
    with pg_connect.connect(team.admin_url(), ADMIN_PASSWORD) as admin:
        pg_roles.add_worker(admin, role, None if kw.get("cert") else PASSWORD, **kw)  # type: ignore[arg-type]
    return role


def _dialog(qtbot: QtBot, tmp_path: Path, store: ProfileStore) -> UnlockDialog:
    dialog = UnlockDialog(tmp_path / "geen.tvault", clock=FixedClock(NOW), profiles=store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type_profile(
    qtbot: QtBot, dialog: UnlockDialog, team: TeamDb, role: str, ca: Path | None
) -> None:
    qtbot.mouseClick(dialog.team_choice, Qt.MouseButton.LeftButton)
    panel = dialog.team_panel
    assert panel.isVisible() and dialog.team_mode
    qtbot.keyClicks(panel.host_field, "localhost")
    panel.port_field.selectAll()
    qtbot.keyClicks(panel.port_field, str(team.server.port))
    panel.database_field.selectAll()
    qtbot.keyClicks(panel.database_field, team.database)
    qtbot.keyClicks(panel.user_field, role)
    qtbot.keyClicks(panel.organisation_field, "RMC West")
    if ca is not None:
        qtbot.keyClicks(panel.ca_field, str(ca))


def _connect(qtbot: QtBot, dialog: UnlockDialog) -> None:
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def _handled_in_dutch(text: str) -> None:
    """A message of ours (the team server's failures), not the crash handler's catch-all."""
    assert text and "Traceback" not in text
    assert "onverwacht" not in text and "Foutcode" not in text, text
    assert "teamserver" in text.lower() or "certificaat" in text.lower(), text


def _nothing_saved(store: ProfileStore, keyring_file: PlaintextKeyring) -> None:
    assert not store.path.exists()
    assert (
        not Path(keyring_file.file_path).exists()
        or PASSWORD.encode() not in Path(keyring_file.file_path).read_bytes()
    )


def test_new_connection_remembered_then_reopened_from_the_list(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    role = _worker(team, worker_name="Anna de Vries")
    dialog = _dialog(qtbot, tmp_path, store)
    _type_profile(qtbot, dialog, team, role, team.server.certs.ca_cert)
    qtbot.keyClicks(dialog.team_panel.password_field, PASSWORD)
    dialog.team_panel.remember_box.setChecked(True)
    _connect(qtbot, dialog)
    assert dialog.error_label.isHidden(), dialog.error_label.text()
    assert dialog.result() == 1 and dialog.service is not None
    dialog.service.close()
    # Saved: the profile without the password; the password in the keyring only.
    assert PASSWORD.encode() not in store.path.read_bytes()
    [saved] = store.load_all()
    assert saved.user == role and team_profile.stored_password(saved) == PASSWORD

    # Next morning: the saved connection is chosen, the worker only clicks.
    again = _dialog(qtbot, tmp_path, store)
    assert again.team_mode  # no vault file here, a saved connection: starts on Teamserver
    assert again.team_panel.user_field.text() == role
    assert again.team_panel.password_field.text() == ""
    _connect(qtbot, again)
    assert again.result() == 1, again.error_label.text()
    assert again.service is not None
    assert again.service.vault.slot.label == "Anna de Vries"
    again.service.close()


def test_wrong_password_says_so_and_saves_nothing(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    role = _worker(team)
    dialog = _dialog(qtbot, tmp_path, store)
    _type_profile(qtbot, dialog, team, role, team.server.certs.ca_cert)
    qtbot.keyClicks(dialog.team_panel.password_field, "Niet-Het-Goede-1")
    dialog.team_panel.remember_box.setChecked(True)
    _connect(qtbot, dialog)
    assert dialog.isVisible() and dialog.service is None
    assert "Inloggen bij de teamserver lukte niet" in dialog.error_label.text()
    assert dialog.team_panel.password_field.text() == ""
    assert dialog.focusWidget() is dialog.team_panel.password_field
    _nothing_saved(store, keyring_file)


def test_unreachable_server_and_foreign_certificate(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    role = _worker(team)
    dialog = _dialog(qtbot, tmp_path, store)
    _type_profile(qtbot, dialog, team, role, team.server.certs.ca_cert)
    dialog.team_panel.port_field.setValue(pgserver.free_port())
    qtbot.keyClicks(dialog.team_panel.password_field, PASSWORD)
    _connect(qtbot, dialog)
    assert "niet bereikbaar" in dialog.error_label.text()
    # Another CA than the server's: the server is not trusted, no password goes out.
    other = tmp_path / "andere-ca"
    other.mkdir()
    foreign = pgserver.make_certificates(other)
    dialog.team_panel.port_field.setValue(team.server.port)
    dialog.team_panel.ca_field.setText(str(foreign.ca_cert))
    qtbot.keyClicks(dialog.team_panel.password_field, PASSWORD)
    _connect(qtbot, dialog)
    assert dialog.service is None and dialog.error_label.isVisible()
    _handled_in_dutch(dialog.error_label.text())
    _nothing_saved(store, keyring_file)


def test_a_removed_worker_is_refused(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    role = _worker(team)
    with pg_connect.connect(team.admin_url(), ADMIN_PASSWORD) as admin:
        pg_roles.remove_worker(admin, role)
    dialog = _dialog(qtbot, tmp_path, store)
    _type_profile(qtbot, dialog, team, role, team.server.certs.ca_cert)
    qtbot.keyClicks(dialog.team_panel.password_field, PASSWORD)
    _connect(qtbot, dialog)
    assert dialog.service is None
    _handled_in_dutch(dialog.error_label.text())
    _nothing_saved(store, keyring_file)


def test_no_ca_file_is_refused_before_connecting(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    dialog = _dialog(qtbot, tmp_path, store)
    _type_profile(qtbot, dialog, team, _worker(team), None)
    qtbot.keyClicks(dialog.team_panel.password_field, PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy  # refused on the spot: nothing went over the network
    assert "CA-certificaat" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.team_panel.ca_field
    _nothing_saved(store, keyring_file)


def test_client_certificate_login(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    role = _worker(team, cert=True)
    crt, key = team.server.certs.client(role, tmp_path)
    dialog = _dialog(qtbot, tmp_path, store)
    _type_profile(qtbot, dialog, team, role, team.server.certs.ca_cert)
    qtbot.mouseClick(dialog.team_panel.certificate_box, Qt.MouseButton.LeftButton)
    assert dialog.team_panel.cert_field.isVisible()
    assert not dialog.team_panel.password_field.isVisible()
    qtbot.keyClicks(dialog.team_panel.cert_field, str(crt))
    qtbot.keyClicks(dialog.team_panel.key_field, str(key))
    _connect(qtbot, dialog)
    assert dialog.result() == 1, dialog.error_label.text()
    assert dialog.service is not None
    dialog.service.close()
    assert store.load_all()[0].uses_certificate


def _mnemonics(dialog: UnlockDialog) -> list[str]:
    found = []
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and label.buddy() is not None
    ]
    for text in texts:
        i = text.replace("&&", "").find("&")
        if i >= 0:
            found.append(text.replace("&&", "")[i + 1].lower())
    return found


def test_alt_keys_tab_order_and_fit(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    dialog = _dialog(qtbot, tmp_path, store)
    vault_keys = _mnemonics(dialog)
    assert len(vault_keys) == len(set(vault_keys)), vault_keys
    qtbot.mouseClick(dialog.team_choice, Qt.MouseButton.LeftButton)
    panel = dialog.team_panel
    for cert in (False, True):
        panel.certificate_box.setChecked(cert)
        keys = _mnemonics(dialog)
        assert len(keys) == len(set(keys)), keys
        assert "k" in keys and "t" in keys
        dialog.adjustSize()
        assert dialog.width() <= 1024 and dialog.height() <= 768 - 60, dialog.size()
    # Tab walks the form from top to bottom.
    panel.certificate_box.setChecked(False)
    panel.host_field.setFocus()
    order: list[QWidget] = [panel.host_field]
    for _ in range(12):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    expected = [
        panel.host_field, panel.port_field, panel.database_field, panel.user_field,
        panel.organisation_field, panel.ca_field, panel.ca_button, panel.certificate_box,
        panel.password_field, panel.remember_box,
    ]  # fmt: skip
    assert order[: len(expected)] == expected, [w.objectName() or type(w).__name__ for w in order]

    # The screenshot for the docs: a saved connection, as a worker sees it the next morning.
    panel.host_field.setText("db.rmc-west.nl")
    panel.user_field.setText("anna_devries")
    panel.organisation_field.setText("RMC Regio West")
    panel.ca_field.setText("C:/Users/anna/Documents/rmc-west-ca.crt")
    dialog.adjustSize()
    qtbot.wait(10)
    SCREENSHOT.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOT / "unlock_teamserver.png"))


def test_in_english_the_alt_keys_stay_unique_and_errors_are_english(
    qtbot: QtBot, qapp, tmp_path: Path, store: ProfileStore
) -> None:
    from ui.i18n import switch_language

    switch_language(qapp, "en")
    try:
        dialog = _dialog(qtbot, tmp_path, store)
        qtbot.mouseClick(dialog.team_choice, Qt.MouseButton.LeftButton)
        assert dialog.team_choice.text() == "&Team server"
        for cert in (False, True):
            dialog.team_panel.certificate_box.setChecked(cert)
            keys = _mnemonics(dialog)
            assert len(keys) == len(set(keys)), keys
        dialog.team_panel.certificate_box.setChecked(False)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)  # nothing filled in
        assert (
            "Server" in dialog.error_label.text() and "verplicht" not in dialog.error_label.text()
        )
    finally:
        switch_language(qapp, "nl")


def test_saved_connection_without_remembered_password_asks_for_it(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    store.save(
        team_profile.make_profile(
            host="localhost",
            port=team.server.port,
            database=team.database,
            user=_worker(team),
            organisation="RMC West",
            ca_file=team.server.certs.ca_cert,
        )
    )
    dialog = _dialog(qtbot, tmp_path, store)
    assert dialog.team_mode and dialog.team_panel.has_saved
    assert dialog.focusWidget() is dialog.team_panel.password_field  # the one empty field
    _connect(qtbot, dialog)
    assert dialog.service is None
    assert dialog.error_label.text() == "Vul het wachtwoord in."
    assert dialog.focusWidget() is dialog.team_panel.password_field


def test_forgetting_a_saved_connection(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    profile = team_profile.make_profile(
        host="localhost",
        port=team.server.port,
        database=team.database,
        user=_worker(team),
        organisation="RMC West",
        ca_file=team.server.certs.ca_cert,
    )
    store.save(profile)
    team_profile.remember_password(profile, PASSWORD)
    dialog = _dialog(qtbot, tmp_path, store)
    panel = dialog.team_panel
    assert panel.forget_button.isEnabled()
    qtbot.mouseClick(panel.forget_button, Qt.MouseButton.LeftButton)
    assert store.load_all() == [] and team_profile.stored_password(profile) is None
    assert not panel.has_saved and panel.user_field.text() == ""
    assert not panel.forget_button.isEnabled()  # "Nieuwe verbinding…": nothing to forget


def test_the_desk_on_a_team_server_does_not_offer_its_own_backups(
    qtbot: QtBot, tmp_path: Path, store: ProfileStore, keyring_file, team: TeamDb
) -> None:
    """The server's backups are the DBA's (pg_dump): no "no backup yet" banner over the work,
    and Reservekopie maken is not offered (it would only be refused)."""
    from PySide6.QtGui import QAction

    from ui.app import build_main_window
    from ui.backup.banners import BackupBanner

    role = _worker(team, worker_name="Anna de Vries")
    dialog = _dialog(qtbot, tmp_path, store)
    _type_profile(qtbot, dialog, team, role, team.server.certs.ca_cert)
    qtbot.keyClicks(dialog.team_panel.password_field, PASSWORD)
    _connect(qtbot, dialog)
    assert dialog.service is not None, dialog.error_label.text()
    window = build_main_window(dialog.service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert all(not b.isVisible() for b in window.findChildren(BackupBanner))
        [make] = [a for a in window.findChildren(QAction) if a.text() == "&Reservekopie maken…"]
        assert not make.isEnabled()
    finally:
        window.close()
        dialog.service.close()
