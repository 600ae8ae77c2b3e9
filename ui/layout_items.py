"""Looking at a layout's items from Python without leaving their wrappers behind.

A QLayoutItem is no QObject: PySide never hears that Qt deleted one. The wrapper that
`layout.itemAt(i)` makes is tied to the layout's wrapper and outlives the call; when Qt
deletes the item (its widget deleted, `removeWidget`, a row rebuilt) shiboken keeps the
wrapper registered under the freed address, and the next object Qt puts there came back to
Python as that QWidgetItem — a window from `topLevelWidgets()`, a layout from `layout()`, and
crashes while a dialog was deleted (session 31's first-day walk). So the rest of ui/ asks
`items_of`, which lets go of every item wrapper it made once the caller is done; a static
test (tests/ui/test_ui33_layout_items.py) keeps `itemAt` here.

`takeAt` needs no care: the taken item is Python's to delete, and is when dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLayout, QLayoutItem


@contextmanager
def items_of(layout: QLayout) -> Iterator[list[QLayoutItem | None]]:
    """The layout's items in order (None where Qt has none), valid inside the `with` only."""
    items = [layout.itemAt(i) for i in range(layout.count())]
    try:
        yield items
    finally:
        if _made_here(layout):
            for item in items:
                _let_go(item)


def _made_here(layout: QLayout) -> bool:
    # A layout of ours (ui/signing/wrapping.FlowLayout) keeps its items' wrappers itself and
    # hands out those: they are its to keep.
    return type(layout).__module__.startswith("PySide6.")


def _let_go(item: QLayoutItem | None) -> None:
    # A nested layout is a QObject (PySide hears of its deletion); an item taken meanwhile is
    # Python's and is deleted with its wrapper. Any other is unregistered (not deleted).
    if item is None or isinstance(item, QObject) or not shiboken6.isValid(item):
        return
    if shiboken6.ownedByPython(item):
        return
    shiboken6.invalidate(item)
