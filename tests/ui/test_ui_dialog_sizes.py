"""Every dialog fits a 1366×768 laptop with its buttons visible: it opens no larger than the
room left by the taskbar and title bar (ui/screen_fit.DESK_BUDGET), its content cannot force
it larger, and every button it shows lies inside the window (content scrolls, buttons stay).

Each dialog is opened the way the desk opens it, on the real test vault."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
import shiboken6
from consent_fixtures import desk
from probe_checks import in_scroll_area
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_ui_desk_keyboard import activate
from ui_vault import Seeded

from toestemming.service import Service
from ui.activity_log import ActivityLogDialog
from ui.backup.auto_backup_dialog import AutoBackupDialog
from ui.backup.backup_dialog import BackupDialog
from ui.backup.restore_dialog import RestoreDialog
from ui.csv_import import CsvImportDialog
from ui.forms.proof_export import ProofExportDialog
from ui.main_window import MainWindow
from ui.qualification import QualificationDialog
from ui.remote.import_dialog import ImportReplyDialog
from ui.remote.inbox_dialog import InboxDialog
from ui.remote.message_dialog import RecordMessageDialog
from ui.remote.pending_dialog import PendingRemoteDialog
from ui.remote.qr_dialog import QrDialog
from ui.remote.send_dialog import SendRequestDialog
from ui.remote.settings_dialog import RemoteSettingsDialog
from ui.retention import EraseDialog, LeftDialog
from ui.screen_fit import DESK_BUDGET, DialogFitter
from ui.settings.categories import AddCategoryDialog
from ui.settings.dialog import SettingsDialog
from ui.settings.purposes import PurposeDialog
from ui.settings.recipients import AddRecipientDialog
from ui.settings.workers import AddWorkerDialog, ChangePassphraseDialog
from ui.setup.create_vault import CreateVaultDialog
from ui.unlock import UnlockDialog

__all__ = ["desk"]

Opener = Callable[[MainWindow, Service, Seeded, Path], QDialog | None]


def _page(open_: Callable[[MainWindow, Seeded], QDialog | None]) -> Opener:
    def opener(win: MainWindow, _s: Service, seeded: Seeded, _t: Path) -> QDialog | None:
        win.detail.show_youth(seeded.zoe)
        return open_(win, seeded)

    return opener


def _own(make: Callable[[Service, Seeded, Path], QDialog]) -> Opener:
    def opener(win: MainWindow, service: Service, seeded: Seeded, tmp: Path) -> QDialog:
        dialog = make(service, seeded, tmp)
        dialog.setParent(win, dialog.windowFlags())
        return dialog

    return opener


def _request(service: Service, seeded: Seeded) -> int:
    return service.consents.requests_for_youth(seeded.zoe)[0].id


DIALOGS: dict[str, Opener] = {
    "jongere toevoegen": _page(lambda w, s: w.detail.open_add_youth()),
    "ouder toevoegen": _page(lambda w, s: w.detail.open_add_representative()),
    "samenvoegen": _page(lambda w, s: w.detail.open_merge()),
    "gegevens wijzigen": _page(lambda w, s: w.detail.open_corrections()),
    "nieuw verzoek": _page(lambda w, s: w.detail.open_new_request()),
    "beslissing vastleggen": _page(lambda w, s: w.detail.open_record_decision(s.requested_item)),
    "intrekken": _page(lambda w, s: w.detail.open_withdraw(s.given_item)),
    "geschiedenis": _page(lambda w, s: w.detail.open_history(s.given_item)),
    "gegevens delen": _page(lambda w, s: w.detail.open_disclose(s.given_item)),
    "papieren formulier (PDF-voorbeeld)": _page(
        lambda w, s: w.detail.open_paper_form(s.requested_item)
    ),
    "inzage (PDF-voorbeeld)": _page(lambda w, s: w.detail.open_inzage()),
    "transitieformulier": _page(lambda w, s: w.detail.open_transition_form()),
    "bewijs exporteren": _own(
        lambda svc, s, t: ProofExportDialog(svc, item_id=s.given_item, directory=t)
    ),
    "verzoek op afstand": _own(
        lambda svc, s, t: SendRequestDialog(svc, _request(svc, s), open_url=False)
    ),
    "QR-code": _own(lambda svc, s, t: QrDialog(svc, _request(svc, s))),
    "antwoord inlezen": _own(lambda svc, s, t: ImportReplyDialog(svc)),
    "bericht vastleggen": _own(lambda svc, s, t: RecordMessageDialog(svc)),
    "wachtende verzoeken": _own(lambda svc, s, t: PendingRemoteDialog(svc)),
    "instellingen e-mail": _own(lambda svc, s, t: RemoteSettingsDialog(svc)),
    "CSV-import": _own(lambda svc, s, t: CsvImportDialog(svc)),
    "instellingen": _own(lambda svc, s, t: SettingsDialog(svc)),
    "ontvanger toevoegen": _own(lambda svc, s, t: AddRecipientDialog(svc)),
    "doel toevoegen": _own(lambda svc, s, t: PurposeDialog(svc)),
    "categorie toevoegen": _own(lambda svc, s, t: AddCategoryDialog(svc)),
    "medewerker toevoegen": _own(lambda svc, s, t: AddWorkerDialog(svc)),
    "wachtwoordzin wijzigen": _own(lambda svc, s, t: ChangePassphraseDialog(svc)),
    "reservekopie maken": _own(lambda svc, s, t: BackupDialog(svc, t)),
    "automatische reservekopie": _own(lambda svc, s, t: AutoBackupDialog(svc)),
    "reservekopie terugzetten": _own(lambda svc, s, t: RestoreDialog(t)),
    "uitstroom": _own(lambda svc, s, t: LeftDialog(svc, s.zoe)),
    "startkwalificatie": _own(lambda svc, s, t: QualificationDialog(svc, s.zoe)),
    "wissen": _own(lambda svc, s, t: EraseDialog(svc, s.zoe)),
    "logboek": _own(lambda svc, s, t: ActivityLogDialog(svc)),
    "antwoorden uit de mailbox": _own(lambda svc, s, t: InboxDialog(svc)),
    "kluis maken": _own(lambda svc, s, t: CreateVaultDialog(t / "nieuw.tvault")),
    "ontgrendelen": _own(lambda svc, s, t: UnlockDialog(t / "v.tvault")),
}


@pytest.fixture(params=sorted(DIALOGS))
def opened(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    desk: MainWindow,
    service: Service,
    seeded: Seeded,
    tmp_path: Path,
) -> Iterator[QDialog]:
    dialog = DIALOGS[request.param](desk, service, seeded, tmp_path)
    if dialog is None:
        dialog = desk.detail.dialog
    assert isinstance(dialog, QDialog), request.param
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(3):
        QApplication.processEvents()
    yield dialog
    if shiboken6.isValid(dialog):  # the page closes its own dialogs with the window
        dialog.reject()


def test_dialog_fits_1366x768_with_its_buttons_visible(opened: QDialog) -> None:
    size, budget = opened.size(), DESK_BUDGET
    assert size.width() <= budget.width() and size.height() <= budget.height(), size
    hint = opened.minimumSizeHint()
    assert hint.height() <= budget.height(), f"content forces {hint.height()} px"
    assert hint.width() <= budget.width(), f"content forces {hint.width()} px"
    window = opened.rect()
    for button in opened.findChildren(QAbstractButton):
        if not button.isVisibleTo(opened) or in_scroll_area(button, opened):
            continue
        rect = QRect(button.mapTo(opened, button.rect().topLeft()), button.size())
        assert window.contains(rect), f"{button.text()!r} at {rect} outside {window}"


def test_any_dialog_shown_is_capped_by_the_application_filter(qtbot: QtBot) -> None:
    from ui.app import create_application

    app = create_application()
    create_application()  # twice: still one filter, installed after the first window
    qtbot.waitUntil(lambda: bool(app.findChildren(DialogFitter)))
    assert len(app.findChildren(DialogFitter)) == 1
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1800, 1200)  # a dialog written without fit_to_screen
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= DESK_BUDGET.width() and dialog.height() <= DESK_BUDGET.height()


def _top_left(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())


def test_dialog_opens_with_focus_on_its_form_and_tabs_in_reading_order(
    qtbot: QtBot, opened: QDialog
) -> None:
    activate(opened)
    first = opened.focusWidget()
    assert first is not None, "no focus in the dialog"
    if isinstance(first, QAbstractButton):
        label = first.text().replace("&", "")
        assert label not in ("Annuleren", "Sluiten", "Cancel", "Close"), "focus on Cancel"
    seen: list[QWidget] = [first]
    for _ in range(60):
        widget = seen[-1]
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        nxt = opened.focusWidget()
        assert nxt is not None
        if nxt is first or nxt in seen:
            break
        seen.append(nxt)
    # The focus starts at the top of the form (typing "Sam" must not land in a box below),
    # except where a typed confirmation is the point (Gegevens wissen).
    form = [
        w
        for w in seen
        if not in_scroll_area(w, opened) and not isinstance(w.parentWidget(), QDialogButtonBox)
    ]
    if form and not isinstance(opened, EraseDialog):
        top = min(_top_left(w, opened).top() for w in form)
        assert _top_left(first, opened).top() <= top + 5, f"focus starts at {first!r}, not on top"
    # Reading order: Tab never jumps back up to the left (a later column may start higher),
    # except from the buttons at the end of the form round to its top.
    for a, b in pairwise(seen):
        ra, rb = _top_left(a, opened), _top_left(b, opened)
        if in_scroll_area(a, opened) or in_scroll_area(b, opened):
            continue
        if isinstance(a.parentWidget(), QDialogButtonBox):
            continue
        backwards = rb.bottom() < ra.top() and rb.left() < ra.left()
        assert not backwards, f"Tab from {a!r} {ra} jumps back to {b!r} {rb}"


def _mnemonic(text: str) -> str | None:
    """The Alt-letter of a caption: the character after a single '&' ('&&' is a literal &)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def _captions(dialog: QDialog) -> list[tuple[str, str]]:
    """(letter, caption) of every Alt-key the user can reach in the shown page of the dialog:
    visible buttons, labels with a buddy, and the tabs of tab bars."""
    from PySide6.QtWidgets import QGroupBox, QLabel, QTabWidget

    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        letter = _mnemonic(text)
        if letter is not None:
            found.append((letter, text))

    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog):
            add(button.text())
    for label in dialog.findChildren(QLabel):
        if label.isVisibleTo(dialog) and label.buddy() is not None:
            add(label.text())
    for box in dialog.findChildren(QGroupBox):
        if box.isVisibleTo(dialog) and box.isCheckable():
            add(box.title())
    for tabs in dialog.findChildren(QTabWidget):
        if tabs.isVisibleTo(dialog):
            for i in range(tabs.count()):
                add(tabs.tabText(i))
    return found


def test_no_two_alt_keys_of_a_dialog_share_a_letter(opened: QDialog) -> None:
    """Alt+letter must reach one field: two captions with the same letter make the key jump
    between them (or, for buttons, press the first one) — a worker typing fast loses work."""
    by_letter: dict[str, list[str]] = {}
    for letter, caption in _captions(opened):
        by_letter.setdefault(letter, []).append(caption)
    clashes = {k: v for k, v in by_letter.items() if len(v) > 1}
    assert not clashes, (clashes, "".join(sorted(by_letter)))
