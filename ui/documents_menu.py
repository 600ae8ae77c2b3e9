"""The "Documenten" menu and the "Op afstand" menu of the main window.

Both act on what the worker has chosen on the youth's page: the youth, and the current
consent item (the focused card, or the one focused or chosen in Vandaag last) with its
request. An action that needs a choice is disabled, with a tooltip saying what to choose.
The dialogs themselves open through the youth's page (ConsentPageActions), so there is one
open dialog at a time and it closes with the vault.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from toestemming.errors import ToestemmingError
from toestemming.model import ItemStatus
from toestemming.service import Service

from . import forms
from .main_window import MainWindow
from .remote import RemoteMenu


class DocumentsMenu(QObject):
    def __init__(self, window: MainWindow, service: Service) -> None:
        super().__init__(window)
        self._window = window
        self._service: Service | None = service
        page = window.detail
        ctrl, shift = Qt.Modifier.CTRL, Qt.Modifier.SHIFT

        def action(
            text: str, slot: Callable[[], object], key: QKeySequence | None = None
        ) -> QAction:
            a = QAction(text, window)
            if key is not None:
                a.setShortcut(key)
            a.triggered.connect(lambda _=False: slot())
            return a

        self.transition_action = action(
            self.tr("&Transitieformulier…"),
            page.open_transition_form,
            QKeySequence(ctrl | shift | Qt.Key.Key_T),
        )
        self.inzage_action = action(self.tr("&Inzage-rapport…"), page.open_inzage)
        self.proof_action = action(
            self.tr("&Bewijs exporteren…"), page.export_proof, QKeySequence(ctrl | Qt.Key.Key_E)
        )
        self.paper_action = action(
            self.tr("&Papieren formulier afdrukken…"),
            page.open_paper_form,
            QKeySequence(ctrl | Qt.Key.Key_P),
        )
        self.scan_action = action(
            self.tr("&Scan van getekend formulier inlezen…"),
            self.import_scan,
            QKeySequence(ctrl | shift | Qt.Key.Key_P),
        )
        self.confirmation_action = action(
            self.tr("Be&vestiging intrekking…"), page.open_withdrawal_confirmation
        )
        self.cert_export_action = action(
            self.tr("Organisatiecertificaat &exporteren…"), self.export_certificate
        )
        self.cert_import_action = action(
            self.tr("Eigen &certificaat gebruiken…"), self.import_certificate
        )

        menu = window.menuBar().addMenu(self.tr("Docu&menten"))
        menu.setToolTipsVisible(True)
        for a in (self.transition_action, self.inzage_action):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.proof_action, self.paper_action, self.confirmation_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.scan_action)
        menu.addSeparator()
        menu.addAction(self.cert_export_action)
        menu.addAction(self.cert_import_action)
        menu.aboutToShow.connect(self.update_enabled)
        self.menu: QMenu = menu

        # Op afstand: e-mail, replies, QR codes, app messages (ui/remote/).
        self.remote = RemoteMenu(window, lambda: self._service, page.current_request_id)
        remote_menu = self.remote.install(window.menuBar())
        remote_menu.setTitle(self.tr("Op &afstand"))  # Alt+O is the search field's
        self.remote.send_action.setShortcut(QKeySequence(ctrl | Qt.Key.Key_M))
        self.remote.import_action.setShortcut(QKeySequence(ctrl | shift | Qt.Key.Key_M))
        self.remote_menu = remote_menu

        page.current_changed.connect(self.update_enabled)
        window.closing.connect(self._forget)
        self.update_enabled()

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (
            self.transition_action,
            self.inzage_action,
            self.proof_action,
            self.paper_action,
            self.confirmation_action,
            self.scan_action,
            self.cert_export_action,
            self.cert_import_action,
        )

    def update_enabled(self) -> None:
        """Enable what fits the current choice; a disabled action's tooltip says why."""
        page = self._window.detail
        service = self._service
        has_youth = service is not None and page.youth_id is not None
        view = page.current_item() if service is not None else None
        read_only = False
        if service is not None:
            try:
                read_only = service.read_only
            except ToestemmingError:
                service = None
        choose_youth = self.tr("Kies eerst een jongere in de lijst.")
        choose_item = self.tr("Kies eerst een toestemming op de pagina van de jongere.")
        not_withdrawn = self.tr("Kies een ingetrokken toestemming op de pagina van de jongere.")
        read_only_text = self.tr("De kluis is alleen-lezen geopend.")
        rules: list[tuple[QAction, str | None]] = [
            (self.transition_action, None if has_youth else choose_youth),
            (self.inzage_action, None if has_youth else choose_youth),
            (self.proof_action, None if view is not None else choose_item),
            (self.paper_action, None if view is not None else choose_item),
            (
                self.confirmation_action,
                None
                if view is not None and view.status.status == ItemStatus.WITHDRAWN
                else not_withdrawn,
            ),
            (self.scan_action, read_only_text if read_only else None),
            (self.cert_export_action, None),
            (self.cert_import_action, read_only_text if read_only else None),
        ]
        for a, why in rules:
            if service is None:
                why = self.tr("De kluis is vergrendeld.")
            a.setEnabled(why is None)
            a.setToolTip(why or a.text().replace("&", ""))
        self.remote.update_enabled()

    def _forget(self) -> None:
        self._service = None
        self.remote.close_dialog()
        for a in (*self.actions, self.remote.send_action, self.remote.qr_action):
            a.setEnabled(False)
        self.remote.update_enabled()

    # -- the actions that are not about the youth's page ---------------------------------------
    def import_scan(self, path: str | None = None) -> object:
        """Read in a scan or photo of a signed paper form; its QR code finds the request, and
        the answers are then recorded with the scan as evidence."""
        if self._service is None:
            return None
        # Decoded off the GUI thread; the request's page opens when the QR code is found.
        return forms.import_paper_scan(self._service, self._window, path, self._window.show_scan)

    def export_certificate(self, path: str | None = None) -> object:
        if self._service is None:
            return None
        return forms.export_certificate(self._service, self._window, path)

    def import_certificate(self) -> bool:
        if self._service is None:
            return False
        return forms.import_certificate(self._service, self._window)


def install_documents_menu(window: MainWindow, service: Service) -> DocumentsMenu:
    menus = DocumentsMenu(window, service)
    window.documents_menu = menus  # type: ignore[attr-defined]  # kept alive and reachable
    return menus
