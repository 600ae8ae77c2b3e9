"""Screenshots of the youth page and the consent dialogs, for review and documentation.

    python -m ui.consent.screenshots OUTDIR

Builds the synthetic demo vault in a temporary directory and renders, at 1366×768 (a dialog
is drawn centred over the dimmed main window, as the worker sees it): youth_page.png,
new_request.png (with "who decides"), new_request_done.png, record_decision.png, disclose.png
(not covered: the weighing), withdraw_done.png (recipients to notify) and history.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from toestemming.clock import FixedClock
from toestemming.model import ItemStatus
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from ..main_window import MainWindow

from ..screenshots import SIZE as SIZE  # the same window size as every other screenshot


def _pick_youth(service: Service) -> tuple[int, int, int]:
    """(youth, given item, requested item): a youth under 16 with two parents, a given and a
    requested item, and the most disclosures — the fullest page the demo has."""
    best: tuple[tuple[int, int], int, int, int] | None = None
    for row in service.people.search("", limit=500):
        req = service.consents.who_must_decide(row.id)
        if req.age >= 16 or len(req.slots) < 2:
            continue
        items = service.consents.items_for_youth(row.id)
        given = [i.item_id for i in items if i.status.status == ItemStatus.GIVEN]
        asked = [i.item_id for i in items if i.status.status == ItemStatus.REQUESTED]
        if not (given and asked):
            continue
        score = (len(service.sharing.disclosures(row.id)), len({i.status.status for i in items}))
        if best is None or score > best[0]:
            best = (score, row.id, given[0], asked[0])
    if best is None:
        raise SystemExit("De demokluis heeft geen geschikte jongere voor de schermafdrukken.")
    return best[1], best[2], best[3]


def _composite(window: MainWindow, dialog: QDialog, path: Path) -> None:
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    for _ in range(5):  # new cards show and lay out over a few passes of the event loop
        QApplication.processEvents()
    canvas = window.grab()
    shot = dialog.grab()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 90))
    x = max(0, (canvas.width() - shot.width()) // 2)
    y = max(0, (canvas.height() - shot.height()) // 2)
    painter.drawPixmap(x, y, shot)
    painter.end()
    canvas.save(str(path))


def render_consent_screenshots(out: Path, path: Path, clock: FixedClock) -> list[Path]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from ..screenshots import open_demo_window

    out.mkdir(parents=True, exist_ok=True)
    service, window = open_demo_window(path, clock)
    youth_id, given_item, requested_item = _pick_youth(service)
    window.search_field.setText(service.people.youth(youth_id).family_name)
    window.flush_search()
    row = window.model.row_of(youth_id)
    if row is not None:
        window.table.setCurrentIndex(window.model.index(row, 0))
    window.detail.show_youth(youth_id)
    QApplication.processEvents()
    written: list[Path] = []

    def save_window(name: str) -> None:
        QApplication.processEvents()
        window.grab().save(str(out / name))
        written.append(out / name)

    def save_dialog(dialog: QDialog | None, name: str, *, close: bool = True) -> None:
        assert dialog is not None
        _composite(window, dialog, out / name)
        written.append(out / name)
        if close:
            dialog.reject()
            QApplication.processEvents()

    save_window("youth_page.png")

    detail = window.detail
    new = detail.open_new_request()
    assert new is not None
    new.apply_template(new.templates[1])
    special = next((c.id for c in new.categories.values() if c.special), None)
    if special is not None:  # show the special-category warning too
        first = new.item_specs()[0]
        new.add_items([ItemSpec(first.purpose_id, first.recipient_id, (special,))])
    save_dialog(new, "new_request.png", close=False)
    new.create_request()  # the demo vault is a throw-away copy
    save_dialog(new, "new_request_done.png")

    decide = detail.open_record_decision(requested_item)
    save_dialog(decide, "record_decision.png")

    disclose = detail.open_disclose(given_item)
    assert disclose is not None
    covered = disclose.recipient_combo.currentIndex()
    disclose.recipient_combo.setCurrentIndex((covered + 1) % disclose.recipient_combo.count())
    disclose.basis_combo.setCurrentIndex(2)
    disclose.steps["basis_motivation"].setPlainText(
        "Wettelijke taak van leerplicht/RMC (WEB art. 8.3.2)."
    )
    save_dialog(disclose, "disclose.png")

    # Share under the given item, then withdraw it: the result lists who must be told.
    view = next(v for v in service.consents.items_for_youth(youth_id) if v.item_id == given_item)
    service.sharing.record_disclosure(
        youth_id, view.recipient_id, view.purpose_id, sorted(view.category_ids)
    )
    detail.refresh_disclosures()
    withdraw = detail.open_withdraw(given_item)
    assert withdraw is not None
    withdraw.ask_confirmation()
    withdraw.confirm()
    save_dialog(withdraw, "withdraw_done.png")

    history = detail.open_history(given_item)
    assert history is not None
    while not history.loaded:  # read off the GUI thread
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    save_dialog(history, "history.png")
    window.close()
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("Gebruik: python -m ui.consent.screenshots UITVOERMAP")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ..app import create_application
    from ..i18n import install_translators
    from ..screenshots import build_demo_vault

    install_translators(create_application())
    with tempfile.TemporaryDirectory() as tmp:
        path, clock = build_demo_vault(Path(tmp))
        render_consent_screenshots(Path(argv[0]), path, clock)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
