"""The name a screen reader speaks for a field, from the label beside it.

Qt's accessibility reads a label's buddy as the field's name only when the label and the field
have the same parent widget (QAccessibleWidget's buddyString looks among the field's
siblings). A field inside a row of its own — a date and time with a "Nu" button beside it, a
file path with "Kiezen…" — is reached by the label's Alt-key all the same, but NVDA or
Narrator said only "bewerken" there. `label_for` sets the buddy and gives the field the
label's words as its accessible name, wherever the two end up in the layout."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def spoken(caption: str) -> str:
    """A caption as it is read: no mnemonic '&' ('&&' stays one '&'), no closing colon."""
    return caption.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def label_for(label: QLabel, field: QWidget) -> None:
    label.setBuddy(field)
    field.setAccessibleName(spoken(label.text()))
