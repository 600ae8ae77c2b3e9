"""A drop-down narrower than its current entry shows it shortened with "…", keeping the role.

Qt clips a closed drop-down's text at its edge without a sign: narrowed on a small screen
(screen_fit.narrow_wide_combos), "Margaretha Johanna Wilhelmina van der Westerhuizen (ouder
met gezag)" showed as "Margaretha Johanna Wilhelmina van der W" — neither visibly cut nor
saying who this is to the youth, the part a worker chooses by. Now the name gives way and the
role in brackets at the end stays: "Margaretha Johanna Wilh… (ouder met gezag)". The whole
text is in the tooltip (ui/combo_tooltip.py) and in the open list.
"""

from __future__ import annotations

import re
import weakref

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

# "Naam (rol)" as the desk writes a person with their role, a recipient with its department
_LAST_BRACKETS = re.compile(r"^(.+?)(\s+\([^()]+\))$", re.DOTALL)
# The least of the name kept before the brackets: a few letters and the ellipsis
_LEAST_NAME_CHARACTERS = 4


def shortened(text: str, metrics: QFontMetrics, room: int) -> str:
    """`text` as it fits `room` pixels: whole if it fits; else the last part in brackets kept
    and the part before it cut with "…"; else all of it cut at the end."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    cut = Qt.TextElideMode.ElideRight
    found = _LAST_BRACKETS.match(text)
    if found is not None:
        head, tail = found.group(1), found.group(2)
        left = room - metrics.horizontalAdvance(tail)
        if left >= metrics.horizontalAdvance(head[:_LEAST_NAME_CHARACTERS] + "…"):
            return metrics.elidedText(head, cut, left) + tail
    return metrics.elidedText(text, cut, room)


class _ShortenedText(QObject):
    """Paints its drop-down as Qt does (QComboBox::paintEvent), with the text shortened."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        # Weakly, as combo_tooltip's follower: a drop-down half destroyed may still paint.
        self._combo = weakref.ref(combo)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        combo = self._combo()
        if combo is None or not shiboken6.isValid(combo) or combo.isEditable():
            return False
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        room = field.width() - 4  # the style's own inset of the label (2 px each side)
        if not option.currentIcon.isNull():
            room -= option.iconSize.width() + 4
        text = shortened(option.currentText, combo.fontMetrics(), room)
        if text == option.currentText:
            return False  # fits: Qt paints it
        option.currentText = text
        painter = QStylePainter(combo)
        painter.setPen(combo.palette().color(combo.foregroundRole()))
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        return True


def shorten_shown_text(combo: QComboBox) -> None:
    """From now on `combo` shows its current entry shortened where it is too narrow for it."""
    if combo.findChild(_ShortenedText) is not None:
        return  # (once per drop-down: narrow_wide_combos may see a dialog twice)
    combo.installEventFilter(_ShortenedText(combo))
    combo.update()
