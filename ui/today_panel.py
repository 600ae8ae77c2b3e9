"""The "Vandaag" panel: counts and lines of the worklists that need attention today.

Moving onto a line shows its youth's page with its item current (the menus then act on it);
Enter or a double click opens the place where the line is dealt with (see
MainWindow._today_activated): the decision, the reminder e-mail, the notification list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.service import Service
from toestemming.usecases.mail_inbox import CheckResult
from toestemming.usecases.worklists import WorkItem
from toestemming.words import plural

from .background import Task
from .column_fit import Column, ColumnFit, fit_columns
from .crash import user_message
from .i18n import desk_language, desk_phrase, desk_text
from .remote.inbox_dialog import InboxDialog, waiting_text
from .retention_hold import dispute_label

# Long lists stay usable: the count says how many there are, the lines show the first ones.
MAX_LINES_PER_LIST = 50
# Lines the panel always has room for: on a 1024×600 netbook with 200 % text the splitter
# gave it a quarter of a short column, its heading and half of one line ("Wacht op antwoo").
LINES_IN_VIEW = 3


# What a line is about (where Enter takes the worker).
PENDING, REMOTE, EXPIRING, RECONFIRM, NOTIFY, RETENTION, HELD = (
    "pending",
    "remote",
    "expiring",
    "reconfirm",
    "notify",
    "retention",
    "held",
)


@dataclass(frozen=True)
class Line:
    kind: str
    youth_id: int
    request_id: int  # 0: not about one request (retention)
    item_id: int  # 0: about the whole request
    code: str
    detail: str


def _work_lines(kind: str, items: list[WorkItem]) -> list[Line]:
    return [
        Line(kind, w.youth_id, w.request_id, w.item_id or 0, w.reference_code, desk_phrase(w.why))
        for w in items
    ]


def _age(days: int) -> str:
    """How long a request waits, in the desk's language with a real plural."""
    if days <= 0:
        return QCoreApplication.translate("TodayPanel", "wacht op antwoord, van vandaag")
    return plural(
        days,
        QCoreApplication.translate("TodayPanel", "wacht op antwoord, %n dag oud"),
        QCoreApplication.translate("TodayPanel", "wacht op antwoord, %n dagen oud"),
    )


def _pending(service: Service, pending: list[WorkItem]) -> list[Line]:
    """Requests waiting for an answer; those sent by e-mail or app say how old they are, if a
    reminder is due and when they expire (Enter then opens the reminder)."""
    remote = {p.request_id: p for p in service.remote.pending()}
    out = []
    for w in pending:
        p = remote.get(w.request_id)
        if p is None:
            out.append(Line(PENDING, w.youth_id, w.request_id, 0, w.reference_code, _age(w.days)))
            continue
        detail = plural(
            p.age_days,
            QCoreApplication.translate(
                "TodayPanel", "op afstand verstuurd, %n dag geleden; verloopt op %2"
            ),
            QCoreApplication.translate(
                "TodayPanel", "op afstand verstuurd, %n dagen geleden; verloopt op %2"
            ),
        ).replace("%2", f"{p.expires_on:%d-%m-%Y}")
        if p.reminder_due:
            detail += QCoreApplication.translate("TodayPanel", " — herinnering sturen")
        out.append(Line(REMOTE, w.youth_id, w.request_id, 0, w.reference_code, detail))
    return out


def _retention(service: Service) -> list[Line]:
    return [
        Line(RETENTION, c.youth_id, 0, 0, "", c.reason().text_in(desk_language()))
        for c in service.retention.due()
    ]


def _held(service: Service) -> list[Line]:
    """Records an open dispute keeps past their retention period (retention_hold.py)."""
    return [
        Line(
            HELD,
            youth_id,
            0,
            0,
            "",
            QCoreApplication.translate(
                "TodayPanel", "Geschil: %1 — niet wissen zolang het loopt"
            ).replace("%1", dispute_label(kind)),
        )
        for youth_id, kind in service.retention.held_records()
    ]


