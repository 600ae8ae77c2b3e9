"""The "Op afstand" menu: one object owning the actions, so the main window wires one line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QMessageBox, QWidget

from toestemming.service import Service

from ..crash import user_message
from .import_dialog import ImportReplyDialog
from .message_dialog import RecordMessageDialog
from .pending_dialog import PendingRemoteDialog
from .qr_dialog import QrDialog
from .send_dialog import SendRequestDialog
from .settings_dialog import RemoteSettingsDialog


class RemoteMenu(QObject):
    def __init__(
        self,
        parent: QWidget,
        service_provider: Callable[[], Service | None],
        request_provider: Callable[[], int | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._service = service_provider
        self._request = request_provider
        self.send_action = QAction(self.tr("Verzoek &mailen…"), self)
        self.qr_action = QAction(self.tr("&QR-code voor antwoord per app…"), self)
        self.import_action = QAction(self.tr("Antwoord &inlezen (.eml)…"), self)
        self.message_action = QAction(self.tr("&Bericht vastleggen…"), self)
        self.pending_action = QAction(self.tr("&Wachtende verzoeken op afstand…"), self)
        self.settings_action = QAction(self.tr("&Instellingen e-mail en app…"), self)
        self.send_action.triggered.connect(lambda: self._open(self._send))
        self.qr_action.triggered.connect(lambda: self._open(self._qr))
        self.import_action.triggered.connect(lambda: self._open(ImportReplyDialog))
        self.message_action.triggered.connect(lambda: self._open(RecordMessageDialog))
        self.pending_action.triggered.connect(lambda: self._open(PendingRemoteDialog))
        self.settings_action.triggered.connect(lambda: self._open(RemoteSettingsDialog))
        self.menu: QMenu | None = None

    def install(self, menu_bar: QMenuBar) -> QMenu:
        menu = menu_bar.addMenu(self.tr("&Op afstand"))
        for action in (self.send_action, self.qr_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.import_action, self.message_action, self.pending_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        menu.aboutToShow.connect(self.update_enabled)
        self.menu = menu
        return menu

    def update_enabled(self) -> None:
        has_service = self._service() is not None
        has_request = has_service and self._request() is not None
        self.send_action.setEnabled(has_request)
        self.qr_action.setEnabled(has_request)
        for action in (
            self.import_action,
            self.message_action,
            self.pending_action,
            self.settings_action,
        ):
            action.setEnabled(has_service)

    def _send(self, service: Service, parent: QWidget) -> QDialog:
        request_id = self._request()
        assert request_id is not None
        return SendRequestDialog(service, request_id, parent=parent)

    def _qr(self, service: Service, parent: QWidget) -> QDialog:
        request_id = self._request()
        assert request_id is not None
        return QrDialog(service, request_id, parent=parent)

    def _open(self, factory: Callable[[Service, QWidget], QDialog]) -> None:
        service = self._service()
        if service is None:
            return
        try:
            dialog = factory(service, self._parent)
        except Exception as exc:  # a dialog that cannot open says why, never a traceback
            QMessageBox.warning(self._parent, self.tr("Op afstand"), user_message(exc))
            return
        dialog.exec()
