"""Nieuw verzoek's parts that are laid out by the room they have: the three catalog lists
(Doelen, Ontvangers, Gegevens) and the options row (Geldig tot en met, Taal van het verzoek).

Side by side they need 512 px: wider than a 1024×600 laptop at 200 % display scaling (512×300
logical pixels) or a tablet held upright at 150 % (533 px), where the dialog's page scrolled
sideways and the last list was cut off. Narrow (NARROW_WIDTH), the lists go one under the
other, each under its caption, and the two options each on a line of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from toestemming.model import DataCategory, DataLevel

from .checklist import CheckList
from .common import WARN_COLOUR, bold

# Below this room (logical pixels) the lists and options go one under the other.
NARROW_WIDTH = 700


def check_list(rows: Sequence[tuple[int, str, str]]) -> CheckList:
    view = CheckList()
    for item_id, text, tip in rows:
        view.add_line(item_id, text, tip)
    return view


def category_list(categories: Sequence[DataCategory]) -> CheckList:
    """The kinds of data, DAT or WAT, the special ones marked (art. 9/10 AVG)."""
    view = check_list([])
    for c in categories:
        level = "DAT" if c.level == DataLevel.DAT else "WAT"
        text = f"{c.name} · {level}"
        tip = c.description
        if c.special:
            # In the dialog's context (the translations were made there).
            text += " · " + QCoreApplication.translate("NewRequestDialog", "bijzonder ⚠")
            tip += "\n" + QCoreApplication.translate(
                "NewRequestDialog",
                "Bijzonder persoonsgegeven: alleen met uitdrukkelijke, aparte toestemming.",
            )
        view.add_line(c.id, text, tip, WARN_COLOUR if c.special else None)
    return view


def list_grid(lists: Sequence[tuple[str, CheckList]], narrow: bool) -> QGridLayout:
    """Each list under its bold caption (its buddy): side by side, or one under the other."""
    grid = QGridLayout()
    for n, (caption, view) in enumerate(lists):
        label = bold(QLabel(caption))
        label.setBuddy(view)
        row, col = (2 * n, 0) if narrow else (0, n)
        grid.addWidget(label, row, col)
        grid.addWidget(view, row + 1, col)
    if not narrow:
        for col, stretch in enumerate((4, 6, 4)[: len(lists)]):
            grid.setColumnStretch(col, stretch)
    return grid


def options_row(pairs: Sequence[tuple[QLabel, QWidget]], narrow: bool) -> QBoxLayout:
    """Each caption beside its field; the pairs on one line, or one under the other."""
    outer: QBoxLayout = QVBoxLayout() if narrow else QHBoxLayout()
    for n, (label, field) in enumerate(pairs):
        pair = QHBoxLayout()
        pair.addWidget(label)
        pair.addWidget(field)
        if narrow:
            pair.addStretch(1)
        if n and not narrow:
            outer.addSpacing(24)
        outer.addLayout(pair)
    if not narrow:
        outer.addStretch(1)
    return outer
