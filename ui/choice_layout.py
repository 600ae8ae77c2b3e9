"""The layout of a small "which one?" dialog (who asked for the inzage, which dispute is
open): the youth's name, what is asked, one radio button per answer, an inline message and
the buttons; the room a refusal grows the dialog by stays under the message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtWidgets import QButtonGroup, QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from .consent.common import MessageLabel, bold, wrapped
from .signing.wrapping import WrapRadioButton

K = TypeVar("K")


def choice_buttons(dialog: QDialog, labels: Mapping[K, str]) -> dict[K, WrapRadioButton]:
    """One exclusive radio button per answer (wrapping on a narrow screen)."""
    group = QButtonGroup(dialog)
    buttons = {key: WrapRadioButton(text) for key, text in labels.items()}
    for button in buttons.values():
        group.addButton(button)
    return buttons


def choice_layout(
    dialog: QDialog,
    name: str,
    texts: list[QLabel],
    choices: Mapping[K, WrapRadioButton],
    message: MessageLabel,
    buttons: QDialogButtonBox,
) -> QVBoxLayout:
    layout = QVBoxLayout(dialog)
    layout.addWidget(bold(wrapped(name)))
    for text in texts:
        layout.addWidget(text)
    for button in choices.values():
        layout.addWidget(button)
    layout.addWidget(message)
    layout.addStretch(1)  # room a refusal grew the dialog by stays under it
    layout.addWidget(buttons)
    return layout
