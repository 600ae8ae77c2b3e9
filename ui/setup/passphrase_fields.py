"""Passphrase + repeat fields with a live strength meter (new vault, new worker, change).

The rule is the core's (toestemming.passwords), so what the meter calls acceptable is exactly
what the vault accepts; the meter adds a word for the score, not colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from toestemming.passwords import (
    ADVICE_LONGER,
    MAX_SCORE,
    TOO_GUESSABLE,
    TOO_REPETITIVE,
    TOO_SHORT,
    passphrase_strength,
)

from ..caps_lock import CapsLockWatch

SECRET_HINTS = (
    Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)
# Red, orange, amber, green, dark green: the text beside the bar says the same in words.
SCORE_COLOURS = ("#b3261e", "#c2610c", "#8a6d00", "#2e7d32", "#1b5e20")


def align_labels(labels: list[QWidget]) -> None:
    """Give form labels one width, so fields in separate form layouts line up."""
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def secret_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(SECRET_HINTS)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(320)
    return field


class StrengthMeter(QWidget):
    """A bar (0–4) and a verdict in words, plus the reason when the phrase is refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The organisation and worker names, when the dialog knows them: a phrase built from
        # them is easy to guess for anyone who knows the worker (toestemming/passwords.py).
        self.user_inputs: Callable[[], Sequence[str]] = tuple
        self.bar = QProgressBar()
        self.bar.setRange(0, MAX_SCORE)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Sterkte van de wachtwoordzin"))
        self.verdict = QLabel()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        metrics = self.verdict.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.verdict_text(score, empty))
            for score in range(MAX_SCORE + 1)
            for empty in (False, True)
        )
        self.verdict.setMinimumWidth(longest + 4)  # no jumping as the verdict changes
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.bar, 1)
        row.addWidget(self.verdict)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(2)
        form.addRow(row)
        form.addRow(self.reason)
        self.score = 0
        self.update_for("")

    def verdict_text(self, score: int, empty: bool) -> str:
        if empty:
            return self.tr("nog leeg")
        return (
            self.tr("te zwak"),
            self.tr("matig"),
            self.tr("redelijk"),
            self.tr("sterk"),
            self.tr("zeer sterk"),
        )[score]

    def reason_text(self, reason: str) -> str:
        """The core's Dutch reason, through the translation catalogue."""
        known = {
            TOO_SHORT: self.tr(
                "De wachtwoordzin is te kort: gebruik minstens 12 tekens, "
                "bijvoorbeeld vier losse woorden."
            ),
            TOO_REPETITIVE: self.tr("De wachtwoordzin herhaalt te veel dezelfde tekens."),
            ADVICE_LONGER: self.tr("Toegestaan, maar een extra woord maakt haar veel sterker."),
            TOO_GUESSABLE: self.tr(
                "De wachtwoordzin is te makkelijk te raden (een bekend woord, een naam of een "
                "reeks). Kies bijvoorbeeld vier losse woorden die niets met u of uw werk te "
                "maken hebben."
            ),
        }
        return known.get(reason, reason)

    def update_for(self, text: str) -> None:
        score, reason = passphrase_strength(text, self.user_inputs())
        self.score = score
        # An empty bar still shows a sliver for "te zwak", so the colour is visible.
        self.bar.setValue(score if text else 0)
        colour = SCORE_COLOURS[score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.verdict.setText(self.verdict_text(score, not text))
        self.verdict.setStyleSheet(f"color: {colour};" if text else "")
        self.reason.setText(self.reason_text(reason) if text else "")
        self.reason.setVisible(bool(text and reason))


class PassphraseFields(QWidget):
    """Two fields and a meter; `problem()` is the Dutch reason it cannot be used (or None)."""

    changed = Signal()

    def __init__(self, label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = secret_field(self.tr("Wachtwoordzin"))
        self.repeat = secret_field(self.tr("Wachtwoordzin herhalen"))
        self.meter = StrengthMeter()
        self.hint = QLabel(
            self.tr(
                "Tip: kies vier of meer losse woorden die samen alleen voor u iets betekenen. "
                "Minstens 12 tekens."
            )
        )
        self.hint.setWordWrap(True)
        first = QLabel(label or self.tr("&Wachtwoordzin:"))
        first.setBuddy(self.passphrase)
        second = QLabel(self.tr("&Herhaal wachtwoordzin:"))
        second.setBuddy(self.repeat)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Too narrow for label and field side by side (800 px with large text): the label
        # goes above its field instead of under it.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(first, self.passphrase)
        form.addRow("", self.meter)
        form.addRow(second, self.repeat)
        form.addRow("", self.hint)
        self.caps_lock = CapsLockWatch([self.passphrase, self.repeat], self)
        form.addRow("", self.caps_lock.label)
        self.labels = (first, second)
        self.passphrase.textChanged.connect(self._on_change)
        self.repeat.textChanged.connect(self.changed)
        self.setTabOrder(self.passphrase, self.repeat)

    def _on_change(self, text: str) -> None:
        self.meter.update_for(text)
        self.changed.emit()

    def text(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str | None:
        score, reason = passphrase_strength(self.passphrase.text(), self.meter.user_inputs())
        if score == 0:
            return self.meter.reason_text(reason)
        if self.passphrase.text() != self.repeat.text():
            return self.tr("De twee wachtwoordzinnen zijn niet gelijk.")
        return None

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
