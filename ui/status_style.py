"""How an item status looks: label (in the desk's language), colour and a small swatch icon.

Colour always comes with the status text beside it (never colour alone), and every colour
is dark enough for 4.5:1 contrast on a white background.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from toestemming.model import ItemStatus

from . import core_labels

# Order of the groups on a youth's page: what permits sharing first, then what needs action,
# then the closed history.
STATUS_ORDER: tuple[ItemStatus, ...] = (
    ItemStatus.GIVEN,
    ItemStatus.REQUESTED,
    ItemStatus.CONFLICTING,
    ItemStatus.REFUSED,
    ItemStatus.WITHDRAWN,
    ItemStatus.EXPIRED,
    ItemStatus.REVOKED,
    ItemStatus.INVALIDATED,
    ItemStatus.SUPERSEDED,
)

_COLOURS: dict[ItemStatus, str] = {
    ItemStatus.GIVEN: "#1b6e20",
    ItemStatus.REQUESTED: "#8a5300",
    ItemStatus.CONFLICTING: "#b23c00",
    ItemStatus.REFUSED: "#b3261e",
    ItemStatus.WITHDRAWN: "#b3261e",
    ItemStatus.EXPIRED: "#5f6368",
    ItemStatus.REVOKED: "#5f6368",
    ItemStatus.INVALIDATED: "#5f6368",
    ItemStatus.SUPERSEDED: "#5f6368",
}


def status_label(status: ItemStatus) -> str:
    return core_labels.status_label(status)


def status_colour(status: ItemStatus) -> QColor:
    return QColor(_COLOURS[status])


def status_icon(status: ItemStatus, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(status_colour(status))
    painter.drawEllipse(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)