def _lists(service: Service) -> list[tuple[str, Callable[[], list[Line]]]]:
    w = service.worklists
    open_requests = cache(w.open_requests)  # both lists from one status scan (fixtoday)
    return [
        (
            QCoreApplication.translate("TodayPanel", "Wacht op antwoord"),
            lambda: _pending(service, open_requests().pending),
        ),
        (
            QCoreApplication.translate("TodayPanel", "Verloopt binnen 30 dagen"),
            lambda: _work_lines(EXPIRING, w.expiring_within(30)),
        ),
        (
            QCoreApplication.translate("TodayPanel", "Herbevestigen (16 geworden)"),
            lambda: _work_lines(RECONFIRM, w.needs_reconfirmation()),
        ),
        (
            QCoreApplication.translate("TodayPanel", "Wie beslist is veranderd"),
            lambda: _work_lines(RECONFIRM, open_requests().decider_changed),
        ),
        (
            QCoreApplication.translate("TodayPanel", "Opnieuw vragen (doeltekst gewijzigd)"),
            lambda: _work_lines(RECONFIRM, w.text_changed()),
        ),
        (
            QCoreApplication.translate("TodayPanel", "Intrekking: ontvangers informeren"),
            lambda: _work_lines(NOTIFY, w.withdrawals_to_notify()),
        ),
        (
            QCoreApplication.translate("TodayPanel", "Bewaartermijn verstreken"),
            lambda: _retention(service),
        ),
        (_held_title(), lambda: _held(service)),  # the last (see TodayPanel.held_button)
    ]


def _held_title() -> str:
    return QCoreApplication.translate("TodayPanel", "Vastgehouden door een geschil")


