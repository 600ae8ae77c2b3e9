"""Pieces the consent dialogs share: inline messages, people's names, the "who decides" box,
a moment picker that defaults to the service clock's now, and an evidence file picker."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import LOCAL_TZ, Clock
from toestemming.errors import NotFoundError, ValidationError, field_label
from toestemming.model import (
    Channel,
    Representative,
    RepresentativeRole,
    SignerKind,
    SignerRef,
    Youth,
)
from toestemming.rules import DeciderRequirement
from toestemming.service import Service
from toestemming.usecases.evidence import MAX_EVIDENCE_BYTES
from toestemming.usecases.withdrawals import WithdrawalResult

from .. import core_labels
from ..date_fields import in_reading_order
from ..i18n import desk_phrase

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#1b6e20"
WARN_COLOUR = "#8a5300"
DATE_FORMAT = "dd-MM-yyyy"
MOMENT_FORMAT = "dd-MM-yyyy HH:mm"


def past_date_edit(today: date) -> QDateEdit:
    """A day that has happened (uitstroom, a diploma): shown as dd-MM-yyyy with a calendar,
    today at the start, nothing later pickable."""
    edit = in_reading_order(QDateEdit())
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(QDate(today.year, today.month, today.day))
    edit.setDate(QDate(today.year, today.month, today.day))
    return edit


def bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class MessageLabel(QLabel):
    """An inline message under a form: red for errors, green for done, brown for warnings.
    The words carry the meaning; the colour only helps scanning."""

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
        # In a dialog whose content scrolls (a tiny screen, small_screen.py) the message may
        # sit below what is in view: the worker clicked and saw nothing happen (review28).
        # Once laid out, it is scrolled into view.
        QTimer.singleShot(0, self._into_view)

    def _into_view(self) -> None:
        if not shiboken6.isValid(self):
            return  # its dialog closed before the message was laid out
        parent = self.parentWidget()
        while parent is not None and self.isVisible():
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(self)
            parent = parent.parentWidget()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_COLOUR, "error")

    def show_ok(self, text: str) -> None:
        self._show(text, OK_COLOUR, "ok")

    def show_warning(self, text: str) -> None:
        self._show(text, WARN_COLOUR, "warning")

    def clear(self) -> None:
        self.kind = ""
        super().clear()
        self.hide()


def role_label(rep: Representative) -> str:
    if rep.role == RepresentativeRole.PARENT:
        return (
            QCoreApplication.translate("ConsentCommon", "ouder met gezag")
            if rep.has_gezag
            else QCoreApplication.translate("ConsentCommon", "ouder zonder gezag")
        )
    return core_labels.role_label(rep.role)


def deciders_to_inform(result: WithdrawalResult | None) -> str:
    """ "Informeer ook …" when the person under curatele/mentorschap withdrew themselves: the
    curator or mentor decides and hears of it (the core names them; "" when nobody)."""
    if result is None or not result.representatives_to_inform:
        return ""
    names = ", ".join(f"{r.name} ({role_label(r)})" for r in result.representatives_to_inform)
    return QCoreApplication.translate(
        "ConsentCommon", "Informeer ook %1: die beslist voor de jongere."
    ).replace("%1", names)


CHANNEL_TEXT: dict[Channel, str] = {
    Channel.DESK: str(QT_TRANSLATE_NOOP("Channels", "aan de balie of telefonisch")),
    Channel.TABLET: str(QT_TRANSLATE_NOOP("Channels", "ondertekend op de tablet")),
    Channel.EMAIL: str(QT_TRANSLATE_NOOP("Channels", "per e-mail")),
    Channel.APP: str(QT_TRANSLATE_NOOP("Channels", "per app of sms")),
    Channel.PAPER: str(QT_TRANSLATE_NOOP("Channels", "op papier")),
}


def channel_text(channel: Channel) -> str:
    return QCoreApplication.translate("Channels", CHANNEL_TEXT[channel])


@dataclass(frozen=True)
class Household:
    """A youth and their current representatives, to put names to signer references."""

    youth: Youth
    reps: tuple[Representative, ...]

    @classmethod
    def load(cls, service: Service, youth_id: int) -> Household:
        return cls(service.people.youth(youth_id), tuple(service.people.representatives(youth_id)))

    def rep(self, service: Service, rep_id: int) -> Representative | None:
        found = next((r for r in self.reps if r.id == rep_id), None)
        if found is not None:
            return found
        try:  # an ended representative still signed earlier decisions
            return service.people.representative(rep_id)
        except NotFoundError:
            return None

    def name(self, service: Service, ref: SignerRef, *, with_role: bool = True) -> str:
        if ref.kind == SignerKind.YOUTH:
            who = self.youth.display_name
            return (
                f"{who} ({QCoreApplication.translate('ConsentCommon', 'jongere')})"
                if with_role
                else who
            )
        rep = self.rep(service, ref.id)
        if rep is None:
            return QCoreApplication.translate("ConsentCommon", "(onbekende vertegenwoordiger)")
        return f"{rep.name} ({role_label(rep)})" if with_role else rep.name


class DeciderBox(QGroupBox):
    """Who must decide and why, on a given day: age, the rule, and the people by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wie beslist en waarom"), parent)
        self.age_label = wrapped()
        self.explanation_label = wrapped()
        self.signers_label = wrapped()
        self.signers_label.setTextFormat(Qt.TextFormat.PlainText)
        self.blocked_label = MessageLabel()
        self.box_layout = QVBoxLayout(self)
        self.box_layout.setSpacing(3)
        for widget in (
            self.age_label,
            self.explanation_label,
            self.signers_label,
            self.blocked_label,
        ):
            self.box_layout.addWidget(widget)
        bold(self.age_label)

    def show_requirement(
        self, req: DeciderRequirement, household: Household, service: Service, day: date
    ) -> None:
        self.age_label.setText(
            self.tr("Leeftijd op %1: %n jaar", "", req.age).replace("%1", f"{day:%d-%m-%Y}")
        )
        self.explanation_label.setText(desk_phrase(req.why))
        lines = []
        for slot in req.slots:
            names = [household.name(service, s, with_role=False) for s in slot.signers]
            lines.append(
                f"• {desk_phrase(field_label(slot.label))}: " + self.tr(" of ").join(names)
            )
        self.signers_label.setText("\n".join(lines))
        self.signers_label.setVisible(bool(lines))
        if req.blocked_reason:
            self.blocked_label.show_error(desk_phrase(req.blocked))
        else:
            self.blocked_label.clear()

    def text(self) -> str:
        labels = (self.age_label, self.explanation_label, self.signers_label, self.blocked_label)
        return "\n".join(x.text() for x in labels if x.text())


