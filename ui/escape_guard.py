"""Escape does not throw typed work away unseen.

A worker who has typed into a dialog (a youth's name, a reason, an address) and presses
Escape, perhaps to close a drop-down or by a slip of the hand, lost all of it without a word.
Now the first Escape keeps the dialog open and says why; a second Escape closes it as before.
Annuleren / Sluiten stay a deliberate choice and close at once. Only what the worker typed
counts (QLineEdit.isModified, a text box's document), not what a dialog filled in itself; a
passphrase is left out (typing it again loses nothing). Called by the application's one event
filter (screen_fit.DialogFitter): a second Python filter would double its cost per event.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolTip,
    QWidget,
)

WARNED = "escapeGuardWarned"  # dynamic property on the dialog: the next Escape closes it


def typed_work(dialog: QWidget) -> bool:
    """Whether the worker typed something into `dialog` that is still in a field."""
    for field in dialog.findChildren(QLineEdit):
        if not _counts(field, dialog) or field.echoMode() != QLineEdit.EchoMode.Normal:
            continue
        if field.isModified() and field.text().strip():
            return True
    for box in dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit):
        if not _counts(box, dialog) or box.isReadOnly():
            continue
        if box.document().isModified() and box.toPlainText().strip():
            return True
    return False


def _counts(field: QWidget, dialog: QWidget) -> bool:
    return field.window() is dialog and field.isVisibleTo(dialog) and field.isEnabled()


def on_escape(watched: QObject, event: QEvent) -> bool:
    """For the application's event filter: True when this Escape is held back (the dialog
    stays open and says why)."""
    if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape:
        return False
    if event.modifiers() not in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    ):
        return False
    if not isinstance(watched, QWidget):
        return False
    dialog = watched.window()
    if not isinstance(dialog, QDialog) or isinstance(dialog, QMessageBox | QFileDialog):
        return False
    if not dialog.isVisible() or dialog.property(WARNED) or not typed_work(dialog):
        return False
    dialog.setProperty(WARNED, True)
    text = QCoreApplication.translate(
        "EscapeGuard",
        "Wat u hier typte, is nog niet opgeslagen. Druk nog een keer op Esc om dit venster "
        "toch te sluiten.",
    )
    corner = dialog.mapToGlobal(dialog.rect().center())
    QToolTip.showText(corner, text, dialog)
    return True
