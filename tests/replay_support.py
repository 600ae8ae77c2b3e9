"""The attacker's way in for the replay tests: the vault file opened with sqlcipher3 and the
data key a legitimate unlock hands out, with the vault's page settings — no program code in
between, so the consent tables can be edited while the audit log is left alone."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import header_path
from toestemming.store.repo import DERIVED_HISTORY_SQL


def attacker_connection(svc: Service) -> Any:
    key, profile = svc.vault.current_data_key(), svc.vault.db.profile
    conn = sqlcipher3.connect(str(svc.vault.path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cipher_page_size = {profile.page_size}")
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {profile.hmac}")
    return conn


# -- an insider's edit of a saved vault, then `check` as from another desk --------------------
# Names of the saved scenario's people: no check output may contain them.
NAMES = ("Marek", "Wiśniewski", "Zoë", "Ødegaard", "Çelik", "Кузнецова")


@dataclass
class Copy:
    path: Path
    svc: Service


def open_copy(folder: Path, tmp_path: Path, passphrase: str, now: datetime) -> Copy:
    """A copy of the saved vault in `folder` (file + key header), unlocked the legitimate way."""
    path = tmp_path / "kluis.tvault"
    for source in (folder / "kluis.tvault", header_path(folder / "kluis.tvault")):
        shutil.copy(source, tmp_path / source.name)
    return Copy(path, Service.open(path, passphrase, clock=FixedClock(now)))


def lifted_edit(
    conn: Any, statements: list[tuple[str, tuple[object, ...]]], *, must_hit: bool
) -> None:
    """The insider's edit on an open sqlcipher3 connection: the triggers that refuse edits
    dropped and put back, the item_state cache re-derived, the hash-chained log left alone."""
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    triggers = triggers.fetchall()
    conn.execute("BEGIN IMMEDIATE")
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for sql, params in statements:
        hit = conn.execute(sql, params).rowcount
        assert hit >= 1 or not must_hit, sql
    conn.execute("DELETE FROM item_state")
    conn.execute("INSERT INTO item_state " + DERIVED_HISTORY_SQL)
    for _, text in triggers:
        conn.execute(text)
    conn.execute("COMMIT")


def replay_after_edit(svc: Service, statements: list[tuple[str, tuple[object, ...]]]) -> list[str]:
    """The insider's edit of the open vault (lifted_edit; every statement must change a row),
    then what the replay says of the tables against the log."""
    conn = attacker_connection(svc)
    try:
        lifted_edit(conn, statements, must_hit=True)
    finally:
        conn.close()
    return svc.replay().lines()


def edit(copy: Copy, *statements: str) -> None:
    """The insider's edit of the saved copy, with the key the unlock gave (lifted_edit)."""
    conn = attacker_connection(copy.svc)
    try:
        lifted_edit(conn, [(sql, ()) for sql in statements], must_hit=True)
    finally:
        conn.close()


def check_says(
    copy: Copy,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    passphrase: str,
) -> tuple[int, str]:
    """`toestemming-cli check` on the vault, as from another desk (the lock let go)."""
    if copy.svc.writer_guard.lock is not None:
        copy.svc.writer_guard.lock.release()
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", passphrase)
    capsys.readouterr()
    code = cli_main(["check", "--vault", str(copy.path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text
    assert not any(name in text for name in NAMES), text
    return code, text
