"""The bar above every page of signing mode: the organisation's name and the tools (A−/A+,
the languages, read aloud, "Begeleider"). SigningMode (mode.py) says what they do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from .words import language_buttons, word
from .wrapping import FlowLayout, arrange


class ToolBar(QWidget):
    """The organisation and the tools side by side, or one above the other when narrow."""

    smaller = Signal()
    larger = Signal()
    language_chosen = Signal(str)
    read = Signal()
    staff = Signal()

    def __init__(self, organisation: str, languages: tuple[str, ...]) -> None:
        super().__init__()
        self.setObjectName("bar")
        self.row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.setContentsMargins(24, 12, 24, 4)
        row.setSpacing(10)
        self.org_label = QLabel(organisation)
        self.org_label.setObjectName("org")
        self.org_label.setWordWrap(True)  # a long name wraps instead of widening the window
        self.org_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.org_label, 1, Qt.AlignmentFlag.AlignTop)
        # The tool buttons continue on a second row on a narrow screen or with large text.
        tools = QWidget()
        self.flow = FlowLayout(tools)
        self.flow.setContentsMargins(0, 0, 0, 0)
        policy = tools.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        tools.setSizePolicy(policy)
        row.addWidget(tools, 0)
        self.tools = tools
        self.smaller_button = self._tool("A−", self.tr("Kleinere tekst"))
        self.larger_button = self._tool("A+", self.tr("Grotere tekst"))
        self.smaller_button.clicked.connect(self.smaller)
        self.larger_button.clicked.connect(self.larger)
        self.language_buttons: dict[str, QPushButton] = {}
        if len(languages) > 1:
            names = language_buttons()
            for lang in languages:
                button = self._tool(names.get(lang, lang), names.get(lang, lang))
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
                self.language_buttons[lang] = button
        self.read_button = self._tool("", "")
        self.read_button.clicked.connect(self.read)
        self.staff_button = self._tool("", "")
        self.staff_button.clicked.connect(self.staff)
        self.short = False

    def _tool(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("tool")
        button.setAccessibleName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.flow.addWidget(button)
        return button

    def retitle(self, language: str, can_read: bool) -> None:
        """The tools' words in the signer's language; read aloud only with a voice for it."""
        for lang, button in self.language_buttons.items():
            button.setChecked(lang == language)
        self.read_button.setText(word(language, "read_aloud"))
        self.read_button.setVisible(can_read)
        self.staff_button.setText(word(language, "staff"))

    def fit(self, width: int, short: bool) -> None:
        """Short (see SigningMode.is_short): one row of tools, without the organisation's
        name, in narrower margins."""
        self.short = short
        side = 12 if short else 24
        self.row.setContentsMargins(side, 8 if short else 12, side, 4)
        self.flow.setSpacing(6 if short else 10)
        self.org_label.setHidden(short)
        arrange(self.row, width - 2 * side, [self.org_label, self.tools])
