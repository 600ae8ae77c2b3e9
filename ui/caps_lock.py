"""Caps Lock while typing a passphrase: a line under the field says so.

A new worker's first unlock failed with Caps Lock on ("De wachtwoordzin klopt niet") and the
dots in the field could not show why. Qt has no portable call for the Caps Lock state, so it
is read from the keys themselves, as web browsers and password managers do: a capital letter
typed without Shift, or a small one with Shift, means Caps Lock is on; a letter the other way
round means it is off. Keys that are not letters say nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit


class CapsLockWatch(QObject):
    """Watches `fields`; shows `label` while the last letter typed in one says Caps Lock is on."""

    def __init__(self, fields: list[QLineEdit], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Caps Lock staat aan: je typt hoofdletters."))
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.label.setAccessibleName(self.label.text())
        self.label.hide()
        for field in fields:
            field.installEventFilter(self)

    @property
    def on(self) -> bool:
        return not self.label.isHidden()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
                # Imported on use: this module is on the unlock window's start path, and
                # PySide builds the whole QtCore.Qt namespace on first use (see scrollable()).
                from PySide6.QtCore import Qt

                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.label.setVisible(text.isupper() != shift)
        return False
