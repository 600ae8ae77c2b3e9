"""Session 17 (multi20): a team desk opened with its clock behind the team's log shows the
clock banner with the way out — without "Een reservekopie maken kan al" (a team server has no
backups of the desk's own) — and 'De klok klopt nu…' after a yes lets the worker write."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the server fixtures

from pg_support import pg_database, pg_server  # noqa: F401
from team_support import create_team, make_worker

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.app import build_main_window

TODAY = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def test_a_team_desk_with_its_clock_behind_shows_the_banner_and_its_way_out(
    qtbot: QtBot,
    pg_server,  # noqa: F811
    pg_database: str,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    colleague, admin = create_team(pg_server, pg_database, FixedClock(TODAY))
    colleague.people.add_youth(given_name="Eerst", family_name="Kind", birth_date="1-1-2010")
    wim = make_worker(pg_server, pg_database, admin, "wim", "Wim Werker")
    Service.open_team(wim.url, wim.password, clock=FixedClock(TODAY)).close()  # he joined
    service = Service.open_team(wim.url, wim.password, clock=FixedClock(TODAY - timedelta(days=1)))
    try:
        window = build_main_window(service)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        banner = window.clock_banner  # type: ignore[attr-defined]
        assert banner.isVisible()
        text = banner.message_label.text()
        assert "04-12-2026" in text and "03-12-2026" in text and "team" in text, text
        assert "reservekopie" not in text.lower(), text
        window.grab().save(str(tmp_path / "team_clock_banner.png"))
        monkeypatch.setattr(
            QMessageBox, "question", lambda *a, **kw: QMessageBox.StandardButton.Yes
        )
        assert banner.ask() is True
        assert not banner.isVisible() and not service.read_only
        service.people.add_youth(given_name="Nu", family_name="Kind", birth_date="1-1-2011")
    finally:
        service.close()
        colleague.close()
