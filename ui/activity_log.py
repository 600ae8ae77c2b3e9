"""Beheer → Logboek: the privacy officer's view of the whole vault's log — who (the worker),
what, when and which youth (by number and the request's reference code, never by name) —
with filters, CSV export, and the proof packages of every request with activity in the
chosen period (written and checked off the GUI thread)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import local_moment_text
from toestemming.errors import ToestemmingError
from toestemming.private_files import write_private
from toestemming.proof import verify
from toestemming.proof.package import PROOF_EXTENSION
from toestemming.service import Service
from toestemming.usecases.activity_log import GROUPS, LogFilter, LogPage, to_csv

from .background import Task
from .crash import user_message
from .date_fields import in_reading_order
from .i18n import desk_text
from .screen_fit import fit_to_screen

COLUMNS = ("Moment", "Medewerker", "Handeling", "Jongere", "Verzoek")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ActivityLogDialog(QDialog):
    def __init__(
        self,
        service: Service,
        parent: QWidget | None = None,
        *,
        youth_id: int | None = None,
        directory: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._page: LogPage | None = None
        self._task: Task | None = None
        self.directory = directory or Path.home()
        self.setWindowTitle(self.tr("Logboek van de kluis"))
        today = service.clock.today()
        self.since_edit = QDateEdit(_qdate(today.replace(day=1)))
        self.until_edit = QDateEdit(_qdate(today))
        for edit in (self.since_edit, self.until_edit):
            in_reading_order(edit)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.worker_combo = QComboBox()
        self.worker_combo.addItem(self.tr("Alle medewerkers"), None)
        for worker in service.workers():
            self.worker_combo.addItem(worker.name, worker.id)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("Alles"), None)
        for group in GROUPS:
            self.group_combo.addItem(group, group)
        self.youth_field = QLineEdit()
        self.youth_field.setPlaceholderText(self.tr("nummer, leeg = iedereen"))
        # The youth on the page (if any) is one click away: the officer need not know numbers.
        self.page_youth_button = QPushButton(self.tr("Jongere van de &pagina"))
        self.page_youth_button.setVisible(youth_id is not None)
        self.page_youth_button.clicked.connect(
            lambda: (self.youth_field.setText(str(youth_id)), self.load())
        )
        self.show_button = QPushButton(self.tr("&Tonen"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)

        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.since_edit)
        until = QLabel(self.tr("tot en met"))
        until.setBuddy(self.until_edit)  # the second date's name for a screen reader
        period.addWidget(until)
        period.addWidget(self.until_edit)
        period.addStretch(1)
        for caption, widget in (
            (self.tr("&Periode van:"), self.since_edit),
            (self.tr("&Medewerker:"), self.worker_combo),
            (self.tr("&Soort handeling:"), self.group_combo),
            (self.tr("&Jongere (nr.):"), self.youth_field),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            if widget is self.since_edit:
                form.addRow(label, period)
            elif widget is self.youth_field:
                youth_row = QHBoxLayout()
                youth_row.addWidget(self.youth_field, 1)
                youth_row.addWidget(self.page_youth_button)
                form.addRow(label, youth_row)
            else:
                form.addRow(label, widget)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, not cell to cell
        # Written out: lupdate reads only literal texts (self.tr(c) left them all Dutch).
        headings = [
            self.tr("Moment"),
            self.tr("Medewerker"),
            self.tr("Handeling"),
            self.tr("Jongere"),
            self.tr("Verzoek"),
        ]
        assert len(headings) == len(COLUMNS)
        self.table.setHorizontalHeaderLabels(headings)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        # Rows are one line high: a cell that does not fit ends in "…" and shows all of it as
        # a tooltip. Wrapped, a code in the narrow last column was broken in the middle and
        # only its first part shown (an 800 px screen, or large text).
        self.table.setWordWrap(False)
        # Measured once after filling: ResizeToContents would re-measure on every cell set.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Gebeurtenissen"))
        self.count_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.csv_button = QPushButton(self.tr("&CSV opslaan…"))
        self.csv_button.clicked.connect(self.ask_csv)
        self.proof_button = QPushButton(self.tr("&Bewijs van deze periode exporteren…"))
        self.proof_button.clicked.connect(self.ask_proofs)
        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addWidget(self.csv_button)
        row.addWidget(self.proof_button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 560)
        self.load()

    # -- filters and rows ---------------------------------------------------------------------
    def current_filter(self) -> LogFilter:
        text = self.youth_field.text().strip().removeprefix("nr.").strip()
        youth: int | None = None
        if text:
            if not text.isdigit():
                raise _InputError(self.tr("Vul bij Jongere een nummer in (of laat het leeg)."))
            youth = int(text)
        return LogFilter(
            _pydate(self.since_edit.date()),
            _pydate(self.until_edit.date()),
            self.worker_combo.currentData(),
            self.group_combo.currentData(),
            youth,
        )

    def load(self) -> bool:
        try:
            page = self._service.activity_log.entries(self.current_filter())
        except (ToestemmingError, _InputError) as exc:
            self._error(str(desk_text(exc) if isinstance(exc, ToestemmingError) else exc))
            return False
        self._page = page
        self.message.clear()
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(page.entries))
        for row, e in enumerate(page.entries):
            cells = (
                local_moment_text(e.at),
                e.worker or self.tr("(het programma)"),
                e.what,
                e.youth_label,
                e.reference_code,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, e.seq)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setUpdatesEnabled(True)
        count = len(page.entries)
        self.count_label.setText(
            self.tr("1 gebeurtenis")
            if count == 1
            else self.tr("%1 gebeurtenissen").replace("%1", str(count))
        )
        if page.cut_off:
            self.count_label.setText(
                self.count_label.text() + " " + self.tr("(de nieuwste; maak de periode kleiner)")
            )
        return True

    def _error(self, text: str) -> None:
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setText(text)

    def _ok(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def rows(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    # -- CSV ----------------------------------------------------------------------------------
    def ask_csv(self) -> Path | None:
        suggested = self.directory / "logboek.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Logboek opslaan als"), str(suggested), self.tr("CSV-bestand (*.csv)")
        )
        return self.save_csv(Path(path)) if path else None

    def save_csv(self, path: Path) -> Path | None:
        if self._page is None and not self.load():
            return None
        assert self._page is not None
        try:
            # The names of workers are personal data: the file is the current user's only.
            write_private(path, to_csv(self._page).encode("utf-8-sig"), replace=True)
        except ToestemmingError as exc:  # a folder or a vault's own file at that name
            self._error(desk_text(exc))
            return None
        except OSError:
            self._error(self.tr("Opslaan is niet gelukt. Kies een andere map of bestandsnaam."))
            return None
        self._ok(self.tr("Opgeslagen: %1").replace("%1", str(path)))
        return path

    # -- proof packages for the period --------------------------------------------------------
    def ask_proofs(self) -> Task | None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor de bewijspakketten"), str(self.directory)
        )
        return self.export_proofs(Path(folder)) if folder else None

    def export_proofs(self, folder: Path) -> Task | None:
        if self._task is not None:
            return None
        service = self._service
        since, until = _pydate(self.since_edit.date()), _pydate(self.until_edit.date())

        def work() -> tuple[int, int, list[str]]:
            ids = service.activity_log.requests_in_period(since, until)
            if not ids:
                raise _NothingToExport()
            folder.mkdir(parents=True, exist_ok=True)
            trust = service.forms.proof.own_trust()
            good, problems = 0, []
            for request_id in ids:
                code = service.consents.request(request_id).reference_code
                # A package of this request from an earlier run is brought up to date (never
                # a backup: private_files.check_new_target).
                path = service.forms.proof.export_request(
                    request_id, folder / f"bewijs-{code}{PROOF_EXTENSION}", replace=True
                )
                report = verify(path, trust=trust, clock=service.clock)
                if report.exit_code == 0:
                    good += 1
                else:
                    problems.append(f"{code}: {report.describe()}")
            return len(ids), good, problems

        self._ok(self.tr("Bezig: bewijspakketten maken en controleren …"))
        self.proof_button.setEnabled(False)
        task = Task(work)
        task.succeeded.connect(lambda result: self._proofs_done(folder, result))
        task.failed.connect(self._proofs_failed)
        self._task = task
        task.start()
        return task

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _proofs_done(self, folder: Path, result: object) -> None:
        self._task = None
        self.proof_button.setEnabled(True)
        total, good, problems = result  # type: ignore[misc]
        text = (
            self.tr("%1 bewijspakket(ten) geschreven in %2; %3 gecontroleerd en in orde.")
            .replace("%1", str(total))
            .replace("%2", str(folder))
            .replace("%3", str(good))
        )
        if problems:
            self._error(text + "\n" + "\n".join(problems))
        else:
            self._ok(text)

    def _proofs_failed(self, exc: object) -> None:
        self._task = None
        self.proof_button.setEnabled(True)
        if isinstance(exc, _NothingToExport):
            self._error(self.tr("In deze periode is niets over toestemming vastgelegd."))
        else:
            self._error(user_message(exc) if isinstance(exc, BaseException) else "")


class _InputError(Exception):
    pass


class _NothingToExport(Exception):
    pass
