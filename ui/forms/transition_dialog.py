"""Transitieformulier editor for one youth: the linked consent, internships, development
perspective and contact persons. 'Voorbeeld' shows the PDF of what is on screen (unsaved),
with save and print; 'Opslaan' stores a new version. The service decides which parts the
consent covers; the preview shows what is left out and why."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toestemming import validation
from toestemming.clock import local_date
from toestemming.errors import ToestemmingError, ValidationError
from toestemming.model import ItemStatus
from toestemming.service import Service
from toestemming.usecases.forms_data import (
    PERSPECTIVE_LABELS,
    ContactPerson,
    Internship,
    Perspective,
    TransitionFormData,
)

from ..combo_elide import shorten_shown_text
from ..combo_tooltip import tooltip_follows_text
from ..core_labels import perspective_label
from ..crash import user_message
from ..i18n import desk_text
from ..screen_fit import fit_to_screen, scrollable
from ..signing.wrapping import FlowLayout, arrange
from .pdf_preview import PdfPreviewDialog

COLUMNS = ("workplace", "work", "start", "end", "hours", "evaluation", "guidance")


class ContactFields(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Naam:"), self.name)
        form.addRow(self.tr("Organisatie:"), self.organisation)
        form.addRow(self.tr("Telefoon:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)

    def value(self) -> ContactPerson | None:
        c = ContactPerson(
            self.name.text(), self.organisation.text(), self.phone.text(), self.email.text()
        )
        return c if any((c.name, c.organisation, c.phone, c.email)) else None

    def set_value(self, c: ContactPerson | None) -> None:
        for field, text in zip(
            (self.name, self.organisation, self.phone, self.email),
            (c.name, c.organisation, c.phone, c.email) if c else ("", "", "", ""),
            strict=True,
        ):
            field.setText(text)


class TransitionFormDialog(QDialog):
    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        youth = service.people.youth(youth_id)
        self.setWindowTitle(self.tr("Transitieformulier — %1").replace("%1", youth.display_name))
        fit_to_screen(self, 900, 760)

        self.request_combo = QComboBox()
        # A long request ends in "…" on a narrow screen (its tooltip holds all of it) instead
        # of making the dialog wider than the screen (906 px on an upright tablet).
        self.request_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.request_combo.setMinimumContentsLength(24)
        self.request_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        tooltip_follows_text(self.request_combo)
        shorten_shown_text(self.request_combo)
        self.request_combo.addItem(self.tr("(geen toestemming gekoppeld)"), None)
        # A first form links the newest request she said yes to: left at "geen", the new
        # worker's first form came out with every section left off ("er is geen geldige
        # toestemming gekoppeld"), though the consent had been signed minutes before.
        self._newest_given: int | None = None
        for request in service.consents.requests_for_youth(youth_id):  # newest first
            if self._newest_given is None and any(
                service.consents.item_status(i.id).status == ItemStatus.GIVEN for i in request.items
            ):
                self._newest_given = request.id
            purposes = ", ".join(dict.fromkeys(i.purpose.title for i in request.items))
            self.request_combo.addItem(
                f"{request.reference_code} — {local_date(request.created_at):%d-%m-%Y} — {purposes}",
                request.id,
            )
        hint = QLabel(
            self.tr(
                "Alleen wat deze toestemming dekt, komt op het formulier. Wat zij niet dekt, "
                "wordt weggelaten; het formulier zegt dat erbij. Bekijk het voorbeeld."
            )
        )
        hint.setWordWrap(True)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stageplaats"),
                self.tr("Soort werk"),
                self.tr("Van (dd-mm-jjjj)"),
                self.tr("Tot (dd-mm-jjjj)"),
                self.tr("Uren/week"),
                self.tr("Hoe ging het"),
                self.tr("Begeleiding nodig"),
            ]
        )
        self.table.setAccessibleName(self.tr("Stages"))
        # Each column at least as wide as its heading (stretched, "Van (dd-mm-jjjj)" was cut
        # off below 1366 px and in English); the table scrolls sideways when narrower.
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Tab leaves the table (arrows move between its cells, typing edits one): with Qt's
        # default Tab went from cell to cell and round again, and a worker using the keyboard
        # never reached Bewaren once a stage was added.
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton(self.tr("Stage &toevoegen"))
        self.remove_button = QPushButton(self.tr("Stage ve&rwijderen"))
        self.add_button.clicked.connect(lambda: self.add_internship())
        self.remove_button.clicked.connect(self._remove_selected)

        self.perspective_group = QButtonGroup(self)
        # The choices continue on a next row on a narrow screen (an upright tablet with large
        # text), as do the two contact persons below (side by side only when they fit).
        perspective_row = FlowLayout(spacing=12, right=False)
        self.perspective_buttons: dict[Perspective | None, QRadioButton] = {}
        # In the desk's language (English on an English desk); the form prints Dutch.
        for value, label in [
            (None, self.tr("nog niet bekend")),
            *((p, perspective_label(p)) for p in PERSPECTIVE_LABELS),
        ]:
            button = QRadioButton(label)
            self.perspective_buttons[value] = button
            self.perspective_group.addButton(button)
            perspective_row.addWidget(button)
        self.perspective_buttons[None].setChecked(True)
        self.perspective_notes = QPlainTextEdit()
        self.perspective_notes.setPlaceholderText(self.tr("Toelichting (optioneel)"))
        self.perspective_notes.setAccessibleName(self.tr("Toelichting (optioneel)"))
        self.perspective_notes.setMaximumHeight(70)
        self.perspective_notes.setTabChangesFocus(True)  # Tab goes on to the contacts

        self.school_contact = ContactFields(self.tr("Contactpersoon school"))
        self.municipality_contact = ContactFields(self.tr("Contactpersoon gemeente"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.preview_button = self.buttons.addButton(
            self.tr("&Voorbeeld, opslaan als PDF, afdrukken…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.save_button = self.buttons.addButton(
            self.tr("&Bewaren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        internships = QGroupBox(self.tr("Stages"))
        box = QVBoxLayout(internships)
        box.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        perspective = QGroupBox(self.tr("Ontwikkelingsperspectief"))
        pbox = QVBoxLayout(perspective)
        pbox.addLayout(perspective_row)
        pbox.addWidget(self.perspective_notes)
        contacts = self._contacts = QHBoxLayout()
        contacts.addWidget(self.school_contact)
        contacts.addWidget(self.municipality_contact)
        form = QFormLayout()
        form.addRow(self.tr("Gekoppelde toe&stemming:"), self.request_combo)
        # The form's body scrolls on a short screen (1024×600, 200 % scaling); the linked
        # consent above it and the buttons below stay in view.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(hint)
        column.addWidget(internships, 1)
        column.addWidget(perspective)
        column.addLayout(contacts)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scrollable(body), 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._load()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = event.size().width() - 60  # the dialog's and the group boxes' margins
        arrange(self._contacts, room, [self.school_contact, self.municipality_contact])

    # -- data <-> widgets ---------------------------------------------------------------------
    def _load(self) -> None:
        form = self._service.forms.transition_form(self._youth_id)
        if form is None:
            self.request_combo.setCurrentIndex(
                max(0, self.request_combo.findData(self._newest_given))
            )
            return
        d = form.data
        index = self.request_combo.findData(d.request_id)
        self.request_combo.setCurrentIndex(max(0, index))
        for internship in d.internships:
            self.add_internship(internship)
        self.perspective_buttons[d.perspective].setChecked(True)
        self.perspective_notes.setPlainText(d.perspective_notes)
        self.school_contact.set_value(d.school_contact)
        self.municipality_contact.set_value(d.municipality_contact)
        self.message.setText(self.tr("Versie %1 geladen.").replace("%1", str(form.version)))

    def add_internship(self, internship: Internship | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        i = internship
        values = (
            (
                i.workplace,
                i.work,
                _day(i.start),
                _day(i.end),
                "" if i.hours_per_week is None else str(i.hours_per_week),
                i.evaluation,
                i.guidance,
            )
            if i
            else ("",) * len(COLUMNS)
        )
        for col, text in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(text))
        return row

    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def data(self) -> TransitionFormData:
        """What is on screen; raises ValidationError (Dutch) for a date or number typed wrong."""
        internships = []
        for row in range(self.table.rowCount()):
            if not any(self._cell(row, c) for c in range(len(COLUMNS))):
                continue  # an empty row the worker added but did not fill
            label = self.tr("Stage %1").replace("%1", str(row + 1))
            hours = self._cell(row, 4)
            if hours and not hours.isdigit():
                raise ValidationError(
                    self.tr("%1: uren per week moet een heel getal zijn.").replace("%1", label)
                )
            internships.append(
                Internship(
                    workplace=self._cell(row, 0),
                    work=self._cell(row, 1),
                    start=_parse_day(self._cell(row, 2), label),
                    end=_parse_day(self._cell(row, 3), label),
                    hours_per_week=int(hours) if hours else None,
                    evaluation=self._cell(row, 5),
                    guidance=self._cell(row, 6),
                )
            )
        chosen = next((p for p, b in self.perspective_buttons.items() if b.isChecked()), None)
        return TransitionFormData(
            request_id=self.request_combo.currentData(),
            internships=tuple(internships),
            perspective=chosen,
            perspective_notes=self.perspective_notes.toPlainText(),
            school_contact=self.school_contact.value(),
            municipality_contact=self.municipality_contact.value(),
        )

    # -- actions ------------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            form = self._service.forms.save_transition_form(self._youth_id, self.data())
        except ToestemmingError as exc:
            self._error(desk_text(exc))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Bewaard als versie %1.").replace("%1", str(form.version)))
        return True

    def preview(self) -> PdfPreviewDialog | None:
        try:
            pdf = self._service.forms.render_transition_form(self._youth_id, self.data())
        except ToestemmingError as exc:
            self._error(desk_text(exc))
            return None
        except Exception as exc:  # never a traceback in the UI
            self._error(user_message(exc))
            return None
        dialog = PdfPreviewDialog(
            pdf, self.tr("Transitieformulier — voorbeeld"), "transitieformulier.pdf", self
        )
        service, youth_id = self._service, self._youth_id
        dialog.exported.connect(
            lambda _how: service.forms.record_printed("transitieformulier", youth_id, pdf)
        )
        dialog.open()
        return dialog

    def _error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(text)


def _day(value: date | None) -> str:
    return "" if value is None else f"{value:%d-%m-%Y}"


def _parse_day(text: str, label: str) -> date | None:
    if not text:
        return None
    try:
        return validation.parse_date(text, label, "internships")
    except ValidationError:
        raise ValidationError(
            f"{label}: de datum is ongeldig (gebruik dd-mm-jjjj).", field="internships"
        ) from None
