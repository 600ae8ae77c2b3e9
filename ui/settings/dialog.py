"""Instellingen: catalogs (recipients, purposes, data categories), workers, organisation
policy, the app language and the timestamp authority (trusted time), one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from toestemming.service import Service

from ..screen_fit import fit_to_screen
from .categories import CategoriesPage
from .language import LanguagePage
from .policy import PolicyPage
from .purposes import PurposesPage
from .recipients import RecipientsPage
from .trusted_time import TrustedTimePage
from .workers import WorkersPage


class SettingsDialog(QDialog):
    RECIPIENTS, PURPOSES, CATEGORIES, WORKERS, POLICY, LANGUAGE, TIME = range(7)

    policy_changed = Signal(object)  # Policy
    language_changed = Signal(str)
    catalog_changed = Signal()

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.recipients = RecipientsPage(service)
        self.purposes = PurposesPage(service)
        self.categories = CategoriesPage(service)
        self.workers = WorkersPage(service)
        self.policy = PolicyPage(service)
        self.language = LanguagePage()
        self.trusted_time = TrustedTimePage(service)
        self.tabs = QTabWidget()
        for page, title in (
            (self.recipients, self.tr("&Ontvangers")),
            (self.purposes, self.tr("&Doelen")),
            (self.categories, self.tr("&Gegevens")),
            (self.workers, self.tr("&Medewerkers")),
            (self.policy, self.tr("&Beleid")),
            (self.language, self.tr("T&aal")),
            (self.trusted_time, self.tr("T&ijd")),
        ):
            self.tabs.addTab(page, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        for page in (self.recipients, self.purposes, self.categories):
            page.changed.connect(self.catalog_changed)
        self.policy.policy_changed.connect(self.policy_changed)
        self.language.language_changed.connect(self.language_changed)
        fit_to_screen(self, 980, 600)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
