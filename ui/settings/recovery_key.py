"""A new recovery key, shown once: after removing a worker who knew the old one.

The recovery key opens the vault as a writer whoever types it, and the worker who made the
vault saw it. Removing that worker's passphrase slot does not take the key out of their head
or their drawer: only a new recovery key does (Service.renew_recovery_key). Making it derives a
key with Argon2 (about a second), so it runs on a pool thread; the new key is then shown like
at creation — once, to print or copy by hand, with no copy button, and a copy on the
clipboard is cleared after 30 seconds.
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.service import Service

from ..clipboard_guard import ClipboardGuard, guard_recovery_key
from ..setup.recovery_sheet import ask_and_print, grouped_key, key_label
from ..signing.wrapping import WrapCheckBox
from .form_dialog import ERROR_STYLE


class NewRecoveryKeyDialog(QDialog):
    """Shows the new recovery key until the worker confirms it was printed or kept."""

    def __init__(self, service: Service, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._recovery_key = recovery_key
        self.clipboard_guard: ClipboardGuard = guard_recovery_key(service.clock, recovery_key)
        self.setWindowTitle(self.tr("Nieuwe herstelsleutel"))
        explanation = QLabel(
            self.tr(
                "De oude herstelsleutel werkt niet meer. Dit is de nieuwe; u ziet hem nu "
                "<b>één keer</b>. Druk hem af of schrijf hem over, bewaar hem op een veilige "
                "plek (niet bij de computer) en vernietig het papier met de oude sleutel."
            )
        )
        explanation.setWordWrap(True)
        self.key_label = key_label()
        self.key_label.setText(grouped_key(recovery_key))
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_key)
        self.confirm_box = WrapCheckBox(  # wraps on a narrow screen with large text
            self.tr("Ik heb de nieuwe herstelsleutel afgedrukt of op een veilige plek &bewaard.")
        )
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(ERROR_STYLE)
        self.notice.hide()
        self.done_button = QPushButton(self.tr("&Klaar"))
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)
        self.confirm_box.toggled.connect(self.done_button.setEnabled)
        self.confirm_box.toggled.connect(lambda _on: self.notice.hide())
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.key_label)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def print_key(self) -> bool:
        return ask_and_print(
            self,
            self._service.organisation,
            self._service.vault.path.name,
            self._recovery_key,
            self._service.clock.today(),
        )

    def _may_leave(self) -> bool:
        """Not before the worker says the key is kept: it is not shown again."""
        if self.confirm_box.isChecked():
            return True
        self.notice.setText(
            self.tr("Bevestig eerst dat u de nieuwe herstelsleutel heeft afgedrukt of bewaard.")
        )
        self.notice.show()
        return False

    def accept(self) -> None:
        if self._may_leave():
            self._forget()
            super().accept()

    def reject(self) -> None:  # Esc
        if self._may_leave():
            self._forget()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_leave():
            self._forget()
            event.accept()
        else:
            event.ignore()

    def _forget(self) -> None:
        self.key_label.clear()
        self._recovery_key = ""
        self.clipboard_guard.retire_when_idle()  # a copy still there goes after 30 s
