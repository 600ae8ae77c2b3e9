"""The tablet's refusals speak to the one who holds it (lang25).

lang24 made every tablet page address a parent as "u"; its refusals still came from the core
in the youth's voice: a mother who pressed Bevestigen on an empty pad for her 15-year-old read
"Zet eerst je handtekening in het vak", and a stray dot "Zet je handtekening groter". Now the
core renders them for the signer (SigningFlow.for_the_signer, with the voice the pages use)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from signing_support import click, pen_stroke, three_item_request
from test_lang24_tablet_parent_voice import INFORMAL
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode


def _at_the_signature(qtbot: QtBot, mode: SigningMode, who: int | None) -> None:
    if who is not None:
        person = mode.who_page.buttons[who]
        qtbot.waitUntil(person.isVisible)
        click(qtbot, person)
    for answer in ("yes", "yes", "no"):
        click(qtbot, getattr(mode.item_page, f"{answer}_button"))
        click(qtbot, mode.item_page.next_button)
    click(qtbot, mode.summary_page.next_button)
    assert mode.stack.currentWidget() is mode.sign_page


def _refusals(qtbot: QtBot, mode: SigningMode) -> list[str]:
    """Bevestigen on an empty pad, then on a dot: what the signer is told each time."""
    page = mode.sign_page
    said = []
    click(qtbot, page.confirm_button)
    said.append(page.error.text())
    pen_stroke(page.pad, [(40, 40, 0.5), (41, 41, 0.5), (42, 40, 0.5)])
    click(qtbot, page.confirm_button)
    said.append(page.error.text())
    assert mode.stack.currentWidget() is page  # nothing was saved
    return said


def test_a_parent_is_told_to_sign_as_u(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.zoe, english=False)
    mode = opened(sample.request_id)
    _at_the_signature(qtbot, mode, 0)  # Ayşe, Zoë's mother
    empty, dot = _refusals(qtbot, mode)
    assert empty == "Zet eerst uw handtekening in het vak."
    assert dot == "Deze handtekening is te klein. Zet uw handtekening groter in het vak."
    assert not INFORMAL.search(empty + dot)


def test_the_youth_is_still_told_je(qtbot: QtBot, opened, service: Service, seeded: Seeded) -> None:
    sample = three_item_request(service, seeded.daan, english=False)  # Daan (18) alone
    mode = opened(sample.request_id)
    _at_the_signature(qtbot, mode, 0 if mode.who_page.isVisible() else None)
    empty, dot = _refusals(qtbot, mode)
    assert empty == "Zet eerst je handtekening in het vak."
    assert dot == "Deze handtekening is te klein. Zet je handtekening groter in het vak."
