"""The core's language gaps (usecases/request_languages.py) as one warning line for the desk:
who reads which language the request has no text in. A warning, never a refusal — the
worker may read the request out with an interpreter; the point is that she sees it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from toestemming.usecases.request_languages import LanguageGap

from ..i18n import desk_phrase
from .common import MessageLabel


def gap_warning(gaps: Sequence[LanguageGap]) -> str:
    """ "" for none; else "⚠ <each gap in the desk's language> <what to do>"."""
    if not gaps:
        return ""
    said = " ".join(desk_phrase(g.phrase) for g in gaps)
    advice = QCoreApplication.translate(
        "LanguageGaps",
        "Zorg dat de tekst wordt vertaald of voorgelezen met een tolk, of kies een andere taal.",
    )
    return f"⚠ {said} {advice}"


def show_gaps(label: MessageLabel, gaps: Sequence[LanguageGap]) -> None:
    """Show the warning under a form (brown), or clear it when every reader can read it."""
    text = gap_warning(gaps)
    if text:
        label.show_warning(text)
    else:
        label.clear()
