"""The whole first day of a new trajectbegeleider, in one walk through the real widgets: clicks
and keys through qtbot, never a slot called. A vault made in the create dialog; the first
youth (15: her parents decide) typed in; her mother added with gezag; a request from a
template, signed by the mother at the tablet in signing mode ("Wie ben jij?" first); the
transitieformulier saved as PDF and read back; "Mag ik delen?" answered for what the mother
agreed to (ja) and for what she was never asked (nee); lock and unlock; a backup.

At each step the way on is a visible, enabled control with a Dutch name, and where the worker
must find it without a manual, the window says so (asserted on the texts). With
TOESTEMMING_SCREENSHOTS set to a folder, every step is saved there as PNG."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from consent_fixtures import activate
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from test_ui_first_run import PASSPHRASE, Actions, session

from toestemming.model import ItemStatus
from ui.app import Session
from ui.backup.backup_dialog import BackupDialog
from ui.consent.disclose import DiscloseDialog
from ui.consent.new_request import NewRequestDialog
from ui.consent.people import AddRepresentativeDialog, AddYouthDialog
from ui.consent_list import SHARE
from ui.forms import TransitionFormDialog
from ui.forms.pdf_preview import PdfPreviewDialog
from ui.main_window import MainWindow
from ui.signing import SigningMode
from ui.unlock import UnlockDialog

__all__ = ["session"]


class Shots:
    def __init__(self) -> None:
        folder = os.environ.get("TOESTEMMING_SCREENSHOTS")
        self.folder = Path(folder) if folder else None
        self.count = 0

    def take(self, window: QWidget, step: str) -> None:
        for _ in range(3):
            QApplication.processEvents()
        self.count += 1
        if self.folder is not None:
            safe = "".join(c if c.isalnum() else "_" for c in step)
            window.grab().save(str(self.folder / f"ui28_{self.count:02d}_{safe}.png"))


def _next_step_ready(widget: QWidget) -> None:
    """The way on is in view and can be pressed (not hidden, greyed or off the window)."""
    assert widget.isVisible() and widget.isEnabled(), widget
    top = widget.window()
    corner = widget.mapTo(top, widget.rect().bottomRight())
    assert top.rect().contains(corner), (widget, corner, top.size())


def test_the_first_day_by_clicks_and_keys(
    qtbot: QtBot,
    session: Session,
    tmp_path: Path,
    quits: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    act = Actions(qtbot)
    shots = Shots()

    # -- 1. A vault of her own ----------------------------------------------------------------
    session.show_unlock()
    setup = session.setup_dialog
    assert setup is not None
    qtbot.waitExposed(setup)
    shots.take(setup, "kluis maken")
    act.type(setup.organisation_field, "Praktijkschool De Brug", "organisatie")
    act.type(setup.worker_field, "Anna", "naam")
    act.type(setup.passphrase.passphrase, PASSPHRASE, "wachtwoordzin")
    act.type(setup.passphrase.repeat, PASSPHRASE, "herhalen")
    _next_step_ready(setup.create_button)
    act.click(setup.create_button, "Kluis maken")
    qtbot.waitUntil(lambda: not setup.busy, timeout=30_000)
    assert setup.showing_recovery_key, setup.error_label.text()
    shots.take(setup, "herstelsleutel")
    act.click(setup.confirm_box, "herstelsleutel bewaard")
    _next_step_ready(setup.done_button)
    act.click(setup.done_button, "Verder")
    desk = session.window
    assert isinstance(desk, MainWindow) and desk.isVisible()
    service = desk.detail._service
    assert service is not None
    shots.take(desk, "lege kluis")

    # -- 2. The first youth, typed: 15, so her parents decide ----------------------------------
    assert "Jongere toevoegen" in desk.detail.placeholder_label.text()  # says what comes first
    act.click(desk.detail.placeholder_add_youth, "Jongere toevoegen")
    add = desk.detail.dialog
    assert isinstance(add, AddYouthDialog)
    qtbot.waitExposed(add)
    shots.take(add, "jongere toevoegen")
    act.type(add.given_field, "Sara", "voornaam")
    act.type(add.family_field, "Bakker", "achternaam")
    act.type(add.birth_field, "14-05-2011", "geboortedatum")
    act.key(add.birth_field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "Enter")
    youth_id = desk.detail.youth_id
    assert youth_id is not None, add.message.text()
    assert desk.model.rowCount() == 1
    shots.take(desk, "eerste jongere")

    # -- 3. Her mother, with gezag -------------------------------------------------------------
    _next_step_ready(desk.detail.add_rep_button)
    act.click(desk.detail.add_rep_button, "Ouder/voogd toevoegen")
    rep = desk.detail.dialog
    assert isinstance(rep, AddRepresentativeDialog)
    qtbot.waitExposed(rep)
    assert rep.gezag_box.isChecked()  # a parent has gezag unless the worker says otherwise
    shots.take(rep, "ouder toevoegen")
    act.type(rep.name_field, "Fatima Bakker", "naam ouder")
    act.key(rep.name_field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "Enter")
    (mother,) = service.people.representatives(youth_id)
    assert mother.has_gezag
    shots.take(desk, "ouder toegevoegd")

    # -- 4. The request, handed to the tablet --------------------------------------------------
    _next_step_ready(desk.detail.new_request_button)
    act.click(desk.detail.new_request_button, "Nieuw verzoek")
    request_dialog = desk.detail.dialog
    assert isinstance(request_dialog, NewRequestDialog)
    qtbot.waitExposed(request_dialog)
    act.choose(request_dialog.template_combo, "Warme overdracht naar mbo", "sjabloon")
    assert request_dialog.items_tree.topLevelItemCount() == 1, request_dialog.error.text()
    shots.take(request_dialog, "nieuw verzoek")
    _next_step_ready(request_dialog.create_and_sign_button)
    act.click(request_dialog.create_and_sign_button, "Aanmaken en tekenen")
    mode = request_dialog.signing_mode
    assert isinstance(mode, SigningMode), request_dialog.error.text()
    qtbot.waitExposed(mode)
    assert not desk.isVisible()  # the desk is out of reach while the tablet is handed over

    # -- 5. The mother signs (the only one who can: no "Wie ben jij?" first) -------------------
    assert mode.stack.currentWidget() is mode.item_page
    assert mode.signer is not None and mode.signer.name == "Fatima Bakker"
    act.read(mode)
    shots.take(mode, "tablet onderdeel")
    act.click(mode.item_page.yes_button, "Ja")
    act.click(mode.item_page.next_button, "Volgende")
    shots.take(mode, "tablet samenvatting")
    act.click(mode.summary_page.next_button, "naar ondertekenen")
    act.sign(mode)
    shots.take(mode, "tablet ondertekenen")
    act.click(mode.sign_page.confirm_button, "Ondertekenen")
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    shots.take(mode, "tablet bedankt")
    field = mode.thanks_page.worker.field
    act.type(field, PASSPHRASE, "wachtwoordzin begeleider")
    with qtbot.waitSignal(mode.left, timeout=5000):
        act.key(field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "Enter")
    qtbot.waitUntil(desk.isVisible, timeout=5000)
    activate(desk)
    (card,) = desk.detail.consents.cards
    assert card.status == ItemStatus.GIVEN
    shots.take(desk, "gegeven")

    # -- 6. The transitieformulier, saved as PDF and read back ----------------------------------
    desk.documents_menu.transition_action.trigger()  # type: ignore[attr-defined]
    form = desk.detail.dialog
    assert isinstance(form, TransitionFormDialog)
    qtbot.waitExposed(form)
    shots.take(form, "transitieformulier")
    # The consent just signed is the one the form rests on (left at "geen toestemming
    # gekoppeld", every section of her first form was left off).
    (request,) = service.consents.requests_for_youth(youth_id)
    assert form.request_combo.currentData() == request.id, form.request_combo.currentText()
    act.click(form.add_button, "Stage toevoegen")
    act.click(form.save_button, "Bewaren")
    assert service.forms.transition_form(youth_id) is not None, form.message.text()
    act.click(form.preview_button, "Voorbeeld, opslaan als PDF")
    preview = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PdfPreviewDialog) and w.isVisible()
    )
    qtbot.waitExposed(preview)
    shots.take(preview, "voorbeeld pdf")
    target = tmp_path / "transitieformulier-sara.pdf"
    # The system's save dialog is the operating system's: it answers with the chosen path.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    act.click(preview.save_button, "Opslaan als PDF")
    assert target.exists(), preview.status.text()
    if shots.folder is not None:  # to look at (pdftoppm -png)
        (shots.folder / target.name).write_bytes(target.read_bytes())
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Sara" in text and "Bakker" in text, text[:400]
    assert request.reference_code in text and "Vervolgschool" in text, text[:1500]
    assert "geen geldige toestemming gekoppeld" not in text, text[:1500]
    act.click(preview.close_button, "Sluiten (voorbeeld)")
    act.click(form.close_button, "Sluiten (formulier)")
    activate(desk)

    # -- 7. "Mag ik delen?": what the mother agreed to, and what nobody was asked ---------------
    (card,) = desk.detail.consents.cards
    act.click(card.buttons[SHARE], "Gegevens delen (op het onderdeel)")
    share = desk.detail.dialog
    assert isinstance(share, DiscloseDialog)
    qtbot.waitExposed(share)
    if not share.chosen_categories():
        act.click(next(iter(share.category_boxes.values())), "categorie")
    shots.take(share, "mag ik delen ja")
    assert share.answer_title.text().startswith("Mag ik delen? Ja"), share.answer_reason.text()
    act.click(share.save_button, "Verstrekking vastleggen")
    assert service.sharing.disclosures(youth_id), share.message.text()
    activate(desk)
    act.click(desk.detail.disclose_button, "Gegevens delen")
    share = desk.detail.dialog
    assert isinstance(share, DiscloseDialog)
    qtbot.waitExposed(share)
    asked = request.items[0].recipient.id
    other = next(r for r in service.catalog.recipients() if r.id != asked)
    combo = share.recipient_combo
    act.choose(combo, combo.itemText(combo.findData(other.id)), "een ontvanger, niet gevraagd")
    if not share.chosen_categories():
        act.click(next(iter(share.category_boxes.values())), "categorie")
    shots.take(share, "mag ik delen nee")
    assert share.answer_title.text().startswith("Mag ik delen? Nee"), share.answer_reason.text()
    assert not share.weighing.isHidden()  # what to do instead: the weighing, step by step
    act.key(share, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, "Escape")
    assert len(service.sharing.disclosures(youth_id)) == 1  # nothing recorded for the "nee"
    activate(desk)

    # -- 8. A backup ----------------------------------------------------------------------------
    desk.vault_care.backup_action.trigger()  # type: ignore[attr-defined]
    backup = desk.vault_care.dialog  # type: ignore[attr-defined]
    assert isinstance(backup, BackupDialog)
    qtbot.waitExposed(backup)
    backup.path_field.selectAll()
    act.type(backup.path_field, str(tmp_path / "kopie.tbackup"), "bestand")
    shots.take(backup, "reservekopie")
    with qtbot.waitSignal(backup.work_done, timeout=120_000):
        act.click(backup.make_button, "Maken")
    assert (tmp_path / "kopie.tbackup").exists(), backup.error_label.text()
    shots.take(backup, "reservekopie klaar")
    backup.reject()
    activate(desk)

    # -- 9. Lock (Ctrl+L) and unlock ------------------------------------------------------------
    with qtbot.waitSignal(desk.locked, timeout=60_000):
        act.key(desk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier, "Ctrl+L")
    unlock = session.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.waitExposed(unlock)
    shots.take(unlock, "ontgrendelen")
    act.type(unlock.passphrase_field, PASSPHRASE, "wachtwoordzin")
    with qtbot.waitSignal(unlock.accepted, timeout=30_000):
        act.key(unlock.passphrase_field, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "Enter")
    desk = session.window
    assert isinstance(desk, MainWindow)
    qtbot.waitUntil(desk.isVisible, timeout=5000)
    shots.take(desk, "weer open")
    assert quits == []
    print(f"\nFIRST DAY: {len(act.steps)} user actions")
