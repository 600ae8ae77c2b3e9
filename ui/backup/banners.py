"""Two banners for the top of the main window.

- BackupBanner: "the last verified backup is older than N days" (or there is none yet), with a
  button to make one now. Hidden while the last backup is recent enough.
- DamagedVaultBanner: the vault failed its integrity check and was opened read-only; says so,
  shows the details and offers the restore dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolTip,
    QWidget,
)

from toestemming.clock import LOCAL_TZ
from toestemming.errors import ToestemmingError
from toestemming.service import Service

from ..i18n import desk_language
from ..screen_fit import few_lines

# Text colour and background with ≥ 4.5:1 contrast; the words carry the meaning, not colour.
WARNING_STYLE = "QFrame#banner { background: #fff4e0; border: 1px solid #8a5300; }"
DANGER_STYLE = "QFrame#banner { background: #fdecea; border: 1px solid #b3261e; }"


class BannerText(QLabel):
    """The banner's message: wrapped as usual; on a window with room for few lines (few_lines:
    a netbook with large text, where three lines of banner pushed the youth's consent cards
    below the fold) one line, cut with "…", the whole text in its tooltip, shown on a click
    too, and read out by a screen reader. `cut_changed` says when the line is cut or whole
    (the banner then offers "Alles lezen")."""

    cut_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.one_line = False
        self.cut = False

    def set_one_line(self, one_line: bool) -> None:
        self.one_line = one_line
        self.setWordWrap(not one_line)
        self.setToolTip(self.text() if one_line else "")
        self.setAccessibleDescription(self.text() if one_line else "")
        self.updateGeometry()
        self.update()
        self._look()

    def _look(self) -> None:
        cut = self.one_line and self.shown_text() != self.text()
        if cut != self.cut:
            self.cut = cut
            self.cut_changed.emit(cut)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._look()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.set_one_line(self.one_line)

    def minimumSizeHint(self) -> QSize:
        if not self.one_line:
            return super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * 12, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().height()) if self.one_line else hint

    def shown_text(self) -> str:
        """What the banner shows: the text, or on one line as much of it as fits."""
        if not self.one_line:
            return self.text()
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.one_line:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(flags), self.shown_text())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.one_line:  # a touch screen has no hover: a tap shows the whole text
            QToolTip.showText(event.globalPosition().toPoint(), self.text(), self)
        super().mousePressEvent(event)


class _Banner(QFrame):
    def __init__(self, style: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(style)
        self.message_label = BannerText()
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(12, 8, 12, 8)
        self._row.addWidget(self.message_label, 1)
        # The cut line read in full by keyboard, touch or screen reader alike (a tooltip is
        # for a mouse, and a tapped one vanishes while being read): the banner unfolds until
        # "Minder" folds it again.
        self.more_button = QPushButton(self.tr("Alles lezen"))
        self.more_button.setCheckable(True)
        self.more_button.hide()
        self._row.addWidget(self.more_button)
        self.more_button.toggled.connect(self._unfold)
        self.message_label.cut_changed.connect(self._offer_more)
        self._short = False
        self.hide()

    def showEvent(self, event: QShowEvent) -> None:
        # The window's screen is known once it shows: one line there if it has few lines.
        self._short = few_lines(self)
        self._unfold(self.more_button.isChecked())
        super().showEvent(event)

    def _unfold(self, whole: bool) -> None:
        one_line = self._short and not whole
        self.more_button.setText(self.tr("Minder") if whole else self.tr("Alles lezen"))
        self.message_label.set_one_line(one_line)
        margin = 4 if one_line else 8
        self._row.setContentsMargins(12, margin, 12, margin)
        self._offer_more()

    def _offer_more(self) -> None:
        show = self._short and (self.message_label.cut or self.more_button.isChecked())
        if show != self.more_button.isHidden():  # as it is already
            return
        self.more_button.setVisible(show)
        # Shown from the text's resizeEvent, inside the row's own layout pass, which ends by
        # marking itself done: the button stayed 0 px wide (the desk narrowed, a 16 px font).
        QTimer.singleShot(0, self, self._row.invalidate)

    def _add_button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        self._row.addWidget(button)
        return button


class BackupBanner(_Banner):
    """Call refresh() after unlocking, after a backup and once a day (e.g. with the worklists)."""

    backup_requested = Signal()

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(WARNING_STYLE, parent)
        self._service = service
        self.backup_button = self._add_button(self.tr("Nu reservekopie maken…"))
        self.backup_button.clicked.connect(self.backup_requested)

    def refresh(self) -> None:
        try:
            status = self._service.backups.status()
        except ToestemmingError:
            self.hide()  # locked or unreadable: the damaged-vault banner speaks then
            return
        if not status.applies or not status.overdue:  # (a team server's are the DBA's)
            self.hide()
            return
        if status.last_verified_at is None:
            text = self.tr(
                "Er is nog geen geverifieerde reservekopie van deze kluis. Maak er nu een en "
                "bewaar haar op een andere schijf."
            )
        else:
            day = status.last_verified_at.astimezone(LOCAL_TZ).date()
            text = (
                self.tr(
                    "De laatste geverifieerde reservekopie is ouder dan %1 dagen (gemaakt op %2)."
                )
                .replace("%1", str(status.warn_after_days))
                .replace("%2", QLocale().toString(day, "dd-MM-yyyy"))
            )
        self.message_label.setText(text)
        self.show()


class DamagedVaultBanner(_Banner):
    """Shown when the vault was opened read-only after a failed integrity check."""

    restore_requested = Signal()

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(DANGER_STYLE, parent)
        self._service = service
        self.message_label.setText(
            self.tr(
                "De kluis is beschadigd en alleen-lezen geopend: u kunt gegevens bekijken, maar "
                "niets wijzigen. Zet de laatste reservekopie terug op een nieuwe plek."
            )
        )
        self.details_button = self._add_button(self.tr("Wat is er mis?"))
        self.restore_button = self._add_button(self.tr("Reservekopie terugzetten…"))
        self.details_button.clicked.connect(self.show_details)
        self.restore_button.clicked.connect(self.restore_requested)

    def refresh(self) -> None:
        try:
            service = self._service
            report = service.health_report
            # Read-only because the vault is open elsewhere is not damage (lock_banner.py);
            # damage found by the check still shows here.
            # Nor is a clock behind the log (clock_banner.py): "restore the last backup" was
            # the wrong advice there — it would throw away work that is sound.
            # Nor a clock far ahead whose date is not confirmed yet (s21: after "Alleen lezen"
            # in 'Datum van vandaag' the desk said "beschadigd": restore a backup).
            right = service.clock_right
            clock = right.behind() is not None or right.ahead.held() is not None
            opened = not service.opened_read_only and not clock
            damaged = opened or (report is not None and not report.ok)
            self.setVisible(service.read_only and damaged)
        except ToestemmingError:
            self.hide()

    def details_text(self) -> str:
        report = self._service.health_report
        return (
            report.explanation(desk_language()) if report is not None else self.message_label.text()
        )

    def show_details(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Toestemming — kluis beschadigd"))
        box.setText(self.details_text())
        box.open()
