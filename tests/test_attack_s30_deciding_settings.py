"""The remote settings' day counts edited by hand (session 30, atk30).

After how many days an unanswered request expires (and a reminder is due) is a rule: at the
next unlock `expire_overdue` ends every request that waited that long, and a parent's "ja"
after it is too late. Every save of the settings logs both numbers (remote.settings_changed),
but the stored row was read as it stood and never held to that event ("a setting"). The
insider with the unlocked key set 14 days to 2 in meta: `check` said "in orde"; two days later
every waiting request expired ("geen antwoord na 2 dagen") while the log's settings still
said 14, and `check` still said "in orde". A value of another type (the text "14", null, an
unknown key) ended the next expiry in a traceback.

Now `check` holds the two numbers to the last remote.settings_changed and names the
difference (no address, no name); a row the settings cannot hold reads as the defaults."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import PASSPHRASE
from replay_support import attacker_connection, lifted_edit
from test_attack_s30_sent_without_message_id import _story

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.service import Service


def _edit_remote(service: Service, change: Callable[[dict[str, Any]], Any]) -> None:
    raw = json.loads(str(service.vault.db.scalar("SELECT value FROM meta WHERE key = 'remote'")))
    change(raw)
    conn = attacker_connection(service)
    try:
        sql = "UPDATE meta SET value = ? WHERE key = 'remote'"
        lifted_edit(conn, [(sql, (json.dumps(raw),))], must_hit=True)
    finally:
        conn.close()


def _check(
    service: Service, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Any:
    """`toestemming-cli check` of the vault after its window closed, as from another desk."""
    path = service.vault.path
    service.close()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", PASSPHRASE)
    capsys.readouterr()
    code = cli_main(["check", "--vault", str(path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    return code, text


@pytest.mark.parametrize(
    "edit",
    [
        {"expiry_days": 1, "reminder_after_days": 0},  # expires the next day
        {"expiry_days": 365},  # never expires: the worker keeps waiting
        {"expiry_days": "14"},  # printed like the logged 14, read otherwise
        {"reminder_after_days": 13},
    ],
    ids=["one-day", "a-year", "as-text", "reminder"],
)
def test_the_day_counts_edited_by_hand_are_named_by_check(
    edit: dict[str, Any],
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _story(service, catalog, make_youth)
    _edit_remote(service, lambda raw: raw.update(edit))
    code, text = _check(service, monkeypatch, capsys)
    assert code == 1, text
    assert "instellingen op afstand" in text, text
    assert "+31" not in text, text


def test_requests_expired_early_behind_the_edit_stay_named(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The whole attack: the edit, a day's wait, the unlock's expiry — and `check` after it."""
    a, b = _story(service, catalog, make_youth)
    _edit_remote(service, lambda raw: raw.update(expiry_days=2, reminder_after_days=1))
    path = service.vault.path
    service.close()
    clock.advance(timedelta(days=2, minutes=1))
    opened = Service.open(path, PASSPHRASE, clock=clock)
    try:
        assert sorted(opened.remote.expire_overdue()) == sorted([a.request_id, b.request_id])
    except BaseException:
        opened.close()
        raise
    code, text = _check(opened, monkeypatch, capsys)
    assert code == 1, text
    assert "instellingen op afstand" in text, text


def test_settings_saved_through_the_program_check_clean(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The control case: 21 days set by the worker, then a request — in order."""
    _story(service, catalog, make_youth)
    settings = service.remote.settings()
    service.remote.set_settings(replace(settings, expiry_days=21, reminder_after_days=7))
    code, text = _check(service, monkeypatch, capsys)
    assert code == 0, text


@pytest.mark.parametrize(
    "edit",
    [{"expiry_days": "14"}, {"expiry_days": None}, {"onbekend": 1}, {"expiry_days": 0}],
    ids=["as-text", "null", "unknown-key", "zero"],
)
def test_a_hostile_settings_row_is_no_traceback_at_the_next_expiry(
    edit: dict[str, Any],
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
) -> None:
    """Read as the default days (`check` names the row): nothing expires after one day."""
    _story(service, catalog, make_youth)
    _edit_remote(service, lambda raw: raw.update(edit))
    path = service.vault.path
    service.close()
    clock.advance(timedelta(days=1, minutes=1))
    opened = Service.open(path, PASSPHRASE, clock=clock)
    try:
        assert opened.remote.settings().expiry_days == 14
        assert opened.remote.expire_overdue() == []
    finally:
        opened.close()


# -- the backups: how many are kept, when a missing one is warned about, where they go --------


def _backup_story(service: Service, folder: Any) -> None:
    folder.mkdir()
    service.backups.configure(folder, 5, 8)


def _meta(service: Service, key: str, value: str | None) -> None:
    conn = attacker_connection(service)
    try:
        if value is None:
            statement = ("DELETE FROM meta WHERE key = ?", (key,))
        else:
            statement = ("UPDATE meta SET value = ? WHERE key = ?", (value, key))
        lifted_edit(conn, [statement], must_hit=True)
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("backup.keep", "1", "reservekopieën"),  # the next backup deletes the nine before it
        ("backup.warn_after_days", "365", "reservekopieën"),  # nobody is warned for a year
        ("backup.folder", "ELSEWHERE", "map van de automatische reservekopieën"),
        ("backup.folder", None, "map van de automatische reservekopieën"),  # no more backups
    ],
    ids=["keep-one", "warn-late", "other-folder", "folder-gone"],
)
def test_the_backup_settings_edited_by_hand_are_named_by_check(
    key: str,
    value: str | None,
    named: str,
    service: Service,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _backup_story(service, tmp_path / "kopieen-Noor")
    elsewhere = tmp_path / "elders-Noor"
    elsewhere.mkdir()
    _meta(service, key, str(elsewhere) if value == "ELSEWHERE" else value)
    code, text = _check(service, monkeypatch, capsys)
    assert code == 1, text
    assert named in text, text
    assert "Noor" not in text, text  # a folder name can hold a name: never shown


def test_backup_settings_saved_through_the_program_check_clean(
    service: Service,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _backup_story(service, tmp_path / "kopieen")
    service.backups.configure(tmp_path / "kopieen", 3, 4)
    service.backups.configure(None, 3, 4)  # automatic backups switched off
    code, text = _check(service, monkeypatch, capsys)
    assert code == 0, text


def test_an_older_versions_warning_days_without_keep_check_clean(
    service: Service, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before 27-11-2026 `backup.policy_changed` held the warning's days only (no keep count,
    no `backup.keep` row): such a log is no hand edit."""
    ctx = service._ctx
    with ctx.db.transaction():
        ctx.set_meta("backup.warn_after_days", "5")
        ctx.event("backup.policy_changed", {"warn_after_days": 5})
    code, text = _check(service, monkeypatch, capsys)
    assert code == 0, text
