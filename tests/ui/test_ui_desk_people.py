"""Jongere toevoegen as a new worker uses it: focus in the first name, a tussenvoegsel field,
Tab through the form in reading order and Enter to save; the same youth a second time is
shown before saving; the search box finds a full name in any order and accents folded."""

from __future__ import annotations

from consent_fixtures import desk, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.main_window import MainWindow

__all__ = ["desk"]


def focused() -> object:
    return QApplication.focusWidget()


def type_here(qtbot: QtBot, text: str) -> None:
    """Type into whatever has the focus, as a keyboard would."""
    widget = focused()
    assert widget is not None
    type_text(qtbot, widget, text)  # type: ignore[arg-type]


def tab(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[arg-type]


def test_add_youth_by_keyboard_alone(qtbot: QtBot, desk: MainWindow, service: Service) -> None:
    qtbot.keyClick(
        desk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = desk.detail.dialog
    assert dialog is not None and dialog.windowTitle() == "Jongere toevoegen"
    qtbot.waitUntil(lambda: focused() is dialog.given_field)
    # "Sam" typed straight away is the first name, not Somali in the language box.
    type_here(qtbot, "Sam")
    assert dialog.given_field.text() == "Sam"
    assert dialog.language_combo.currentData() == "nl"
    order = []
    for text in ("van der", "Berg", "01-02-2010", "4711", "Pro Utrecht"):
        tab(qtbot)
        order.append(focused())
        type_here(qtbot, text)
    assert order == [
        dialog.infix_field,
        dialog.family_field,
        dialog.birth_field,
        dialog.ref_field,
        dialog.school_field,
    ]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert dialog.youth is not None, dialog.message.text() + dialog.duplicates_label.text()
    assert dialog.youth.family_name == "van der Berg"
    assert dialog.youth.external_ref == "4711"
    assert desk.detail.youth_id == dialog.youth.id


def test_tab_order_follows_the_form_top_to_bottom(qtbot: QtBot, desk: MainWindow) -> None:
    dialog = desk.detail.open_add_youth()
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.given_field)
    seen = [focused()]
    for _ in range(11):
        tab(qtbot)
        seen.append(focused())
    assert seen == [
        dialog.given_field,
        dialog.infix_field,
        dialog.family_field,
        dialog.birth_field,
        dialog.ref_field,
        dialog.school_field,
        dialog.programme_field,
        dialog.email_field,
        dialog.phone_field,
        dialog.language_combo,
        dialog.protection_combo,
        dialog.save_button,  # "Bestaande openen" is hidden until there is a match
    ]


def _fill(qtbot: QtBot, dialog: object, given: str, infix: str, family: str, born: str) -> None:
    for field, text in (
        (dialog.given_field, given),  # type: ignore[attr-defined]
        (dialog.infix_field, infix),  # type: ignore[attr-defined]
        (dialog.family_field, family),  # type: ignore[attr-defined]
        (dialog.birth_field, born),  # type: ignore[attr-defined]
    ):
        field.clear()
        type_text(qtbot, field, text)


def test_same_youth_again_is_shown_before_saving(
    qtbot: QtBot, desk: MainWindow, service: Service
) -> None:
    first = service.people.add_youth(
        given_name="Lieke", family_name="van den Berg", birth_date="01-02-2010"
    )
    count = service.people.count()
    dialog = desk.detail.open_add_youth()
    assert dialog is not None
    _fill(qtbot, dialog, "lieke", "Van den", "berg", "1-2-2010")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.youth is None and service.people.count() == count
    assert dialog.duplicates_label.isVisible()
    assert "Lieke van den Berg, 01-02-2010" in dialog.duplicates_label.text()
    assert "zelfde naam en geboortedatum" in dialog.duplicates_label.text()
    assert dialog.save_button.text().replace("&", "") == "Toch toevoegen"
    qtbot.mouseClick(dialog.open_existing_button, Qt.MouseButton.LeftButton)
    assert desk.detail.youth_id == first.id
    assert service.people.count() == count


def test_add_anyway_after_seeing_the_look_alike(
    qtbot: QtBot, desk: MainWindow, service: Service
) -> None:
    service.people.add_youth(given_name="Noor", family_name="Visser", birth_date="01-01-2010")
    count = service.people.count()
    dialog = desk.detail.open_add_youth()
    assert dialog is not None
    _fill(qtbot, dialog, "Noor", "", "Visser", "01-01-2010")  # a twin with the same name
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.youth is None
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.youth is not None and service.people.count() == count + 1


def test_changing_the_input_asks_again(qtbot: QtBot, desk: MainWindow, service: Service) -> None:
    service.people.add_youth(given_name="Noor", family_name="Visser", birth_date="01-01-2010")
    service.people.add_youth(given_name="Bo", family_name="Smit", birth_date="02-02-2010")
    dialog = desk.detail.open_add_youth()
    assert dialog is not None
    _fill(qtbot, dialog, "Noor", "", "Visser", "01-01-2010")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _fill(qtbot, dialog, "Bo", "", "Smit", "02-02-2010")  # another look-alike: ask again
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.youth is None
    assert "Bo Smit" in dialog.duplicates_label.text()


def test_search_box_finds_a_full_name_in_any_order(
    qtbot: QtBot, desk: MainWindow, service: Service
) -> None:
    youth = service.people.add_youth(
        given_name="Aïsha", family_name="van den Berg", birth_date="01-02-2010"
    )
    for typed in ("Aisha van den Berg", "Berg Aisha", "aisha berg"):
        desk.search_field.clear()
        type_text(qtbot, desk.search_field, typed)
        desk.flush_search()
        qtbot.waitUntil(lambda: desk.model.rowCount() >= 1)
        assert desk.model.row_of(youth.id) is not None, typed
        assert desk.model.rowCount() == 1, typed


def test_merge_two_records_from_the_youth_page(
    qtbot: QtBot, desk: MainWindow, service: Service
) -> None:
    first = service.people.add_youth(
        given_name="Lieke", family_name="van den Berg", birth_date="01-02-2010"
    )
    second = service.people.add_youth(
        external_ref="4711",
        given_name="Lieke",
        family_name="Berg, van den",
        birth_date="01-02-2010",
        school="Pro Utrecht",
    )
    service.people.add_representative(second.id, "Vader Berg", "parent", True)
    count = service.people.count()
    desk.detail.show_youth(first.id)
    qtbot.mouseClick(desk.detail.merge_button, Qt.MouseButton.LeftButton)
    dialog = desk.detail.dialog
    assert dialog is not None and dialog.candidates.count() == 1
    assert "zelfde naam en geboortedatum" in dialog.candidates.item(0).text()
    qtbot.waitUntil(lambda: focused() is dialog.candidates)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert dialog.kept_id == first.id, dialog.message.text()
    assert service.people.count() == count - 1
    assert desk.detail.youth_id == first.id
    kept = service.people.youth(first.id)
    assert kept.external_ref == "4711" and kept.school == "Pro Utrecht"
    assert [r.name for r in service.people.representatives(first.id)] == ["Vader Berg"]
    assert desk.model.row_of(second.id) is None and desk.model.row_of(first.id) is not None


def test_merge_refusal_is_explained_and_changes_nothing(
    qtbot: QtBot, desk: MainWindow, service: Service
) -> None:
    a = service.people.add_youth(given_name="Sam", family_name="Bakker", birth_date="05-05-2009")
    b = service.people.add_youth(given_name="Sam", family_name="Bakker", birth_date="05-05-2009")
    purpose = service.catalog.purposes()[0]
    recipient = service.catalog.recipients()[0]
    category = service.catalog.categories()[0]
    for youth in (a, b):  # both already have a request: their histories stay apart
        service.people.add_representative(youth.id, "Ouder Bakker", "parent", True)
        service.consents.create_request(
            youth.id, [ItemSpec(purpose.id, recipient.id, (category.id,))]
        )
    count = service.people.count()
    desk.detail.show_youth(a.id)
    dialog = desk.detail.open_merge()
    assert dialog is not None and dialog.candidates.count() == 1
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.kept_id is None
    assert "samenvoegen kan niet" in dialog.message.text()
    assert service.people.count() == count
    # Searching finds anyone else to choose, by any part of the name.
    type_text(qtbot, dialog.search_field, "bakker sam")
    assert dialog.candidates.count() == 1
