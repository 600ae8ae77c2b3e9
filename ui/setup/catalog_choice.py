"""The standard catalog as a checklist in the creation wizard: everything ticked, the worker
unticks what does not apply to their organisation (more can be added later in Beheer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from toestemming import standard_catalog as std

KEY_ROLE = Qt.ItemDataRole.UserRole


class CatalogChoice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "De kluis begint met de gebruikelijke ontvangers, doelen en soorten gegevens. "
                "Haal het vinkje weg bij wat niet bij uw organisatie past. U kunt later meer "
                "toevoegen via Beheer."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setAccessibleName(self.tr("Standaardcatalogus"))
        self.items: dict[str, QTreeWidgetItem] = {}
        recipients = self._group(self.tr("Ontvangers (%1)").replace("%1", str(len(std.RECIPIENTS))))
        for r in std.RECIPIENTS:
            text = f"{r.name} — {r.department}" if r.department else r.name
            self._entry(recipients, f"recipient:{r.key}", text)
        purposes = self._group(self.tr("Doelen (%1)").replace("%1", str(len(std.PURPOSES))))
        for p in std.PURPOSES:
            self._entry(purposes, f"purpose:{p.code}", p.title, p.text)
        categories = self._group(
            self.tr("Soorten gegevens (%1)").replace("%1", str(len(std.CATEGORIES)))
        )
        for c in std.CATEGORIES:
            marks = c.level.value.upper()
            if c.special:
                marks += ", " + self.tr("bijzonder")
            self._entry(categories, f"category:{c.code}", f"{c.name} ({marks})", c.text)
        self._lines = self.fontMetrics().height()
        self.tree.setMinimumHeight(self._lines * 9)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.tree)

    def shrink_by(self, pixels: int) -> int:
        """Give up `pixels` of the list's height (a short screen), never below its three
        groups as it opens (folded: nothing hidden; 1280×720 with 200 % text needed that);
        returns the pixels it gave up."""
        if pixels <= 0:
            return 0
        # Its height in a fixed-size dialog is its size hint's, not its minimum: fix it.
        before = max(self.tree.height(), self.tree.sizeHint().height())
        row = max(self._lines, self.tree.sizeHintForRow(0))
        groups = self.tree.topLevelItemCount()
        after = max(row * groups + 2 * self.tree.frameWidth() + 2, before - pixels)
        self.tree.setFixedHeight(after)
        return max(0, before - after)

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title])
        group.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsAutoTristate
        )
        group.setCheckState(0, Qt.CheckState.Checked)
        return group

    def _entry(self, group: QTreeWidgetItem, key: str, text: str, tip: str = "") -> None:
        item = QTreeWidgetItem(group, [text])
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        item.setCheckState(0, Qt.CheckState.Checked)
        item.setData(0, KEY_ROLE, key)
        if tip:
            item.setToolTip(0, tip)
        self.items[key] = item

    def chosen(self) -> set[str]:
        """The ticked entries (standard_catalog keys)."""
        return {k for k, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked}

    def set_checked(self, key: str, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.items[key].setCheckState(0, state)
