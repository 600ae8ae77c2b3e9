"""Signing mode in the hands of the people at the desk (session 14): a hurried parent who
double-taps, a curious youth who tries to get out, two parents who pass the tablet on without
the hand-over, and a tablet left lying mid-signature. Real widgets, the real test vault."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot
from signing_support import click, mouse_stroke, read_to_end, three_item_request, zigzag
from ui_vault import Seeded

from toestemming.clock import FixedClock
from toestemming.service import Service
from ui.signing import SigningMode, open_signing_mode
from ui.signing.words import word


def count(service: Service, table: str) -> int:
    return int(service.vault.db.scalar(f"SELECT count(*) FROM {table}"))


def decided(service: Service, items: tuple[int, ...]) -> int:
    """Decisions on this request's items (the seeded vault has others)."""
    marks = ",".join("?" * len(items))
    return int(
        service.vault.db.scalar(f"SELECT count(*) FROM decisions WHERE item_id IN ({marks})", items)
    )


TAP_TIME = 10_000_000  # ms, after any time qtbot's own clicks used


def tap(widget: QWidget, pos: QPoint, at: int) -> None:
    """A finger's tap as the screen delivers it: press and release, with their times."""
    for n, kind in enumerate((QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease)):
        event = QMouseEvent(
            kind,
            QPointF(pos),
            QPointF(widget.mapToGlobal(pos)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton if n == 0 else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.setTimestamp(at + 60 * n)
        QApplication.sendEvent(widget, event)


def tap_twice(button: QWidget) -> None:
    """A double tap on one spot (200 ms apart): the second lands on whatever the first put
    there (the next page's widget at the same place, as a real finger would)."""
    global TAP_TIME
    assert button.isVisible() and button.isEnabled()
    window = button.window()
    spot = button.mapTo(window, button.rect().center())
    TAP_TIME += 5_000
    tap(button, button.rect().center(), TAP_TIME)
    under = window.childAt(spot)
    assert under is not None
    tap(under, under.mapFrom(window, spot), TAP_TIME + 200)


def to_summary(qtbot: QtBot, mode: SigningMode, answers: tuple[str, ...]) -> None:
    for answer in answers:
        click(qtbot, getattr(mode.item_page, f"{answer}_button"))
        if mode.item_page.special_box.isVisible() and answer == "yes":
            mode.item_page.special_box.setChecked(True)
        click(qtbot, mode.item_page.next_button)
    assert mode.stack.currentWidget() is mode.summary_page


def draw(qtbot: QtBot, mode: SigningMode) -> None:
    mouse_stroke(qtbot, mode.sign_page.pad, zigzag(60, 120))
    mouse_stroke(qtbot, mode.sign_page.pad, zigzag(80, 180))


def test_hurried_parent_double_taps_and_changes_mind(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    """Ja tapped twice stays Ja (a checkable button must not toggle off); Ja then Nee in a
    hurry records Nee, the answer the summary showed; a double tap on "Bevestigen" saves
    once."""
    sample = three_item_request(service, seeded.daan, english=False)
    mode = opened(sample.request_id)
    page = mode.item_page
    click(qtbot, page.yes_button)
    click(qtbot, page.yes_button)  # the double tap
    assert page.yes_button.isChecked() and not page.no_button.isChecked()
    assert page.next_button.isEnabled()
    click(qtbot, page.next_button)
    click(qtbot, page.yes_button)
    click(qtbot, page.no_button)  # Ja, then Nee straight after
    assert page.no_button.isChecked() and not page.yes_button.isChecked()
    click(qtbot, page.next_button)
    click(qtbot, page.no_button)
    click(qtbot, page.next_button)
    assert mode.stack.currentWidget() is mode.summary_page
    verdicts = [w.text() for w in mode.summary_page.findChildren(QLabel, "verdict")]
    assert verdicts == [word("nl", "yes"), word("nl", "no"), word("nl", "no")]
    click(qtbot, mode.summary_page.next_button)
    draw(qtbot, mode)
    tap_twice(mode.sign_page.confirm_button)
    assert mode.stack.currentWidget() is mode.thanks_page  # still showing what was saved
    # A deliberate tap a moment later still acts.
    button = mode.thanks_page.next_button
    tap(button, button.rect().center(), TAP_TIME + 1_500)
    assert mode.stack.currentWidget() is mode.who_page
    assert count(service, "signing_sessions") == 1
    rows = service.vault.db.query(
        "SELECT item_id, answer FROM decisions WHERE item_id IN (?,?,?) ORDER BY item_id",
        sample.items,
    )
    assert [tuple(r) for r in rows] == list(zip(sample.items, ("yes", "no", "no"), strict=True))


def test_curious_youth_cannot_reach_the_desk(
    qtbot: QtBot, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    """Escape, Alt+F4, the back key / back mouse button / Alt+Left on the first item, focus
    loss (Alt+Tab) and a long press: the mode stays, the desk stays hidden, nothing saved."""
    desk = QMainWindow()
    qtbot.addWidget(desk)
    desk.show()
    sample = three_item_request(service, seeded.daan, english=False)
    mode = open_signing_mode(desk, service, sample.request_id, clock)
    qtbot.waitExposed(mode)
    read_to_end(mode)
    click(qtbot, mode.item_page.yes_button)  # half-way through item 1

    def key(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget() or mode
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, k, mods))
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, k, mods))

    key(Qt.Key.Key_Escape)
    key(Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    key(Qt.Key.Key_Back)
    key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier)
    centre = QPointF(mode.rect().center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QApplication.sendEvent(
            mode.item_page,
            QMouseEvent(
                kind,
                centre,
                QPointF(mode.mapToGlobal(centre)),
                Qt.MouseButton.BackButton,
                Qt.MouseButton.BackButton
                if kind == QEvent.Type.MouseButtonPress
                else Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    QApplication.sendEvent(mode, QEvent(QEvent.Type.WindowDeactivate))
    QApplication.sendEvent(mode, QEvent(QEvent.Type.FocusOut))
    press = mode.item_page.lines[0]  # a long press on the item's text
    QApplication.sendEvent(
        press,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(5, 5), press.mapToGlobal(QPoint(5, 5))
        ),
    )
    assert not mode.close()
    qtbot.wait(50)  # let any queued close / restore run
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus == []
    assert mode.isVisible() and mode.is_locked and not desk.isVisible()
    assert count(service, "signing_sessions") == 0 and decided(service, sample.items) == 0


def test_second_parent_sees_whose_signature_it_is(
    qtbot: QtBot, opened, service: Service, seeded: Seeded
) -> None:
    """Ayşe answers, then hands the tablet straight to Ömer on the signature page: the page
    names who signs, so Ömer does not sign as Ayşe unknowingly; after Ayşe signed, the thanks
    page names who is next."""
    sample = three_item_request(service, seeded.zoe, english=False)
    mode = opened(sample.request_id)
    ayse, omer = (b.text().split("  ")[0] for b in mode.who_page.buttons)
    click(qtbot, mode.who_page.buttons[0])
    to_summary(qtbot, mode, ("yes", "no", "no"))
    click(qtbot, mode.summary_page.next_button)
    sign_text = f"{mode.sign_page.title.text()} {mode.sign_page.hint.text()}"
    assert ayse in sign_text and omer not in sign_text
    draw(qtbot, mode)
    click(qtbot, mode.sign_page.confirm_button)
    assert mode.stack.currentWidget() is mode.thanks_page
    assert omer in mode.thanks_page.hint.text()  # who is next
    assert count(service, "signing_sessions") == 1


def test_tablet_left_mid_signature_saves_nothing(
    qtbot: QtBot, opened, service: Service, seeded: Seeded, clock: FixedClock
) -> None:
    """A parent answers, draws half a signature and walks off: after the idle time the pad
    is empty, the answers are gone and nothing was recorded."""
    sample = three_item_request(service, seeded.daan, english=False)
    mode = opened(sample.request_id)
    to_summary(qtbot, mode, ("yes", "yes", "no"))
    click(qtbot, mode.summary_page.next_button)
    draw(qtbot, mode)
    assert not mode.sign_page.pad.is_empty()
    clock.advance(timedelta(seconds=121))
    assert mode.idle.check_now()
    assert mode.sign_page.pad.is_empty() and mode.answers == {}
    assert mode.stack.currentWidget() is mode.item_page and mode.index == 0
    assert count(service, "signing_sessions") == 0 and decided(service, sample.items) == 0
