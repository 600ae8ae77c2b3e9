"""One item of a consent request on the tablet: its stored text (plain text, one label per
stored line, so what is on screen is exactly the stored text: tests join the labels and
compare the SHA-256), the recipient, Ja and Nee of equal size, the special tick; for a parent,
above the text, whose data it is about and who the text's "je" is (tablet-whose)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from toestemming.usecases.signing import ItemToSign

from ..screen_fit import finger_scroll
from ..user_text import for_mnemonic
from .page_parts import Page, clear_rows, page_button, text_label
from .read_gate import ReadGate
from .words import word
from .wrapping import WrapButton, WrapCheckBox, arrange


class ItemPage(Page):
    """One item: its stored text, the recipient, Ja and Nee of equal size, the special tick."""

    answered = Signal(str)  # "yes" / "no"
    ack_changed = Signal(bool)
    back = Signal()
    forward = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tighter than the other pages: at 1280×800 and the default text size a whole item
        # (nine lines, the special tick, Ja/Nee) fits without scrolling.
        self._margins = (64, 12, 64, 20)
        self.box.setContentsMargins(*self._margins)
        self.box.setSpacing(12)
        self.progress = text_label(role="muted")
        self.progress.setWordWrap(False)  # "2 van 3" stays on one line
        self.progress.setMinimumWidth(0)
        self.recipient = text_label(role="chip")
        # Whose data, for a parent who signs: the stored text says "je" and means the youth.
        self.whose = text_label(role="muted")
        # One line when it fits; a long name wraps rather than widen the window (see text_label).
        self.text_box = QVBoxLayout()
        self.text_box.setSpacing(4)
        sheet = QWidget()
        sheet.setObjectName("sheet")
        sheet.setLayout(self.text_box)
        self.text_box.setContentsMargins(28, 14, 28, 14)
        self.special_box = WrapCheckBox()
        self.special_box.setObjectName("special")
        # Recipient, text and the special tick scroll together (by finger too) when they do
        # not fit, as on a small tablet or with large text; Ja/Nee and the navigation stay.
        content = QWidget()
        self.column = column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        # Recipient and "2 van 3" side by side, or one under the other when narrow.
        self.head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.head.setSpacing(24)
        self.head.addWidget(self.recipient, 1, Qt.AlignmentFlag.AlignTop)
        self.head.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(self.head)
        column.addWidget(self.whose)
        column.addWidget(sheet, 1)
        column.addWidget(self.special_box)
        self.text_scroll = QScrollArea()
        self.text_scroll.setWidgetResizable(True)
        self.text_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.text_scroll.setObjectName("text")  # its focus ring (style.py)
        self.text_scroll.setWidget(content)
        finger_scroll(self.text_scroll)
        # Ja and Nee side by side and equally large; their words wrap on a narrow screen.
        self.yes_button = WrapButton()
        self.no_button = WrapButton()
        for b in (self.yes_button, self.no_button):
            b.setObjectName("answer")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setCheckable(True)
            b.setMinimumHeight(96)
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            policy.setHeightForWidth(True)
            b.setSizePolicy(policy)
        # No QButtonGroup (the mode keeps one answer at most): Qt lets Tab stop at one button
        # of a group only, so a signer using the keyboard could never reach Nee.
        self.hint = text_label(role="hint")
        self.back_button = page_button("")
        self.next_button = page_button("", "primary")
        self.lines: list[QLabel] = []
        self._hints: tuple[str, ...] = ()  # every hint this item may show
        self.compact = False  # Ja/Nee smaller on a page of few lines (see arrange)
        # The height the page is seen in: its own, or on a short screen where the pages scroll
        # (SigningMode._page_area) the scroll area's (the page there is as tall as it asks).
        self.seen_height: Callable[[], int] = self.height
        self._language = "nl"
        self._problem = ""  # the mode's hint ("Kies Ja of Nee."), shown once the text is read
        # Ja and Nee wait until the text has been scrolled to its end (when it does not fit).
        self.reading = ReadGate(
            self.text_scroll,
            (self.yes_button, self.no_button),
            self._last_of_text,
            self._show_hint,
        )

        self.box.addWidget(self.text_scroll, 1)
        answers = QHBoxLayout()
        answers.setSpacing(32)
        answers.addWidget(self.yes_button, 1)
        answers.addWidget(self.no_button, 1)
        self.box.addLayout(answers)
        # The hint ("Kies Ja of Nee.") sits between Vorige and Volgende: no extra row.
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        policy = self.hint.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # Vorige/Volgende keep their size and place
        self.hint.setSizePolicy(policy)
        self.nav = QHBoxLayout()
        self.nav.setSpacing(24)
        self.nav.addWidget(self.back_button)
        self.nav.addWidget(self.hint, 1)
        self.nav.addWidget(self.next_button)
        self.box.addLayout(self.nav)

        self.yes_button.clicked.connect(lambda: self.answered.emit("yes"))
        self.no_button.clicked.connect(lambda: self.answered.emit("no"))
        self.special_box.toggled.connect(self.ack_changed)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)

    def show_item(
        self,
        language: str,
        item: ItemToSign,
        n: int,
        total: int,
        answer: str | None,
        acked: bool,
    ) -> None:
        self.progress.setText(word(language, "item_of", n=n, total=total))
        self.recipient.setText(
            word(language, "to", name=item.recipient, kind=item.recipient_kind[language])
        )
        # Empty in the youth's own voice: the text speaks to them.
        self.whose.setText(word(language, "whose"))
        self.whose.setVisible(bool(self.whose.text().strip()))
        clear_rows(self.text_box)
        self.lines = []
        text = item.texts[language][0]
        for i, line in enumerate(text.split("\n")):
            label = text_label(line, "heading" if i == 0 else "body")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.text_box.addWidget(label)
            # Shown now, not when the event loop gets to it: whether the text fits (and so
            # whether Ja and Nee wait, see read_gate.py) is measured on the laid-out lines.
            label.show()
            self.lines.append(label)
        self.text_box.addStretch(1)
        self.text_scroll.verticalScrollBar().setValue(0)
        self._language = language
        # Read by keyboard too: the text is a Tab stop that Page Down / End scroll; a screen
        # reader says what it is and why Ja and Nee may wait.
        self.text_scroll.setAccessibleName(word(language, "text_name"))
        self.special_box.setVisible(item.special)
        self.special_box.blockSignals(True)
        self.special_box.setChecked(acked)
        self.special_box.blockSignals(False)
        self.special_box.setText(
            for_mnemonic(
                word(language, "special_tick", names=item.special_categories.get(language, ""))
            )
        )
        self.yes_button.setText(word(language, "yes"))
        self.no_button.setText(word(language, "no"))
        self.yes_button.setChecked(answer == "yes")
        self.no_button.setChecked(answer == "no")
        self.back_button.setText(word(language, "back"))
        self.next_button.setText(word(language, "next"))
        self._hints = (
            word(language, "choose"),
            word(language, "special_needed"),
            word(language, "read_first"),
        )
        self.arrange()
        self.reading.start(item.item_id, language)
        self.reading.settle()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reading.settle()  # the item was set while another page showed

    def show_problem(self, problem: str) -> None:
        """The mode's hint for this item ("" when it may go on); while the text waits to be
        read, that hint says so instead."""
        self._problem = problem
        self._show_hint()

    def _show_hint(self) -> None:
        waiting = self.reading.waiting
        text = word(self._language, "read_first") if waiting else self._problem
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        tip = word(self._language, "read_first_why") if waiting else ""
        # Volgende waits with Ja and Nee: an answer given in another language (or before a
        # switch) does not make this text read; the text recorded as shown is this one.
        self.next_button.setEnabled(not waiting and not self._problem)
        for widget in (self.text_scroll, self.yes_button, self.no_button):
            widget.setAccessibleDescription(tip)

    def _last_of_text(self) -> QWidget | None:
        """The end of what the signer agrees to: the text's last line. (The special tick
        below it is answered on its own: Ja needs it ticked.)"""
        return self.lines[-1] if self.lines else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        """Short (room for fewer than 11 lines: 1024×600 at 200 %): compact, see
        _set_compact. Narrow (upright tablet, large text): the recipient above "2 van 3", and
        the hint in its own row above Vorige/Volgende instead of squeezed between them."""
        # Measured on Vorige (always the body's size), not on a label that is smaller when
        # compact: the page would flip between the two.
        compact = 0 < self.seen_height() < 11 * self.back_button.fontMetrics().height()
        if compact != self.compact:
            self._set_compact(compact)
        margins = self.box.contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        self.head.setSpacing(24)  # side by side: measured with the gap they keep there
        arrange(self.head, inner - 24, [self.recipient, self.progress])
        # One under the other: close together when compact (24 px there, with the sheet's own
        # margins, left the text's first line at the foot of a 300 px screen).
        stacked = self.head.direction() == QBoxLayout.Direction.TopToBottom
        self.head.setSpacing(4 if compact and stacked else 24)
        # Decided on every hint it may show, so the layout does not jump as the hint changes;
        # when compact a hint may take two lines there (as high as Vorige) rather than a row
        # of its own.
        buttons = self.back_button.sizeHint().width() + self.next_button.sizeHint().width()
        room = inner - buttons - 2 * self.nav.spacing() - 8
        lines = 2 if compact else 1
        metrics = self.hint.fontMetrics()
        wide = room > 0 and all(
            metrics.boundingRect(0, 0, room, 10_000, Qt.TextFlag.TextWordWrap, hint).height()
            <= lines * metrics.lineSpacing()
            for hint in self._hints
        )
        in_nav = self.nav.indexOf(self.hint) >= 0
        if wide != in_nav:
            if wide:
                self.box.removeWidget(self.hint)
                self.nav.insertWidget(1, self.hint, 1)
            else:
                self.nav.removeWidget(self.hint)
                self.box.insertWidget(self.box.indexOf(self.text_scroll) + 2, self.hint)
            policy = self.hint.sizePolicy()
            policy.setRetainSizeWhenHidden(wide)  # its own row takes no room while hidden
            self.hint.setSizePolicy(policy)

    def _set_compact(self, compact: bool) -> None:
        """Compact (a 1024×600 netbook at 200 %): Ja and Nee in the body's size, not larger
        ("Yes, that's fine" took two lines of the larger size, and the text the signer agrees
        to was left a strip of two lines); the recipient, "1 van 3" and the hint in the
        tools' smaller size, so the text gets the room (its own lines keep their size)."""
        self.compact = compact
        # Narrower margins too: 64 px each side wrapped the text's lines once more.
        self.box.setContentsMargins(*((24, 8, 24, 12) if compact else self._margins))
        self.text_box.setContentsMargins(*((12, 6, 12, 6) if compact else (28, 14, 28, 14)))
        self.column.setSpacing(4 if compact else 8)
        for button in (self.yes_button, self.no_button):
            button.setMinimumHeight(64 if compact else 96)
        for widget in (
            self.yes_button,
            self.no_button,
            self.recipient,
            self.progress,
            self.whose,
            self.hint,
        ):
            widget.setProperty("compact", compact)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        for button in (self.yes_button, self.no_button):
            button.setText(button.text())  # rewrapped in the new size

    def shown_text(self) -> str:
        """Exactly the text on screen (the labels joined as they were split)."""
        return "\n".join(label.text() for label in self.lines)
