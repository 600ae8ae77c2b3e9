"""The main window: search-as-you-type, the youth's page, today's worklists and locking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from ui.app import build_main_window
from ui.main_window import MainWindow

PERSONAL = ("Zoë", "Çelik", "Ødegaard", "Daan", "Reeks", "12-03-2011", "Anna")


@pytest.fixture
def window(qtbot: QtBot, service: Service) -> Iterator[MainWindow]:
    win = build_main_window(service)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type like a user. QTest's keyClicks aborts on characters outside its ASCII key table
    (such as "ë"), so those are sent as key events carrying the character."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


def names(win: MainWindow) -> list[str]:
    return [win.model.index(r, 0).data() for r in range(win.model.rowCount())]


def select(win: MainWindow, youth_id: int) -> None:
    row = win.model.row_of(youth_id)
    assert row is not None
    win.table.setCurrentIndex(win.model.index(row, 0))


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget below `root` holds (labels, fields, tree items, window title)."""
    out = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        out.append(label.text())
    for field in root.findChildren(QLineEdit):
        out.append(field.text())
    for button in root.findChildren(QAbstractButton):
        out.append(button.text())
    for tree in root.findChildren(QTreeWidget):
        stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.extend(item.text(c) for c in range(tree.columnCount()))
            stack.extend(item.child(i) for i in range(item.childCount()))
    return out


def test_title_status_bar_and_start_state(window: MainWindow) -> None:
    assert window.windowTitle() == "Toestemming — Testschool"
    assert window.worker_label.text() == "Medewerker: Anna"
    assert window.search_field.placeholderText() == "Zoek op naam, geboortedatum of school…"
    assert window.focusWidget() is window.search_field
    assert window.model.rowCount() > 0
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_typing_filters_the_table(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window.search_field, "Çel")
    # Search-as-you-type waits for a typing pause; the test applies it at once.
    window.flush_search()
    assert sorted(names(window)) == ["Mehmet Çelik", "Zoë Çelik"]

    window.search_field.clear()
    type_text(qtbot, window.search_field, "øde")
    qtbot.waitUntil(lambda: names(window) == ["Sanne Ødegaard"])  # the debounce timer fires

    window.search_field.clear()
    qtbot.keyClicks(window.search_field, "xyzzy")
    window.flush_search()
    assert names(window) == []
    assert window.list_notice.text() == "Geen jongeren gevonden."


def test_down_arrow_moves_from_search_to_first_result(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "Daan")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    assert window.focusWidget() is window.table
    assert window.table.currentIndex().row() == 0
    assert window.detail.name_label.text() == "Daan de Vries"


def test_selecting_a_youth_shows_details_and_consents(
    qtbot: QtBot, window: MainWindow, seeded: Seeded
) -> None:
    type_text(qtbot, window.search_field, "Zoë")
    window.flush_search()
    assert names(window) == ["Zoë Çelik"]
    select(window, seeded.zoe)

    detail = window.detail
    assert detail.youth_id == seeded.zoe
    assert detail.name_label.text() == "Zoë Çelik"
    assert detail.birth_label.text() == "12-03-2011"
    assert detail.age_label.text() == "15 jaar"
    assert detail.school_label.text() == "Pro Utrecht / Entree"

    consents = detail.consents
    assert [h.status for h in consents.headings] == [ItemStatus.GIVEN, ItemStatus.REQUESTED]
    assert [h.chip.text() for h in consents.headings] == ["Gegeven", "Gevraagd"]
    by_item = {card.item_id: card for card in consents.cards}
    given = by_item[seeded.given_item].text()
    assert "Begeleiding naar werk — UWV – Werkbedrijf" in given
    assert "Contactgegevens" in given
    assert "t/m 01-11-2027" in given
    assert "Gegeven: " in given  # status in words, not only the card's colour
    assert "Gevraagd: " in by_item[seeded.requested_item].text()


def test_youth_without_consents(window: MainWindow, seeded: Seeded) -> None:
    window.search_field.setText("Ødegaard")
    window.flush_search()
    select(window, seeded.odegaard)
    assert window.detail.consents.cards == []
    texts = visible_texts(window.detail)
    assert "Nog geen toestemming gevraagd." in texts
    assert "17 jaar" in texts


def test_today_panel_lists_pending_request(
    qtbot: QtBot, window: MainWindow, seeded: Seeded
) -> None:
    today = window.today
    assert today.counts == {
        "Wacht op antwoord": 1,
        "Verloopt binnen 30 dagen": 0,
        "Herbevestigen (16 geworden)": 0,
        "Wie beslist is veranderd": 0,
        "Opnieuw vragen (doeltekst gewijzigd)": 0,
        "Intrekking: ontvangers informeren": 0,
        "Bewaartermijn verstreken": 0,
        "Vastgehouden door een geschil": 0,
    }
    pending = today.tree.topLevelItem(0).child(0)
    assert pending.text(today.NAME) == "Zoë Çelik"
    assert pending.text(today.DETAIL).startswith("wacht op antwoord")
    assert pending.text(today.CODE).startswith("TS-")
    today.tree.setCurrentItem(pending)  # keyboard or mouse: the youth's page opens
    assert window.detail.youth_id == seeded.zoe


