"""A drop-down narrower than its entries shows the whole current entry as its tooltip.

Never `combo.currentTextChanged.connect(combo.setToolTip)`: setToolTip is no Qt slot, and
PySide 6.12 answers a connection to a method that is no slot by giving that one object a
meta-object of its own, built at run time, with the method added (`metaObject().methodCount()`
grows by one). On a drop-down Qt made itself (QFileDialog's folder list) that slot outlived
the wrapper it was bound to: a RuntimeError in the event loop (session 30). It was also the
first suspect of the first-day probe's heap corruption (session 31) — wrongly: the crash
stayed at its rate without it (docs/ARCHITECTURE.md, "Known crash").

So the tooltip follows through a small child object with a declared slot: its meta-object is
its class's, fixed when the class was made, and the connection ends with the drop-down.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QComboBox


class _TooltipFollower(QObject):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        # Its own wrapper, weakly: a drop-down being deleted may still say its text changed
        # (its model goes first), and asking Qt for the parent then would make a new wrapper
        # for an object half destroyed.
        self._combo = weakref.ref(combo)

    @Slot(str)
    def follow(self, text: str) -> None:
        combo = self._combo()
        if combo is not None and shiboken6.isValid(combo):
            combo.setToolTip(text)


def tooltip_follows_text(combo: QComboBox) -> None:
    """The drop-down's tooltip is its current text, now and after every change."""
    if combo.findChild(_TooltipFollower) is not None:
        return  # (once per drop-down: narrow_wide_combos may see a dialog twice)
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(_TooltipFollower(combo).follow)
