"""Dialogs that fit a 1366×768 laptop (the most common screen at the desk) with their buttons
visible, and a tablet's screen in signing mode.

    fit_to_screen(dialog, 900, 760)    # instead of dialog.resize(900, 760)

The wished size is capped at the budget (DESK_BUDGET: 1366×768 less the taskbar and the
title bar) and at the screen the dialog opens on; a dialog whose content needs more height
than that puts the content in a scroll area (see scrollable()), never its buttons.
`DialogFitter`, installed on the application, does the same for any dialog shown, so a
message box or a dialog added later cannot open taller than the screen either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLayout, QScrollArea

# 1366×768 less a 40 px taskbar and a ~30 px title bar and frame.
DESK_BUDGET = QSize(1366 - 16, 768 - 40 - 38)


def available(widget: QWidget | None = None) -> QSize:
    """The room a window has: the budget, or less on a smaller screen."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return DESK_BUDGET
    room = screen.availableGeometry().size()
    return QSize(
        min(DESK_BUDGET.width(), room.width() - 16), min(DESK_BUDGET.height(), room.height() - 38)
    )


def few_lines(widget: QWidget) -> bool:
    """The window has room for fewer than 30 lines of the desk's text: a 1024×600 netbook with
    the system's text at 150 or 200 %. The desk then keeps its banners to one line and shows a
    youth's consent cards before her details, so that they start above the fold."""
    return available(widget).height() < widget.fontMetrics().height() * 30


# The width a dialog asked for (fit_to_screen): it goes back to it when a drop-down that had
# widened it gives way (narrow_wide_combos).
WISHED = "toestemming_wished_width"
NARROWED = "toestemming_combos_narrowed"


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize to the wished size, capped so the whole window fits."""
    room = available(dialog)
    dialog.setProperty(WISHED, width)
    dialog.resize(min(width, room.width()), min(height, room.height()))


def scrollable(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area that scrolls by finger too (kinetic)."""
    # Imported on use: binding these PySide types costs start-up time before the first window.
    from PySide6.QtWidgets import QFrame, QScrollArea

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # No Tab stop of its own: the dialog's first field gets the focus, and Qt scrolls each
    # field Tab reaches into view. (Every content given here has fields or buttons.)
    # (Qt imported here: this module is on the unlock window's start path, and PySide builds
    # the whole QtCore.Qt namespace on first use, ~20 ms; test_ui_unlock_start.)
    from PySide6.QtCore import Qt

    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return finger_scroll(area)


def scroll_width(area: QScrollArea) -> int:
    """The width `area` needs to show its content without scrolling sideways (with the
    system's large text a dialog's wished width was less than its form needed)."""
    content = area.widget()
    need = content.minimumSizeHint().width() if content is not None else 0
    return need + area.verticalScrollBar().sizeHint().width() + 2 * area.frameWidth()


def finger_scroll(area: QScrollArea) -> QScrollArea:
    """Kinetic scrolling by touch (a finger on a tablet) for `area`; returns it."""
    from PySide6.QtWidgets import QScroller

    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def overflow(window: QWidget) -> int:
    """How many pixels taller than its room the window's content needs (0: it fits). A
    window with one part that may shrink (a list, a picture) gives that part this much less
    on a short screen (1024×600, or 1920×1080 at 200 %: 540 px), asked of QScreen."""
    # Wrapped text needs more height than minimumSizeHint says: ask at the window's width.
    need = max(window.minimumSizeHint().height(), window.heightForWidth(window.width()))
    return max(0, need - available(window).height())


def cap_to_screen(dialog: QWidget) -> None:
    """Shrink a shown window that is larger than the room it has (never grows it)."""
    room = available(dialog)
    size = dialog.size()
    if size.width() > room.width() or size.height() > room.height():
        dialog.resize(min(size.width(), room.width()), min(size.height(), room.height()))


def tall_enough(dialog: QWidget) -> None:
    """Give wrapped text the lines it needs: Qt sizes a dialog from its labels' "pleasant"
    shape, which is too short when the text is larger (the system's large text) or the
    dialog narrower than that shape; the labels were then squeezed and cut off. Grow the
    height, and when the room's height is not enough, the width, within the room."""
    layout = dialog.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    if not _cramped(dialog):
        # Only then: the preferred height asks for every row a list would like, and Nieuw
        # verzoek, whose text had its lines, widened to 1060 px on a 1366×768 laptop.
        return
    room = available(dialog)
    width = dialog.width()
    while dialog.heightForWidth(width) > room.height() and width + 40 <= room.width():
        width += 40
    need = min(dialog.heightForWidth(width), room.height())
    if need > dialog.height() or width > dialog.width():
        dialog.resize(width, max(need, dialog.height()))
        keep_on_screen(dialog)


