"""What a GUI probe checks on a shown window (tests/ui/test_ui_probe_s6.py): each function
returns the problems it found as short texts (empty: fine), so one run reports everything.

- fits_screen: the window and what its content needs are not wider/taller than the room;
- buttons_inside: every button shown lies inside the window (content scrolls, buttons stay);
- text_not_cut: no label, button or check box shows less than its text needs;
- no_sideways_scroll: a scrolling column is not wider than its viewport;
- no_tiny_text: no label or button text far smaller than the system font;
- no_overlap: no widget placed by a layout overlaps a sibling placed by the same layout;
- tab_reaches_all: every enabled control can be reached with Tab (no trap, none left out).
"""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QWidget,
)

from ui.font_size import points
from ui.screen_fit import _placed  # (without itemAt: see there)


def name(w: QWidget) -> str:
    text = ""
    if isinstance(w, QLabel | QAbstractButton):
        text = w.text().replace("\n", " ")[:40]
    return f"{type(w).__name__}({w.objectName() or w.accessibleName() or ''}){text!r}"


def rect_in(w: QWidget, top: QWidget) -> QRect:
    return QRect(w.mapTo(top, w.rect().topLeft()), w.size())


def shown(top: QWidget, kind: type[QWidget] = QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(kind) if w.isVisible() and w.window() is top]


def in_scroll_area(w: QWidget, top: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def fits_screen(top: QWidget, room: QSize) -> list[str]:
    problems = []
    hint = top.minimumSizeHint()
    if top.width() > room.width() or top.height() > room.height():
        problems.append(f"{top.width()}×{top.height()} on {room.width()}×{room.height()}")
    if hint.width() > room.width() or hint.height() > room.height():
        problems.append(f"content needs {hint.width()}×{hint.height()}")
    return problems


def buttons_inside(top: QWidget) -> list[str]:
    window = top.rect()
    return [
        f"{name(b)} at {rect_in(b, top)} outside {window}"
        for b in shown(top, QAbstractButton)
        if not in_scroll_area(b, top)
        and not isinstance(b.parentWidget(), QTabBar)  # scroll arrows of a tab bar
        and not window.contains(rect_in(b, top))
    ]


def text_not_cut(top: QWidget) -> list[str]:
    problems = []
    for label in shown(top, QLabel):
        if not label.text():  # empty, or a picture (the QR code)
            continue
        if isinstance(label.parentWidget(), QAbstractButton):
            continue
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > 0 and label.height() < need - 1:
                problems.append(f"{name(label)} {label.height()} px high, needs {need}")
        elif label.width() < label.minimumSizeHint().width() - 1:
            w, need = label.width(), label.minimumSizeHint().width()
            problems.append(f"{name(label)} {w} px wide, needs {need}")
    for button in shown(top, QAbstractButton):
        if not button.text() or isinstance(button.parentWidget(), QTabBar):
            continue
        need = button.minimumSizeHint()
        if button.hasHeightForWidth():  # its words wrap (signing mode): height counts
            high = button.heightForWidth(button.width())
            if button.height() < high - 1:
                problems.append(f"{name(button)} {button.height()} px high, needs {high}")
            continue
        if isinstance(button, QCheckBox | QRadioButton):
            need = button.sizeHint()  # its text is not elided: all of it must show
        if button.width() < need.width() - 1 or button.height() < need.height() - 1:
            problems.append(f"{name(button)} {button.size().toTuple()} < {need.toTuple()}")
    return problems


def no_sideways_scroll(top: QWidget) -> list[str]:
    """A scrolling column (cards, a long form) fits its width: wider content is cut off (no
    horizontal bar) or needs sideways scrolling."""
    problems = []
    for area in shown(top, QScrollArea):
        content = area.widget()
        if content is None or not area.widgetResizable():
            continue
        need, room = content.minimumSizeHint().width(), area.viewport().width()
        if need > room + 1:
            problems.append(f"{name(area)} content needs {need} px, has {room}")
    return problems


def no_tiny_text(top: QWidget) -> list[str]:
    """No text smaller than 85 % of the system font (a hint line is allowed to be smaller,
    never unreadable)."""
    # A style sheet or the system may give a size in pixels (pointSizeF() is then -1: the
    # check compared with -1 and never found anything on a desk with a 16 px font).
    base = points(QApplication.font())
    problems = []
    for w in shown(top, QLabel) + shown(top, QAbstractButton):
        size = points(w.font())
        if w.text() and 0 < size < 0.85 * base:
            problems.append(f"{name(w)} {size:g} pt (system {base:g} pt)")
    return problems


def no_overlap(top: QWidget) -> list[str]:
    problems = []
    for parent in [top, *shown(top)]:
        layout = parent.layout()
        if layout is None:
            continue
        placed = [w for w in _placed(layout) if w.isVisible() and not w.isWindow()]
        for a, b in combinations(placed, 2):
            both = a.geometry().intersected(b.geometry())
            if both.width() > 1 and both.height() > 1:
                problems.append(f"{name(a)} {a.geometry()} overlaps {name(b)} {b.geometry()}")
    return problems


def _tab_stops(top: QWidget) -> list[QWidget]:
    stops = []
    for w in shown(top):
        if not w.isEnabled() or not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if w.focusProxy() is not None or isinstance(w, QScrollBar):
            continue
        if isinstance(w.parentWidget(), QComboBox):  # an editable box's line edit
            continue
        if isinstance(w, QScrollArea):
            continue  # a scroll area only holds controls; they are the stops
        stops.append(w)
    return stops


def _group(w: QWidget) -> object:
    """Radio buttons of one group share one Tab stop (arrows move within it)."""
    if isinstance(w, QRadioButton) and w.autoExclusive():
        group = w.group()
        return group if group is not None else ("radio", w.parentWidget())
    return w


def tab_reaches_all(top: QWidget) -> list[str]:
    stops = _tab_stops(top)
    if len(stops) < 2:
        return []  # Tab staying on the only control is right, not a trap
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached: list[QWidget] = []
    same = 0  # Tab steps through a date's day, month and year before it leaves the field
    for _ in range(4 * len(stops) + 20):
        current = QApplication.focusWidget()
        if current is None:
            return ["nothing has the focus"]
        if reached and current is reached[-1]:
            same += 1
            if same > 6:
                return [f"Tab is stuck in {name(current)}"]
        elif current in reached:
            break
        else:
            same = 0
            reached.append(current)
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(
                current, QKeyEvent(kind, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            )
        QApplication.processEvents()
    groups = {_group(w) for w in reached}
    return [f"{name(w)} is not reached by Tab" for w in stops if _group(w) not in groups]


def probe(top: QWidget, room: QSize) -> list[str]:
    checks = (
        fits_screen(top, room),
        buttons_inside(top),
        text_not_cut(top),
        no_sideways_scroll(top),
        no_tiny_text(top),
        no_overlap(top),
        tab_reaches_all(top),
    )
    return [p for found in checks for p in found]
