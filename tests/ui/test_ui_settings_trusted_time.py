"""Instellingen → Tijd: a worker sets the timestamp authority; saving tests it against a real
RFC 3161 server on 127.0.0.1 without freezing the window, a dead address is saved with a plain
warning, a wrong address is refused in Dutch, and switching off clears it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from tsa_support import closed_port_url, local_tsa

from toestemming.service import Service
from ui.settings import SettingsDialog


def test_set_test_and_switch_off_the_tsa(qtbot: QtBot, service: Service) -> None:
    dialog = SettingsDialog(service)
    qtbot.addWidget(dialog)
    dialog.show_tab(SettingsDialog.TIME)
    page = dialog.trusted_time
    assert "Geen tijdstempeldienst" in page.status_label.text()

    page.url_field.setText("ftp://tsa.example")
    page.save_button.click()
    assert "http://" in page.status_label.text() and service.trusted_time.url() is None

    with local_tsa() as tsa:
        page.url_field.setText(tsa.url)
        page.save_button.click()
        qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
        assert service.trusted_time.url() == tsa.url and tsa.count == 1
        assert (
            "getest" in page.status_label.text()
            and "30-11-2026 13:34:56"
            in (  # tsa_support.TSA_TIME, Dutch time
                page.status_label.text()
            )
        )

    dead = closed_port_url()
    page.url_field.setText(dead)
    page.save_button.click()
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)
    assert service.trusted_time.url() == dead  # saved all the same: work never waits for it
    assert "test mislukte" in page.status_label.text()
    assert "Traceback" not in page.status_label.text()

    page.off_button.click()
    assert service.trusted_time.url() is None and page.url_field.text() == ""
