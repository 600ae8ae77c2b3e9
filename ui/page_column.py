"""The youth page's frame: a column that scrolls up and down when the window is too short
for it (a netbook with the system's large text), and buttons that Enter presses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QWidget

from .screen_fit import finger_scroll


class ColumnScroll(QScrollArea):
    """A page that scrolls up and down only: as wide as its content needs (the splitter
    keeps that room for it), as short as the window makes it."""

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)
        finger_scroll(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page's minimum width grows when a youth with longer texts is shown: tell the
        # splitter (a scroll area does not pass its content's layout requests on), and
        # measure the content's height again (setWidgetResizable does).
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            self.setWidgetResizable(True)
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        bar = self.verticalScrollBar().sizeHint().width()
        need = content.minimumSizeHint().width() + bar if content is not None else 0
        return QSize(need, super().minimumSizeHint().height())


class PageButton(QPushButton):
    """Enter presses a focused button, as Space does: Qt does that only for a dialog's
    auto-default buttons, and the page's buttons are plain (no room kept for a default)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.click()
            return
        super().keyPressEvent(event)