def grow_to_content(dialog: QWidget, area: QScrollArea) -> None:
    """Make a shown dialog taller, within its room, so that `area` need not scroll: its
    content grew (Gegevens delen's weighing opened; at 640 px on a 1080 px screen half the
    steps were behind a scroll bar). Where the screen is too short, the content scrolls."""
    body = area.widget()
    if not dialog.isVisible() or body is None or dialog.layout() is None:
        return
    dialog.layout().activate()
    viewport = area.viewport()
    need = body.heightForWidth(viewport.width()) if body.hasHeightForWidth() else -1
    need = max(need, body.minimumSizeHint().height())
    want = min(dialog.height() - viewport.height() + need, available(dialog).height())
    if want > dialog.height():
        dialog.resize(dialog.width(), want)
        keep_on_screen(dialog)


def keep_on_screen(window: QWidget) -> None:
    """Move a shown window back inside its screen's free area: one that grew while open
    (Bewijs exporteren's result, the mail dialog after sending, on a 1024×600 netbook with
    200 % text) grew to the right and down from where it stood, past the screen's edge, its
    buttons out of reach."""
    screen = window.screen()
    if screen is None or not window.isVisible():
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    if free.contains(frame):
        return
    x = max(free.left(), min(frame.left(), free.right() + 1 - frame.width()))
    y = max(free.top(), min(frame.top(), free.bottom() + 1 - frame.height()))
    window.move(window.pos() + QPoint(x - frame.left(), y - frame.top()))


# A drop-down whose widest entry asks more than this share of the room shows at least this
# many characters and cuts the rest; its list, when opened, and its tooltip show it whole.
WIDE_SHARE = 0.5
LEAST_COMBO_CHARACTERS = 24


def narrow_wide_combos(dialog: QWidget, room: QSize) -> None:
    """Drop-downs of names (a parent's name and role, a recipient with its department) give
    way to the room: Qt sizes a drop-down to its longest entry, and "Margaretha Johanna
    Wilhelmina van der Westerhuizen (parent with parental authority)" made Intrekken and
    Bezwaar wider than a 1024×600 screen with large text, their buttons off it."""
    import shiboken6
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QFileDialog

    from .combo_elide import shorten_shown_text
    from .combo_tooltip import tooltip_follows_text

    if isinstance(dialog, QFileDialog):
        # Qt's own drop-downs (the folder list "lookInCombo"): not ours to narrow, and a
        # tooltip slot on them outlives the dialog (a RuntimeError in the event loop)
        return
    adjusting = (
        QComboBox.SizeAdjustPolicy.AdjustToContents,
        QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow,
    )
    narrowed = False
    for combo in dialog.findChildren(QComboBox):
        if combo.sizeAdjustPolicy() not in adjusting:
            continue
        if combo.sizeHint().width() <= room.width() * WIDE_SHARE:
            continue
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(LEAST_COMBO_CHARACTERS)
        # Qt keeps the least width it measured from the entries (its cache is not cleared
        # by the new policy): the layout is told the new one.
        combo.setMinimumWidth(combo.sizeHint().width())
        # Its entries' whole texts as tooltips: each in the open list, and the chosen one on
        # the drop-down — followed on ours; on one Qt made inside its own dialog (the print
        # dialog's printer list) the wrapper lives only while Python looks at it, and a
        # follower hung on it would outlive that (ui/combo_tooltip.py).
        for index in range(combo.count()):
            combo.setItemData(index, combo.itemText(index), Qt.ItemDataRole.ToolTipRole)
        if combo.toolTip():
            pass
        elif shiboken6.createdByPython(combo):
            tooltip_follows_text(combo)
            shorten_shown_text(combo)
        else:
            combo.setToolTip(combo.currentText())
        narrowed = True
    if narrowed:
        dialog.setProperty(NARROWED, True)


def back_to_wish(dialog: QWidget) -> None:
    """A dialog whose drop-downs gave way (narrow_wide_combos) goes back to the width it
    asked for: it had grown to the width they forced before they did."""
    layout, wished = dialog.layout(), dialog.property(WISHED)
    if not dialog.property(NARROWED) or layout is None or not isinstance(wished, int):
        return
    layout.activate()
    width = max(wished, dialog.minimumSizeHint().width())
    if dialog.width() > width:
        dialog.resize(width, dialog.height())


