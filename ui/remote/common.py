"""Small pieces the remote dialogs share: an inline message label and the proposal view
(what a reply says, shown next to the original text before anything is recorded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
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
    QVBoxLayout,
    QWidget,
)

from toestemming.capture.proposal import ReplyProposal
from toestemming.clock import LOCAL_TZ
from toestemming.model import Answer

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#1b6e20"
WARN_COLOUR = "#8a5300"


class Message(QLabel):
    """Inline feedback: the words carry the meaning, the colour only helps scanning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
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


def answer_label(answer: Answer | None) -> str:
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
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QGroupBox(QCoreApplication.translate("RemoteCommon", "Bericht zoals ontvangen"))
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.original, 1)

        self.code = QLabel()
        self.signer = QLabel()
        self.moment = QLabel()
        self.kind = QLabel()
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("RemoteCommon", "Code:"), self.code)
        form.addRow(QCoreApplication.translate("RemoteCommon", "Afzender is:"), self.signer)
        form.addRow(QCoreApplication.translate("RemoteCommon", "Geschreven op:"), self.moment)
        form.addRow(QCoreApplication.translate("RemoteCommon", "Soort:"), self.kind)
        self.items = QTableWidget(0, 3)
        self.items.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RemoteCommon", "Nr."),
                QCoreApplication.translate("RemoteCommon", "Onderdeel"),
                QCoreApplication.translate("RemoteCommon", "Antwoord"),
            ]
        )
        self.items.verticalHeader().hide()
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items.setAccessibleName(
            QCoreApplication.translate("RemoteCommon", "Gelezen antwoorden")
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
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
        self.show_proposal(None)

    def show_proposal(self, p: ReplyProposal | None) -> None:
        self.items.setRowCount(0)
        self.problems.clear_message()
        self.notes.clear_message()
        if p is None:
            self.original.clear()
            self.header.clear()
            for label in (self.code, self.signer, self.moment, self.kind):
                label.setText("–")
            return
        head = [
            QCoreApplication.translate("RemoteCommon", "Van: %1").replace(
                "%1", p.from_address or "–"
            )
        ]
        if p.subject:
            head.append(
                QCoreApplication.translate("RemoteCommon", "Onderwerp: %1").replace("%1", p.subject)
            )
        self.header.setText("\n".join(head))
        self.original.setPlainText(p.text)
        self.code.setText(p.reference_code or "–")
        self.signer.setText(p.signer_label or "–")
        self.moment.setText(
            p.decided_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M") if p.decided_at else "–"
        )
        self.kind.setText(
            QCoreApplication.translate("RemoteCommon", "intrekking")
            if p.withdrawal
            else QCoreApplication.translate("RemoteCommon", "antwoord op het verzoek")
        )
        self.items.setRowCount(len(p.items))
        bold = QFont(self.items.font())
        bold.setBold(True)
        for row, item in enumerate(p.items):
            answer = answer_label(item.answer)
            if item.special_ack:
                answer += " " + QCoreApplication.translate(
                    "RemoteCommon", "(ook gevoelige gegevens)"
                )
            cells = (str(item.position), item.title, answer)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 2:
                    cell.setFont(bold)
                self.items.setItem(row, col, cell)
        if p.problems:
            self.problems.error(
                QCoreApplication.translate("RemoteCommon", "Niet vastleggen zo:")
                + "\n• "
                + "\n• ".join(p.problems)
            )
        if p.notes:
            self.notes.warn("\n".join(p.notes))
