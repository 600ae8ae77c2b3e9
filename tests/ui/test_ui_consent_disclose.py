"""'Gegevens delen': the live may-share answer; without cover it is refused unless another
lawful basis is chosen and the 4-step weighing is written out."""

from __future__ import annotations

from typing import Any

from consent_fixtures import click, desk, type_text
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import Channel, Informed, LawfulBasis
from toestemming.service import Service
from ui.consent.disclose import DiscloseDialog
from ui.consent.objection import ObjectionDialog
from ui.main_window import MainWindow

__all__ = ["desk"]

STEPS = {
    "basis_motivation": "Leerplicht/RMC heeft een wettelijke taak (WEB art. 8.3.2).",
    "purpose_compatibility": "Past bij de overstap waarvoor de school de gegevens heeft.",
    "proportionality": "Alleen contactgegevens, geen inhoud over de begeleiding.",
    "subsidiarity": "Eerst met de jongere besproken; die kon het niet zelf regelen.",
}


def choose(dialog: DiscloseDialog, recipient: str, purpose: str) -> None:
    for combo, text in ((dialog.recipient_combo, recipient), (dialog.purpose_combo, purpose)):
        index = combo.findText(text)
        assert index >= 0, text
        combo.setCurrentIndex(index)


def open_dialog(desk: MainWindow, youth_id: int) -> DiscloseDialog:
    desk.detail.show_youth(youth_id)
    dialog = desk.detail.open_disclose()
    assert dialog is not None
    return dialog


def tick(qtbot: QtBot, dialog: DiscloseDialog, service: Service, name: str) -> None:
    cid = next(c.id for c in service.catalog.categories() if c.name == name)
    click(qtbot, dialog.category_boxes[cid])


