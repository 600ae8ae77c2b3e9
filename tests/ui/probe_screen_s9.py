"""The session-9 probe on the screen this process has (not collected by itself:
test_ui_probe_s9.py runs it in a child process whose offscreen platform has one screen of the
size under test, maybe scaled by QT_SCALE_FACTOR, and PROBE_LANG the desk's language).

Every window class of ui/ (probe_s9.window_classes, found in the code) must be opened here:
the main window (list and youth page), every dialog the desk opens (test_ui_dialog_sizes.
DIALOGS and the ones below) and signing mode, page by page. Each is checked with
probe_checks.probe and probe_s9.probe_more. With PROBE_SHOTS set, every window with a problem
(and the main window; with PROBE_SHOTS_ALL every window) is saved there as PNG."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from consent_fixtures import activate, desk
from probe_checks import probe
from probe_child import step as said
from probe_s9 import buttons_painted, probe_more, window_classes
from probe_screen_s6 import EXTRA
from probe_texts import open_windows, texts_cut, visible_texts
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from test_ui_dialog_sizes import DIALOGS, Opener, _own, _page
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from ui.background import wait_for_tasks
from ui.clock_ahead_dialog import ClockAheadDialog
from ui.consent.disclose import DiscloseDialog
from ui.consent.new_request import NewRequestDialog
from ui.consent.objection import ObjectionDialog
from ui.font_size import scaled
from ui.forms import open_paper_consent
from ui.i18n import desk_language, remove_translators, switch_language
from ui.main_window import MainWindow
from ui.qualification_take_back import QualificationTakeBackDialog
from ui.retention_hold import DisputeDialog
from ui.screen_fit import available
from ui.settings.categories import EnglishNameDialog
from ui.settings.legal_duty import LegalDutyDialog
from ui.settings.recipients import RecipientTextsDialog
from ui.settings.recovery_key import NewRecoveryKeyDialog
from ui.signing import SigningMode

__all__ = ["desk"]


def _request_made(win: MainWindow, seeded: Seeded) -> QDialog | None:
    """The new-request dialog's second page: "how do you want to ask?" (its state after
    Aanmaken; shown here for the youth's open request)."""
    dialog = win.detail.open_new_request()
    service = win.detail._service
    assert dialog is not None and service is not None
    dialog._show_done(service.consents.requests_for_youth(seeded.zoe)[0])
    return dialog


def _other_language(service: Service) -> QDialog:
    """Nieuw verzoek for a youth whose mother reads Arabic, with a Dutch item chosen: the
    language warning under the options (a youth of its own: Zoë's household stays as it is)."""
    today = service.clock.today()
    amal = service.people.add_youth(
        given_name="Amal", family_name="Haddad", birth_date=f"{today.year - 14}-01-01"
    )
    service.people.add_representative(amal.id, "Rania Haddad", "parent", True, language="ar")
    service.people.add_representative(amal.id, "Karim Haddad", "parent", True, language="nl")
    dialog = NewRequestDialog(service, amal.id)
    work, uwv = service.catalog.purposes()[0], service.catalog.recipients()[0]
    dialog.add_items([ItemSpec(work.id, uwv.id, (service.catalog.categories()[0].id,))])
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    assert not dialog.language_warning.isHidden()
    return dialog


def _paper_other_language(service: Service) -> QDialog:
    """Papieren formulier for a Dutch request whose reader (a mother) reads Arabic: the
    language warning above the form (a youth of its own, as _other_language)."""
    today = service.clock.today()
    nour = service.people.add_youth(
        given_name="Nour", family_name="Haddad", birth_date=f"{today.year - 14}-01-01"
    )
    service.people.add_representative(nour.id, "Rania Haddad", "parent", True, language="ar")
    work, uwv = service.catalog.purposes()[0], service.catalog.recipients()[0]
    request = service.consents.create_request(
        nour.id, [ItemSpec(work.id, uwv.id, (service.catalog.categories()[0].id,))]
    )
    dialog = open_paper_consent(service, request.id)
    assert dialog is not None and not dialog.warning.isHidden()
    return dialog


