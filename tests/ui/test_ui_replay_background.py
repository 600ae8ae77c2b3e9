"""A vault too large to replay its log inside the unlock check is replayed after the window is
shown, off the GUI thread: an edited table then turns the vault read-only with the
damaged-vault banner naming the reference code; an untouched vault stays writable.

'Too large' is made true for the small test vault by lowering the inline limit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from replay_support import attacker_connection
from ui_vault import PASSPHRASE, VaultFiles

from toestemming import replay_health
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.repo import DERIVED_HISTORY_SQL
from ui.app import build_main_window


@pytest.fixture
def deferred(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(replay_health, "INLINE_UNITS", 0)


@pytest.fixture
def unlocked(vault: VaultFiles, clock: FixedClock, deferred: None) -> Iterator[Service]:
    svc = Service.open(vault.path, PASSPHRASE, clock=clock, check=True)
    yield svc
    svc.close()


def edit_answer_behind_the_back(vault: VaultFiles, item_id: int) -> None:
    """With the data key the unlock gave: the given answer becomes a "no", cache re-derived,
    and the guard trigger put back as it was (so the schema check at unlock sees nothing: only
    the replay can find this edit)."""
    probe = Service.open(vault.path, PASSPHRASE)
    conn = attacker_connection(probe)
    probe.close()
    (guard,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'decisions_no_update'"
    ).fetchone()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("DROP TRIGGER decisions_no_update")
    conn.execute("UPDATE decisions SET answer = 'no' WHERE item_id = ?", (item_id,))
    conn.execute("DELETE FROM item_state")
    conn.execute("INSERT INTO item_state " + DERIVED_HISTORY_SQL)
    conn.execute(guard)
    conn.execute("COMMIT")
    conn.close()


def test_edited_vault_turns_read_only_after_the_window_is_shown(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock, deferred: None
) -> None:
    edit_answer_behind_the_back(vault, vault.seeded.given_item)
    service = Service.open(vault.path, PASSPHRASE, clock=clock, check=True)
    try:
        # The unlock itself did not wait for the replay: writable, the check still to come.
        assert service.state_check_pending and not service.read_only
        window = build_main_window(service)
        qtbot.addWidget(window)
        window.show()
        care = window.vault_care  # type: ignore[attr-defined]
        care.after_unlock()
        assert care.state_task is not None  # running off the GUI thread
        qtbot.waitUntil(lambda: care.state_task is None, timeout=60_000)
        assert service.read_only and not service.state_check_pending
        assert not care.damaged_banner.isHidden()
        code = service.vault.db.scalar(
            "SELECT reference_code FROM item_state WHERE item_id = ?", (vault.seeded.given_item,)
        )
        details = care.damaged_banner.details_text()
        assert f"{code} onderdeel" in details and "antwoord" in details
        assert "alleen-lezen" in window.statusBar().currentMessage()
        assert not care.backup_action.isEnabled()  # a backup would copy the edit
    finally:
        service.close()


def test_untouched_vault_stays_writable(qtbot: QtBot, unlocked: Service) -> None:
    assert unlocked.state_check_pending
    window = build_main_window(unlocked)
    qtbot.addWidget(window)
    window.show()
    care = window.vault_care  # type: ignore[attr-defined]
    care.after_unlock()
    qtbot.waitUntil(lambda: care.state_task is None, timeout=60_000)
    assert not unlocked.read_only and not unlocked.state_check_pending
    assert care.damaged_banner.isHidden()
    assert unlocked.health_report is not None and unlocked.health_report.ok
