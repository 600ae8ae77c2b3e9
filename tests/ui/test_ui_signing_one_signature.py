"""One signature per person on the tablet: a hurried second parent who taps the first
parent's name (✓) on "Wie ben jij?" must not land on the items and sign under that name —
their own consent would be missing and the first parent would have two decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from signing_support import click, three_item_request
from ui_vault import Seeded

from toestemming.language import text
from toestemming.service import Service
from ui.signing import SigningMode


def _sign_all(qtbot: QtBot, mode: SigningMode) -> None:
    from test_ui_signing_mode import sign

    for answer in ("yes", "yes", "no"):
        click(qtbot, getattr(mode.item_page, f"{answer}_button"))
        click(qtbot, mode.item_page.next_button)
    click(qtbot, mode.summary_page.next_button)
    sign(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()


def _sessions(service: Service) -> int:
    return int(service.vault.db.scalar("SELECT count(*) FROM signing_sessions"))


def test_hurried_second_parent_cannot_sign_under_the_first_parents_name(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.zoe, english=False)  # two parents decide
    mode = opened(sample.request_id)
    click(qtbot, mode.who_page.buttons[0])  # Ayşe signs first
    _sign_all(qtbot, mode)
    assert "Ömer Çelik" in mode.thanks_page.hint.text()  # named as next
    click(qtbot, mode.thanks_page.next_button)

    # Ömer, in a hurry, taps the first name on the list (Ayşe's, with the ✓).
    done, open_ = mode.who_page.buttons
    assert not done.isEnabled() and open_.isEnabled()
    assert "✓" in done.text() and "✓" not in open_.text()
    assert text("nl", "tablet-done-why") in mode.who_page.hint.text()  # why it is greyed
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    assert mode.stack.currentWidget() is mode.who_page and mode.signer is None
    # Asked anyway (not through the button): refused, the who page stays.
    mode.choose_signer(mode.model.people[0])
    assert mode.stack.currentWidget() is mode.who_page and mode.signer is None
    assert _sessions(service) == 1

    own = mode.who_page.buttons[1]  # the page was drawn again: new buttons, shown in a moment
    qtbot.waitUntil(own.isVisible)
    click(qtbot, own)  # his own name
    assert mode.signer is not None and mode.signer.name == "Ömer Çelik"
    _sign_all(qtbot, mode)
    assert _sessions(service) == 2
    assert text("nl", "tablet-all-signed") in mode.thanks_page.hint.text()
    click(qtbot, mode.thanks_page.next_button)
    assert mode.stack.currentWidget() is mode.who_page
    assert not any(b.isEnabled() for b in mode.who_page.buttons)
    assert mode.who_page.hint.text().startswith(text("nl", "tablet-all-signed"))
    signers = service.vault.db.query(
        "SELECT DISTINCT signer_kind, signer_id FROM decisions WHERE item_id IN (?,?,?)",
        sample.items,
    )
    assert len(signers) == 2  # each parent once, neither twice


def test_the_only_signer_is_told_nobody_else_needs_to_sign(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.daan)  # 18: decides alone, item 1 at once
    mode = opened(sample.request_id)
    _sign_all(qtbot, mode)
    assert text("nl", "tablet-all-signed") in mode.thanks_page.hint.text()
    click(qtbot, mode.thanks_page.next_button)
    assert mode.stack.currentWidget() is mode.who_page
    [daan] = mode.who_page.buttons
    assert not daan.isEnabled() and "Daan de Vries" in daan.text()
    assert mode.who_page.hint.text().startswith(text("nl", "tablet-all-signed"))
    assert "Tik op je naam" not in mode.who_page.hint.text()
    assert mode.who_page.withdraw_button.isEnabled()  # withdrawing stays possible
