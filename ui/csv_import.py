"""Import youths from a school administration export: choose a file, check the preview (every
row with its own errors), confirm, and watch the import run with a progress bar and a stop
button. Nothing is written before the worker clicks Importeren.

Reading the preview and importing both run on a pool thread (ui.background.Task); progress
comes back through a queued signal. Stopping takes effect between two rows: rows already added
stay in the vault (each is its own transaction), and importing the same file again adds only
the rest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toestemming.csv_import import MAX_FILE_BYTES, ImportPreview, ImportRow, RowStatus
from toestemming.errors import ToestemmingError, in_language
from toestemming.service import Service
from toestemming.usecases.youth_import import ImportResult
from toestemming.words import plural

from .background import Task
from .crash import user_message
from .i18n import desk_language, desk_text
from .screen_fit import fit_to_screen
from .table_model import ListTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
FileChooser = Callable[[QWidget], Path | None]
ERROR_COLOUR = QColor("#b3261e")
MUTED_COLOUR = QColor("#6b6b6b")
POSSIBLE_COLOUR = QColor("#8a5300")  # brown: look at this row before importing


def ask_csv_file(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("CsvImportDialog", "Export uit de leerlingadministratie kiezen"),
        "",
        QCoreApplication.translate(
            "CsvImportDialog", "CSV-bestanden (*.csv *.txt);;Alle bestanden (*)"
        ),
    )
    return Path(chosen) if chosen else None


class ImportPreviewModel(ListTableModel[ImportRow]):
    """The preview rows; optionally only those with errors. Read-only."""

    LINE, STATUS, NAME, BIRTH_DATE, REFERENCE, SCHOOL, ERRORS = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: tuple[ImportRow, ...] = ()
        self._errors_only = False
        self._headers = (
            self.tr("Regel"),
            self.tr("Status"),
            self.tr("Naam"),
            self.tr("Geboortedatum"),
            self.tr("Leerlingnummer"),
            self.tr("School / opleiding"),
            self.tr("Fouten"),
        )

    def set_rows(self, rows: tuple[ImportRow, ...]) -> None:
        self.beginResetModel()
        self._all = rows
        self._apply()
        self.endResetModel()

    def set_errors_only(self, on: bool) -> None:
        self.beginResetModel()
        self._errors_only = on
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self._rows = [r for r in self._all if not self._errors_only or r.status == RowStatus.ERROR]

    def status_text(self, status: RowStatus) -> str:
        return {
            RowStatus.NEW: self.tr("nieuw"),
            RowStatus.EXISTING: self.tr("bestaat al – overslaan"),
            RowStatus.POSSIBLE: self.tr("mogelijk dubbel – controleer"),
            RowStatus.ERROR: self.tr("fout – overslaan"),
        }[status]

    def header_labels(self) -> tuple[str, ...]:
        return self._headers

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == RowStatus.ERROR and column in (self.STATUS, self.ERRORS):
                return ERROR_COLOUR
            if row.status == RowStatus.EXISTING:
                return MUTED_COLOUR
            if row.status == RowStatus.POSSIBLE and column in (self.STATUS, self.ERRORS):
                return POSSIBLE_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS:
            font = QFont()
            font.setBold(row.status != RowStatus.EXISTING)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ImportRow, column: int) -> str:
        if column == self.LINE:
            return str(row.line)
        if column == self.STATUS:
            return self.status_text(row.status)
        if column == self.NAME:
            return " ".join(
                p for p in (row.values.get("given_name"), row.values.get("family_name")) if p
            )
        if column == self.BIRTH_DATE:
            return f"{row.birth_date:%d-%m-%Y}" if row.birth_date else ""
        if column == self.REFERENCE:
            return row.external_ref
        if column == self.SCHOOL:
            parts = (row.values.get("school", ""), row.values.get("programme", ""))
            return " / ".join(p for p in parts if p)
        if column == self.ERRORS:
            if row.status == RowStatus.POSSIBLE:
                return self.tr("Lijkt op: %1").replace("%1", "; ".join(row.possible_duplicates))
            return " ".join(in_language(e, desk_language()) for e in row.errors)
        return ""


class _ProgressRelay(QObject):
    """Carries (done, total) from the import thread to the GUI thread."""

    progressed = Signal(int, int)
    _raw = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._raw.connect(self._relay, Qt.ConnectionType.QueuedConnection)

    def report(self, done: int, total: int) -> None:  # any thread
        self._raw.emit(done, total)

    @Slot(int, int)
    def _relay(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


class CsvImportDialog(QDialog):
    imported = Signal(object)  # ImportResult, after an import ended (finished or stopped)

    def __init__(
        self,
        service: Service,
        parent: QWidget | None = None,
        choose_file: FileChooser = ask_csv_file,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._choose_file = choose_file
        self._task: Task | None = None
        self._stop = threading.Event()
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.setWindowTitle(self.tr("Jongeren importeren"))
        self._build()
        self._set_state()

    # -- construction -------------------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "Kies een export uit de leerlingadministratie (CSV, gescheiden door puntkomma "
                "of komma). Herkende kolommen: Roepnaam/Voornaam, Tussenvoegsel, Achternaam en "
                "Geboortedatum (verplicht), Leerlingnummer, School, Opleiding, E-mail, Telefoon. "
                "Er wordt niets opgeslagen voordat u op Importeren klikt. Wie al in de kluis "
                "staat, wordt overgeslagen."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Bestand kiezen…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.file_label = QLabel(self.tr("Nog geen bestand gekozen."))
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.errors_only_box = QCheckBox(self.tr("Alleen regels met &fouten tonen"))
        self.errors_only_box.toggled.connect(lambda on: self.model.set_errors_only(on))

        self.model = ImportPreviewModel(self)
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Voorbeeld van de import"))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        widths = {
            ImportPreviewModel.LINE: "Regel0",
            ImportPreviewModel.STATUS: "bestaat al – overslaan",
            ImportPreviewModel.NAME: "M" * 13,
            ImportPreviewModel.BIRTH_DATE: "Geboortedatum",
            ImportPreviewModel.REFERENCE: "Leerlingnummer",
            ImportPreviewModel.SCHOOL: "M" * 12,
        }
        for column, sample in widths.items():
            # Never narrower than its heading as the header draws it (margins included).
            heading = header.sectionSizeFromContents(column).width()
            header.resizeSection(column, max(metrics.horizontalAdvance(sample) + 24, heading))
        header.setSectionResizeMode(ImportPreviewModel.ERRORS, QHeaderView.ResizeMode.Stretch)
        # A stretched column gives way down to the header's minimum: with a 16 px font the
        # others took the room and "Fouten" was 34 px, its heading cut. Never below its heading.
        errors = header.sectionSizeFromContents(ImportPreviewModel.ERRORS).width()
        header.setMinimumSectionSize(max(header.minimumSectionSize(), errors))
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        self.table = table

        self.progress_bar = QProgressBar()
        self.progress_bar.setFormat(self.tr("%v van %m"))
        self.progress_bar.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.possible_box = QCheckBox(
            self.tr("Ook de &mogelijk dubbele jongeren toevoegen (eerst controleren)")
        )
        self.possible_box.hide()
        self.possible_box.toggled.connect(lambda _on: self._set_state())

        self.import_button = QPushButton(self.tr("&Importeren"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button = QPushButton(self.tr("&Stoppen"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.request_stop)
        self.close_button = QPushButton(self.tr("Sl&uiten"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 4)
        # Keeps the buttons at their natural size while the progress bar is hidden.
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.errors_only_box)
        layout.addWidget(self.possible_box)
        layout.addWidget(table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        fit_to_screen(self, 1240, 660)

    # -- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def importing(self) -> bool:
        return self.busy and self.progress_bar.isVisible()

    def _set_state(self) -> None:
        preview = self.preview
        new = len(self._rows_to_import()) if preview and not preview.problems else 0
        possible = preview.count(RowStatus.POSSIBLE) if preview else 0
        self.possible_box.setVisible(possible > 0)
        self.possible_box.setEnabled(not self.busy and self.import_result is None)
        done = self.import_result is not None
        self.choose_button.setEnabled(not self.busy)
        self.import_button.setEnabled(not self.busy and new > 0 and not done)
        self.import_button.setText(
            self.tr("&Importeren (%1)").replace("%1", str(new))
            if new and not done
            else self.tr("&Importeren")
        )
        self.stop_button.setVisible(self.importing)
        self.stop_button.setEnabled(self.importing and not self._stop.is_set())
        self.close_button.setEnabled(not self.busy)
        self.errors_only_box.setEnabled(bool(preview and preview.rows))

    def _rows_to_import(self) -> list[ImportRow]:
        """New rows; look-alikes of someone in the vault only when the worker ticked the box."""
        if self.preview is None:
            return []
        if self.possible_box.isChecked():
            return self.preview.importable_with_possible()
        return self.preview.importable

    # -- reading ------------------------------------------------------------------------------
    def choose(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                self._show_problem(self.tr("Het bestand is te groot (maximaal 20 MB)."))
                return
            data = path.read_bytes()
        except OSError:
            self._show_problem(self.tr("Het bestand kan niet worden gelezen."))
            return
        self.load_bytes(data, path.name)

    def load_bytes(self, data: bytes, name: str) -> None:
        """Parse off the GUI thread; the preview appears when done (see `busy`)."""
        if self.busy:
            return
        self.file_label.setText(name)
        self.file_label.setToolTip(name)
        self.preview = None
        self.import_result = None
        self.model.set_rows(())
        self.status_label.setText(self.tr("Bestand wordt gelezen…"))
        self._show_problem("")
        service = self._service
        task = Task(lambda: service.youth_import.preview(data))
        task.succeeded.connect(self._previewed)
        task.failed.connect(self._failed)
        self._task = task
        self._set_state()
        task.start()

    def _previewed(self, preview: object) -> None:
        self._task = None
        assert isinstance(preview, ImportPreview)
        self.preview = preview
        self.model.set_rows(preview.rows)
        self._fit_columns()
        self.status_label.clear()
        self._show_problem(" ".join(in_language(p, desk_language()) for p in preview.problems))
        if preview.rows:
            self.summary_label.setText(
                self.tr(
                    "%1 regels: %2 nieuw, %3 bestaan al, %4 met fouten. Tekenset: %5, "
                    "scheidingsteken: %6."
                )
                .replace("%1", str(len(preview.rows)))
                .replace("%2", str(preview.count(RowStatus.NEW)))
                .replace("%3", str(preview.count(RowStatus.EXISTING)))
                .replace("%4", str(preview.count(RowStatus.ERROR)))
                .replace("%5", preview.encoding)
                .replace("%6", self._delimiter_name(preview.delimiter))
            )
            possible = preview.count(RowStatus.POSSIBLE)
            if possible:
                self.summary_label.setText(
                    self.summary_label.text()
                    + " "
                    + plural(
                        possible,
                        self.tr(
                            "%n regel lijkt op een jongere die al in de kluis staat; die wordt "
                            "alleen toegevoegd als u dat aanvinkt."
                        ),
                        self.tr(
                            "%n regels lijken op een jongere die al in de kluis staat; die "
                            "worden alleen toegevoegd als u dat aanvinkt."
                        ),
                    )
                )
        else:
            self.summary_label.clear()
        if preview.columns:
            used = ", ".join(preview.columns.values())
            text = self.tr("Gebruikte kolommen: %1.").replace("%1", used)
            if preview.ignored_columns:
                text += " " + self.tr("Niet gebruikt: %1.").replace(
                    "%1", ", ".join(preview.ignored_columns)
                )
            self.columns_label.setText(text)
        else:
            self.columns_label.clear()
        self._set_state()

    def _fit_columns(self) -> None:
        # Qt measures at most the header's resizeContentsPrecision rows (1000), so this stays
        # quick for a large file; the errors column takes whatever width is left.
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        cap = self.table.fontMetrics().horizontalAdvance("M" * 20)
        for column in range(ImportPreviewModel.ERRORS):
            header.resizeSection(column, min(header.sectionSize(column) + 12, cap))

    def _delimiter_name(self, delimiter: str) -> str:
        return {";": self.tr("puntkomma"), ",": self.tr("komma"), "\t": self.tr("tab")}.get(
            delimiter, delimiter
        )

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _failed(self, exc: object) -> None:
        self._task = None
        self.progress_bar.hide()
        message = desk_text(exc) if isinstance(exc, ToestemmingError) else None
        if message is None and isinstance(exc, BaseException):
            message = user_message(exc)
        self.status_label.clear()
        self._show_problem(message or "")
        self._set_state()

    # -- importing ----------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.busy or self.preview is None or self.preview.problems or self.import_result:
            return
        rows = self._rows_to_import()
        if not rows:
            return
        self._stop.clear()
        service, stop, relay = self._service, self._stop, self._relay
        task = Task(
            lambda: service.youth_import.import_youths(
                rows, progress=relay.report, should_stop=stop.is_set
            )
        )
        task.succeeded.connect(self._imported)
        task.failed.connect(self._failed)
        self._task = task
        self.progress_bar.setRange(0, len(rows))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status_label.setText(self.tr("Bezig met importeren…"))
        self._set_state()
        task.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(total)
        self.progress_bar.setValue(done)

    def request_stop(self) -> None:
        if not self.importing:
            return
        self._stop.set()
        self.status_label.setText(self.tr("Stoppen na de regel die nu wordt opgeslagen…"))
        self._set_state()

    def _imported(self, result: object) -> None:
        self._task = None
        assert isinstance(result, ImportResult)
        self.import_result = result
        self.progress_bar.setValue(result.done)
        self.status_label.setText(self.result_text(result))
        self._set_state()
        self.stop_button.hide()
        self.imported.emit(result)

    def result_text(self, result: ImportResult) -> str:
        if result.cancelled:
            text = self.tr(
                "Gestopt na %1 van %2 regels. %3 jongeren zijn toegevoegd en blijven in de "
                "kluis. Importeer hetzelfde bestand nog eens om de rest toe te voegen; wie er al "
                "is, wordt overgeslagen."
            )
        else:
            text = self.tr("Klaar: %3 jongeren toegevoegd (%1 van %2 regels verwerkt).")
        text = (
            text.replace("%1", str(result.done))
            .replace("%2", str(result.total))
            .replace("%3", str(result.added))
        )
        if result.skipped_existing:
            text += " " + self.tr("%1 stonden er intussen al in.").replace(
                "%1", str(result.skipped_existing)
            )
        if result.failed:
            lines = ", ".join(str(line) for line, _ in result.failed[:10])
            text += " " + self.tr("Niet gelukt op regel %1.").replace("%1", lines)
        return text

    def reject(self) -> None:
        # Closing while importing means "stop": the import ends between two rows first.
        if self.importing:
            self.request_stop()
            return
        if self.busy:
            return
        super().reject()
