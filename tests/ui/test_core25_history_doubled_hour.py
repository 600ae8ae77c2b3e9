"""The desk's history of a part, in the hour that occurs twice (core25): Lotte (17) says yes at
02:30 summer time on the last Sunday of October and takes it back at 02:30 winter time, an hour
later. Before, the history read "25-10-2026 02:30" on both lines; now each carries its offset."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec
from ui.consent.history import HistoryDialog

PASS = "correct horse battery staple"


def test_the_history_tells_the_two_half_past_twos_apart(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 10, 24, 12, 0, tzinfo=UTC))
    svc, _ = Service.create(
        tmp_path / "kluis.tvault", "School", "Anna", PASS, clock, kdf=KdfParams()
    )
    try:
        uwv = svc.catalog.add_recipient("UWV", "arbeid", "Werkbedrijf")
        werk = svc.catalog.add_purpose("werk", "Begeleiding naar werk", "Hulp bij werk.")
        contact = svc.catalog.add_category("contact", "Contactgegevens", "Naam.", "dat", False)
        lotte = svc.people.add_youth(
            given_name="Lotte", family_name="Smit", birth_date="01-03-2009"
        )
        request = svc.consents.create_request(lotte.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
        (item,) = (i.id for i in request.items)
        me = SignerRef.youth(lotte.id)
        clock.set(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))  # 02:30 summer time
        svc.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
        clock.set(datetime(2026, 10, 25, 1, 30, tzinfo=UTC))  # 02:30 winter time
        svc.withdrawals.withdraw([item], me, "desk")

        dialog = HistoryDialog(svc, lotte.id, item)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded)  # (read in the background)
        lines = [dialog.list.item(n).text() for n in range(dialog.list.count())]
        half_past_two = [line for line in lines if "25-10-2026 02:30" in line]
        assert any("02:30 (UTC+2)" in line for line in half_past_two), lines
        assert any("02:30 (UTC+1)" in line for line in half_past_two), lines
        assert all("(UTC+" in line for line in half_past_two), lines
        dialog.grab().save(str(tmp_path / "history_doubled_hour.png"))
    finally:
        svc.close()
