"""The main window: search + youth list, the selected youth's page, and today's worklists."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.service import Service

from .today_panel import TodayPanel
from .youth_detail import YouthDetailPanel
from .youth_model import YouthTableModel

# Long enough to skip the intermediate keystrokes of a name, short enough to feel instant.
SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    locked = Signal()  # the vault was closed; the app shows the unlock dialog again
    closed = Signal()  # the worker closed the window (the vault is closed too)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = service
        self.setWindowTitle(self.tr("Toestemming — %1").replace("%1", service.organisation))
        self.setMinimumSize(900, 560)

        self.model = YouthTableModel(service, self)
        self.search_field = QLineEdit()
        self.table = QTableView()
        self.list_notice = QLabel()
        self.detail = YouthDetailPanel(service)
        self.today = TodayPanel(service)
        self.worker_label = QLabel(self.tr("Medewerker: %1").replace("%1", service.worker.name))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.flush_search)

        self._build_actions()
        self._build_layout()
        self._connect()
        self.today.refresh()
        self._update_notice()
        self.search_field.setFocus()

    # -- construction -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Vergrendelen"), self)
        self.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
        self.lock_action.setToolTip(self.tr("Kluis vergrendelen (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        self.find_action = QAction(self.tr("&Zoeken"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self._focus_search)
        self.refresh_action = QAction(self.tr("Ver&nieuwen"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.quit_action = QAction(self.tr("&Afsluiten"), self)
        self.quit_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q))
        self.quit_action.triggered.connect(self.close)

        menu = self.menuBar().addMenu(self.tr("&Kluis"))
        menu.addAction(self.find_action)
        menu.addAction(self.refresh_action)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        toolbar = self.addToolBar(self.tr("Kluis"))
        toolbar.setObjectName("vault_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.lock_action)
        self.statusBar().addPermanentWidget(self.worker_label)

    def _build_layout(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Zoek op naam, geboortedatum of school…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Zoeken"))
        self.search_field.installEventFilter(self)
        search_label = QLabel(self.tr("Z&oeken:"))
        search_label.setBuddy(self.search_field)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_field, 1)

        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab moves on to the youth's page, not cell to cell
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Jongeren"))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        pad = 24
        # Fixed widths: ResizeToContents would measure every loaded row of a large list.
        header.resizeSection(YouthTableModel.NAME, metrics.horizontalAdvance("M" * 16))
        for column, sample in (
            (YouthTableModel.BIRTH_DATE, "00-00-0000"),
            (YouthTableModel.AGE, "000"),
        ):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + pad)
        header.setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

        self.list_notice.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search_row)
        left_layout.addWidget(table, 1)
        left_layout.addWidget(self.list_notice)
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(left)
        left_split.addWidget(self.today)
        left_split.setStretchFactor(0, 3)
        left_split.setStretchFactor(1, 1)
        left_split.setChildrenCollapsible(False)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left_split)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 4)
        split.setChildrenCollapsible(False)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 6)
        outer.addWidget(split)
        self.setCentralWidget(central)

        QWidget.setTabOrder(self.search_field, table)
        QWidget.setTabOrder(table, self.detail.consents)
        QWidget.setTabOrder(self.detail.consents, self.today.tree)

    def _connect(self) -> None:
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self._go_to_list)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.model.modelReset.connect(self._update_notice)
        self.model.load_failed.connect(self._show_list_error)
        self.today.youth_chosen.connect(self.detail.show_youth)
        self.detail.worklists_changed.connect(self.today.refresh)

    def refresh(self) -> None:
        """Reload the list, today's worklists and the open youth page from the vault."""
        if self._service is None:
            return
        self._search_timer.stop()
        self.model.set_filter(self.search_field.text().strip())
        self.today.refresh()
        self.detail.refresh()

    # -- search -------------------------------------------------------------------------------
    def flush_search(self) -> None:
        """Apply the search text now instead of after the typing pause (tests, Enter key)."""
        self._search_timer.stop()
        if self._service is None:
            return
        text = self.search_field.text().strip()
        if text != self.model.filter_text:
            self.model.set_filter(text)

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _go_to_list(self) -> None:
        self.flush_search()
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow down from the search field goes to the results, as in a browser's address bar.
        if (
            watched is self.search_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._go_to_list()
            return True
        return super().eventFilter(watched, event)

    def _update_notice(self) -> None:
        if self._service is not None and self.model.rowCount() == 0:
            if self.model.filter_text:
                self.list_notice.setText(self.tr("Geen jongeren gevonden."))
            else:
                self.list_notice.setText(self.tr("Er staan nog geen jongeren in de kluis."))
            self.list_notice.show()
        else:
            self.list_notice.clear()
            self.list_notice.hide()

    def _show_list_error(self, message: str) -> None:
        self.list_notice.setText(message)
        self.list_notice.show()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        youth = self.model.youth_at(current.row())
        if youth is not None:
            self.detail.show_youth(youth.id)

    # -- locking ------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._service is None

    def lock(self) -> None:
        """Close the vault, wipe every widget that showed personal data, emit `locked`."""
        if self._service is None:
            return
        message = self._close_service()
        if message:
            QMessageBox.warning(self, self.tr("Vergrendelen"), message)
        self.locked.emit()

    def _close_service(self) -> str | None:
        service, self._service = self._service, None
        self._search_timer.stop()
        error: str | None = None
        try:
            if service is not None:
                service.close()
        except ToestemmingError as exc:
            # close() forgets the keys even when the final checkpoint fails.
            error = exc.message
        finally:
            self._forget_personal_data()
        return error

    def _forget_personal_data(self) -> None:
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self.model.clear()
        self.detail.clear(forget_service=True)
        self.today.clear(forget_service=True)
        self.worker_label.clear()
        self.list_notice.clear()
        self.statusBar().clearMessage()
        for action in (self.lock_action, self.find_action, self.refresh_action):
            action.setEnabled(False)
        self.search_field.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quitting also closes the vault (final signed checkpoint, keys forgotten).
        message = self._close_service() if self._service is not None else None
        if message:
            QMessageBox.warning(self, self.tr("Afsluiten"), message)
        event.accept()
        self.closed.emit()
