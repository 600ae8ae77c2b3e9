"""The thanks page after a tablet signing says what a "nee" did: Daan said yes to the UWV at
the desk; on the tablet, in a hurry, he says no to it (his withdrawal) and yes to the
internship. The page listed the answers held in the form, as if his "nee" were a plain no:
now it shows what the core recorded, the withdrawal with its moment."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot
from signing_support import click, three_item_request
from test_ui_signing_mode import sign
from ui_vault import Seeded

from toestemming.clock import LOCAL_TZ, from_iso
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service


def test_his_no_after_his_desk_yes_reads_withdrawn_on_the_thanks_page(
    qtbot: QtBot, opened, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    sample = three_item_request(service, seeded.daan)  # Daan is 18: decides alone
    a, b, special = sample.items
    me = SignerRef.youth(seeded.daan)
    service.consents.record_decisions(sample.request_id, me, {a: "yes"}, "desk")
    mode = opened(sample.request_id)
    page = mode.item_page
    for answer in (page.no_button, page.yes_button, page.no_button):
        click(qtbot, answer)
        click(qtbot, page.next_button)
    click(qtbot, mode.summary_page.next_button)
    sign(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    status = {i: service.consents.item_status(i).status for i in (a, b, special)}
    assert status == {
        a: ItemStatus.WITHDRAWN,
        b: ItemStatus.GIVEN,
        special: ItemStatus.REFUSED,
    }

    at = service.vault.db.scalar("SELECT withdrawn_at FROM withdrawals WHERE item_id = ?", (a,))
    moment = from_iso(str(at)).astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    assert mode.thanks_page.lines.text().split("\n") == [
        f"• Onderdeel 1: Begeleiding naar werk — UWV Test – Werkbedrijf: Nee: ingetrokken op "
        f"{moment}",
        "• Onderdeel 2: Stage regelen — Bakkerij De Korenschoof: Ja, dat mag",
        "• Onderdeel 3: Zorg op stage — Jeugdarts GGD: Nee",
    ]
    shot = os.environ.get("TOESTEMMING_SHOT_DIR")
    if shot:  # for a person to look at: TOESTEMMING_SHOT_DIR=/tmp/x pytest …
        mode.grab().save(str(Path(shot) / "signing_thanks_withdrawn.png"))
