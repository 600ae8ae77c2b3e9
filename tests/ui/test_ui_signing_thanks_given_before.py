"""The thanks page after a tablet signing says which answers were already given: Daan said yes
to the UWV at the desk; on the tablet, in a hurry, he taps yes to it again. Nothing new is
saved for it (rules.answer_effect: SAME), yet the page listed it as a plain "Ja, dat mag", as
if given just now; it now reads "Ja (al eerder gegeven op …)", with the desk's moment."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from signing_support import click, three_item_request
from test_ui_signing_mode import sign
from ui_vault import Seeded

from toestemming.clock import LOCAL_TZ, FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service


def test_his_same_yes_on_the_tablet_reads_given_before_on_the_thanks_page(
    qtbot: QtBot, opened, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    sample = three_item_request(service, seeded.daan)  # Daan is 18: decides alone
    a = sample.items[0]
    me = SignerRef.youth(seeded.daan)
    desk_at = clock.now()
    service.consents.record_decisions(sample.request_id, me, {a: "yes"}, "desk")
    mode = opened(sample.request_id)
    page = mode.item_page
    for answer in (page.yes_button, page.yes_button, page.no_button):
        click(qtbot, answer)
        click(qtbot, page.next_button)
    click(qtbot, mode.summary_page.next_button)
    sign(qtbot, mode)
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    rows = service.vault.db.scalar("SELECT count(*) FROM decisions WHERE item_id = ?", (a,))
    assert rows == 1  # nothing new saved for it

    moment = desk_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    assert mode.thanks_page.lines.text().split("\n") == [
        f"• Onderdeel 1: Begeleiding naar werk — UWV Test – Werkbedrijf: Ja (al eerder gegeven "
        f"op {moment})",
        "• Onderdeel 2: Stage regelen — Bakkerij De Korenschoof: Ja, dat mag",
        "• Onderdeel 3: Zorg op stage — Jeugdarts GGD: Nee",
    ]
