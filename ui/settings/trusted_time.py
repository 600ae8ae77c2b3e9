"""Instellingen → Tijd: the timestamp authority (RFC 3161) for trusted time on proofs and
checkpoints. Saving tests the address off the GUI thread (a TSA that does not answer takes up
to its timeout); it is saved either way — work never waits for the TSA."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import LOCAL_TZ
from toestemming.errors import ToestemmingError
from toestemming.service import Service

from ..background import Task
from ..i18n import desk_text
from .form_dialog import ERROR_STYLE
from .policy import OK_STYLE


class TrustedTimePage(QWidget):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._task: Task | None = None
        intro = QLabel(
            self.tr(
                "Met een tijdstempeldienst (RFC 3161) krijgen bewijzen en het logboek een tijd "
                "die niet van de klok van deze computer afhangt. Zonder dienst werkt alles "
                "gewoon; bewijzen zeggen dan 'geen vertrouwde tijdstempel'."
            )
        )
        intro.setWordWrap(True)
        self.url_field = QLineEdit(service.trusted_time.url() or "")
        self.url_field.setPlaceholderText("https://…")
        self.url_field.setAccessibleName(self.tr("Adres van de tijdstempeldienst"))
        self.save_button = QPushButton(self.tr("Opslaan en te&sten"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.off_button = QPushButton(self.tr("&Uitzetten"))
        self.off_button.setAutoDefault(False)
        self.off_button.clicked.connect(self.switch_off)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Tijdstempeldienst:")))
        row.addWidget(self.url_field, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.off_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self._describe()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _describe(self) -> None:
        status = self._service.trusted_time.status()
        if status.url is None:
            self._status(self.tr("Geen tijdstempeldienst ingesteld."), ok=None)
        elif status.latest_stamp is not None:
            moment = status.latest_stamp.tsa_time.astimezone(LOCAL_TZ)
            self._status(
                self.tr("Laatste controlepunt gestempeld op %1.").replace(
                    "%1", moment.strftime("%d-%m-%Y %H:%M")
                ),
                ok=True,
            )
        elif status.last_failure is not None:
            self._status(
                self.tr("De dienst antwoordde de laatste keer niet; de volgende keer opnieuw."),
                ok=False,
            )

    def save(self) -> None:
        if self._task is not None:
            return
        try:
            self._service.trusted_time.set_url(self.url_field.text())
        except ToestemmingError as exc:
            self._status(desk_text(exc), ok=False)
            return
        if not self._service.trusted_time.url():
            self._describe()
            return
        self._status(self.tr("Opgeslagen. Bezig met testen …"), ok=True)
        self.save_button.setEnabled(False)
        self._task = Task(self._service.trusted_time.probe)
        self._task.succeeded.connect(self._tested)
        self._task.failed.connect(self._untested)
        self._task.start()

    def switch_off(self) -> None:
        self.url_field.clear()
        self._service.trusted_time.set_url(None)
        self._describe()

    def _tested(self, moment: object) -> None:
        self._done()
        when = moment.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")  # type: ignore[attr-defined]
        self._status(
            self.tr("Opgeslagen en getest: de dienst gaf als tijd %1.").replace("%1", when),
            ok=True,
        )

    def _untested(self, exc: object) -> None:
        self._done()
        reason = desk_text(exc) if isinstance(exc, ToestemmingError) else ""
        self._status(
            self.tr("Opgeslagen, maar de test mislukte: %1 Bewijzen worden gewoon gemaakt.")
            .replace("%1", reason)
            .strip(),
            ok=False,
        )

    def _done(self) -> None:
        self._task = None
        self.save_button.setEnabled(True)

    def _status(self, text: str, *, ok: bool | None) -> None:
        """ok None: neutral (nothing set is a choice, neither success nor failure)."""
        self.status_label.setText(text)
        self.status_label.setStyleSheet("" if ok is None else OK_STYLE if ok else ERROR_STYLE)
