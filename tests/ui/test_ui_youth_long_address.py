"""A parent with a very long e-mail address (a municipality's department mailbox) on the
youth's page: the address wraps inside the page's column, whole and readable; it does not
widen the page and squeeze the youth list beside it to a sliver (it did: 194 of 1020 px on
a 1024×600 netbook, and at 200 % text the page's own buttons were cut off at the right)."""

from __future__ import annotations

from consent_fixtures import desk
from probe_checks import no_sideways_scroll, text_not_cut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.main_window import MainWindow

__all__ = ["desk"]

LONG = "ouder.met.een.heel.lange.naam.en.afdeling@gemeente-utrechtse-heuvelrug.example.nl"


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def test_a_long_parent_address_wraps_and_leaves_the_list_its_room(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    desk.resize(1020, 562)  # a 1024×600 netbook, maximised
    desk.detail.show_youth(seeded.zoe)
    _settle()
    list_before = desk.table.width()
    parent = service.people.representatives(seeded.zoe)[1]
    service.people.update_representative(parent.id, name=parent.name, email=LONG)
    desk.detail.show_youth(seeded.mehmet)
    desk.detail.show_youth(seeded.zoe)
    _settle()
    assert desk.table.width() >= list_before - 10, (list_before, desk.table.width())
    assert any(LONG in t for t in desk.detail.representatives_text())
    cut = no_sideways_scroll(desk.detail) + text_not_cut(desk.detail)
    assert cut == []
    # Every line of the address inside the page's visible column.
    column = desk.detail.rect()
    for label in desk.detail.rep_labels:
        right = label.mapTo(desk.detail, label.rect().topRight()).x()
        assert right <= column.right(), (label.text(), right, column.right())


def test_verzoek_mailen_fits_a_netbook_with_a_long_address_at_large_text(
    qtbot: QtBot, qapp: QApplication, service: Service, seeded: Seeded
) -> None:
    """The Aan list names each person with their address: at 200 % text the long one made
    the dialog 1527 px wide, off a 1024×600 screen (its buttons out of reach)."""
    from PySide6.QtGui import QFont

    from ui.remote.send_dialog import SendRequestDialog

    parent = service.people.representatives(seeded.zoe)[1]
    service.people.update_representative(parent.id, name=parent.name, email=LONG)
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    try:
        request = service.consents.requests_for_youth(seeded.zoe)[0].id
        dialog = SendRequestDialog(service, request, open_url=False)
        qtbot.addWidget(dialog)
        entries = [dialog.to.itemText(i) for i in range(dialog.to.count())]
        assert any(LONG in e for e in entries)  # the address is still there to choose
        assert dialog.minimumSizeHint().width() <= 1024 - 16, dialog.minimumSizeHint()
    finally:
        qapp.setFont(normal)