def test_disclosure_without_cover_is_refused(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    dialog = open_dialog(desk, seeded.zoe)
    choose(dialog, "RBL Utrecht", "Overstap")  # asked, but not given
    tick(qtbot, dialog, service, "Contactgegevens")
    assert dialog.answer_title.text() == "Mag ik delen? Nee — niet gedekt door toestemming"
    assert dialog.answer_reason.text().startswith("Geen geldige toestemming.")
    assert "Nog niet iedereen die moet beslissen heeft gereageerd." in dialog.answer_reason.text()
    assert dialog.weighing.isVisible()
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip().startswith("Niet gedekt")
    assert not dialog.save()  # e.g. Enter pressed: still refused, said inline
    assert dialog.message.text().startswith("Niet gedeeld: er is geen toestemming die dit dekt")
    dialog.reject()  # "Niet delen"
    assert service.sharing.disclosures(seeded.zoe) == []
    assert desk.detail.disclosures.count() == 0


def test_partly_covered_is_refused_and_names_what_is_missing(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    service.catalog.add_category("school", "Schoolgegevens", "School en opleiding.", "dat", False)
    dialog = open_dialog(desk, seeded.zoe)
    choose(dialog, "UWV – Werkbedrijf", "Begeleiding naar werk")
    tick(qtbot, dialog, service, "Contactgegevens")
    assert dialog.answer_title.text() == "Mag ik delen? Ja — gedekt door toestemming"
    assert not dialog.weighing.isVisible() and dialog.save_button.isEnabled()
    tick(qtbot, dialog, service, "Schoolgegevens")  # more than the consent covers
    assert dialog.answer_title.text().startswith("Mag ik delen? Nee")
    assert dialog.answer_reason.text() == (
        "De toestemming dekt niet alle gekozen gegevens. Niet gedekt: Schoolgegevens."
    )
    assert not dialog.save_button.isEnabled()


def test_completed_weighing_on_another_basis_is_recorded(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    dialog = open_dialog(desk, seeded.zoe)
    choose(dialog, "RBL Utrecht", "Overstap")
    tick(qtbot, dialog, service, "Contactgegevens")
    bases = [dialog.basis_combo.itemData(i) for i in range(dialog.basis_combo.count())]
    assert bases[0] is None and LawfulBasis.CONSENT not in bases  # consent needs a consent
    # The dialog offers what the core allows: RBL is a public body (legal role), so
    # legitimate interest is not even offered.
    assert len(bases) == 5 and LawfulBasis.LEGITIMATE_INTEREST not in bases
    assert bases[1:] == list(
        service.sharing.options(
            seeded.zoe, dialog.recipient_combo.currentData(), dialog.purpose_combo.currentData()
        ).bases
    )
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData(LawfulBasis.PUBLIC_TASK))
    for key, text in STEPS.items():
        assert not dialog.save_button.isEnabled()
        type_text(qtbot, dialog.steps[key], text)
    assert dialog.save_button.isEnabled()  # informed: the first choice, the person to inform
    # "Not informed" needs a reason before saving is possible.
    dialog.informed_combo.setCurrentIndex(dialog.informed_combo.findData(Informed.NOT_INFORMED))
    assert not dialog.save_button.isEnabled()
    dialog.informed_combo.setCurrentIndex(0)
    assert service.sharing.disclosures(seeded.zoe) == []
    type_text(qtbot, dialog.note, "Telefonisch doorgegeven")
    click(qtbot, dialog.save_button)
    disclosure = dialog.disclosure
    assert disclosure is not None
    assert disclosure.basis == LawfulBasis.PUBLIC_TASK and disclosure.item_id is None
    assert disclosure.assessment_id is not None
    assessment = service.sharing.assessment(disclosure.assessment_id)
    assert assessment.youth_informed
    assert assessment.subsidiarity == STEPS["subsidiarity"]
    assert [d.id for d in service.sharing.disclosures(seeded.zoe)] == [disclosure.id]
    entries = [
        desk.detail.disclosures.item(i).text() for i in range(desk.detail.disclosures.count())
    ]
    assert entries == [
        "23-11-2026 · RBL Utrecht\nOverstap · Contactgegevens · "
        "grondslag: algemeen belang / publieke taak — met afweging"
    ]
    assert desk.detail.disclosures_title.text() == "&Verstrekkingen (1)"


def test_a_short_step_keeps_saving_disabled(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    dialog = open_dialog(desk, seeded.daan)
    choose(dialog, "UWV – Werkbedrijf", "Begeleiding naar werk")
    tick(qtbot, dialog, service, "Contactgegevens")
    assert dialog.answer_reason.text() == (
        "Er is geen toestemming gevraagd voor deze ontvanger en dit doel."
    )
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData(LawfulBasis.CONTRACT))
    for key, text in STEPS.items():
        type_text(qtbot, dialog.steps[key], text if key != "proportionality" else "nodig")
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, dialog.steps["proportionality"], ": alleen het telefoonnummer")
    assert dialog.save_button.isEnabled()


def test_after_a_no_the_dialog_asks_for_a_named_ground_reason_and_a_second_yes(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from toestemming.model import OverrideGround, SignerRef
    from toestemming.usecases.consent import ItemSpec

    uwv = next(r for r in service.catalog.recipients() if r.name == "UWV")
    werk = next(p for p in service.catalog.purposes() if p.title == "Begeleiding naar werk")
    contact = next(c for c in service.catalog.categories() if c.name == "Contactgegevens")
    req = service.consents.create_request(seeded.mehmet, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    service.consents.record_decisions(
        req.id, SignerRef.youth(seeded.mehmet), {req.items[0].id: "no"}, "desk"
    )
    dialog = open_dialog(desk, seeded.mehmet)
    choose(dialog, "UWV – Werkbedrijf", "Begeleiding naar werk")
    tick(qtbot, dialog, service, "Contactgegevens")
    assert dialog.override_box.isVisible() and "geweigerd" in dialog.override_text.text()
    bases = [dialog.basis_combo.itemData(i) for i in range(1, dialog.basis_combo.count())]
    assert bases == [LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST]
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData(LawfulBasis.LEGAL_OBLIGATION))
    for key, text in STEPS.items():
        type_text(qtbot, dialog.steps[key], text)
    assert not dialog.save_button.isEnabled()  # no ground and reason yet
    dialog.ground_combo.setCurrentIndex(dialog.ground_combo.findData(OverrideGround.COURT_ORDER))
    type_text(qtbot, dialog.override_reason, "De kantonrechter heeft levering bevolen.")
    assert dialog.save_button.isEnabled()
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    assert not dialog.save()  # the second confirmation said no
    assert service.sharing.disclosures(seeded.mehmet) == []
    assert dialog.save()
    (disclosure,) = service.sharing.disclosures(seeded.mehmet)
    assert disclosure.override and disclosure.basis == LawfulBasis.LEGAL_OBLIGATION
    j = service.sharing.justification(disclosure.id)
    assert j is not None and j["ground"] == "court_order" and j["informed"] == "youth"


def offered(dialog: DiscloseDialog) -> list[Any]:
    return [dialog.basis_combo.itemData(i) for i in range(1, dialog.basis_combo.count())]


def test_ticking_health_data_leaves_only_the_bases_that_can_carry_it(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    """Special categories without consent: only a legal obligation or a vital interest. The
    dialog offers what the core allows for the data ticked, not a basis it would then refuse."""
    service.catalog.add_category("gezondheid", "Gezondheid", "Diagnose, medicatie", "wat", True)
    dialog = open_dialog(desk, seeded.zoe)
    choose(dialog, "RBL Utrecht", "Overstap")
    tick(qtbot, dialog, service, "Contactgegevens")
    assert LawfulBasis.PUBLIC_TASK in offered(dialog)
    tick(qtbot, dialog, service, "Gezondheid")
    assert set(offered(dialog)) == {LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST}
    tick(qtbot, dialog, service, "Gezondheid")  # unticked again
    assert LawfulBasis.PUBLIC_TASK in offered(dialog)


def test_a_public_body_set_in_the_policy_is_never_offered_legitimate_interest(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    """An RMC office ticks 'overheidsorgaan' in Beleid: towards a private employer the
    dialog no longer offers 'gerechtvaardigd belang' (AVG art. 6(1), last sentence)."""
    from ui.settings.policy import PolicyPage

    employer = service.catalog.add_recipient("Bakkerij Jansen", "werkgever", legal_role="private")
    dialog = open_dialog(desk, seeded.zoe)
    choose(dialog, employer.name, "Overstap")
    tick(qtbot, dialog, service, "Contactgegevens")
    assert LawfulBasis.LEGITIMATE_INTEREST in offered(dialog)
    dialog.reject()

    page = PolicyPage(service)
    qtbot.addWidget(page)
    page.show()
    assert not page.public_body_box.isChecked()
    click(qtbot, page.public_body_box)
    click(qtbot, page.save_button)
    assert page.status_label.text() == "Het beleid is opgeslagen."
    assert service.policy().public_body

    dialog = open_dialog(desk, seeded.zoe)
    choose(dialog, employer.name, "Overstap")
    tick(qtbot, dialog, service, "Contactgegevens")
    assert offered(dialog) and LawfulBasis.LEGITIMATE_INTEREST not in offered(dialog)


def test_a_weighing_for_the_outside_only_refuses_the_content_and_says_why(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    """Seed 003 casus 8: the worker ticks "alleen buitenkantinformatie" in step 3. Ticking
    the support need (WAT) as well, saving is refused with the core's reason and nothing is
    shared; with only the contact data (DAT) it is recorded, and the weighing keeps the limit."""
    service.catalog.add_category(
        "ondersteuning", "Ondersteuningsbehoefte", "Welke hulp je nodig hebt.", "wat", False
    )
    dialog = open_dialog(desk, seeded.zoe)
    choose(dialog, "RBL Utrecht", "Overstap")
    tick(qtbot, dialog, service, "Contactgegevens")
    tick(qtbot, dialog, service, "Ondersteuningsbehoefte")
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData(LawfulBasis.PUBLIC_TASK))
    for key, text in STEPS.items():
        type_text(qtbot, dialog.steps[key], text)
    click(qtbot, dialog.dat_only_box)
    click(qtbot, dialog.save_button)
    assert dialog.disclosure is None
    assert "alleen buitenkantinformatie" in dialog.message.text()
    assert "Ondersteuningsbehoefte" in dialog.message.text()
    assert service.sharing.disclosures(seeded.zoe) == []
    tick(qtbot, dialog, service, "Ondersteuningsbehoefte")  # off again: only the outside
    click(qtbot, dialog.save_button)
    disclosure = dialog.disclosure
    assert disclosure is not None and disclosure.assessment_id is not None
    assert service.sharing.assessment(disclosure.assessment_id).dat_only


def test_the_youths_objection_is_recorded_here_and_leaves_only_a_legal_duty_or_vital_interest(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    """Seed 003, reglement art. 8.3 (verzet): Mehmet (17) rang to say he objects to sharing
    with the RBL for the transfer. From the weighing box the worker records it — who (he
    himself is offered, and first) and how — and the bases on offer shrink to a legal duty
    or a vital interest, with the 'delen ondanks nee' part shown."""
    dialog = open_dialog(desk, seeded.mehmet)
    choose(dialog, "RBL Utrecht", "Overstap")
    tick(qtbot, dialog, service, "Contactgegevens")
    assert dialog.basis_combo.count() > 3 and not dialog.override_box.isVisible()
    click(qtbot, dialog.objection_button)
    objection = dialog.findChild(ObjectionDialog)
    assert objection is not None
    qtbot.waitUntil(objection.isVisible, timeout=2000)
    assert objection.who_combo.itemText(0).startswith("Mehmet")
    objection.channel_combo.setCurrentIndex(objection.channel_combo.findData(Channel.EMAIL))
    click(qtbot, objection.save_button)
    qtbot.waitUntil(lambda: not objection.isVisible(), timeout=2000)
    (recorded,) = service.objections.for_youth(seeded.mehmet)
    assert recorded.channel == Channel.EMAIL
    bases = [dialog.basis_combo.itemData(i) for i in range(1, dialog.basis_combo.count())]
    assert set(bases) == {LawfulBasis.LEGAL_OBLIGATION, LawfulBasis.VITAL_INTEREST}
    assert dialog.override_box.isVisible()
    lines = desk.detail.disclosures

    def shown() -> list[str]:
        return [lines.item(i).text() for i in range(lines.count())]

    qtbot.waitUntil(lambda: any("BEZWAAR (verzet)" in t for t in shown()), timeout=3000)
    assert any(t.startswith("23-11-2026 · RBL Utrecht\nOverstap") for t in shown()), shown()


def test_casus_7_a_17_year_old_and_her_parents_told_can_be_chosen_an_adults_parents_not(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    """Seed 003 casus 7: before the absence report of a minor the school informs the parents
    too. For Mehmet (17) the worker picks "de jongere en de ouders zijn geïnformeerd" and it is
    recorded so; for Daan (18) it is not offered."""
    dialog = open_dialog(desk, seeded.daan)
    choose(dialog, "RBL Utrecht", "Overstap")
    assert dialog.informed_combo.findData(Informed.YOUTH_AND_PARENTS) < 0
    dialog.reject()
    dialog = open_dialog(desk, seeded.mehmet)
    choose(dialog, "RBL Utrecht", "Overstap")
    tick(qtbot, dialog, service, "Contactgegevens")
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData(LawfulBasis.PUBLIC_TASK))
    for key, text in STEPS.items():
        type_text(qtbot, dialog.steps[key], text)
    both = dialog.informed_combo.findData(Informed.YOUTH_AND_PARENTS)
    assert dialog.informed_combo.itemText(both) == "de jongere en de ouders zijn geïnformeerd"
    dialog.informed_combo.setCurrentIndex(both)
    click(qtbot, dialog.save_button)
    disclosure = dialog.disclosure
    assert disclosure is not None, dialog.message.text()
    justification = service.sharing.justification(disclosure.id)
    assert justification is not None and justification["informed"] == "youth_and_parents"
