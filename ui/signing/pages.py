"""The screens of signing mode. Each page only shows and reports clicks; ui/signing/mode.py
holds the state (who signs, the answers, the language) and talks to the service.

Item texts are shown as plain text, one label per stored line, so what is on screen is
exactly the stored text (tests join the labels and compare the SHA-256)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from toestemming.usecases.signing import ItemToSign, SignerChoice, WithdrawableItem

from ..screen_fit import finger_scroll
from ..user_text import for_mnemonic
from .pad import SignaturePad
from .style import page_side_margin
from .words import role_word, word
from .wrapping import WrapButton, WrapCheckBox, arrange


def _label(text: str = "", role: str = "body") -> QLabel:
    label = QLabel(text)
    label.setObjectName(role)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Qt asks a wrapping label for a wide minimum (a pleasant shape, not the longest word);
    # on a tablet held upright or with large text that widened the whole window.
    label.setMinimumWidth(1)
    return label


def _scrolling_rows(above: Sequence[QWidget] = ()) -> tuple[QVBoxLayout, QScrollArea]:
    """A column of rows (answers, consents) that scrolls when it does not fit, with `above`
    (a title, a hint) at its top, scrolling along."""
    rows = QVBoxLayout()
    rows.setSpacing(12)
    holder = QWidget()
    if above:
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        for widget in above:
            column.addWidget(widget)
        column.addSpacing(12)
        column.addLayout(rows, 1)
    else:
        holder.setLayout(rows)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    return rows, finger_scroll(scroll)


def _button(text: str, role: str = "secondary") -> QPushButton:
    button = WrapButton(text)  # long words at large text wrap instead of widening the page
    button.setObjectName(role)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setMinimumHeight(64)
    return button


def _clear(layout: QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        widget = child.widget() if child is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class Page(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        side = page_side_margin()
        self.box.setContentsMargins(side, 24, side, 32)
        self.box.setSpacing(18)

    def add_nav(
        self, left: Sequence[QWidget], right: Sequence[QWidget], spacing: int | None = None
    ) -> None:
        """The row of buttons at the bottom: `left` at the left edge, `right` at the right."""
        nav = QHBoxLayout()
        if spacing is not None:
            nav.setSpacing(spacing)
        for widget in left:
            nav.addWidget(widget)
        nav.addStretch(1)
        for widget in right:
            nav.addWidget(widget)
        self.box.addLayout(nav)


class ListPage(Page):
    """A title, a hint, a scrolling list of rows, an error line and Back / Next."""

    back = Signal()
    forward = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(role="title")
        self.hint = _label(role="muted")
        self.rows, scroll = _scrolling_rows()
        self.error = _label(role="error")
        self.error.hide()
        self.back_button = _button("")
        self.next_button = _button("", "primary")
        self.box.addWidget(self.title)
        self.box.addWidget(self.hint)
        self.box.addWidget(scroll, 1)
        self.box.addWidget(self.error)
        self.add_nav([self.back_button], [self.next_button])
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)


class WhoPage(Page):
    """ "Wie ben jij?": one large button per person who decides."""

    chosen = Signal(object)  # SignerChoice
    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(role="title")
        self.hint = _label(role="muted")
        self.about = _label()
        # The people scroll (by finger too) when they do not fit: two parents and a youth on
        # a short screen (1920×1080 at 200 %: 540 px) made the page taller than the screen.
        # The texts above them scroll along: a 1024×600 netbook with 200 % text squeezed the
        # withdrawal's title and hint until their lines were cut off.
        self.people, self.people_scroll = _scrolling_rows([self.title, self.about, self.hint])
        self.people.setSpacing(16)
        self._column = self.people_scroll.widget().layout()
        self.withdraw_button = _button("", "link")
        self.buttons: list[QPushButton] = []
        self.box.addWidget(self.people_scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        self.box.addLayout(row)
        self.withdraw_button.clicked.connect(self.withdraw_requested)

    def show_people(
        self,
        language: str,
        title: str,
        people: Sequence[SignerChoice],
        about: str = "",
        empty: str = "",
        show_withdraw: bool = True,
    ) -> None:
        self.title.setText(title)
        self.about.setText(about)
        self.about.setVisible(bool(about))
        self.hint.setText(word(language, "who_hint") if people else empty)
        self.withdraw_button.setText(word(language, "withdraw_start"))
        self.withdraw_button.setVisible(show_withdraw)
        _clear(self.people)
        self.buttons = []
        for choice in people:
            text = f"{choice.name}  ({role_word(language, choice.role) or choice.role_label})"
            if choice.has_signed:
                text += f"  ✓ {word(language, 'done_before')}"
            button = WrapButton(for_mnemonic(text))  # a long name wraps on a narrow screen
            button.setObjectName("person")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setMinimumHeight(88)
            button.clicked.connect(lambda _=False, c=choice: self.chosen.emit(c))
            self.people.addWidget(button)
            self.buttons.append(button)
        self.people.addStretch(1)  # the buttons at the top, as before
        self.arrange()
        self.people_scroll.verticalScrollBar().setValue(0)  # a new signer starts at the top

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        """Short (a 1024×600 netbook with 200 % text): the names right under the title and
        "Dit gaat over", the hint below them, the title smaller and the texts closer. With
        the hint above them the names lay below the fold, the first cut in half."""
        column = self._column
        viewport = self.people_scroll.viewport()
        width = viewport.width()
        texts = [w for w in (self.title, self.about, self.hint) if not w.isHidden()]
        need = sum(w.heightForWidth(width) for w in texts) + 18 * len(texts) + 12
        need += sum(b.heightForWidth(width) + 16 for b in self.buttons)
        short = bool(self.buttons) and need > viewport.height()
        if short == (column.indexOf(self.hint) > column.indexOf(self.people)):
            return
        column.removeWidget(self.hint)
        if short:
            column.addWidget(self.hint)
        else:
            column.insertWidget(column.indexOf(self.about) + 1, self.hint)
        column.setSpacing(6 if short else 18)
        self.people.setSpacing(10 if short else 16)
        gap = column.itemAt(column.indexOf(self.people) - 1)
        if gap is not None and gap.spacerItem() is not None:
            gap.spacerItem().changeSize(0, 0 if short else 12)
        self.title.setObjectName("heading" if short else "title")
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        column.invalidate()


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
        self.box.setContentsMargins(64, 12, 64, 20)
        self.box.setSpacing(12)
        self.progress = _label(role="muted")
        self.progress.setWordWrap(False)  # "2 van 3" stays on one line
        self.progress.setMinimumWidth(0)
        self.recipient = _label(role="chip")
        # One line when it fits; a long name wraps rather than widen the window (see _label).
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
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        # Recipient and "2 van 3" side by side, or one under the other when narrow.
        self.head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.head.setSpacing(24)
        self.head.addWidget(self.recipient, 1, Qt.AlignmentFlag.AlignTop)
        self.head.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(self.head)
        column.addWidget(sheet, 1)
        column.addWidget(self.special_box)
        self.text_scroll = QScrollArea()
        self.text_scroll.setWidgetResizable(True)
        self.text_scroll.setFrameShape(QFrame.Shape.NoFrame)
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
        self.hint = _label(role="hint")
        self.back_button = _button("")
        self.next_button = _button("", "primary")
        self.lines: list[QLabel] = []
        self._longest_hint = ""

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
        _clear(self.text_box)
        self.lines = []
        text = item.texts[language][0]
        for i, line in enumerate(text.split("\n")):
            label = _label(line, "heading" if i == 0 else "body")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.text_box.addWidget(label)
            self.lines.append(label)
        self.text_box.addStretch(1)
        self.text_scroll.verticalScrollBar().setValue(0)
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
        self._longest_hint = max(
            (word(language, "choose"), word(language, "special_needed")), key=len
        )
        self.arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        """Narrow (upright tablet, large text): the recipient above "2 van 3", and the hint
        in its own row above Vorige/Volgende instead of squeezed between them."""
        margins = self.box.contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        arrange(self.head, inner - 24, [self.recipient, self.progress])
        # Decided on the longest hint, so the layout does not jump as the hint changes.
        hint_width = self.hint.fontMetrics().horizontalAdvance(self._longest_hint)
        buttons = self.back_button.sizeHint().width() + self.next_button.sizeHint().width()
        wide = buttons + hint_width + 2 * 24 + 32 <= inner
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

    def shown_text(self) -> str:
        """Exactly the text on screen (the labels joined as they were split)."""
        return "\n".join(label.text() for label in self.lines)


class SummaryPage(ListPage):
    change = Signal(int)  # index of the item to revisit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change_buttons: list[QPushButton] = []

    def show_answers(
        self, language: str, items: Sequence[ItemToSign], answers: dict[int, str]
    ) -> None:
        self.title.setText(word(language, "summary"))
        self.hint.setText(word(language, "summary_hint"))
        self.back_button.setText(word(language, "back"))
        self.next_button.setText(word(language, "to_sign"))
        _clear(self.rows)
        self.change_buttons = []
        for index, item in enumerate(items):
            row = QFrame()
            row.setObjectName("sheet")
            # The item above, its answer and "Wijzigen" below: fits a tablet held upright.
            block = QVBoxLayout(row)
            block.setContentsMargins(20, 12, 20, 12)
            line = QHBoxLayout()
            title = item.texts[language][0].split("\n", 1)[0]
            text = _label(
                f"{title}\n"
                + word(language, "to", name=item.recipient, kind=item.recipient_kind[language])
            )
            answer = answers.get(item.item_id)
            verdict = _label(word(language, "yes" if answer == "yes" else "no"), "verdict")
            button = _button(word(language, "change"))
            button.clicked.connect(lambda _=False, i=index: self.change.emit(i))
            block.addWidget(text)
            line.addWidget(verdict)
            line.addStretch(1)
            line.addWidget(button)
            block.addLayout(line)
            self.rows.addWidget(row)
            self.change_buttons.append(button)
        self.rows.addStretch(1)


class SignPage(Page):
    back = Signal()
    confirm = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(role="title")
        self.hint = _label(role="muted")
        self.pad = SignaturePad()
        self.error = _label(role="error")
        self.error.hide()
        self.back_button = _button("")
        self.again_button = _button("")
        self.confirm_button = _button("", "primary")
        self.box.addWidget(self.title)
        self.box.addWidget(self.hint)
        self.box.addWidget(self.pad, 1)
        self.box.addWidget(self.error)
        self.add_nav([self.back_button], [self.again_button, self.confirm_button], spacing=24)
        self.back_button.clicked.connect(self.back)
        self.again_button.clicked.connect(self.pad.clear)
        self.again_button.clicked.connect(self.error.hide)
        self.confirm_button.clicked.connect(self.confirm)

    def prepare(self, language: str, title_key: str) -> None:
        self.title.setText(word(language, title_key))
        self.hint.setText(word(language, "sign_hint"))
        self.back_button.setText(word(language, "back"))
        self.again_button.setText(word(language, "again"))
        self.confirm_button.setText(word(language, "confirm"))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class ThanksPage(Page):
    receipt = Signal()
    mail = Signal()
    next_person = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(role="title")
        self.hint = _label()
        self.heading = _label(role="heading")
        self.lines = _label()
        self.receipt_button = _button("")
        # Only when a mail server is set up and the signer's address is known (see mode.py).
        self.mail_button = _button("")
        self.mail_button.hide()
        self.mail_status = _label(role="muted")
        self.mail_status.hide()
        self.next_button = _button("", "primary")
        # For the worker, when the tablet comes back: the passphrase right here ends signing
        # mode (Enter or "Ontgrendelen"). Never focused by itself: that would pop up the
        # on-screen keyboard while the signer still reads.
        self.worker_title = _label(self.tr("Begeleider: uw wachtwoordzin om af te sluiten"))
        self.worker_title.setObjectName("muted")
        self.worker = PassphraseBox()
        # One blue button on this page, the signer's ("Volgende persoon").
        self.worker.unlock_button.setObjectName("secondary")
        worker_row = QHBoxLayout()
        worker_row.setSpacing(16)
        worker_row.addWidget(self.worker, 1)
        worker_row.addWidget(self.worker.unlock_button, 0, Qt.AlignmentFlag.AlignTop)
        # What was recorded scrolls (by finger too) when long or with large text; the
        # worker's field and the buttons stay in view.
        column, self.scroll_area = _scrolling_rows()
        column.setContentsMargins(0, 0, 0, 0)  # in line with the worker's field below
        for part in (self.title, self.hint, self.heading, self.lines):
            column.addWidget(part)
        column.insertSpacing(2, 8)
        column.addStretch(1)
        self.box.addWidget(self.scroll_area, 1)
        self.box.addWidget(self.mail_status)
        self.box.addWidget(self.worker_title)
        self.box.addLayout(worker_row)
        # Receipt, mail and "Volgende persoon" side by side, or one under the other on a
        # tablet held upright or with large text (see resizeEvent).
        self.nav = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.nav.setSpacing(16)
        self.nav.addWidget(self.receipt_button)
        self.nav.addWidget(self.mail_button)
        self.nav.addStretch(1)
        self.nav.addWidget(self.next_button)
        self.box.addLayout(self.nav)
        self.receipt_button.clicked.connect(self.receipt)
        self.mail_button.clicked.connect(self.mail)
        self.next_button.clicked.connect(self.next_person)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        margins = self.box.contentsMargins()
        inner = self.width() - margins.left() - margins.right() - 32
        arrange(self.nav, inner, [self.receipt_button, self.mail_button, self.next_button])

    def show_result(
        self, language: str, title: str, hint: str, heading: str, lines: list[str]
    ) -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.heading.setText(heading)
        self.lines.setText("\n".join(lines))
        self.receipt_button.setText(word(language, "receipt"))
        self.next_button.setText(word(language, "next_person"))
        self.show_mail(language, "")
        self.worker.reset()

    def show_mail(self, language: str, address: str) -> None:
        """Offer the e-mail button for `address`; hidden when "" (no server or no address)."""
        self.mail_button.setText(word(language, "mail"))
        self.mail_button.setEnabled(True)
        self.mail_button.setVisible(bool(address))
        self.mail_button.setAccessibleDescription(address)
        self.mail_status.hide()
        self.arrange()

    def mail_progress(self, text: str, done: bool = False) -> None:
        self.mail_status.setText(text)
        self.mail_status.show()
        self.mail_button.setEnabled(done)


class WithdrawPickPage(ListPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[tuple[QCheckBox, WithdrawableItem]] = []

    def show_items(self, language: str, items: Sequence[WithdrawableItem]) -> None:
        self.title.setText(word(language, "withdraw_pick"))
        self.hint.setText(
            word(language, "withdraw_hint") if items else word(language, "withdraw_none")
        )
        self.back_button.setText(word(language, "back"))
        self.next_button.setText(word(language, "next"))
        self.next_button.setEnabled(bool(items))
        self.error.hide()
        _clear(self.rows)
        self.boxes = []
        for item in items:
            box = WrapCheckBox(
                for_mnemonic(
                    f"{item.title[language]} — {item.recipient}\n{item.categories[language]}"
                )
            )
            box.setObjectName("special")
            self.rows.addWidget(box)
            self.boxes.append((box, item))
        self.rows.addStretch(1)

    def chosen(self) -> list[int]:
        return [item.item_id for box, item in self.boxes if box.isChecked()]


class PassphraseBox(QWidget):
    """The worker's passphrase field and "Ontgrendelen": on the unlock page, and on the thanks
    page so the worker takes the tablet back without a "Begeleider" tap first. The words are
    the worker's (Qt translation), not the signer's."""

    unlock = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMinimumHeight(56)
        self.field.setAccessibleName(self.tr("Wachtwoordzin"))
        self.error = _label(role="error")
        self.error.hide()
        self.unlock_button = _button(self.tr("Ontgrendelen"), "primary")
        column.addWidget(self.field)
        column.addWidget(self.error)
        self.unlock_button.clicked.connect(lambda: self.unlock.emit(self.field.text()))
        self.field.returnPressed.connect(lambda: self.unlock.emit(self.field.text()))

    def reset(self) -> None:
        self.field.clear()
        self.error.hide()

    def wrong(self) -> None:
        self.field.clear()
        self.error.setText(self.tr("De wachtwoordzin klopt niet. De ondertekenmodus blijft aan."))
        self.error.show()


class UnlockPage(Page):
    """For the worker only: the passphrase ends signing mode."""

    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(self.tr("Alleen voor de begeleider"), "title")
        self.hint = _label(
            self.tr("Voer uw wachtwoordzin in om de ondertekenmodus te verlaten."), "muted"
        )
        self.worker = PassphraseBox()
        self.unlock = self.worker.unlock
        self.field, self.error = self.worker.field, self.worker.error
        self.unlock_button = self.worker.unlock_button
        self.back_button = _button(self.tr("Terug"))
        self.box.addWidget(self.title)
        self.box.addWidget(self.hint)
        self.box.addWidget(self.worker)
        self.box.addStretch(1)
        self.add_nav([self.back_button], [self.unlock_button])
        self.back_button.clicked.connect(self.back)

    def reset(self) -> None:
        self.worker.reset()

    def wrong(self) -> None:
        self.worker.wrong()
