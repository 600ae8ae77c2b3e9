"""From the new request's last page to signing mode on the tablet: the desk disappears, the
desk's auto-lock waits while the tablet is in use, and the worker's passphrase brings the desk
back with the lock released."""

from __future__ import annotations

from consent_fixtures import click, compose_request, desk, show_youth
from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, Seeded

from toestemming.service import Service
from ui.autolock import background_work_running
from ui.main_window import MainWindow
from ui.signing import SigningMode

__all__ = ["desk"]  # the fixture, imported for pytest


def test_tablet_button_hands_over_and_holds_the_lock(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    show_youth(desk, seeded.mehmet)  # 17: decides himself
    dialog = compose_request(qtbot, desk, "Begeleiding", "UWV", ["Contactgegevens"])
    assert dialog.tablet_button.isEnabled()
    click(qtbot, dialog.tablet_button)
    mode = dialog.signing_mode
    assert isinstance(mode, SigningMode)
    qtbot.waitExposed(mode)
    assert not desk.isVisible() and not dialog.isVisible()
    assert background_work_running()  # the desk's auto-lock waits for the tablet

    # The desk's own lock timer fires meanwhile: postponed, the vault stays open.
    desk.admin_tools.autolock.request_lock("idle")  # type: ignore[attr-defined]
    assert desk.admin_tools.autolock.lock_pending  # type: ignore[attr-defined]
    assert service.is_open and mode.isVisible()

    with qtbot.waitSignal(mode.left, timeout=2000):
        click(qtbot, mode.staff_button)
        mode.unlock_page.field.setText(PASSPHRASE)
        click(qtbot, mode.unlock_page.unlock_button)
    assert desk.isVisible() and not background_work_running()
    # The worker just typed the passphrase: someone is here, the idle lock is dropped.
    assert not desk.admin_tools.autolock.lock_pending  # type: ignore[attr-defined]
