"""The signature pad: finger (touch), pen (tablet events with pressure) or mouse.

Every point is kept as data — x, y, milliseconds since the first touch, pressure — and the
same strokes are drawn into a PNG when the signer confirms. Tablet and touch events are
accepted here, so Qt does not also synthesise mouse events from them (no double strokes).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from toestemming.usecases.signature import Signature, StrokePoint

INK = QColor("#1a2b4c")
PAPER = QColor("#ffffff")
GUIDE = QColor("#b8c2cc")
MARGIN = 12  # pixels of white around the cropped image


def png_bytes(image: QImage) -> bytes:
    """`image` as PNG file content."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # str works at runtime
    buffer.close()
    return bytes(data.data())


class SignaturePad(QWidget):
    changed = Signal()  # a stroke was added or the pad was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # It grows with the window; the least size still holds a signature. 150 high, not
        # more: at 1920×1080 with 200 % scaling (540 px) the page must still fit. 280 wide,
        # not 480: an upright 10" tablet at 150 % has 533 px, and the page around a 480 px
        # pad needed 592 (Bevestigen past the screen's edge).
        self.setMinimumSize(280, 150)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Vak voor de handtekening"))
        self._strokes: list[list[StrokePoint]] = []
        self._drawing = False
        self._t0: int | None = None
        self.devices: set[str] = set()

    # -- data ---------------------------------------------------------------------------------
    @property
    def strokes(self) -> tuple[tuple[StrokePoint, ...], ...]:
        return tuple(tuple(s) for s in self._strokes if s)

    def is_empty(self) -> bool:
        return not any(self._strokes)

    def clear(self) -> None:
        self._strokes = []
        self._drawing = False
        self._t0 = None
        self.devices = set()
        self.update()
        self.changed.emit()

    def signature(self) -> Signature:
        return Signature(
            self.strokes,
            self.width(),
            self.height(),
            self.render_png(),
            "+".join(sorted(self.devices)),
        )

    def render_png(self) -> bytes:
        """The strokes drawn on white, cropped to the signature with a small margin."""
        points = [p for s in self._strokes for p in s]
        if points:
            left = max(0.0, min(p.x for p in points) - MARGIN)
            top = max(0.0, min(p.y for p in points) - MARGIN)
            right = min(float(self.width()), max(p.x for p in points) + MARGIN)
            bottom = min(float(self.height()), max(p.y for p in points) + MARGIN)
        else:
            left, top, right, bottom = 0.0, 0.0, 2.0 * MARGIN, 2.0 * MARGIN
        image = QImage(
            max(1, int(right - left)), max(1, int(bottom - top)), QImage.Format.Format_RGB32
        )
        image.fill(PAPER)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-left, -top)
        self._draw_strokes(painter)
        painter.end()
        return png_bytes(image)

    # -- input --------------------------------------------------------------------------------
    def _begin(self, pos: QPointF, timestamp: int, pressure: float, device: str) -> None:
        if self._t0 is None:
            self._t0 = timestamp
        self._strokes.append([])
        self._drawing = True
        self.devices.add(device)
        self._add(pos, timestamp, pressure)

    def _add(self, pos: QPointF, timestamp: int, pressure: float) -> None:
        if not self._drawing or not self._strokes:
            return
        x = min(max(pos.x(), 0.0), float(self.width()))
        y = min(max(pos.y(), 0.0), float(self.height()))
        t = max(0, timestamp - (self._t0 or 0))
        p = min(max(pressure, 0.0), 1.0)
        self._strokes[-1].append(StrokePoint(x, y, t, p))
        self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        pos, ts, pressure = event.position(), int(event.timestamp()), float(event.pressure())
        if kind == QEvent.Type.TabletPress:
            self._begin(pos, ts, pressure, "tablet")
        elif kind == QEvent.Type.TabletMove:
            self._add(pos, ts, pressure)
        elif kind == QEvent.Type.TabletRelease:
            self._add(pos, ts, pressure)
            self._end()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), int(event.timestamp()), 1.0, "mouse")
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._add(event.position(), int(event.timestamp()), 1.0)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._add(event.position(), int(event.timestamp()), 1.0)
        self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                point = points[0]  # one finger signs; a second finger is ignored
                pressure = point.pressure() if point.pressure() > 0 else 1.0
                ts = int(event.timestamp())
                if kind == QEvent.Type.TouchBegin:
                    self._begin(point.position(), ts, pressure, "touch")
                elif kind == QEvent.Type.TouchUpdate:
                    self._add(point.position(), ts, pressure)
                else:
                    self._add(point.position(), ts, pressure)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # -- drawing ------------------------------------------------------------------------------
    def _draw_strokes(self, painter: QPainter) -> None:
        for stroke in self._strokes:
            if len(stroke) == 1:
                p = stroke[0]
                dot = QPen(INK, 2 + 3 * p.pressure)
                dot.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(dot)
                painter.drawPoint(QPointF(p.x, p.y))
            for a, b in pairwise(stroke):
                pen = QPen(INK, 1.5 + 3.5 * (a.pressure + b.pressure) / 2)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.fillRect(rect, PAPER)
        painter.setPen(QPen(GUIDE, 2))
        painter.drawRoundedRect(rect, 12, 12)
        baseline = rect.bottom() - rect.height() * 0.28
        painter.setPen(QPen(GUIDE, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.left() + 40, baseline), QPointF(rect.right() - 40, baseline))
        font = painter.font()
        font.setPointSize(22)
        painter.setFont(font)
        painter.drawText(QPointF(rect.left() + 16, baseline - 8), "×")
        self._draw_strokes(painter)
        painter.end()
