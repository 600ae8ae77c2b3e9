"""The window half of `toestemming --self-test`: the installed app used as a worker uses it.

After the core self-test (toestemming/selftest.py) this creates a throw-away vault with one
synthetic youth and request, unlocks it through the real unlock dialog (Session, as at start-up),
opens the main window, triggers every menu action and every button on the youth's page once —
each dialog or message box it opens is closed again unanswered — opens signing mode, renders a PDF in the preview, locks and closes.
Any exception on the way (an ImportError of a module left out of the bundle, a missing font or
translation) fails the test. Runs offscreen unless QT_QPA_PLATFORM says otherwise, so no window
flashes on the worker's screen; links the app would hand to the system (mail, folder, web) are
recorded, not opened."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

WAIT_SECONDS = 120.0  # unlocking on a slow school laptop (Argon2 at the floor) + imports
SKIPPED_ACTIONS = ("lock_action", "quit_action")  # done at the end, on purpose


class _Failures:
    """Collects uncaught exceptions (Qt slots report them through sys.excepthook)."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        # Type and place only: the message of a foreign exception may hold data.
        where = traceback.extract_tb(tb)[-1] if tb is not None else None
        place = f" ({Path(where.filename).name}:{where.lineno})" if where else ""
        self.items.append(f"{kind.__name__}{place}")


class _Links:
    """Stands in for the desktop while the self-test runs: URLs are counted, not opened."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Slot
        from PySide6.QtGui import QDesktopServices

        outer = self

        class Receiver(QObject):
            @Slot("QUrl")
            def open(self, url: Any) -> None:
                outer.opened.append(url.scheme())

        self.opened: list[str] = []
        self.receiver = Receiver()
        self.schemes = ("file", "mailto", "http", "https", "sms")
        for scheme in self.schemes:
            QDesktopServices.setUrlHandler(scheme, self.receiver, "open")

    def restore(self) -> None:
        from PySide6.QtGui import QDesktopServices

        for scheme in self.schemes:
            QDesktopServices.unsetUrlHandler(scheme)


def _wait(condition: Callable[[], bool], seconds: float = WAIT_SECONDS) -> bool:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return True


def _close_window(widget: Any) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    if getattr(widget, "is_locked", False):
        # Signing mode ignores close() until the worker's passphrase; left up, it stayed on
        # top of everything the self-test did after it (and of the next test in a test run).
        widget.leave()
    elif isinstance(widget, QMessageBox):
        widget.close()  # the escape button: "Nee"/"Annuleren" where there is one
    elif isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


class _Closer:
    """Closes every window that appears, modal ones included (their exec() blocks the caller
    until then), and remembers the class names it saw."""

    def __init__(self, keep: Callable[[], set[int]]) -> None:
        from PySide6.QtCore import QTimer

        self.keep = keep
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.sweep)
        self.timer.start()

    def sweep(self) -> None:
        from PySide6.QtWidgets import QApplication, QMenu

        keep = self.keep()
        for widget in QApplication.topLevelWidgets():
            if id(widget) in keep or not widget.isVisible() or isinstance(widget, QMenu):
                continue
            self.seen.append(type(widget).__name__)
            _close_window(widget)

    def stop(self) -> None:
        self.timer.stop()


def run_gui_self_test(say: Callable[[str], None]) -> int:
    """Exit code 0 only when every step passed; `say` gets one Dutch line per step."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from toestemming.selftest import SELF_TEST_PASSPHRASE

    from .app import create_application
    from .i18n import install_translators

    app = create_application()
    install_translators(app)
    failures = _Failures()
    previous_hook = sys.excepthook
    sys.excepthook = failures
    links = _Links()
    try:
        with tempfile.TemporaryDirectory(prefix="toestemming-zelftest-ui-") as tmp:
            code = _run_steps(Path(tmp), SELF_TEST_PASSPHRASE, say, failures)
    except Exception as exc:  # an ImportError etc. outside a slot: report it the same way
        failures(type(exc), exc, exc.__traceback__)
        code = 1
    finally:
        sys.excepthook = previous_hook
        links.restore()
    if failures.items:
        for item in failures.items:
            say(f"FOUT in de vensters: {item}")
        return 1
    if code == 0:
        say(f"Koppelingen naar buiten (niet geopend): {len(links.opened)}")
    return code


