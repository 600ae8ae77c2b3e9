"""Organisation policy: who decides for under-16s, default validity, retention, auto-lock.
Stored in the vault (every workstation follows it) and changed as one logged event."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import ParentPolicy, Policy
from toestemming.service import Service

from ..combo_elide import shorten_shown_text
from ..combo_tooltip import tooltip_follows_text
from ..i18n import desk_text
from ..signing.wrapping import WrapCheckBox
from .form_dialog import ERROR_STYLE

OK_STYLE = "color: #2e7d32;"


class PolicyPage(QWidget):
    policy_changed = Signal(object)  # the saved Policy

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        intro = QLabel(
            self.tr(
                "Deze afspraken gelden voor de hele organisatie en voor iedere computer met "
                "deze kluis. Elke wijziging komt in het logboek."
            )
        )
        intro.setWordWrap(True)
        self.parent_field = QComboBox()
        self.parent_field.addItem(
            self.tr("Alle ouders met gezag moeten toestemming geven (aanbevolen)"),
            ParentPolicy.ALL_WITH_GEZAG.value,
        )
        self.parent_field.addItem(
            self.tr("Eén ouder met gezag is genoeg"), ParentPolicy.ONE_WITH_GEZAG.value
        )
        # On a narrow screen with large text the long choices wrap or shorten instead of
        # making Instellingen wider than the screen (1024×600 at 150 %: 1,092 px wide).
        full_width = self.parent_field.sizeHint().width()
        self.parent_field.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.parent_field.setMinimumContentsLength(20)
        self.parent_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.parent_field.setMaximumWidth(full_width)
        tooltip_follows_text(self.parent_field)  # all of it, if shortened
        shorten_shown_text(self.parent_field)
        self.co_decision_box = WrapCheckBox(
            self.tr(
                "Jongeren van 12 tot 16 jaar beslissen mee met hun ouders (zoals in de jeugdhulp)"
            )
        )
        self.public_body_box = WrapCheckBox(
            self.tr("Wij zijn een overheidsorgaan (zoals RMC, leerplicht of gemeente)")
        )
        self.public_body_box.setToolTip(
            self.tr(
                "Een overheidsorgaan deelt voor zijn wettelijke taak nooit op 'gerechtvaardigd "
                "belang' (AVG artikel 6 lid 1, laatste zin); die grondslag wordt dan niet "
                "aangeboden."
            )
        )
        self.validity_field = QSpinBox()
        self.validity_field.setRange(1, 5 * 366)
        self.validity_field.setSuffix(self.tr(" dagen"))
        self.retention_field = QSpinBox()
        self.retention_field.setRange(1, 30)
        self.retention_field.setSuffix(self.tr(" jaar"))
        self.autolock_field = QSpinBox()
        self.autolock_field.setRange(30, 3600)
        self.autolock_field.setSingleStep(30)
        self.autolock_field.setSuffix(self.tr(" seconden"))
        self.autolock_hint = QLabel()
        self.autolock_field.valueChanged.connect(self._describe_autolock)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Onder 16 jaar, &twee ouders:"), self.parent_field),
            (self.tr("12 tot 16 jaar:"), self.co_decision_box),
            (self.tr("O&rganisatie:"), self.public_body_box),
            (self.tr("Standaard ge&ldig:"), self.validity_field),
            (self.tr("Be&waartermijn:"), self.retention_field),
        ]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        autolock_row = QHBoxLayout()
        autolock_row.addWidget(self.autolock_field)
        autolock_row.addWidget(self.autolock_hint)
        autolock_row.addStretch(1)
        autolock_label = QLabel(self.tr("Automatisch &vergrendelen na:"))
        autolock_label.setBuddy(self.autolock_field)
        form.addRow(autolock_label, autolock_row)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Beleid op&slaan"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        button_row = QHBoxLayout()
        button_row.addWidget(self.save_button)
        button_row.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(button_row)
        layout.addStretch(1)
        self.load()

    def _describe_autolock(self, seconds: int) -> None:
        minutes, rest = divmod(seconds, 60)
        if rest == 0:
            text = (
                self.tr("(1 minuut)")
                if minutes == 1
                else self.tr("(%1 minuten)").replace("%1", str(minutes))
            )
        else:
            text = self.tr("(%1 min %2 s)").replace("%1", str(minutes)).replace("%2", str(rest))
        self.autolock_hint.setText(text)

    def load(self) -> None:
        policy = self._service.policy()
        self.parent_field.setCurrentIndex(
            max(0, self.parent_field.findData(policy.parent_policy.value))
        )
        self.co_decision_box.setChecked(policy.co_decision_12_15)
        self.public_body_box.setChecked(policy.public_body)
        self.validity_field.setValue(policy.default_validity_days)
        self.retention_field.setValue(policy.retention_years)
        self.autolock_field.setValue(policy.autolock_seconds)
        self._describe_autolock(policy.autolock_seconds)

    def edited_policy(self) -> Policy:
        return replace(
            self._service.policy(),
            parent_policy=ParentPolicy(str(self.parent_field.currentData())),
            co_decision_12_15=self.co_decision_box.isChecked(),
            public_body=self.public_body_box.isChecked(),
            default_validity_days=self.validity_field.value(),
            retention_years=self.retention_field.value(),
            autolock_seconds=self.autolock_field.value(),
        )

    def save(self) -> bool:
        policy = self.edited_policy()
        if policy == self._service.policy():
            self._status(self.tr("Er is niets gewijzigd."), ok=True)
            return False
        try:
            self._service.set_policy(policy)
        except ToestemmingError as exc:
            self._status(desk_text(exc), ok=False)
            return False
        self._status(self.tr("Het beleid is opgeslagen."), ok=True)
        self.policy_changed.emit(policy)
        return True

    def _status(self, text: str, *, ok: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
