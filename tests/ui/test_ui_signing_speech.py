"""Reading aloud in signing mode with a real QtTextToSpeech engine: Qt's own "mock" engine,
which has English (and no Dutch) voices and reports each word as it is "spoken". The default
choice never picks that engine for a signer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from signing_support import three_item_request
from ui_vault import Seeded

from toestemming.service import Service
from ui.signing import SigningMode
from ui.signing.speech import make_reader

try:
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # pragma: no cover - depends on the machine
    QTextToSpeech = None

pytestmark = pytest.mark.skipif(
    QTextToSpeech is None,
    reason="QtTextToSpeech cannot load here (on Linux it needs libpulse.so.0, not installed)",
)


@pytest.fixture
def mode(opened, service: Service, seeded: Seeded) -> SigningMode:  # type: ignore[no-untyped-def]
    sample = three_item_request(service, seeded.daan, english=True)
    return opened(sample.request_id, speech_engine="mock")


def test_button_only_for_a_language_with_a_voice(qtbot: QtBot, mode: SigningMode) -> None:
    assert mode.reader is not None and mode.reader.engine.engine() == "mock"
    assert mode.language == "nl" and mode.read_button.isHidden()  # no Dutch voice
    qtbot.mouseClick(mode.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert mode.read_button.isVisible() and mode.read_button.text() == "Read aloud"
    qtbot.mouseClick(mode.language_buttons["nl"], Qt.MouseButton.LeftButton)
    assert mode.read_button.isHidden()


def test_reads_the_item_text_on_screen_in_english(qtbot: QtBot, mode: SigningMode) -> None:
    qtbot.mouseClick(mode.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert mode.stack.currentWidget() is mode.item_page  # the only signer: item 1 at once
    engine = mode.reader.engine  # type: ignore[union-attr]
    words: list[str] = []
    engine.sayingWord.connect(lambda word, *_: words.append(word))
    qtbot.mouseClick(mode.read_button, Qt.MouseButton.LeftButton)
    assert engine.locale().name() == "en_GB"
    qtbot.waitUntil(lambda: len(words) >= 6, timeout=10_000)
    shown = mode.item_page.shown_text()
    assert shown.startswith("Part 1: Guidance to work")
    assert words[:4] == ["Part", "1", "Guidance", "to"]
    # Switching language stops the English voice.
    qtbot.mouseClick(mode.language_buttons["nl"], Qt.MouseButton.LeftButton)
    assert engine.state() != QTextToSpeech.State.Speaking  # type: ignore[union-attr]


def test_default_choice_never_reads_with_the_test_engine(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    reader = make_reader(parent)
    # Here only "mock" has voices (speech-dispatcher is not running): no reader at all.
    assert reader is None or reader.engine.engine() != "mock"
    assert make_reader(parent, "mock") is not None


def test_reading_stops_when_the_page_changes(qtbot: QtBot, mode: SigningMode) -> None:
    """The next page, or the next person after a restart, never hears the previous text."""
    qtbot.mouseClick(mode.language_buttons["en"], Qt.MouseButton.LeftButton)
    engine = mode.reader.engine  # type: ignore[union-attr]
    qtbot.mouseClick(mode.read_button, Qt.MouseButton.LeftButton)
    assert engine.state() == QTextToSpeech.State.Speaking  # type: ignore[union-attr]
    qtbot.mouseClick(mode.item_page.yes_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(mode.item_page.next_button, Qt.MouseButton.LeftButton)
    assert mode.index == 1
    assert engine.state() != QTextToSpeech.State.Speaking  # type: ignore[union-attr]
    qtbot.mouseClick(mode.read_button, Qt.MouseButton.LeftButton)
    assert engine.state() == QTextToSpeech.State.Speaking  # type: ignore[union-attr]
    mode.restart()  # what the idle timer does: item 1 again, the same page widget
    assert mode.index == 0
    assert engine.state() != QTextToSpeech.State.Speaking  # type: ignore[union-attr]
