"""Screenshots of the unlock dialog and the main window, for review and documentation.

    python -m ui.screenshots OUTDIR

Builds the demo vault (synthetic people only, as `toestemming demo` does) in a temporary
directory, renders the windows offscreen at 1366×768 and saves unlock.png, unlock_error.png
and main_window.png, then the main window with each menu open (menu_kluis.png,
menu_documenten.png, menu_op_afstand.png) and a consent card's context menu (menu_kaart.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toestemming.clock import FixedClock
from toestemming.devtools.demo import DEMO_PASSPHRASE, create_demo_vault
from toestemming.service import Service

if TYPE_CHECKING:
    from .main_window import MainWindow

SIZE = (1366, 768)
# A fixed "today", so the pictures (ages, worklists) do not change from day to day.
NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


def build_demo_vault(directory: Path, **options: Any) -> tuple[Path, FixedClock]:
    """The same synthetic demo vault as `toestemming demo`, as of NOW. `options` go to
    create_demo_vault (tests pass cheap key-derivation settings; the default calibrates on
    this machine, like a real vault)."""
    path = create_demo_vault(directory / "demo.tvault", now=NOW, **options)
    return path, FixedClock(NOW)


def open_demo_window(path: Path, clock: FixedClock) -> tuple[Service, MainWindow]:
    """The demo vault unlocked in a main window of SIZE, shown and painted."""
    from PySide6.QtWidgets import QApplication

    from .app import build_main_window

    service = Service.open(path, DEMO_PASSPHRASE, clock=clock)
    window = build_main_window(service)
    window.resize(*SIZE)
    window.show()
    QApplication.processEvents()
    return service, window


def _richest_row(service: Service, window: MainWindow) -> int:
    """The loaded row whose youth has the most different statuses (then the most items)."""

    def score(row: int) -> tuple[int, int]:
        youth = window.model.youth_at(row)
        if youth is None:
            return (0, 0)
        items = service.consents.items_for_youth(youth.id)
        return (len({i.status.status for i in items}), len(items))

    return max(range(window.model.rowCount()), key=score, default=0)


def render_screenshots(out: Path, path: Path, clock: FixedClock) -> list[Path]:
    """Render the unlock dialog (plain and after a wrong passphrase) and the main window
    with the youth of the richest consent history selected; returns the files written."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from .unlock import UnlockDialog

    out.mkdir(parents=True, exist_ok=True)
    written = [out / "unlock.png", out / "unlock_error.png", out / "main_window.png"]
    dialog = UnlockDialog(path, demo_passphrase_hint=DEMO_PASSPHRASE, clock=clock)
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(written[0]))
    dialog.passphrase_field.setText("verkeerde wachtwoordzin")
    dialog.unlock()
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: None if dialog.busy else loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    QApplication.processEvents()
    dialog.grab().save(str(written[1]))
    dialog.close()

    service, window = open_demo_window(path, clock)
    row = _richest_row(service, window)
    window.table.setCurrentIndex(window.model.index(row, 0))
    window.table.scrollTo(window.model.index(row, 0))
    QApplication.processEvents()
    window.grab().save(str(written[2]))
    window.close()
    return written


def _with_popup(window: MainWindow, menu: Any, at: Any) -> Any:
    """The window's picture with a popup menu painted where it opens (offscreen, a popup is
    a window of its own and not part of the window's grab)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    menu.popup(at)
    QApplication.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.hide()
    return picture


def render_menu_screenshots(out: Path, path: Path, clock: FixedClock) -> list[Path]:
    """The main window at 1366×768 with a youth's page and a consent item chosen, once per
    menu with that menu open, and once with the item's context menu open."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QMenu

    out.mkdir(parents=True, exist_ok=True)
    service, window = open_demo_window(path, clock)
    row = _richest_row(service, window)
    window.table.setCurrentIndex(window.model.index(row, 0))
    QApplication.processEvents()
    cards = window.detail.consents.cards
    if cards:
        window.detail.consents.focus_item(cards[0].item_id)
    QApplication.processEvents()
    written = []
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if not isinstance(menu, QMenu):
            continue
        menu.aboutToShow.emit()  # the menus update what is enabled when they open
        name = action.text().replace("&", "").lower().replace(" ", "_")
        at = bar.mapToGlobal(bar.actionGeometry(action).bottomLeft())
        target = out / f"menu_{name}.png"
        _with_popup(window, menu, at).save(str(target))
        written.append(target)
    if cards:
        card = window.detail.consents.cards[0]
        menu = QMenu(window)
        menu.addActions(card.actions())
        at = card.mapToGlobal(QPoint(40, card.height() // 2))
        target = out / "menu_kaart.png"
        _with_popup(window, menu, at).save(str(target))
        written.append(target)
    window.close()
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit("Gebruik: python -m ui.screenshots UITVOERMAP")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import create_application
    from .i18n import install_translators

    install_translators(create_application())
    with tempfile.TemporaryDirectory() as tmp:
        path, clock = build_demo_vault(Path(tmp))
        render_screenshots(Path(argv[0]), path, clock)
        render_menu_screenshots(Path(argv[0]), path, clock)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
