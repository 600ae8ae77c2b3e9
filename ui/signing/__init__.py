"""Signing mode (issue 4): the tablet at the desk. See ui/signing/mode.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from toestemming.clock import Clock
from toestemming.service import Service

from .mode import SigningMode


def open_signing_mode(
    parent: QWidget,
    service: Service,
    request_id: int,
    clock: Clock | None = None,
    *,
    withdrawal: bool = False,
) -> SigningMode:
    """Show signing mode full screen for `request_id`; the desk window behind is hidden until
    the worker enters their passphrase. Raises a ToestemmingError (Dutch message) when the
    request cannot be signed (e.g. nobody may decide). `withdrawal`: open on the withdrawal
    screen ("Wie trekt in?") instead of "Wie ben jij?"."""
    mode = SigningMode(service, request_id, clock, parent)
    mode.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    mode.present(full_screen=True)
    if withdrawal:
        mode.start_withdrawal()
    return mode


def hand_over(
    desk: QWidget, service: Service, request_id: int, *, withdrawal: bool = False
) -> SigningMode:
    """Start signing mode from the desk (the new-request wizard, a card on the youth page):
    auto-lock is held while the mode is up (it has its own idle reset and asks the worker's
    passphrase to leave). Raises ToestemmingError like open_signing_mode."""
    from ..autolock import hold_lock, release_lock

    mode = open_signing_mode(desk, service, request_id, withdrawal=withdrawal)
    hold_lock(mode)
    mode.left.connect(lambda: release_lock(mode))
    return mode


__all__ = ["SigningMode", "hand_over", "open_signing_mode"]
