"""Instellingen → Ontvangers → Beschrijving per taal: a worker writes who a recipient is in the
signer's language; the next request in that language shows it, Dutch readers see the Dutch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.settings import SettingsDialog
from ui.settings.recipients import RecipientTextsDialog

ARABIC = "مكتب حكومي يساعد في إيجاد عمل"
DUTCH = "de overheidsdienst die helpt bij werk"


@pytest.fixture
def dialog(qtbot: QtBot, service: Service) -> Iterator[SettingsDialog]:
    d = SettingsDialog(service)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    yield d


def _open_for(qtbot: QtBot, dialog: SettingsDialog, name: str) -> RecipientTextsDialog:
    page = dialog.recipients
    row = next(r for r, rec in enumerate(page.model.rows) if rec.name == name)
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert page.texts_button.isEnabled()
    qtbot.mouseClick(page.texts_button, Qt.MouseButton.LeftButton)
    shown = [d for d in page.findChildren(RecipientTextsDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def _choose(texts: RecipientTextsDialog, language: str) -> None:
    texts.language_field.setCurrentIndex(texts.language_field.findData(language))


def test_write_a_description_per_language_and_the_signer_reads_it(
    qtbot: QtBot, dialog: SettingsDialog, service: Service, seeded: Seeded
) -> None:
    changed: list[bool] = []
    dialog.catalog_changed.connect(lambda: changed.append(True))
    texts = _open_for(qtbot, dialog, "UWV")
    _choose(texts, "ar")
    assert texts.description_field.toPlainText() == ""
    assert texts.description_field.layoutDirection() == Qt.LayoutDirection.RightToLeft
    texts.description_field.setFocus()
    texts.description_field.insertPlainText(ARABIC)
    qtbot.mouseClick(texts.save_button, Qt.MouseButton.LeftButton)
    assert not texts.isVisible()
    assert changed == [True]

    texts = _open_for(qtbot, dialog, "UWV")
    _choose(texts, "nl")
    assert texts.description_field.layoutDirection() == Qt.LayoutDirection.LeftToRight
    qtbot.keyClicks(texts.description_field, DUTCH)
    texts.submit()
    uwv = next(r for r in service.catalog.recipients() if r.name == "UWV")
    assert dict(uwv.descriptions) == {"ar": ARABIC, "nl": DUTCH}

    # Reopened: the saved text per language is shown for editing, not an empty field.
    texts = _open_for(qtbot, dialog, "UWV")
    _choose(texts, "ar")
    assert texts.description_field.toPlainText() == ARABIC
    texts.reject()

    # The next request: Arabic in Arabic, the Dutch description for a Dutch reader.
    purpose = service.catalog.purposes()[0]
    service.catalog.revise_purpose(purpose.id, "عنوان", "شرح بسيط.", "ar")
    category = service.catalog.categories()[0]
    made = {
        language: service.consents.create_request(
            seeded.odegaard, [ItemSpec(purpose.id, uwv.id, (category.id,))], language=language
        )
        for language in ("ar", "nl")
    }
    assert ARABIC in made["ar"].items[0].text and DUTCH not in made["ar"].items[0].text
    assert f"{uwv.display_name} ({DUTCH})" in made["nl"].items[0].text


def test_a_description_that_is_too_long_is_refused_and_nothing_saved(
    qtbot: QtBot, dialog: SettingsDialog, service: Service
) -> None:
    texts = _open_for(qtbot, dialog, "RBL Utrecht")
    _choose(texts, "en")
    texts.description_field.setPlainText("word " * 80)
    qtbot.mouseClick(texts.save_button, Qt.MouseButton.LeftButton)
    assert texts.isVisible()
    assert texts.error_label.text() == "Beschrijving is te lang (maximaal 300 tekens)."
    assert texts.focusWidget() is texts.description_field
    assert all(r.descriptions == () for r in service.catalog.recipients())
