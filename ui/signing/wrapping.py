"""Buttons and check boxes whose text wraps, and a row of tool buttons that wraps.

Qt's QPushButton and QCheckBox never break their text: a long name or a long "special data"
sentence at 200 % text makes the window wider than a tablet held upright. These break the
text at spaces to the width they get (their minimum width is the longest word), and ask for
the height the lines need (height-for-width), so a layout gives them room instead of cutting
them off. `text()` returns the text as set, without the inserted line breaks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

# Right-to-left embedding and its end (Unicode bidi, explicit marks: zero width, not shown).
_RLE, _PDF = "\u202b", "\u202c"


def in_direction(text: str, direction: Qt.LayoutDirection) -> str:
    """`text` as a button in `direction` draws it: in a right-to-left page every line reads
    right to left as a whole. Qt draws a button's or check box's label in a left-to-right
    paragraph whatever the widget's direction: "نعم، أوافق …: Gezondheid." came out with
    the category name first on the reading side, "Sanne Ødegaard (الشاب)" with the name
    last. (Labels lay out in the widget's own direction and need none of this.)"""
    if direction != Qt.LayoutDirection.RightToLeft:
        return text
    return "\n".join(f"{_RLE}{line}{_PDF}" for line in text.split("\n"))


def wrap_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` with line breaks so each line fits `width` pixels: between words, and a word
    wider than the line (a Dutch compound: "ontwikkelingsperspectiefplan" at 45 pt is wider
    than a tablet held upright) after its hyphens, else where it must."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            for n, piece in enumerate(_pieces(metrics, word, width)):
                trial = (line + piece if n else f"{line} {piece}") if line else piece
                if line and metrics.horizontalAdvance(_plain(trial)) > width:
                    out.append(line)
                    line = piece
                else:
                    line = trial
        out.append(line)
    return "\n".join(out)


# A word is not broken into pieces shorter than this; a check box or button needs room for
# this many characters of it (its least width), not for the whole word.
LEAST_PIECE = 10


def _pieces(metrics: QFontMetrics, word: str, width: int) -> list[str]:
    """`word` as it may be broken over lines of `width` pixels: whole when it fits."""
    if metrics.horizontalAdvance(_plain(word)) <= width:
        return [word]
    parts = [p + "-" for p in word.split("-")[:-1]] + [word.split("-")[-1]]
    pieces: list[str] = []
    for part in (p for p in parts if p):
        while len(part) > LEAST_PIECE and metrics.horizontalAdvance(_plain(part)) > width:
            cut = len(part) - 1
            while cut > LEAST_PIECE and metrics.horizontalAdvance(_plain(part[:cut])) > width:
                cut -= 1
            if part[cut - 1] == "&":  # never between a mnemonic's & and its letter
                cut -= 1
            pieces.append(part[:cut])
            part = part[cut:]
        pieces.append(part)
    return pieces


class _Wrapping:
    """Mixin for a QAbstractButton subclass; `_base` is the Qt class it extends."""

    _base: type[QAbstractButton]
    _full: str = ""

    def _setup(self, text: str) -> None:
        self._full = text
        # As tall as the wrapped lines need, no taller (a row of them is not stretched).
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        policy.setHeightForWidth(True)
        self._button().setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        """One line when there is room; as tall as the wrapped text at the current width."""
        button = self._button()
        one_line = button.fontMetrics().horizontalAdvance(_plain(self._full)) + self._chrome()
        width = button.width() if button.isVisible() and button.width() < one_line else one_line
        return QSize(one_line, self.heightForWidth(width))

    def _button(self) -> QAbstractButton:
        assert isinstance(self, QAbstractButton)
        return self

    def _chrome(self) -> int:
        """Pixels around the text (indicator, padding, border), asked of the style for a wide
        text (past a style's minimum button width). Not "one-line hint minus the widest line
        shown": rounding made that differ by a pixel between wrappings, so the lines moved at
        the same width and a scroll area around them never settled."""
        wide = 2000
        content = QSize(wide, self._button().fontMetrics().height())
        return max(0, self._style_size(content, "X").width() - wide)

    def _lines(self, width: int) -> str:
        return wrap_lines(self._button().fontMetrics(), self._full, max(40, width - self._chrome()))

    def _rewrap(self, width: int) -> None:
        button = self._button()
        wrapped = in_direction(self._lines(width), button.layoutDirection())
        if wrapped != self._base.text(button):
            self._base.setText(button, wrapped)
            button.updateGeometry()

    def setText(self, text: str) -> None:
        self._full = text
        button = self._button()
        self._base.setText(button, text)
        self._rewrap(button.width() if button.isVisible() else 100_000)

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._base.resizeEvent(self._button(), event)
        self._rewrap(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        self._base.changeEvent(self._button(), event)
        if event.type() == QEvent.Type.LayoutDirectionChange:  # another language's page
            button = self._button()
            self._rewrap(button.width() if button.isVisible() else 100_000)

    def minimumSizeHint(self) -> QSize:
        button = self._button()
        metrics = button.fontMetrics()
        # The longest word, or as much of it as wrap_lines keeps together when it must break it.
        piece = metrics.horizontalAdvance("x" * LEAST_PIECE)
        longest = max(
            (min(piece, metrics.horizontalAdvance(_plain(w))) for w in self._full.split()),
            default=0,
        )
        # The height of the text's own lines, unwrapped: Qt's minimumSizeHint would ask our
        # sizeHint, which follows the current width, so the minimum changed with every
        # rewrap and a scroll area around a column of these never settled (see
        # heightForWidth); the wrapped height comes from heightForWidth.
        return QSize(longest + self._chrome(), self._height_of(self._full))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Only from `width` and the text, never from how the text is wrapped right now: a
        # check box's height is max(indicator, text) plus padding, so "height now minus the
        # lines shown" gave a different answer at the same width after a rewrap. In a scroll
        # area at 150 % text that made the bar come and go without end (a stack overflow).
        return max(self._button().minimumHeight(), self._height_of(self._lines(width)))

    def _height_of(self, text: str) -> int:
        """The height the style gives this button showing `text` (lines as given)."""
        lines = self._button().fontMetrics().size(Qt.TextFlag.TextShowMnemonic, _plain(text) or "X")
        return self._style_size(lines, text).height()

    def _style_size(self, content: QSize, text: str) -> QSize:
        button = self._button()
        option = QStyleOptionButton()
        button.initStyleOption(option)  # type: ignore[attr-defined]
        option.text = text
        kind = (
            QStyle.ContentsType.CT_CheckBox
            if isinstance(button, QCheckBox)
            else QStyle.ContentsType.CT_RadioButton
            if isinstance(button, QRadioButton)
            else QStyle.ContentsType.CT_PushButton
        )
        return button.style().sizeFromContents(kind, option, content, button)


def _plain(text: str) -> str:
    return text.replace("&&", "&")


class WrapCheckBox(_Wrapping, QCheckBox):
    _base = QCheckBox

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QCheckBox.__init__(self, text, parent)
        self._setup(text)


class WrapRadioButton(_Wrapping, QRadioButton):
    _base = QRadioButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QRadioButton.__init__(self, text, parent)
        self._setup(text)


class WrapButton(_Wrapping, QPushButton):
    _base = QPushButton

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        QPushButton.__init__(self, text, parent)
        self._setup(text)


class FlowLayout(QLayout):
    """Widgets in a row, right-aligned (`right=False`: from the left, as a row of page
    buttons reads), continuing on the next row when the row is full. In a right-to-left
    page (Arabic) the whole row is mirrored, as Qt's own layouts are: the first widget on
    the reading side (the right), the row aligned to the other side."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 10, *, right: bool = True
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right = right
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self.spacing() * max(
            0, len(visible) - 1
        )
        height = max((i.sizeHint().height() for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if item.isEmpty():
                continue
            w = item.sizeHint().width()
            if rows[-1] and used + self.spacing() + w > area.width():
                rows.append([])
                used = 0
            used += (self.spacing() if rows[-1] else 0) + w
            rows[-1].append(item)
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(i.sizeHint().height() for i in row)
            width = sum(i.sizeHint().width() for i in row) + self.spacing() * (len(row) - 1)
            x = area.x() + (max(0, area.width() - width) if self._right else 0)
            for item in row:
                size = item.sizeHint()
                if move:
                    place = QRect(QPoint(x, y + (height - size.height()) // 2), size)
                    item.setGeometry(QStyle.visualRect(self._direction(), area, place))
                x += size.width() + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - area.y() + m.top() + m.bottom()


def one_line_width(widget: QWidget) -> int:
    """The width `widget` wants for its text on one line (a wrapping label's sizeHint is a
    guess at a pleasant shape, not that)."""
    if isinstance(widget, QLabel):
        text = widget.text()
        longest = max(
            (widget.fontMetrics().horizontalAdvance(t) for t in text.split("\n")), default=0
        )
        margins = widget.contentsMargins()
        return longest + margins.left() + margins.right() + 2 * widget.margin() + 32  # padding
    return widget.sizeHint().width()


def fits_side_by_side(width: int, widgets: list[QWidget], spacing: int) -> bool:
    """True when `widgets` fit next to each other in `width` pixels, each on one line."""
    shown = [w for w in widgets if not w.isHidden()]
    needed = sum(one_line_width(w) for w in shown) + spacing * max(0, len(shown) - 1)
    return needed <= width


def arrange(layout: QBoxLayout, width: int, widgets: list[QWidget]) -> None:
    """Side by side when they fit in `width`, else one under the other."""
    wide = fits_side_by_side(width, widgets, layout.spacing())
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    if layout.direction() != direction:
        layout.setDirection(direction)
