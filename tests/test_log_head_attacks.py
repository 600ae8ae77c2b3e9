"""Attacks on the end of the record (issue 20, items 2 and 3): the log head kept in the key
header catches a log that lost its newest part, and `check` changes nothing.

Written as an attacker or an accident would act: raw sqlcipher3 with the legitimately
unlocked key, a SIGKILLed writer whose -wal and -shm are then deleted, an older copy of the
database file put back, an edited header."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from conftest import PASSPHRASE
from records_support import populate

from toestemming import cli
from toestemming.errors import HeaderChanged, HeaderCorrupt, VaultError
from toestemming.service import Service
from toestemming.store.header import header_path, read_header
from toestemming.store.vault import Vault

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and file modes: POSIX")


@contextmanager
def raw(path: Path, key: bytes) -> Iterator[Any]:
    """What an insider does with the data key: a plain sqlcipher3 connection, no app code."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_page_size = 16384")
    conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
    try:
        yield conn
    finally:
        conn.close()


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["check", "--vault", str(path)])
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.fixture
def filled(service: Service, vault_path: Path) -> tuple[Path, bytes]:
    populate(service)
    key = service.vault.current_data_key()
    service.close()
    return vault_path, key


@pytest.fixture(autouse=True)
def _passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)


def test_every_commit_records_the_head_in_the_header(service: Service, vault_path: Path) -> None:
    before = read_header(vault_path).log_head
    assert before is not None
    populate(service)
    after = read_header(vault_path).log_head
    assert after is not None and after.size > before.size
    size = service.vault.db.scalar("SELECT max(seq) FROM events")
    assert after.size == size  # no commit is left out, not even the last one


