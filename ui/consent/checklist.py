"""A list of lines with tick boxes, for choosing purposes, recipients and data categories."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Long names end in "…" (whole in the tooltip) instead of scrolling sideways.
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
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

    def checked_ids(self) -> list[int]:
        return [
            int(self.item(i).data(ID_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def uncheck_all(self) -> None:
        for i in range(self.count()):
            self.item(i).setCheckState(Qt.CheckState.Unchecked)
