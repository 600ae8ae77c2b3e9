"""Signing without a pen or a finger: a signer with a motor impairment, on the keyboard only
(or a switch that sends Tab and Space), reaches the signature page and had no way to sign —
the pad takes only a pointer. Now "Tekenen lukt niet? Typ je naam" (a Tab stop) swaps the pad
for a name field and a tick "my typed name counts as my signature". The core records it as
what it is — a typed name (method "typed-name"), not a drawing — and only as the signer's own
name; the image on the receipt and in the proof says "Getypte naam (geen getekende
handtekening)". Without the tick or with another name nothing is saved and the page says why
in the signer's language. Real vault, real widgets, keys only."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from lang22_support import answer_every_item_yes
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from signing_support import click, mode_with_large_text, three_item_request
from ui_vault import Seeded

from toestemming.errors import ValidationError
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases.signature import Signature, StrokePoint
from ui.signing import SigningMode
from ui.signing.typed_name import typed_name_png


@pytest.fixture
def at_signature(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> Iterator[SigningMode]:
    """Sanne (17) signs alone; every item answered, the summary passed: the signature page."""
    three_item_request(service, seeded.odegaard)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1, QSize(1280, 800)) as m:
        m.activateWindow()
        answer_every_item_yes(qtbot, m)
        click(qtbot, m.summary_page.next_button)
        assert m.stack.currentWidget() is m.sign_page
        yield m


def tab_to(qtbot: QtBot, mode: SigningMode, target: QWidget, most: int = 30) -> None:
    for _ in range(most):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or mode, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def sessions(service: Service) -> int:
    return int(service._ctx.db.query_one("SELECT count(*) FROM signing_sessions")[0])


def type_name(qtbot: QtBot, mode: SigningMode, name: str, tick: bool) -> None:
    page = mode.sign_page
    tab_to(qtbot, mode, page.type_button)
    qtbot.keyClick(page.type_button, Qt.Key.Key_Space)
    assert page.typed.isVisible() and not page.pad.isVisible()
    tab_to(qtbot, mode, page.typed.field)
    qtbot.keyClicks(page.typed.field, name)
    if tick:
        tab_to(qtbot, mode, page.typed.confirm_box)
        qtbot.keyClick(page.typed.confirm_box, Qt.Key.Key_Space)
        assert page.typed.confirm_box.isChecked()
    tab_to(qtbot, mode, page.confirm_button)
    qtbot.keyClick(page.confirm_button, Qt.Key.Key_Return)


def test_a_keyboard_signer_signs_with_a_typed_name(
    qtbot: QtBot, at_signature: SigningMode, service: Service
) -> None:
    mode = at_signature
    mode.sign_page.confirm_button.setFocus()  # where the keys left off, past the pad
    type_name(qtbot, mode, "sanne  ødegaard", tick=True)  # case and spaces aside
    assert mode.stack.currentWidget() is mode.thanks_page, mode.sign_page.error.text()
    row = service._ctx.db.query_one(
        "SELECT signature_evidence_id, strokes_evidence_id FROM signing_sessions"
    )
    record = json.loads(service.evidence.content(int(row[1])))
    assert record["method"] == "typed-name" and record["strokes"] == []
    assert record["typed_name"] == "sanne ødegaard"
    image = QImage.fromData(service.evidence.content(int(row[0])))
    assert not image.isNull() and image.width() > 300  # the name and "Getypte naam" drawn


def test_without_the_tick_nothing_is_saved(
    qtbot: QtBot, at_signature: SigningMode, service: Service
) -> None:
    mode = at_signature
    type_name(qtbot, mode, "Sanne Ødegaard", tick=False)
    assert mode.stack.currentWidget() is mode.sign_page
    assert mode.sign_page.error.text().startswith("Zet eerst het vinkje")
    assert sessions(service) == 0


def test_another_name_is_refused(qtbot: QtBot, at_signature: SigningMode, service: Service) -> None:
    mode = at_signature
    type_name(qtbot, mode, "Mehmet Çelik", tick=True)
    assert mode.stack.currentWidget() is mode.sign_page
    assert mode.sign_page.error.text().startswith("Dit is niet de naam die hierboven staat")
    assert sessions(service) == 0
    # Back to the pad: the typed name and the tick are gone, the pad is there again.
    click(qtbot, mode.sign_page.type_button)
    assert mode.sign_page.pad.isVisible() and not mode.sign_page.typed.isVisible()
    assert mode.sign_page.typed.field.text() == ""


# -- the core, as a forged call would ask it (no tablet in between) ------------------------------


def _typed(name: str, strokes: tuple[tuple[StrokePoint, ...], ...] = ()) -> Signature:
    return Signature(strokes, 0, 0, typed_name_png(name, ["Getypte naam"]), "typed", name)


def test_the_core_takes_a_typed_name_only_as_the_signers_own(
    qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    sample = three_item_request(service, seeded.odegaard)
    session = service.signing.session(sample.request_id)
    texts = {i.item_id: i.texts["nl"][1] for i in session.items}
    answers = {i: "yes" for i in texts}
    special = [i.item_id for i in session.items if i.special]
    sanne = SignerRef.youth(seeded.odegaard)
    now = service.clock.now()

    def sign(signature: Signature) -> object:
        return service.signing.sign_decisions(
            sample.request_id, sanne, "nl", answers, special, texts, signature, now
        )

    line = (StrokePoint(0, 0, 0, 1), StrokePoint(200, 40, 10, 1))
    for forged, message in (
        (_typed("Zoë Çelik"), "tablet-typed-name-mismatch"),  # someone else's name
        (_typed("   "), "tablet-typed-name-missing"),
        (_typed("Sanne Ødegaard", (line,)), "tablet-typed-name-missing"),  # and a drawing
        (_typed("Sanne\u0000Ødegaard"), "tablet-typed-name-missing"),
    ):
        with pytest.raises(ValidationError) as refused:
            sign(forged)
        assert refused.value.message_id == message
    assert sessions(service) == 0
    sign(_typed("Sanne Ødegaard"))
    assert sessions(service) == 1


def test_a_withdrawal_by_typed_name_too(
    qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    """Withdrawing must be as easy as giving: the same typed name withdraws, another does not."""
    item = seeded.given_item  # Zoë's "ja", given by her parents
    people = service.signing.withdrawal_signers(seeded.zoe)
    parent = next(p for p in people if p.role != "youth")
    now = service.clock.now()
    with pytest.raises(ValidationError):
        service.signing.sign_withdrawal([item], parent.signer, "nl", _typed("Iemand Anders"), now)
    done = service.signing.sign_withdrawal([item], parent.signer, "nl", _typed(parent.name), now)
    strokes = json.loads(service.evidence.content(done.strokes_evidence_id))
    assert strokes["method"] == "typed-name"


def test_the_type_button_never_cuts_a_word_of_the_title(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    """An upright tablet (533 px wide): "Tekenen lukt niet? Typ je naam" beside the title
    left it 230 px, and "handtekening" was cut to "handte"."""
    three_item_request(service, seeded.odegaard)
    with mode_with_large_text(qtbot, qapp, service, seeded.odegaard, 1, QSize(533, 853)) as m:
        answer_every_item_yes(qtbot, m)
        click(qtbot, m.summary_page.next_button)
        for _ in range(4):
            QApplication.processEvents()
        for label in (m.sign_page.title, m.sign_page.hint):
            metrics = label.fontMetrics()
            widest = max(metrics.horizontalAdvance(w) for w in label.text().split())
            assert widest <= label.contentsRect().width(), (label.text(), label.width())


def test_the_hint_over_a_typed_name_says_whose_not_how_to_draw(
    qtbot: QtBot, at_signature: SigningMode
) -> None:
    """ "Met je vinger, de pen of de muis" is how to use the pad: over the typed name it only
    confuses. Whose signature it is stays said; back on the pad, how to draw comes back."""
    page = at_signature.sign_page
    how = "Met je vinger, de pen of de muis."
    assert "Sanne" in page.hint.text() and how in page.hint.text()
    click(qtbot, page.type_button)
    assert page.typed.isVisible()
    assert "Sanne" in page.hint.text() and how not in page.hint.text()
    click(qtbot, page.type_button)
    assert page.pad.isVisible() and how in page.hint.text()
