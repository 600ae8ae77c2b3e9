"""New request and decisions at the desk, through the real dialogs on a real vault:
who decides is shown first, nothing is pre-selected, parents and youths decide as the law says."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from consent_fixtures import (
    add_parent,
    add_youth,
    answer,
    check_first,
    click,
    compose_request,
    desk,
    record_at_desk,
    type_text,
)
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import Answer, Channel, ItemStatus, SignerRef
from toestemming.service import Service
from ui.consent.common import to_date, to_qdate
from ui.consent.new_request import NewRequestDialog
from ui.consent.people import AddRepresentativeDialog
from ui.consent.record_decision import RecordDecisionDialog
from ui.consent_list import DECIDE
from ui.main_window import MainWindow

__all__ = ["desk"]  # the fixture, imported for pytest

PENDING = "Wacht op antwoord"


def test_youth_15_with_two_parents_both_yes_gives_the_item(
    qtbot: QtBot, desk: MainWindow, service: Service
) -> None:
    pending_before = desk.today.counts[PENDING]
    youth = add_youth(qtbot, desk, "Fleur", "Bakker", "01-06-2011")
    assert desk.detail.age_label.text() == "15 jaar"
    anna = add_parent(qtbot, desk, "Anna Bakker")
    bram = add_parent(qtbot, desk, "Bram Bakker")
    assert desk.detail.representatives_text() == [
        "Anna Bakker",
        "ouder · gezag: ja",
        "Bram Bakker",
        "ouder · gezag: ja",
    ]
    assert desk.detail.decides_label.text() == "Anna Bakker + Bram Bakker"

    dialog = desk.detail.open_new_request()
    assert isinstance(dialog, NewRequestDialog)
    # Before anything is asked: who decides, why, and the age on today's date.
    who = dialog.who.text()
    assert "Leeftijd op 23-11-2026: 15 jaar" in who
    assert "beide ouders met gezag beslissen" in who
    assert "• ouder met gezag: Anna Bakker" in who
    assert "• ouder met gezag: Bram Bakker" in who
    assert dialog.create_button.isEnabled()
    check_first(dialog.purpose_list, "Begeleiding naar werk")
    check_first(dialog.recipient_list, "UWV")
    check_first(dialog.category_list, "Contactgegevens")
    click(qtbot, dialog.add_button)
    assert dialog.items_tree.topLevelItemCount() == 1
    click(qtbot, dialog.create_button)
    request = dialog.request
    assert request is not None and len(request.items) == 1
    assert dialog.pages.currentIndex() == dialog.DONE
    assert request.reference_code in dialog.done_title.text()
    assert dialog.tablet_button.isEnabled()
    assert dialog.email_button.isEnabled() and dialog.paper_button.isEnabled()
    # The page and today's worklists followed at once.
    item_id = request.items[0].id
    assert desk.detail.consents.card(item_id) is not None
    assert desk.today.counts[PENDING] == pending_before + 1

    record = record_at_desk(qtbot, desk, dialog)
    assert record.request.id == request.id
    row = record.rows[item_id]
    assert not row.yes.isChecked() and not row.no.isChecked()  # nothing pre-selected
    # Yes and no are the same kind of control, equally enabled: neither is the easy one.
    assert type(row.yes) is type(row.no) and row.yes.font() == row.no.font()
    assert row.yes.isEnabled() and row.no.isEnabled()
    assert [record.signer_combo.itemData(i) for i in range(record.signer_combo.count())] == [
        SignerRef.representative(anna.id),
        SignerRef.representative(bram.id),
    ]

    assert answer(qtbot, record, SignerRef.representative(anna.id), {item_id: Answer.YES})
    assert record.message.text() == "Vastgelegd voor Anna Bakker: onderdeel 1 ja."
    assert service.consents.item_status(item_id).status == ItemStatus.REQUESTED
    assert not row.yes.isChecked()  # cleared for the next person
    assert record.signer_combo.currentData() == SignerRef.representative(bram.id)

    assert answer(qtbot, record, SignerRef.representative(bram.id), {item_id: Answer.YES})
    assert service.consents.item_status(item_id).status == ItemStatus.GIVEN
    card = desk.detail.consents.card(item_id)
    assert card is not None and card.status == ItemStatus.GIVEN
    assert "Gegeven: Alle benodigde personen hebben ja gezegd." in card.text()
    assert desk.today.counts[PENDING] == pending_before
    assert youth.id == desk.detail.youth_id


def test_one_parent_no_makes_the_item_conflicting(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.zoe)
    card = desk.detail.consents.card(seeded.requested_item)
    assert card is not None
    click(qtbot, card.buttons[DECIDE])
    record = desk.detail.dialog
    assert isinstance(record, RecordDecisionDialog)
    first, second = (
        SignerRef.representative(r.id) for r in service.people.representatives(seeded.zoe)
    )
    assert answer(qtbot, record, first, {seeded.requested_item: Answer.YES})
    assert answer(qtbot, record, second, {seeded.requested_item: Answer.NO})
    assert service.consents.item_status(seeded.requested_item).status == ItemStatus.CONFLICTING
    card = desk.detail.consents.card(seeded.requested_item)
    assert card is not None and card.status == ItemStatus.CONFLICTING
    assert "Tegenstrijdig" in [h.chip.text() for h in desk.detail.consents.headings]
    assert "Nu: tegenstrijdig" in record.rows[seeded.requested_item].status_label.text()


def test_youth_of_17_decides_alone(qtbot: QtBot, desk: MainWindow, service: Service) -> None:
    youth = add_youth(qtbot, desk, "Mila", "Visser", "01-06-2009")
    add_parent(qtbot, desk, "Ouder Visser")  # registered, but no longer decides
    dialog = desk.detail.open_new_request()
    assert dialog is not None
    assert "De jongere is 17 jaar en beslist zelf." in dialog.who.text()
    assert "• jongere: Mila Visser" in dialog.who.text()
    dialog.reject()
    created = compose_request(qtbot, desk, "Overstap", "RBL", ["Contactgegevens"])
    record = record_at_desk(qtbot, desk, created)
    assert record.signer_combo.count() == 1
    assert record.signer_combo.currentData() == SignerRef.youth(youth.id)
    assert created.request is not None
    item_id = created.request.items[0].id
    assert answer(qtbot, record, SignerRef.youth(youth.id), {item_id: Answer.YES})
    assert service.consents.item_status(item_id).status == ItemStatus.GIVEN


def test_special_category_is_marked_and_needs_its_own_tick(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    service.catalog.add_category(
        "gezondheid", "Gezondheid", "Lichamelijke of psychische gezondheid.", "wat", True
    )
    desk.detail.show_youth(seeded.mehmet)  # 17: decides himself
    dialog = desk.detail.open_new_request()
    assert dialog is not None
    check_first(dialog.purpose_list, "Begeleiding naar werk")
    check_first(dialog.recipient_list, "UWV")
    check_first(dialog.category_list, "Gezondheid")
    assert "bijzonder" in dialog.category_list.item(dialog.category_list.count() - 1).text()
    assert dialog.special_warning.isVisible()  # warned as soon as it is ticked
    assert "Bijzondere persoonsgegevens (Gezondheid)" in dialog.special_warning.text()
    click(qtbot, dialog.add_button)
    assert dialog.special_warning.isVisible()
    click(qtbot, dialog.create_button)
    assert dialog.request is not None
    item_id = dialog.request.items[0].id
    record = record_at_desk(qtbot, desk, dialog)
    tick = record.rows[item_id].special
    assert tick is not None and not tick.isChecked()
    mehmet = SignerRef.youth(seeded.mehmet)
    assert not answer(qtbot, record, mehmet, {item_id: Answer.YES})
    assert record.message.kind == "error"
    assert "aparte, uitdrukkelijke bevestiging" in record.message.text()
    assert service.consents.item_status(item_id).status == ItemStatus.REQUESTED
    click(qtbot, tick)
    assert answer(qtbot, record, mehmet, {item_id: Answer.YES})
    assert service.consents.item_status(item_id).status == ItemStatus.GIVEN


def test_nobody_with_gezag_blocks_until_a_parent_is_added(
    qtbot: QtBot, desk: MainWindow, service: Service
) -> None:
    add_youth(qtbot, desk, "Tijn", "Kovalenko", "01-06-2012")  # 14, no parents yet
    dialog = desk.detail.open_new_request()
    assert dialog is not None
    assert dialog.who.blocked_label.isVisible()
    assert "Er is geen ouder met gezag of voogd vastgelegd." in dialog.who.blocked_label.text()
    assert not dialog.create_button.isEnabled() and not dialog.compose.isEnabled()
    click(qtbot, dialog.add_rep_button)
    rep = dialog.rep_dialog
    assert isinstance(rep, AddRepresentativeDialog)
    rep.role_combo.setCurrentIndex(1)  # voogd: always holds gezag
    assert rep.gezag_box.isChecked() and not rep.gezag_box.isEnabled()
    type_text(qtbot, rep.name_field, "Stichting Voogdij")
    click(qtbot, rep.save_button)
    assert not dialog.who.blocked_label.isVisible()
    assert "• ouder met gezag: Stichting Voogdij" in dialog.who.text()
    assert dialog.create_button.isEnabled() and dialog.compose.isEnabled()
    # The youth page behind the dialog shows the new guardian too.
    assert "Stichting Voogdij" in desk.detail.representatives_text()


def test_template_validity_and_language(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk.detail.show_youth(seeded.odegaard)
    dialog = desk.detail.open_new_request()
    assert dialog is not None
    # Only the template this catalog can fill is offered.
    titles = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert titles == ["Kies een sjabloon…", "Begeleiding naar werk (UWV/gemeente)"]
    today = service.clock.today()
    assert to_date(dialog.valid_until.date()) == today + timedelta(
        days=service.policy().default_validity_days
    )
    dialog.template_combo.setCurrentIndex(1)
    click(qtbot, dialog.template_button)
    row = dialog.items_tree.topLevelItem(0)
    assert [row.text(c) for c in range(1, 4)] == [
        "Begeleiding naar werk",
        "UWV – Werkbedrijf",
        "Contactgegevens",
    ]
    assert dialog.items_tree.topLevelItemCount() == 1
    assert "ontvanger 'Gemeente' staat niet in de catalogus" in dialog.error.text()
    dialog.valid_until.setDate(to_qdate(date(2027, 6, 1)))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    # The purpose has no English text yet: refused in Dutch, nothing made, the dialog stays.
    click(qtbot, dialog.create_button)
    assert dialog.request is None and dialog.isVisible()
    assert "heeft nog geen tekst in het Engels" in dialog.error.text()
    purpose = next(p for p in service.catalog.purposes() if p.title == "Begeleiding naar werk")
    service.catalog.revise_purpose(purpose.id, "Guidance to work", "So you get help.", "en")
    click(qtbot, dialog.create_button)
    request = dialog.request
    assert request is not None
    assert request.valid_until == date(2027, 6, 1) and request.language == "en"
    assert request.items[0].text.startswith("Part 1: Guidance to work")


def test_removing_an_item_and_empty_request(qtbot: QtBot, desk: MainWindow, seeded: Seeded) -> None:
    desk.detail.show_youth(seeded.odegaard)
    dialog = desk.detail.open_new_request()
    assert dialog is not None
    click(qtbot, dialog.add_button)  # nothing ticked
    assert dialog.error.text() == "Kies minstens één doel, één ontvanger en één soort gegevens."
    check_first(dialog.purpose_list, "Overstap")
    check_first(dialog.recipient_list, "RBL")
    check_first(dialog.category_list, "Contactgegevens")
    click(qtbot, dialog.add_button)
    dialog.items_tree.topLevelItem(0).setSelected(True)
    click(qtbot, dialog.remove_button)
    assert dialog.items_tree.topLevelItemCount() == 0
    click(qtbot, dialog.create_button)
    assert dialog.request is None
    assert dialog.error.text() == "Voeg minstens één onderdeel toe."


def test_paper_decision_with_evidence_file(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    scan = tmp_path / "formulier.pdf"
    scan.write_bytes(b"%PDF-1.4 getekend formulier")
    desk.detail.show_youth(seeded.zoe)
    record = desk.detail.open_record_decision(seeded.requested_item)
    assert record is not None
    record.evidence.set_file(scan)
    assert record.evidence.file_label.text().startswith("formulier.pdf")
    click(qtbot, record.paper_radio)
    parent = service.people.representatives(seeded.zoe)[0]
    assert answer(
        qtbot, record, SignerRef.representative(parent.id), {seeded.requested_item: Answer.NO}
    )
    assert record.evidence.path is None  # stored; not offered again for the next person
    event = next(
        e
        for e in service.consents.item_history(seeded.requested_item)
        if e["kind"] == "decisions.recorded"
    )
    assert event["data"]["channel"] == Channel.PAPER.value
    assert service.evidence.content(event["data"]["evidence"]) == scan.read_bytes()
    assert service.consents.item_status(seeded.requested_item).status == ItemStatus.REFUSED


def test_bad_input_stays_in_the_dialog_and_writes_nothing(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    count = service.people.count()
    dialog = desk.detail.open_add_youth()
    assert dialog is not None
    type_text(qtbot, dialog.given_field, "Test")
    type_text(qtbot, dialog.family_field, "Fout")
    type_text(qtbot, dialog.birth_field, "31-02-2011")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.youth is None
    assert dialog.message.text() == "Geboortedatum is geen geldige datum (gebruik dd-mm-jjjj)."
    assert service.people.count() == count

    desk.detail.show_youth(seeded.zoe)
    record = desk.detail.open_record_decision(seeded.requested_item)
    assert record is not None
    click(qtbot, record.save_button)  # no answer chosen: silence is no consent
    assert record.message.text() == (
        "Kies bij minstens één onderdeel ja of nee. Niets is vastgelegd."
    )
    assert service.consents.item_status(seeded.requested_item).status == ItemStatus.REQUESTED
