"""The bar above every page of signing mode: the organisation's name and the tools (A−/A+,
the languages, read aloud, "Begeleider"). SigningMode (mode.py) says what they do.

Every tool is a Tab stop (a keyboard-only signer switches language and text size too; Space
and Enter press it) but a tap does not take the focus from the item's text, where Page Down
scrolls. Their names for a screen reader are in the signer's language, as their words."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from .words import language_buttons, word
from .wrapping import FlowLayout, fits_side_by_side


class ToolBar(QWidget):
    """The organisation and the tools side by side; when narrow, the organisation with
    "Begeleider" (the worker's button) above the signer's tools."""

    smaller = Signal()
    larger = Signal()
    language_chosen = Signal(str)
    read = Signal()
    staff = Signal()

    def __init__(self, organisation: str, languages: tuple[str, ...]) -> None:
        super().__init__()
        self.setObjectName("bar")
        self.row = row = QGridLayout(self)
        row.setContentsMargins(24, 12, 24, 4)
        row.setSpacing(10)
        row.setColumnStretch(0, 1)
        self.org_label = QLabel(organisation)
        self.org_label.setObjectName("org")
        self.org_label.setWordWrap(True)  # a long name wraps instead of widening the window
        self.org_label.setTextFormat(Qt.TextFormat.PlainText)
        # The tool buttons continue on a second row on a narrow screen or with large text.
        tools = QWidget()
        self.flow = FlowLayout(tools)
        self.flow.setContentsMargins(0, 0, 0, 0)
        policy = tools.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        tools.setSizePolicy(policy)
        self.tools = tools
        self.smaller_button = self._tool("A−")
        self.larger_button = self._tool("A+")
        self.smaller_button.clicked.connect(self.smaller)
        self.larger_button.clicked.connect(self.larger)
        self.language_buttons: dict[str, QPushButton] = {}
        if len(languages) > 1:
            names = language_buttons()
            for lang in languages:
                button = self._tool(names.get(lang, lang))
                button.setAccessibleName(names.get(lang, lang))  # named in itself
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
                self.language_buttons[lang] = button
        self.read_button = self._tool("")
        self.read_button.clicked.connect(self.read)
        # "Begeleider" in a box of its own: beside the tools on a wide bar, beside the
        # organisation on a narrow one (on an upright tablet at 150 % it stood alone on a
        # third row). Moved within this grid, never to another parent (that hides it).
        self.staff_box = QWidget()
        staff_row = QHBoxLayout(self.staff_box)
        staff_row.setContentsMargins(0, 0, 0, 0)
        self.staff_button = QPushButton("")
        self._focusable(self.staff_button)
        staff_row.addWidget(self.staff_button)
        self.staff_button.clicked.connect(self.staff)
        self.short = False
        self.wide: bool | None = None
        self._place(wide=True)

    @staticmethod
    def _focusable(button: QPushButton) -> None:
        button.setObjectName("tool")
        # Tab reaches it; a tap does not take the focus (Page Down keeps scrolling the text).
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _tool(self, text: str) -> QPushButton:
        button = QPushButton(text)
        self._focusable(button)
        self.flow.addWidget(button)
        return button

    def retitle(self, language: str, can_read: bool) -> None:
        """The tools' words and names in the signer's language; read aloud only with a
        voice for it."""
        for lang, button in self.language_buttons.items():
            button.setChecked(lang == language)
        self.smaller_button.setAccessibleName(word(language, "text_smaller_name"))
        self.larger_button.setAccessibleName(word(language, "text_larger_name"))
        for button, key in ((self.read_button, "read_aloud"), (self.staff_button, "staff")):
            button.setText(word(language, key))
            button.setAccessibleName(word(language, key))
        self.read_button.setVisible(can_read)

    def fit(self, width: int, short: bool) -> None:
        """Short (see SigningMode.is_short): one row of tools, without the organisation's
        name, in narrower margins."""
        self.short = short
        side = 12 if short else 24
        self.row.setContentsMargins(side, 8 if short else 12, side, 4)
        self.flow.setSpacing(6 if short else 10)
        self.org_label.setHidden(short)
        room = width - 2 * side
        self._place(fits_side_by_side(room, [self.org_label, self.tools, self.staff_box], 10))

    def _place(self, wide: bool) -> None:
        if wide == self.wide:
            return
        self.wide = wide
        row = self.row
        for part in (self.org_label, self.tools, self.staff_box):
            row.removeWidget(part)
        top = Qt.AlignmentFlag.AlignTop
        row.addWidget(self.org_label, 0, 0, top)
        if wide:
            row.addWidget(self.tools, 0, 1)
            row.addWidget(self.staff_box, 0, 2, Qt.AlignmentFlag.AlignVCenter)
        else:
            row.addWidget(self.staff_box, 0, 1, top)
            row.addWidget(self.tools, 1, 0, 1, 2)
        # Tab in the order the bar reads: "Begeleider" last, or first when it stands above.
        buttons = [
            self.smaller_button,
            self.larger_button,
            *self.language_buttons.values(),
            self.read_button,
        ]
        order = [*buttons, self.staff_button] if wide else [self.staff_button, *buttons]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
