"""How signing mode looks: text size steps (A−/A+ times the system's large-text setting) and
the style sheet for one body text size."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ..font_size import points

BASE_POINTS = 18
MIN_STEP, MAX_STEP = -2, 6  # text size steps of 2 points: 14 … 30 pt


# The usual desktop font size; a larger system font is the system's large-text setting.
USUAL_SYSTEM_POINTS = 9.0


def system_text_scale() -> float:
    """1.0 normally; 1.5 or 2.0 when the system's text is set to 150 % or 200 %."""
    size = points(QApplication.font())
    return 1.0 if size <= 0 else max(1.0, min(2.5, size / USUAL_SYSTEM_POINTS))


NARROW_SCREEN = 1000  # pixels wide: a tablet held upright


def page_side_margin() -> int:
    """A page's left and right margin: narrower on a tablet held upright (800 px), where with
    the system's large text the signature page's three buttons and 64 px needed 829 px."""
    screen = QGuiApplication.primaryScreen()
    upright = screen is not None and screen.availableGeometry().width() < NARROW_SCREEN
    return 24 if upright else 64


# The tools' text on a short screen: at 200 % (32 pt) "Begeleider" went to a second row
# beside three languages and the bar took a quarter of a 600 px screen. 22 pt is still larger
# than the tools at the usual size (14 pt), and the buttons stay a finger high.
SHORT_TOOL_POINTS = 22


def tool_points(points: int, short: bool) -> int:
    """The tools' text size for a body text of `points`: a little smaller than the body."""
    size = max(12, points - 4)
    return min(size, SHORT_TOOL_POINTS) if short else size


# Where the keyboard is, for a signer who Tabs (keys.py sets `keyboard` on the focused widget
# while the keys are used): a ring 2 px wider than the button's border,
# in a colour apart from the blue of a chosen answer (≥ 3:1 on the page and on white). The
# padding gives back the 2 px, so nothing moves or grows when the focus arrives. Qt's own
# dotted focus rectangle is not drawn: a tap left it on a button a finger had just used.
RING = "#c2410c"
FOCUS_RING = f"""
QPushButton {{ outline: none; }}
QPushButton[keyboard="true"] {{ border: 4px solid {RING}; padding: 8px 26px; }}
QPushButton#primary[keyboard="true"], QPushButton#tool:checked[keyboard="true"] {{ border-color: {RING}; }}
QPushButton#answer[keyboard="true"] {{ border: 5px solid {RING}; padding: 8px 26px; }}
QPushButton#answer[compact="true"][keyboard="true"] {{ padding: 2px 6px; }}
QPushButton#person[keyboard="true"] {{ padding-left: 30px; }}
QPushButton#link[keyboard="true"], QPushButton#tool[keyboard="true"] {{ padding: 4px 14px; }}
QCheckBox#special[keyboard="true"] {{ border-color: {RING}; }}
QScrollArea#text {{ border: 3px solid transparent; }}
QScrollArea#text[keyboard="true"] {{ border-color: {RING}; }}
"""


# The tools' padding on a short screen: at 512×300 (a 1024×600 laptop at 200 %) the usual
# 16 px each side put "Begeleider" on a row of its own above A−, A+ and the languages, and the
# bar took 134 of the 300 px.
SHORT_TOOLS = """
QPushButton#tool { padding: 4px 8px; }
QPushButton#tool[keyboard="true"] { padding: 2px 6px; }
"""


def style_sheet(points: int, tools: int | None = None, short: bool = False) -> str:
    """For body text of `points`; the bar's tools at `tools` (default: 4 pt smaller), with
    less padding on a short screen."""
    tools = tool_points(points, short=False) if tools is None else tools
    return f"""
QWidget#signingMode {{ background: #f6f4ef; }}
QLabel, QCheckBox {{ color: #1f2933; font-size: {points}pt; }}
QLabel#title {{ font-size: {points + 10}pt; font-weight: 600; }}
QLabel#heading {{ font-size: {points + 4}pt; font-weight: 600; }}
QLabel#muted {{ color: #52606d; }}
QLabel#hint, QLabel#error {{ color: #9b2c2c; }}
QLabel#chip {{ background: #e4ecf4; border-radius: 10px; padding: 6px 14px;
  font-weight: 600; }}
QLabel#verdict {{ font-weight: 600; padding: 0 16px; }}
QLabel#org {{ font-size: {max(12, points - 4)}pt; color: #52606d; }}
QWidget#sheet, QFrame#sheet {{ background: #ffffff; border-radius: 12px; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
QPushButton {{ font-size: {points}pt; padding: 10px 28px; border-radius: 12px;
  background: #ffffff; color: #1f2933; border: 2px solid #9aa5b1; }}
QPushButton#primary {{ background: #2f5d8a; color: #ffffff; border-color: #2f5d8a; }}
QPushButton#primary:disabled {{ background: #9aa5b1; border-color: #9aa5b1; }}
QPushButton#answer {{ font-size: {points + 6}pt; font-weight: 600; border: 3px solid #2f5d8a;
  color: #2f5d8a; background: #ffffff; }}
QPushButton#answer:checked {{ background: #2f5d8a; color: #ffffff; }}
QPushButton#answer:disabled {{ border: 3px dashed #9aa5b1; color: #7b8794; }}
QPushButton#answer[compact="true"] {{ font-size: {points}pt; padding: 4px 8px; }}
QLabel[compact="true"] {{ font-size: {tools}pt; }}
QLabel#chip[compact="true"] {{ padding: 2px 8px; }}
QPushButton#person {{ font-size: {points + 4}pt; text-align: left; padding-left: 32px; }}
QPushButton#person:disabled {{ background: #eef1f4; color: #52606d; border: 2px dashed #c5cdd5; }}
QPushButton#link {{ font-size: {max(12, points - 4)}pt; padding: 6px 16px; min-height: 40px; }}
QPushButton#tool {{ font-size: {tools}pt; padding: 6px 16px; min-height: 40px; }}
QPushButton#tool:checked {{ background: #2f5d8a; color: #ffffff; border-color: #2f5d8a; }}
QCheckBox#special {{ background: #fff7e0; border-radius: 10px; padding: 4px 8px;
  border: 4px solid transparent; }}
QCheckBox::indicator {{ width: 36px; height: 36px; }}
QLineEdit {{ font-size: {points}pt; padding: 8px; }}
{FOCUS_RING}{SHORT_TOOLS if short else ""}"""