class _WrapDelegate(QStyledItemDelegate):
    """Row heights for wrapped lines: a tree asks its delegate for a row's size without the
    column's width, so its lines never grew a second line (only "…")."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if not self._tree.wordWrap():
            return super().sizeHint(option, index)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        wide = QStyleOptionViewItem(option)
        width = self._tree.header().sectionSize(index.column()) - depth * self._tree.indentation()
        wide.rect = QRect(0, 0, max(width, 1), 1)
        return super().sizeHint(wide, index)


class TodayPanel(QWidget):
    NAME, DETAIL, CODE = range(3)
    YouthIdRole = Qt.ItemDataRole.UserRole + 1
    LineRole = Qt.ItemDataRole.UserRole + 2
    NameRole = Qt.ItemDataRole.UserRole + 3

    youth_chosen = Signal(int, int, int)  # moved onto a line: (youth, item or 0, request or 0)
    item_activated = Signal(str, int, int, int)  # Enter/double click: (kind, youth, item, req.)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = service
        self._lines_in_view = LINES_IN_VIEW  # fewer in a short window (keep_lines)
        title = QLabel(self.tr("Vandaag"))
        font = QFont(title.font())
        font.setBold(True)
        title.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Jongere"), self.tr("Wat"), self.tr("Code")])
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setRootIsDecorated(True)
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        self._stacked = False
        self._columns = self._fit_columns()
        self._columns.fitted.connect(self._after_fit)
        self.tree.setAccessibleName(self.tr("Werklijsten voor vandaag"))
        title.setBuddy(self.tree)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        # Replies picked up from the mailbox (IMAP): "3 antwoorden wachten op bevestiging",
        # when it last looked and how often; a click opens them.
        self.inbox_button = QPushButton()
        self.inbox_button.setFlat(True)
        self.inbox_button.setStyleSheet("text-align: left; font-weight: bold;")
        self.inbox_button.clicked.connect(self.open_inbox)
        self.inbox_status = QLabel()
        self.inbox_status.setWordWrap(True)
        self.inbox_button.hide()
        self.inbox_status.hide()
        # Records a dispute holds, at the top: their list is the last group, below the fold
        # as soon as the other lists have lines (a worker never scrolled down to it). A click
        # goes to the list's first line.
        self.held_button = QPushButton()
        self.held_button.setFlat(True)
        self.held_button.setStyleSheet("text-align: left; font-weight: bold;")
        self.held_button.clicked.connect(self.show_held)
        self.held_button.hide()
        self.poll_timer = QTimer(self)
        self.poll_timer.timeout.connect(self.check_mailbox)
        self._check_task: Task | None = None
        self.inbox_error = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.inbox_button)
        layout.addWidget(self.inbox_status)
        layout.addWidget(self.held_button)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error_label)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.setToolTip(self.tr("Enter op een regel: daar verder werken"))
        self.counts: dict[str, int] = {}
        self._held_heading: QTreeWidgetItem | None = None

    def _fit_columns(self) -> ColumnFit:
        """Name, what and code side by side where they fit; the code gives way first (it is in
        the tooltip), and where even name and what do not fit side by side (a 1024×600
        netbook with 200 % text: "wacht o…" after the name) each line stacks them in one
        column that wraps, rather than scrolling sideways."""
        tree = self.tree
        header = tree.header()
        metrics = tree.fontMetrics()

        def heading(column: int) -> int:
            return header.sectionSizeFromContents(column).width()

        def widest(column: int) -> int:
            texts = [line.text(column) for line in self._lines()]
            room = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            return max(room + 16, heading(column))

        def names() -> int:
            # Side by side the names show whole (a very long one is cut off, in the tooltip).
            texts = [str(line.data(self.NAME, self.NameRole)) for line in self._lines()]
            room = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            # A line sits two steps in: under the root decoration and under its list.
            room = min(room, metrics.averageCharWidth() * 24) + 2 * tree.indentation() + 16
            return max(room, heading(self.NAME))

        name = Column(self.NAME, names, names)
        detail = Column(
            self.DETAIL,
            lambda: max(heading(self.DETAIL), metrics.averageCharWidth() * 18),
            lambda: widest(self.DETAIL),
        )

        def code_room() -> int:
            # The code only where what beside it has room for a good part of its text too.
            more = min(widest(self.DETAIL), metrics.averageCharWidth() * 32) - detail.least()
            return widest(self.CODE) + max(0, more)

        code = Column(self.CODE, code_room, lambda: widest(self.CODE))
        return fit_columns(tree, header, (name, detail, code), grows=(self.DETAIL, self.NAME))

    def _lines(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out += [top.child(j) for j in range(top.childCount()) if self.line_at(top.child(j))]
        return out

    def _after_fit(self) -> None:
        stacked = self.tree.header().isSectionHidden(self.DETAIL)
        if stacked == self._stacked:
            if stacked:
                self._keep_lines_in_view()  # another width: other line breaks
            return
        self._stacked = stacked
        self._label_lines()

    def _label_lines(self) -> None:
        """Stacked: the name and what in the first column, which wraps."""
        stacked = self._stacked
        self.tree.setWordWrap(stacked)
        self.tree.headerItem().setText(
            self.NAME, self.tr("Jongere — wat") if stacked else self.tr("Jongere")
        )
        for line in self._lines():
            data = self.line_at(line)
            name = str(line.data(self.NAME, self.NameRole))
            if data is not None:
                line.setText(self.NAME, f"{name} — {data.detail}" if stacked else name)
        self._keep_lines_in_view()

    def refresh(self) -> None:
        if self._service is None:
            return
        names: dict[int, str] = {}
        try:
            filled = [(title, fn()) for title, fn in _lists(self._service)]
            for _title, items in filled:
                for item in items[:MAX_LINES_PER_LIST]:
                    if item.youth_id not in names:
                        names[item.youth_id] = self._service.people.youth(
                            item.youth_id
                        ).display_name
        except ToestemmingError as exc:
            self._clear_tree()
            self.error_label.setText(desk_text(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self._fill(filled, names)
        self._refresh_inbox()

    # -- replies from the mailbox --------------------------------------------------------------
    def _refresh_inbox(self) -> None:
        if self._service is None:
            return
        try:
            imap = self._service.mail_account.imap_settings()
            count = self._service.mail_inbox.waiting_count()
            last = self._service.mail_inbox.last_checked()
        except ToestemmingError:
            return
        if imap is None and not count:
            self.inbox_button.hide()
            self.inbox_status.hide()
            self.poll_timer.stop()
            return
        self.inbox_button.setText(waiting_text(count))
        self.inbox_button.setVisible(True)
        parts = []
        if last is not None:
            parts.append(
                self.tr("Mailbox laatst bekeken om %1").replace("%1", f"{last.astimezone():%H:%M}")
            )
        minutes = imap.interval_minutes if imap is not None else 0
        if minutes:
            parts.append(self.tr("kijkt elke %n minuten", "", minutes))
            interval = minutes * 60_000
            if not self.poll_timer.isActive() or self.poll_timer.interval() != interval:
                self.poll_timer.start(interval)
        else:
            parts.append(self.tr("kijkt alleen met de knop Nu kijken"))
            self.poll_timer.stop()
        text = ", ".join(parts) + "."
        big = self._service.mail_inbox.too_large()
        if big:
            text += " " + self.tr(
                "%n bericht(en) met een referentiecode zijn groter dan 25 MB en staan alleen in "
                "de mailbox; sla ze op en lees ze in via Antwoord inlezen.",
                "",
                big,
            )
        if self.inbox_error:
            text += " " + self.inbox_error
        self.inbox_status.setText(text)
        self.inbox_status.setStyleSheet("color: #b3261e;" if self.inbox_error else "")
        self.inbox_status.setVisible(True)

    def check_mailbox(self) -> None:
        """Look for new replies off the GUI thread (timer or button); one look at a time."""
        if self._service is None or self._check_task is not None or self._service.read_only:
            return  # a read-only vault (open elsewhere, damaged) stores nothing: no looking
        task = Task(self._service.mail_inbox.check)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._check_failed)
        self._check_task = task
        task.start()

    def _checked(self, result: CheckResult) -> None:
        self._check_task = None
        self.inbox_error = ""
        self._refresh_inbox()

    def _check_failed(self, exc: BaseException) -> None:
        self._check_task = None
        # Shown, not a pop-up: the timer tries again; an expired sign-in says "opnieuw aanmelden".
        self.inbox_error = user_message(exc)
        self._refresh_inbox()

    def open_inbox(self) -> None:
        if self._service is None:
            return
        dialog = InboxDialog(self._service, self.window())
        dialog.exec()
        self.refresh()

    def clear(self, *, forget_service: bool = False) -> None:
        if forget_service:
            self._service = None
            self.poll_timer.stop()
            self.inbox_button.hide()
            self.inbox_status.hide()
        self._clear_tree()
        self.counts = {}
        self.error_label.clear()
        self.error_label.hide()

    def _clear_tree(self) -> None:
        self._held_heading = None
        self.held_button.hide()
        # Quietly: QTreeWidget.clear() reports the current line as the previous one after it
        # deleted it, and wrapping that item for the slot crashed the desk (a segfault, seen
        # when the list was refreshed with a line chosen).
        # QTreeWidget.clear() also deleted items whose Python wrappers live on (the heading
        # kept for the held records, the line a test or slot holds): a segfault later, now
        # and then, when a refresh came after a line was chosen. Taken out one by one, each
        # item is Python's again and goes with its wrapper.
        with QSignalBlocker(self.tree):
            self.tree.setCurrentItem(None)
            while self.tree.topLevelItemCount():
                self.tree.takeTopLevelItem(0)

    def _show_held_count(self, count: int) -> None:
        self.held_button.setText(
            plural(
                count,
                self.tr("%n dossier vastgehouden door een geschil — bekijken"),
                self.tr("%n dossiers vastgehouden door een geschil — bekijken"),
            )
        )
        self.held_button.setAccessibleName(self.held_button.text())
        self.held_button.setVisible(count > 0)

    def show_held(self) -> None:
        """The held records' list in view, its first line chosen (Enter opens its dispute)."""
        heading = self._held_heading
        if heading is None or not heading.childCount():
            return
        heading.setExpanded(True)
        line = heading.child(0)
        self.tree.setCurrentItem(line)
        self.tree.scrollToItem(line)
        self.tree.setFocus()

    def _fill(self, filled: list[tuple[str, list[Line]]], names: dict[int, str]) -> None:
        self._clear_tree()
        self.counts = {}
        held = 0  # records, not lines: a record under two disputes has a line for each
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for title, items in filled:
            self.counts[title] = len(items)
            header = QTreeWidgetItem([f"{title}: {len(items)}"])
            header.setFont(0, bold)
            self.tree.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for item in items[:MAX_LINES_PER_LIST]:
                name = names[item.youth_id]
                line = QTreeWidgetItem([name, item.detail, item.code])
                line.setData(0, self.YouthIdRole, item.youth_id)
                line.setData(0, self.LineRole, item)
                line.setData(0, self.NameRole, name)
                # The whole line: a narrow list cuts the name or what off, or hides the code.
                whole = " — ".join(t for t in (name, item.detail, item.code) if t)
                for column in (self.NAME, self.DETAIL, self.CODE):
                    line.setToolTip(column, whole)
                header.addChild(line)
            if len(items) > MAX_LINES_PER_LIST:
                more = QTreeWidgetItem(
                    [self.tr("… en nog %n", "", len(items) - MAX_LINES_PER_LIST)]
                )
                more.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.addChild(more)
                more.setFirstColumnSpanned(True)
            header.setExpanded(bool(items))
            header.setToolTip(0, f"{title}: {len(items)}")
            if title == _held_title():
                self._held_heading = header
                held = len({item.youth_id for item in items})
        self._show_held_count(held)
        self._columns.fit()  # the widths follow the new lines
        if self._stacked:
            self._label_lines()
        self._keep_lines_in_view()

    def keep_lines(self, lines: int | None) -> None:
        """Keep `lines` lines in view (None: LINES_IN_VIEW), for a short window."""
        self._lines_in_view = lines or LINES_IN_VIEW
        self._keep_lines_in_view()

    def _keep_lines_in_view(self) -> None:
        """At least LINES_IN_VIEW lines under the column headings (and a sideways bar): the
        panel's least height, which the splitter beside the list of youths keeps."""
        tree = self.tree
        tree.doItemsLayout()
        # Each line as high as it is now: stacked and wrapped, a line takes two or three.
        rows = []
        it = QTreeWidgetItemIterator(tree)
        lines = self._lines_in_view
        while it.value() is not None and len(rows) < lines:
            rows.append(tree.visualItemRect(it.value()).height())
            it += 1
        single = tree.fontMetrics().height() + 4
        rows = [r if r > 0 else single for r in rows]
        rows += [single] * (lines - len(rows))
        need = (
            tree.header().sizeHint().height()
            + sum(rows)
            + tree.horizontalScrollBar().sizeHint().height()
            + 2 * tree.frameWidth()
        )
        tree.setMinimumHeight(need)

    def line_at(self, tree_item: QTreeWidgetItem | None) -> Line | None:
        data = tree_item.data(0, self.LineRole) if tree_item is not None else None
        return data if isinstance(data, Line) else None

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        line = self.line_at(current)
        if line is not None:
            self.youth_chosen.emit(line.youth_id, line.item_id, line.request_id)

    def _on_activated(self, tree_item: QTreeWidgetItem, _column: int) -> None:
        line = self.line_at(tree_item)
        if line is not None:
            self.item_activated.emit(line.kind, line.youth_id, line.item_id, line.request_id)
