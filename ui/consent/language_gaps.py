"""The request's language at the desk: the combo that chooses it, and the core's language
gaps (usecases/request_languages.py) as one warning line — who reads which language the
request has no text in. A warning, never a refusal: the worker may read the request out with
an interpreter; the point is that she sees it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from toestemming.language import language_name
from toestemming.language import languages as catalog_languages
from toestemming.service import Service
from toestemming.usecases.request_languages import LanguageGap

from ..i18n import desk_phrase
from .common import MessageLabel
from .people import LANGUAGE_NAMES


def gap_warning(gaps: Sequence[LanguageGap]) -> str:
    """ "" for none; else "⚠ " and each gap in the desk's language (the core's phrase says what
    to do: add the purposes in that language, or read it out with an interpreter)."""
    return "⚠ " + " ".join(desk_phrase(g.phrase) for g in gaps) if gaps else ""


def show_gaps(label: MessageLabel, gaps: Sequence[LanguageGap]) -> None:
    """Show the warning under a form (brown), or clear it when every reader can read it."""
    text = gap_warning(gaps)
    if text:
        label.show_warning(text)
    else:
        label.clear()


def request_language_combo(service: Service, youth_language: str) -> QComboBox:
    """Every language with a signer's catalog (docs/LANGUAGES.md). Preselected: the youth's
    language when the organisation has purpose texts in it, else Dutch."""
    combo = QComboBox()
    names = dict(LANGUAGE_NAMES)
    for code in catalog_languages():
        label = QCoreApplication.translate("Languages", names.get(code, code))
        if code != "nl":
            label += f" ({language_name(code)})"
        combo.addItem(label, code)
    own = youth_language
    has_texts = any(p.language == own for p in service.catalog.purposes(own))
    combo.setCurrentIndex(max(0, combo.findData(own)) if has_texts else 0)
    return combo
