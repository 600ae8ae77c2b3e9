"""Helpers for the lang22 tablet tests: a signer who reads every item to its end and says
Ja (ticking the special box), as the read gate lets them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from signing_support import click, read_to_end

from ui.signing import SigningMode


def answer_every_item_yes(qtbot: QtBot, mode: SigningMode) -> None:
    """From the current item to the summary: each text read to its end, Ja, Volgende."""
    page = mode.item_page
    for _ in range(mode.index, len(mode.items)):
        read_to_end(mode)
        click(qtbot, page.yes_button)
        if page.special_box.isVisible():
            page.special_box.setChecked(True)
        click(qtbot, page.next_button)
    assert mode.stack.currentWidget() is mode.summary_page
