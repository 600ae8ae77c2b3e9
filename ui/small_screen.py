"""Any desk dialog usable on a very small screen: a 1024×600 laptop at Windows' 200 % display
scaling (512×300 logical pixels) or a 10" tablet held upright at 150 % (533 px wide).

Most dialogs were made for 1366×768 and ask 520 px or more; there they opened wider and
taller than the screen, their buttons below its edge. `fit_small_screen` (DialogFitter, on
Show) first lowers a minimum size the dialog set itself to the room it has; where its content
is wider than the screen, a field's wished width (a path field asks 380–440 px to show a
path) gives way, and then a form's captions go above their fields; where it still needs more, everything but the row of buttons goes into a scroll area, so the buttons
(OK, Annuleren, Sluiten) stay in view and the rest scrolls. Dialogs that fit are left as
they are, so a normal screen sees no change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .layout_items import items_of

WIDGET_SIZE_MAX = (1 << 24) - 1
# Rooms smaller than this (either way) are the very small screens above; 960×540 (1920×1080
# at 200 %) and a netbook with large text are fitted by each dialog itself, and stay so.
SMALL = QSize(700, 400)
# Set on a dialog whose content was put in a scroll area (done once).
SCROLLED = "toestemming_small_screen_scrolled"


def _own_dialog(dialog: QDialog) -> bool:
    """Only the desk's own dialogs: Qt's (message boxes, file dialogs) rebuild their layouts."""
    return type(dialog).__module__.split(".")[0] == "ui"


def _too_big(need: QSize, room: QSize) -> bool:
    return need.width() > room.width() or need.height() > room.height()


# What puts a widget in a scroll area (screen_fit.scrollable, given by its caller: this
# module is screen_fit's, not the other way round).
Scroll = Callable[[QWidget], QWidget]


def fit_small_screen(dialog: QDialog, room: QSize, scroll: Scroll) -> None:
    """Before `dialog` shows on a screen with `room` (screen_fit.available): its minimum
    within the room, its content scrolling (`scroll`) if need be."""
    layout = dialog.layout()
    if layout is None or not _own_dialog(dialog) or dialog.property(SCROLLED):
        return
    if room.width() >= SMALL.width() and room.height() >= SMALL.height():
        return  # larger screens (large text included): each dialog's own fit does it
    least = dialog.minimumSize()
    if least.width() > room.width() or least.height() > room.height():
        dialog.setMinimumSize(least.boundedTo(room))
    layout.activate()
    narrowed = False
    if layout.totalMinimumSize().width() > room.width():
        _narrower(dialog, layout, room.width())
        narrowed = True
    narrowed = _narrower_scrolling(dialog, layout, room.width()) or narrowed
    if narrowed and dialog.width() > room.width():  # it fits narrower now (a fixed size gives way)
        dialog.setMinimumSize(dialog.minimumSize().boundedTo(room))
        dialog.setMaximumSize(WIDGET_SIZE_MAX, WIDGET_SIZE_MAX)
        dialog.resize(room.width(), dialog.height())
    if not _too_big(_least(dialog, layout, room), room):
        return
    _scroll_content(dialog, layout, scroll)
    dialog.setMinimumSize(dialog.minimumSize().boundedTo(room))
    dialog.setMaximumSize(WIDGET_SIZE_MAX, WIDGET_SIZE_MAX)
    size = dialog.size()
    dialog.resize(min(size.width(), room.width()), min(size.height(), room.height()))


def _least(dialog: QDialog, layout: QLayout, room: QSize) -> QSize:
    """The least size of the dialog's content at the width it will have: wrapped texts need
    more lines when narrower (Wissen's three texts, squeezed to half their lines at 512 px,
    since its minimum size knew nothing of them)."""
    least = layout.totalMinimumSize()
    if layout.hasHeightForWidth():
        width = min(max(dialog.width(), least.width()), room.width())
        least.setHeight(max(least.height(), layout.totalHeightForWidth(width)))
    return least


# A field keeps room for this many characters when its wished width gives way.
LEAST_CHARACTERS = 16


def _narrower(dialog: QDialog, layout: QLayout, room: int) -> None:
    """Wished widths give way, the widest first (a field keeps LEAST_CHARACTERS; a page that
    asked 560 px, as much as the screen less a scroll bar); then forms wrap their rows."""
    room -= dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    _give_way(dialog, lambda: layout.totalMinimumSize().width(), room, layout.activate)


def _narrower_scrolling(dialog: QDialog, layout: QLayout, room: int) -> bool:
    """The same within a dialog's own scroll area (Instellingen e-mail: its form needed 463 px
    in a viewport of 458 and scrolled sideways): the content gives way to the viewport the
    room leaves. Returns whether any had to."""
    margins = layout.contentsMargins()
    bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    done = False
    for area in dialog.findChildren(QScrollArea):
        content = area.widget()
        inner = content.layout() if content is not None else None
        if content is None or inner is None or not area.widgetResizable():
            continue
        viewport = room - margins.left() - margins.right() - bar - 2 * area.frameWidth()
        inner.activate()
        if content.minimumSizeHint().width() <= viewport:
            continue
        _give_way(content, lambda c=content: c.minimumSizeHint().width(), viewport, inner.activate)
        done = True
    return done


def _give_way(
    scope: QWidget, need: Callable[[], int], room: int, relayout: Callable[[], object]
) -> None:
    """Within `scope`, until `need()` fits `room`: wished widths give way, button rows take
    two lines, forms put captions above fields, side-by-side panes go one above the other."""
    wishes = [w for w in scope.findChildren(QWidget) if w.minimumWidth() > 0 and not w.isWindow()]
    for wish in sorted(wishes, key=lambda w: -w.minimumWidth()):
        excess = need() - room
        if excess <= 0:
            return
        field = isinstance(wish, QLineEdit | QComboBox | QAbstractSpinBox)
        least = wish.fontMetrics().averageCharWidth() * LEAST_CHARACTERS if field else 0
        wish.setMinimumWidth(max(least, wish.minimumWidth() - excess))
        relayout()
    # A row of buttons may end up as the dialog's last row, outside a scroll area, between
    # the dialog's margins (Verzoek op afstand: 480 px, 502 with them).
    margins = 2 * scope.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
    for row in scope.findChildren(QBoxLayout):
        if need() <= room:
            return
        if row.minimumSize().width() + margins > room and _two_lines(row):
            relayout()
    if need() <= room:
        return
    for form in scope.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    relayout()
    # Panes side by side (a list, the message, what was read from it) go one above the other.
    for split in scope.findChildren(QSplitter):
        if need() <= room:
            return
        if split.orientation() == Qt.Orientation.Horizontal:
            split.setOrientation(Qt.Orientation.Vertical)
            relayout()


def _two_lines(row: QBoxLayout) -> bool:
    """A row of three or more buttons (Versturen, Opslaan als .eml, Openen in mailprogramma,
    Sluiten: 502 px) on two lines, in their order (Tab keeps it), the first half above."""
    if row.direction() not in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
        return False
    with items_of(row) as items:
        widgets = [w for i in items if i is not None and (w := i.widget()) is not None]
        nested = any(i is not None and i.layout() is not None for i in items)
    if nested or len(widgets) < 3 or not all(isinstance(w, QAbstractButton) for w in widgets):
        return False
    while row.count():
        row.takeAt(0)
    half = (len(widgets) + 1) // 2
    row.setDirection(QBoxLayout.Direction.TopToBottom)
    for part in (widgets[:half], widgets[half:]):
        line = QHBoxLayout()
        for widget in part:
            line.addWidget(widget)
        line.addStretch(1)
        row.addLayout(line)
    return True


def _has_buttons(row: QLayout) -> bool:
    """Whether `row` holds buttons, or lines of buttons (a row put on two lines)."""
    with items_of(row) as items:
        for item in items:
            if item is None:
                continue
            inner = item.layout()
            if isinstance(item.widget(), QAbstractButton):
                return True
            if inner is not None and _has_buttons(inner):
                return True
    return False


def _take_buttons(layout: QLayout) -> QLayoutItem | None:
    """The dialog's row of buttons, taken out of `layout`: a button box, or a row (a layout)
    with buttons, placed last."""
    with items_of(layout) as items:
        for i in reversed(range(len(items))):
            item = items[i]
            if item is None or item.spacerItem() is not None:
                continue
            widget, row = item.widget(), item.layout()
            if isinstance(widget, QDialogButtonBox) and not widget.isHidden():
                return layout.takeAt(i)
            if row is not None and _has_buttons(row):
                taken = layout.takeAt(i)
                row.setParent(None)  # type: ignore[call-overload]  # free for the new layout
                return taken
            if widget is None or not widget.isHidden():
                return None  # something else is last: leave the order as it is
    return None


def _scroll_content(dialog: QDialog, layout: QLayout, scroll: Scroll) -> None:
    buttons = _take_buttons(layout)
    margins = layout.contentsMargins()
    body = QWidget()
    body.setObjectName("smallScreenBody")
    # Qt moves a layout to another widget with its widgets (QWidget.setLayout takes it off
    # the dialog); a fixed-size constraint now holds the body, which scrolls.
    body.setLayout(layout)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.addWidget(scroll(body), 1)
    if buttons is not None:
        row = QVBoxLayout()
        row.setContentsMargins(margins.left(), 0, margins.right(), 0)
        widget, inner = buttons.widget(), buttons.layout()
        if widget is not None:
            row.addWidget(widget)
        elif inner is not None:
            row.addLayout(inner)
        outer.addLayout(row)
    dialog.setProperty(SCROLLED, True)
