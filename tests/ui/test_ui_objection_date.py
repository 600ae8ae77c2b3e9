"""Bezwaar vastleggen for a letter older than today: who may object follows the youth's age on
the letter's date. A mother's letter from when her son was 15, recorded a fortnight later after
his 16th birthday: the desk offers her once the date is set back, and records it on that date.
Real dialog on a real vault; the core decides who may object (usecases/objections.py)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.model import Representative, RepresentativeRole, SignerRef, Youth
from toestemming.service import Service
from toestemming.usecases.objections import Objection
from ui.consent.common import local_moment
from ui.consent.objection import ObjectionDialog


def _sem_and_his_mother(
    qtbot: QtBot, service: Service, clock: FixedClock
) -> tuple[Youth, Representative, ObjectionDialog]:
    """Sem, 16 since a week, his mother with gezag, and Bezwaar vastleggen open for him."""
    today = clock.today()
    born = today.replace(year=today.year - 16) - timedelta(days=7)
    youth = service.people.add_youth(
        given_name="Sem", family_name="Bakker", birth_date=born.isoformat()
    )
    mother = service.people.add_representative(
        youth.id, "Ilse Bakker", RepresentativeRole.PARENT, True
    )
    dialog = ObjectionDialog(
        service, youth.id, service.catalog.recipients()[0].id, service.catalog.purposes()[0].id
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return youth, mother, dialog


def _saved(qtbot: QtBot, service: Service, dialog: ObjectionDialog, youth_id: int) -> Objection:
    """Save clicked: the dialog closes, and the youth has that one objection."""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.message.text()
    (recorded,) = service.objections.for_youth(youth_id)
    return recorded


def test_a_letter_from_before_the_16th_birthday_is_the_parents(
    qtbot: QtBot, service: Service, clock: FixedClock, seeded: Seeded
) -> None:
    youth, mother, dialog = _sem_and_his_mother(qtbot, service, clock)

    def offered() -> list[SignerRef]:
        return [dialog.who_combo.itemData(i) for i in range(dialog.who_combo.count())]

    assert offered() == [SignerRef.youth(youth.id)]  # today he decides himself
    letter = clock.now() - timedelta(days=14)  # he was 15 then
    dialog.moment.set_value(letter)
    assert SignerRef.representative(mother.id) in offered()
    dialog.choose(SignerRef.representative(mother.id))
    assert dialog.who_combo.currentData() == SignerRef.representative(mother.id)
    recorded = _saved(qtbot, service, dialog, youth.id)
    assert recorded.signer == SignerRef.representative(mother.id)
    assert local_moment(recorded.objected_at) == local_moment(letter)


def test_a_date_corrected_across_the_birthday_does_not_swap_who_objected(
    qtbot: QtBot, service: Service, clock: FixedClock, seeded: Seeded
) -> None:
    """The hurried worker sets the letter's date, picks the mother, then corrects the date and
    passes today on the way (typing it, or pressing Nu): on that day only Sem himself may
    object. The mother must not silently become Sem — back on the letter's date she is chosen
    again, and while she cannot be, the dialog says so and records nothing."""
    youth, mother, dialog = _sem_and_his_mother(qtbot, service, clock)
    letter = clock.now() - timedelta(days=14)
    dialog.moment.set_value(letter)
    dialog.choose(SignerRef.representative(mother.id))
    dialog.moment.now_button.click()  # on the way: today, when he decides himself
    assert dialog.message.isVisible() and "Ilse Bakker" in dialog.message.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not recorded as Sem's
    assert service.objections.for_youth(youth.id) == []
    dialog.moment.set_value(letter)
    assert dialog.who_combo.currentData() == SignerRef.representative(mother.id)
    assert not dialog.message.isVisible()
    recorded = _saved(qtbot, service, dialog, youth.id)
    assert recorded.signer == SignerRef.representative(mother.id)


def test_the_worker_may_still_choose_the_youth_after_the_warning(
    qtbot: QtBot, service: Service, clock: FixedClock, seeded: Seeded
) -> None:
    """The mother is not offered on today's date: the choice is left open, not given to Sem.
    The worker then picks Sem on purpose (the keyboard, as a combo box is used): that is
    recorded, no warning stands in the way."""
    youth, mother, dialog = _sem_and_his_mother(qtbot, service, clock)
    dialog.moment.set_value(clock.now() - timedelta(days=14))
    dialog.choose(SignerRef.representative(mother.id))
    dialog.moment.now_button.click()
    assert dialog.message.isVisible()
    assert dialog.who_combo.currentIndex() == -1  # nobody chosen for her
    dialog.who_combo.setFocus()
    qtbot.keyClick(dialog.who_combo, Qt.Key.Key_Down)  # the worker picks Sem himself
    assert dialog.who_combo.currentData() == SignerRef.youth(youth.id)
    assert not dialog.message.isVisible()
    recorded = _saved(qtbot, service, dialog, youth.id)
    assert recorded.signer == SignerRef.youth(youth.id)
