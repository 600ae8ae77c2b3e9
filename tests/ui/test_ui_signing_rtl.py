"""Signing mode in Arabic, as a parent who reads Arabic would use it: the layout turns right to
left (Ja on the reading side, first), the words come from the Arabic catalog, the signature
pad records the strokes where they were drawn (not mirrored), and the decisions are recorded
against the Arabic text that was on screen."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from signing_support import click, mouse_stroke, pen_stroke, three_item_request, zigzag
from ui_vault import Seeded

from toestemming.language import text
from toestemming.service import Service


def _x(widget: object, page: object) -> int:
    return widget.mapTo(page, QPoint(0, 0)).x()  # type: ignore[attr-defined]


def test_arabic_session_is_right_to_left_and_recorded_in_arabic(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.daan, english=False, arabic=True)
    texts = service.consents.item_texts(sample.request_id)
    mode = opened(sample.request_id)
    assert set(mode.language_buttons) == {"nl", "ar"}
    assert mode.language_buttons["ar"].text() == "العربية"
    assert mode.layoutDirection() == Qt.LayoutDirection.LeftToRight
    click(qtbot, mode.language_buttons["ar"])
    assert mode.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Daan signs alone, so the mode opened on item 1; "Vorige" shows the start page.
    click(qtbot, mode.item_page.back_button)
    assert mode.who_page.title.text() == text("ar", "tablet-who")
    assert "(" + text("ar", "role-youth") + ")" in mode.who_page.buttons[0].text()
    # The person buttons are rebuilt for the new language; Qt shows them on the next pass.
    qtbot.waitUntil(lambda: mode.who_page.buttons[0].isVisible())
    click(qtbot, mode.who_page.buttons[0])

    page = mode.item_page
    for item_id in sample.items:
        shown = page.shown_text()
        assert hashlib.sha256(shown.encode()).hexdigest() == texts[item_id]["ar"][1]
        assert page.yes_button.text() == text("ar", "tablet-yes")
        # Right to left: Ja, the first answer, stands right of Nee.
        assert _x(page.yes_button, page) > _x(page.no_button, page)
        click(qtbot, page.yes_button)
        if page.special_box.isVisible():
            page.special_box.setChecked(True)
        click(qtbot, page.next_button)
    click(qtbot, mode.summary_page.next_button)
    assert mode.stack.currentWidget() is mode.sign_page
    # An empty pad is refused in the signer's language (the error carries a message id).
    click(qtbot, mode.sign_page.confirm_button)
    assert mode.sign_page.error.text() == text("ar", "error-signature-missing")

    pad = mode.sign_page.pad
    assert pad.layoutDirection() == Qt.LayoutDirection.RightToLeft
    pen_stroke(pad, [(40 + 12 * i, 80 + (25 if i % 2 else 0), 0.5) for i in range(25)])
    mouse_stroke(qtbot, pad, zigzag(60, 160))
    click(qtbot, mode.sign_page.confirm_button)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    assert mode.thanks_page.title.text() == text("ar", "tablet-thanks")

    db = service.vault.db
    rows = db.query(
        "SELECT language, text_sha256 FROM decisions WHERE item_id IN (?,?,?) ORDER BY item_id",
        sample.items,
    )
    assert [r[0] for r in rows] == ["ar"] * 3
    assert [r[1] for r in rows] == [texts[i]["ar"][1] for i in sample.items]
    strokes_id = db.scalar("SELECT strokes_evidence_id FROM signing_sessions")
    strokes = json.loads(service.evidence.content(int(strokes_id)))
    # Not mirrored: the pen's first point is where it touched the pad (left side).
    first = strokes["strokes"][0][0]
    assert abs(first[0] - 40) < 2
    click(qtbot, mode.language_buttons["nl"])
    assert mode.layoutDirection() == Qt.LayoutDirection.LeftToRight
