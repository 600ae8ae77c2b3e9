"""The history of one consent item, from the audit log, in plain Dutch lines, oldest first."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import from_iso, local_moment_text
from toestemming.errors import NotFoundError
from toestemming.model import Channel, LawfulBasis, SignerKind, SignerRef
from toestemming.service import Service

from ..background import Task
from ..core_labels import role_label
from ..crash import user_message
from ..i18n import desk_language
from ..screen_fit import fit_to_screen
from ..status_style import status_colour, status_label
from .common import Household, MessageLabel, bold, channel_text, wrapped
from .youth_view import view_text

# A decision recorded more than this after it was made (a paper form typed in later) says so.
_LATE = timedelta(hours=1)


def _when(value: str) -> str:
    return local_moment_text(from_iso(value))


def _basis_text(value: str) -> str:
    labels = {
        LawfulBasis.CONSENT: QCoreApplication.translate("ItemHistory", "toestemming"),
        LawfulBasis.CONTRACT: QCoreApplication.translate("ItemHistory", "overeenkomst"),
        LawfulBasis.LEGAL_OBLIGATION: QCoreApplication.translate(
            "ItemHistory", "wettelijke verplichting"
        ),
        LawfulBasis.VITAL_INTEREST: QCoreApplication.translate("ItemHistory", "vitaal belang"),
        LawfulBasis.PUBLIC_TASK: QCoreApplication.translate(
            "ItemHistory", "algemeen belang / publieke taak"
        ),
        LawfulBasis.LEGITIMATE_INTEREST: QCoreApplication.translate(
            "ItemHistory", "gerechtvaardigd belang"
        ),
    }
    try:
        return labels[LawfulBasis(value)]
    except ValueError:
        return value


class _Names:
    """Looks names up once per dialog: people, recipients, data categories."""

    def __init__(self, service: Service, youth_id: int) -> None:
        self._service = service
        self._household = Household.load(service, youth_id)
        self._recipients: dict[int, str] = {}
        self._categories: dict[int, str] = {}

    def signer(self, raw: list[Any], role: str | None = None) -> str:
        ref = SignerRef(SignerKind(raw[0]), int(raw[1]))
        name = self._household.name(self._service, ref, with_role=False)
        if role:
            label = role_label(role)
            return f"{name} ({label})"
        return name

    def recipient(self, rid: int) -> str:
        if rid not in self._recipients:
            try:
                self._recipients[rid] = self._service.catalog.recipient(rid).display_name
            except NotFoundError:
                self._recipients[rid] = QCoreApplication.translate(
                    "ItemHistory", "(onbekende ontvanger)"
                )
        return self._recipients[rid]

    def categories(self, ids: list[int]) -> str:
        out = []
        for cid in ids:
            if cid not in self._categories:
                try:
                    self._categories[cid] = self._service.catalog.category(cid).name
                except NotFoundError:
                    self._categories[cid] = "?"
            out.append(self._categories[cid])
        return ", ".join(out)


HistoryLine = tuple[datetime, str, str]  # moment, sentence, the worker who recorded it


def history_lines(service: Service, youth_id: int, item_id: int) -> list[HistoryLine]:
    """(moment, sentence, worker) per event about the item, oldest first."""
    names = _Names(service, youth_id)
    workers = {w.id: w.name for w in service.workers()}
    out: list[tuple[int, HistoryLine]] = []  # by the event's place in the log
    for event in service.consents.item_history(item_id):
        kind, data, at = event["kind"], event["data"], event["at"]
        text: str | None = None
        moment = at
        if kind == "request.created":
            item = next((i for i in data["items"] if i["item"] == item_id), None)
            text = (
                QCoreApplication.translate(
                    "ItemHistory", "Gevraagd in verzoek %1; gegevens: %2; geldig tot en met %3."
                )
                .replace("%1", data["code"])
                .replace("%2", names.categories(item["categories"]) if item else "")
                .replace("%3", f"{date.fromisoformat(data['valid_until']):%d-%m-%Y}")
            )
        elif kind == "decisions.recorded":
            answer = data["answers"][str(item_id)]
            moment = data["decided_at"]
            said = (
                QCoreApplication.translate("ItemHistory", "ja")
                if answer == "yes"
                else QCoreApplication.translate("ItemHistory", "nee")
            )
            text = (
                QCoreApplication.translate("ItemHistory", "%1 zei %2, %3.")
                .replace("%1", names.signer(data["signer"], data.get("role")))
                .replace("%2", said)
                .replace("%3", channel_text(Channel(data["channel"])))
            )
            if item_id in data.get("special_ack", []):
                text += " " + QCoreApplication.translate(
                    "ItemHistory", "Bijzondere gegevens apart aangevinkt."
                )
            if data.get("evidence"):
                text += " " + QCoreApplication.translate("ItemHistory", "Met bewijsstuk.")
            if from_iso(at) - from_iso(moment) > _LATE:
                text += " " + QCoreApplication.translate(
                    "ItemHistory", "(Vastgelegd op %1.)"
                ).replace("%1", _when(at))
        elif kind == "withdrawal.recorded":
            moment = data["withdrawn_at"]
            text = (
                QCoreApplication.translate("ItemHistory", "Ingetrokken door %1, %2.")
                .replace("%1", names.signer(data["signer"]))
                .replace("%2", channel_text(Channel(data["channel"])))
            )
            if data.get("evidence"):
                text += " " + QCoreApplication.translate("ItemHistory", "Met bewijsstuk.")
        elif kind == "withdrawal.recipient_notified":
            moment = data["at"]
            text = QCoreApplication.translate(
                "ItemHistory", "%1 is geïnformeerd over de intrekking."
            ).replace("%1", names.recipient(int(data["recipient"])))
        elif kind == "item.revoke":
            text = QCoreApplication.translate("ItemHistory", "Beëindigd door de organisatie.")
        elif kind == "item.invalidate":
            text = QCoreApplication.translate(
                "ItemHistory", "Ongeldig verklaard (bijvoorbeeld per vergissing vastgelegd)."
            )
        elif kind == "item.supersede":
            text = QCoreApplication.translate(
                "ItemHistory", "Vervangen door een nieuwe toestemming."
            )
        elif kind == "remote.expired":
            text = QCoreApplication.translate(
                "ItemHistory", "Verlopen: het verzoek op afstand kreeg na %1 dagen geen antwoord."
            ).replace("%1", str(data.get("after_days", "")))
        elif kind == "disclosure.recorded":
            moment = data["at"]
            text = (
                QCoreApplication.translate(
                    "ItemHistory", "Gegevens gedeeld met %1: %2 (grondslag: %3)."
                )
                .replace("%1", names.recipient(int(data["recipient"])))
                .replace("%2", names.categories(data["categories"]))
                .replace("%3", _basis_text(data["basis"]))
            )
        if text is not None:
            actor = event.get("actor")
            worker = workers.get(actor, "") if actor is not None else ""
            out.append((int(event["seq"]), (from_iso(moment), text, worker)))
    # The young person's own views on the item (cases23): beside the decisions, never one.
    for heard in service.youth_views.for_youth(youth_id):
        if heard.item_id != item_id:
            continue
        text = (
            QCoreApplication.translate(
                "ItemHistory",
                "%1 (jongere) zei zelf: %2, %3. Dit is de mening van de jongere, geen besluit: "
                "het telt niet als toestemming of weigering.",
            )
            .replace("%1", names.signer(["youth", youth_id]))
            .replace("%2", view_text(heard.view.value))
            .replace("%3", channel_text(heard.channel))
        )
        worker = workers.get(heard.worker_id, "") if heard.worker_id is not None else ""
        out.append((heard.seq, (heard.heard_at, text, worker)))
    return [line for _seq, line in sorted(out, key=lambda pair: pair[0])]


class HistoryDialog(QDialog):
    def __init__(
        self, service: Service, youth_id: int, item_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        view = next(v for v in service.consents.items_for_youth(youth_id) if v.item_id == item_id)
        item = next(
            i
            for i in service.consents.request(view.request_id, desk_language()).items
            if i.id == item_id
        )
        self.setWindowTitle(
            self.tr("Geschiedenis — %1, onderdeel %2")
            .replace("%1", view.reference_code)
            .replace("%2", str(view.position))
        )
        title = bold(wrapped(f"{item.purpose.title} — {item.recipient.display_name}"))
        data = wrapped(
            self.tr("Gegevens: %1").replace(
                "%1", ", ".join(c.name_in(desk_language()) for c in item.categories)
            )
        )
        st = view.status
        self.status_label = wrapped(
            self.tr("Nu: %1 — %2")
            .replace("%1", status_label(st.status))
            .replace("%2", st.reason_in(desk_language()))
        )
        self.status_label.setStyleSheet(f"color: {status_colour(st.status).name()};")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Gebeurtenissen, oudste eerst"))
        self.list.addItem(self.tr("De geschiedenis wordt opgehaald…"))
        self.message = MessageLabel()
        self.lines: list[HistoryLine] = []
        self.loaded = False
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        events_label = bold(QLabel(self.tr("&Gebeurtenissen (oudste eerst)")))
        events_label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        for w in (title, data, self.status_label, events_label):
            layout.addWidget(w)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_screen(self, 720, 440)
        # The history is read from the whole audit log (seconds in a large vault): off the
        # GUI thread, so the window stays responsive.
        self._task = Task(lambda: history_lines(service, youth_id, item_id))
        self._task.succeeded.connect(self._show_lines)
        self._task.failed.connect(self._show_failure)
        self._task.start()

    def _show_lines(self, lines: list[HistoryLine]) -> None:
        self.lines = lines
        self.list.clear()
        for moment, text, worker in lines:
            # Who recorded it: every event has a worker, except what the program did itself.
            by = (
                self.tr("vastgelegd door %1").replace("%1", worker)
                if worker
                else self.tr("door het programma")
            )
            line = QListWidgetItem(f"{local_moment_text(moment)}  —  {text}  ({by})")
            line.setToolTip(f"{text}\n{by}")
            self.list.addItem(line)
        if self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self.loaded = True

    def _show_failure(self, exc: BaseException) -> None:
        self.list.clear()
        self.message.show_error(user_message(exc))
        self.loaded = True

    def texts(self) -> list[str]:
        return [text for _moment, text, _worker in self.lines]

    def workers(self) -> list[str]:
        """The worker who recorded each event ("" for the program itself)."""
        return [worker for _moment, _text, worker in self.lines]
