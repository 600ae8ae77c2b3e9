"""A parent who signs on the tablet for a child under 16 is addressed as the parent (lang24).

Until lang24 every tablet page spoke to whoever held it as the youth: a mother signing for her
15-year-old read "Zet hier je handtekening", "Je keuzes zijn opgeslagen", ticked "ik geef
apart toestemming voor deze gevoelige gegevens" without a word of whose data it was, and the
stored item text ("Zodat het UWV je kan helpen") never said that its "je" was her daughter.
Now the core says whom the tablet addresses (SigningFlow.voice, the receipts' $addressee):
a parent reads "u", and the item, summary and thanks pages name the child. The youth who
signs for themself still reads "je", without that line.

The tests read the page as the parent does: every visible label and button of each page
(intro, item, summary, signature, done), the stored item text left out (it is the youth's)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from signing_support import click, three_item_request
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode

CHILD = "Zoë"
# The informal Dutch "you" the tablet used for everyone: never to a parent.
INFORMAL = re.compile(r"\b(je|jij|jouw|jou)\b", re.IGNORECASE)
SHOTS = Path("/tmp/lang24_shots")


def _read(page: QWidget, leave_out: list[QLabel] | None = None) -> str:
    """What a reader sees on `page`: its visible labels, buttons and ticks, top to bottom."""
    skip = {id(w) for w in leave_out or []}
    seen = []
    for widget in page.findChildren(QWidget):
        if id(widget) in skip or not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            seen.append(widget.text())
    return "\n".join(seen)


def _shot(page: QWidget, name: str) -> None:
    if SHOTS.is_dir():
        page.grab().save(str(SHOTS / f"{name}.png"))


def _pages_as(qtbot: QtBot, mode: SigningMode, who: int, language: str) -> dict[str, str]:
    """Walk one signer through every page; what each page says, by its name."""
    if language != mode.language:
        click(qtbot, mode.language_buttons[language])
    person = mode.who_page.buttons[who]  # drawn again in the language: shown in a moment
    qtbot.waitUntil(person.isVisible)
    said = {"intro": _read(mode.who_page)}
    click(qtbot, person)
    for n, answer in enumerate(("yes", "yes", "no")):
        page = mode.item_page
        said[f"item{n + 1}"] = _read(page, page.lines)
        _shot(page, f"{language}-{who}-item{n + 1}")
        click(qtbot, getattr(page, f"{answer}_button"))
        click(qtbot, page.next_button)
    said["summary"] = _read(mode.summary_page)
    _shot(mode.summary_page, f"{language}-{who}-summary")
    click(qtbot, mode.summary_page.next_button)
    said["signature"] = _read(mode.sign_page)
    _shot(mode.sign_page, f"{language}-{who}-signature")
    from test_ui_signing_mode import sign

    sign(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    said["done"] = _read(mode.thanks_page)
    _shot(mode.thanks_page, f"{language}-{who}-done")
    return said


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_a_parent_is_told_whose_data_each_page_is_about(
    qtbot: QtBot, opened, service: Service, seeded: Seeded, language: str
) -> None:
    sample = three_item_request(service, seeded.zoe, english=True, arabic=True)
    mode = opened(sample.request_id)
    said = _pages_as(qtbot, mode, 0, language)  # Ayşe, Zoë's mother
    for page in ("item1", "item2", "item3", "summary", "done"):
        assert CHILD in said[page], (page, said[page])
    # The sensitive data's own tick names whose data it is.
    tick = mode.item_page.special_box.text()
    assert CHILD in tick, tick


def test_a_parent_is_never_addressed_as_the_youth_in_dutch(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.zoe, english=False)
    mode = opened(sample.request_id)
    said = _pages_as(qtbot, mode, 0, "nl")
    for page in ("intro", "item1", "item2", "item3", "summary", "signature", "done"):
        # The line that explains the stored text's "je" quotes the word; nothing else says it.
        plain = said[page].replace("'je'", "")
        assert not INFORMAL.search(plain), (page, said[page])
    assert "uw handtekening" in said["signature"].lower()
    assert "Waar in de tekst 'je' staat, is Zoë bedoeld." in said["item1"]


def test_the_youth_who_signs_for_themself_is_still_addressed_as_je(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    """The control: Daan (18) decides alone; his pages speak to him and name nobody else."""
    sample = three_item_request(service, seeded.daan, english=False)
    mode = opened(sample.request_id)
    said = _pages_as(qtbot, mode, 0, "nl") if mode.who_page.isVisible() else None
    if said is None:  # the only signer: the tablet skips "Wie ben jij?"
        said = {}
        for n, answer in enumerate(("yes", "yes", "no")):
            said[f"item{n + 1}"] = _read(mode.item_page, mode.item_page.lines)
            click(qtbot, getattr(mode.item_page, f"{answer}_button"))
            click(qtbot, mode.item_page.next_button)
        said["summary"] = _read(mode.summary_page)
        click(qtbot, mode.summary_page.next_button)
        said["signature"] = _read(mode.sign_page)
    assert not mode.item_page.whose.isVisible()
    assert "je handtekening" in said["signature"].lower()
    assert not any("bedoeld" in text or "uw " in text.lower() for text in said.values()), said
