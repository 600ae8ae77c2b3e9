"""Wrapping check boxes in a scroll area with the system's large text: the withdrawal page of
signing mode on a 1024×600 netbook at 150 % text crashed the desk (a stack overflow, SIGSEGV):
the scroll area showed its bar, the boxes wrapped to more lines, their height-for-width came
out different at the same width (it depended on how they were wrapped a moment before), the
bar went away, the boxes unwrapped, and so on without end. Run in a child process: a crash
must fail this test, not end the test run."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget
    from ui.signing.style import BASE_POINTS, style_sheet
    from ui.signing.wrapping import WrapCheckBox

    app = QApplication([])
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * float(sys.argv[1]))
    app.setFont(font)
    holder = QWidget()
    rows = QVBoxLayout(holder)
    for i in range(3):
        box = WrapCheckBox(
            f"Begeleiding naar werk en inkomen {i} — Gemeente Utrechtse Heuvelrug, afdeling"
            " Werk & Inkomen\\nContactgegevens, Gezondheid en medische gegevens"
        )
        box.setObjectName("special")
        rows.addWidget(box)
    rows.addStretch(1)
    area = QScrollArea()
    area.setStyleSheet(style_sheet(round(BASE_POINTS * float(sys.argv[1]))))
    area.setWidgetResizable(True)
    area.setWidget(holder)
    area.show()
    for width in range(300, 1000, 7):
        for height in range(200, 420, 11):
            area.resize(width, height)
            app.processEvents()
    print("survived")
    """
)


def test_wrapping_boxes_in_a_scroll_area_settle_at_every_size(tmp_path: Path) -> None:
    for scale in ("1.5", "2"):
        done = subprocess.run(
            [sys.executable, "-c", CHILD, scale],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            cwd=Path(__file__).parent.parent.parent,
        )
        assert done.returncode == 0 and "survived" in done.stdout, (
            f"text ×{scale}: exit {done.returncode}\n{done.stderr[-3000:]}"
        )
