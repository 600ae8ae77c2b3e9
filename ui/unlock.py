"""The unlock dialog: passphrase (or recovery key) in, an open `Service` out.

Key derivation (Argon2) takes about half a second on purpose, so the vault is opened on a
pool thread while the dialog shows a busy indicator and stays responsive. The integrity check
runs there too (check=True): a damaged vault opens read-only, and the main window's banner
says what is wrong and how to restore.

One writer at a time: when the vault is already open elsewhere (another window, another
computer), the dialog says who has it open and since when, and offers "Alleen-lezen openen".
A vault on a network share or in a cloud-sync folder gets a warning before anything is typed
(looked up on a pool thread, like the unlock itself).

"Kluisbestand" / "Teamserver" below the form (focus starts in the first field above it): the team-server half (ui/unlock_team.py) opens a
saved or new connection profile with `Service.open_team` instead of a vault file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toestemming.clock import Clock
from toestemming.errors import ToestemmingError, VaultInUse, user_text
from toestemming.team_profile import ProfileStore

from .background import Task
from .caps_lock import CapsLockWatch
from .crash import user_message
from .font_size import scaled
from .i18n import desk_language
from .preload import service_class
from .unlock_team import TeamOpened, TeamPanel, open_team

if TYPE_CHECKING:
    from toestemming.service import Service

TEAM_WIDTH = 520


class UnlockDialog(QDialog):
    PASSPHRASE_PAGE, RECOVERY_PAGE = 0, 1
    VAULT_MODE, TEAM_MODE = 0, 1

    create_requested = Signal()  # "Nieuwe kluis maken…": the session asks where, then creates

    def __init__(
        self,
        vault_path: Path,
        *,
        demo_passphrase_hint: str | None = None,
        clock: Clock | None = None,
        profiles: ProfileStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = Path(vault_path)
        self._profiles = profiles if profiles is not None else ProfileStore()
        self._clock = clock
        self._task: Task | None = None
        self.service: Service | None = None  # set just before accept()

        self.setWindowTitle(self.tr("Toestemming — kluis ontgrendelen"))

        title = self.title_label = QLabel(self.tr("Kluis ontgrendelen"))
        font = scaled(title.font(), 1.3)
        font.setBold(True)
        title.setFont(font)
        self.file_label = QLabel(self.tr("Kluis: %1").replace("%1", self._path.name))
        self.file_label.setToolTip(str(self._path))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        if demo_passphrase_hint:
            # A synthetic demo vault: showing its passphrase is intended.
            self.hint_label.setText(
                self.tr("Demokluis — wachtwoordzin: %1").replace("%1", demo_passphrase_hint)
            )
        else:
            self.hint_label.hide()

        self.passphrase_field = self._secret_field(self.tr("Wachtwoordzin"))
        self.recovery_field = self._secret_field(self.tr("Herstelsleutel"))
        # Typed from paper: readable while typing, hidden once the field loses focus.
        self.recovery_field.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.recovery_field.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self._pages = QStackedWidget()
        self._pages.addWidget(self._page(self.tr("&Wachtwoordzin:"), self.passphrase_field, ""))
        self._pages.addWidget(
            self._page(
                self.tr("&Herstelsleutel:"),
                self.recovery_field,
                self.tr(
                    "De herstelsleutel staat op het papier dat bij het aanmaken van de kluis "
                    "is uitgeprint of opgeschreven."
                ),
            )
        )
        self.switch_button = QPushButton(self.tr("Herstelsleutel gebruiken"))
        self.switch_button.setFlat(True)
        self.switch_button.setAutoDefault(False)
        self.switch_button.setStyleSheet("text-decoration: underline; color: palette(link);")

        self.location_label = QLabel()  # network share / cloud-sync folder: see _location
        self.location_label.setWordWrap(True)
        self.location_label.setStyleSheet(
            "background: #fff4e0; border: 1px solid #8a5300; padding: 6px;"
        )
        self.location_label.hide()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.read_only_button = QPushButton(self.tr("Alleen-lezen openen"))
        self.read_only_button.setAutoDefault(False)
        self.read_only_button.clicked.connect(self.open_read_only)
        self.read_only_button.hide()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: we cannot know how far Argon2 is
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_label = QLabel(self.tr("Bezig met ontgrendelen…"))
        self.busy_bar.hide()
        self.busy_label.hide()

        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("Ontgrendelen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("Afsluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter must never mean "quit": while the fields are disabled focus can pass over
        # this button, and an auto-default button would then stay the default.
        self.quit_button.setAutoDefault(False)
        self.create_button = self.buttons.addButton(
            self.tr("Nieuwe kluis maken…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_requested)

        self.vault_choice = QRadioButton(self.tr("&Kluisbestand"))
        self.team_choice = QRadioButton(self.tr("&Teamserver"))
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.vault_choice, self.VAULT_MODE)
        self._choice.addButton(self.team_choice, self.TEAM_MODE)
        choices = QHBoxLayout()
        choices.addWidget(self.vault_choice)
        choices.addWidget(self.team_choice)
        choices.addStretch(1)
        self.team_panel = TeamPanel(self._profiles)

        vault_panel = QWidget()
        vault_layout = QVBoxLayout(vault_panel)
        vault_layout.setContentsMargins(0, 0, 0, 0)
        vault_layout.addWidget(self.file_label)
        vault_layout.addWidget(self.hint_label)
        vault_layout.addWidget(self.location_label)
        vault_layout.addSpacing(4)
        vault_layout.addWidget(self._pages)
        self.caps_lock = CapsLockWatch([self.passphrase_field, self.recovery_field], self)
        vault_layout.addWidget(self.caps_lock.label)
        vault_layout.addLayout(_at_left(self.switch_button))
        self._modes = QStackedWidget()
        self._modes.addWidget(vault_panel)
        self._modes.addWidget(self.team_panel)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self._modes)
        # Below the form: the focus starts in the passphrase (or the connection's first empty
        # field) at the top, and Tab reads top to bottom.
        layout.addLayout(choices)
        layout.addWidget(self.error_label)
        layout.addLayout(_at_left(self.read_only_button))
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)
        # The dialog follows its content (error text, busy row, recovery note) instead of
        # squeezing it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)
        self.switch_button.clicked.connect(self.toggle_recovery)
        self._show_page(self.PASSPHRASE_PAGE)
        self._location_task: Task | None = None
        self._check_location()
        # No vault file here yet but a saved team connection: the team server is what the
        # worker uses (a first run without either shows the create dialog instead).
        start_in_team = not self._path.exists() and self.team_panel.has_saved
        self._choice.idToggled.connect(self._mode_toggled)
        (self.team_choice if start_in_team else self.vault_choice).setChecked(True)
        self._show_mode(self.TEAM_MODE if start_in_team else self.VAULT_MODE)
        self._polished = False

    def enterEvent(self, event: QEnterEvent) -> None:
        self._polish()
        super().enterEvent(event)

    def _polish(self) -> None:
        """What only the mouse notices (a hand over the link-like button, a selectable demo
        passphrase), set when the mouse first comes over the window. Both need the `Qt`
        namespace, which PySide builds (hundreds of enums) on first use: ~20 ms the worker
        would otherwise wait before the first window appears (bench: GUI start)."""
        if self._polished:
            return
        self._polished = True
        from PySide6.QtCore import Qt

        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.switch_button.setCursor(Qt.CursorShape.PointingHandCursor)

    # -- building -----------------------------------------------------------------------------
    @staticmethod
    def _secret_field(name: str) -> QLineEdit:
        field = QLineEdit()
        # Qt's password echo also tells on-screen keyboards: sensitive, no predictions, no
        # auto-capitals (test_unlock checks), so a passphrase never lands in a dictionary.
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        # Sets the dialog's width (its layout has a fixed size): room for a recovery key.
        field.setMinimumWidth(340)
        return field

    @staticmethod
    def _page(label_text: str, field: QLineEdit, note: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel(label_text)
        label.setBuddy(field)
        form.addRow(label, field)
        if note:
            explanation = QLabel(note)
            explanation.setWordWrap(True)
            form.addRow("", explanation)
        return page

    def _check_location(self) -> None:
        path = self._path
        task = Task(lambda: service_class().location_risk(path))
        task.succeeded.connect(self._location)
        self._location_task = task
        task.start()

    def _location(self, risk: object) -> None:
        self._location_task = None
        warning = getattr(risk, "warning", None)
        if callable(warning):
            self.location_label.setText(str(warning()))
            self.location_label.show()

    # -- state --------------------------------------------------------------------------------
    @property
    def using_recovery_key(self) -> bool:
        return self._pages.currentIndex() == self.RECOVERY_PAGE

    def _show_page(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; ignoring the hidden page's size
        # keeps the dialog compact instead of leaving a gap under the passphrase field.
        for i in range(self._pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page = self._pages.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self._pages.setCurrentIndex(index)

    @property
    def team_mode(self) -> bool:
        return self._modes.currentIndex() == self.TEAM_MODE

    def _mode_toggled(self, mode: int, checked: bool) -> None:
        if checked and not self.busy:
            self._show_mode(mode)

    def _show_mode(self, mode: int) -> None:
        for i in range(self._modes.count()):
            policy = QSizePolicy.Policy.Preferred if i == mode else QSizePolicy.Policy.Ignored
            page = self._modes.widget(i)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self._modes.setCurrentIndex(mode)
        # Room for a CA file's path (the dialog has a fixed size: it follows its content); a
        # hidden page's minimum would still widen the stack, so only while it is shown.
        self.team_panel.setMinimumWidth(TEAM_WIDTH if mode == self.TEAM_MODE else 0)
        self._show_error("")
        self.passphrase_field.clear()
        self.recovery_field.clear()
        self.team_panel.password_field.clear()
        team = self.team_mode
        self.busy_label.setText(
            self.tr("Verbinden met de teamserver…") if team else self.tr("Bezig met ontgrendelen…")
        )
        self.title_label.setText(
            self.tr("Teamserver openen") if team else self.tr("Kluis ontgrendelen")
        )
        self.setWindowTitle(
            self.tr("Toestemming — teamserver openen")
            if team
            else self.tr("Toestemming — kluis ontgrendelen")
        )
        self.unlock_button.setText(self.tr("Verbinden") if team else self.tr("Ontgrendelen"))
        self.create_button.setVisible(not team)  # a new vault file is the other choice
        if self.team_mode:
            self.team_panel.first_empty().setFocus()
        else:
            self.current_field().setFocus()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def current_field(self) -> QLineEdit:
        return self.recovery_field if self.using_recovery_key else self.passphrase_field

    def toggle_recovery(self) -> None:
        recovery = not self.using_recovery_key
        self._show_page(self.RECOVERY_PAGE if recovery else self.PASSPHRASE_PAGE)
        self.switch_button.setText(
            self.tr("Wachtwoordzin gebruiken") if recovery else self.tr("Herstelsleutel gebruiken")
        )
        self._show_error("")
        self.passphrase_field.clear()
        self.recovery_field.clear()
        self.current_field().setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (
            self.passphrase_field,
            self.recovery_field,
            self.switch_button,
            self.read_only_button,
            self.vault_choice,
            self.team_choice,
        ):
            widget.setEnabled(not busy)
        self.team_panel.set_busy(busy)
        self.unlock_button.setEnabled(not busy)
        self.quit_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        if not busy:
            self.unlock_button.setDefault(True)

    def _show_failure(self, exc: object) -> None:
        """What went wrong, in the desk's language: our own errors' text, anything else as
        the crash handler words it (never a traceback)."""
        message = user_text(exc, desk_language()) if isinstance(exc, ToestemmingError) else None
        if message is None and isinstance(exc, BaseException):
            message = user_message(exc)
        self._show_error(message or "")

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.read_only_button.hide()

    # -- unlocking ----------------------------------------------------------------------------
    def unlock(self) -> None:
        """Try the entered secret on a pool thread; accept() once the vault is open."""
        self._start(read_only=False)

    def open_read_only(self) -> None:
        """The vault is open elsewhere: open it here to look, never as a second writer."""
        self._start(read_only=True)

    def _start(self, *, read_only: bool) -> None:
        if self.busy:
            return
        if self.team_mode:
            self._start_team()
            return
        field = self.current_field()
        secret = field.text()
        if not secret.strip():
            self._show_error(
                self.tr("Vul de herstelsleutel in.")
                if self.using_recovery_key
                else self.tr("Vul de wachtwoordzin in.")
            )
            field.setFocus()
            return
        path, clock = self._path, self._clock
        # service_class() may still import the core: on the pool thread, not the GUI's.
        if self.using_recovery_key:
            task = Task(
                lambda: service_class().open_with_recovery(
                    path, secret, clock=clock, check=True, read_only=read_only
                )
            )
        else:
            # No slot is chosen: Service.open tries every worker's passphrase slot.
            task = Task(
                lambda: service_class().open(
                    path, secret, clock=clock, check=True, read_only=read_only
                )
            )
        task.succeeded.connect(self._opened)
        task.failed.connect(self._failed)
        self._task = task
        self._show_error("")
        self._set_busy(True)
        task.start()

    def _opened(self, service: object) -> None:
        self._task = None
        assert isinstance(service, service_class())
        self.service = service
        self.passphrase_field.clear()
        self.recovery_field.clear()
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: object) -> None:
        self._task = None
        self._set_busy(False)
        field = self.current_field()
        in_use = isinstance(exc, VaultInUse)
        if not in_use:
            field.clear()  # (in use: the secret was right; kept for "Alleen-lezen openen")
        self._show_failure(exc)
        self.read_only_button.setVisible(in_use)
        if in_use:
            self.read_only_button.setFocus()
        else:
            field.setFocus()

    # -- the team server -----------------------------------------------------------------------
    def _start_team(self) -> None:
        panel = self.team_panel
        try:
            profile = panel.profile()  # checked here: nothing goes out for a bad profile
        except ToestemmingError as exc:
            self._show_error(user_text(exc, desk_language()))
            panel.field_for(exc.field).setFocus()
            return
        typed = panel.password_field.text() if not profile.uses_certificate else ""
        remember = panel.remember_box.isChecked() and not profile.uses_certificate
        store, clock = self._profiles, self._clock
        task = Task(lambda: open_team(profile, typed, remember, store, clock))
        task.succeeded.connect(self._team_opened)
        task.failed.connect(self._team_failed)
        self._task = task
        self._show_error("")
        self._set_busy(True)
        task.start()

    def _team_opened(self, result: object) -> None:
        self._task = None
        assert isinstance(result, TeamOpened)
        self.service = result.service
        self.team_panel.password_field.clear()
        self._set_busy(False)
        if result.keyring_problem is not None:
            # Connected all the same; the worker types the password next time.
            QMessageBox.information(
                self,
                self.tr("Wachtwoord niet onthouden"),
                user_text(result.keyring_problem, desk_language()),
            )
        self.accept()

    def _team_failed(self, exc: object) -> None:
        self._task = None
        self._set_busy(False)
        panel = self.team_panel
        panel.password_field.clear()
        self._show_failure(exc)
        field = getattr(exc, "field", None)
        if field and field != "password":
            panel.field_for(field).setFocus()
        elif panel.password_field.isVisible():
            panel.password_field.setFocus()
        else:
            panel.host_field.setFocus()

    def reject(self) -> None:
        # While the key is being derived, closing would strand an open vault in the worker.
        if self.busy:
            return
        super().reject()


def _at_left(widget: QWidget) -> QHBoxLayout:
    """The widget at its natural width on the left of its row (as an alignment flag would,
    without the `Qt` namespace at start-up: see `_polish`)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row
