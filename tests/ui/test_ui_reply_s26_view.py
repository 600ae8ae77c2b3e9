"""reply26 in the desk's reply view: "لا مانع" (no objection) shown as the yes it is, and a
clicked 👍 (an RFC 9078 reaction) shown as no answer with its reason, nothing recordable."""

from __future__ import annotations

import base64
import os
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_ui_remote_dialogs import _reply
from test_ui_remote_reply_reading import _load, request_  # noqa: F401  (fixture)

from toestemming.clock import FixedClock
from toestemming.model import ConsentRequest
from toestemming.service import Service


def _shot(widget: object, name: str) -> None:
    where = os.environ.get("REPLY26_SHOTS")
    if where:
        widget.grab().save(str(Path(where) / name))  # type: ignore[attr-defined]


def test_no_objection_in_arabic_is_shown_as_yes(
    qtbot: QtBot,
    service: Service,
    request_: ConsentRequest,  # noqa: F811
    clock: FixedClock,
) -> None:
    clock.advance(timedelta(hours=1))
    dialog = _load(qtbot, service, _reply(request_, clock, "لا مانع لدي"))
    table = dialog.view.items
    # before: "nee", "nee" — the "لا" (no) read, "مانع" (objection) not
    assert [table.item(r, 2).text() for r in range(2)] == ["ja", "ja"]
    _shot(dialog, "s26_la_mani3.png")


def test_a_reaction_is_shown_as_no_answer(
    qtbot: QtBot,
    service: Service,
    request_: ConsentRequest,  # noqa: F811
    clock: FixedClock,
) -> None:
    clock.advance(timedelta(hours=1))
    plain = _reply(request_, clock, "x")
    head = plain.split(b"Content-Type:", 1)[0]
    emoji = base64.b64encode("👍".encode()).decode()
    raw = (
        head
        + (
            'Content-Type: text/plain; charset="utf-8"\r\nContent-Disposition: reaction\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{emoji}\r\n"
        ).encode()
    )
    dialog = _load(qtbot, service, raw)
    assert "emoji-reactie" in dialog.view.problems.text()
    assert not dialog.confirm_button.isEnabled()
    _shot(dialog, "s26_reaction.png")
