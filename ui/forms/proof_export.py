"""'Bewijs exporteren': write the proof package of one item or request to a zip, off the GUI
thread, then check it the way an outsider would (`verify`, offline) and say so — against this
vault's own key, so "intact" and "signed by us" are both confirmed (or the difference shown)."""

from __future__ import annotations

import os
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
from ..screen_fit import available, keep_on_screen, scrollable


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
        # The path the worker agreed to replace (in the save dialog, or by a second click
        # here); any other existing file is never replaced without asking.
        self._replace_ok: str | None = None
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
        self.path_field.textChanged.connect(self._path_changed)
        self.choose_button = QPushButton(self.tr("Kiezen…"))
        self.choose_button.clicked.connect(self._choose)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self._export_text = self.tr("Exporteren en controleren")
        self.export_button = self.buttons.addButton(
            self._export_text, QDialogButtonBox.ButtonRole.AcceptRole
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
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(QLabel(self.tr("Bestand:")))
        column.addLayout(row)
        column.addWidget(self.progress)
        column.addWidget(self.result_label)
        column.addStretch(1)
        # The result (the path and the check's seven lines) scrolls where the screen has no
        # room for it (1024×600 with 200 % text: it was cut off); the buttons stay in view.
        self.scroll = scrollable(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
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
            # The save dialog asked about an existing file of this name; with the extension
            # added it is another name, which was not asked about.
            if keep:
                self._replace_ok = path

    def _path_changed(self) -> None:
        """Another path: a "yes, replace" given for the previous one no longer counts."""
        if self._replace_ok is not None and self._replace_ok != self.path_field.text():
            self._replace_ok = None
        if self.export_button.text() != self._export_text and self._task is None:
            self.export_button.setText(self._export_text)
            self.result_label.clear()

    def _ask_replace(self, target: Path) -> bool:
        """True when `target` is a file the worker has not yet agreed to replace: the dialog
        then says so and the next click replaces it (a typed or suggested name may be
        yesterday's package, or another file entirely)."""
        text = self.path_field.text()
        if self._replace_ok == text or not os.path.lexists(target) or target.is_dir():
            return False
        self._replace_ok = text
        self.result_label.setStyleSheet("color: #8a5a00;")
        self.result_label.setText(
            self.tr(
                "Er staat al een bestand met deze naam. Kies 'Vervangen en controleren' om het "
                "te vervangen, of kies een andere naam."
            )
        )
        self.export_button.setText(self.tr("Vervangen en controleren"))
        self._room_for_result()
        return True

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self._task is not None:
            return
        target = Path(self.path_field.text().strip())
        if self._ask_replace(target):
            return
        service, item_id, request_id = self._service, self._item_id, self._request_id
        youth_id = self._youth_id
        # Only a file the worker agreed to replace (a backup or vault file never: the core
        # refuses those); a file that appears meanwhile is refused in Dutch, not replaced.
        replace = self._replace_ok == self.path_field.text()

        def work() -> tuple[Path, str, int]:
            if youth_id is not None:
                path = service.forms.proof.export_youth_package(youth_id, target, replace=replace)
            elif item_id is not None:
                path = service.forms.proof.export_item(item_id, target, replace=replace)
            else:
                path = service.forms.proof.export_request(request_id, target, replace=replace)
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
        self._room_for_result()
        self.export_button.setEnabled(False)
        self.exported.emit(path)

    def _room_for_result(self) -> None:
        """Grow to show the result whole where the screen has room, else scroll to it."""
        content = self.scroll.widget()
        content.layout().activate()
        viewport = self.scroll.viewport()
        extra = content.heightForWidth(viewport.width()) - viewport.height()
        if extra > 0:
            room = available(self)
            self.resize(self.width(), min(room.height(), self.height() + extra))
            keep_on_screen(self)
        self.scroll.ensureWidgetVisible(self.result_label)

    def _failed(self, exc: object) -> None:
        self._finish()
        self.result_label.setStyleSheet("color: #b3261e;")
        self.result_label.setText(
            user_message(exc) if isinstance(exc, BaseException) else self.tr("Mislukt.")
        )
        self._room_for_result()

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