def local_moment(moment: datetime) -> QDateTime:
    here = moment.astimezone(LOCAL_TZ)
    return QDateTime(QDate(here.year, here.month, here.day), QTime(here.hour, here.minute))


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MomentEdit(QWidget):
    """Date and time of what happened; "now" (from the service clock) unless changed."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.edit = in_reading_order(QDateTimeEdit())
        self.edit.setDisplayFormat(MOMENT_FORMAT)
        self.edit.setCalendarPopup(True)
        self.now_button = QPushButton(self.tr("Nu"))
        self.now_button.setToolTip(self.tr("Zet datum en tijd op dit moment"))
        self.now_button.setAutoDefault(False)  # Enter saves the dialog, not "now"
        self.now_button.clicked.connect(self.reset)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.now_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self._default = QDateTime()
        self.reset()

    def reset(self) -> None:
        now = local_moment(self._clock.now())
        self.edit.setMaximumDateTime(now.addSecs(60))
        self.edit.setDateTime(now)
        self._default = now

    def set_value(self, moment: datetime) -> None:
        self.edit.setDateTime(local_moment(moment))

    def value(self) -> datetime | None:
        """None while the worker left it at "now": the service then uses its own clock."""
        shown = self.edit.dateTime()
        if shown == self._default:
            return None
        d, t = shown.date(), shown.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


_KIND_BY_SUFFIX = {
    ".eml": "eml",
    ".pdf": "scan",
    ".png": "screenshot",
    ".jpg": "scan",
    ".jpeg": "scan",
    ".tif": "scan",
    ".tiff": "scan",
    ".txt": "message",
}


class EvidencePicker(QWidget):
    """An optional file kept as evidence (scan of a paper form, saved e-mail, screenshot)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.choose_button = QPushButton(self.tr("Bestand &kiezen…"))
        self.choose_button.setToolTip(
            self.tr("Bijvoorbeeld een scan van het papieren formulier of een bewaarde e-mail")
        )
        self.file_label = QLabel(self.tr("geen bestand (mag)"))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove_button = QPushButton(self.tr("Weghalen"))
        self.remove_button.hide()
        for button in (self.choose_button, self.remove_button):
            button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.file_label, 1)
        layout.addWidget(self.remove_button)

    def choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Bewijsstuk kiezen"),
            "",
            self.tr(
                "Bewijsstukken (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;"
                "Alle bestanden (*)"
            ),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        """Remember the file (read only when saving). Raises ValidationError when unusable."""
        try:
            size = path.stat().st_size
        except OSError:
            raise ValidationError(
                QCoreApplication.translate("ConsentCommon", "Dit bestand kan niet worden gelezen.")
            ) from None
        if size == 0:
            raise ValidationError(
                QCoreApplication.translate("ConsentCommon", "Dit bestand is leeg.")
            )
        if size > MAX_EVIDENCE_BYTES:
            raise ValidationError(
                QCoreApplication.translate("ConsentCommon", "Het bewijsstuk is groter dan 25 MB.")
            )
        self.path = path
        self.file_label.setText(f"{path.name} ({max(1, size // 1024)} kB)")
        self.remove_button.show()

    def remove(self) -> None:
        self.path = None
        self.file_label.setText(self.tr("geen bestand (mag)"))
        self.remove_button.hide()

    def store(self, service: Service) -> int | None:
        """Put the chosen file into the vault (encrypted, hashed, logged); its id or None."""
        if self.path is None:
            return None
        try:
            content = self.path.read_bytes()
        except OSError:
            raise ValidationError(
                QCoreApplication.translate("ConsentCommon", "Dit bestand kan niet worden gelezen.")
            ) from None
        kind = _KIND_BY_SUFFIX.get(self.path.suffix.lower(), "document")
        media_type = mimetypes.guess_type(self.path.name)[0] or "application/octet-stream"
        return service.evidence.add(kind, media_type, content).id
