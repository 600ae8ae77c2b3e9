"""Signing mode: the full-screen, touch-friendly tablet session for one consent request.

The worker hands the tablet over. The signer picks who they are (skipped when only one
person can sign), reads each item in plain language, answers Ja or Nee (equal buttons, nothing pre-selected), ticks special categories
separately, checks a summary, and signs. Everything is saved in one transaction
(service.signing.sign_decisions). A withdrawal screen lets the youth or a parent withdraw.

Leaving needs the worker's passphrase: Escape, Alt+F4 / close and minimising do not leave,
and the desk window behind is hidden while the mode is up. After IDLE_SECONDS without input
the mode returns to the start and unsigned answers are discarded (the clock is injected,
see ui/autolock.py's InactivityTimer).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import Clock
from toestemming.errors import ToestemmingError
from toestemming.language import is_rtl
from toestemming.service import Service
from toestemming.usecases.signing import ItemToSign, SignerChoice, SigningSession
from toestemming.usecases.signing_flow import IDLE_SECONDS, Flow, Page, SigningFlow

from ..autolock import InactivityTimer
from ..background import Task
from .double_tap import DoubleTapGuard
from .finishing import Finishing
from .fit import holds
from .item_page import ItemPage
from .keys import KeyboardUse
from .leaving import StaysUntilUnlocked
from .pages import (
    SummaryPage,
    ThanksPage,
    UnlockPage,
    WhoPage,
    WithdrawPickPage,
)
from .receipt_offer import ReceiptOffer
from .sign_page import SignPage
from .speech import Reader, make_reader
from .style import BASE_POINTS, MAX_STEP, MIN_STEP, style_sheet, system_text_scale, tool_points
from .tool_bar import ToolBar
from .words import Voice, word

# Below this screen height (logical pixels) the pages scroll (_page_area).
SHORT_SCREEN = 400

__all__ = ["BASE_POINTS", "IDLE_SECONDS", "SigningMode"]


class PageStack(QStackedWidget):
    """The pages. While `own_page_only` (the item page on a short screen) as tall as the page
    on show: Qt's stack takes the height-for-width of its tallest page, hidden ones too."""

    own_page_only = False

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        if not self.own_page_only or page is None:
            return super().heightForWidth(width)
        return max(page.heightForWidth(width), page.minimumSizeHint().height())


