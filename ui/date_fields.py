"""Date and time fields keep day-month-year order in a right-to-left window.

On a Windows set to Arabic the desk is laid out right to left (the GUI probe's "ar" desk);
a QDateEdit or QDateTimeEdit laid out that way turns its sections round: "23-11-2026 11:00"
showed as "00:11 2026-11-23", a date read and typed back to front. The field's format is
dd-MM-yyyy in every language, so it is laid out left to right wherever it sits."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

Edit = TypeVar("Edit", bound=QDateTimeEdit)


def in_reading_order(edit: Edit) -> Edit:
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit
