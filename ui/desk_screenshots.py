"""Screenshots of the first-day screens (issue 16), for review and the README.

    python -m ui.desk_screenshots OUTDIR

Renders offscreen at 1366×768: the creation wizard with the standard catalog checklist, a
youth's page with the tablet and correction actions, the correction dialog (youth details;
representatives after a change of gezag, with what it changed), and Beheer → Logboek.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from .admin_screenshots import _over, _wait
from .screenshots import NOW, SIZE, build_demo_vault, open_demo_window


def _settle(ms: int = 300) -> None:
    """Let layouts of freshly built cards finish (a few passes of the event loop)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def render_desk_screenshots(out: Path, directory: Path, **vault_options: Any) -> list[Path]:
    from PySide6.QtCore import QDate
    from PySide6.QtGui import QColor, QPixmap

    from toestemming.clock import FixedClock
    from toestemming.model import RepresentativeRole

    from .activity_log import ActivityLogDialog
    from .consent.corrections import CorrectionsDialog
    from .setup.create_vault import CreateVaultDialog

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    desktop = QPixmap(*SIZE)
    desktop.fill(QColor("#3b4a5a"))

    (directory / "nieuw").mkdir(exist_ok=True)
    setup = CreateVaultDialog(
        directory / "nieuw" / "kluis.tvault", clock=FixedClock(NOW), kdf=vault_options.get("kdf")
    )
    setup.show()
    setup.organisation_field.setText("Praktijkschool De Brug")
    setup.worker_field.setText("Anna de Vries")
    setup.passphrase.passphrase.setText("zeven kleine olifanten dansen op het dak")
    setup.passphrase.repeat.setText("zeven kleine olifanten dansen op het dak")
    setup.catalog_choice.tree.expandItem(setup.catalog_choice.tree.topLevelItem(0))
    setup.catalog_choice.set_checked("recipient:jeugdzorg", False)
    setup.adjustSize()
    written.append(_over(desktop, setup, out / "setup_catalogus.png"))
    setup.close()

    path, clock = build_demo_vault(directory, **vault_options)
    service, window = open_demo_window(path, clock)
    _wait(lambda: True)
    # A youth under 16 with two parents and an open request: the tablet and correction
    # actions on the page.
    youth_id = next(
        y.id
        for y in service.people.search("", limit=200)
        if sum(
            1
            for r in service.people.representatives(y.id)
            if r.role == RepresentativeRole.PARENT and r.has_gezag
        )
        == 2
        and y.age(clock.today()) < 16
        and any(
            i.status.status.value == "requested" for i in service.consents.items_for_youth(y.id)
        )
    )
    row = window.model.row_of(youth_id)
    if row is not None:
        window.table.setCurrentIndex(window.model.index(row, 0))
        window.table.scrollTo(window.model.index(row, 0))
    else:
        window.detail.show_youth(youth_id)
    card = next(c for c in window.detail.consents.cards if c.status.value == "requested")
    _settle()
    window.detail.consents.focus_item(card.item_id)  # scrolled into view, its actions shown
    _settle()
    page = window.grab()
    page.save(str(out / "jongere_tablet_wijzigen.png"))
    written.append(out / "jongere_tablet_wijzigen.png")

    corrections = CorrectionsDialog(service, youth_id, window)
    corrections.show()
    corrections.adjustSize()
    written.append(_over(page, corrections, out / "gegevens_wijzigen.png"))
    corrections.tabs.setCurrentIndex(1)
    corrections.reps_list.setCurrentRow(1)
    corrections.rep_gezag.setChecked(False)
    corrections.save_rep()
    corrections.adjustSize()
    _settle()
    written.append(_over(page, corrections, out / "gezag_gewijzigd.png"))
    corrections.close()

    log = ActivityLogDialog(service, window)
    log.since_edit.setDate(QDate(2026, 1, 1))
    log.load()
    log.show()
    written.append(_over(window.grab(), log, out / "logboek.png"))
    log.close()
    window.close()
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("Gebruik: python -m ui.desk_screenshots UITVOERMAP")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import create_application
    from .i18n import install_translators

    install_translators(create_application())
    with tempfile.TemporaryDirectory() as tmp:
        render_desk_screenshots(Path(argv[0]), Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
