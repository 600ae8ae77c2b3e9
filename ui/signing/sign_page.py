"""The signature page: a title, whose signature this is, the pad, an error line and Vorige /
Opnieuw / Bevestigen.

On a short page for its text (1024×600 at 200 %, in English with a long name: three lines
of hint) the title, the hint and the pad's least height needed more than the page had: the
hint was cut to two lines and the pad lay over the buttons. The page then goes compact —
the title smaller, the margins and gaps tighter, the pad's least height 120 px instead of
150 — decided on the roomy page's measures, so it does not flip back and forth.

A long refusal (at 200 %, or the rules' reason for the worker behind a signer's sentence)
needed more lines than the page had beside the pad and lay over the pad and the hint: it
stands in its own strip under the pad, as high as the page has room for (one line at the
least), and scrolls, by finger too; on a page that had to go compact it takes the hint's
place while it shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from toestemming.errors import ValidationError
from toestemming.usecases.signature import Signature

from ..screen_fit import finger_scroll
from .pad import SignaturePad
from .page_parts import Page, page_button, text_label
from .typed_name import TypedName
from .words import word

ROOMY_PAD, COMPACT_PAD = 150, 120  # px: the pad's least height (a signature needs room)


class SignPage(Page):
    back = Signal()
    confirm = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = text_label(role="title")
        self.hint = text_label(role="muted")
        self.pad = SignaturePad()
        # Without a pointer (keyboard, switch, a hand that cannot draw): type the name instead.
        self.typed = TypedName()
        self.typed.hide()
        self.type_button = page_button("", "link")
        self.type_button.clicked.connect(lambda: self.use_typed(self.typed.isHidden()))
        self._language = "nl"
        self._whose = ""
        self.error = text_label(role="error")
        self.error_area = QScrollArea()
        self.error_area.setWidgetResizable(True)
        self.error_area.setFrameShape(QFrame.Shape.NoFrame)
        self.error_area.setWidget(self.error)
        self.error_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        finger_scroll(self.error_area)
        self.error.installEventFilter(self)  # the strip shows and hides with the error
        self.error.hide()
        self.error_area.hide()
        self.back_button = page_button("")
        self.again_button = page_button("")
        self.confirm_button = page_button("", "primary")
        # "Typ je naam" beside the title or the hint, whichever that costs fewer lines, or
        # under the hint: on a netbook with large text the page had no row to spare (the pad
        # would have lain over the buttons), on an upright tablet no width beside the hint.
        self.type_button.setMinimumHeight(44)  # a finger's height, no more
        self.title_row = QHBoxLayout()
        self.title_row.setSpacing(16)
        self.title_row.addWidget(self.title, 1)
        self.box.addLayout(self.title_row)
        self.hint_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.hint_row.setSpacing(16)
        self.hint_row.addWidget(self.hint, 1)
        self.box.addLayout(self.hint_row)
        self._type_place = ""
        self._place_type("hint")
        self.box.addWidget(self.pad, 1)
        self.box.addWidget(self.typed, 1)
        self.box.addWidget(self.error_area)
        # Vorige at the left, Opnieuw and Bevestigen at the right; on a page too narrow for
        # the three in a row (an upright tablet at 150 %: 533 px) Vorige goes below them.
        self.nav = QGridLayout()
        self.nav.setHorizontalSpacing(24)
        self.nav.setVerticalSpacing(12)
        self.box.addLayout(self.nav)
        self.narrow: bool | None = None
        self._place_nav(narrow=False)
        self.back_button.clicked.connect(self.back)
        self.again_button.clicked.connect(self.pad.clear)
        self.again_button.clicked.connect(self.typed.clear)
        self.again_button.clicked.connect(self.error.hide)
        self.confirm_button.clicked.connect(self.confirm)
        margins = self.box.contentsMargins()
        self._roomy = (margins.left(), margins.top(), margins.right(), margins.bottom())
        self._spacing = self.box.spacing()
        self.compact = False
        self._title_high = 0  # the title's height on the roomy page

    def prepare(self, language: str, title_key: str) -> None:
        self._language = language
        self.title.setText(word(language, title_key))
        self._whose = ""
        self._show_hint()
        self.typed.prepare(language)
        self._name_type_button()
        self.back_button.setText(word(language, "back"))
        self.again_button.setText(word(language, "again"))
        self.confirm_button.setText(word(language, "confirm"))

    def name_signer(self, whose: str) -> None:
        """Whose signature this is ("Je tekent als …"), said before how to sign."""
        self._whose = whose
        self._show_hint()

    def _show_hint(self) -> None:
        # "Met je vinger, de pen of de muis" is how to use the pad: not said over a typed name.
        how = "" if self.typed.isVisibleTo(self) else word(self._language, "sign_hint")
        self.hint.setText(" ".join(t for t in (self._whose, how) if t))

    def _name_type_button(self) -> None:
        key = "draw_instead" if self.typed.isVisibleTo(self) else "type_instead"
        self.type_button.setText(word(self._language, key))
        self.type_button.setAccessibleName(word(self._language, key))

    def use_typed(self, typed: bool) -> None:
        """The typed name instead of the pad (or back to the pad); what was not confirmed
        on the other one is cleared."""
        self.pad.clear()
        self.typed.clear()
        self.error.hide()
        self.pad.setVisible(not typed)
        self.typed.setVisible(typed)
        self._name_type_button()
        self._show_hint()
        if typed:
            self.typed.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def signature(self) -> Signature:
        """What the signer gave: the pad's drawing, or the typed name once ticked."""
        if self.typed.isHidden():
            return self.pad.signature()
        given = self.typed.signature(self._language)
        if given is None:
            raise ValidationError(message_id="tablet-typed-name-tick", field="signature")
        return given

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.ShowToParent, QEvent.Type.HideToParent)
        if watched is self.error and event.type() in kinds:
            self.error_area.setVisible(not self.error.isHidden())
            if self.error.isHidden():
                self.hint.show()  # signing again: whose signature, and how, in view again
        return False

    def _row_width(self) -> int:
        """What Vorige, Opnieuw and Bevestigen need side by side."""
        buttons = (self.back_button, self.again_button, self.confirm_button)
        return sum(b.minimumSizeHint().width() for b in buttons) + 2 * 24

    def _place_nav(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        for button in (self.back_button, self.again_button, self.confirm_button):
            self.nav.removeWidget(button)
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if narrow:
            self.nav.addWidget(self.again_button, 0, 0)
            self.nav.addWidget(self.confirm_button, 0, 1)
            self.nav.addWidget(self.back_button, 1, 0, left)
            self.nav.setColumnStretch(0, 1)
            self.nav.setColumnStretch(1, 1)
            self.nav.setColumnStretch(2, 0)
        else:
            self.nav.addWidget(self.back_button, 0, 0, left)
            self.nav.addWidget(self.again_button, 0, 1, right)
            self.nav.addWidget(self.confirm_button, 0, 2)
            self.nav.setColumnStretch(0, 1)
            self.nav.setColumnStretch(1, 0)
            self.nav.setColumnStretch(2, 0)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the buttons in two rows allow (the page chooses the rows by width)."""
        hint = super().minimumSizeHint()
        left, _, right, _ = self._roomy
        two_rows = self.again_button.minimumSizeHint().width() + 24
        two_rows += self.confirm_button.minimumSizeHint().width()
        need = max(two_rows, self.back_button.minimumSizeHint().width(), self.pad.minimumWidth())
        need = max(need, self.title.minimumSizeHint().width()) + left + right
        height = hint.height()
        if not self.isVisible():
            # Not the page shown: its "Typ je naam" row must not make the whole tablet taller
            # than the screen for the other pages (a 960×540 screen lost Volgende by a pixel);
            # shown, the page fits itself (fit: compact, the button beside a text).
            height -= self.type_button.minimumHeight() + self._spacing
        return QSize(min(hint.width(), need), max(0, height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        left, _, right, _ = self._roomy
        self._place_nav(self.width() - left - right < self._row_width())
        self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()  # prepared while another page showed

    def fit(self) -> None:
        """Compact when the roomy page's parts need more height than the page has."""
        left, top, right, bottom = self._roomy
        width = self.width() - left - right
        if width <= 0 or not self.isVisible():
            return
        if not self.compact:
            self._title_high = self.title.heightForWidth(width)
        error = not self.error.isHidden()
        line = self.error.fontMetrics().lineSpacing() + 4
        if error:  # the whole error when there is room, else one line at the least: it scrolls
            self.error_area.setMinimumHeight(line)
            self.error_area.setMaximumHeight(max(line, self.error.heightForWidth(width) + 4))
        texts = [self.hint]
        beside = self.type_button.sizeHint().width() + 16
        buttons = (self.back_button, self.again_button, self.confirm_button)
        nav_high = max(b.heightForWidth(b.width() or b.sizeHint().width()) for b in buttons)
        nav_high = max(nav_high, self.nav.minimumSize().height())
        need = top + bottom + self._title_high + ROOMY_PAD + nav_high
        button_high = self.type_button.minimumHeight()
        title_now, hint_now = self.title.heightForWidth(width), self.hint.heightForWidth(width)
        extra = {
            "hint": max(self.hint.heightForWidth(width - beside), button_high) - hint_now,
            "title": max(self.title.heightForWidth(width - beside), button_high) - title_now,
            "below": self._spacing + button_high,
        }
        # Never beside a text whose longest word would not fit the room left (QLabel cuts
        # it: "handte…" on an upright tablet).
        for key, label in (("hint", self.hint), ("title", self.title)):
            metrics = label.fontMetrics()
            words = label.text().split()
            if max((metrics.horizontalAdvance(w) for w in words), default=0) > width - beside:
                extra.pop(key)
        place = min(extra, key=lambda k: extra[k])  # ties: the first, beside the hint
        self._place_type(place)
        hint_high = hint_now + extra[place]
        need += hint_high + (line if error else 0)
        need += self._spacing * (len(texts) + int(error) + 2)  # between the parts
        compact = need > self.height()
        if compact != self.compact:
            self._set_compact(compact)
        # On a page that has to go compact the error takes the hint's place (it says what
        # to do now): title, pad, the error and the buttons, nothing lying over another.
        self.hint.setVisible(not (error and compact))

    def _place_type(self, place: str) -> None:
        """ "Typ je naam" beside the title ("title"), beside the hint ("hint") or under it."""
        if place == self._type_place:
            return
        self._type_place = place
        button = self.type_button
        self.title_row.removeWidget(button)
        self.hint_row.removeWidget(button)
        top = Qt.AlignmentFlag.AlignTop
        if place == "title":
            self.title_row.addWidget(button, 0, top)
            self.hint_row.setDirection(QBoxLayout.Direction.LeftToRight)
        else:
            below = place == "below"
            self.hint_row.setDirection(
                QBoxLayout.Direction.TopToBottom if below else QBoxLayout.Direction.LeftToRight
            )
            self.hint_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft if below else top)

    def _set_compact(self, compact: bool) -> None:
        self.compact = compact
        left, top, right, bottom = self._roomy
        self.box.setContentsMargins(left, 8 if compact else top, right, 12 if compact else bottom)
        self.box.setSpacing(8 if compact else self._spacing)
        self.pad.setMinimumHeight(COMPACT_PAD if compact else ROOMY_PAD)
        self.title.setObjectName("heading" if compact else "title")
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        self.box.invalidate()
