"""Signing mode (issue 4): the tablet at the desk. See ui/signing/mode.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from toestemming.clock import Clock
from toestemming.service import Service

from .mode import SigningMode


def open_signing_mode(
    parent: QWidget, service: Service, request_id: int, clock: Clock | None = None
) -> QWidget:
    """Show signing mode full screen for `request_id`; the desk window behind is hidden until
    the worker enters their passphrase. Raises a ToestemmingError (Dutch message) when the
    request cannot be signed (e.g. nobody may decide)."""
    mode = SigningMode(service, request_id, clock, parent)
    mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    mode.present(full_screen=True)
    return mode


__all__ = ["SigningMode", "open_signing_mode"]
