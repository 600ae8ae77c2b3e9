"""A QR code drawn as vector squares (qrcode computes the matrix, reportlab draws it).

Vector modules stay sharp on any printer and scanner, and cost far less than an embedded image.
Error correction level M survives a pen mark or a fold; the quiet zone of four modules that
decoders need is part of the flowable's size.
"""

from __future__ import annotations

from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

QUIET = 4


def qr_matrix(payload: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return [list(map(bool, row)) for row in code.get_matrix()]


class QrCode(Flowable):  # type: ignore[misc]  # reportlab is untyped
    def __init__(self, payload: str, size_mm: float = 30) -> None:
        super().__init__()
        self.payload = payload
        self.matrix = qr_matrix(payload)
        self.width = self.height = size_mm * mm

    def draw(self) -> None:
        draw_qr(self.canv, self.matrix, 0, 0, self.width)


def draw_qr(c: Any, matrix: list[list[bool]], left: float, bottom: float, size: float) -> None:
    """The matrix as vector squares in a size × size square (quiet zone included)."""
    n = len(matrix) + 2 * QUIET
    module = size / n
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(left, bottom, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
    path = c.beginPath()
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            # One rectangle per horizontal run of dark modules keeps the PDF small.
            path.rect(
                left + (start + QUIET) * module,
                bottom + size - (y + QUIET + 1) * module,
                (x - start) * module,
                module,
            )
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
