"""Signing without a pointer: the signer types their name and ticks that it counts as their
signature (a motor impairment, keyboard or switch access: the pad needs a finger, pen or mouse).

The core decides what that is (toestemming/usecases/signature.py: a typed name, recorded as
method "typed-name", valid only as the signer's own name); this widget asks for it and renders
the image every record shows in place of a drawing: the name, and under it, in the signer's
language and in Dutch (the record's language), that it is a typed name, not a drawn
signature."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from toestemming.usecases.signature import MAX_TYPED_NAME, Signature

from .pad import png_bytes
from .page_parts import text_label
from .words import word
from .wrapping import WrapCheckBox

INK = QColor("#1a2b4c")
NOTE = QColor("#4a5563")


class TypedName(QWidget):
    """The name field, the confirming tick and a line of help."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.hint = text_label(role="muted")
        self.field = QLineEdit()
        self.field.setMaxLength(MAX_TYPED_NAME)
        self.confirm_box = WrapCheckBox()
        self.confirm_box.setObjectName("special")
        column.addWidget(self.hint)
        column.addWidget(self.field)
        column.addWidget(self.confirm_box)
        column.addStretch(1)

    def prepare(self, language: str) -> None:
        self.hint.setText(word(language, "typed_name_hint"))
        self.field.setAccessibleName(word(language, "typed_name_field"))
        self.field.setPlaceholderText(word(language, "typed_name_field"))
        self.confirm_box.setText(word(language, "typed_name_confirm"))
        self.confirm_box.setAccessibleName(word(language, "typed_name_confirm"))

    def clear(self) -> None:
        self.field.clear()
        self.confirm_box.setChecked(False)

    def signature(self, language: str) -> Signature | None:
        """None until the box is ticked (the page then says to tick it)."""
        if not self.confirm_box.isChecked():
            return None
        name = " ".join(self.field.text().split())
        labels = [word(language, "typed_name_label")]
        if language != "nl":
            labels.append(word("nl", "typed_name_label"))
        return Signature((), 0, 0, typed_name_png(name, labels), "typed", typed_name=name)


def typed_name_png(name: str, labels: list[str]) -> bytes:
    """The name large, the labels small under it, on white."""
    width, high = 720, 110 + 28 * len(labels)
    image = QImage(width, high, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    big = QFont()
    big.setPixelSize(40)
    big.setItalic(True)
    painter.setFont(big)
    painter.setPen(INK)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRect(16, 8, width - 32, 80), flags, name)
    small = QFont()
    small.setPixelSize(18)
    painter.setFont(small)
    painter.setPen(NOTE)
    for n, label in enumerate(labels):
        painter.drawText(QRect(16, 92 + 28 * n, width - 32, 26), flags, label)
    painter.end()
    return png_bytes(image)
