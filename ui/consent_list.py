"""A youth's consent items as cards, grouped by status (colour always paired with text).

Each card carries the actions that fit its status, as small buttons for the mouse and as
the card's own shortcuts and context menu (Menu key) for the keyboard: a focused card is the
"current item". Up/Down move between cards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import local_date
from toestemming.model import ConsentItem, ItemStatus, StatusInfo
from toestemming.rules import CHANGED_BY_WITHDRAWAL
from toestemming.usecases.consent import ItemView

from .i18n import desk_language
from .signing.wrapping import FlowLayout
from .status_style import STATUS_ORDER, status_colour, status_label
from .user_text import plain_label

# Item actions (the youth page opens the matching dialog).
DECIDE, WITHDRAW, SHARE, NOTIFY, HISTORY = "decide", "withdraw", "share", "notify", "history"
# Context-menu-only actions (Menu key / right click): documents and sending at a distance.
MAIL, PAPER, PROOF, CONFIRMATION = "mail", "paper", "proof", "confirmation"
# Signing mode on the tablet for this item's request (second parent later, the youth who
# turned 16), and the tablet's withdrawal screen.
TABLET, TABLET_WITHDRAW = "tablet", "tablet_withdraw"
# The young person's own view where others decide (not a decision; usecases/youth_views.py).
YOUTH_VIEW = "youth_view"

_ACTION_TEXT = {
    DECIDE: str(QT_TRANSLATE_NOOP("ConsentCard", "Beslissing vastleggen…")),
    WITHDRAW: str(QT_TRANSLATE_NOOP("ConsentCard", "Intrekken…")),
    SHARE: str(QT_TRANSLATE_NOOP("ConsentCard", "Gegevens delen…")),
    NOTIFY: str(QT_TRANSLATE_NOOP("ConsentCard", "Ontvangers informeren…")),
    HISTORY: str(QT_TRANSLATE_NOOP("ConsentCard", "Geschiedenis")),
    MAIL: str(QT_TRANSLATE_NOOP("ConsentCard", "Verzoek mailen…")),
    PAPER: str(QT_TRANSLATE_NOOP("ConsentCard", "Papieren formulier afdrukken…")),
    PROOF: str(QT_TRANSLATE_NOOP("ConsentCard", "Bewijs exporteren…")),
    CONFIRMATION: str(QT_TRANSLATE_NOOP("ConsentCard", "Bevestiging intrekking…")),
    TABLET: str(QT_TRANSLATE_NOOP("ConsentCard", "Op de tablet…")),
    TABLET_WITHDRAW: str(QT_TRANSLATE_NOOP("ConsentCard", "Intrekken op de tablet…")),
    YOUTH_VIEW: str(QT_TRANSLATE_NOOP("ConsentCard", "Mening van de jongere…")),
}
_ACTION_KEYS = {
    DECIDE: QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B),
    # Ctrl+I is the window's import; on a card, Shift makes it "intrekken".
    WITHDRAW: QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_I),
    HISTORY: QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_H),
    TABLET: QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_G),
}


def item_actions(status: StatusInfo, can_notify: bool) -> list[str]:
    """What can be done with an item in this state, in the order shown."""
    st = status.status
    out = []
    if st in (ItemStatus.REQUESTED, ItemStatus.CONFLICTING, ItemStatus.REFUSED) or (
        st == ItemStatus.GIVEN and status.needs_reconfirmation
    ):
        out += [DECIDE, TABLET]
    if st == ItemStatus.GIVEN:
        out.append(SHARE)
    if st in CHANGED_BY_WITHDRAWAL:  # the core's rule (withdrawals.choices uses it too)
        out.append(WITHDRAW)
    if can_notify:
        out.append(NOTIFY)
    out.append(HISTORY)
    return out


# While the view of the young person still sits beside a living decision.
_HEARD_WHILE = (
    ItemStatus.REQUESTED,
    ItemStatus.CONFLICTING,
    ItemStatus.GIVEN,
    ItemStatus.REFUSED,
)


def context_actions(status: StatusInfo, heard: bool = False) -> list[str]:
    """The extra actions of an item's context menu (no buttons: the card stays calm). The
    window's Documenten and Op afstand menus offer the same for the current item. `heard`:
    others decide for the youth, whose own view can be recorded (youth_views.may_be_heard)."""
    out = []
    if status.status in (ItemStatus.REQUESTED, ItemStatus.CONFLICTING):
        out += [MAIL, PAPER]
    if heard and status.status in _HEARD_WHILE:
        out.append(YOUTH_VIEW)
    if status.status in CHANGED_BY_WITHDRAWAL:
        out.append(TABLET_WITHDRAW)
    out.append(PROOF)
    if status.status == ItemStatus.WITHDRAWN:
        out.append(CONFIRMATION)
    return out


class ConsentCard(QFrame):
    """One item: what, to whom, which data, validity, and its status in words."""

    action_triggered = Signal(str, int)  # (action, item id)
    step = Signal(int)  # -1 / +1: the keyboard moves to the previous / next card
    focused = Signal(int)  # item id: this card became the current item

    def __init__(
        self,
        view: ItemView,
        item: ConsentItem | None,
        actions: Collection[str] = (),
        extra: Collection[str] = (),
    ) -> None:
        super().__init__()
        self.item_id = view.item_id
        self.view = view
        self.item = item
        self.status = view.status.status
        self.setObjectName("consentCard")
        # Focusable, so the keyboard can walk the items (and later act on one).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        colour = status_colour(self.status).name()
        self.setStyleSheet(
            f"QFrame#consentCard {{ border: 1px solid palette(mid); border-left: 5px solid "
            f"{colour}; border-radius: 3px; background: palette(base); }}"
            'QFrame#consentCard:focus, QFrame#consentCard[current="true"] { '
            f"border: 2px solid palette(highlight); border-left: 5px solid {colour}; }}"
        )

        if item is not None:
            what = f"{item.purpose.title} — {item.recipient.display_name}"
            data = ", ".join(c.name_in(desk_language()) for c in item.categories)
        else:  # not expected; keep the card useful instead of failing the whole page
            what = self.tr("Onderdeel %1").replace("%1", str(view.position))
            data = ""
        period = (
            self.tr("geldig %1 t/m %2")
            .replace("%1", f"{view.valid_from:%d-%m-%Y}")
            .replace("%2", f"{view.valid_until:%d-%m-%Y}")
        )
        st = view.status
        state = status_label(st.status).capitalize()
        reason = st.reason_in(desk_language())
        # A withdrawn item's reason is the word itself: "Ingetrokken: Ingetrokken." read odd.
        if reason.strip().rstrip(".").casefold() != state.casefold():
            state += f": {reason}"
        if st.since is not None:
            state += " " + self.tr("(sinds %1)").replace("%1", f"{local_date(st.since):%d-%m-%Y}")

        self.title_label = self._label(what, bold=True)
        self.data_label = self._label(data)
        # No line break inside "code TS-…": the code is read (and typed) as one unit.
        self.facts_label = self._label(
            " · ".join(
                (
                    period,
                    self.tr("code %1").replace("%1", view.reference_code).replace(" ", "\u00a0"),
                )
            )
        )
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = self._label(state)
        self.status_label.setStyleSheet(f"color: {colour};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(2)
        self.reconfirm_chip: QLabel | None = None
        if st.needs_reconfirmation:
            # The reason says why; the chip makes it stand out when scanning the page.
            self.reconfirm_chip = QLabel(self.tr("Herbevestigen door de jongere"))
            self.reconfirm_chip.setStyleSheet(
                "background: #8a5300; color: white; font-weight: bold; border-radius: 3px; "
                "padding: 1px 6px;"
            )
            layout.addWidget(self.reconfirm_chip, 0, Qt.AlignmentFlag.AlignLeft)
        for label in (self.title_label, self.data_label, self.facts_label, self.status_label):
            if label.text():
                layout.addWidget(label)
        self.actions_by_key: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        if actions:
            layout.addWidget(self._action_row(actions))
        if extra:
            self._add_context_actions(extra)
        # The Menu key (or right click) lists the same actions.
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setAccessibleName(what)
        self.setAccessibleDescription(f"{state} {data}. {self.facts_label.text()}")

    def _action_row(self, actions: Collection[str]) -> QWidget:
        # The buttons continue on the next row when the page is narrow (a screen 800 px wide:
        # a fixed three per row made the card wider than the list, which cut it off).
        holder = QWidget()
        row = FlowLayout(holder, spacing=4, right=False)
        row.setContentsMargins(0, 2, 0, 0)
        policy = holder.sizePolicy()
        policy.setHeightForWidth(True)
        holder.setSizePolicy(policy)
        for key in actions:
            text = QCoreApplication.translate("ConsentCard", _ACTION_TEXT[key])
            action = QAction(text, self)
            shortcut = _ACTION_KEYS.get(key)
            if shortcut is not None:
                action.setShortcut(shortcut)
                # Only while this card has focus: the card is the "current item".
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, k=key: self.trigger(k))
            self.addAction(action)
            self.actions_by_key[key] = action
            button = QPushButton(text)
            button.setObjectName("cardAction")
            # Mouse only: the keyboard reaches these through the card (shortcuts, Menu key),
            # so Tab does not stop five times per card.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            tip = text if shortcut is None else f"{text} ({shortcut.toString()})"
            button.setToolTip(tip)
            button.setStyleSheet("QPushButton#cardAction { padding: 1px 8px; }")
            button.clicked.connect(lambda _=False, k=key: self.trigger(k))
            self.buttons[key] = button
            row.addWidget(button)
        return holder

    def _add_context_actions(self, extra: Collection[str]) -> None:
        separator = QAction(self)
        separator.setSeparator(True)
        self.addAction(separator)
        for key in extra:
            action = QAction(QCoreApplication.translate("ConsentCard", _ACTION_TEXT[key]), self)
            action.triggered.connect(lambda _=False, k=key: self.trigger(k))
            self.addAction(action)
            self.actions_by_key[key] = action

    def trigger(self, action: str) -> None:
        self.action_triggered.emit(action, self.item_id)

    def set_current(self, current: bool) -> None:
        """Marked as the current item without taking focus (chosen in today's worklists)."""
        if bool(self.property("current")) == current:
            return
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self.item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.step.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and HISTORY in self.actions_by_key:
            self.trigger(HISTORY)
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        labels = (self.title_label, self.data_label, self.facts_label, self.status_label)
        return "\n".join(label.text() for label in labels if label.text())

    @staticmethod
    def _label(text: str, *, bold: bool = False) -> QLabel:
        label = plain_label(QLabel(text))  # titles and names are user text, never markup
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label


class StatusHeading(QWidget):
    """'[Gegeven] 2 onderdelen' — a coloured chip with the status word in it."""

    def __init__(self, status: ItemStatus, count: int) -> None:
        super().__init__()
        self.status = status
        self.chip = QLabel(status_label(status).capitalize())
        self.chip.setStyleSheet(
            f"background: {status_colour(status).name()}; color: white; font-weight: bold; "
            "border-radius: 3px; padding: 1px 8px;"
        )
        self.count_label = QLabel(
            self.tr("1 onderdeel") if count == 1 else self.tr("%n onderdelen", "", count)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.chip)
        layout.addWidget(self.count_label)
        layout.addStretch(1)

    def text(self) -> str:
        return f"{self.chip.text()} {self.count_label.text()}"


class ConsentList(QScrollArea):
    action_triggered = Signal(str, int)  # (action, item id) from any card
    current_changed = Signal()  # the current item (focused or chosen last) changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: int | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Toestemmingen van de jongere"))
        self.headings: list[StatusHeading] = []
        self.cards: list[ConsentCard] = []
        self.clear()

    def _reset_content(self) -> QVBoxLayout:
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(6)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(content)
        self.headings, self.cards = [], []
        return layout

    def clear(self) -> None:
        self._reset_content().addStretch(1)
        self._set_current(None)

    def set_items(
        self,
        items: list[ItemView],
        shown: dict[int, ConsentItem],
        notify: Collection[int] = (),
        heard: bool = False,
    ) -> None:
        """Show the items; `notify` holds withdrawn items with recipients still to be told;
        `heard`: the youth's own view can be recorded (context_actions)."""
        had_focus = self.focused_card()
        keep = had_focus.item_id if had_focus is not None else None
        layout = self._reset_content()
        if not items:
            layout.addWidget(QLabel(self.tr("Nog geen toestemming gevraagd.")))
        groups: dict[ItemStatus, list[ItemView]] = defaultdict(list)
        for view in items:
            groups[view.status.status].append(view)
        for status in STATUS_ORDER:
            members = groups.get(status)
            if not members:
                continue
            heading = StatusHeading(status, len(members))
            layout.addWidget(heading)
            self.headings.append(heading)
            for view in members:
                actions = item_actions(view.status, view.item_id in notify)
                extra = context_actions(view.status, heard)
                card = ConsentCard(view, shown.get(view.item_id), actions, extra)
                card.action_triggered.connect(self._card_action)
                card.focused.connect(self._set_current)
                card.step.connect(lambda delta, c=card: self._step(c, delta))
                layout.addWidget(card)
                self.cards.append(card)
        layout.addStretch(1)
        self._chain_cards()
        if keep is not None and self.focus_item(keep):
            return  # a refresh after an action keeps the worker's place
        self.verticalScrollBar().setValue(0)
        # The item chosen before (by focus or in the worklists) stays current if still shown.
        self._set_current(self._current if self.card(self._current or 0) else None, force=True)

    def _chain_cards(self) -> None:
        """Tab goes from the list into its cards, in the order shown, then on to whatever
        followed the list. New widgets would otherwise join the end of the window's chain."""
        if not self.cards:
            return
        after = self.nextInFocusChain()
        while after is not None and after is not self and self.isAncestorOf(after):
            after = after.nextInFocusChain()
        previous: QWidget = self
        for card in self.cards:
            QWidget.setTabOrder(previous, card)
            previous = card
        if after is not None and after is not self:
            QWidget.setTabOrder(previous, after)

    def first_focus_widget(self) -> QWidget:
        return self.cards[0] if self.cards else self

    def card(self, item_id: int) -> ConsentCard | None:
        return next((c for c in self.cards if c.item_id == item_id), None)

    def focused_card(self) -> ConsentCard | None:
        return next((c for c in self.cards if c.hasFocus()), None)

    def current_card(self) -> ConsentCard | None:
        """The focused card, or else the one focused or chosen last (buttons take no focus)."""
        focused = self.focused_card()
        if focused is not None:
            self._set_current(focused.item_id)
            return focused
        return self.card(self._current) if self._current is not None else None

    @property
    def current_item_id(self) -> int | None:
        card = self.current_card()
        return card.item_id if card is not None else None

    def focus_item(self, item_id: int) -> bool:
        card = self.card(item_id)
        if card is None:
            return False
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(card)
        self._set_current(item_id)
        return True

    def choose_item(self, item_id: int | None) -> bool:
        """Make an item current without moving the focus (the worker is in another list)."""
        card = self.card(item_id) if item_id is not None else None
        if card is not None:
            self.ensureWidgetVisible(card)
        self._set_current(card.item_id if card is not None else None)
        return card is not None

    def _card_action(self, action: str, item_id: int) -> None:
        self._set_current(item_id)  # a card's button acts on that card: it is current now
        self.action_triggered.emit(action, item_id)

    def _set_current(self, item_id: int | None, *, force: bool = False) -> None:
        changed = item_id != self._current
        self._current = item_id
        for card in self.cards:
            card.set_current(card.item_id == item_id)
        if changed or force:
            self.current_changed.emit()

    def _step(self, card: ConsentCard, delta: int) -> None:
        index = self.cards.index(card) + delta
        if 0 <= index < len(self.cards):
            self.focus_item(self.cards[index].item_id)