def _weighing_shown(win: MainWindow, seeded: Seeded) -> QDialog | None:
    """Gegevens delen without consent covering it: the weighing (stappenplan) shows, with
    its check boxes (its long "Stap 3: alleen buitenkantinformatie" never wrapped)."""
    dialog = win.detail.open_disclose()
    assert isinstance(dialog, DiscloseDialog)
    for combo, text in ((dialog.recipient_combo, "RBL"), (dialog.purpose_combo, "Overstap")):
        combo.setCurrentIndex(combo.findText(text, Qt.MatchFlag.MatchStartsWith))
    next(iter(dialog.category_boxes.values())).setChecked(True)
    dialog.update_answer()
    assert not dialog.weighing.isHidden()
    return dialog


MORE: dict[str, Opener] = {
    "gegevens delen: afweging": _page(_weighing_shown),
    "nieuw verzoek: hoe vragen": _page(_request_made),
    "ontvangers melden": _page(lambda w, s: w.detail.open_notify(s.given_item)),
    "mening van de jongere": _page(lambda w, s: w.detail.open_youth_view(s.given_item)),
    "engelse naam van een categorie": _own(
        lambda svc, s, t: EnglishNameDialog(svc, svc.catalog.categories()[0])
    ),
    "beschrijving per taal": _own(
        lambda svc, s, t: RecipientTextsDialog(svc, svc.catalog.recipients()[0])
    ),
    "nieuwe herstelsleutel": _own(lambda svc, s, t: _recovery_key_shown(svc)),
    "wettelijke plicht": _own(lambda svc, s, t: LegalDutyDialog(svc, svc.catalog.purposes()[0])),
    "startkwalificatie terugnemen": _own(lambda svc, s, t: QualificationTakeBackDialog(svc, s.zoe)),
    "datum van vandaag (klok ver vooruit)": _own(lambda svc, s, t: ClockAheadDialog(svc)),
    "geschil over de gegevens": _own(lambda svc, s, t: DisputeDialog(svc, s.odegaard)),
    "nieuw verzoek: een ouder leest een andere taal": _own(lambda svc, s, t: _other_language(svc)),
    "papieren formulier: een ouder leest een andere taal": _own(
        lambda svc, s, t: _paper_other_language(svc)
    ),
    "bezwaar (verzet)": _own(
        lambda svc, s, t: ObjectionDialog(
            svc, s.zoe, svc.catalog.recipients()[0].id, svc.catalog.purposes()[0].id
        )
    ),
}


# What a dialog asks for (fit_to_screen's width), where it has been widened before.
WISHED_WIDTH = {"nieuw verzoek": 940, "nieuw verzoek: hoe vragen": 940}