def test_deleting_the_newest_events_is_caught(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    path, key = filled
    with raw(path, key) as conn:
        last = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
        conn.execute("DROP TRIGGER events_no_delete")
        conn.execute("DELETE FROM events WHERE seq > ?", (last - 3,))
        conn.execute("DROP TRIGGER checkpoints_no_delete")
        conn.execute("DELETE FROM checkpoints WHERE tree_size > ?", (last - 3,))
    svc = Service.open(path, PASSPHRASE)
    try:
        assert svc.read_only
        assert any("korter" in p and "3 gebeurtenis" in p for p in svc.log_head_problems)
        with pytest.raises(VaultError):
            svc.people.add_youth(given_name="Nieuw", family_name="Mens", birth_date="01-01-2010")
    finally:
        svc.close()
    code, text = _check(path, capsys)
    assert code == 1
    assert "korter" in text and "Traceback" not in text


def test_rewriting_the_tail_with_a_consistent_chain_is_caught(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    """An insider replaces the last event by another with a recomputed hash: the chain is
    internally consistent, but the event at the recorded size is no longer the same."""
    path, key = filled
    with raw(path, key) as conn:
        last, body = conn.execute(
            "SELECT seq, body FROM events ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        prev = conn.execute("SELECT hash FROM events WHERE seq = ?", (last - 1,)).fetchone()[0]
        import hashlib

        forged = bytes(body).replace(b'"v":1', b'"v":1 ')
        digest = hashlib.sha256(bytes(prev) + forged).digest()
        conn.execute("DROP TRIGGER events_no_update")
        conn.execute("UPDATE events SET body = ?, hash = ? WHERE seq = ?", (forged, digest, last))
    code, text = _check(path, capsys)
    assert code == 1
    assert "wijkt af van de stand" in text


def test_an_older_database_file_put_back_is_caught(
    service: Service, vault_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    service.close()
    old_copy = tmp_path / "oud.tvault"
    shutil.copy2(vault_path, old_copy)  # closed vault: the WAL was folded in
    svc = Service.open(vault_path, PASSPHRASE)
    populate(svc)
    svc.close()
    shutil.copy2(old_copy, vault_path)
    code, text = _check(vault_path, capsys)
    assert code == 1
    assert "korter" in text and "oudere kopie" in text


def test_an_edited_head_in_the_header_is_caught(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone without the passphrase lowers the head's size to hide deleted events."""
    path, _ = filled
    doc = json.loads(header_path(path).read_bytes())
    doc["log_head"]["size"] -= 2
    header_path(path).write_text(json.dumps(doc))
    code, text = _check(path, capsys)
    assert code == 1
    assert "niet door deze kluis geschreven" in text


@pytest.mark.parametrize(
    ("t", "said"),
    [
        (10**15, "onmogelijke instellingen"),  # would hang for ever
        # past 2^53 the key file is no JSON two readers read alike (safejson): damaged
        (10**30, "beschadigd"),
    ],
)
def test_a_header_with_absurd_kdf_parameters_is_refused_without_running_the_kdf(
    filled: tuple[Path, bytes], t: int, said: str
) -> None:
    path, _ = filled
    doc = json.loads(header_path(path).read_bytes())
    doc["slots"][0]["kdf"]["t"] = t
    header_path(path).write_text(json.dumps(doc))
    with pytest.raises(HeaderCorrupt, match=said):
        Vault.open(path, PASSPHRASE)


# -- a writer killed with SIGKILL, then its -wal and -shm deleted ------------------------------
WRITER = textwrap.dedent(
    """
    import os, sys
    from toestemming.service import Service
    svc = Service.open(sys.argv[1], os.environ["TOESTEMMING_PASSPHRASE"])
    for i in range(5):
        svc.catalog.add_recipient(f"Ontvanger {i}", "gemeente", "Werk")
    print("geschreven", flush=True)
    sys.stdin.read()  # wait to be killed; never closes the vault
    """
)


def _kill_after_writes(path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "TOESTEMMING_PASSPHRASE": PASSPHRASE},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"geschreven"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


def test_losing_the_wal_and_shm_after_sigkill_is_caught(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = filled
    _kill_after_writes(path)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    assert wal.stat().st_size > 0  # the committed writes are only in the WAL
    wal.unlink()
    shm.unlink()
    code, text = _check(path, capsys)
    assert code == 1
    assert "ontbreken" in text and "-wal" in text
    svc = Service.open(path, PASSPHRASE)
    try:
        assert svc.read_only and svc.log_head_problems
    finally:
        svc.close()


def test_after_sigkill_with_the_wal_in_place_nothing_is_reported(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = filled
    _kill_after_writes(path)
    code, text = _check(path, capsys)
    assert code == 0, text
    svc = Service.open(path, PASSPHRASE)
    try:
        assert not svc.read_only
        names = [r.name for r in svc.catalog.recipients()]
        assert "Ontvanger 4" in names  # the acknowledged writes survived
    finally:
        svc.close()


# -- check is read-only -------------------------------------------------------------------------
def _snapshot(path: Path) -> dict[str, tuple[bytes, int]]:
    files = [path, header_path(path), Path(f"{path}-wal")]
    return {f.name: (f.read_bytes(), f.stat().st_mtime_ns) for f in files if f.exists()}


def test_check_changes_neither_the_vault_nor_the_header(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = filled
    before = _snapshot(path)
    code, text = _check(path, capsys)
    assert code == 0, text
    assert "niets" in text
    assert _snapshot(path) == before


def test_check_leaves_a_crashed_vault_as_it_found_it(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    """After a crash the WAL still holds committed work: check reads it but does not fold it
    into the database file (that would change the evidence) and writes no checkpoint."""
    path, _ = filled
    _kill_after_writes(path)
    before = _snapshot(path)
    assert f"{path.name}-wal" in before
    code, text = _check(path, capsys)
    assert code == 0, text
    assert _snapshot(path) == before


def test_check_of_a_damaged_vault_changes_nothing_either(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    path, key = filled
    with raw(path, key) as conn:
        conn.execute("DROP TRIGGER events_no_delete")
        conn.execute("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    before = _snapshot(path)
    code, _ = _check(path, capsys)
    assert code == 1
    assert _snapshot(path) == before


# -- the header is compare-and-swap ------------------------------------------------------------
ADDER = textwrap.dedent(
    """
    import os, sys
    from toestemming.service import Service
    svc = Service.open(sys.argv[1], os.environ["TOESTEMMING_PASSPHRASE"])
    svc.add_worker("Collega Twee", "een heel ander lang wachtwoord 42")
    svc.close()
    """
)


def test_a_slot_added_in_another_process_is_not_overwritten(
    filled: tuple[Path, bytes],
) -> None:
    path, _ = filled
    svc = Service.open(path, PASSPHRASE)
    # The writer lock (store/lock.py) normally keeps the other process out; on a share whose
    # locks do not reach the other desk it does not, and then compare-and-swap must hold.
    svc.writer_guard.lock.release()
    try:
        subprocess.run(
            [sys.executable, "-c", ADDER, str(path)],
            check=True,
            env={**os.environ, "TOESTEMMING_PASSPHRASE": PASSPHRASE},
        )
        labels = {s.label for s in read_header(path).slots}
        assert "Collega Twee" in labels
        with pytest.raises(HeaderChanged, match="ander venster"):
            svc.add_worker("Collega Drie", "nog een heel ander wachtwoord 77")
        # our own writes still record the log head, without dropping the other's slot
        svc.catalog.add_recipient("Na de wijziging", "gemeente", "Werk")
        labels = {s.label for s in read_header(path).slots}
        assert "Collega Twee" in labels and "Collega Drie" not in labels
    finally:
        svc.close()
    # the colleague added in the other process can open the vault
    other = Service.open(path, "een heel ander lang wachtwoord 42")
    other.close()


@pytest.mark.parametrize("which", ["newest", "oldest"])
def test_deleting_a_signed_checkpoint_is_caught(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str], which: str
) -> None:
    """The log itself stays whole, so only the head outside the database can tell that a
    checkpoint row (and with it the timestamp that anchors the log in time) was removed."""
    path, key = filled
    recorded = read_header(path).log_head
    assert recorded is not None and recorded.checkpoints is not None
    with raw(path, key) as conn:
        assert (
            conn.execute("SELECT count(*) FROM checkpoints").fetchone()[0] == recorded.checkpoints
        )
        pick = "max" if which == "newest" else "min"
        conn.execute("DROP TRIGGER checkpoints_no_delete")
        conn.execute(f"DELETE FROM checkpoints WHERE id = (SELECT {pick}(id) FROM checkpoints)")
    before = path.read_bytes(), header_path(path).read_bytes()
    code, text = _check(path, capsys)
    assert code == 1
    assert "controlepunt" in text and "verwijderd" in text and "Traceback" not in text
    assert (path.read_bytes(), header_path(path).read_bytes()) == before  # check wrote nothing
    svc = Service.open(path, PASSPHRASE)
    try:
        # Opened for reading only, so normal work cannot sign a new checkpoint over the gap.
        assert svc.read_only
        assert any("controlepunt" in p for p in svc.log_head_problems)
    finally:
        svc.close()
    code, _ = _check(path, capsys)
    assert code == 1  # still caught after the vault was opened and closed again


def test_a_checkpoint_signed_at_close_is_counted_in_the_head(
    service: Service, vault_path: Path
) -> None:
    populate(service)
    service.checkpoint()  # a commit that adds no event, only a signed checkpoint
    count = service.vault.db.scalar("SELECT count(*) FROM checkpoints")
    head = read_header(vault_path).log_head
    assert head is not None and head.checkpoints == count


def test_an_edited_checkpoint_count_in_the_header_is_refused(
    filled: tuple[Path, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    """Lowering the recorded count to hide a deletion breaks the head's MAC."""
    path, _ = filled
    doc = json.loads(header_path(path).read_text())
    doc["log_head"]["checkpoints"] -= 1
    header_path(path).write_text(json.dumps(doc))
    code, text = _check(path, capsys)
    assert code == 1 and "Traceback" not in text
