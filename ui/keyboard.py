"""Keyboard use of dialogs: one place that sets a reading-order tab chain and the first focus.

    tab_chain(first_field, second_field, ..., save_button, cancel_button)

Qt's default tab order is the order in which widgets got their parent, which is not the order
on screen once widgets are created before the layout (a combo box created with the dialog as
parent comes first: typing "Sam" chose Somali). Hidden or disabled widgets are skipped by Qt.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order; the first one gets the focus."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
    if widgets:
        widgets[0].setFocus()
