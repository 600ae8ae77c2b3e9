"""Helpers for the signing-mode GUI tests: a three-item request with English texts and a
special category, and pen/mouse strokes sent to the real signature pad."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.signing import SigningMode


@dataclass(frozen=True)
class Sample:
    request_id: int
    items: tuple[int, int, int]  # the third has a special category (health)


def three_item_request(
    service: Service, youth_id: int, english: bool = True, arabic: bool = False
) -> Sample:
    c = service.catalog
    uwv = c.add_recipient("UWV Test", "arbeid", "Werkbedrijf")
    boss = c.add_recipient("Bakkerij De Korenschoof", "werkgever")
    care = c.add_recipient("Jeugdarts GGD", "zorg")
    work = c.add_purpose("werk-s", "Begeleiding naar werk", "Zodat het UWV je kan helpen.")
    stage = c.add_purpose(
        "stage-s", "Stage regelen", "Zodat je stagebedrijf weet wat je nodig hebt."
    )
    health = c.add_purpose("zorg-s", "Zorg op stage", "Zodat de jeugdarts je kan begeleiden.")
    if english:
        c.revise_purpose(work.id, "Guidance to work", "So the UWV can help you.", "en")
        c.revise_purpose(stage.id, "Arranging an internship", "So your host knows.", "en")
        c.revise_purpose(health.id, "Care during internship", "So the doctor can help.", "en")
    if arabic:
        c.revise_purpose(work.id, "الإرشاد إلى العمل", "لكي يساعدك مكتب UWV.", "ar")
        c.revise_purpose(stage.id, "ترتيب التدريب", "لكي تعرف جهة التدريب ما تحتاجه.", "ar")
        c.revise_purpose(health.id, "الرعاية أثناء التدريب", "لكي يساعدك الطبيب.", "ar")
    contact = c.add_category("contact-s", "Contactgegevens", "Naam en telefoon", "dat", False)
    sick = c.add_category("gezondheid-s", "Gezondheid", "Medische gegevens", "wat", True)
    req = service.consents.create_request(
        youth_id,
        [
            ItemSpec(work.id, uwv.id, (contact.id,)),
            ItemSpec(stage.id, boss.id, (contact.id,)),
            ItemSpec(health.id, care.id, (contact.id, sick.id)),
        ],
    )
    a, b, s = (i.id for i in req.items)
    return Sample(req.id, (a, b, s))


def _stylus() -> QPointingDevice:
    return QPointingDevice(
        "test stylus",
        42,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )


STYLUS: QPointingDevice | None = None


def pen_stroke(pad: QWidget, points: list[tuple[float, float, float]]) -> None:
    """A pen stroke with pressure: press, moves, release, as QTabletEvents via sendEvent."""
    global STYLUS
    if STYLUS is None:
        STYLUS = _stylus()
    for n, (x, y, pressure) in enumerate(points):
        kind = (
            QEvent.Type.TabletPress
            if n == 0
            else QEvent.Type.TabletRelease
            if n == len(points) - 1
            else QEvent.Type.TabletMove
        )
        local = QPointF(x, y)
        event = QTabletEvent(
            kind,
            STYLUS,
            local,
            QPointF(pad.mapToGlobal(local)),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton
            if kind == QEvent.Type.TabletRelease
            else Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad, event)


def mouse_stroke(qtbot: QtBot, pad: QWidget, points: list[tuple[int, int]]) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        qtbot.mouseMove(pad, QPoint(x, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def zigzag(x0: int, y0: int, width: int = 300, n: int = 20) -> list[tuple[int, int]]:
    return [(x0 + width * i // n, y0 + (30 if i % 2 else 0)) for i in range(n + 1)]


def read_to_end(mode: SigningMode) -> None:
    """Scroll the item's text to its end, as a signer reads it: when it does not fit (a small
    window, large text) Ja and Nee wait until its end has been in view (read_gate.py)."""
    bar = mode.item_page.text_scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isVisible() and button.isEnabled(), getattr(button, "text", lambda: "")()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@contextmanager
def mode_with_large_text(
    qtbot: QtBot, qapp: QApplication, service: Service, youth_id: int, text: float, size: QSize
) -> Iterator[SigningMode]:
    """Signing mode for the youth's first request, `size` large, with the system's text at
    `text` times its size (the system's "make text bigger"); closed and the font put back
    after."""
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * text)
    qapp.setFont(large)
    mode = SigningMode(
        service,
        service.consents.requests_for_youth(youth_id)[0].id,
        FixedClock(service.clock.now()),
    )
    qtbot.addWidget(mode)
    try:
        mode.present(full_screen=False)
        mode.resize(size)
        qtbot.waitExposed(mode)
        for _ in range(3):
            QApplication.processEvents()
        yield mode
    finally:
        mode._unlocked = True
        mode.idle.stop()
        mode.close()
        qapp.setFont(normal)