def test_lock_clears_everything_and_emits_locked(
    qtbot: QtBot, window: MainWindow, service: Service, seeded: Seeded
) -> None:
    type_text(qtbot, window.search_field, "Zoë")
    window.flush_search()
    select(window, seeded.zoe)
    assert any("Zoë" in t for t in visible_texts(window))

    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()

    assert not service.is_open
    assert window.is_locked
    assert window.model.rowCount() == 0
    assert window.detail.youth_id is None
    leftovers = [t for t in visible_texts(window) if any(p in t for p in PERSONAL)]
    assert leftovers == []
    assert not window.lock_action.isEnabled()


def test_ctrl_l_locks(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window.search_field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked


def test_debounced_search_does_nothing_after_lock(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_field, "Zo")
    window.lock()
    window.flush_search()  # a pending search must not reopen anything
    assert window.model.rowCount() == 0


def test_closing_the_window_closes_the_vault(
    qtbot: QtBot, window: MainWindow, service: Service
) -> None:
    with qtbot.waitSignal(window.closed):
        window.close()
    assert not service.is_open


def test_tab_order_walks_the_panels(window: MainWindow) -> None:
    chain = [window.search_field]
    widget: QWidget = window.search_field
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == [
        window.search_field,
        window.table,
        window.detail.consents,
        window.today.tree,
    ]


def test_refresh_shows_new_decisions(window: MainWindow, service: Service, seeded: Seeded) -> None:
    select(window, seeded.zoe)
    assert [h.status for h in window.detail.consents.headings] == [
        ItemStatus.GIVEN,
        ItemStatus.REQUESTED,
    ]
    request_id = next(
        v.request_id
        for v in service.consents.items_for_youth(seeded.zoe)
        if v.item_id == seeded.requested_item
    )
    for parent in service.people.representatives(seeded.zoe):
        service.consents.record_decisions(
            request_id, SignerRef.representative(parent.id), {seeded.requested_item: "no"}, "desk"
        )

    window.refresh_action.trigger()
    assert [h.status for h in window.detail.consents.headings] == [
        ItemStatus.GIVEN,
        ItemStatus.REFUSED,
    ]
    assert window.today.counts["Wacht op antwoord"] == 0


def test_service_error_is_shown_inline(window: MainWindow) -> None:
    window.detail.show_youth(999_999)
    assert window.detail.error_label.isVisible()
    assert window.detail.error_label.text()  # the core's Dutch message, no traceback
    assert "Traceback" not in window.detail.error_label.text()


def test_a_window_held_upright_puts_the_youth_page_under_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A tablet held upright (800 wide): side by side the list scrolled sideways for its
    school column and Vandaag cut its codes off; stacked, the list uses the whole width."""
    window.resize(800, 1200)
    qtbot.waitUntil(lambda: window._split.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: not window.table.horizontalScrollBar().isVisible())
    today = window.today.tree
    code_right = today.header().sectionViewportPosition(2) + today.header().sectionSize(2)
    assert code_right <= today.viewport().width()
    window.resize(1366, 768)  # turned back: beside each other again
    qtbot.waitUntil(lambda: window._split.orientation() == Qt.Orientation.Horizontal)
    window.resize(900, 700)  # narrow but not upright: a small laptop window keeps the columns
    QApplication.processEvents()
    assert window.width() == 900
    assert window._split.orientation() == Qt.Orientation.Horizontal


def test_the_emptied_window_is_painted_before_the_vault_is_closed(
    qtbot: QtBot,
    window: MainWindow,
    service: Service,
    seeded: Seeded,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Closing the vault can hang (a team server that stalls while the final checkpoint is
    written): what the screen shows meanwhile must already be the emptied window, not the
    last frame with the young person's page (found beside review33's auto-lock stall)."""
    type_text(qtbot, window.search_field, "Zoë")
    window.flush_search()
    select(window, seeded.zoe)
    qtbot.wait(0)  # (the shown page painted once)

    painted_after_forget: list[int] = []
    paints = [0]

    class Counter(QWidget):
        def eventFilter(self, watched: object, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                paints[0] += 1
            return False

    counter = Counter()
    window.installEventFilter(counter)
    real_close = service.close
    forgotten = window._forget_personal_data

    def forget() -> None:
        forgotten()
        paints[0] = 0

    def close() -> None:
        painted_after_forget.append(paints[0])
        real_close()

    monkeypatch.setattr(window, "_forget_personal_data", forget)
    monkeypatch.setattr(service, "close", close)
    window.close_work = None  # the close follows at once, as on a desk without backup work
    with qtbot.waitSignal(window.locked):
        window.lock()
    window.removeEventFilter(counter)
    assert painted_after_forget and painted_after_forget[0] > 0