def _cramped(dialog: QWidget) -> bool:
    """Whether `dialog`, as now laid out, is too small for its content: a text (a wrapped
    label, a check box or button whose words wrap) lower than its lines need, a scrolling
    part narrower than its content (the QR code's text), widgets squeezed over each other."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

    for area in dialog.findChildren(QScrollArea):
        content = area.widget()
        if not area.isVisibleTo(dialog) or content is None or not area.widgetResizable():
            continue
        if content.minimumSizeHint().width() > area.viewport().width() + 1:
            return True
    for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if not w.isVisibleTo(dialog) or not w.text():
            continue
        if isinstance(w, QLabel) and not w.wordWrap():
            continue
        need = w.heightForWidth(w.width()) if w.hasHeightForWidth() else -1
        if need < 0 and isinstance(w, QAbstractButton):
            need = w.minimumSizeHint().height()
        if w.height() < need - 1:
            return True
    parents = [dialog, *dialog.findChildren(QWidget)]
    return any(_overlap(w, dialog) for w in parents if w.layout() and w.isVisibleTo(dialog))


def _placed(layout: QLayout) -> list[QWidget]:
    """The widgets a layout places, through its nested layouts — asked without `itemAt`: a
    layout item's wrapper that Python made stays tied to its layout, and when Qt deletes the
    item (its widget deleted) shiboken keeps it registered; the address, reused, came back as
    a QWidgetItem where a window or a layout lived (session 31's first-day crash)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLayout

    owner = layout.parentWidget()
    if owner is None:
        return []
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    found = [w for w in owner.findChildren(QWidget, "", direct) if layout.indexOf(w) >= 0]
    for inner in layout.findChildren(QLayout, "", direct):
        found.extend(_placed(inner))
    return found


def _overlap(parent: QWidget, dialog: QWidget) -> bool:
    """Whether two widgets its layout places lie over each other: a layout lower than its
    least height squeezes them (Nieuw verzoek's lists over its hint, 200 % text)."""
    layout = parent.layout()
    if layout is None:
        return False
    placed = [w for w in _placed(layout) if w.isVisibleTo(dialog) and not w.isWindow()]
    for n, a in enumerate(placed):
        for b in placed[n + 1 :]:
            both = a.geometry().intersected(b.geometry())
            if both.width() > 1 and both.height() > 1:
                return True
    return False


class DialogFitter(QObject):
    """Application event filter: a dialog about to show never exceeds the room it has, and
    is tall enough for its wrapped text where the room allows, also when its text grows.
    It also holds back an Escape that would drop typed work (escape_guard.py), and lets Enter
    press the focused button (enter_key.py)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QDialog):
            # Before the first show lays the dialog out at its least size: afterwards the
            # window would keep the width its widest drop-down forced.
            narrow_wide_combos(watched, available(watched))
        elif event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            # Imported on use: this module is on the unlock window's start path.
            from .small_screen import fit_small_screen

            # 512×300 (1024×600 at 200 %), a tablet upright at 150 % (533 px wide).
            narrow_wide_combos(watched, available(watched))  # filled after polishing
            back_to_wish(watched)
            fit_small_screen(watched, available(watched), scrollable)
            cap_to_screen(watched)
            tall_enough(watched)
        elif (
            event.type() == QEvent.Type.LayoutRequest
            and isinstance(watched, QDialog)
            and watched.isVisible()
        ):
            # Content that grows while the dialog is open (Bewijspakket exporteren's result,
            # seven lines) was squeezed over the file field and cut off: grow with it.
            tall_enough(watched)
        elif (
            event.type() == QEvent.Type.Resize
            and isinstance(watched, QDialog)
            and watched.isVisible()
        ):
            # Grown by its own layout (Verzoek per e-mail after sending, 1024×600 at 200 %):
            # back inside the screen.
            keep_on_screen(watched)
        elif event.type() == QEvent.Type.KeyPress:
            # Imported on use: this module is on the unlock window's start path.
            from .enter_key import on_enter
            from .escape_guard import on_escape

            return on_escape(watched, event) or on_enter(watched, event)
        return False


def install_dialog_fitter(app: QObject) -> None:
    """Install the application's DialogFitter once."""
    if app.findChild(DialogFitter) is None:
        app.installEventFilter(DialogFitter(app))
