"""The session-9 GUI probe's helpers (tests/ui/test_ui_probe_s9.py): which windows the desk
has (found in the code, not from a hand list), and the checks probe_checks.py does not make.

- window_classes: every QDialog / QMainWindow subclass in ui/, and every other QWidget that is
  a window of its own (it gives itself a window title or shows itself full-screen); a base
  class that only exists to be subclassed counts through its subclasses;
- on_screen: the window lies on the screen, position included (not only its size);
- named_controls: a button says what it does (text or accessible name), an input field has a
  name a screen reader can read (its label's buddy, or an accessible name);
- columns_readable: no table or tree column is narrower than its own heading;
- words_whole: a list or table that wraps its text has no word wider than its column;
- lists_fit: the main window's lists do not scroll sideways.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

from probe_checks import name, rect_in, shown
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

import ui

# Modules that start something when imported (the program's entry point).
NOT_IMPORTED = {"ui.__main__"}


def _ui_modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if info.name not in NOT_IMPORTED:
            found.append(importlib.import_module(info.name))
    return found


def _is_window(cls: type) -> bool:
    if issubclass(cls, QDialog | QMainWindow):
        return True
    if not issubclass(cls, QWidget):
        return False
    source = inspect.getsource(cls)
    return "self.setWindowTitle(" in source or "self.showFullScreen(" in source


def window_classes() -> set[type[QWidget]]:
    """Every window class the desk defines, bases that are only subclassed left out."""
    classes: set[type[QWidget]] = set()
    for module in _ui_modules():
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and _is_window(cls):
                classes.add(cls)
    bases = {c for c in classes if any(o is not c and issubclass(o, c) for o in classes)}
    return classes - bases


def on_screen(top: QWidget) -> list[str]:
    screen = top.screen()
    if screen is None:
        return ["no screen"]
    room = screen.availableGeometry()
    frame = top.frameGeometry()
    if not room.contains(frame):
        return [f"window {frame.getRect()} not inside the screen {room.getRect()}"]
    return []


def _buddied(top: QWidget) -> set[QWidget]:
    buddies: set[QWidget] = set()
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            buddies.add(buddy)
    return buddies


def _is_input(w: QWidget) -> bool:
    if isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox):
        return False  # the line edit inside an editable box or a date field
    if isinstance(w, QHeaderView):
        return False  # part of its table, which carries the name
    if isinstance(w, QTextEdit | QPlainTextEdit):
        return not w.isReadOnly()
    return isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractItemView)


def named_controls(top: QWidget) -> list[str]:
    problems = []
    for b in shown(top, QAbstractButton):
        if isinstance(b.parentWidget(), QTabBar | QScrollBar | QComboBox):
            continue
        if b.objectName() == "qt_tableview_cornerbutton":  # Qt's select-all corner, no focus
            continue
        if not b.text().replace("&", "").strip() and not b.accessibleName().strip():
            problems.append(f"{name(b)} has no text and no accessible name")
    buddies = _buddied(top)
    for w in shown(top):
        if not _is_input(w) or not w.isEnabled():
            continue
        if w in buddies or w.accessibleName().strip():
            continue
        if isinstance(w, QLineEdit) and w.placeholderText().strip():
            continue  # a search field that says what it is for (screen readers read it)
        problems.append(f"{name(w)} has no label (buddy) and no accessible name")
    return problems


def columns_readable(top: QWidget) -> list[str]:
    problems = []
    for header in shown(top, QHeaderView):
        if header.orientation().name != "Horizontal":
            continue
        model = header.model()
        if model is None:
            continue
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            need = header.sectionSizeFromContents(section).width()
            have = header.sectionSize(section)
            if 0 < have < need - 2:
                heading = model.headerData(section, header.orientation())
                problems.append(f"column {heading!r} {have} px wide, heading needs {need}")
    return problems


def _texts(view: QAbstractItemView) -> list[tuple[str, int]]:
    """(text, room) of the cells a wrapping view shows first: the cell's width less the
    margins, a check box and an icon Qt draws beside the text."""
    model = view.model()
    if model is None:
        return []
    found = []
    indicator = view.style().pixelMetric(view.style().PixelMetric.PM_IndicatorWidth)
    for row in range(40):
        for column in range(20):  # hasIndex: a list's model keeps columnCount private
            if not model.hasIndex(row, column):
                break
            index = model.index(row, column)
            text = index.data()
            rect = view.visualRect(index)
            if not isinstance(text, str) or rect.width() <= 0:
                continue
            room = rect.width() - 8
            if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
                room -= indicator + 4
            if index.data(Qt.ItemDataRole.DecorationRole) is not None:
                room -= view.iconSize().width() + 4
            found.append((text, room))
    return found


def words_whole(top: QWidget) -> list[str]:
    """A list or table that wraps its text never breaks a word in the middle: Qt does when a
    word is wider than its column (the narrow last column of a table)."""
    problems = []
    for view in shown(top, QAbstractItemView):
        wraps = getattr(view, "wordWrap", None)
        if wraps is None or not wraps():
            continue
        metrics = view.fontMetrics()
        for text, room in _texts(view):
            for word in text.split():
                if metrics.horizontalAdvance(word) > room:
                    problems.append(f"{name(view)}: {word!r} wider than its column ({room} px)")
    return problems


def lists_fit(top: QWidget) -> list[str]:
    """The main window's lists (youths, Vandaag) never scroll sideways: at 1024×600 with
    200 % text a worker saw neither the age nor what a Vandaag line was about without it."""
    if not isinstance(top, QMainWindow):
        return []
    return [
        f"{name(v)} scrolls sideways ({v.horizontalScrollBar().maximum()} px)"
        for v in shown(top, QAbstractItemView)
        if v.horizontalScrollBar().maximum() > 0
    ]


def probe_more(top: QWidget) -> list[str]:
    return [
        *on_screen(top),
        *named_controls(top),
        *columns_readable(top),
        *words_whole(top),
        *lists_fit(top),
    ]


def _colours(image: QImage, rect: QRect) -> int:
    """How many colours a sample of `rect` in `image` has (1: nothing drawn there)."""
    seen = set()
    for y in range(rect.top(), rect.bottom() + 1, 2):
        for x in range(rect.left(), rect.right() + 1, 2):
            if image.valid(x, y):
                seen.add(image.pixel(x, y))
    return len(seen)


def buttons_painted(top: QWidget, picture: QPixmap) -> list[str]:
    """Every button laid out in view is also drawn in the window's picture as it opened (a
    sample of its pixels has more than one colour). Asked after a screenshot of the
    objection dialog seemed to lack its Cancel (placed at x 385–465): its pixels hold it; it
    is drawn there, also when the dialog is grabbed before it is shown."""
    image = picture.toImage()
    ratio = picture.devicePixelRatio()
    problems = []
    for b in shown(top, QAbstractButton):
        if isinstance(b.parentWidget(), QTabBar | QScrollBar | QComboBox):
            continue
        seen = b.visibleRegion().boundingRect()
        if seen.width() < 8 or seen.height() < 8:
            continue  # scrolled out of view
        corner = b.mapTo(top, seen.topLeft())
        rect = QRect(
            round(corner.x() * ratio),
            round(corner.y() * ratio),
            round(seen.width() * ratio),
            round(seen.height() * ratio),
        )
        if _colours(image, rect) <= 1:
            problems.append(f"{name(b)} at {rect_in(b, top).getRect()} laid out, not drawn")
    return problems
