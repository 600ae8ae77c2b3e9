"""Signing mode stays up until the worker unlocks it: Escape, Alt+F4 / close and minimising
do not leave, the desk window behind is hidden while it is up. A mix-in of SigningMode
(mode.py), placed before QWidget so that its event handlers come first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QWidget


class StaysUntilUnlocked:
    # Supplied by SigningMode.
    service: Any
    stack: Any
    unlock_page: Any
    thanks_page: Any
    who_page: Any
    idle: Any
    reader: Any
    left: Any
    _unlocked: bool
    _full_screen: bool
    _hidden_desk: QWidget | None
    _back_to: QWidget | None

    # -- leaving: only with the worker's passphrase --------------------------------------------
    def ask_passphrase(self) -> None:
        if self.stack.currentWidget() is not self.unlock_page:
            self._back_to = self.stack.currentWidget()
        self.unlock_page.reset()
        self.thanks_page.worker.reset()
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.field.setFocus()

    def unlock_back(self) -> None:
        self.unlock_page.reset()
        self.stack.setCurrentWidget(self._back_to or self.who_page)

    def try_unlock(self, passphrase: str) -> None:
        if not self.service.signing.verify_worker_passphrase(passphrase):
            # Said where it was typed: the unlock page or the thanks page's worker field.
            page = self.stack.currentWidget()
            getattr(page, "worker", self.unlock_page.worker).wrong()
            return
        self.leave()

    def leave(self) -> None:
        self._unlocked = True
        self.idle.stop()
        if self.reader is not None:
            self.reader.stop()
        if self._hidden_desk is not None:
            self._hidden_desk.show()
            # The worker's keyboard goes straight back to the desk (no click to wake it).
            self._hidden_desk.raise_()
            self._hidden_desk.activateWindow()
            self._hidden_desk = None
        self.close()
        self.left.emit()

    @property
    def is_locked(self) -> bool:
        return not self._unlocked

    def present(self, full_screen: bool = True) -> None:
        """Show the mode and hide the desk window behind it until the worker unlocks."""
        parent = self.parentWidget()
        desk = parent.window() if parent is not None else None
        if desk is not None and desk is not self and desk.isVisible():
            desk.hide()
            self._hidden_desk = desk
        self._full_screen = full_screen
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # never leaves; the worker uses the "Begeleider" button
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unlocked:
            event.accept()
            return
        event.ignore()  # Alt+F4, the window manager's close: ask for the passphrase instead
        self.ask_passphrase()

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self._unlocked
            and self.windowState() & Qt.WindowState.WindowMinimized
        ):
            QTimer.singleShot(0, self._restore)
        super().changeEvent(event)

    def _restore(self) -> None:
        if self._unlocked:
            return
        if self._full_screen:
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()
        self.activateWindow()
