"""The signature page: a title, whose signature this is, the pad, an error line and Vorige /
Opnieuw / Bevestigen.

On a short page for its text (1024×600 at 200 %, in English with a long name: three lines
of hint) the title, the hint and the pad's least height needed more than the page had: the
hint was cut to two lines and the pad lay over the buttons. The page then goes compact —
the title smaller, the margins and gaps tighter, the pad's least height 120 px instead of
150 — decided on the roomy page's measures, so it does not flip back and forth."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from .pad import SignaturePad
from .page_parts import Page, page_button, text_label
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
        self.error = text_label(role="error")
        self.error.hide()
        self.back_button = page_button("")
        self.again_button = page_button("")
        self.confirm_button = page_button("", "primary")
        self.box.addWidget(self.title)
        self.box.addWidget(self.hint)
        self.box.addWidget(self.pad, 1)
        self.box.addWidget(self.error)
        self.add_nav([self.back_button], [self.again_button, self.confirm_button], spacing=24)
        self.back_button.clicked.connect(self.back)
        self.again_button.clicked.connect(self.pad.clear)
        self.again_button.clicked.connect(self.error.hide)
        self.confirm_button.clicked.connect(self.confirm)
        margins = self.box.contentsMargins()
        self._roomy = (margins.left(), margins.top(), margins.right(), margins.bottom())
        self._spacing = self.box.spacing()
        self.compact = False
        self._title_high = 0  # the title's height on the roomy page

    def prepare(self, language: str, title_key: str) -> None:
        self.title.setText(word(language, title_key))
        self.hint.setText(word(language, "sign_hint"))
        self.back_button.setText(word(language, "back"))
        self.again_button.setText(word(language, "again"))
        self.confirm_button.setText(word(language, "confirm"))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
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
        texts = [self.hint] + ([self.error] if not self.error.isHidden() else [])
        nav = self.box.itemAt(self.box.count() - 1)
        buttons = (self.back_button, self.again_button, self.confirm_button)
        nav_high = max(b.heightForWidth(b.width() or b.sizeHint().width()) for b in buttons)
        if nav is not None and nav.layout() is not None:
            nav_high = max(nav_high, nav.layout().minimumSize().height())
        need = top + bottom + self._title_high + ROOMY_PAD + nav_high
        need += sum(t.heightForWidth(width) for t in texts)
        need += self._spacing * (len(texts) + 2)  # between title, texts, pad and the buttons
        compact = need > self.height()
        if compact != self.compact:
            self._set_compact(compact)

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
