"""First run: create a vault (organisation, worker, passphrase), then show the recovery key once.

Creating calibrates Argon2 on this machine (1–2 s) and derives two keys, so Service.create runs
on a pool thread while the dialog shows that it is busy. The recovery key page cannot be left
until the worker confirms the key is printed or stored: it is never shown again.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import Clock, SystemClock
from toestemming.errors import ToestemmingError, user_text

from ..background import Task
from ..clipboard_guard import ClipboardGuard, guard_recovery_key
from ..crash import user_message
from ..font_size import scaled
from ..i18n import desk_language, desk_text
from ..keyboard import tab_chain
from ..preload import service_class
from ..screen_fit import available, overflow, scrollable
from .catalog_choice import CatalogChoice
from .passphrase_fields import PassphraseFields, align_labels
from .paths import PathChooser, ask_vault_path
from .recovery_sheet import ask_and_print, grouped_key, key_label

if TYPE_CHECKING:
    from toestemming.service import Service

ERROR_STYLE = "color: #b3261e;"
WIDGET_SIZE_MAX = 16777215  # Qt's QWIDGETSIZE_MAX (not exported by PySide6): no maximum
# The vault path shown beside its button, elided in the middle (a smaller screen: less).
PATH_WIDTH = 380


def _title(text: str) -> QLabel:
    label = QLabel(text)
    font = scaled(label.font(), 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


class CreateVaultDialog(QDialog):
    """`service` holds the open vault after accept(); `path` is where it was made."""

    FORM_PAGE, RECOVERY_PAGE = 0, 1

    def __init__(
        self,
        vault_path: Path,
        *,
        clock: Clock | None = None,
        kdf: Any = None,
        choose_path: PathChooser = ask_vault_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(vault_path)
        self._clock = clock
        # KdfParams or None (= calibrate here). Tests pass the floor to skip the calibration;
        # typed loosely because the UI may not import the store package.
        self._kdf = kdf
        self._choose_path = choose_path
        self._task: Task | None = None
        self._recovery_key = ""
        self.service: Service | None = None
        # Clears a copied recovery key after 30 s, also if the main window never opens.
        self.clipboard_guard: ClipboardGuard | None = None
        self.setWindowTitle(self.tr("Toestemming — nieuwe kluis"))

        # Two pages shown one at a time. Not a QStackedWidget: its height-for-width is the
        # tallest page's, which would leave the short recovery page full of gaps.
        self._pages = [self._build_form_page(), self._build_recovery_page()]
        self._page = self.FORM_PAGE
        layout = QVBoxLayout(self)
        for page in self._pages:
            layout.addWidget(page)
        self._show_page(self.FORM_PAGE)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.organisation_field.setFocus()

    # -- form page ----------------------------------------------------------------------------
    def _build_form_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "De kluis is een versleuteld bestand op deze computer. Alleen wie een "
                "wachtwoordzin of de herstelsleutel heeft, kan haar openen."
            )
        )
        intro.setWordWrap(True)
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_button = QPushButton(self.tr("Andere &plek…"))
        self.path_button.setAutoDefault(False)
        self.path_button.clicked.connect(self._choose_other_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(self.path_button)
        # A network share or cloud-sync folder: warned before creating (vault_location.py).
        self.location_label = QLabel()
        self.location_label.setWordWrap(True)
        self.location_label.setStyleSheet(
            "background: #fff4e0; border: 1px solid #8a5300; padding: 6px;"
        )
        self.location_label.hide()
        self._location_task: Task | None = None
        self._show_path()

        self.organisation_field = QLineEdit()
        self.organisation_field.setPlaceholderText(self.tr("bijv. Praktijkschool De Brug"))
        self.worker_field = QLineEdit()
        self.worker_field.setPlaceholderText(self.tr("zoals collega's u kennen"))
        self.passphrase = PassphraseFields()
        # Every new vault starts with the standard catalog (toestemming/standard_catalog.py);
        # the worker unticks what does not apply.
        self.catalog_choice = CatalogChoice()
        self.catalog_notice = ""  # set when (part of) the catalog could not be added
        self.passphrase.meter.user_inputs = lambda: (
            self.organisation_field.text(),
            self.worker_field.text(),
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Organisatie:"), self.organisation_field),
            (self.tr("&Uw naam:"), self.worker_field),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        path_caption = QLabel(self.tr("Kluisbestand:"))
        form.addRow(path_caption, path_row)
        form_labels = [
            form.labelForField(self.organisation_field),
            form.labelForField(self.worker_field),
            path_caption,
        ]
        align_labels(
            [w for w in form_labels if isinstance(w, QWidget)] + list(self.passphrase.labels)
        )
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.busy_label = QLabel(
            self.tr("Bezig met het maken van de kluis en de sleutels (enkele seconden)…")
        )
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_label.hide()
        self.busy_bar.hide()

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("Kluis &maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.create_vault)
        self.buttons.rejected.connect(self.reject)

        # Everything but the buttons: it scrolls where the window cannot be tall enough.
        self._form_body = body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Nieuwe kluis maken")))
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.location_label)
        layout.addWidget(line)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.catalog_choice)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        self._form_layout = outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body)
        outer.addWidget(self.buttons)
        page.setMinimumWidth(560)
        tab_chain(
            self.organisation_field,
            self.worker_field,
            self.path_button,
            self.passphrase.passphrase,
            self.passphrase.repeat,
            self.catalog_choice.tree,
            self.create_button,
            self.cancel_button,
            focus=False,
        )
        return page

    def _show_path(self) -> None:
        metrics = self.path_label.fontMetrics()
        # Beside its button on a 512 px screen (1024×600 at 200 %) 380 px was cut off.
        width = min(PATH_WIDTH, max(120, available(self).width() - 300))
        self.path_label.setText(
            metrics.elidedText(str(self.path), Qt.TextElideMode.ElideMiddle, width)
        )
        self.path_label.setToolTip(str(self.path))
        self.location_label.hide()
        path = self.path
        task = Task(lambda: (path, service_class().location_risk(path)))
        task.succeeded.connect(self._location)
        self._location_task = task
        task.start()

    def _location(self, outcome: object) -> None:
        path, risk = outcome if isinstance(outcome, tuple) else (None, None)
        warning = getattr(risk, "warning", None)
        if path == self.path and callable(warning):  # (not a path chosen before this one)
            self.location_label.setText(str(warning()))
            self.location_label.show()

    def _choose_other_path(self) -> None:
        chosen = self._choose_path(self, self.path)
        if chosen is not None:
            self.path = chosen
            self._show_path()

    # -- recovery page ------------------------------------------------------------------------
    def _build_recovery_page(self) -> QWidget:
        page = QWidget()
        explanation = QLabel(
            self.tr(
                "Met deze herstelsleutel opent u de kluis als niemand de wachtwoordzin meer "
                "weet. U ziet hem nu <b>één keer</b>. Druk hem af of schrijf hem over, en bewaar "
                "hem op een veilige plek, niet bij de computer."
            )
        )
        explanation.setWordWrap(True)
        self.key_label = key_label()

        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_key)
        self.confirm_box = QCheckBox(
            self.tr("Ik heb de herstelsleutel afgedrukt of op een veilige plek &bewaard.")
        )
        self.recovery_notice = QLabel()
        self.recovery_notice.setWordWrap(True)
        self.recovery_notice.setStyleSheet(ERROR_STYLE)
        self.recovery_notice.hide()
        self.done_button = QPushButton(self.tr("&Verder naar de kluis"))
        self.done_button.setEnabled(False)
        self.done_button.setDefault(True)
        self.confirm_box.toggled.connect(self.done_button.setEnabled)
        self.confirm_box.toggled.connect(lambda _on: self.recovery_notice.hide())
        self.done_button.clicked.connect(self.finish)

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Uw herstelsleutel")))
        layout.addWidget(explanation)
        layout.addSpacing(6)
        layout.addWidget(self.key_label)
        layout.addSpacing(6)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.recovery_notice)
        layout.addLayout(buttons)
        page.setMinimumWidth(560)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A fixed-size dialog cannot scroll: on a short screen (1920×1080 at 200 %: 540 px)
        # the checklist gives up lines (it scrolls itself) so the buttons stay on screen.
        # Measured when shown: only then do the wrapped texts know their width; the window
        # takes its new height at once (the layout would only on its next pass).
        saved = self.catalog_choice.shrink_by(overflow(self))
        if saved:
            self.setFixedSize(self.width(), self.height() - saved)
        # Still too tall (a 1024×600 netbook with the system's large text): wider, so the
        # texts take fewer lines, as far as the screen allows.
        page = self._pages[self._page]
        room = available(self).width() - (self.width() - page.width())
        while overflow(self) > 0 and page.minimumWidth() + 60 <= room:
            page.setMinimumWidth(page.minimumWidth() + 60)
            self.layout().activate()
        if overflow(self) > 0 and self._page == self.FORM_PAGE:
            self._scroll_form()
        self._fit_width()
        self._keep_on_screen()

    def _fit_width(self) -> None:
        """Wider than the screen (a tablet upright at 150 %: 533 px; the fixed size followed
        the page's wish of 560 px and more): as wide as the screen, the texts wrap."""
        room = available(self)
        if self.width() <= room.width():
            return
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
        self.setMinimumSize(0, 0)
        self.setMaximumSize(WIDGET_SIZE_MAX, WIDGET_SIZE_MAX)
        self.resize(room.width(), min(self.height(), room.height()))

    def _scroll_form(self) -> None:
        """Still too tall (1024×600 with 200 % text: 134 px): the form scrolls, the buttons
        stay in view, and the window is no longer of fixed size but as tall as the screen."""
        if self._form_layout.indexOf(self._form_body) < 0:
            return  # scrolls already
        self._form_layout.removeWidget(self._form_body)
        self._form_layout.insertWidget(0, scrollable(self._form_body), 1)
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
        self.setMinimumSize(0, 0)
        self.setMaximumSize(WIDGET_SIZE_MAX, WIDGET_SIZE_MAX)
        self.resize(self.width(), available(self).height())

    def _keep_on_screen(self) -> None:
        """Placed for its first size: widened, its right edge went off a 1280×720 screen
        (200 % text). Moved back in, as far as it fits."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry()
        x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
        y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    # -- state --------------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        self._page = index

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def showing_recovery_key(self) -> bool:
        return self._page == self.RECOVERY_PAGE

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.organisation_field,
            self.worker_field,
            self.passphrase,
            self.catalog_choice,
            self.path_button,
            self.create_button,
            self.cancel_button,
        ):
            widget.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -- creating -----------------------------------------------------------------------------
    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing to fix before creating, with the field to put focus on."""
        if not self.organisation_field.text().strip():
            return self.tr("Vul de naam van de organisatie in."), self.organisation_field
        if not self.worker_field.text().strip():
            return self.tr("Vul uw naam in."), self.worker_field
        message = self.passphrase.problem()
        if message:
            field = (
                self.passphrase.repeat
                if self.passphrase.meter.score > 0
                else self.passphrase.passphrase
            )
            return message, field
        return None

    def create_vault(self) -> None:
        if self.busy or self.showing_recovery_key:
            return
        problem = self.problem()
        if problem is not None:
            message, field = problem
            self._show_error(message)
            field.setFocus()
            return
        path, clock, kdf = self.path, self._clock, self._kdf
        organisation = self.organisation_field.text()
        worker = self.worker_field.text()
        passphrase = self.passphrase.text()
        chosen = self.catalog_choice.chosen()

        def create() -> tuple[Service, str, str]:
            service, recovery_key = service_class().create(
                path, organisation, worker, passphrase, clock or SystemClock(), kdf=kdf
            )
            return service, recovery_key, _add_catalog(service, chosen)

        task = Task(create)
        task.succeeded.connect(self._created)
        task.failed.connect(self._failed)
        self._task = task
        self._show_error("")
        self._set_busy(True)
        task.start()

    def _created(self, outcome: object) -> None:
        self._task = None
        assert isinstance(outcome, tuple)
        service, recovery_key, self.catalog_notice = outcome
        assert isinstance(service, service_class()) and isinstance(recovery_key, str)
        self.service = service
        self._recovery_key = recovery_key
        self.clipboard_guard = guard_recovery_key(self._clock or SystemClock(), recovery_key)
        self.passphrase.clear()
        self._set_busy(False)
        self.key_label.setText(grouped_key(recovery_key))
        self._show_page(self.RECOVERY_PAGE)
        if self.catalog_notice:
            self.recovery_notice.setText(
                self.tr("De standaardcatalogus is niet helemaal toegevoegd: %1").replace(
                    "%1", self.catalog_notice
                )
            )
            self.recovery_notice.show()
        self.confirm_box.setFocus()

    def _failed(self, exc: object) -> None:
        self._task = None
        self._set_busy(False)
        message = user_text(exc, desk_language()) if isinstance(exc, ToestemmingError) else None
        if message is None and isinstance(exc, BaseException):
            message = user_message(exc)
        self._show_error(message or "")
        if isinstance(exc, ToestemmingError) and exc.field == "passphrase":
            self.passphrase.passphrase.setFocus()
        elif isinstance(exc, ToestemmingError) and exc.field == "path":
            self.path_button.setFocus()

    # -- recovery key -------------------------------------------------------------------------
    def print_key(self) -> bool:
        if not self._recovery_key or self.service is None:
            return False
        return ask_and_print(
            self,
            self.service.organisation,
            self.path.name,
            self._recovery_key,
            self.service.clock.today(),
        )

    def finish(self) -> None:
        if not self.confirm_box.isChecked():
            self.recovery_notice.setText(
                self.tr("Bevestig eerst dat u de herstelsleutel heeft afgedrukt of bewaard.")
            )
            self.recovery_notice.show()
            return
        # Shown once: forget it before the main window appears.
        self._recovery_key = ""
        self.key_label.clear()
        if self.clipboard_guard is not None:
            self.clipboard_guard.retire_when_idle()  # a copy still there goes after 30 s
        self.accept()

    def reject(self) -> None:
        if self.busy:
            return  # closing now would strand a half-made vault in the worker thread
        if self.showing_recovery_key:
            self.finish()  # leaving is only possible once the key is confirmed
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy or (self.showing_recovery_key and self._recovery_key):
            event.ignore()
            if self.showing_recovery_key:
                self.finish()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on the recovery page must not skip the confirmation.
        if self.showing_recovery_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.done_button.isEnabled():
                self.finish()
            return
        super().keyPressEvent(event)


def _add_catalog(service: Service, chosen: set[str]) -> str:
    """The ticked part of the standard catalog. The vault and its recovery key exist by now,
    so a failure here must not hide the key: it is told, and the rest is added by hand."""
    from toestemming.standard_catalog import install

    try:
        install(service.catalog, chosen)
    except ToestemmingError as exc:
        return desk_text(exc)
    return ""
