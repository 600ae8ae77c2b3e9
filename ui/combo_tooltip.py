"""A drop-down narrower than its entries shows the whole current entry as its tooltip.

Never `combo.currentTextChanged.connect(combo.setToolTip)`: setToolTip is no Qt slot, and
PySide 6.12 answers a connection to a method that is no slot by giving that one object a
meta-object of its own, built at run time, with the method added (`metaObject().methodCount()`
grows by one). Made while a dialog was being polished (screen_fit.narrow_wide_combos), that
desk aborted now and then when the dialog was deleted later — heap corruption
("malloc_consolidate(): unaligned fastbin chunk", or a segfault in shiboken's
unregisterWrapper); the first-day probe on a loaded machine crashed 1 run in 30, and 0 in 150
with the connection gone. On a drop-down Qt made itself (QFileDialog's folder list) the
slot outlived the wrapper it was bound to: a RuntimeError in the event loop (session 30).

So the tooltip follows through a small child object with a declared slot: its meta-object is
its class's, fixed when the class was made, and the connection ends with the drop-down.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QComboBox


class _TooltipFollower(QObject):
    @Slot(str)
    def follow(self, text: str) -> None:
        combo = self.parent()
        if isinstance(combo, QComboBox):
            combo.setToolTip(text)


def tooltip_follows_text(combo: QComboBox) -> None:
    """The drop-down's tooltip is its current text, now and after every change."""
    if combo.findChild(_TooltipFollower) is not None:
        return  # (once per drop-down: narrow_wide_combos may see a dialog twice)
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(_TooltipFollower(combo).follow)
