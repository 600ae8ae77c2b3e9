"""A youth's consent items as cards, grouped by status (colour always paired with text)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from toestemming.clock import local_date
from toestemming.model import ConsentItem, ItemStatus
from toestemming.usecases.consent import ItemView

from .status_style import STATUS_ORDER, status_colour, status_label


class ConsentCard(QFrame):
    """One item: what, to whom, which data, validity, and its status in words."""

    def __init__(self, view: ItemView, item: ConsentItem | None) -> None:
        super().__init__()
        self.item_id = view.item_id
        self.status = view.status.status
        self.setObjectName("consentCard")
        # Focusable, so the keyboard can walk the items (and later act on one).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        colour = status_colour(self.status).name()
        self.setStyleSheet(
            f"QFrame#consentCard {{ border: 1px solid palette(mid); border-left: 5px solid "
            f"{colour}; border-radius: 3px; background: palette(base); }}"
            "QFrame#consentCard:focus { border: 2px solid palette(highlight); "
            f"border-left: 5px solid {colour}; }}"
        )

        if item is not None:
            what = f"{item.purpose.title} — {item.recipient.display_name}"
            data = ", ".join(c.name for c in item.categories)
        else:  # not expected; keep the card useful instead of failing the whole page
            what = self.tr("Onderdeel %1").replace("%1", str(view.position))
            data = ""
        period = (
            self.tr("geldig %1 t/m %2")
            .replace("%1", f"{view.valid_from:%d-%m-%Y}")
            .replace("%2", f"{view.valid_until:%d-%m-%Y}")
        )
        st = view.status
        state = f"{status_label(st.status).capitalize()}: {st.reason}"
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
        self.setAccessibleName(what)
        self.setAccessibleDescription(f"{state} {data}. {self.facts_label.text()}")

    def text(self) -> str:
        labels = (self.title_label, self.data_label, self.facts_label, self.status_label)
        return "\n".join(label.text() for label in labels if label.text())

    @staticmethod
    def _label(text: str, *, bold: bool = False) -> QLabel:
        label = QLabel(text)
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
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def set_items(self, items: list[ItemView], shown: dict[int, ConsentItem]) -> None:
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
                card = ConsentCard(view, shown.get(view.item_id))
                layout.addWidget(card)
                self.cards.append(card)
        layout.addStretch(1)
        self.verticalScrollBar().setValue(0)

    def first_focus_widget(self) -> QWidget:
        return self.cards[0] if self.cards else self