def _run_steps(tmp: Path, passphrase: str, say: Callable[[str], None], failures: _Failures) -> int:
    from PySide6.QtWidgets import QApplication

    from toestemming.selftest import prepare_window_test_vault

    from .app import Session
    from .unlock import UnlockDialog

    youth_id, item_id, request_id = prepare_window_test_vault(tmp / "zelftest.tvault", passphrase)
    session = Session(tmp / "zelftest.tvault")
    session.show_unlock()
    dialog = session.dialog
    if not isinstance(dialog, UnlockDialog):
        say("FOUT: het ontgrendelvenster verscheen niet")
        return 1
    dialog.passphrase_field.setText(passphrase)
    dialog.unlock()
    if not _wait(lambda: session.window is not None or bool(failures.items)):
        say("FOUT: het hoofdvenster verscheen niet na ontgrendelen")
        return 1
    window = session.window
    if window is None:
        return 1
    say("Ontgrendeld via het ontgrendelvenster; hoofdvenster geopend")
    # The worklists and banners of after_unlock run off the GUI thread; let them land.
    QApplication.processEvents()
    _choose_youth(window, youth_id, item_id)

    keep = {id(window)}
    closer = _Closer(lambda: keep)
    try:
        count = _trigger_every_action(window, keep, closer.seen)
        _choose_youth(window, youth_id, item_id)
        count += _click_every_page_button(window, keep, closer.seen)
        _choose_youth(window, youth_id, item_id)
        _signing_mode(window, request_id, keep)
        pages = _pdf_preview(window, request_id)
    finally:
        closer.stop()
    say(
        f"{count} menuopdrachten en knoppen uitgevoerd; {len(set(closer.seen))} soorten "
        "vensters geopend en gesloten"
    )
    say("Ondertekenmodus geopend en gesloten")
    if pages < 1:
        say("FOUT: de PDF-voorvertoning toonde geen pagina")
        return 1
    say(f"PDF-voorvertoning: {pages} pagina('s) getekend")
    window.lock()
    if not _wait(lambda: session.dialog is not None or bool(failures.items)):
        say("FOUT: vergrendelen kwam niet terug bij het ontgrendelvenster")
        return 1
    if session.dialog is not None:
        session.dialog.hide()
        session.dialog.deleteLater()
    QApplication.processEvents()
    say("Vergrendeld en gesloten")
    return 0


def _choose_youth(window: Any, youth_id: int, item_id: int) -> None:
    """The youth's page with the decided item current, so the Documenten menu acts on it."""
    window.search_field.clear()
    window.flush_search()
    row = window.model.row_of(youth_id)
    if row is not None:
        window.table.setCurrentIndex(window.model.index(row, 0))
    window.detail.consents.choose_item(item_id)


def _trigger_every_action(window: Any, keep: set[int], seen: list[str]) -> int:
    """Every enabled action of every menu (and submenu), once; windows it opens are closed by
    the closer (modal) or here (modeless). Lock and quit come last, on purpose."""
    from PySide6.QtWidgets import QApplication, QMenu

    skipped = {id(getattr(window, name)) for name in SKIPPED_ACTIONS}
    count = 0
    menus: list[QMenu] = []
    for action in window.menuBar().actions():
        if isinstance(action.menu(), QMenu):
            menus.append(action.menu())
    while menus:
        menu = menus.pop(0)
        menu.aboutToShow.emit()  # menus that fill or enable themselves on opening
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                menus.append(sub)
                continue
            if action.isSeparator() or not action.isEnabled() or id(action) in skipped:
                continue
            action.trigger()
            count += 1
            QApplication.processEvents()
            _close_new_windows(keep, seen)
    return count


def _click_every_page_button(window: Any, keep: set[int], seen: list[str]) -> int:
    """The buttons on the youth's page and the window (new request, record a decision,
    withdraw, share, add a parent …): the dialogs that no menu opens. Each once, by its text;
    the page may be rebuilt after a click, so the button is looked up again each time."""
    from PySide6.QtWidgets import QApplication, QPushButton

    def visible() -> list[QPushButton]:
        return [b for b in window.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]

    count = 0
    for text in dict.fromkeys(b.text() for b in visible()):
        button = next((b for b in visible() if b.text() == text), None)
        if button is None:
            continue
        button.click()
        count += 1
        QApplication.processEvents()
        _close_new_windows(keep, seen)
        if not window.isVisible():  # signing mode hides the desk until the worker returns
            window.show()
    return count


def _close_new_windows(keep: set[int], seen: list[str]) -> None:
    from PySide6.QtWidgets import QApplication, QMenu

    for widget in QApplication.topLevelWidgets():
        if id(widget) not in keep and widget.isVisible() and not isinstance(widget, QMenu):
            seen.append(type(widget).__name__)
            _close_window(widget)
    QApplication.processEvents()


def _signing_mode(window: Any, request_id: int, keep: set[int]) -> None:
    from PySide6.QtWidgets import QApplication

    from .signing import SigningMode

    mode = SigningMode(window._service, request_id, None, window)
    keep.add(id(mode))
    mode.present(full_screen=False)
    QApplication.processEvents()
    keep.discard(id(mode))
    mode.hide()
    mode.deleteLater()
    window.show()  # the desk was hidden behind the mode
    QApplication.processEvents()


def _pdf_preview(window: Any, request_id: int) -> int:
    """The paper consent form of the open request, in the preview as the worker sees it."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from .forms import PdfPreviewDialog

    pdf = window._service.forms.render_paper_consent(request_id)
    preview = PdfPreviewDialog(pdf, "Zelftest", "zelftest.pdf", window)
    preview.show()
    QApplication.processEvents()
    pages = 0
    if preview.document.status() == QPdfDocument.Status.Ready:
        image = preview.document.render(0, QSize(300, 420))
        pages = preview.document.pageCount() if not image.isNull() else 0
    preview.reject()
    preview.deleteLater()
    return pages