class SigningMode(StaysUntilUnlocked, ReceiptOffer, Finishing, QWidget):
    """The tablet screen for one request. `left` is emitted after the worker unlocked."""

    left = Signal()
    saved = Signal(int)  # signing session id
    _laying_out = False
    _full_page: QWidget | None = None  # the page that held no larger text (fit.py)

    def __init__(
        self,
        service: Service,
        request_id: int,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        *,
        idle_seconds: int = IDLE_SECONDS,
        speech_engine: str | None = None,
    ) -> None:
        """`speech_engine`: read aloud with that QtTextToSpeech engine only (tests: "mock");
        by default the first engine on this computer that has voices."""
        flags = Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
        # Asked before the window exists: a refused request (nobody may decide) must not
        # leave a hidden, half-built window behind as a child of the desk.
        model = SigningFlow(service.signing, request_id, clock or service.clock)
        super().__init__(parent, flags)
        self.setObjectName("signingMode")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowTitle(self.tr("Ondertekenen"))
        self.service = service
        self.clock = clock or service.clock
        self.request_id = request_id
        # The session's state (pages, who signs, answers, texts seen, timeout) lives in the
        # core's model; this widget renders it and forwards every tap.
        self.model = model
        self.step = self.chosen = 0  # the size on show, the reader's A−/A+ choice
        self._unlocked = False
        self._full_screen = False
        self._hidden_desk: QWidget | None = None
        self._pages: QScrollArea | None = None  # the pages' scroll area on a short screen
        self.mail_task: Task | None = None
        self.mail_address = ""
        self._back_to: QWidget | None = None

        self._build()
        self.taps = DoubleTapGuard(self)
        self.keys = KeyboardUse(self)
        self.stack.currentChanged.connect(self.taps.turned)
        self.stack.currentChanged.connect(self._page_opened)
        self.reader: Reader | None = make_reader(self, speech_engine)
        if self.reader is not None:
            # Whatever was being read belongs to the page it was on: a new page, the next
            # person (restart, idle) or the worker's screen never hears the previous one.
            self.stack.currentChanged.connect(self.reader.stop)
        self.idle = InactivityTimer(self.clock, idle_seconds, busy=lambda: False, parent=self)
        self.idle.inactivity_detected.connect(self.on_idle)
        self._apply_style()
        self.restart()
        self.idle.start()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.bar = bar = ToolBar(self.session.organisation, self.session.languages)
        # Named here too: the tests and the pages' tools reach them on the mode.
        self.org_label, self.tools = bar.org_label, bar.tools
        self.smaller_button, self.larger_button = bar.smaller_button, bar.larger_button
        self.language_buttons = bar.language_buttons
        self.read_button, self.staff_button = bar.read_button, bar.staff_button
        bar.smaller.connect(lambda: self.set_text_step(self.step - 1))
        bar.larger.connect(lambda: self.set_text_step(self.step + 1))
        bar.language_chosen.connect(self.set_language)
        bar.read.connect(self.read_aloud)
        bar.staff.connect(self.ask_passphrase)
        outer.addWidget(bar)

        self.stack = PageStack()
        self.who_page = WhoPage()
        self.item_page = ItemPage()
        self.summary_page = SummaryPage()
        self.sign_page = SignPage()
        self.thanks_page = ThanksPage()
        self.withdraw_who_page = WhoPage()
        self.withdraw_pick_page = WithdrawPickPage()
        self.unlock_page = UnlockPage()
        for page in (
            self.who_page,
            self.item_page,
            self.summary_page,
            self.sign_page,
            self.thanks_page,
            self.withdraw_who_page,
            self.withdraw_pick_page,
            self.unlock_page,
        ):
            self.stack.addWidget(page)
        outer.addWidget(self._page_area(), 1)

        self.who_page.chosen.connect(self.choose_signer)
        self.who_page.withdraw_requested.connect(self.start_withdrawal)
        self.item_page.answered.connect(self.answer)
        self.item_page.ack_changed.connect(self.set_ack)
        self.item_page.back.connect(self.previous_item)
        self.item_page.forward.connect(self.next_item)
        self.summary_page.change.connect(self.show_item)
        self.summary_page.back.connect(lambda: self.show_item(len(self.session.items) - 1))
        self.summary_page.forward.connect(self.to_signature)
        self.sign_page.back.connect(self.sign_back)
        self.sign_page.confirm.connect(self.confirm)
        self.thanks_page.receipt.connect(self.open_receipt)
        self.thanks_page.mail.connect(self.mail_receipt)
        self.thanks_page.next_person.connect(self.restart)
        # The worker takes the tablet back on the thanks page itself (no "Begeleider" tap).
        self.thanks_page.worker.unlock.connect(self.try_unlock)
        self.withdraw_who_page.chosen.connect(self.choose_withdrawer)
        self.withdraw_who_page.withdraw_requested.connect(self.restart)
        self.withdraw_pick_page.back.connect(self.start_withdrawal)
        self.withdraw_pick_page.forward.connect(self.withdrawal_to_signature)
        self.unlock_page.unlock.connect(self.try_unlock)
        self.unlock_page.back.connect(self.unlock_back)

    def _page_area(self) -> QWidget:
        """The pages, or on a screen under SHORT_SCREEN high (a 1024×600 laptop at 200 %
        display scaling: 300 px) the pages in a scroll area: the item page needed 421 px and
        the signature 510, the window reached past the screen's edge with Volgende and
        Bevestigen out of reach. No finger scrolling there: a finger draws on the pad."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or screen.availableGeometry().height() >= SHORT_SCREEN:
            return self.stack
        area = QScrollArea()
        area.setObjectName("signingPages")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's own parts
        area.setWidget(self.stack)
        self._pages = area
        # The stack asks for its tallest page (the thanks page's 394 px): each page was as tall
        # in the scroll area, the item's text box grew to 187 px and Ja/Nee went below the
        # screen. While the item page shows, it asks for that page only (PageStack); the other
        # pages keep the stack's height (their buttons are measured in it, see ui26).
        self._policies = {
            self.stack.widget(i): self.stack.widget(i).sizePolicy()
            for i in range(self.stack.count())
        }
        self.stack.currentChanged.connect(self._size_to_page)
        self._size_to_page()
        # Compact by the height seen, not the page's own: in the scroll area the page was as
        # tall as it asked (450 px), never compact, and Ja/Nee stood below a 300 px screen.
        self.item_page.seen_height = lambda: area.viewport().height()
        return area

    def _size_to_page(self) -> None:
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        alone = self.stack.currentWidget() is self.item_page
        self.stack.own_page_only = alone
        for page, policy in self._policies.items():
            page.setSizePolicy(policy if page is self.item_page or not alone else ignored)
        self.stack.updateGeometry()

    def _fit_text_box(self) -> None:
        """On a short screen (pages in a scroll area): the item's text takes what the bar and
        a glimpse of Ja and Nee leave (squeezed to its least it showed half a line above the
        answers; at half the screen, below the recipient and "1 van 3", two lines). The
        signer sees the text and where the answers are; Vorige/Volgende follow by scrolling.
        """
        if self._pages is None:
            return
        screen = self._pages.screen().availableGeometry().height()
        bar = self.bar.heightForWidth(self.width()) if self.width() > 0 else -1
        bar = bar if bar > 0 else self.bar.sizeHint().height()
        # Below the text: the page's top margin and the row's spacing (8 + 12) and a glimpse
        # of Ja and Nee (28).
        room = screen - bar - 8 - 12 - 28
        self.item_page.text_scroll.setMinimumHeight(max(96, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_bar()
        if self._laying_out:
            return
        # The bar's rows (one, two) give the page its height now, not in a later pass: the
        # read gate (read_gate.py) otherwise met the page at the size it was leaving.
        self._laying_out = True
        try:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        finally:
            self._laying_out = False

    @property
    def is_short(self) -> bool:
        """A short screen for the text size: fewer than ~13 body lines (a 1024×600 netbook
        with 200 % text; 1280×720 and larger are not). The bar then keeps to one row of
        smaller tools without the organisation's name: above the language buttons it took
        220 of 600 px, and the pages below were squeezed until their titles and buttons were
        cut and the item's text was a strip of one line."""
        return self.height() < self.text_points * 20

    def _fit_bar(self) -> None:
        short = self.is_short
        if short != self.bar.short:
            self._apply_style(short)
            return
        self.bar.fit(self.width(), short)
        self._size_buttons()
        self._fit_text_box()
        self.item_page.arrange()  # the bar's rows change the height the page is seen in

    def _size_buttons(self) -> None:
        """A+ only while the screen holds about nine lines of the larger text (six taps on a
        1024×600 netbook at 200 % left two lines of the item's text between Ja/Nee and the
        bar) and the page on show held the last step (fit.py). A− always works."""
        larger = round((BASE_POINTS + 2 * (self.step + 1)) * system_text_scale())
        self.smaller_button.setEnabled(self.step > MIN_STEP)
        room = self.height() >= 14 * larger and self._full_page is not self.stack.currentWidget()
        self.larger_button.setEnabled(self.step < MAX_STEP and room)

    def _page_opened(self) -> None:
        """Each page at the reader's chosen size, or a step smaller at a time while it does
        not hold it (a long name on the signature page); the next page tries the chosen size
        again."""
        self._full_page = None
        if self.step != self.chosen:
            self.step = self.chosen
            self._apply_style()
        while self.step > MIN_STEP and not holds(self, self.stack.currentWidget()):
            self.step -= 1
            self._apply_style()
            self._full_page = self.stack.currentWidget()
        self._size_buttons()

    def _apply_style(self, short: bool | None = None) -> None:
        short = self.is_short if short is None else short
        self.setStyleSheet(
            style_sheet(self.text_points, tool_points(self.text_points, short), short)
        )
        self.bar.fit(self.width(), short)  # A+ / A− make the screen shorter or taller
        self._size_buttons()
        self._fit_text_box()

    def _retitle(self) -> None:
        # Right-to-left for Arabic & co. (the catalog says which): Qt mirrors the layouts, so
        # the first answer (Ja) stands on the reading side; the signature pad's own drawing is
        # never mirrored (QPainter coordinates do not follow the layout direction).
        rtl = is_rtl(self.language)
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        # Read aloud only with a voice for the language on screen (no Dutch read by an
        # English voice).
        self.bar.retitle(
            self.language, self.reader is not None and self.reader.speaks(self.language)
        )
        self.sign_page.pad.setAccessibleName(word(self.language, "pad_name"))

    # -- text size, language, reading aloud ---------------------------------------------------
    @property
    def text_points(self) -> int:
        """The body text size: the worker's A−/A+ step, times the system's large-text
        setting (a system font larger than the usual 9 pt: 150 %, 200 %)."""
        return round((BASE_POINTS + 2 * self.step) * system_text_scale())

    def set_text_step(self, step: int) -> None:
        if step > self.step and not self.larger_button.isEnabled():
            return  # no room for a larger text on this screen (see _size_buttons)
        before, self.step = self.step, max(MIN_STEP, min(MAX_STEP, step))
        self._apply_style()
        if self.step > before and not holds(self, self.stack.currentWidget()):
            self._full_page = self.stack.currentWidget()  # A+ gives no more on this page
            self.step = before
            self._apply_style()
        self.chosen = self.step

    def set_language(self, language: str) -> None:
        if not self.model.set_language(language):
            self._retitle()  # the same language again: its button stays the chosen one
            return
        if self.reader is not None:
            self.reader.stop()  # the old language's voice stops with the old text
        self._retitle()
        page = self.stack.currentWidget()
        if page is self.item_page:
            self.show_item(self.index)  # shown again: now seen in this language
        elif page is self.summary_page:
            self._render_summary()
        elif page is self.who_page:
            self.show_who()
        elif page is self.sign_page and self.model.page == Page.ITEM:
            self._render_item()  # its texts were not shown in this language yet
        elif page is self.sign_page:
            self._prepare_sign_page()

    def read_aloud(self) -> None:
        if self.reader is None:
            return
        page = self.stack.currentWidget()
        if page is None:
            return
        if page is self.item_page:
            text = self.item_page.shown_text()
        else:
            text = "\n".join(
                label.text() for label in page.findChildren(QLabel) if label.isVisible()
            )
        self.reader.say(text, self.language)

    # -- the model's state, read by the pages and the tests ----------------------------------
    @property
    def session(self) -> SigningSession:
        return self.model.session

    @property
    def language(self) -> str:
        """The signer's language, in the voice that addresses them (words.Voice)."""
        return Voice(self.model.language, self.model.voice)

    @property
    def items(self) -> tuple[ItemToSign, ...]:
        return self.model.items

    @property
    def signer(self) -> SignerChoice | None:
        return self.model.signer

    @property
    def answers(self) -> dict[int, str]:
        return self.model.answers

    @property
    def acks(self) -> set[int]:
        return self.model.acks

    @property
    def seen(self) -> dict[int, str]:
        return self.model.seen

    @property
    def index(self) -> int:
        return self.model.index

    @property
    def started_at(self) -> datetime | None:
        return self.model.started_at

    @property
    def flow(self) -> Flow:
        return self.model.flow

    @property
    def withdraw_items(self) -> list[int]:
        return self.model.withdraw_items

    @property
    def last_session_id(self) -> int | None:
        return self.model.last_session_id

    # -- the decisions flow -------------------------------------------------------------------
    def restart(self) -> None:
        """Back to the start ("Wie ben jij?", or the first item when only one person can
        sign); whatever was not signed is forgotten."""
        self.model.restart()
        self._fresh_start()

    def _fresh_start(self) -> None:
        self.item_page.reading.forget()  # the next signer reads every text again
        if not self.sign_page.typed.isHidden():
            self.sign_page.use_typed(False)  # the next signer starts at the pad
        self.sign_page.pad.clear()
        self.sign_page.error.hide()
        self.thanks_page.worker.reset()
        self._retitle()
        if self.model.page == Page.ITEM:
            self._render_item()  # the signer is known: no "Wie ben jij?" to tap through
        else:
            self.show_who()
        self.focus_page()

    def present(self, full_screen: bool = True) -> None:
        super().present(full_screen)
        self._page_opened()
        self.focus_page()

    def focus_page(self) -> None:
        """The focus on what the signer reads first, not on the first tool (a screen reader
        read the toolbar first, a keyboard user Tabbed through every tool to reach the text):
        the item's text, or the first name that may still sign on "Wie ben jij?"."""
        page = self.stack.currentWidget()
        if page is self.item_page:
            self.item_page.text_scroll.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is self.who_page:
            names = [b for b in self.who_page.buttons if b.isEnabled()]
            if names:
                # Made anew for this page: Qt shows a widget added to a shown page only in
                # its next round of events, and a hidden widget takes no focus.
                names[0].show()
                names[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_who(self) -> None:
        self.who_page.show_people(
            self.language,
            word(self.language, "who"),
            self.model.people,
            about=word(self.language, "about", youth=self.session.youth_name),
            empty=word(self.language, "all_signed" if self.model.all_signed else "nothing_open"),
        )
        self.stack.setCurrentWidget(self.who_page)

    def choose_signer(self, choice: SignerChoice) -> None:
        try:
            self.model.choose_signer(choice)
        except ToestemmingError:
            self.show_who()  # signed already (or no longer deciding): the page shows why
            return
        self._render_item()

    def show_item(self, index: int) -> None:
        self.model.show_item(index)
        self._render_item()

    def _render_item(self) -> None:
        if self.reader is not None:
            self.reader.stop()  # the same page, another item: the old text stops
        item = self.model.item
        self.item_page.show_item(
            self.language,
            item,
            self.index + 1,
            len(self.items),
            self.answers.get(item.item_id),
            item.item_id in self.acks,
        )
        self._update_item_hint()
        self.stack.setCurrentWidget(self.item_page)
        self.taps.turned()  # the next item in the same place: a double tap stops here

    def answer(self, value: str) -> None:
        if not self.item_page.reading.waiting:
            self.model.answer(value)
        # Not read to its end yet (the page's hint says so): the tapped button shows the
        # answer there was, not one that was not taken.
        given = self.answers.get(self.model.item.item_id)
        self.item_page.yes_button.setChecked(given == "yes")
        self.item_page.no_button.setChecked(given == "no")
        self._update_item_hint()

    def set_ack(self, on: bool) -> None:
        self.model.set_ack(on)
        self._update_item_hint()

    def _update_item_hint(self) -> None:
        problem = self.model.item_problem()
        # The page enables Volgende: no problem and the text read to its end (read_gate.py).
        self.item_page.show_problem(word(self.language, problem) if problem else "")

    def previous_item(self) -> None:
        self.model.previous_item()
        if self.model.page == Page.WHO:
            self._fresh_start()
        else:
            self._render_item()

    def next_item(self) -> None:
        if self.item_page.reading.waiting:
            return  # this text (in this language) is not read to its end yet
        before = (self.model.page, self.model.index)
        self.model.next_item()
        if (self.model.page, self.model.index) == before:
            return  # not answered (the hint says why)
        if self.model.page == Page.SUMMARY:
            self._render_summary()
        else:
            self._render_item()

    def show_summary(self) -> None:
        self.model.show_summary()
        self._render_summary()

    def _render_summary(self) -> None:
        self.summary_page.show_answers(self.language, self.items, self.answers)
        self.stack.setCurrentWidget(self.summary_page)

    def to_signature(self) -> None:
        # Every item must have been on screen in the language that is recorded, and answered.
        if self.model.to_signature():
            self._enter_signature()
        else:
            self._render_item()

    def _prepare_sign_page(self) -> None:
        self.sign_page.prepare(self.language, self.model.sign_kind)
        if self.signer is not None:
            # Named where it counts: a parent handed the tablet half-way by the other one
            # sees whose signature this would be before signing.
            self.sign_page.name_signer(word(self.language, "sign_as", name=self.signer.name))
        self.sign_page.fit()  # a longer hint (another language, a long name) may not fit

    def _enter_signature(self) -> None:
        self._prepare_sign_page()
        self.sign_page.pad.clear()
        self.sign_page.error.hide()
        self.stack.setCurrentWidget(self.sign_page)

    def sign_back(self) -> None:
        self.model.sign_back()
        if self.model.page == Page.SUMMARY:
            self._render_summary()
        else:
            self.stack.setCurrentWidget(self.withdraw_pick_page)

    # -- idle -----------------------------------------------------------------------------------
    def on_idle(self) -> None:
        if not self._unlocked:
            self.unlock_page.reset()
            self.model.idle()
            self._fresh_start()
            self.idle.start()
