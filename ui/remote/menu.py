"""The "Op afstand" menu: one object owning the actions, so the main window wires one line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QMessageBox, QWidget

from toestemming.errors import NotFoundError
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
        self.settings_action = QAction(self.tr("In&stellingen e-mail en app…"), self)
        self.send_action.triggered.connect(lambda: self._open(self._send))
        self.qr_action.triggered.connect(lambda: self._open(self._qr))
        self.import_action.triggered.connect(lambda: self._open(ImportReplyDialog))
        self.message_action.triggered.connect(lambda: self._open(RecordMessageDialog))
        self.pending_action.triggered.connect(lambda: self._open(PendingRemoteDialog))
        self.settings_action.triggered.connect(lambda: self._open(RemoteSettingsDialog))
        self.menu: QMenu | None = None
        self.dialog: QDialog | None = None  # the one dialog open from this menu, if any

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
        menu.setToolTipsVisible(True)  # a disabled action says why
        self.menu = menu
        return menu

    def update_enabled(self) -> None:
        has_service = self._service() is not None
        has_request = has_service and self._request() is not None
        self.send_action.setEnabled(has_request)
        self.qr_action.setEnabled(has_request)
        why = "" if has_request else self.tr("Kies eerst een toestemming van een jongere.")
        self.send_action.setToolTip(why or self.send_action.text().replace("&", ""))
        self.qr_action.setToolTip(why or self.qr_action.text().replace("&", ""))
        for action in (
            self.import_action,
            self.message_action,
            self.pending_action,
            self.settings_action,
        ):
            action.setEnabled(has_service)

    def _chosen_request(self) -> int:
        request_id = self._request()
        if request_id is None:  # a shortcut can fire before the menu updated its actions
            raise NotFoundError(self.tr("Kies eerst een toestemming van een jongere."))
        return request_id

    def _send(self, service: Service, parent: QWidget) -> QDialog:
        return SendRequestDialog(service, self._chosen_request(), parent=parent)

    def _qr(self, service: Service, parent: QWidget) -> QDialog:
        return QrDialog(service, self._chosen_request(), parent=parent)

    def _open(self, factory: Callable[[Service, QWidget], QDialog]) -> QDialog | None:
        """Open window-modal (not exec: the event loop keeps running, so auto-lock can still
        close the dialog with the vault, see close_dialog)."""
        service = self._service()
        if service is None:
            return None
        try:
            dialog = factory(service, self._parent)
        except Exception as exc:  # a dialog that cannot open says why, never a traceback
            QMessageBox.warning(self._parent, self.tr("Op afstand"), user_message(exc))
            return None
        self.close_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._gone(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _gone(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def close_dialog(self) -> None:
        """Close the open dialog at once (lock: it may show personal data)."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.hide()
            dialog.setParent(None)
            dialog.deleteLater()
