"""The English desk showed Markdown stars: "Rather talk *with* the young person than *about*
them" in Gegevens delen's weighing, "Step 3: only outside information (*that* …)", "DAT
(*that* someone is known)" — Qt labels print plain text, so the stars stood there as typed.
Every English translation is plain text without them (the Dutch accents dát/wát have no
English twin: the capitals of THAT and WHAT carry the stress where the term matters)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.consent.disclose import DiscloseDialog

TS = Path(__file__).parents[2] / "ui" / "translations" / "toestemming_en.ts"
STARRED = re.compile(r"\*\w[^*]*\*")


def test_no_english_translation_has_markdown_stars() -> None:
    starred = [
        t.text
        for t in ET.parse(TS).getroot().iter("translation")
        if t.text and STARRED.search(t.text)
    ]
    assert starred == []


def test_the_weighing_reads_plainly_on_the_english_desk(qapp: object) -> None:
    from ui.i18n import remove_translators, switch_language

    switch_language(qapp, "en")  # type: ignore[arg-type]
    try:
        said = QCoreApplication.translate(
            DiscloseDialog.__name__,
            "Geen toestemming dekt dit. Deel alleen als een andere grondslag geldt en u de "
            "afweging hieronder vastlegt. Praat liever mét de jongere dan over de jongere.",
        )
        assert said.endswith("Rather talk with the young person than about them.")
    finally:
        switch_language(qapp, "nl")  # type: ignore[arg-type]
        remove_translators(qapp)  # type: ignore[arg-type]
