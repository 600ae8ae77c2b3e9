"""The desk's history of a part shows the young person's own view (proof27): Lotte (14) tells
the desk she does not want UWV to know, her mother says "ja". The worker who opens the part's
history ("Geschiedenis…") saw only the mother's "ja" — as if Lotte was never asked. Now her view
is a line of its own, in log order, saying it is no decision; the other part, on which Lotte
said nothing, shows no view."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec
from ui.consent.history import HistoryDialog

PASS = "correct horse battery staple"


def _lines(
    qtbot: QtBot, svc: Service, youth: int, item: int, shot: Path | None = None
) -> list[str]:
    dialog = HistoryDialog(svc, youth, item)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)  # (read in the background)
    if shot is not None:
        dialog.grab().save(str(shot))
    return [dialog.list.item(n).text() for n in range(dialog.list.count())]


def test_the_history_shows_lottes_own_view_beside_her_mothers_yes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FixedClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    svc, _ = Service.create(
        tmp_path / "kluis.tvault", "School", "Anna", PASS, clock, kdf=KdfParams()
    )
    try:
        uwv = svc.catalog.add_recipient("UWV", "arbeid", "Werkbedrijf")
        gemeente = svc.catalog.add_recipient("Gemeente", "gemeente", "Werk")
        werk = svc.catalog.add_purpose("werk", "Begeleiding naar werk", "Hulp bij werk.")
        contact = svc.catalog.add_category("contact", "Contactgegevens", "Naam.", "dat", False)
        lotte = svc.people.add_youth(
            given_name="Lotte", family_name="Smit", birth_date="01-03-2012"
        )
        mother = svc.people.add_representative(
            lotte.id, "Sanne Smit", RepresentativeRole.PARENT, True
        )
        request = svc.consents.create_request(
            lotte.id,
            [
                ItemSpec(werk.id, uwv.id, (contact.id,)),
                ItemSpec(werk.id, gemeente.id, (contact.id,)),
            ],
        )
        first, second = (i.id for i in request.items)
        clock.advance(timedelta(minutes=5))
        svc.youth_views.record(request.id, {first: "objects"}, "desk")
        clock.advance(timedelta(minutes=5))
        svc.consents.record_decisions(
            request.id, SignerRef.representative(mother.id), {first: "yes", second: "yes"}, "desk"
        )

        lines = _lines(qtbot, svc, lotte.id, first, tmp_path / "history_youth_view.png")
        heard = [line for line in lines if "(jongere) zei zelf" in line]
        assert len(heard) == 1, lines
        assert "Lotte Smit (jongere) zei zelf: wil het niet" in heard[0]
        assert "geen besluit" in heard[0] and "vastgelegd door Anna" in heard[0]
        # In log order: asked, her view, then her mother's "ja".
        assert lines.index(heard[0]) == 1 and "zei ja" in lines[2], lines
        assert not any(
            "(jongere) zei zelf" in line for line in _lines(qtbot, svc, lotte.id, second)
        )
    finally:
        svc.close()
