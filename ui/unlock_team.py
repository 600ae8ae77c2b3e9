"""The unlock window's team-server half: a saved connection or a new one, the password, and the
connect call (on a pool thread, like the vault's unlock).

The profile (toestemming/team_profile.py) is checked before anything goes over the network,
saved only after the server accepted the login, and never holds the password: that is typed,
or read from the OS keyring when the worker chose "Wachtwoord onthouden" before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from toestemming import team_profile
from toestemming.clock import Clock
from toestemming.errors import ToestemmingError, ValidationError
from toestemming.team_profile import ProfileStore, TeamProfile

from .preload import service_class
from .spoken import label_for

if TYPE_CHECKING:
    from toestemming.service import Service

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TeamOpened:
    service: Service
    keyring_problem: ToestemmingError | None  # the login worked; remembering the password not


def open_team(
    profile: TeamProfile,
    typed: str,
    remember: bool,
    store: ProfileStore,
    clock: Clock | None,
) -> TeamOpened:
    """Connect (pool thread). Saved only once the server said yes: a wrong password, an
    unreachable server or a refused certificate leaves the settings and the keyring as they were."""
    password = typed or None
    if password is None and not profile.uses_certificate:
        password = team_profile.stored_password(profile)
        if password is None:
            raise ValidationError(message_id="error-team-password-required", field="password")
    service = service_class().open_team(profile.conninfo(), password, clock=clock, check=True)
    problem: ToestemmingError | None = None
    try:
        store.save(profile)
        if remember and typed:
            team_profile.remember_password(profile, typed)
        elif not remember:
            team_profile.forget_password(profile)
    except team_profile.KeyringUnavailable as exc:
        problem = exc
    except (OSError, ToestemmingError):
        # The server is open; a settings folder that cannot be written costs only the list.
        log.warning("the team-server profile could not be saved")
    return TeamOpened(service, problem)


class TeamPanel(QWidget):
    """Connection fields; `profile()` checks them (ValidationError names the field)."""

    def __init__(self, store: ProfileStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.saved = QComboBox()
        self.saved.setAccessibleName(self.tr("Opgeslagen verbinding"))
        self.host_field = QLineEdit()
        self.host_field.setPlaceholderText("db.voorbeeld.nl")
        self.port_field = QSpinBox()
        self.port_field.setRange(1, 65535)
        self.port_field.setValue(team_profile.DEFAULT_PORT)
        self.port_field.setGroupSeparatorShown(False)
        self.database_field = QLineEdit("toestemming")
        self.user_field = QLineEdit()
        self.user_field.setPlaceholderText(self.tr("bv. anna_devries"))
        self.organisation_field = QLineEdit()
        self.ca_field = QLineEdit()
        self.ca_field.setPlaceholderText(self.tr("ca.crt van de ICT-afdeling"))
        self.certificate_box = QCheckBox(self.tr("Inloggen met een &clientcertificaat"))
        self.cert_field = QLineEdit()
        self.key_field = QLineEdit()
        self.password_field = QLineEdit()
        # Also marks it sensitive for on-screen keyboards (no predictions): Qt does so.
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setAccessibleName(self.tr("Wachtwoord"))
        self.remember_box = QCheckBox(self.tr("Wachtwoord o&nthouden op deze computer"))
        self.remember_box.setToolTip(
            self.tr("In de wachtwoordkluis van de computer, nooit in een bestand.")
        )

        form = self._form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.forget_button = QPushButton(self.tr("Vergeten"))
        self.forget_button.setAutoDefault(False)
        self.forget_button.setToolTip(
            self.tr("Deze verbinding en het onthouden wachtwoord van deze computer verwijderen")
        )
        self.forget_button.clicked.connect(self.forget_chosen)
        saved_row = QWidget()
        saved_box = QHBoxLayout(saved_row)
        saved_box.setContentsMargins(0, 0, 0, 0)
        saved_box.addWidget(self.saved, 1)
        saved_box.addWidget(self.forget_button)
        label = QLabel(self.tr("&Verbinding:"))
        label.setBuddy(self.saved)
        form.addRow(label, saved_row)
        self._row(form, self.tr("&Server:"), self.host_field)
        self._row(form, self.tr("&Poort:"), self.port_field)
        self._row(form, self.tr("&Database:"), self.database_field)
        self._row(form, self.tr("&Gebruikersnaam:"), self.user_field)
        self._row(form, self.tr("&Organisatie:"), self.organisation_field)
        _, self.ca_button = self._file_row(form, self.tr("C&A-certificaat:"), self.ca_field)
        form.addRow("", self.certificate_box)
        self.cert_label, self.cert_button = self._file_row(
            form, self.tr("C&ertificaat:"), self.cert_field
        )
        self.key_label, self.key_button = self._file_row(form, self.tr("S&leutel:"), self.key_field)
        self.password_label = self._row(form, self.tr("&Wachtwoord:"), self.password_field)
        form.addRow("", self.remember_box)

        self.certificate_box.toggled.connect(self._certificate_toggled)
        self.saved.currentIndexChanged.connect(self._saved_chosen)
        self._certificate_toggled(False)
        self.reload()

    # -- building -----------------------------------------------------------------------------
    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _file_row(
        self, form: QFormLayout, text: str, field: QLineEdit
    ) -> tuple[QLabel, QPushButton]:
        button = QPushButton(self.tr("Kiezen…"))
        button.setAutoDefault(False)
        button.setAccessibleName(text.replace("&", "").rstrip(":"))
        button.clicked.connect(lambda: self._choose_file(field))
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field, 1)
        box.addWidget(button)
        label = QLabel(text)
        label_for(label, field)  # the field sits in a row with its button
        form.addRow(label, row)
        return label, button

    def _choose_file(self, field: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Bestand kiezen"),
            field.text(),
            self.tr("Certificaten en sleutels (*.crt *.pem *.key);;Alle bestanden (*)"),
        )
        if path:
            field.setText(path)

    # -- state --------------------------------------------------------------------------------
    def reload(self) -> None:
        """The saved connections, newest list from disk; the first is chosen."""
        self.saved.blockSignals(True)
        self.saved.clear()
        for profile in self.store.load_all():
            self.saved.addItem(f"{profile.organisation} — {profile.key()}", profile)
        self.saved.addItem(self.tr("Nieuwe verbinding…"), None)
        self.saved.blockSignals(False)
        self._saved_chosen(0)

    @property
    def has_saved(self) -> bool:
        return self.saved.count() > 1

    def forget_chosen(self) -> None:
        """Remove the chosen connection from this computer (list and keyring); the account
        on the server is the IT department's and stays."""
        profile = self.saved.currentData()
        if isinstance(profile, TeamProfile):
            self.store.delete(profile)
            self.reload()

    def _saved_chosen(self, index: int) -> None:
        profile = self.saved.itemData(index)
        self.forget_button.setEnabled(isinstance(profile, TeamProfile))
        if not isinstance(profile, TeamProfile):
            for field in (self.host_field, self.user_field, self.organisation_field):
                field.clear()
            for field in (self.ca_field, self.cert_field, self.key_field):
                field.clear()
            self.port_field.setValue(team_profile.DEFAULT_PORT)
            self.database_field.setText("toestemming")
            self.certificate_box.setChecked(False)
            self.remember_box.setChecked(False)
            return
        self.host_field.setText(profile.host)
        self.port_field.setValue(profile.port)
        self.database_field.setText(profile.database)
        self.user_field.setText(profile.user)
        self.organisation_field.setText(profile.organisation)
        self.ca_field.setText(str(profile.ca_file))
        self.certificate_box.setChecked(profile.uses_certificate)
        self.cert_field.setText(str(profile.client_cert or ""))
        self.key_field.setText(str(profile.client_key or ""))
        self.password_field.clear()
        # Whether a password is remembered is learnt at connect (the keyring may be slow);
        # keeping the box ticked keeps it remembered.
        self.remember_box.setChecked(not profile.uses_certificate)

    def _certificate_toggled(self, on: bool) -> None:
        # setRowVisible: a hidden row leaves no gap (hiding its widgets would).
        for field in (self.cert_field, self.key_field):
            row = field.parentWidget()
            if row is not None:
                self._form.setRowVisible(row, on)
        self._form.setRowVisible(self.password_field, not on)
        self._form.setRowVisible(self.remember_box, not on)

    def profile(self) -> TeamProfile:
        cert = self.certificate_box.isChecked()
        return team_profile.make_profile(
            host=self.host_field.text(),
            port=self.port_field.value(),
            database=self.database_field.text(),
            user=self.user_field.text(),
            organisation=self.organisation_field.text(),
            ca_file=self.ca_field.text(),
            client_cert=self.cert_field.text() if cert else None,
            client_key=self.key_field.text() if cert else None,
        )

    def field_for(self, name: str | None) -> QWidget:
        fields: dict[str | None, QWidget] = {
            "host": self.host_field,
            "port": self.port_field,
            "database": self.database_field,
            "user": self.user_field,
            "organisation": self.organisation_field,
            "ca_file": self.ca_field,
            "client_cert": self.cert_field,
            "client_key": self.key_field,
        }
        return fields.get(name, self.password_field)

    def first_empty(self) -> QWidget:
        for field in (self.host_field, self.user_field, self.ca_field):
            if not field.text().strip():
                return field
        # (not isVisible(): before the dialog is shown nothing is visible yet)
        return self.host_field if self.certificate_box.isChecked() else self.password_field

    def set_busy(self, busy: bool) -> None:
        self.setEnabled(not busy)