def _recovery_key_shown(service: Service) -> QDialog:
    """As after Herstelsleutel vernieuwen (a made-up key: the probe looks at the layout);
    'kept' ticked so that the probe may close it."""
    dialog = NewRecoveryKeyDialog(service, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
    dialog.confirm_box.setChecked(True)
    return dialog


@pytest.fixture(autouse=True)
def language(qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The desk's language before any window is built (the worker's choice in Instellingen)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    chosen = os.environ.get("PROBE_LANG", "nl")
    # Arabic (ui26): the desk has no Arabic texts; the desk in Dutch laid out right to left
    # (as on a Windows set to Arabic), and signing mode in Arabic.
    desk = "nl" if chosen == "ar" else chosen
    switch_language(qapp, desk)
    assert desk_language() == desk
    if chosen == "ar":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    normal = qapp.font()
    if os.environ.get("PROBE_FONT_PX"):  # a system font given in pixels (Linux desktops, 16 px)
        pixels = QFont(normal)
        pixels.setPixelSize(int(os.environ["PROBE_FONT_PX"]))
        qapp.setFont(pixels)
    if os.environ.get("PROBE_FONT"):  # the system's "make text bigger", as Qt sees it
        qapp.setFont(scaled(qapp.font(), float(os.environ["PROBE_FONT"])))
    yield chosen
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(normal)
    switch_language(qapp, "nl")
    remove_translators(qapp)


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


class Findings:
    def __init__(self) -> None:
        self.problems: dict[str, list[str]] = {}
        self.covered: set[type[QWidget]] = set()
        self.words = 0
        self.shots = os.environ.get("PROBE_SHOTS")
        self.tag = f"{os.environ['PROBE_SCREEN']}_{os.environ.get('PROBE_LANG', 'nl')}"

    def check(self, what: str, top: QWidget, room: QSize, *, shot: bool = False) -> None:
        """Probe `top`, and every page of each of its tab widgets (Instellingen's pages)."""
        self._check_one(what, top, room, shot)
        for tabs in top.findChildren(QTabWidget):
            if not tabs.isVisible() or tabs.window() is not top:
                continue
            first = tabs.currentIndex()
            for i in range(tabs.count()):
                if i != first and tabs.isTabEnabled(i):
                    tabs.setCurrentIndex(i)
                    settle()
                    self._check_one(f"{what} › {tabs.tabText(i)}", top, room, shot)
            tabs.setCurrentIndex(first)

    def _check_one(self, what: str, top: QWidget, room: QSize, shot: bool) -> None:
        said(f"{what}: {type(top).__name__}")
        activate(top)  # type: ignore[arg-type]
        picture = top.grab()  # as it opens, before the Tab walk moves focus and scrolling
        found = buttons_painted(top, picture) + probe(top, room) + probe_more(top)
        # Every word of every window open now read (the text collection that crashed in
        # Arabic at a 16 px font), and none cut off in the one looked at.
        for other in open_windows():
            self.words += len(visible_texts(other))
        found += texts_cut(top)
        self.problems[what] = found
        self.covered.add(type(top))
        if self.shots and (found or shot or os.environ.get("PROBE_SHOTS_ALL")):
            safe = "".join(c if c.isalnum() else "_" for c in what)
            picture.save(str(Path(self.shots) / f"{self.tag}_{safe}.png"))

    def no_wider(self, what: str, dialog: QWidget) -> None:
        """A dialog opens at the width it asks for when the screen has room for it and the
        text is the usual size: Nieuw verzoek asked 940 px and opened 1060 on a 1366×768
        laptop (widened for lines its text did not need)."""
        wished = WISHED_WIDTH.get(what)
        if wished is None or os.environ.get("PROBE_FONT"):
            return
        if available(dialog).width() >= wished and dialog.width() > wished:
            self.problems[what].append(f"opens {dialog.width()} px wide, asks {wished}")

    def report(self) -> str:
        found = {k: v for k, v in self.problems.items() if v}
        return "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in found.items())


def _signing_pages(
    findings: Findings, qtbot: QtBot, service: Service, seeded: Seeded, room: QSize
) -> None:
    """Signing mode as the tablet shows it: full screen, each page a signer sees."""
    request = service.consents.requests_for_youth(seeded.zoe)[0].id
    if os.environ.get("PROBE_LANG") == "ar":
        request = _arabic_request(service, seeded)
    mode = SigningMode(service, request, FixedClock(service.clock.now()))
    qtbot.addWidget(mode)
    mode.present(full_screen=True)
    qtbot.waitExposed(mode)
    settle()
    if os.environ.get("PROBE_LANG") == "ar":
        mode.set_language("ar")  # right to left
        settle()
        assert mode.layoutDirection() == Qt.LayoutDirection.RightToLeft
    try:
        for what, step in signing_steps(mode):
            step()
            settle()
            # As the page opens: the Tab walk of the check scrolls the names into view.
            hidden = _names_in_view(mode) if what == "wie ben jij" else []
            findings.check(f"tablet: {what}", mode, room)
            findings.problems[f"tablet: {what}"] += hidden
    finally:
        mode._unlocked = True
        mode.idle.stop()
        mode.close()


def signing_steps(mode: SigningMode) -> list[tuple[str, Callable[[], object]]]:
    """Each page a signer sees, in order: (name, the step that brings it up)."""
    return [
        ("wie ben jij", lambda: None),
        ("onderdeel", lambda: mode.choose_signer(mode.model.people[0])),
        ("samenvatting", mode.show_summary),
        ("ondertekenen", mode._enter_signature),
        ("begeleider", mode.ask_passphrase),
        ("intrekken: wie", mode.start_withdrawal),
        ("intrekken: wat", lambda: mode.choose_withdrawer(mode.model.withdraw_people[0])),
    ]


def _arabic_request(service: Service, seeded: Seeded) -> int:
    """A request for Zoë with an Arabic text: signing mode in Arabic, right to left."""
    catalog = service.catalog
    work = catalog.purposes()[0]
    catalog.revise_purpose(work.id, "الإرشاد إلى العمل", "لكي يساعدك مكتب UWV في إيجاد عمل.", "ar")
    spec = ItemSpec(work.id, catalog.recipients()[-1].id, (catalog.categories()[0].id,))
    return service.consents.create_request(seeded.zoe, [spec]).id


def _names_in_view(mode: SigningMode) -> list[str]:
    """As "Wie ben jij?" opens, the first name is whole in view and every other name starts
    in view (at 1024×600 with 200 % text the names lay below the fold, the first cut in half;
    at 1280×720 with 200 % text the second still ends below it and scrolls)."""
    page = mode.who_page
    viewport = page.people_scroll.viewport()
    problems = []
    for n, b in enumerate(page.buttons):
        place = QRect(b.mapTo(viewport, b.rect().topLeft()), b.size())
        seen = viewport.rect().contains(place if n == 0 else place.topLeft() + QPoint(0, 40))
        if not seen:
            problems.append(f"{b.text()!r} not in view ({place.getRect()})")
    return problems


def test_every_window_fits_this_screen(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    screen = QGuiApplication.primaryScreen()
    size = screen.size()
    assert f"{size.width()}x{size.height()}" == os.environ["PROBE_LOGICAL"], size
    findings = Findings()
    # Maximised: the whole screen less a title bar and the frame.
    frame = desk.frameGeometry().width() - desk.width()
    room = screen.availableGeometry().size() - QSize(frame, 38)
    desk.move(screen.availableGeometry().topLeft())
    desk.resize(room)
    settle()
    findings.check("hoofdvenster", desk, room, shot=True)
    desk.detail.show_youth(seeded.zoe)
    settle()
    findings.check("jongerenpagina", desk, room, shot=True)

    for what, opener in sorted({**DIALOGS, **EXTRA, **MORE}.items()):
        desk.detail.show_youth(seeded.zoe)
        dialog = opener(desk, service, seeded, tmp_path)
        if dialog is None:
            dialog = desk.detail.dialog
        assert isinstance(dialog, QDialog), what
        dialog.show()
        qtbot.waitExposed(dialog)
        # What a dialog loads off the GUI thread (the notification list) is on screen first.
        wait_for_tasks(20)
        settle()
        findings.check(what, dialog, available(dialog))
        findings.no_wider(what, dialog)
        if shiboken6.isValid(dialog):
            dialog.reject()
        settle()

    _signing_pages(findings, qtbot, service, seeded, screen.availableGeometry().size())

    missing = sorted(c.__qualname__ for c in window_classes() - findings.covered)
    report = findings.report()
    print(f"\n{findings.tag}: {len(findings.problems)} windows, {findings.words} texts read")
    assert not missing and not report, f"on {findings.tag}, never opened: {missing}\n{report}"
