"""The screens of signing mode. Each page only shows and reports clicks; ui/signing/mode.py
holds the state (who signs, the answers, the language) and talks to the service. One item
to answer is its own page (item_page.py); the parts all pages share are in page_parts.py."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from toestemming.usecases.signing import ItemToSign, SignerChoice, WithdrawableItem

from ..layout_items import items_of
from ..user_text import for_mnemonic
from .page_parts import Page, clear_rows, page_button, scrolling_rows, text_label
from .words import role_word, word
from .wrapping import WrapButton, WrapCheckBox, arrange


class ListPage(Page):
    """A title, a hint, a scrolling list of rows, an error line and Back / Next."""

    back = Signal()
    forward = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = text_label(role="title")
        self.hint = text_label(role="muted")
        # The title and hint scroll along with the rows: on a short screen with large text
        # (1024×600 at 200 %) the layout squeezed them, and Vorige / Verder, until their
        # lines were cut off; now the rows' area gives way.
        self.rows, scroll = scrolling_rows([self.title, self.hint])
        self.error = text_label(role="error")
        self.error.hide()
        self.back_button = page_button("")
        self.next_button = page_button("", "primary")
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
        self.title = text_label(role="title")
        self.hint = text_label(role="muted")
        self.about = text_label()
        # The people scroll (by finger too) when they do not fit: two parents and a youth on
        # a short screen (1920×1080 at 200 %: 540 px) made the page taller than the screen.
        # The texts above them scroll along: a 1024×600 netbook with 200 % text squeezed the
        # withdrawal's title and hint until their lines were cut off.
        self.people, self.people_scroll = scrolling_rows([self.title, self.about, self.hint])
        self.people.setSpacing(16)
        holder = self.people_scroll.widget()
        column = holder.layout() if holder is not None else None
        assert isinstance(column, QVBoxLayout)  # scrolling_rows' column (texts above rows)
        self._column = column
        self._title_high = 0  # the title's height on a roomy page (see arrange)
        margins = self.box.contentsMargins()
        self._margins = (margins.left(), margins.top(), margins.right(), margins.bottom())
        self.withdraw_button = page_button("", "link")
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
        # Nobody left to tap (everyone signed): the `empty` line says so, not "Tik op je naam".
        # Why a done name (✓) cannot be tapped is said once here, not in each button: a second
        # line per name pushed the names below the fold on a short screen with large text.
        open_people = [p for p in people if not p.has_signed]
        hint = word(language, "who_hint") if open_people else empty
        if len(open_people) < len(people):
            hint += " " + word(language, "done_why")
        self.hint.setText(hint)
        self.withdraw_button.setText(word(language, "withdraw_start"))
        self.withdraw_button.setVisible(show_withdraw)
        clear_rows(self.people)
        self.buttons = []
        for choice in people:
            text = f"{choice.name}  ({role_word(language, choice.role) or choice.role_label})"
            if choice.has_signed:
                # Done, and not tappable: a second parent must not sign under this name
                # (SigningFlow.choose_signer refuses it too); the hint says where to go.
                text += f"  ✓ {word(language, 'done_before')}"
            button = WrapButton(for_mnemonic(text))  # a long name wraps on a narrow screen
            button.setObjectName("person")
            button.setEnabled(not choice.has_signed)
            if not choice.has_signed:
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

    def out_of_view(self) -> list[QPushButton]:
        """The names a signer does not see as the page opens (fit.py): the first not whole,
        another without its first line in view (the second parent below the fold)."""
        viewport = self.people_scroll.viewport()
        out = []
        for n, b in enumerate(self.buttons):
            place = QRect(b.mapTo(viewport, QPoint(0, 0)), b.size())
            if not viewport.rect().contains(place if n == 0 else place.topLeft() + QPoint(0, 40)):
                out.append(b)
        return out

    def arrange(self) -> None:
        """Short (a 1024×600 netbook with 200 % text): the names right under the title and
        "Dit gaat over", the hint below them, the title smaller and the texts closer. With
        the hint above them the names lay below the fold, the first cut in half."""
        column = self._column
        viewport = self.people_scroll.viewport()
        # As narrow as with a scroll bar: when one appears, the names wrap and grow.
        bar = self.people_scroll.verticalScrollBar()
        width = viewport.width() - (0 if bar.isVisible() else bar.sizeHint().width())
        was_short = column.indexOf(self.hint) > column.indexOf(self.people)
        # Measured as the roomy page would be (its larger title), so a short page does not
        # flip back and forth because its own smaller title fits.
        if not was_short:
            self._title_high = self.title.heightForWidth(width)
        texts = [w for w in (self.about, self.hint) if not w.isHidden()]
        need = self._title_high + sum(w.heightForWidth(width) for w in texts)
        # The column's gaps as scrolling_rows lays them: 18 between the title, each text, the
        # 12 px spacer and the names (one gap more than the texts had counted: 1280×720 at
        # 200 % then came out 1 px taller than the screen, and the second name needed a scroll).
        need += 18 * (len(texts) + 2) + 12
        need += sum(b.heightForWidth(width) for b in self.buttons)
        need += 16 * (len(self.buttons) - 1)  # between the names (none after the last)
        short = bool(self.buttons) and need > viewport.height()
        if short != was_short:
            self._set_short(short)
        if not short:
            # The estimate can be short of what the style draws: look once laid out.
            QTimer.singleShot(0, self, self._check_fold)  # not after the page is gone

    def _check_fold(self) -> None:
        if not self.buttons or self._column.indexOf(self.hint) > self._column.indexOf(self.people):
            return
        last = self.buttons[-1]
        viewport = self.people_scroll.viewport()
        # Any scroll at all means a name is (partly) out of view: even 1 px hides the
        # bottom of the last name's frame behind the fold and shows a scroll bar.
        if (
            last.geometry().y() + last.height() > viewport.height()
            or self.people_scroll.verticalScrollBar().maximum() > 0
        ):
            self._set_short(True)

    def _set_short(self, short: bool) -> None:
        column = self._column
        column.removeWidget(self.hint)
        with items_of(column) as items:
            if items and items[-1] is not None and items[-1].spacerItem() is not None:
                column.takeAt(len(items) - 1)  # the stretch under the hint (short)
        if short:
            # The hint right under the names, the room below it: with the names' own stretch
            # taking the room, the hint sat at the foot of the page, far from what it is about.
            column.addWidget(self.hint)
            column.addStretch(1)
            column.setStretchFactor(self.people, 0)
        else:
            column.insertWidget(column.indexOf(self.about) + 1, self.hint)
            column.setStretchFactor(self.people, 1)
        column.setSpacing(6 if short else 18)
        self.people.setSpacing(10 if short else 16)
        with items_of(column) as items:
            above = column.indexOf(self.people) - 1
            gap = items[above] if above >= 0 else None
            spacer = gap.spacerItem() if gap is not None else None
            if spacer is not None:
                spacer.changeSize(0, 0 if short else 12)
        # The page's own margins too: 64 px each side wrapped both names at 1024 px.
        self.box.setContentsMargins(*((24, 12, 24, 16) if short else self._margins))
        self.title.setObjectName("heading" if short else "title")
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        column.invalidate()


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
        clear_rows(self.rows)
        self.change_buttons = []
        for index, item in enumerate(items):
            row = QFrame()
            row.setObjectName("sheet")
            # The item above, its answer and "Wijzigen" below: fits a tablet held upright.
            block = QVBoxLayout(row)
            block.setContentsMargins(20, 12, 20, 12)
            line = QHBoxLayout()
            title = item.texts[language][0].split("\n", 1)[0]
            text = text_label(
                f"{title}\n"
                + word(language, "to", name=item.recipient, kind=item.recipient_kind[language])
            )
            answer = answers.get(item.item_id)
            verdict = text_label(word(language, "yes" if answer == "yes" else "no"), "verdict")
            button = page_button(word(language, "change"))
            button.clicked.connect(lambda _=False, i=index: self.change.emit(i))
            block.addWidget(text)
            # The verdict takes the row's room (a stretch beside it left it its narrowest
            # shape: "Ja, dat mag" a word per line on a 1024×600 netbook at the usual size).
            line.addWidget(verdict, 1)
            line.addWidget(button)
            block.addLayout(line)
            self.rows.addWidget(row)
            self.change_buttons.append(button)
        self.rows.addStretch(1)


class ThanksPage(Page):
    receipt = Signal()
    mail = Signal()
    next_person = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = text_label(role="title")
        self.hint = text_label()
        self.heading = text_label(role="heading")
        self.lines = text_label()
        self.receipt_button = page_button("")
        # Only when a mail server is set up and the signer's address is known (see mode.py).
        self.mail_button = page_button("")
        self.mail_button.hide()
        self.mail_status = text_label(role="muted")
        self.mail_status.hide()
        self.next_button = page_button("", "primary")
        for button in (self.receipt_button, self.mail_button):
            # As tall as its wrapped lines, also one under the other: with the wrapping
            # buttons' Maximum policy a column kept them at one line's height (68 of 136 px).
            policy = button.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
            button.setSizePolicy(policy)
        # For the worker, when the tablet comes back: the passphrase right here ends signing
        # mode (Enter or "Ontgrendelen"). Never focused by itself: that would pop up the
        # on-screen keyboard while the signer still reads.
        self.worker_title = text_label(self.tr("Begeleider: uw wachtwoordzin om af te sluiten"))
        self.worker_title.setObjectName("muted")
        self.worker = PassphraseBox()
        # One blue button on this page, the signer's ("Volgende persoon").
        self.worker.unlock_button.setObjectName("secondary")
        # The worker's title, field and button as one part: on a short screen it moves into
        # the scrolling column (see fit_height).
        self.worker_part = QWidget()
        worker_column = QVBoxLayout(self.worker_part)
        worker_column.setContentsMargins(0, 0, 0, 0)
        worker_column.setSpacing(18)  # as the page's own rows
        worker_row = QHBoxLayout()
        worker_row.setSpacing(16)
        worker_row.addWidget(self.worker, 1)
        worker_row.addWidget(self.worker.unlock_button, 0, Qt.AlignmentFlag.AlignTop)
        worker_column.addWidget(self.worker_title)
        worker_column.addLayout(worker_row)
        # What was recorded scrolls (by finger too) when long or with large text; the
        # worker's field and the buttons stay in view.
        column, self.scroll_area = scrolling_rows()
        column.setContentsMargins(0, 0, 0, 0)  # in line with the worker's field below
        for part in (self.title, self.hint, self.heading, self.lines):
            column.addWidget(part)
        column.insertSpacing(2, 8)
        column.addStretch(1)
        self.column = column
        self.short = False
        self.box.addWidget(self.scroll_area, 1)
        self.box.addWidget(self.mail_status)
        self.box.addWidget(self.worker_part)
        # Receipt, mail and "Volgende persoon" side by side, or one under the other on a
        # tablet held upright or with large text (see resizeEvent).
        self.nav = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.nav.setSpacing(16)
        # The receipt and the mail button keep together in one row when only "Volgende
        # persoon" does not fit beside them: three rows under each other left the result a
        # strip of 100 px on a 1024×600 netbook at the usual text size.
        self.offers = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.offers.setSpacing(16)
        self.offers.addWidget(self.receipt_button)
        self.offers.addWidget(self.mail_button)
        self.nav.addLayout(self.offers)
        self.nav.addStretch(1)
        self.nav.addWidget(self.next_button)
        self.box.addLayout(self.nav)
        self.receipt_button.clicked.connect(self.receipt)
        self.mail_button.clicked.connect(self.mail)
        self.next_button.clicked.connect(self.next_person)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.arrange()  # the result was set while another page showed

    def arrange(self) -> None:
        margins = self.box.contentsMargins()
        inner = self.width() - margins.left() - margins.right() - 32
        if self.short:
            return  # the receipt and mail buttons are in the column: "Volgende persoon" alone
        arrange(self.nav, inner, [self.receipt_button, self.mail_button, self.next_button])
        arrange(self.offers, inner, [self.receipt_button, self.mail_button])
        self.fit_height()

    def fit_height(self) -> None:
        """Short (a 1024×600 netbook with 200 % text): only "Volgende persoon" stays at the
        bottom; the receipt and mail buttons follow the title and hint in the scrolling
        column, the worker's passphrase (also behind "Begeleider" in the bar) at its end.
        Stacked below the column they needed more than the page had: "Volgende persoon"
        lay below the screen and the receipt button over it. Measured as the roomy page
        lays out, so the page does not flip back and forth."""
        margins = self.box.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width <= 0 or not self.isVisible():
            return
        below = [self.worker_part.heightForWidth(width), self.nav.heightForWidth(width)]
        if not self.mail_status.isHidden():
            below.append(self.mail_status.heightForWidth(width))
        # The column shows at least the title ("Dank je wel!"); the rest may scroll there.
        top = self.title.heightForWidth(width)
        need = sum(below) + top + self.box.spacing() * len(below)
        need += margins.top() + margins.bottom()
        if (need > self.height()) != self.short:
            self._set_short(need > self.height())

    def _set_short(self, short: bool) -> None:
        self.short = short
        moving: list[QWidget] = [self.receipt_button, self.mail_button, self.mail_status]
        # Moving to another parent hides a widget until the event loop shows it again: the
        # passphrase field was not there for a worker (or a test) acting at once.
        hidden = {w: w.isHidden() for w in (*moving, self.worker_part)}
        for widget in (*moving, self.worker_part):
            (self.column if short else self.box).removeWidget(widget)
            self.offers.removeWidget(widget)
        if short:
            self.nav.setDirection(QBoxLayout.Direction.LeftToRight)
            at = self.column.indexOf(self.hint) + 1
            for n, widget in enumerate(moving):
                self.column.insertWidget(at + n, widget)
            self.column.insertWidget(self.column.count() - 1, self.worker_part)  # stretch last
        else:
            self.offers.insertWidget(0, self.receipt_button)
            self.offers.insertWidget(1, self.mail_button)
            at = self.box.indexOf(self.scroll_area) + 1
            self.box.insertWidget(at, self.mail_status)
            self.box.insertWidget(at + 1, self.worker_part)
        for widget, was_hidden in hidden.items():
            widget.setHidden(was_hidden)
        if not short:
            self.arrange()

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
        self.arrange()  # a line more below the result: it may no longer fit beside it

    def mail_sent(self, text: str) -> None:
        """Sent once: the button goes (no double sending), the line says where to."""
        self.mail_button.hide()
        self.mail_progress(text)


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
        clear_rows(self.rows)
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
        self.error = text_label(role="error")
        self.error.hide()
        self.unlock_button = page_button(self.tr("Ontgrendelen"), "primary")
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
        self.title = text_label(self.tr("Alleen voor de begeleider"), "title")
        self.hint = text_label(
            self.tr("Voer uw wachtwoordzin in om de ondertekenmodus te verlaten."), "muted"
        )
        self.worker = PassphraseBox()
        self.unlock = self.worker.unlock
        self.field, self.error = self.worker.field, self.worker.error
        self.unlock_button = self.worker.unlock_button
        self.back_button = page_button(self.tr("Terug"))
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
