"""The youth page's widgets: its actions and shortcuts, the placeholder, the page itself (name,
buttons, facts, consent cards, disclosures) and its Tab order.

The base of `YouthDetailPanel` (ui/youth_detail.py), kept apart so that building the page and
filling it each stay one screenful. Nothing here reads the vault.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .consent_list import ConsentList
from .font_size import scaled
from .page_column import PageButton
from .screen_fit import available, few_lines
from .signing.wrapping import FlowLayout

PREFERRED_WIDTH = 224
SHORT_SCREEN = 540  # a window of less height than this gives the disclosures list less


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class YouthPageLayout(QWidget):
    youth_added = Signal(int)  # a youth was added from this panel (and is now shown)
    # The youth or the current consent item changed: the window's menus follow (what they
    # act on is current_item() / current_request_id()).
    current_changed = Signal()

    # -- construction ---------------------------------------------------------------------------
    def _action(self, text: str, key: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        # The youth page's actions work from anywhere in the window (list, search, cards).
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        ctrl, shift = Qt.Modifier.CTRL, Qt.Modifier.SHIFT
        self.new_request_action = self._action(
            self.tr("Nieuw verzoek…"), QKeySequence(ctrl | Qt.Key.Key_N), self.open_new_request
        )
        self.disclose_action = self._action(
            self.tr("Gegevens delen…"), QKeySequence(ctrl | Qt.Key.Key_D), self.open_disclose
        )
        self.add_rep_action = self._action(
            self.tr("Ouder/voogd toevoegen…"),
            QKeySequence(ctrl | shift | Qt.Key.Key_O),
            self.open_add_representative,
        )
        self.youth_proof_action = self._action(
            self.tr("Bewijspakket van de jongere…"),
            QKeySequence(ctrl | shift | Qt.Key.Key_K),
            self.export_youth_proof,
        )
        self.correct_action = self._action(
            self.tr("Gegevens wijzigen…"),
            QKeySequence(ctrl | shift | Qt.Key.Key_E),
            self.open_corrections,
        )
        self.add_youth_action = self._action(
            self.tr("Jongere toevoegen…"),
            QKeySequence(ctrl | shift | Qt.Key.Key_N),
            self.open_add_youth,
        )
        self.merge_action = self._action(
            self.tr("Samenvoegen met een dubbele…"),
            QKeySequence(ctrl | shift | Qt.Key.Key_J),
            self.open_merge,
        )

    def _button(self, text: str, action: QAction) -> QPushButton:
        button = PageButton(text)
        button.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        return button

    def _build_placeholder(self) -> QWidget:
        page = QWidget()
        label = QLabel(self.tr("Kies een jongere in de lijst om de gegevens te zien."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        self.placeholder_label = label
        self._placeholder_text = label.text()
        self.placeholder_add_youth = self._button(
            self.tr("&Jongere toevoegen…"), self.add_youth_action
        )
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(self.placeholder_add_youth, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    def _build_details(self) -> QWidget:
        self.name_label = QLabel()
        font = scaled(self.name_label.font(), 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.new_request_button = self._button(self.tr("&Nieuw verzoek…"), self.new_request_action)
        self.disclose_button = self._button(self.tr("Gegevens &delen…"), self.disclose_action)
        self.add_rep_button = self._button(self.tr("O&uder/voogd toevoegen…"), self.add_rep_action)
        self.add_rep_button.setToolTip(
            self.tr("Ouder, voogd, curator of mentor toevoegen (%1)").replace(
                "%1", self.add_rep_action.shortcut().toString()
            )
        )
        self.correct_button = self._button(self.tr("&Wijzigen…"), self.correct_action)
        self.correct_button.setToolTip(
            self.tr("Gegevens, ouders, gezag of curator/mentor wijzigen (%1)").replace(
                "%1", self.correct_action.shortcut().toString()
            )
        )
        self.add_youth_button = self._button(self.tr("&Jongere toevoegen…"), self.add_youth_action)
        # One proof package for this youth: every request and piece of evidence.
        self.proof_button = self._button(self.tr("Bewijs&pakket…"), self.youth_proof_action)
        # Adding another youth is not about this youth: it sits apart, beside the name.
        title_row = QHBoxLayout()
        title_row.addWidget(self.name_label, 1)
        title_row.addWidget(self.add_youth_button, 0, Qt.AlignmentFlag.AlignTop)
        # The page's buttons continue on a second row when the page is narrow (a 1024-pixel
        # screen), instead of forcing the page wide and squeezing the youth list.
        buttons = FlowLayout(spacing=6, right=False)
        self.merge_button = self._button(self.tr("Sam&envoegen…"), self.merge_action)
        for b in (
            self.new_request_button,
            self.disclose_button,
            self.add_rep_button,
            self.proof_button,
            self.correct_button,
            self.merge_button,
        ):
            buttons.addWidget(b)

        self.birth_label = QLabel()
        self.age_label = QLabel()
        self.school_label = QLabel()
        self.school_label.setWordWrap(True)
        birth_row = QHBoxLayout()
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.addWidget(self.birth_label)
        birth_row.addSpacing(16)
        birth_row.addWidget(QLabel(self.tr("Leeftijd:")))
        birth_row.addSpacing(4)
        birth_row.addWidget(self.age_label)
        birth_row.addStretch(1)
        # One block per person: the name, then role · gezag · contact (plain text: names are
        # data, never markup).
        self.reps_box = QWidget()
        self.reps_layout = QVBoxLayout(self.reps_box)
        self.reps_layout.setContentsMargins(0, 0, 0, 0)
        self.reps_layout.setSpacing(0)
        self.rep_labels: list[QLabel] = []
        self.decides_label = QLabel()
        self.decides_label.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A field goes under its caption where the page is narrow: side by side they held
        # the page 600 px wide at 200 % text, squeezing the list of youths beside it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(3)
        form.addRow(self.tr("Geboortedatum:"), birth_row)
        form.addRow(self.tr("School / opleiding:"), self.school_label)
        form.addRow(self.tr("Vertegenwoordigers:"), self.reps_box)
        form.addRow(self.tr("Beslist nu:"), self.decides_label)
        info = form

        consents_title = _bold(QLabel(self.tr("&Toestemmingen")))
        self.consents = ConsentList()
        self.consents.action_triggered.connect(self._on_item_action)
        self.consents.current_changed.connect(self.current_changed)
        consents_title.setBuddy(self.consents)
        self.consents_hint = QLabel(self.tr("Menu-toets op een onderdeel: alle acties"))
        self.consents_hint.setToolTip(
            self.tr(
                "Op een onderdeel: Ctrl+B beslissing vastleggen, Ctrl+Shift+I intrekken, Enter "
                "geschiedenis, ↑/↓ vorige/volgende, Menu-toets alle acties"
            )
        )
        self.consents_hint.setStyleSheet("color: palette(placeholder-text);")
        # On one line it held the page 700 px wide at 200 % text on a netbook, and the list
        # of youths and Vandaag beside it got a sliver (they scrolled sideways); wrapped
        # beside the heading it stood as a narrow column of four lines. It asks for no room
        # and shows where the page has it (the heading's tooltip says the same).
        self.consents_hint.setMinimumWidth(1)
        self.consents_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        consents_title.setToolTip(self.consents_hint.toolTip())
        self._consents_title = consents_title
        consents_head = QHBoxLayout()
        consents_head.addWidget(consents_title)
        consents_head.addWidget(self.consents_hint, 1)

        self.disclosures_title = _bold(QLabel(self.tr("&Verstrekkingen")))
        self.disclosures_title.setWordWrap(True)  # "(nog niets gedeeld)" follows it
        # A list of two-line entries rather than a five-column table: the page is narrow, and
        # a list item wraps to the width it gets.
        self.disclosures = QListWidget()
        self.disclosures.setWordWrap(True)
        self.disclosures.setAlternatingRowColors(True)
        self.disclosures.setAccessibleName(self.tr("Verstrekkingen: gegevens die zijn gedeeld"))
        self.disclosures_title.setBuddy(self.disclosures)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        details = QWidget()
        layout = QVBoxLayout(details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addLayout(buttons)
        # With room for few lines (a netbook at 200 % text) the consent cards come before the
        # youth's details: below them they lay under the fold, reachable only by scrolling.
        cards_first = few_lines(self)
        if not cards_first:
            layout.addLayout(info)
            layout.addSpacing(4)
        layout.addLayout(consents_head)
        layout.addWidget(self.consents, 4)
        if cards_first:
            # Room for a card or two; the details follow below the fold.
            self.consents.setMinimumHeight(self.fontMetrics().height() * 8)
            layout.addLayout(info)
        layout.addWidget(self.disclosures_title)
        layout.addWidget(self.disclosures, 1)
        # One line and a half on a short screen (1920×1080 at 200 % leaves 540 px): five
        # squeezed the representatives' names above until they could not be read.
        lines = 5 if available(self).height() >= SHORT_SCREEN else 1.5
        self.disclosures.setMinimumHeight(int(self.fontMetrics().height() * lines))
        layout.addWidget(self.error_label)
        return details

    def _chain_page(self) -> None:
        """Tab order on a youth's page: the cards, the disclosures, the page's buttons, and
        then on to what the window put after the consents (today's worklists)."""
        last: QWidget = self.consents.cards[-1] if self.consents.cards else self.consents
        own = (
            self.disclosures,
            self.new_request_button,
            self.disclose_button,
            self.add_rep_button,
            self.proof_button,
            self.correct_button,
            self.merge_button,
            self.add_youth_button,
        )
        after = last.nextInFocusChain()
        while after is not None and (after in own or self.consents.isAncestorOf(after)):
            after = after.nextInFocusChain()
        chain: tuple[QWidget, ...] = (last, *own)
        if after is not None and after is not last and after is not self.consents:
            chain += (after,)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hint = self.consents_hint
        room = self.width() - self._consents_title.sizeHint().width() - 40
        hint.setVisible(room >= hint.sizeHint().width())

    def sizeHint(self) -> QSize:
        # The page's rows wrap; asking for little width leaves the youth list (in the same
        # splitter) its room, as before the page had buttons. The minimum still holds them.
        hint = super().sizeHint()
        return QSize(min(hint.width(), PREFERRED_WIDTH), hint.height())
