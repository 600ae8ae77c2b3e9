"""Session 21 (multi24): a key change in the desk while a background task commits.

The desk's background tasks (the automatic backup records "backup.verified", mail is read,
a timestamp comes in) commit on a pool thread, and after each commit the log's new head is
written into the key file: read the key file, put the head in, write it back. The worker
meanwhile changes her passphrase (or removes a colleague: a new data key) on the GUI thread,
which reads, compares and writes the same key file.

Before: nothing kept the two apart. The background thread read the key file, the passphrase
change wrote its new key file, and the background thread then wrote back what it had read
with the new head in it — the passphrase change silently undone (the desk said it was done,
the log says so too, the new passphrase opens nothing, the old one still does). With a data
key renewal the same write-back left a key file without the key the file was re-encrypted
with. Found by a stress run of backups beside key changes (test_multi24_backup_while_writing).

The two threads are real; each is held at the step in question (patched key-file reads and
writes), so the interleaving is the same on every run."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from toestemming.clock import FixedClock
from toestemming.errors import WrongPassphrase
from toestemming.service import Service
from toestemming.store import vault as vault_module
from toestemming.store.header import KdfParams

START = datetime.fromisoformat("2026-12-03T09:15:00+00:00")
PASS = "correct horse battery staple"
NEW = "een heel ander lang wachtwoord voor later"
BOUND_S = 5  # the most a step waits for the other thread (a hung test, not a timing)


@pytest.mark.parametrize("change", ["passphrase", "data-key"])
def test_a_key_change_beside_a_background_commit_is_kept(
    change: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="2010-01-01")

    desk_at_read, desk_go, desk_wrote = threading.Event(), threading.Event(), threading.Event()
    task_read, task_go = threading.Event(), threading.Event()
    threads: dict[str, threading.Thread] = {}
    real_read, real_write = vault_module.read_header, vault_module.write_header

    def read_header(p):  # type: ignore[no-untyped-def]
        me = threading.current_thread()
        if me is threads.get("desk") and not desk_at_read.is_set():
            desk_at_read.set()  # (the passphrase change is about to read the key file)
            assert desk_go.wait(BOUND_S * 4)
            return real_read(p)
        found = real_read(p)
        if me is threads.get("task") and not task_read.is_set():
            task_read.set()  # (the background commit has read the key file)
            task_go.wait(BOUND_S * 4)
        return found

    def write_header(p, header):  # type: ignore[no-untyped-def]
        real_write(p, header)
        if threading.current_thread() is threads.get("desk"):
            desk_wrote.set()

    monkeypatch.setattr(vault_module, "read_header", read_header)
    monkeypatch.setattr(vault_module, "write_header", write_header)
    failures: list[BaseException] = []

    def desk() -> None:
        try:
            if change == "passphrase":
                svc.change_passphrase(PASS, NEW)
            else:
                svc.rotate_data_key()
        except BaseException as exc:
            failures.append(exc)

    def task() -> None:
        try:
            svc.people.add_youth(given_name="Twee", family_name="Kind", birth_date="2011-01-01")
        except BaseException as exc:
            failures.append(exc)

    threads["desk"] = threading.Thread(target=desk)
    threads["task"] = threading.Thread(target=task)
    threads["desk"].start()
    assert desk_at_read.wait(BOUND_S * 4)
    threads["task"].start()
    task_read.wait(BOUND_S)  # (with the fix it waits for the key file: it never gets here)
    desk_go.set()
    assert desk_wrote.wait(BOUND_S * 4)
    task_go.set()
    for t in threads.values():
        t.join(BOUND_S * 6)
    monkeypatch.undo()
    assert not failures, failures
    svc.close()

    works, refused = (NEW, PASS) if change == "passphrase" else (PASS, NEW)
    with pytest.raises(WrongPassphrase):
        Service.open(path, refused, clock=FixedClock(START))
    again = Service.open(path, works, clock=FixedClock(START))
    try:
        assert sorted(y.given_name for y in again.people.search("")) == ["Een", "Twee"]
        kinds = [r[0] for r in again.vault.db.query("SELECT kind FROM events")]
        kind = "worker.passphrase_changed" if change == "passphrase" else "vault.data_key_rotated"
        assert kinds.count(kind) == 1
        assert again.verify_audit().ok
    finally:
        again.close()


def test_a_backup_whose_key_was_taken_before_a_key_renewal_still_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The automatic backup took the data key it encrypts its copy with, then the key file it
    packs: a data-key renewal on the desk between the two gave a key file whose key is not
    the copy's — a backup "gemaakt en gecontroleerd" that no passphrase restores."""
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    svc.people.add_youth(given_name="Een", family_name="Kind", birth_date="2010-01-01")
    took_key, go = threading.Event(), threading.Event()
    real_key = vault_module.Vault.current_data_key
    task: dict[str, threading.Thread] = {}

    def current_data_key(self):  # type: ignore[no-untyped-def]
        key = real_key(self)
        if threading.current_thread() is task.get("backup") and not took_key.is_set():
            took_key.set()
            go.wait(BOUND_S * 4)
        return key

    monkeypatch.setattr(vault_module.Vault, "current_data_key", current_data_key)
    out = tmp_path / "kopie.tbackup"
    failures: list[BaseException] = []

    def backing_up() -> None:
        try:
            svc.backups.create(out)
        except BaseException as exc:
            failures.append(exc)

    def renewing() -> None:
        try:
            svc.rotate_data_key()
        except BaseException as exc:
            failures.append(exc)

    task["backup"] = threading.Thread(target=backing_up)
    task["backup"].start()
    assert took_key.wait(BOUND_S * 4)
    desk = threading.Thread(target=renewing)
    desk.start()
    desk.join(BOUND_S)  # (with the fix the renewal waits for the backup's key file: not done)
    go.set()
    for t in (task["backup"], desk):
        t.join(BOUND_S * 6)
    monkeypatch.undo()
    svc.close()
    assert not failures, failures
    report = Service.restore_backup(out, tmp_path / "terug.tvault", PASS)
    assert report.events >= 1
    copy = Service.open(tmp_path / "terug.tvault", PASS, clock=FixedClock(START))
    try:
        assert [y.given_name for y in copy.people.search("")] == ["Een"]
        assert copy.verify_audit().ok
    finally:
        copy.close()
