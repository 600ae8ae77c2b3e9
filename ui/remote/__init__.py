"""Consent at a distance in the desk app: e-mail, replies, QR codes and app messages.

Hook into the main window with `RemoteMenu`:

    from ui.remote import RemoteMenu
    self.remote_menu = RemoteMenu(self, lambda: self._service, self.detail.current_request_id)
    self.remote_menu.install(self.menuBar())

`request_provider` returns the consent request the worker has selected (or None); the
per-request actions ("Verzoek mailen…", "QR-code tonen…") are disabled without one.
"""

from __future__ import annotations

from .import_dialog import ImportReplyDialog
from .menu import RemoteMenu
from .message_dialog import RecordMessageDialog
from .pending_dialog import PendingRemoteDialog
from .qr_dialog import QrDialog
from .send_dialog import SendRequestDialog
from .settings_dialog import RemoteSettingsDialog

__all__ = [
    "ImportReplyDialog",
    "PendingRemoteDialog",
    "QrDialog",
    "RecordMessageDialog",
    "RemoteMenu",
    "RemoteSettingsDialog",
    "SendRequestDialog",
]
