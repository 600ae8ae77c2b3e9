"""Keyboard use of dialogs: one place that sets a reading-order tab chain and the first focus.

    tab_chain(first_field, second_field, ..., save_button, cancel_button)

Qt's default tab order is the order in which widgets got their parent, which is not the order
on screen once widgets are created before the layout (a combo box created with the dialog as
parent comes first: typing "Sam" chose Somali). Hidden or disabled widgets are skipped by Qt.

A QDialogButtonBox takes part in the chain itself (see _with_button_boxes) and sets the tab
order of its own buttons again when it lays them out, so the chain is also set again each time
its window is shown, after the box.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialogButtonBox, QWidget


def _with_button_boxes(widgets: Sequence[QWidget]) -> list[QWidget]:
    """`widgets` with each QDialogButtonBox placed just before the first of its buttons.

    The box forwards the focus to its default button (its focus proxy), so Qt's Tab stops at
    the box itself wherever it sits in the chain; left behind "Annuleren" it sent Tab back to
    "Toevoegen" for ever (a keyboard trap the GUI probe found)."""
    chain: list[QWidget] = []
    for widget in widgets:
        box = widget.parentWidget()
        if isinstance(box, QDialogButtonBox) and box not in chain:
            chain.append(box)
        chain.append(widget)
    return chain


def _link(widgets: Sequence[QWidget]) -> None:
    for first, second in pairwise(_with_button_boxes(widgets)):
        QWidget.setTabOrder(first, second)


class _ChainOnShow(QObject):
    """Sets the chain again when its window shows (children, like the button box, first)."""

    def __init__(self, widgets: Sequence[QWidget], window: QWidget) -> None:
        super().__init__(window)
        self._widgets = tuple(widgets)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parent():
            _link(self._widgets)
        return False


def tab_chain(*widgets: QWidget, focus: bool = True) -> None:
    """Tab goes through `widgets` in this order; the first one gets the focus (`focus`)."""
    _link(widgets)
    if not widgets:
        return
    _ChainOnShow(widgets, widgets[0].window())
    if focus:
        widgets[0].setFocus()
