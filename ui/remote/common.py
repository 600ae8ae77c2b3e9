"""Small pieces the remote dialogs share: an inline message label and the proposal view
(what a reply says, shown next to the original text before anything is recorded).

Everything that comes from a message (sender, subject, text, the words that decided an
answer) is untrusted: every label here is plain text, so markup in a display name or subject
is shown as typed and never rendered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.proposal import ProposedItem, ReplyProposal
from toestemming.clock import local_moment_text
from toestemming.errors import in_language
from toestemming.model import Answer

from ..core_labels import role_word
from ..i18n import desk_language

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#1b6e20"
WARN_COLOUR = "#8a5300"
# Backgrounds for the deciding words in the original; the words are also in the table, so the
# colour only helps finding them.
MARK_YES = "#c8ecc9"
MARK_NO = "#f6c9c4"
MARK_UNCLEAR = "#ffe2a8"
MARK_WITHDRAW = "#cfe0f7"
_MAX_WORDS_SHOWN = 80


def plain_label(text: str = "") -> QLabel:
    """A label for untrusted text: shown literally, selectable, never rendered as HTML."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


class Message(QLabel):
    """Inline feedback: the words carry the meaning, the colour only helps scanning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote codes and names
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.hide()

    def _show(self, text: str, colour: str, kind: str) -> None:
        self.kind = kind
        self.setStyleSheet(f"color: {colour};")
        self.setText(text)
        self.show()

    def error(self, text: str) -> None:
        self._show(text, ERROR_COLOUR, "error")

    def ok(self, text: str) -> None:
        self._show(text, OK_COLOUR, "ok")

    def warn(self, text: str) -> None:
        self._show(text, WARN_COLOUR, "warn")

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()


def answer_label(answer: Answer | None, unclear: bool = False) -> str:
    if unclear:
        return QCoreApplication.translate("RemoteCommon", "onduidelijk")
    if answer is None:
        return QCoreApplication.translate("RemoteCommon", "intrekken")
    return (
        QCoreApplication.translate("RemoteCommon", "ja")
        if answer == Answer.YES
        else QCoreApplication.translate("RemoteCommon", "nee")
    )


class ProposalView(QWidget):
    """Left: the message as received. Right: what it was read as, and every doubt."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = QPlainTextEdit()
        self.original.setReadOnly(True)
        self.original.setAccessibleName(
            QCoreApplication.translate("RemoteCommon", "Oorspronkelijk bericht")
        )
        self.original.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.header = plain_label()
        self.header.setWordWrap(True)
        self.legend = plain_label(
            QCoreApplication.translate(
                "RemoteCommon",
                "Gemarkeerd: de woorden waaruit het antwoord is gelezen (groen ja, rood nee, "
                "oranje onduidelijk, blauw intrekken).",
            )
        )
        self.legend.setWordWrap(True)
        left = QGroupBox(QCoreApplication.translate("RemoteCommon", "Bericht zoals ontvangen"))
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.original, 1)
        left_layout.addWidget(self.legend)

        self.code = plain_label()
        self.signer = plain_label()
        self.moment = plain_label()
        self.kind = plain_label()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("RemoteCommon", "Code:"), self.code)
        form.addRow(QCoreApplication.translate("RemoteCommon", "Afzender is:"), self.signer)
        form.addRow(QCoreApplication.translate("RemoteCommon", "Geschreven op:"), self.moment)
        form.addRow(QCoreApplication.translate("RemoteCommon", "Soort:"), self.kind)
        self.items = QTableWidget(0, 4)
        self.items.setTabKeyNavigation(False)  # Tab leaves the table, not cell to cell
        self.items.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RemoteCommon", "Nr."),
                QCoreApplication.translate("RemoteCommon", "Onderdeel"),
                QCoreApplication.translate("RemoteCommon", "Antwoord"),
                QCoreApplication.translate("RemoteCommon", "Gelezen uit"),
            ]
        )
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Choosing a row shows its words in the original.
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.currentCellChanged.connect(lambda row, *_: self.show_words_of(row))
        self.items.setAccessibleName(
            QCoreApplication.translate("RemoteCommon", "Gelezen antwoorden")
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Stretched columns never narrower than their headings ("Gelezen uit" was cut off on
        # an 800 px screen); the table scrolls sideways instead.
        header.setMinimumSectionSize(max(header.sectionSizeFromContents(i).width() for i in (1, 3)))
        header.sectionResized.connect(lambda *_: self.items.resizeRowsToContents())
        self.proposal: ReplyProposal | None = None
        self.problems = Message()
        self.notes = Message()
        right = QGroupBox(
            QCoreApplication.translate("RemoteCommon", "Zo gelezen — controleer vóór vastleggen")
        )
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form)
        right_layout.addWidget(self.items, 1)
        right_layout.addWidget(self.problems)
        right_layout.addWidget(self.notes)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        # A splitter does not ask its boxes' wrapped texts for their height at the width they
        # get: with large text the legend (a fixed text) was cut off. It asks for itself.
        self.legend.installEventFilter(self)
        self.show_proposal(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.legend and event.type() == QEvent.Type.Resize:
            need = max(0, self.legend.heightForWidth(self.legend.width()))
            if need != self.legend.minimumHeight():
                self.legend.setMinimumHeight(need)
        return super().eventFilter(watched, event)

    def show_proposal(self, p: ReplyProposal | None) -> None:
        self.proposal = p
        self.items.setRowCount(0)
        self.problems.clear_message()
        self.notes.clear_message()
        self.original.setExtraSelections([])
        if p is None:
            self.original.clear()
            self.header.clear()
            for label in (self.code, self.signer, self.moment, self.kind):
                label.setText("–")
            return
        sender = f"{p.from_name} <{p.from_address}>" if p.from_name else p.from_address
        head = [QCoreApplication.translate("RemoteCommon", "Van: %1").replace("%1", sender or "–")]
        if p.subject:
            head.append(
                QCoreApplication.translate("RemoteCommon", "Onderwerp: %1").replace("%1", p.subject)
            )
        self.header.setText("\n".join(head))
        self.original.setPlainText(_shown(p.text))
        self.code.setText(p.reference_code or "–")
        self.signer.setText(role_word(p.signer_label) if p.signer_label else "–")
        self.moment.setText(local_moment_text(p.decided_at) if p.decided_at else "–")
        self.kind.setText(
            QCoreApplication.translate("RemoteCommon", "intrekking")
            if p.withdrawal
            else QCoreApplication.translate("RemoteCommon", "antwoord op het verzoek")
        )
        self.items.setRowCount(len(p.items))
        bold = QFont(self.items.font())
        bold.setBold(True)
        for row, item in enumerate(p.items):
            answer = answer_label(item.answer, item.unclear)
            if item.special_ack:
                answer += " " + QCoreApplication.translate(
                    "RemoteCommon", "(ook gevoelige gegevens)"
                )
            cells = (str(item.position), item.title, answer, deciding_words(p.text, item))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 2:
                    cell.setFont(bold)
                    cell.setBackground(QColor(_mark_colour(item)))
                self.items.setItem(row, col, cell)
        # No word broken in the middle either: with 200 % text on a 1024×600 netbook the
        # stretched columns were narrower than "Werkbedrijf" (their least width grows to it).
        header = self.items.horizontalHeader()
        metrics = self.items.fontMetrics()
        longest = max(
            (
                metrics.horizontalAdvance(word) + 16
                for item in p.items
                for word in f"{item.title} {deciding_words(p.text, item)}".split()
            ),
            default=0,
        )
        header.setMinimumSectionSize(max(header.minimumSectionSize(), longest))
        # Whole titles: at two lines a row ended "Gemeente – Werk &…", and the worker checks
        # which part got which answer before recording it.
        self.items.resizeRowsToContents()
        self.original.setExtraSelections(self._marks(p))
        if p.problems:
            self.problems.error(
                QCoreApplication.translate("RemoteCommon", "Niet vastleggen zo:")
                + "\n• "
                + "\n• ".join(in_language(problem, desk_language()) for problem in p.problems)
            )
        if p.notes:
            self.notes.warn("\n".join(in_language(note, desk_language()) for note in p.notes))

    def _marks(self, p: ReplyProposal) -> list[QTextEdit.ExtraSelection]:
        marks: list[QTextEdit.ExtraSelection] = []
        for item in p.items:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(_mark_colour(item)))
            for start, end in item.evidence:
                mark = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.original.document())
                cursor.setPosition(qt_position(p.text, start))
                cursor.setPosition(qt_position(p.text, end), QTextCursor.MoveMode.KeepAnchor)
                mark.cursor = cursor
                mark.format = fmt
                marks.append(mark)
        return marks

    def show_words_of(self, row: int) -> None:
        """Scroll the original to the first word that decided the chosen item."""
        p = self.proposal
        if p is None or not 0 <= row < len(p.items) or not p.items[row].evidence:
            return
        start, end = p.items[row].evidence[0]
        cursor = self.original.textCursor()
        cursor.setPosition(qt_position(p.text, start))
        cursor.setPosition(qt_position(p.text, end), QTextCursor.MoveMode.KeepAnchor)
        self.original.setTextCursor(cursor)
        self.original.ensureCursorVisible()


def _mark_colour(item: ProposedItem) -> str:
    if item.unclear:
        return MARK_UNCLEAR
    if item.answer is None:
        return MARK_WITHDRAW
    return MARK_YES if item.answer == Answer.YES else MARK_NO


def _shown(text: str) -> str:
    return text.replace("\r", "")


def qt_position(text: str, index: int) -> int:
    """A character index of `text` as a position in the shown document: Qt counts UTF-16
    units (an emoji is two) and the shown text has no carriage returns."""
    return len(_shown(text[:index]).encode("utf-16-le")) // 2


def deciding_words(text: str, item: ProposedItem) -> str:
    """The words that decided an item, as they stand in the message ("…" between them)."""
    words = " … ".join(" ".join(text[a:b].split()) for a, b in item.evidence)
    if len(words) > _MAX_WORDS_SHOWN:
        words = words[: _MAX_WORDS_SHOWN - 1] + "…"
    if not words and item.unclear:
        return QCoreApplication.translate("RemoteCommon", "(niet genoemd)")
    return words
