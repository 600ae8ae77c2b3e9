"""Session 19 (ui24): the desk shows three rules of the core where the worker meets them.

1. A decider reads another language than the request's (request_languages.py): the new-request
   dialog says who and which language as she composes, its last page and the e-mail step say
   it of the request made, and handing the tablet over from the youth page asks first (a
   warning: she may still go on).
2. A dispute holds a youth's record (retention_hold.py): Beheer → Geschil loopt… / Geschil
   voorbij, the erase dialog shows the hold and the core's Dutch refusal, nothing erased.
3. Inzage asked by someone (inzage_rights.py): the desk asks who asked; a father without gezag
   is refused in Dutch and nothing is shown or printed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from consent_fixtures import desk
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.consent.new_request import NewRequestDialog
from ui.forms import open_inzage
from ui.forms.inzage_request import InzageRequestDialog
from ui.forms.pdf_preview import PdfPreviewDialog
from ui.i18n import remove_translators, switch_language
from ui.main_window import MainWindow
from ui.retention import CONFIRM_WORD, EraseDialog
from ui.retention_hold import DisputeDialog
from ui.signing import SigningMode

__all__ = ["desk"]


def _events(service: Service) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM events"))


def _born(today: date, age: int) -> str:
    return (
        date(today.year - age, 1, 1).isoformat()
        if today.month > 1
        else f"{today.year - age - 1}-06-01"
    )


def _amal(service: Service, clock: FixedClock) -> tuple[int, str]:
    """Amal, 14; her mother reads Arabic, her father Dutch (both with gezag)."""
    amal = service.people.add_youth(
        given_name="Amal", family_name="Haddad", birth_date=_born(clock.today(), 14)
    )
    service.people.add_representative(
        amal.id, "Rania Haddad", RepresentativeRole.PARENT, True, language="ar"
    )
    service.people.add_representative(
        amal.id, "Karim Haddad", RepresentativeRole.PARENT, True, language="nl"
    )
    return amal.id, "Rania Haddad leest Arabisch"


def _ids(service: Service) -> tuple[int, int, int]:
    work = next(p for p in service.catalog.purposes() if p.title.startswith("Begeleiding"))
    uwv = next(r for r in service.catalog.recipients() if r.name == "UWV")
    contact = service.catalog.categories()[0]
    return work.id, uwv.id, contact.id


def test_the_new_request_says_the_mother_reads_arabic_before_and_after_it_is_made(
    qtbot: QtBot, service: Service, clock: FixedClock
) -> None:
    amal, said = _amal(service, clock)
    work, uwv, contact = _ids(service)
    dialog = NewRequestDialog(service, amal)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    dialog.add_items([ItemSpec(work, uwv, (contact,))])
    assert dialog.language_warning.kind == "warning"
    assert said in dialog.language_warning.text()
    assert "Nederlands" in dialog.language_warning.text()
    # In Arabic the mother reads it (the father switches to the Dutch text on the tablet).
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    assert dialog.language_warning.kind == "" and dialog.language_warning.isHidden()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    # Not blocking: the request is made, and its last page says it again.
    dialog.create_button.click()
    assert dialog.request is not None
    assert said in dialog.next_steps.language_warning.text()
    assert dialog.next_steps.language_warning.isVisibleTo(dialog)
    send = dialog.open_send()
    assert send is not None
    assert said in send.language_warning.text()
    send.reject()


def test_no_warning_when_everyone_reads_the_request(
    qtbot: QtBot, service: Service, seeded: Seeded
) -> None:
    dialog = NewRequestDialog(service, seeded.zoe)
    qtbot.addWidget(dialog)
    work, uwv, contact = _ids(service)
    dialog.add_items([ItemSpec(work, uwv, (contact,))])
    assert dialog.language_warning.kind == "" and dialog.language_warning.isHidden()


def test_handing_the_tablet_over_from_the_page_warns_first_and_she_may_go_on(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    ayse = service.people.representatives(seeded.zoe)[0]  # reads Arabic, it turns out
    service.people.update_representative(ayse.id, name=ayse.name, language="ar")
    desk.detail.show_youth(seeded.zoe)
    box = desk.detail.open_signing(seeded.requested_item)
    assert isinstance(box, QMessageBox)
    assert f"{ayse.name} leest Arabisch" in box.text()
    cancel = next(b for b in box.buttons() if b.text() == "Annuleren")
    cancel.click()
    qtbot.waitUntil(lambda: desk.detail.dialog is None)
    assert not any(
        isinstance(w, SigningMode) and w.isVisible() for w in desk.findChildren(SigningMode)
    )
    box = desk.detail.open_signing(seeded.requested_item)
    assert isinstance(box, QMessageBox)
    go = next(b for b in box.buttons() if "tablet" in b.text())
    go.click()
    qtbot.waitUntil(
        lambda: any(m.isVisible() for m in desk.findChildren(SigningMode)), timeout=3000
    )
    for mode in desk.findChildren(SigningMode):
        mode.left.emit()
        mode.close()


def test_a_dispute_holds_the_record_and_erasing_is_refused_in_dutch(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    actions = desk.retention_actions  # type: ignore[attr-defined]
    desk.detail.show_youth(seeded.odegaard)
    actions.update_enabled()
    assert actions.dispute_action.isEnabled() and not actions.release_action.isEnabled()
    actions.dispute_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, DisputeDialog)
    events = _events(service)
    dialog.hold_button.click()  # nothing chosen: told, nothing written
    assert dialog.message.kind == "error" and "Kies wat er loopt" in dialog.message.text()
    assert _events(service) == events
    dialog.kinds["authority"].setChecked(True)  # type: ignore[index]
    with qtbot.waitSignal(dialog.changed, timeout=2000):
        dialog.hold_button.click()
    assert service.retention.dispute(seeded.odegaard) == "authority"
    actions.update_enabled()
    assert actions.release_action.isEnabled()
    assert "Autoriteit Persoonsgegevens" in actions.dispute_action.text()

    erase = actions.open_erase(seeded.odegaard)
    assert isinstance(erase, EraseDialog)
    assert erase.held.kind == "warning" and "Autoriteit Persoonsgegevens" in erase.held.text()
    events = _events(service)
    qtbot.keyClicks(erase.confirm, CONFIRM_WORD)
    erase.erase_button.click()
    assert erase.message.kind == "error"
    assert "niets gewist" in erase.message.text()
    assert _events(service) == events and not service.people.youth(seeded.odegaard).erased
    erase.reject()

    actions.release_action.trigger()
    assert service.retention.dispute(seeded.odegaard) is None
    assert "voorbij" in desk.statusBar().currentMessage()
    actions.update_enabled()
    assert not actions.release_action.isEnabled()


def test_the_inzage_asks_who_asked_and_refuses_the_father_without_gezag(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    father = service.people.add_representative(
        seeded.zoe, "Pieter Jansen", RepresentativeRole.PARENT, False
    )
    events = _events(service)
    dialog = open_inzage(service, seeded.zoe)
    assert isinstance(dialog, InzageRequestDialog)
    qtbot.addWidget(dialog)
    dialog.make_button.click()  # nobody chosen yet
    assert dialog.message.kind == "error" and dialog.preview is None
    dialog.choose(SignerRef.representative(father.id))
    dialog.make_button.click()
    assert dialog.message.kind == "error"
    assert "Pieter Jansen is ouder zonder gezag" in dialog.message.text()
    assert dialog.preview is None and not dialog.findChildren(PdfPreviewDialog)
    assert _events(service) == events
    # Zoë herself asks: the inzage is shown, saved on request and logged.
    dialog.choose(SignerRef.youth(seeded.zoe))
    preview = dialog.make()
    assert isinstance(preview, PdfPreviewDialog) and preview.pdf.startswith(b"%PDF")
    assert dialog.message.kind == ""
    preview.exported.emit("saved")
    assert _events(service) == events + 1
    preview.reject()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_from_the_page_the_inzage_asks_first(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.zoe)
    dialog = desk.detail.open_inzage()
    assert isinstance(dialog, InzageRequestDialog) and desk.detail.dialog is dialog
    names = [b.text() for b in dialog.choices.values()]
    assert any("de jongere zelf" in n for n in names) and any("met gezag" in n for n in names)
    assert dialog.windowModality() != Qt.WindowModality.NonModal or dialog.isVisible()


def test_locking_takes_the_inzage_preview_away_with_the_question(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.zoe)
    asked = desk.detail.open_inzage()
    assert isinstance(asked, InzageRequestDialog)
    asked.choose(SignerRef.youth(seeded.zoe))
    preview = asked.make()
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitExposed(preview)
    with qtbot.waitSignal(desk.locked):
        desk.lock()
    assert not preview.isVisible() and desk.detail.dialog is None


def test_the_english_desk_reads_the_tablet_warning_in_english(
    qtbot: QtBot,
    qapp: QApplication,
    desk: MainWindow,
    service: Service,
    seeded: Seeded,
    tmp_path: Path,
) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    switch_language(qapp, "en")
    try:
        ayse = service.people.representatives(seeded.zoe)[0]
        service.people.update_representative(ayse.id, name=ayse.name, language="ar")
        desk.detail.show_youth(seeded.zoe)
        box = desk.detail.open_signing(seeded.requested_item)
        assert isinstance(box, QMessageBox)
        assert f"{ayse.name} reads Arabic" in box.text()
        assert box.windowTitle() == "Language of the request"
        assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Hand over the &tablet anyway"]
        box.reject()
    finally:
        switch_language(qapp, "nl")
        remove_translators(qapp)
