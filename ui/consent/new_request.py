"""'Nieuw toestemmingsverzoek': who decides (first), then purposes × recipients × data
categories (templates for the common cases), validity and language; then how to continue.

Special categories (art. 9/10 AVG) are marked in the list and warned about as soon as they
are part of the request; the signer later has to tick them separately.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from toestemming.errors import ToestemmingError
from toestemming.model import ConsentRequest, DataCategory, Purpose, Recipient
from toestemming.rules import DeciderRequirement
from toestemming.service import Service
from toestemming.templates import ResolvedTemplate, usable_templates
from toestemming.usecases.consent import MAX_VALIDITY_DAYS, ItemSpec

from ..column_room import keep_words_whole
from ..crash import user_message
from ..date_fields import in_reading_order
from ..i18n import desk_text
from ..keyboard import tab_chain
from ..screen_fit import available, fit_to_screen, overflow, scroll_width, scrollable
from .checklist import EnterToggles
from .common import WARN_COLOUR, DeciderBox, Household, MessageLabel, bold, to_date, to_qdate
from .common import wrapped as _wrapped
from .language_gaps import request_language_combo, show_gaps
from .next_steps import NextStepsPage
from .people import AddRepresentativeDialog
from .request_lists import NARROW_WIDTH, category_list, check_list, list_grid, options_row

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NewRequestDialog(QDialog):
    created = Signal(object)  # ConsentRequest, emitted as soon as it is stored
    record_requested = Signal(int)  # request id: record the decision at the desk now
    representative_added = Signal(int)  # youth id: a parent/guardian was added from here

    COMPOSE, DONE = 0, 1

    def __init__(self, service: Service, youth_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._youth_id = youth_id
        self._items: dict[tuple[int, int], set[int]] = {}  # (purpose, recipient) → categories
        self.request: ConsentRequest | None = None
        self.requirement: DeciderRequirement | None = None
        self.rep_dialog: AddRepresentativeDialog | None = None
        self.follow_up: QDialog | None = None  # e-mail or paper dialog opened from page 2
        self.signing_mode: QWidget | None = None  # signing mode opened from page 2
        self.household = Household.load(service, youth_id)
        self.purposes: dict[int, Purpose] = {p.id: p for p in service.catalog.purposes()}
        self.recipients: dict[int, Recipient] = {r.id: r for r in service.catalog.recipients()}
        self.categories: dict[int, DataCategory] = {c.id: c for c in service.catalog.categories()}
        self.templates: list[ResolvedTemplate] = usable_templates(
            list(self.purposes.values()),
            list(self.recipients.values()),
            list(self.categories.values()),
        )
        self.setWindowTitle(
            self.tr("Nieuw toestemmingsverzoek — %1").replace(
                "%1", self.household.youth.display_name
            )
        )
        self._enter_filter = EnterToggles(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_compose())
        self.pages.addWidget(self._build_done())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        fit_to_screen(self, 940, 690)
        self._scrolls = self.minimumSizeHint().height() > available(self).height()
        if self._scrolls:
            self._scroll_pages()
        self.create_button.setDefault(True)  # now that it sits in this dialog
        for aux in (
            self.add_rep_button,
            self.template_button,
            self.add_button,
            self.remove_button,
        ):
            aux.setAutoDefault(False)  # Enter creates the request, not "add" or "remove"
        self.refresh_requirement()
        self._update_items()
        self._say_what_the_catalog_lacks()

    def _say_what_the_catalog_lacks(self) -> None:
        """A new vault has no purposes, recipients or kinds of data yet: the three lists were
        empty without a word, and the hint said to choose from them."""
        if self.purposes and self.recipients and self.categories:
            return
        self.error.show_warning(
            self.tr(
                "Er is nog niets om uit te kiezen: eerst moeten er ontvangers, doelen en "
                "gegevens zijn. Vul die in via Beheer → Instellingen (tabbladen Ontvangers, "
                "Doelen en Gegevens) en open dan opnieuw Nieuw verzoek."
            )
        )

    def _scroll_pages(self) -> None:
        """Taller than the screen (1024×600 with the system's large text squeezed the lists
        to one line and the window past the screen's edge): both pages scroll, the buttons
        stay in view. Only then: in a scroll area the lists would ask for their full height
        and scroll a little on a laptop too."""
        area = scrollable(self._compose_body)
        self._compose_outer.removeWidget(self._compose_body)
        self._compose_outer.insertWidget(0, area, 1)
        self.pages.removeWidget(self.next_steps)
        self.pages.insertWidget(self.DONE, scrollable(self.next_steps))
        self.pages.setCurrentIndex(self.COMPOSE)
        # The smaller minimum first (the stack's item caches the old one), or the resize
        # keeps the window as tall as before.
        self._compose_outer.activate()
        self.pages.updateGeometry()
        layout = self.layout()
        margins = QMargins()
        if layout is not None:
            layout.activate()
            margins = layout.contentsMargins()
        fit_to_screen(self, max(940, scroll_width(area) + margins.left() + margins.right()), 690)

    # -- page 1: compose ------------------------------------------------------------------------
    def _build_compose(self) -> QWidget:
        page = QWidget()
        self.who = DeciderBox()
        self.add_rep_button = QPushButton(self.tr("Ouder/voogd &toevoegen…"))
        self.add_rep_button.clicked.connect(self._add_representative)
        self.who.box_layout.addWidget(self.add_rep_button)

        self.template_combo = QComboBox()
        # A long template title asked 271 px: on a 512 px screen the row did not fit.
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(12)
        self.template_combo.addItem(self.tr("Kies een sjabloon…"), None)
        for n, resolved in enumerate(self.templates):
            title = QCoreApplication.translate("Templates", resolved.template.title)
            self.template_combo.addItem(title, n)
        self.template_button = QPushButton(self.tr("Sjabloon &gebruiken"))
        self.template_button.clicked.connect(self.apply_selected_template)
        # Choosing a template (mouse or keyboard) fills it in at once; the button stays for
        # applying the same template again after removing items.
        self.template_combo.activated.connect(
            lambda _i: (
                self.apply_selected_template()
                if self.template_combo.currentData() is not None
                else None
            )
        )
        template_label = QLabel(self.tr("&Sjabloon:"))
        template_label.setBuddy(self.template_combo)
        template_row = QHBoxLayout()
        template_row.addWidget(template_label)
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.template_button)

        narrow = available(self).width() < NARROW_WIDTH
        self.purpose_list = check_list(
            [(p.id, p.title, p.description) for p in self.purposes.values()]
        )
        self.recipient_list = check_list(
            [(r.id, r.display_name, r.display_name) for r in self.recipients.values()]
        )
        self.category_list = category_list(list(self.categories.values()))
        self.category_list.itemChanged.connect(lambda _item: self._update_warning())
        grid = list_grid(
            (
                (self.tr("&Doelen"), self.purpose_list),
                (self.tr("&Ontvangers"), self.recipient_list),
                (self.tr("Geg&evens"), self.category_list),
            ),
            narrow,
        )
        self.add_button = QPushButton(self.tr("Onderdelen toe&voegen ↓"))
        self.add_button.setToolTip(
            self.tr(
                "Elk gekozen doel × elke gekozen ontvanger wordt een onderdeel met de gekozen gegevens"
            )
        )
        self.add_button.clicked.connect(self.add_selected)
        add_row = QHBoxLayout()
        self.compose_hint = _wrapped(
            self.tr(
                "Kies doelen, ontvangers en gegevens en voeg ze toe. Elk onderdeel wordt apart beslist."
            )
        )
        add_row.addWidget(self.compose_hint, 1)
        add_row.addWidget(self.add_button)

        self.items_tree = QTreeWidget()
        self.items_tree.setColumnCount(4)
        self.items_tree.setHeaderLabels(
            [self.tr("#"), self.tr("Doel"), self.tr("Ontvanger"), self.tr("Gegevens")]
        )
        self.items_tree.setRootIsDecorated(False)
        self.items_tree.setWordWrap(True)
        self.items_tree.setAlternatingRowColors(True)
        self.items_tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items_tree.setAccessibleName(self.tr("Onderdelen van het verzoek"))
        self.items_tree.installEventFilter(self._enter_filter)
        header = self.items_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # The data column gets the most room: it is what the signer weighs.
        metrics = self.items_tree.fontMetrics()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, metrics.horizontalAdvance("M" * 14))
        # At most a third of the room: on an upright tablet with large text the data column
        # was left narrower than its own heading.
        header.resizeSection(
            2, min(metrics.horizontalAdvance("M" * 31), available(self).width() // 3)
        )
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        keep_words_whole(self.items_tree, 3, (2, 1))  # the data's words stay whole
        self.remove_button = QPushButton(self.tr("Onderdeel ve&rwijderen"))
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.items_tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        items_label = bold(QLabel(self.tr("Onderde&len van het verzoek")))
        items_label.setBuddy(self.items_tree)
        items_head = QHBoxLayout()
        items_head.addWidget(items_label, 1)
        items_head.addWidget(self.remove_button)
        self.special_warning = MessageLabel()

        today = self._service.clock.today()
        self.valid_until = in_reading_order(QDateEdit())
        self.valid_until.setDisplayFormat("dd-MM-yyyy")
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setMinimumDate(to_qdate(today))
        self.valid_until.setMaximumDate(to_qdate(today + timedelta(days=MAX_VALIDITY_DAYS)))
        self.valid_until.setDate(
            to_qdate(today + timedelta(days=self._service.policy().default_validity_days))
        )
        valid_label = QLabel(self.tr("Geldig &tot en met:"))
        valid_label.setBuddy(self.valid_until)
        self.language_combo = request_language_combo(self._service, self.household.youth.language)
        language_label = QLabel(self.tr("T&aal van het verzoek:"))
        language_label.setBuddy(self.language_combo)
        options = options_row(
            ((valid_label, self.valid_until), (language_label, self.language_combo)), narrow
        )

        # Who will read it in a language it has no text in (the core's rule; a warning).
        self.language_warning = MessageLabel()
        self.language_combo.currentIndexChanged.connect(lambda _i: self.update_language_gaps())
        self.purpose_list.itemChanged.connect(lambda _item: self.update_language_gaps())
        self.error = MessageLabel()
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Verzoek aan&maken"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        # The youth or parent is at the desk: make the request and hand over the tablet in one.
        self.create_and_sign_button = buttons.addButton(
            self.tr("Aanmaken en &nu tekenen op de tablet"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_and_sign_button.setAutoDefault(False)
        self.create_and_sign_button.clicked.connect(self.create_and_sign)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.create_request)
        buttons.rejected.connect(self.reject)

        # Who decides and the composing scroll on a short screen (see _scroll_pages); a few
        # lines of each list stay in view, and the buttons below.
        for view in (self.purpose_list, self.recipient_list, self.category_list):
            view.setMinimumHeight(view.fontMetrics().height() * 4)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.who)
        self.compose = QWidget()
        compose = QVBoxLayout(self.compose)
        compose.setContentsMargins(0, 0, 0, 0)
        compose.addLayout(template_row)
        compose.addLayout(grid, 3)
        compose.addLayout(add_row)
        compose.addLayout(items_head)
        compose.addWidget(self.items_tree, 2)
        compose.addWidget(self.special_warning)
        compose.addLayout(options)
        compose.addWidget(self.language_warning)
        layout.addWidget(self.compose, 1)
        self._compose_body = body
        self._compose_outer = outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(body, 1)
        outer.addWidget(self.error)
        outer.addWidget(buttons)

        chain = (
            self.add_rep_button,
            self.template_combo,
            self.template_button,
            self.purpose_list,
            self.recipient_list,
            self.category_list,
            self.add_button,
            self.items_tree,
            self.remove_button,
            self.valid_until,
            self.language_combo,
            self.create_button,
            self.create_and_sign_button,
            cancel,
        )
        tab_chain(*chain, focus=False)
        return page

    def refresh_requirement(self) -> None:
        """Who decides today. When nobody can (no gezag registered), nothing can be asked."""
        today = self._service.clock.today()
        try:
            self.household = Household.load(self._service, self._youth_id)
            self.requirement = self._service.consents.who_must_decide(self._youth_id, today)
        except ToestemmingError as exc:
            self.error.show_error(desk_text(exc))
            self.compose.setEnabled(False)
            self.create_button.setEnabled(False)
            self.create_and_sign_button.setEnabled(False)
            return
        self.who.show_requirement(self.requirement, self.household, self._service, today)
        blocked = self.requirement.blocked_reason is not None
        self.add_rep_button.setVisible(self.requirement.needs_representative)
        self.compose.setEnabled(not blocked)
        self.create_button.setEnabled(not blocked)
        # Both ways of making it: "nu tekenen" stayed clickable while nobody could decide.
        self.create_and_sign_button.setEnabled(not blocked)
        self.update_language_gaps()  # a representative added may read another language

    def _add_representative(self) -> None:
        # open(), not exec(): no nested event loop that a lock could pull the rug from under.
        self.rep_dialog = AddRepresentativeDialog(self._service, self._youth_id, self)
        self.rep_dialog.added.connect(self._representative_added)
        self.rep_dialog.open()

    def _representative_added(self) -> None:
        self.representative_added.emit(self._youth_id)
        self.refresh_requirement()

    # -- composing items ------------------------------------------------------------------------
    def apply_selected_template(self) -> None:
        index = self.template_combo.currentData()
        if index is None:
            self.error.show_error(self.tr("Kies eerst een sjabloon."))
            return
        self.apply_template(self.templates[int(index)])

    def add_items(self, specs: list[ItemSpec]) -> None:
        """Add items; the same purpose and recipient again widens that item's data."""
        for spec in specs:
            self._items.setdefault((spec.purpose_id, spec.recipient_id), set()).update(
                spec.category_ids
            )
        self.error.clear()
        self._update_items()

    def apply_template(self, resolved: ResolvedTemplate) -> None:
        self.add_items(list(resolved.items))
        if resolved.skipped:
            # Parts the catalog lacks; the worker can add a similar recipient by hand.
            self.error.show_warning(
                self.tr("Niet ingevuld uit het sjabloon: %1.").replace(
                    "%1", "; ".join(resolved.skipped)
                )
            )

    def add_selected(self) -> None:
        purposes = self.purpose_list.checked_ids()
        recipients = self.recipient_list.checked_ids()
        categories = self.category_list.checked_ids()
        if not (purposes and recipients and categories):
            self.error.show_error(
                self.tr("Kies minstens één doel, één ontvanger en één soort gegevens.")
            )
            return
        for p in purposes:
            for r in recipients:
                self._items.setdefault((p, r), set()).update(categories)
        for view in (self.purpose_list, self.recipient_list, self.category_list):
            view.uncheck_all()
        self.error.clear()
        self._update_items()

    def remove_selected(self) -> None:
        for row in self.items_tree.selectedItems():
            self._items.pop(row.data(0, ID_ROLE), None)
        self._update_items()

    def item_specs(self) -> list[ItemSpec]:
        return [ItemSpec(p, r, tuple(sorted(cats))) for (p, r), cats in self._items.items()]

    def _update_items(self) -> None:
        self.items_tree.clear()
        for n, ((p, r), cats) in enumerate(self._items.items(), 1):
            names = []
            for c in sorted(cats, key=lambda c: self.categories[c].name):
                cat = self.categories[c]
                names.append(cat.name + (" ⚠" if cat.special else ""))
            row = QTreeWidgetItem(
                [str(n), self.purposes[p].title, self.recipients[r].display_name, ", ".join(names)]
            )
            row.setData(0, ID_ROLE, (p, r))
            for col in (1, 2, 3):
                row.setToolTip(col, row.text(col))
            if any(self.categories[c].special for c in cats):
                row.setForeground(3, QBrush(QColor(WARN_COLOUR)))
            self.items_tree.addTopLevelItem(row)
        self.remove_button.setEnabled(bool(self._items))
        self._update_warning()
        self.update_language_gaps()

    def update_language_gaps(self) -> None:
        purposes = {p for p, _r in self._items} | set(self.purpose_list.checked_ids())
        try:
            gaps = self._service.consents.language_gaps(
                self._youth_id, str(self.language_combo.currentData()), sorted(purposes)
            )
        except ToestemmingError:
            gaps = ()  # (the youth erased by another desk: creating says so)
        show_gaps(self.language_warning, gaps)
        # Its wrapped lines at its own width (a 16 px font on 1024×600 squeezed the lists).
        if not self.language_warning.isHidden() and not getattr(self, "_scrolls", True):
            self.layout().activate()  # type: ignore[union-attr]
            if overflow(self) > 0:
                self._scrolls = True
                self._scroll_pages()

    def _update_warning(self) -> None:
        chosen = {c for cats in self._items.values() for c in cats}
        chosen |= set(self.category_list.checked_ids())
        special = sorted(self.categories[c].name for c in chosen if self.categories[c].special)
        if special:
            self.special_warning.show_warning(
                self.tr(
                    "⚠ Bijzondere persoonsgegevens (%1): alleen delen als het echt nodig is. "
                    "Wie beslist moet dit apart en uitdrukkelijk aanvinken."
                ).replace("%1", ", ".join(special))
            )
        else:
            self.special_warning.clear()

    # -- create ---------------------------------------------------------------------------------
    def create_and_sign(self) -> None:
        self.create_request()
        if self.request is not None:
            self._start_signing(self.request.id)

    def create_request(self) -> None:
        if not self._items:
            self.error.show_error(self.tr("Voeg minstens één onderdeel toe."))
            return
        try:
            request = self._service.consents.create_request(
                self._youth_id,
                self.item_specs(),
                valid_until=to_date(self.valid_until.date()),
                language=str(self.language_combo.currentData()),
            )
        except ToestemmingError as exc:
            self.error.show_error(desk_text(exc))
            return
        self.request = request
        self.error.clear()
        self.created.emit(request)
        self._show_done(request)

    # -- page 2: how to continue ----------------------------------------------------------------
    def _build_done(self) -> QWidget:
        self.next_steps = NextStepsPage()
        self.done_title = self.next_steps.title
        self.done_who = self.next_steps.who
        self.desk_button = self.next_steps.desk_button
        self.tablet_button = self.next_steps.tablet_button
        self.email_button = self.next_steps.email_button
        self.paper_button = self.next_steps.paper_button
        self.close_button = self.next_steps.close_button
        self.desk_button.clicked.connect(self._record_at_desk)
        self.email_button.clicked.connect(self.open_send)
        self.paper_button.clicked.connect(self.open_paper_form)
        self.tablet_button.clicked.connect(self._start_tablet)
        self.close_button.clicked.connect(self.accept)
        return self.next_steps

    def _show_done(self, request: ConsentRequest) -> None:
        count = len(request.items)
        parts = self.tr("1 onderdeel") if count == 1 else self.tr("%n onderdelen", "", count)
        self.done_title.setText(
            self.tr("Verzoek %1 is aangemaakt met %2.")
            .replace("%1", request.reference_code)
            .replace("%2", parts)
        )
        self.done_who.setText(self.who.explanation_label.text())
        show_gaps(
            self.next_steps.language_warning,
            self._service.consents.request_language_gaps(request.id),
        )
        self.pages.setCurrentIndex(self.DONE)
        self.setWindowTitle(
            self.tr("Verzoek aangemaakt — %1").replace("%1", request.reference_code)
        )
        self.desk_button.setDefault(True)
        self.desk_button.setFocus()

    def _record_at_desk(self) -> None:
        if self.request is not None:
            self.record_requested.emit(self.request.id)
        self.accept()

    # The e-mail and paper dialogs open on top of this page, which stays: the worker may mail
    # the request and also print it. Closing this dialog (or locking) closes them too.
    def open_send(self) -> QDialog | None:
        if self.request is None:
            return None
        from ..remote import SendRequestDialog

        try:
            dialog = SendRequestDialog(self._service, self.request.id, parent=self)
        except ToestemmingError as exc:
            self.next_steps_error(desk_text(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.follow_up = dialog
        return dialog

    def open_paper_form(self) -> QDialog | None:
        if self.request is None:
            return None
        from ..forms import open_paper_consent

        dialog = open_paper_consent(self._service, self.request.id, self)
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.follow_up = dialog
        return dialog

    def next_steps_error(self, message: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), message)

    def _start_tablet(self) -> None:
        if self.request is not None:
            self._start_signing(self.request.id)

    def _start_signing(self, request_id: int) -> None:
        """Hand the request to signing mode on the tablet (ui/signing/): full screen over the
        desk window, auto-lock held while it is up (it has its own idle reset and asks the
        worker's passphrase to leave)."""
        from ..signing import hand_over

        desk = self.parentWidget().window() if self.parentWidget() is not None else self
        try:
            mode = hand_over(desk, self._service, request_id)
        except ToestemmingError as exc:
            self.next_steps_error(user_message(exc))
            return
        self.signing_mode = mode
        self.accept()
