"""A list of lines with tick boxes, for choosing purposes, recipients and data categories."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QStyle, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EnterToggles(QObject):
    """Enter ticks the current line instead of pressing the dialog's default button: a
    worker walking the lists with the keyboard must not submit the dialog early."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if isinstance(watched, QListWidget) and watched.currentItem() is not None:
                item = watched.currentItem()
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return True
        return False


class CheckList(QListWidget):
    """Long names wrap at their spaces instead of scrolling sideways, and the list is never
    narrower than its longest word: with the system's text at 200 % on a netbook the names
    ended in "…" ("Contactgegeven…") and the tooltip gave only the description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # lines re-wrap as the list resizes
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # a word longer than any room
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._enter = EnterToggles(self)
        self.installEventFilter(self._enter)

    def add_line(self, item_id: int, text: str, tip: str, colour: str | None = None) -> None:
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, item_id)
        item.setToolTip(tip)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        if colour is not None:
            item.setForeground(QBrush(QColor(colour)))
        self.addItem(item)
        self.updateGeometry()  # the longest word may have grown

    def indicator_room(self) -> int:
        """Pixels of a line that are not its text: the tick box, its spacing and margins."""
        style = self.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        return box + spacing + 4 * margin

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        longest = max(
            (
                metrics.horizontalAdvance(word)
                for i in range(self.count())
                for word in self.item(i).text().split()
            ),
            default=0,
        )
        bar = self.verticalScrollBar().sizeHint().width()
        need = longest + self.indicator_room() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), need), hint.height())

    def checked_ids(self) -> list[int]:
        return [
            int(self.item(i).data(ID_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def uncheck_all(self) -> None:
        for i in range(self.count()):
            self.item(i).setCheckState(Qt.CheckState.Unchecked)
