"""Errors from the core in the desk's language: the core gives a message id and parameters,
the desk renders them in the language the worker chose (Instellingen → Taal), in real
dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.service import Service
from ui import crash
from ui.consent.common import DeciderBox, Household
from ui.i18n import desk_language, remove_translators, switch_language
from ui.settings.workers import WorkersPage


@pytest.fixture
def english_desk(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    switch_language(qapp, "en")
    assert desk_language() == "en"
    yield
    switch_language(qapp, "nl")
    remove_translators(qapp)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "after")
    )


def _raised_by(service: Service) -> ToestemmingError:
    """A worker types a reference code with a typo: the core refuses it."""
    with pytest.raises(ToestemmingError) as caught:
        service.consents.request_by_code("TS-????")
    return caught.value


def _shown_text(qtbot: QtBot, exc: BaseException) -> tuple[str, str]:
    """Show the real error dialog (modal, with its own event loop) and read it as the
    worker sees it; closed by a timer so the test does not wait for a click."""
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        box.done(0)

    QTimer.singleShot(0, read_and_close)
    crash.show_error(exc)
    assert seen, "no dialog was shown"
    return seen[0]


def test_an_error_dialog_speaks_english_on_an_english_desk(
    qtbot: QtBot, service: Service, english_desk: None
) -> None:
    error = _raised_by(service)
    assert error.message == "Deze code is niet geldig; controleer de tekens."  # core: Dutch
    title, text = _shown_text(qtbot, error)
    assert text == "This code is not valid; check the characters."
    assert title == "Toestemming — error"


def test_the_same_dialog_speaks_dutch_on_a_dutch_desk(qtbot: QtBot, service: Service) -> None:
    assert desk_language() == "nl"
    _title, text = _shown_text(qtbot, _raised_by(service))
    assert text == "Deze code is niet geldig; controleer de tekens."


def test_a_settings_page_shows_the_cores_refusal_in_english(
    qtbot: QtBot, service: Service, english_desk: None
) -> None:
    """Instellingen → Medewerkers: a worker tries to remove their own key; the core refuses and
    the page says why in the desk's language (the page itself is English after the switch)."""
    page = WorkersPage(service, confirm=lambda _w, _t, _q: True)
    qtbot.addWidget(page)
    page.show()
    page.table.setCurrentIndex(page.model.index(0, 0))  # the worker who is signed in
    assert not page.remove_selected()
    assert page.status_label.text() == "You cannot remove your own key while you are signed in."


def test_who_decides_and_why_reads_english_on_an_english_desk(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock, english_desk: None
) -> None:
    """Zoë is 15 with two parents with gezag: the box the request and answer dialogs show
    explains it in the desk's language, not in Dutch inside an English dialog (issue 21)."""
    box = DeciderBox()
    qtbot.addWidget(box)
    req = service.consents.who_must_decide(seeded.zoe)
    box.show_requirement(req, Household.load(service, seeded.zoe), service, clock.today())
    shown = box.explanation_label.text() + "\n" + box.signers_label.text()
    assert "under 16" in box.explanation_label.text()
    assert "parent with parental authority" in box.signers_label.text()
    for dutch in ("jongere", "ouder met gezag", "beslist", "jonger dan"):
        assert dutch not in shown, shown
    # The Dutch the core still gives (forms, reports) is what it was.
    assert req.explanation.startswith("De jongere is 15 jaar (jonger dan 16)")


def test_the_worklists_read_english_on_an_english_desk(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock, english_desk: None
) -> None:
    """Vandaag's lines come from the core: on an English desk a consent about to expire says so
    in English, not "onderdeel 1 verloopt op …" between English headers."""
    from ui.today_panel import TodayPanel

    clock.set(datetime(2027, 10, 20, 9, 0, tzinfo=UTC))  # Zoë's item 1 ends 01-11-2027
    panel = TodayPanel(service)
    qtbot.addWidget(panel)
    panel.refresh()
    lines = [
        panel.tree.topLevelItem(i).child(j).text(1)
        for i in range(panel.tree.topLevelItemCount())
        for j in range(panel.tree.topLevelItem(i).childCount())
    ]
    assert "item 1 expires on 01-11-2027" in lines, lines
    for dutch in ("onderdeel", "verloopt", "wacht op", "ingetrokken", "ontvanger"):
        assert not any(dutch in line for line in lines), lines


def test_the_reply_reader_explains_its_doubts_in_english_on_an_english_desk(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock, english_desk: None
) -> None:
    """A parent's e-mail that hesitates on item 2 and comes with an attachment: why it cannot
    be recorded (and the note about the attachment) read English, item 2 named as such."""
    from datetime import timedelta

    from test_ui_remote_dialogs import MAIL, _reply

    from toestemming.usecases.consent import ItemSpec
    from ui.remote import ImportReplyDialog

    service.people.update_youth(seeded.mehmet, email=MAIL)
    recipient = service.catalog.recipients()[0]
    category = next(c for c in service.catalog.categories() if not c.special)
    request = service.consents.create_request(
        seeded.mehmet,
        [ItemSpec(p.id, recipient.id, (category.id,)) for p in service.catalog.purposes()[:2]],
    )
    clock.advance(timedelta(hours=1))
    dialog = ImportReplyDialog(service)
    qtbot.addWidget(dialog)
    dialog.load_bytes(_reply(request, clock, "1 ja, 2 misschien"))
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=10_000)
    assert dialog.proposal is not None
    assert dialog.proposal.problems[0].startswith("Onderdeel 2 is onduidelijk")  # core: Dutch
    shown = dialog.view.problems.text()
    assert "Item 2 is unclear: the answer hesitates or postpones" in shown, shown
    assert dialog.view.signer.text() == "young person"  # the core says "jongere"
    for dutch in ("Onderdeel", "onduidelijk", "twijfelt", "misschien'"):
        assert dutch not in shown, shown


def test_the_mail_settings_explain_themselves_in_english(
    qtbot: QtBot, service: Service, english_desk: None
) -> None:
    """Every explanation under an option of Instellingen e-mail reads English on an English
    desk (they were a dict of Dutch strings that never reached Linguist)."""
    from PySide6.QtWidgets import QLabel

    from ui.remote.mail_account_box import HELP
    from ui.remote.settings_dialog import RemoteSettingsDialog

    dialog = RemoteSettingsDialog(service)
    qtbot.addWidget(dialog)
    shown = {
        label.objectName(): label.text()
        for label in dialog.findChildren(QLabel)
        if label.objectName().startswith("help_")
    }
    assert len(shown) == len(HELP)
    for name, text in shown.items():
        assert text != HELP[name[len("help_") :]], name  # translated
        for dutch in (" de ", " het ", " een ", " niet ", "alleen"):
            assert dutch not in f" {text.lower()} ", (name, text)
    assert dialog.account.imap_sender_checked_by.toolTip().startswith("The name of your own")


def test_the_mailbox_count_reads_english_on_an_english_desk(english_desk: None) -> None:
    """Vandaag's mailbox line and the mailbox dialog's header: plain Dutch strings before."""
    from ui.remote.inbox_dialog import waiting_text

    assert waiting_text(1) == "1 reply waiting for confirmation"
    assert waiting_text(3) == "3 replies waiting for confirmation"
