"""Ja and Nee wait until the item's whole text has been in view.

On a short screen with large text (1024×600 at 200 %) the item's own text — what the signer
agrees to — began below the fold: a hurried parent could tap "Ja, dat mag" without having
seen it. When the text does not fit, the answer buttons stay disabled, with a hint saying
why, until the end of the text has been scrolled into view (by finger, wheel, scroll bar or
keyboard: the text is a Tab stop, and Page Down, the arrows, Space and End scroll it). Once
read, an item stays read in that language for this signer (going back and forth, a larger
text size). When the text fits, the buttons are open at once: nothing changes.

Whether the end is in view is measured on the laid-out widgets, never guessed: the pending
layout passes are run first, so a test (or a signer) acting right after the item appears
meets the buttons as they will stay."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QWidget

Key = tuple[int, str]  # (item id, language)


class ReadGate(QObject):
    """Opens `buttons` once the end of `area`'s content has been in view for the current
    item. `last` gives the last widget of the text (its last line)."""

    def __init__(
        self,
        area: QScrollArea,
        buttons: Sequence[QAbstractButton],
        last: Callable[[], QWidget | None],
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(area)
        self._area = area
        self._buttons = tuple(buttons)
        self._last = last
        self._on_change = on_change  # the page updates its hint
        self._read: set[Key] = set()
        self._key: Key | None = None
        self._pending = False  # moved or resized since the last look (see _moved)
        self._settling = False
        bar = area.verticalScrollBar()
        # Scrolled (finger, wheel, keys, a test): the layout stands, look now. The range and
        # sizes change while a layout pass runs, when the lines may still stand where the
        # previous item's did (or where they stood at the old size): that is looked at once
        # the passes are done (a stale place of the last line counted as "read" at 1920×1080
        # with 200 % text, and on an upright tablet at 150 % as the window grew).
        bar.valueChanged.connect(self.check)
        bar.rangeChanged.connect(self._moved)
        area.installEventFilter(self)
        area.viewport().installEventFilter(self)
        content = area.widget()
        if content is not None:
            content.installEventFilter(self)  # its height changes as the lines wrap

    @property
    def waiting(self) -> bool:
        """True while the current item's text has not been read to its end. Asked while
        a resize is still being laid out, the passes are run first: a signer (or a test)
        acting right after the window took its size meets the buttons as they will stay."""
        if self._pending:
            self.settle()
        return self._key is not None and self._key not in self._read

    def start(self, item_id: int, language: str) -> None:
        """A new item (or the same in another language) is on the page."""
        self._key = (item_id, language)
        # Placed or moved by a later layout pass (the line, or the sheet it is on when the
        # recipient above rewraps): looked at again then. Without it a text that fits kept
        # Ja waiting when the pass that placed its lines came last.
        widget = self._last()
        viewport = self._area.viewport()
        while widget is not None and widget is not viewport:
            widget.installEventFilter(self)  # once per object: Qt does not add it twice
            widget = widget.parentWidget()
        self.check()
        self._later()  # again once the event loop has laid out whatever is still pending

    def forget(self) -> None:
        """The next signer reads everything again."""
        self._read.clear()
        self._key = None
        self._apply()

    def check(self) -> None:
        """Open when the end is in view (the layout stands: scrolled, or settled)."""
        if self._key is None:
            return
        if self._key not in self._read and self._end_in_view():
            self._read.add(self._key)
        self._apply()

    def _moved(self) -> None:
        """In the middle of a layout pass: the lines may stand where they stood at a size the
        window is leaving (an upright tablet at 150 % counted a text read that ran on below
        the fold, measured while the page's margins changed). Shown as it looks now (a text
        that fits opens at once), counted read only once the passes are done: an answer
        asks `waiting`, which runs them first."""
        if self._settling or self._key is None:
            return
        self._pending = True
        line = self._last()
        height = line.fontMetrics().height() if line is not None else 0
        fits = self._area.verticalScrollBar().maximum() < height and self._end_in_view()
        for button in self._buttons:
            button.setEnabled(self._key in self._read or fits)
        self._later()

    def _later(self) -> None:
        QTimer.singleShot(0, self, self.settle)

    def settle(self) -> None:
        """Run the pending layout passes (word-wrapped lines settle over a few), then look."""
        self._pending = False
        if self._settling or not self._area.isVisible():
            return  # laid out when shown (the page's showEvent calls this again)
        self._settling = True
        try:
            for _ in range(3):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        finally:
            self._settling = False
        self.check()

    def _end_in_view(self) -> bool:
        if not self._area.isVisible():
            return False  # no geometry yet: decided once shown
        last = self._last()
        viewport = self._area.viewport()
        if last is None:
            return True
        if not last.testAttribute(Qt.WidgetAttribute.WA_Moved):
            return False  # a new line no layout has placed yet
        if last.height() < last.heightForWidth(last.width()) - 1:
            return False  # squeezed by a layout pass that has not given it its lines yet
        # A few pixels of the last line may stay below the fold (the view 3 px short of
        # the text at 1280×800): what counts is that the line can be read.
        margin = min(8, last.height() // 4)
        bottom = last.mapTo(viewport, QPoint(0, last.height() - margin)).y()
        return bottom <= viewport.height()

    def _apply(self) -> None:
        waiting = self.waiting
        for button in self._buttons:
            button.setEnabled(not waiting)
        self._on_change()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._moved()  # laid out anew (A−, a turned tablet): the text may fit now
        elif watched is self._area and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key_scroll(event)
        return False

    def _key_scroll(self, event: QKeyEvent) -> bool:
        """End, Home and Space for a keyboard user (Qt's scroll area knows only the arrows
        and Page Up / Page Down)."""
        bar = self._area.verticalScrollBar()
        key = event.key()
        if key == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        elif key == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif key == Qt.Key.Key_Space:
            bar.setValue(bar.value() + bar.pageStep())
        else:
            return False
        return True
