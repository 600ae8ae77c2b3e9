"""'Bewijs exporteren': write the proof package of one item or request to a zip, off the GUI
thread, then check it the way an outsider would (`verify`, offline) and say so — against this
vault's own key, so "intact" and "signed by us" are both confirmed (or the difference shown)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.proof import verify
from toestemming.proof.package import PROOF_EXTENSION
from toestemming.service import Service

from ..background import Task
from ..crash import user_message


class ProofExportDialog(QDialog):
    exported = Signal(object)  # Path of the package

    def __init__(
        self,
        service: Service,
        *,
        request_id: int | None = None,
        item_id: int | None = None,
        youth_id: int | None = None,
        directory: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if [request_id, item_id, youth_id].count(None) != 2:
            raise ValueError("give exactly one of request_id, item_id, youth_id")
        self._service = service
        self._item_id = item_id
        self._youth_id = youth_id
        self._task: Task | None = None
        if youth_id is not None:
            # One package for the youth: every request, item and piece of evidence.
            youth = service.people.youth(youth_id)
            what = self.tr("%1 (alle verzoeken en bewijsstukken)").replace("%1", youth.display_name)
            name = f"bewijs-jongere-{youth_id}{PROOF_EXTENSION}"
        elif item_id is not None:
            request_id = _request_of_item(service, item_id)
            request = service.consents.request(request_id)
            position = next(i.position for i in request.items if i.id == item_id)
            what = self.tr("onderdeel %1 van verzoek %2").replace("%1", str(position))
            what = what.replace("%2", request.reference_code)
            name = f"bewijs-{request.reference_code}-onderdeel-{position}{PROOF_EXTENSION}"
        else:
            assert request_id is not None
            code = service.consents.request(request_id).reference_code
            what = self.tr("verzoek %1 (alle onderdelen)").replace("%1", code)
            name = f"bewijs-{code}{PROOF_EXTENSION}"
        self._request_id = request_id or 0
        self.setWindowTitle(self.tr("Bewijs exporteren"))
        self.setMinimumWidth(600)
        intro = QLabel(
            self.tr(
                "Het bewijspakket van %1: een ondertekende PDF, receipt.json, FHIR Consent, de "
                "bewijsstukken en het bewijs uit het logboek. Iedereen kan het zonder de kluis "
                "controleren met 'toestemming verify'. Het pakket bevat persoonsgegevens: "
                "bewaar en verstuur het veilig."
            ).replace("%1", what)
        )
        intro.setWordWrap(True)
        self.path_field = QLineEdit(str((directory or Path.home()) / name))
        self.path_field.setAccessibleName(self.tr("Bestand voor het bewijspakket"))
        self.choose_button = QPushButton(self.tr("Kiezen…"))
        self.choose_button.clicked.connect(self._choose)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Exporteren en controleren"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.path_field, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Bestand:")))
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Bewijspakket opslaan als"),
            self.path_field.text(),
            self.tr("Bewijspakket (*.tbewijs *.zip)"),
        )
        if path:
            keep = path.lower().endswith((PROOF_EXTENSION, ".zip"))
            self.path_field.setText(path if keep else path + PROOF_EXTENSION)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self._task is not None:
            return
        target = Path(self.path_field.text().strip())
        service, item_id, request_id = self._service, self._item_id, self._request_id
        youth_id = self._youth_id

        # replace: the save dialog asked about an existing file; a backup is never replaced.
        def work() -> tuple[Path, str, int]:
            if youth_id is not None:
                path = service.forms.proof.export_youth_package(youth_id, target, replace=True)
            elif item_id is not None:
                path = service.forms.proof.export_item(item_id, target, replace=True)
            else:
                path = service.forms.proof.export_request(request_id, target, replace=True)
            # The package was just made on the service's clock: read its moments on it too.
            report = verify(path, trust=service.forms.proof.own_trust(), clock=service.clock)
            return path, report.describe(), report.exit_code

        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Bezig: exporteren en controleren …"))
        self.progress.show()
        self._set_enabled(False)
        self._task = Task(work)
        self._task.succeeded.connect(self._done)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _done(self, result: object) -> None:
        self._finish()
        path, summary, code = result  # type: ignore[misc]
        # 0 authentic; 3 intact but signer not confirmed (amber); anything else: not in order.
        self.result_label.setStyleSheet(
            "" if code == 0 else "color: #8a5a00;" if code == 3 else "color: #b3261e;"
        )
        self.result_label.setText(
            self.tr("Geschreven: %1").replace("%1", str(path)) + "\n\n" + summary
        )
        self.export_button.setEnabled(False)
        self.exported.emit(path)

    def _failed(self, exc: object) -> None:
        self._finish()
        self.result_label.setStyleSheet("color: #b3261e;")
        self.result_label.setText(
            user_message(exc) if isinstance(exc, BaseException) else self.tr("Mislukt.")
        )

    def _finish(self) -> None:
        self._task = None
        self.progress.hide()
        self._set_enabled(True)

    def _set_enabled(self, on: bool) -> None:
        for w in (self.path_field, self.choose_button, self.export_button, self.close_button):
            w.setEnabled(on)


def _request_of_item(service: Service, item_id: int) -> int:
    service.consents.item_status(item_id)  # NotFoundError (Dutch) for an unknown item
    created = next(
        h for h in service.consents.item_history(item_id) if h["kind"] == "request.created"
    )
    return int(created["data"]["request"])
