"""Whether the page on show holds what it says at the text size of the moment: nothing
squeezed below the height its text needs, nothing past the page's edge, every name of "Wie
bent u?" in view. Signing mode lets A+ go one step further only while this holds, and shows
a page that does not hold the reader's chosen size a step smaller at a time (a parent's long
name on the signature page): at 1024×600 with 200 % text "U tekent als …" was squeezed to 68
of 248 px and Bevestigen was cut, on an upright tablet with 150 % text to 300 of 350 px, and
"Wie bent u?" showed the second parent below the fold (1366×768 with 200 % text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget


def _scrolls(widget: QWidget, page: QWidget) -> bool:
    """Inside a scroll area of the page (the item's text, the list of names): that part
    scrolls, its height is not the page's to give."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _needs(widget: QWidget) -> int:
    if widget.hasHeightForWidth():
        return widget.heightForWidth(widget.width())
    return widget.minimumSizeHint().height()


def squeezed(page: QWidget) -> list[QWidget]:
    """The texts and buttons of `page` shown lower than they need or not within the page."""
    found = []
    whole = page.rect()
    for part in page.findChildren(QWidget):
        if not isinstance(part, (QLabel, QAbstractButton)) or not part.isVisibleTo(page):
            continue
        if _scrolls(part, page) or (isinstance(part, QLabel) and not part.text()):
            continue
        place = QRect(part.mapTo(page, part.rect().topLeft()), part.size())
        if part.height() < _needs(part) or not whole.contains(place):
            found.append(part)
    # A page may say what else a reader would miss (WhoPage: a name below the fold).
    out_of_view = getattr(page, "out_of_view", None)
    return found + (out_of_view() if callable(out_of_view) else [])


def holds(window: QWidget, page: QWidget) -> bool:
    """`page`, laid out now, holds its texts and buttons (true while `window` is not shown:
    nothing is laid out at a size yet)."""
    if not window.isVisible():
        return True
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    return not squeezed(page)
