"""The youth page's frame: a column that scrolls up and down when the window is too short
for it (a netbook with the system's large text), and buttons that Enter presses."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QWidget

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


class LongWordLabel(QLabel):
    """A wrapped plain-text line whose long words (an e-mail address of 80 characters) break
    where they must instead of widening the page. QLabel breaks only between words, so its
    minimum width is its longest word: one parent's long address widened the youth page and
    squeezed the youth list to a sliver (at 200 % text it cut the page's buttons off), and
    narrower it was cut off mid-address. Drawn here with Qt's "word boundary, or anywhere"
    wrapping; its height follows its width."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # for the layout and the probes: the height follows the width

    def minimumSizeHint(self) -> QSize:
        # Room for a short word ("gezag: ja") on a line; longer ones break anywhere.
        margins = self.contentsMargins()
        width = self.fontMetrics().averageCharWidth() * 12 + margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + 1
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        return self._lines(inner)[1] + margins.top() + margins.bottom()

    def _lines(self, width: int) -> tuple[QTextLayout, int]:
        layout = QTextLayout(self.text(), self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, ceil(height)

    def paintEvent(self, _event: QPaintEvent) -> None:
        room = self.contentsRect()
        layout, _height = self._lines(room.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        layout.draw(painter, QPointF(room.topLeft()))
