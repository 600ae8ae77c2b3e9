"""Last-resort error handling: an unexpected exception shows a calm Dutch dialog, not a crash.

The dialog never contains the exception text or a traceback: those can hold personal data
(a name in a KeyError, a value in a ValueError). Only the exception's class name is shown,
as a code the administrator can pass on. The one excepthook also writes the log entry: type
and code lines of the traceback, never the exception's text (toestemming/applog.py), so
Help → Logboek meesturen gives the maintainer where it happened. The event loop goes on: the
app stays usable. Windowed builds have no console (sys.stderr may be None), so nothing is
printed.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from toestemming.errors import ToestemmingError

from .i18n import desk_language

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    """What the user may see about `exc`: its own message if it is one of ours (free of
    personal data by contract; in the worker's language where it has a message id), otherwise
    a generic text with the class name as code."""
    if isinstance(exc, ToestemmingError):
        return exc.text_in(desk_language())
    return (
        QCoreApplication.translate(
            "ErrorDialog",
            "Er ging onverwacht iets mis. De laatste handeling is misschien niet uitgevoerd. "
            "Controleer het resultaat; blijft het misgaan, vergrendel dan de kluis, start "
            "Toestemming opnieuw en meld het aan de beheerder.",
        )
        + "\n\n"
        + QCoreApplication.translate("ErrorDialog", "Foutcode: %1").replace(
            "%1", type(exc).__name__
        )
        + "\n"
        + QCoreApplication.translate(
            "ErrorDialog",
            "Stuur de beheerder het logboek mee (Help → Logboek meesturen): daarin staat waar "
            "het misging, zonder persoonsgegevens.",
        )
    )


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Modal message for `exc`, over the active window."""
    if QApplication.instance() is None:
        return
    # Without a given parent the box is a window of its own, only placed over the active one:
    # as that window's child it went with it when the window was on its way out (closed with
    # deleteLater, e.g. at a lock) and the message vanished unread.
    # (exec() makes it application-modal; no Qt enum here: this module is on the start path,
    # before PySide builds its Qt namespace — tests/ui/test_ui_unlock_start.py.)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Toestemming — fout"))
    box.setText(user_message(exc))
    if parent is None:
        _place_over(box, QApplication.activeWindow())  # (after the text: its size counts)
    box.exec()


def _place_over(box: QMessageBox, window: QWidget | None) -> None:
    """Centre `box` over `window` and keep it above it, without making it its child."""
    if window is None or not window.isVisible():
        return
    size = box.sizeHint()
    centre = window.frameGeometry().center()
    box.move(centre.x() - size.width() // 2, centre.y() - size.height() // 2)
    handle, over = box.windowHandle(), window.windowHandle()
    if handle is None:
        box.winId()  # creates the native window, so it can name its transient parent
        handle = box.windowHandle()
    if handle is not None and over is not None:
        handle.setTransientParent(over)


class _Hook:
    def __init__(self, previous: ExceptHook) -> None:
        self.previous = previous
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous(exc_type, exc, tb)
            return
        # Our own errors carry a Dutch message for the user and are expected; the rest is a
        # bug: the log gets type + traceback (the redaction filter drops the exception text).
        if issubclass(exc_type, ToestemmingError):
            log.info("melding aan de gebruiker: %s", exc_type.__name__)
        else:
            log.error("onverwachte fout: %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
        # One dialog at a time: an error inside the dialog's own event loop must not stack
        # an endless pile of windows.
        if self._showing:
            return
        self._showing = True
        try:
            show_error(exc)
        finally:
            self._showing = False


def install_excepthook() -> None:
    """Route uncaught exceptions on the GUI thread to the error dialog (idempotent)."""
    if not isinstance(sys.excepthook, _Hook):
        sys.excepthook = _Hook(sys.excepthook)
