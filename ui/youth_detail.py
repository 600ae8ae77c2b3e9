"""Right-hand panel: the selected youth's details, representatives, consent items by status
and disclosures made — and the actions of the daily consent work (ui/consent/ dialogs).

After a write the main window reloads the page from the service's change signal
(ui/changes.py), whichever dialog, tablet or import wrote.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from toestemming.changes import MANY, Change
from toestemming.clock import LOCAL_TZ
from toestemming.errors import ToestemmingError
from toestemming.model import (
    ConsentItem,
    ItemStatus,
    LawfulBasis,
    RepresentativeRole,
    Youth,
)
from toestemming.rules import age_on
from toestemming.service import Service
from toestemming.usecases.consent import ItemView

from .consent.common import Household
from .consent.page_actions import ConsentPageActions
from .core_labels import basis_label, role_label
from .i18n import desk_language, desk_phrase, desk_text
from .page_column import ColumnScroll, LongWordLabel
from .youth_page_layout import YouthPageLayout


class YouthDetailPanel(ConsentPageActions, YouthPageLayout):
    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: Service | None = service
        self._youth_id: int | None = None
        self._items: list[ItemView] = []
        self._shown: dict[int, ConsentItem] = {}
        self.dialog: QDialog | None = None  # the open dialog (one at a time, window-modal)
        self._after_dialog: Callable[[], object] | None = None
        self._confirmation_task: object | None = None
        self._first_day = False  # the placeholder says how to add the first youth

        self._build_actions()
        self._placeholder = self._build_placeholder()
        details = self._build_details()
        self._stack = QStackedWidget()
        self._stack.addWidget(self._placeholder)
        # The page scrolls when the window is too short for it (a 1024×600 netbook with the
        # system's large text): without this the wrapped button rows and the facts under
        # them were drawn over each other, as the splitter does not ask height-for-width.
        self._stack.addWidget(ColumnScroll(details))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._update_actions()

    # -- showing --------------------------------------------------------------------------------
    @property
    def youth_id(self) -> int | None:
        return self._youth_id

    def show_youth(self, youth_id: int) -> None:
        if self._service is None:
            return
        try:
            youth = self._service.people.youth(youth_id)
            if youth.erased:
                self._show_erased(youth_id)
                return
            self._youth_id = youth_id
            self._fill_person(youth)
            self.refresh_consents()
            self.refresh_disclosures()
        except ToestemmingError as exc:
            self.clear()
            self._stack.setCurrentIndex(1)
            self._show_error(desk_text(exc))
            return
        self.error_label.hide()
        self._stack.setCurrentIndex(1)
        self._update_actions()
        self.current_changed.emit()

    def show_first_day(self, empty: bool) -> None:
        """With no youth in the vault there is nothing to choose: the page says what to do
        first instead of "choose a youth in the list"."""
        if self._youth_id is not None or empty == self._first_day:
            return
        self._first_day = empty
        if empty:
            self.placeholder_label.setText(
                self.tr(
                    "Nog geen jongeren. Begin met de eerste: Jongere toevoegen… (Enter of "
                    "Ctrl+Shift+N), of importeer een schoollijst via Beheer → Jongeren "
                    "importeren (CSV)."
                )
            )
        else:
            self.placeholder_label.setText(self._placeholder_text)

    def _show_erased(self, youth_id: int) -> None:
        """An erased youth has no page any more: what is left is a count and a date."""
        assert self._service is not None
        record = self._service.retention.erasure(youth_id)
        what = record.describe() if record is not None else ""
        self.clear()
        self.placeholder_label.setText(
            self.tr(
                "De gegevens van deze jongere zijn gewist (%1). Kies een jongere in de lijst."
            ).replace("%1", what)
        )

    def refresh(self) -> None:
        if self._youth_id is not None:
            self.show_youth(self._youth_id)

    def apply_changes(self, changes: list[Change]) -> None:
        """Reload the parts of the page that these changes (about this youth) touch: the
        disclosures after sharing, the person after a correction or a representative (who
        decides, and so the items' statuses, follow), the items after consent work."""
        if not changes or self._youth_id is None:
            return
        kinds = {c.kind for c in changes}
        if kinds & {MANY, "youth.erased", "youth.left"} or any(c.youth_id is None for c in changes):
            self.refresh()
            return
        sharing = {"disclosure.recorded", "assessment.recorded", "objection.recorded"}
        if kinds <= sharing:
            self.refresh_disclosures()
            return
        if any(k.startswith(("youth.", "representative.")) for k in kinds):
            self.refresh_people()
        self.refresh_consents()
        if kinds & sharing:
            self.refresh_disclosures()

    def refresh_people(self) -> None:
        """Details, representatives and who decides (after adding a parent, for example)."""
        if self._service is None or self._youth_id is None:
            return
        try:
            self._fill_person(self._service.people.youth(self._youth_id))
        except ToestemmingError as exc:
            self._show_error(desk_text(exc))

    def refresh_consents(self) -> None:
        if self._service is None or self._youth_id is None:
            return
        service, youth_id = self._service, self._youth_id
        try:
            items = service.consents.items_for_youth(youth_id)
            shown = self._shown_items(service, items)
            notify: set[int] = set()
            heard = bool(items) and service.youth_views.may_be_heard(youth_id)
            if any(i.status.status == ItemStatus.WITHDRAWN for i in items):
                notify = {
                    w.item_id
                    for w in service.worklists.withdrawals_to_notify()
                    if w.youth_id == youth_id and w.item_id is not None
                }
        except ToestemmingError as exc:
            self._show_error(desk_text(exc))
            return
        self._items, self._shown = items, shown
        self.consents.set_items(items, shown, notify, heard)
        self._chain_page()

    def refresh_disclosures(self) -> None:
        if self._service is None or self._youth_id is None:
            return
        service = self._service
        try:
            disclosures = service.sharing.disclosures(self._youth_id)
            codes = {i.item_id: i.reference_code for i in self._items}
            rows = []
            for d in disclosures:
                basis = basis_label(d.basis)
                if d.basis == LawfulBasis.CONSENT and d.item_id in codes:
                    basis += f" ({codes[d.item_id]})"
                elif d.assessment_id is not None:
                    basis += " — " + self.tr("met afweging")
                rows.append(
                    [
                        f"{d.disclosed_at.astimezone(LOCAL_TZ):%d-%m-%Y}",
                        service.catalog.recipient(d.recipient_id).display_name,
                        service.catalog.purpose(d.purpose_id, desk_language()).title,
                        ", ".join(
                            service.catalog.category(c).name_in(desk_language())
                            for c in d.category_ids
                        ),
                        basis,
                    ]
                )
            # Verzet stops sharing without consent there: the worker sees it beside the sharing.
            objected = [
                self.tr("%1 · %2\n%3 · BEZWAAR (verzet): niet delen zonder toestemming")
                .replace("%1", f"{o.objected_at.astimezone(LOCAL_TZ):%d-%m-%Y}")
                .replace("%2", service.catalog.recipient(o.recipient_id).display_name)
                .replace("%3", service.catalog.purpose(o.purpose_id, desk_language()).title)
                for o in service.objections.for_youth(self._youth_id)
            ]
        except ToestemmingError as exc:
            self._show_error(desk_text(exc))
            return
        self.disclosures.clear()
        for day, recipient, purpose, data, basis in rows:
            text = f"{day} · {recipient}\n{purpose} · {data} · " + self.tr("grondslag: %1").replace(
                "%1", basis
            )
            line = QListWidgetItem(text)
            line.setToolTip(text)
            self.disclosures.addItem(line)
        for text in objected:
            line = QListWidgetItem(text)
            line.setToolTip(text)
            self.disclosures.addItem(line)
        self.disclosures_title.setText(
            self.tr("&Verstrekkingen (%1)").replace("%1", str(len(rows)))
            if rows
            else self.tr("&Verstrekkingen (nog niets gedeeld)")
        )

    def clear(self, *, forget_service: bool = False) -> None:
        """Empty every widget; on lock the service is forgotten and open dialogs close."""
        self._youth_id = None
        self._items, self._shown = [], {}
        if forget_service:
            self._service = None
        self._close_dialog()
        for label in (
            self.name_label,
            self.birth_label,
            self.age_label,
            self.school_label,
            self.decides_label,
        ):
            label.clear()
        self._set_rep_lines([])
        self.consents.clear()
        self.disclosures.clear()
        self.error_label.clear()
        self.error_label.hide()
        self.placeholder_label.setText(self._placeholder_text)
        self._stack.setCurrentIndex(0)
        self._update_actions()
        self.current_changed.emit()

    @staticmethod
    def _shown_items(service: Service, items: list[ItemView]) -> dict[int, ConsentItem]:
        """Each item as it was shown to the signer: purpose version, recipient, data."""
        out: dict[int, ConsentItem] = {}
        for request_id in dict.fromkeys(i.request_id for i in items):
            for item in service.consents.request(request_id, desk_language()).items:
                out[item.id] = item
        return out

    def _fill_person(self, youth: Youth) -> None:
        assert self._service is not None
        today = self._service.clock.today()
        age = age_on(youth.birth_date, today)
        self.name_label.setText(youth.display_name)
        self.birth_label.setText(f"{youth.birth_date:%d-%m-%Y}")
        self.age_label.setText(self.tr("%n jaar", "", age))
        school = " / ".join(p for p in (youth.school, youth.programme) if p)
        self.school_label.setText(school or self.tr("(niet ingevuld)"))
        household = Household.load(self._service, youth.id)
        lines: list[tuple[str, str]] = []
        for rep in household.reps:
            role = role_label(rep.role)
            gezag = self.tr("gezag: ja") if rep.has_gezag else self.tr("gezag: nee")
            facts = [role]
            if rep.role in (RepresentativeRole.PARENT, RepresentativeRole.GUARDIAN):
                facts.append(gezag)
            facts += [p for p in (rep.email, rep.phone) if p]
            lines.append((rep.name, " · ".join(facts)))
        self._set_rep_lines(lines)
        req = self._service.consents.who_must_decide(youth.id, today)
        if req.blocked_reason:
            self.decides_label.setText(desk_phrase(req.blocked))
            self.decides_label.setStyleSheet("color: #b3261e;")
        else:
            names = " + ".join(
                " / ".join(household.name(self._service, s, with_role=False) for s in slot.signers)
                for slot in req.slots
            )
            self.decides_label.setText(names)
            self.decides_label.setStyleSheet("")
        self.decides_label.setToolTip(desk_phrase(req.why))

    def _set_rep_lines(self, lines: list[tuple[str, str]]) -> None:
        for label in self.rep_labels:
            # hide() first: a label added on the previous pass is still due to be shown (Qt
            # shows it on the next pass of the event loop), and once without a parent it
            # popped up as a window of its own with a parent's name or e-mail address.
            label.hide()
            label.setParent(None)  # out of the page now (lock forgets everything), deleted later
            label.deleteLater()
        self.rep_labels = []
        if not lines and self._youth_id is not None:
            lines = [(self.tr("Geen vastgelegd."), "")]
        for name, facts in lines:
            for text, secondary in ((name, False), (facts, True)):
                if not text:
                    continue
                # Drawn by itself so that a long address wraps (not selectable: the address
                # is in Wijzigen…, and a selection would not match the drawn lines).
                label = LongWordLabel(text)
                if secondary:
                    label.setContentsMargins(12, 0, 0, 3)
                self.reps_layout.addWidget(label)
                self.rep_labels.append(label)

    def representatives_text(self) -> list[str]:
        return [label.text() for label in self.rep_labels]

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _update_actions(self) -> None:
        has_youth = self._service is not None and self._youth_id is not None
        for action in (
            self.new_request_action,
            self.disclose_action,
            self.add_rep_action,
            self.youth_proof_action,
            self.correct_action,
            self.merge_action,
        ):
            action.setEnabled(has_youth)
        self.proof_button.setEnabled(has_youth)
        self.add_youth_action.setEnabled(self._service is not None)
