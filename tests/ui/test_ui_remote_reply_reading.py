"""The import dialog as a worker sees a reply: the words that decided each item highlighted in
the original, unclear items shown as such and not recordable, and nothing from the message
ever rendered as markup (a display name with HTML is shown as typed)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_ui_remote_dialogs import MAIL, _reply
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.model import ConsentRequest, ItemStatus
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.remote import ImportReplyDialog
from ui.remote.common import qt_position


@pytest.fixture
def request_(service: Service, seeded: Seeded) -> ConsentRequest:
    """Mehmet (17, decides himself, address known): two items, the first two purposes."""
    service.people.update_youth(seeded.mehmet, email=MAIL)
    recipient = service.catalog.recipients()[0]
    category = next(c for c in service.catalog.categories() if not c.special)
    purposes = service.catalog.purposes()[:2]
    return service.consents.create_request(
        seeded.mehmet, [ItemSpec(p.id, recipient.id, (category.id,)) for p in purposes]
    )


def _load(qtbot: QtBot, service: Service, raw: bytes) -> ImportReplyDialog:
    dialog = ImportReplyDialog(service)
    qtbot.addWidget(dialog)
    dialog.load_bytes(raw)
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=10_000)
    return dialog


def _marked(dialog: ImportReplyDialog) -> list[str]:
    return [s.cursor.selectedText() for s in dialog.view.original.extraSelections()]


def test_html_display_name_and_subject_show_literally(
    qtbot: QtBot,
    service: Service,
    request_: ConsentRequest,
    clock: FixedClock,
) -> None:
    clock.advance(timedelta(hours=1))
    name = "<b style='color:red'>Mam</b><img src=x>"
    raw = _reply(request_, clock, "1 ja, 2 nee").replace(
        b"From: Mehmet <", f'From: "{name}" <'.encode()
    )
    raw = raw.replace(b"Subject: Re:", b"Subject: <h1>Re:</h1>")
    dialog = _load(qtbot, service, raw)
    header = dialog.view.header
    assert header.textFormat() == Qt.TextFormat.PlainText
    assert name in header.text() and MAIL in header.text()
    assert "<h1>Re:</h1>" in header.text()
    # Drawn as typed: the same label rendering the markup would take another shape.
    as_shown = header.sizeHint()
    header.setTextFormat(Qt.TextFormat.RichText)
    assert header.sizeHint() != as_shown
    header.setTextFormat(Qt.TextFormat.PlainText)
    assert header.sizeHint() == as_shown
    view = dialog.view
    for label in (view.code, view.signer, view.moment, view.kind, view.problems, view.notes):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText


def test_deciding_words_are_highlighted_in_the_original(
    qtbot: QtBot,
    service: Service,
    request_: ConsentRequest,
    clock: FixedClock,
) -> None:
    clock.advance(timedelta(hours=1))
    # An emoji before the answer: Qt counts it as two characters, the marks must still fit.
    dialog = _load(qtbot, service, _reply(request_, clock, "Hoi 😀\nja voor 1 niet voor 2"))
    assert dialog.confirm_button.isEnabled()
    marked = _marked(dialog)
    assert {"ja", "1", "niet", "2"} <= set(marked), marked
    table = dialog.view.items
    assert [table.item(r, 2).text() for r in range(2)] == ["ja", "nee"]
    assert table.item(0, 3).text() == "ja … 1"
    assert table.item(1, 3).text() == "niet … 2"
    # Choosing a row selects its first deciding word in the original.
    table.setCurrentCell(1, 0)
    assert dialog.view.original.textCursor().selectedText() == "niet"


def test_unclear_item_is_shown_and_cannot_be_recorded(
    qtbot: QtBot,
    service: Service,
    request_: ConsentRequest,
    clock: FixedClock,
) -> None:
    clock.advance(timedelta(hours=1))
    dialog = _load(qtbot, service, _reply(request_, clock, "1 ja, 2 weet ik nog niet"))
    table = dialog.view.items
    assert [table.item(r, 2).text() for r in range(2)] == ["ja", "onduidelijk"]
    assert table.item(1, 3).text() == "2 weet ik nog niet"
    assert "weet ik nog niet" in " ".join(_marked(dialog))
    assert not dialog.confirm_button.isEnabled()
    assert "Onderdeel 2 is onduidelijk" in dialog.view.problems.text()
    dialog.confirm()  # a click that slipped through records nothing
    for item in request_.items:
        assert service.consents.item_status(item.id).status == ItemStatus.REQUESTED


def test_one_answer_for_every_item_is_said(
    qtbot: QtBot,
    service: Service,
    request_: ConsentRequest,
    clock: FixedClock,
) -> None:
    clock.advance(timedelta(hours=1))
    dialog = _load(qtbot, service, _reply(request_, clock, "Nee, liever niet."))
    assert dialog.proposal is not None and dialog.proposal.blanket
    assert "alle onderdelen" in dialog.view.notes.text()
    assert [dialog.view.items.item(r, 2).text() for r in range(2)] == ["nee", "nee"]
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    for item in request_.items:
        assert service.consents.item_status(item.id).status == ItemStatus.REFUSED


def test_qt_positions_count_utf16_and_skip_carriage_returns() -> None:
    text = "a😀\r\nja"
    assert qt_position(text, text.index("ja")) == 4  # a, two units for 😀, newline
