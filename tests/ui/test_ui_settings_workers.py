"""Instellingen → Medewerkers: add a worker slot, remove it, change one's own passphrase.
Each worker opens the vault with their own passphrase and their actions carry their name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from legacy_slots import as_an_older_app_wrote_it
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_vault import PASSPHRASE, Seeded, VaultFiles

from toestemming.clock import FixedClock
from toestemming.errors import WrongPassphrase
from toestemming.service import Service
from ui.settings.workers import AddWorkerDialog, WorkersPage

BERT = "bert fietst naar de markt"


@pytest.fixture
def page(qtbot: QtBot, service: Service) -> Iterator[WorkersPage]:
    p = WorkersPage(service, confirm=lambda _w, _t, _q: True)
    qtbot.addWidget(p)
    p.show()
    yield p


def names(page: WorkersPage) -> list[tuple[str, str]]:
    m = page.model
    return [(m.index(r, 0).data(), m.index(r, 1).data()) for r in range(m.rowCount())]


def add_bert(qtbot: QtBot, page: WorkersPage) -> AddWorkerDialog:
    dialog = page.open_add_dialog()
    qtbot.keyClicks(dialog.name_field, "Bert")
    qtbot.keyClicks(dialog.passphrase.passphrase, BERT)
    qtbot.keyClicks(dialog.passphrase.repeat, BERT)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and dialog.busy_bar.isVisible()  # the key is derived off the GUI thread
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    return dialog


def test_lists_workers_and_marks_me(page: WorkersPage) -> None:
    assert names(page) == [("Anna (u)", "actief")]
    assert page.note.text().endswith("U bent aangemeld als Anna.")
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert not page.remove_button.isEnabled()  # never your own slot


def test_add_worker_who_then_opens_the_vault_as_themselves(
    qtbot: QtBot, page: WorkersPage, vault: VaultFiles, clock: FixedClock, service: Service
) -> None:
    dialog = page.open_add_dialog()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Vul de naam van de medewerker in."
    dialog.name_field.setText("Bert")
    dialog.passphrase.passphrase.setText("te kort")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("De wachtwoordzin is te kort")
    dialog.reject()

    dialog = add_bert(qtbot, page)
    assert not dialog.isVisible()
    assert names(page) == [("Anna (u)", "actief"), ("Bert", "actief")]
    assert page.status_label.text() == "Bert is toegevoegd en kan de kluis nu openen."

    service.close()  # Anna locks; one writer at a time (store/lock.py)
    bert = Service.open(vault.path, BERT, clock=clock)
    try:
        assert bert.worker.name == "Bert"
        youth = bert.people.add_youth(given_name="Kim", family_name="Bos", birth_date="01-01-2009")
        actor = bert.vault.db.scalar("SELECT actor FROM events ORDER BY seq DESC LIMIT 1")
        assert actor == bert.worker_id != page.model.current_worker_id
        assert youth.id > 0
    finally:
        bert.close()


def test_remove_worker_asks_first_and_locks_them_out(
    qtbot: QtBot, page: WorkersPage, vault: VaultFiles, clock: FixedClock
) -> None:
    add_bert(qtbot, page)
    questions: list[str] = []

    def answer(_w: object, _title: str, question: str) -> bool:
        questions.append(question)
        return len(questions) == 2  # "no" the first time; then no new recovery key

    page.confirm = answer
    page.table.setCurrentIndex(page.model.index(1, 0))
    assert page.remove_button.isEnabled()
    assert not page.remove_selected()
    assert "Bert kan de kluis daarna niet meer openen" in questions[0]
    # Still works (read-only: Anna's window holds the writer lock).
    Service.open(vault.path, BERT, clock=clock, read_only=True).close()

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert names(page) == [("Anna (u)", "actief"), ("Bert", "verwijderd")]
    assert page.status_label.text() == "Bert is verwijderd en kan de kluis niet meer openen."
    assert not page.remove_button.isEnabled()
    with pytest.raises(WrongPassphrase):
        Service.open(vault.path, BERT, clock=clock, read_only=True)
    assert "Kende Bert de herstelsleutel?" in questions[2]


def test_change_own_passphrase(
    qtbot: QtBot, page: WorkersPage, vault: VaultFiles, clock: FixedClock
) -> None:
    new = "een heel nieuwe zin voor anna"
    dialog = page.open_change_dialog()
    qtbot.keyClicks(dialog.current_field, "niet mijn wachtwoordzin")
    qtbot.keyClicks(dialog.passphrase.passphrase, new)
    qtbot.keyClicks(dialog.passphrase.repeat, new)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.isVisible()
    assert "klopt niet" in dialog.error_label.text()
    assert dialog.current_field.text() == ""
    assert dialog.focusWidget() is dialog.current_field

    qtbot.keyClicks(dialog.current_field, PASSPHRASE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert not dialog.isVisible()
    assert page.status_label.text() == "Uw wachtwoordzin is gewijzigd."
    Service.open(vault.path, new, clock=clock, read_only=True).close()
    with pytest.raises(WrongPassphrase):
        Service.open(vault.path, PASSPHRASE, clock=clock, read_only=True)


def test_after_removing_someone_who_knew_it_the_recovery_key_is_renewed(
    qtbot: QtBot, page: WorkersPage, vault: VaultFiles, clock: FixedClock, seeded: Seeded
) -> None:
    """Whoever made the vault saw its recovery key; removing their passphrase does not take
    the key from them. Right after a removal the page offers a new recovery key: shown once,
    the old one opens nothing any more (not even read-only), the new one does."""
    add_bert(qtbot, page)
    page.table.setCurrentIndex(page.model.index(1, 0))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # both questions: yes
    assert page.renewing
    qtbot.waitUntil(lambda: not page.renewing, timeout=20_000)
    dialog = page.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    new_key = dialog.key_label.text().replace("\n", "-").replace("  ", "-")
    assert page.status_label.text() == "Er is een nieuwe herstelsleutel; de oude werkt niet meer."
    with pytest.raises(WrongPassphrase):
        Service.open_with_recovery(vault.path, seeded.recovery_key, clock=clock, read_only=True)
    Service.open_with_recovery(vault.path, new_key, clock=clock, read_only=True).close()

    dialog.reject()  # Esc before confirming: the key stays on screen, with the reason
    assert dialog.isVisible() and dialog.notice.text().startswith("Bevestig eerst")
    qtbot.mouseClick(dialog.confirm_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.key_label.text() == ""


def test_the_recovery_key_can_be_renewed_from_its_own_button(
    qtbot: QtBot, page: WorkersPage, vault: VaultFiles, clock: FixedClock, seeded: Seeded
) -> None:
    # Before: the key shown at creation opens the vault (read-only beside this window).
    Service.open_with_recovery(vault.path, seeded.recovery_key, clock=clock, read_only=True).close()
    qtbot.mouseClick(page.recovery_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.renewing, timeout=20_000)
    assert page.recovery_dialog is not None
    with pytest.raises(WrongPassphrase):
        Service.open_with_recovery(vault.path, seeded.recovery_key, clock=clock, read_only=True)


def test_a_removal_that_cannot_renew_the_master_key_yet_says_who_must_open_first(
    qtbot: QtBot, vault: VaultFiles, clock: FixedClock
) -> None:
    """Bert's slot was written by an app from before key pairs: removing Carla cannot hand
    him a new master key. Nobody is locked out; the remover reads, after the usual line, who
    must open the vault once, and why it matters."""
    carla = "carla vertrekt naar een andere school"
    svc = Service.open(vault.path, PASSPHRASE, clock=clock)
    svc.add_worker("Bert", BERT)
    svc.add_worker("Carla", carla)
    svc.close()
    as_an_older_app_wrote_it(vault.path, "Bert", BERT)
    svc = Service.open(vault.path, PASSPHRASE, clock=clock)
    try:
        page = WorkersPage(svc, confirm=lambda _w, _t, q: "Carla kan" in q)  # no new key now
        qtbot.addWidget(page)
        page.show()
        page.table.setCurrentIndex(page.model.index(2, 0))
        assert page.remove_selected()
        said = page.status_label.text()
        assert said.startswith("Carla is verwijderd en kan de kluis niet meer openen. ")
        assert "Bert moet de kluis eerst één keer openen" in said
        assert "oude kopie van het sleutelbestand" in said
        assert "herstelsleutel" not in said  # (its slot has a key pair: it does not wait)
    finally:
        svc.close()
    Service.open(vault.path, BERT, clock=clock, read_only=True).close()  # not locked out
