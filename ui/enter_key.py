"""Enter on a focused button presses that button, in every dialog.

A dialog's helper buttons are kept from being its default ("Sjabloon gebruiken", "Nu",
"Aanmaken en nu tekenen op de tablet": setAutoDefault(False)), so that Enter in a field does
what the dialog is for. Qt then sends Enter on such a button, even while it has the focus, to
the dialog's default button: a worker with the keyboard only who tabbed to "Aanmaken en nu
tekenen op de tablet" and pressed Enter made the request without the tablet, and Enter on
"Sjabloon gebruiken" made a request of whatever was chosen so far. Windows presses the
focused button; so do we (as page_column.PageButton does on the youth's page). Called by the
application's one event filter (screen_fit.DialogFitter)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton


def on_enter(watched: QObject, event: QEvent) -> bool:
    """For the application's event filter: True when this Enter pressed the focused button."""
    if not isinstance(event, QKeyEvent) or event.key() not in (
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    ):
        return False
    if event.modifiers() not in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    ):
        return False
    if not isinstance(watched, QPushButton) or watched.autoDefault():
        return False  # an auto-default button is the default while it has the focus: Qt's way
    if not (watched.hasFocus() and watched.isEnabled() and isinstance(watched.window(), QDialog)):
        return False
    if not event.isAutoRepeat():  # a held key presses once
        watched.click()
    return True
