"""The insider who switches a guard off and on again (session 14): the RFC 3161 tokens.

`checkpoint_timestamps` is guarded only by its two triggers (no UPDATE, no DELETE); its rows are
no events, so the replay never reads them, and `health_schema` compares the trigger's SQL text,
which is the same after DROP TRIGGER … CREATE TRIGGER (the identical text). So an insider with
the passphrase who opened the vault with sqlcipher3 could, and `check` said "in orde":
- delete a checkpoint's token: every proof of that checkpoint loses its trusted time;
- swap a token for another checkpoint's: the stamp no longer fits its checkpoint;
- edit the stored `tsa_time`: the list shows another time than the token holds.
The check now holds each token against its own checkpoint's signed message and its genTime,
and the log head in the key header carries the number of tokens (a deleted one is missed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from tsa_support import local_tsa

from toestemming.cli import main as cli_main
from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.db import CipherProfile
from toestemming.store.header import KdfParams


def _stamped_vault(vault_path: Path, passphrase: str, clock: FixedClock) -> tuple[bytes, Any]:
    """A vault whose last checkpoints carry a TSA token each, closed the ordinary way; the
    data key the legitimate unlock handed out (what the insider kept)."""
    svc, _recovery = Service.create(
        vault_path, "Testschool", "Anna de Tester", passphrase, clock, kdf=KdfParams()
    )
    with local_tsa() as tsa:
        svc.trusted_time.set_url(tsa.url)
        for given in ("Lotte", "Sem", "Noor"):
            svc.people.add_youth(given_name=given, family_name="Bos", birth_date="01-01-2010")
            assert svc.checkpoint() is not None
        key, profile = svc.vault.current_data_key(), svc.vault.db.profile
        svc.trusted_time.set_url(None)  # close quietly, without a TSA
        svc.close()
    return key, profile


@pytest.fixture
def stamped(vault_path: Path, passphrase: str, clock: FixedClock) -> Iterator[tuple[Path, Any]]:
    key, profile = _stamped_vault(vault_path, passphrase, clock)
    yield vault_path, (key, profile)


def _lifted(vault_path: Path, secret: tuple[bytes, CipherProfile], *statements: str) -> None:
    """sqlcipher3 with the unlocked key: the two guards of the table dropped, the edit, the
    guards re-created with their identical SQL text (so the schema hash is unchanged)."""
    key, profile = secret
    conn = sqlcipher3.connect(str(vault_path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA cipher_page_size = {profile.page_size}")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {profile.hmac}")
        guards = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'checkpoint_timestamps'"
        ).fetchall()
        assert len(guards) == 2
        conn.execute("BEGIN IMMEDIATE")
        for name, _ in guards:
            conn.execute(f"DROP TRIGGER {name}")
        for sql in statements:
            assert conn.execute(sql).rowcount >= 1, sql
        for _, sql in guards:
            conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _check(
    vault_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> tuple[int, str]:
    monkeypatch.setenv("TOESTEMMING_PASSPHRASE", passphrase)
    capsys.readouterr()
    code = cli_main(["check", "--vault", str(vault_path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Traceback" not in text and "Bos" not in text
    return code, text


NEWEST = "(SELECT max(checkpoint_id) FROM checkpoint_timestamps)"
OLDEST = "(SELECT min(checkpoint_id) FROM checkpoint_timestamps)"


def test_the_untouched_stamped_vault_is_in_order(
    stamped: tuple[Path, Any],
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, text = _check(stamped[0], passphrase, monkeypatch, capsys)
    assert code == 0, text
    assert "Bestand in orde" in text


# (the attack, the words `check` must name it with)
ROW_EDITS = {
    # deleted: the log head in the key header counted it
    "deleted": (
        f"DELETE FROM checkpoint_timestamps WHERE checkpoint_id = {NEWEST}",
        "nu zijn er 1 minder",
    ),
    # another checkpoint's token: it is over another checkpoint's message
    "swapped": (
        "UPDATE checkpoint_timestamps SET token = (SELECT token FROM checkpoint_timestamps "
        f"WHERE checkpoint_id = {OLDEST}) WHERE checkpoint_id = {NEWEST}",
        "hoort niet bij deze gegevens",
    ),
    # the stored time, which lists show, made earlier than the token's own
    "re-timed": (
        "UPDATE checkpoint_timestamps SET tsa_time = '2020-01-01T00:00:00+00:00' "
        f"WHERE checkpoint_id = {OLDEST}",
        "niet de tijd in de tijdstempel zelf",
    ),
    # moved onto the newest checkpoint (closing made it without a TSA): the count is right
    "moved": (
        "UPDATE checkpoint_timestamps SET checkpoint_id = (SELECT max(id) FROM checkpoints) "
        f"WHERE checkpoint_id = {NEWEST}",
        "hoort niet bij deze gegevens",
    ),
    # the address a proof package names for the token (and asks a PDF timestamp from)
    "re-addressed": (
        "UPDATE checkpoint_timestamps SET tsa_url = 'https://tsa.example/elders' "
        f"WHERE checkpoint_id = {OLDEST}",
        "nooit is ingesteld",
    ),
}


@pytest.mark.parametrize("attack", sorted(ROW_EDITS))
def test_an_edited_token_row_is_named(
    attack: str,
    stamped: tuple[Path, Any],
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, secret = stamped
    statement, named = ROW_EDITS[attack]
    _lifted(path, secret, statement)
    code, text = _check(path, passphrase, monkeypatch, capsys)
    assert code == 1, text
    assert "Kluis NIET in orde" in text and named in text, text
    assert "controlepunt" in text
