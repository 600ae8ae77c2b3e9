"""The main window: search + youth list, the selected youth's page, and today's worklists.

The menus beyond the Kluis menu (Documenten, Op afstand, Beheer), the banners and the backup
at close are attached from app.build_main_window, so this class stays about the list and the
page. Closing or locking may run `close_work` first (the automatic backup), with the window
already emptied of personal data; the vault is closed when that work reports back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QResizeEvent
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

from toestemming.changes import MANY, Change
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.forms import PaperScan

from .changes import ChangeSignal
from .column_fit import Column, ColumnFit, fit_columns
from .i18n import desk_text
from .screen_fit import available
from .today_panel import TodayPanel
from .youth_detail import YouthDetailPanel
from .youth_model import YouthTableModel

# Sharing under a given item changes the page's disclosures, not today's worklists.
DISCLOSURE_KINDS = frozenset({"disclosure.recorded", "assessment.recorded", "objection.recorded"})
# Logged for the record only: nothing on the screen depends on them.
QUIET_KINDS = frozenset(
    {"proof.exported", "form.exported", "signing.receipt_sent", "worker.passphrase_changed"}
)

# Long enough to skip the intermediate keystrokes of a name, short enough to feel instant.
SEARCH_DELAY_MS = 250
# Below this width, on a screen held upright (a tablet at the desk), the youth's page goes
# under the list instead of beside it: side by side the list scrolled sideways and Vandaag cut
# its lines off at 800 px.
STACK_BELOW_WIDTH = 1000
# Below this height (a 1024×600 laptop at 200 % display scaling leaves 262 px) the window
# needed 320: the lock button's tool bar goes (Kluis → Vergrendelen and Ctrl+L stay), the
# margins narrow, the list keeps one row and Vandaag two lines in view; the rest scrolls.
SHORT_HEIGHT = 400

# Work before the vault closes: called with the service and a `done` callback; returns True
# when it started something that will call `done` later, False when there was nothing to do.
CloseWork = Callable[[Service, Callable[[], None]], bool]


def fit_youth_columns(table: QTableView) -> ColumnFit:
    """The name first, then the age (16: who decides), the date of birth and the school; on a
    narrow list the last ones give way (each row's tooltip has them all) instead of the list
    scrolling sideways. Fixed widths: measuring every loaded row of a large list is slow."""
    header, metrics = table.horizontalHeader(), table.fontMetrics()
    pad = 24

    def sample(column: int, text: str) -> Callable[[], int]:
        # The heading as the header draws it (margins and sort arrow included).
        return lambda: max(
            metrics.horizontalAdvance(text) + pad, header.sectionSizeFromContents(column).width()
        )

    name = YouthTableModel.NAME
    return fit_columns(
        table,
        header,
        (
            Column(name, sample(name, "x" * 14), sample(name, "M" * 16)),
            Column(YouthTableModel.AGE, *[sample(YouthTableModel.AGE, "000")] * 2),
            Column(
                YouthTableModel.BIRTH_DATE, *[sample(YouthTableModel.BIRTH_DATE, "00-00-0000")] * 2
            ),
            Column(YouthTableModel.SCHOOL, *[sample(YouthTableModel.SCHOOL, "")] * 2),
        ),
        grows=(YouthTableModel.SCHOOL, name),
    )


class MainWindow(QMainWindow):
    locked = Signal()  # the vault was closed; the app shows the unlock dialog again
    closed = Signal()  # the worker closed the window (the vault is closed too)
    closing = Signal()  # locking or closing has begun: dialogs with personal data go now

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = service
        self.close_work: CloseWork | None = None
        self._closing = False  # close work is running; the vault is still open
        self._after_close_work: Callable[[], None] | None = None
        self._in_close_event = False
        self._closed_sent = False
        self.setWindowTitle(self.tr("Toestemming — %1").replace("%1", service.organisation))
        # Small enough for a screen 800 px wide (a tablet held upright): 900 px made the
        # window wider than that screen; the page buttons wrap instead (test_ui_probe_s6).
        # Never more than the screen has (1920×1080 at 200 % leaves 540 px: test_ui_probe_s9).
        room = available(self)
        self.setMinimumSize(min(760, room.width()), min(560, room.height()))

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

        # Every commit anywhere (this window's dialogs, the tablet, an import, a reply
        # confirmed) reaches the list, the youth's page and Vandaag through this one signal.
        self.change_signal = ChangeSignal(service, self)

        self._build_actions()
        self._build_layout()
        self._connect()
        self.today.refresh()
        self._update_notice()
        if self.model.rowCount() == 0:
            # The first morning: nothing to search, the first step is adding a youth (Enter).
            self.detail.placeholder_add_youth.setFocus()
        else:
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
        self.vault_menu = menu
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
        self.toolbar = toolbar
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
        self.columns = fit_youth_columns(table)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)

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
        # Half and half: at 5:4 the list took the room the youth's page needed once the page
        # could be narrow (a 1024×600 netbook with 200 % text: its cards fell below the fold).
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self._split = split
        # Until the worker drags the divider, list and page share the width half and half
        # (the splitter's own share followed the list's wish: the page fell below the fold).
        self._split_moved = False
        split.splitterMoved.connect(self._divider_moved)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 6)
        self._outer = outer
        self._short: bool | None = None
        # Banners (damaged vault, backup too old) sit above the work, full width.
        self.banner_area = QVBoxLayout()
        self.banner_area.setSpacing(6)
        outer.addLayout(self.banner_area)
        outer.addWidget(split, 1)
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
        self.today.youth_chosen.connect(self._today_chosen)
        self.today.item_activated.connect(self._today_activated)
        self.detail.youth_added.connect(self._youth_added)
        self.change_signal.changed.connect(self.vault_changed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()
        self._fit_orientation()

    def _fit_height(self) -> None:
        """A short window (SHORT_HEIGHT) gives its height to the work: no tool bar, narrow
        margins, the list and Vandaag with fewer lines kept in view (they scroll)."""
        short = self.height() < SHORT_HEIGHT
        if short == self._short:
            return
        self._short = short
        self.toolbar.setVisible(not short)
        margin = (4, 2, 4, 2) if short else (10, 8, 10, 6)
        self._outer.setContentsMargins(*margin)
        table = self.table
        rows = 1 if short else 0
        least = (
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        table.setMinimumHeight(least if short else 0)
        self.today.keep_lines(2 if short else None)

    def _fit_orientation(self) -> None:
        upright = self.width() < STACK_BELOW_WIDTH and self.height() > self.width()
        wanted = Qt.Orientation.Vertical if upright else Qt.Orientation.Horizontal
        turned = self._split.orientation() != wanted
        if turned:
            self._split.setOrientation(wanted)
        if turned or not self._split_moved:
            # Stacked, the youth's page (cards with their buttons) needs the larger share.
            length = self.height() if upright else self.width()
            share = 0.42 if upright else 1 / 2
            self._split.setSizes([int(length * share), int(length * (1 - share))])

    def _divider_moved(self, _pos: int, _index: int) -> None:
        self._split_moved = True

    def add_banner(self, banner: QWidget) -> None:
        self.banner_area.addWidget(banner)

    def refresh(self) -> None:
        """Reload the list, today's worklists and the open youth page from the vault."""
        if self._service is None:
            return
        self._search_timer.stop()
        self.model.set_filter(self.search_field.text().strip())
        self.today.refresh()
        self.detail.refresh()

    def vault_changed(self, changes: list[Change]) -> None:
        """One commit's changes: reload only what shows them — the list when youths changed,
        the youth's page when it is about the youth shown (or about no one youth: catalog,
        policy), Vandaag unless only disclosures were recorded."""
        if self._service is None or self._closing:
            return
        changes = [c for c in changes if c.kind not in QUIET_KINDS]
        if not changes:
            return
        if any(c.kind == MANY or c.kind.startswith("youth.") for c in changes):
            self._reload_list()
        shown = self.detail.youth_id
        if shown is not None:
            self.detail.apply_changes([c for c in changes if c.youth_id in (shown, None)])
        if any(c.kind not in DISCLOSURE_KINDS for c in changes):
            self.today.refresh()

    def _reload_list(self) -> None:
        """Reload the list with the current search and keep the youth shown selected."""
        self._search_timer.stop()
        self.model.set_filter(self.search_field.text().strip())
        shown = self.detail.youth_id
        row = self.model.row_of(shown) if shown is not None else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

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
                # Short: the page beside the list says how to begin, with the button (the
                # same long text here was cut off in the narrow list at 200 % text).
                self.list_notice.setText(self.tr("Er staan nog geen jongeren in de kluis."))
            self.list_notice.show()
        else:
            self.list_notice.clear()
            self.list_notice.hide()
        first_day = (
            self._service is not None and self.model.rowCount() == 0 and not self.model.filter_text
        )
        self.detail.show_first_day(first_day)
        # An empty vault has nothing to do today: its worklists (all 0) took the height the
        # list's own "what to do first" needed, cut off at 1024×600 with large text.
        self.today.setVisible(not first_day)

    def _show_list_error(self, message: str) -> None:
        self.list_notice.setText(message)
        self.list_notice.show()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        youth = self.model.youth_at(current.row())
        if youth is not None and youth.id != self.detail.youth_id:
            self.detail.show_youth(youth.id)

    def _youth_added(self, youth_id: int) -> None:
        """A youth added from the page is selected in the list (already reloaded by the
        change signal) when it shows there."""
        if self._service is None:
            return
        row = self.model.row_of(youth_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def show_scan(self, scan: PaperScan) -> object:
        """A signed paper form was read in: its youth (selected in the list if loaded) and the
        decision dialog with the scan as evidence."""
        row = self.model.row_of(scan.request.youth_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        return self.detail.record_scan(scan)

    # -- today's worklists --------------------------------------------------------------------
    def _today_chosen(self, youth_id: int, item_id: int, request_id: int) -> None:
        """A line in Vandaag became current: its youth's page, its item (or its request's
        first item) the current one, so the menus act on it — without taking the keyboard
        away from the worklist."""
        if youth_id != self.detail.youth_id:
            self.detail.show_youth(youth_id)
        if not item_id and request_id:
            item_id = self._first_item_of(request_id) or 0
        self.detail.consents.choose_item(item_id or None)

    def _today_activated(self, kind: str, youth_id: int, item_id: int, request_id: int) -> None:
        """Enter or double click on a worklist line: the place where it is dealt with."""
        from .today_panel import HELD, NOTIFY, PENDING, RECONFIRM, REMOTE, RETENTION

        self._today_chosen(youth_id, item_id, request_id)
        if kind == NOTIFY and item_id:
            self.detail.open_notify(item_id)
        elif kind == RECONFIRM and item_id:
            self.detail.open_record_decision(item_id)
        elif kind == PENDING and request_id:
            self.detail.open_record_decision(request_id=request_id)
        elif kind == REMOTE and request_id:
            self.detail.open_send_request(self._first_item_of(request_id), reminder=True)
        elif kind == RETENTION and hasattr(self, "retention_actions"):
            self.retention_actions.open_erase(youth_id)
        elif kind == HELD and hasattr(self, "retention_actions"):
            self.retention_actions.open_dispute(youth_id)  # over? say so there
        else:  # expiring: the youth's page is the place; the cards say the rest
            card = self.detail.consents.current_card()
            if card is not None:
                self.detail.consents.focus_item(card.item_id)
            else:
                self.detail.consents.setFocus()

    def _first_item_of(self, request_id: int) -> int | None:
        cards = self.detail.consents.cards
        return next((c.item_id for c in cards if c.view.request_id == request_id), None)

    # -- locking ------------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._service is None

    @property
    def is_closing(self) -> bool:
        return self._closing

    def lock(self) -> None:
        """Wipe every widget that showed personal data, run the close work (the automatic
        backup), close the vault, emit `locked`."""
        if self._service is None or self._closing:
            return
        self._begin_close(self._finish_lock)

    def _begin_close(self, then: Callable[[], None]) -> None:
        service = self._service
        assert service is not None
        self._closing = True
        self._after_close_work = then
        self._forget_personal_data()
        # Painted now, not at the next turn of the event loop: closing a team vault writes its
        # final checkpoint to the server, and a stalled server holds this thread there — the
        # old frame with the young people's data must not stay on screen meanwhile.
        self.repaint()
        self.closing.emit()
        work = self.close_work
        started = False
        if work is not None:
            try:
                started = work(service, self._close_work_done)
            except Exception:  # never lose the close over the work before it
                started = False
        if not started:
            self._close_work_done()

    def _close_work_done(self) -> None:
        then, self._after_close_work = self._after_close_work, None
        self._closing = False
        if then is not None:
            then()

    def _finish_lock(self) -> None:
        message = self._close_service()
        if message:
            QMessageBox.warning(self, self.tr("Vergrendelen"), message)
        self.locked.emit()

    def _finish_close(self) -> None:
        message = self._close_service()
        if message:
            QMessageBox.warning(self, self.tr("Afsluiten"), message)
        if not self._in_close_event:
            self.close()  # the close work ran on: finish the close the worker asked for

    def close_now(self) -> None:
        """Close the vault at once, without close work (the event loop has ended)."""
        self._after_close_work = None
        self._closing = False
        if self._service is not None:
            self._forget_personal_data()
            self._close_service()
        self.close()

    def _close_service(self) -> str | None:
        service, self._service = self._service, None
        self._search_timer.stop()
        self.change_signal.detach()
        error: str | None = None
        try:
            if service is not None:
                service.close()
        except ToestemmingError as exc:
            # close() forgets the keys even when the final checkpoint fails.
            error = desk_text(exc)
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
        # Quitting also closes the vault (final signed checkpoint, keys forgotten), after the
        # close work; while that runs the window stays (empty) and closes when it is done.
        if self._service is not None:
            self._in_close_event = True
            try:
                if self._closing:
                    self._after_close_work = self._finish_close  # a lock in progress: quit
                else:
                    self._begin_close(self._finish_close)
            finally:
                self._in_close_event = False
            if self._service is not None:
                event.ignore()
                return
        event.accept()
        if not self._closed_sent:
            self._closed_sent = True
            self.closed.emit()
