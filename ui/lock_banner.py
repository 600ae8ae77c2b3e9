"""The banner of a vault opened read-only because it is open elsewhere (store/lock.py).

Says who had it open, on which computer and since when (as the lock said at unlock), that
nothing can be changed here, and how to get write access: close it there, lock and unlock here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from toestemming.errors import ToestemmingError
from toestemming.service import Service

from .backup.banners import WARNING_STYLE, _Banner


class SharedReadOnlyBanner(_Banner):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(WARNING_STYLE, parent)
        self._service = service
        self.setAccessibleName(self.tr("Alleen-lezen"))
        self.refresh()

    def text_for(self, service: Service) -> str:
        holder = service.lock_holder
        where = (
            self.tr("De kluis is op een andere plek al geopend. %1").replace(
                "%1", holder.describe()
            )
            if holder is not None
            else self.tr("De kluis is alleen-lezen geopend.")
        )
        return (
            self.tr("<b>Alleen-lezen.</b> ")
            + where.replace("&", "&amp;").replace("<", "&lt;")
            + self.tr(
                " U kunt alles bekijken, maar niets wijzigen. Wilt u wijzigen: sluit de kluis "
                "daar, vergrendel haar hier en open haar opnieuw."
            )
        )

    def refresh(self) -> None:
        try:
            visible = self._service.opened_read_only and self._service.read_only
        except ToestemmingError:
            visible = False
        if visible:
            self.message_label.setText(self.text_for(self._service))
        self.setVisible(visible)


def install_shared_read_only_banner(window: QWidget, service: Service) -> SharedReadOnlyBanner:
    banner = SharedReadOnlyBanner(service)
    add = getattr(window, "add_banner", None)
    if add is not None:
        add(banner)
    window.shared_read_only_banner = banner  # type: ignore[attr-defined]  # kept reachable
    return banner
