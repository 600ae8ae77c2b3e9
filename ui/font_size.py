"""A font's size however it was given: a system font (or a style sheet) may give it in pixels,
and then QFont.pointSizeF() is -1 — a title made "1.3 × that" asked Qt for -1.3 points and
stayed as small as the body text, and the tablet took a 32 px system font for the usual size.
Every place that makes text larger or reads the system's text size goes through here."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication

# Qt's logical resolution when no screen says otherwise (points are 1/72 inch).
USUAL_DPI = 96.0


def _dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInch() if screen is not None else 0.0
    return dpi if dpi > 0 else USUAL_DPI


def points(font: QFont) -> float:
    """The font's size in points, also when it was set in pixels (0 when it has neither)."""
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    if font.pixelSize() > 0:
        return font.pixelSize() * 72.0 / _dpi()
    return 0.0


def scaled(font: QFont, factor: float) -> QFont:
    """A copy of `font`, `factor` times as large, in the unit it was given in."""
    larger = QFont(font)
    if font.pointSizeF() > 0:
        larger.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        larger.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return larger
