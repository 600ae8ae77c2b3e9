"""The desk's words: purpose titles in the worker's language whatever language a request was
asked in, real plural forms, and user text with "&" (a recipient called "Werk & Inkomen")
shown as typed on every button, check box and label that would read it as a mnemonic."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from consent_fixtures import desk
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.words import plural
from ui.main_window import MainWindow
from ui.signing.mode import SigningMode
from ui.user_text import for_mnemonic, for_rich, shown_with_mnemonics

__all__ = ["desk"]

RECIPIENT = "Werk & Inkomen"
CATEGORY = "Zorg & welzijn"
PARENT = "Jan & Els de Boer"
USER_TEXTS = (RECIPIENT, CATEGORY, PARENT)


def test_plural_helper() -> None:
    assert plural(1, "%n dag", "%n dagen") == "1 dag"
    assert plural(0, "%n dag", "%n dagen") == "0 dagen"
    assert plural(2, "%n ontvanger", "%n ontvangers") == "2 ontvangers"


def test_escaping_helpers() -> None:
    assert for_mnemonic("Werk & Inkomen") == "Werk && Inkomen"
    assert shown_with_mnemonics(for_mnemonic("A && B & C")) == "A && B & C"
    assert shown_with_mnemonics("Werk & Inkomen") != "Werk & Inkomen"  # the bug it prevents
    assert for_rich("<b>Werk & Inkomen</b>") == "&lt;b&gt;Werk &amp; Inkomen&lt;/b&gt;"


def shown(widget: QWidget) -> list[str]:
    """The texts a person sees on `widget` and its children, as Qt draws them."""
    out: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QAbstractButton):
            out.append(shown_with_mnemonics(w.text()))
        elif isinstance(w, QGroupBox):
            out.append(shown_with_mnemonics(w.title()))
        elif isinstance(w, QLabel):
            text = w.text()
            if w.buddy() is not None:
                text = shown_with_mnemonics(text)
            out.append(text)
    return out


def assert_user_text_intact(widget: QWidget) -> None:
    """Every text that mentions one of the user texts shows it whole."""
    words = [t.split("&")[-1].strip().split()[0] for t in USER_TEXTS]  # Inkomen, welzijn, Els
    mentions = [t for t in shown(widget) if any(w in t for w in words)]
    assert mentions, "the user text does not appear at all"
    for text in mentions:
        assert any(u in text for u in USER_TEXTS) or not re.search(r"\w\s{2,}\w", text), text
        for user, word in zip(USER_TEXTS, words, strict=True):
            if word in text:
                assert user in text, f"{user!r} shown as {text!r}"


@pytest.fixture
def ampersand_request(service: Service, seeded: Seeded) -> Iterator[tuple[int, int]]:
    c = service.catalog
    recipient = c.add_recipient(RECIPIENT, "gemeente", "Participatie")
    purpose = c.add_purpose("werk-en", "Werk & inkomen regelen", "Zodat de gemeente helpt.")
    c.revise_purpose(purpose.id, "Arranging work and income", "So the council helps.", "en")
    care = c.add_category("zorg-en", CATEGORY, "Zorg", "wat", True, "Care & wellbeing")
    youth = service.people.add_youth(
        given_name="Noor", family_name="Visser", birth_date="01-01-2012"
    )
    parent = service.people.add_representative(youth.id, PARENT, "parent", True)
    request = service.consents.create_request(
        youth.id, [ItemSpec(purpose.id, recipient.id, (care.id,))], language="en"
    )
    yield youth.id, request.id
    del parent


def test_english_request_reads_dutch_on_a_dutch_desk(
    qtbot: QtBot, desk: MainWindow, service: Service, ampersand_request: tuple[int, int]
) -> None:
    youth_id, _request_id = ampersand_request
    desk.detail.show_youth(youth_id)
    texts = shown(desk.detail)
    assert any("Werk & inkomen regelen — Werk & Inkomen" in t for t in texts), texts
    assert not any("Arranging work" in t for t in texts)
    assert any(CATEGORY in t for t in texts)


def test_user_text_on_the_youth_page_and_the_decision_dialog(
    qtbot: QtBot, desk: MainWindow, service: Service, ampersand_request: tuple[int, int]
) -> None:
    youth_id, request_id = ampersand_request
    desk.detail.show_youth(youth_id)
    assert_user_text_intact(desk.detail)
    dialog = desk.detail.open_record_decision(request_id=request_id)
    assert dialog is not None
    assert_user_text_intact(dialog)
    titles = shown(dialog)  # the worker's language; the request text itself stays English
    assert any("Werk & inkomen regelen" in t for t in titles), titles
    assert not any("Arranging work" in t for t in titles)


def test_user_text_in_the_withdraw_dialog(
    qtbot: QtBot, desk: MainWindow, service: Service, ampersand_request: tuple[int, int]
) -> None:
    youth_id, request_id = ampersand_request
    item = service.consents.request(request_id).items[0]
    rep = service.people.representatives(youth_id)[0]
    service.consents.record_decisions(
        request_id,
        SignerRef.representative(rep.id),
        {item.id: "yes"},
        "desk",
        special_ack=(item.id,),
    )
    desk.detail.show_youth(youth_id)
    dialog = desk.detail.open_withdraw(item.id)
    assert dialog is not None
    assert_user_text_intact(dialog)


def test_user_text_in_signing_mode(
    qtbot: QtBot, service: Service, ampersand_request: tuple[int, int]
) -> None:
    _youth_id, request_id = ampersand_request
    mode = SigningMode(service, request_id)
    qtbot.addWidget(mode)
    mode.present(full_screen=False)
    mode.resize(1024, 768)
    qtbot.waitExposed(mode)
    try:
        # The parent signs alone: the mode opens on item 1; "Vorige" shows the start page.
        mode.item_page.back_button.click()
        texts = shown(mode.who_page)
        assert any(PARENT in t for t in texts), texts
        mode.who_page.buttons[0].click()
        QApplication.processEvents()
        assert_user_text_intact(mode.item_page)
    finally:
        mode._unlocked = True  # close without the passphrase
        mode.idle.stop()
        mode.close()
