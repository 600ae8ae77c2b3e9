"""*Jongere toevoegen* while another desk adds the same youth (turns22).

The dialog asked "staat deze jongere er al?" when Toevoegen was pressed, then added her in a
later write turn: a colleague's add in between made her twice. Now the add asks again in its
turn; the dialog says she was just added, shows the record and adds nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from consent_fixtures import desk, type_text
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from toestemming.service import Service
from ui.main_window import MainWindow

__all__ = ["desk"]


def test_a_youth_added_meanwhile_is_shown_not_added_twice(
    qtbot: QtBot, desk: MainWindow, service: Service, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = service.people.count()
    dialog = desk.detail.open_add_youth()
    assert dialog is not None
    for field, text in ((dialog.given_field, "Noor"), (dialog.family_field, "Visser")):
        type_text(qtbot, field, text)
    type_text(qtbot, dialog.birth_field, "01-01-2010")
    db = service.vault.db
    real = db.transaction
    done: list[bool] = []

    @contextmanager
    def turn() -> Iterator[Any]:  # the colleague's add lands just before this desk's turn
        if not done:
            done.append(True)
            service.people.add_youth(
                given_name="Noor", family_name="Visser", birth_date="01-01-2010"
            )
        with real() as tx:
            yield tx

    monkeypatch.setattr(db, "transaction", turn)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done
    assert dialog.youth is None and service.people.count() == count + 1
    assert "intussen al toegevoegd" in dialog.message.text()
    assert dialog.duplicates_label.isVisible()
    assert "Noor Visser, 01-01-2010" in dialog.duplicates_label.text()
