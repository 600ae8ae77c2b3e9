"""Gegevens delen with the standard data kinds, the system's text at 200 % on a small screen:
three columns of long names ("Ondersteuningsbehoefte", "Gezondheid (bijzonder ⚠)") made the
dialog wider than the screen, its right edge and buttons out of reach (found by the first-day
walk at 1024×600, tests/ui/first_day_screen_s16.py). Now the kinds take fewer columns."""

from __future__ import annotations

from consent_fixtures import desk
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.consent.disclose import DiscloseDialog
from ui.main_window import MainWindow
from ui.screen_fit import available

__all__ = ["desk"]

KINDS = [
    ("school", "Schoolgegevens", "dat", False),
    ("support", "Ondersteuningsbehoefte", "wat", False),
    ("internship", "Stagegegevens", "dat", False),
    ("home", "Thuissituatie", "wat", False),
    ("absence", "Verzuim", "wat", False),
    ("health", "Gezondheid", "wat", True),
    ("known", "Bekend in traject", "dat", False),
]


def test_share_dialog_fits_a_small_screen_with_large_text(
    qtbot: QtBot, large_text: None, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    for code, name, level, special in KINDS:
        service.catalog.add_category(code, name, f"{name}.", level, special)
    desk.detail.show_youth(seeded.zoe)
    dialog = desk.detail.open_disclose(seeded.given_item)
    assert isinstance(dialog, DiscloseDialog)
    qtbot.waitExposed(dialog)
    room = available(dialog)
    assert dialog.minimumSizeHint().width() <= room.width(), (dialog.minimumSizeHint(), room)
    assert dialog.width() <= room.width()
    for box in dialog.category_boxes.values():
        right = box.mapTo(dialog, box.rect().topRight()).x()
        assert right < dialog.width(), f"{box.text()!r} runs off at {right}"
    dialog.reject()
