"""On an English desk the consent card said "Contact details, School details" while Gegevens
delen, right under it, offered "Contactgegevens" and "Schoolgegevens" (and the purpose by its
Dutch title), and the disclosures list and an item's history said them in Dutch too (found by
the first-day walk in English, tests/ui/first_day_screen_s16.py). Now every place the worker
reads a category says it in the desk's language, as the card does."""

from __future__ import annotations

from consent_fixtures import desk
from pytestqt.qtbot import QtBot
from test_ui_core_labels import english
from ui_vault import Seeded

from toestemming.service import Service
from ui.consent.disclose import DiscloseDialog
from ui.consent.history import HistoryDialog
from ui.main_window import MainWindow

__all__ = ["desk", "english"]


def test_an_english_desk_names_the_data_in_english_everywhere(
    qtbot: QtBot, english: None, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    service.catalog.set_category_english_names(service.catalog.standard_english_names())
    contact = next(c for c in service.catalog.categories() if c.code == "contact")
    assert contact.name_in("en") != contact.name  # an English name to show
    desk.detail.show_youth(seeded.zoe)
    share = desk.detail.open_disclose(seeded.given_item)
    assert isinstance(share, DiscloseDialog)
    offered = [box.text() for box in share.category_boxes.values()]
    assert contact.name_in("en") in offered and contact.name not in offered, offered
    assert share.save()
    share.close()
    lines = [desk.detail.disclosures.item(n).text() for n in range(desk.detail.disclosures.count())]
    assert any(contact.name_in("en") in line for line in lines), lines
    assert not any(contact.name in line for line in lines), lines
    history = desk.detail.open_history(seeded.given_item)
    assert isinstance(history, HistoryDialog)
    texts = " ".join(label.text() for label in history.findChildren(type(share.answer_title)))
    assert contact.name not in texts, texts
    history.reject()
