"""User text (names of youths, parents, recipients, purposes, data categories) in widgets.

Buttons, check boxes, radio buttons, group boxes, tabs and menu actions read "&" as the mark
of a keyboard mnemonic: "Werk & Inkomen" shows as "Werk  Inkomen" with an underlined space.
Labels in Qt's default AutoText mode read "<b>" and friends as markup. So user text goes in
through one of these:

    QPushButton(for_mnemonic(recipient.name))              # "&" doubled: shown as typed
    QCheckBox(self.tr("%1 — geïnformeerd").replace("%1", for_mnemonic(name)))
    plain_label(QLabel(name))                               # never markup
    f"<b>{for_rich(name)}</b>"                              # inside rich text we write
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def for_mnemonic(text: str) -> str:
    """`text` for a widget that reads "&" as a mnemonic: every "&" doubled."""
    return text.replace("&", "&&")


def for_rich(text: str) -> str:
    """`text` for inside rich text (HTML): <, >, & and quotes escaped."""
    return html.escape(text)


def plain_label(label: QLabel) -> QLabel:
    """Show the label's text as typed (no markup, no mnemonic); returns the label."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


_MNEMONIC = re.compile(r"&(.)", re.DOTALL)


def shown_with_mnemonics(text: str) -> str:
    """What a button shows for `text` ("&&" is "&", "&x" is "x"): for tests and checks."""
    return _MNEMONIC.sub(r"\1", text)
