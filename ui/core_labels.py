"""The core's fixed words (an item's status, a representative's role, a lawful basis, …) as the
worker reads them: in the desk's language.

The core keeps each vocabulary once, in Dutch (model.py: STATUS_LABELS, ROLE_LABELS, …). Those
Dutch words are the Linguist source texts here: lupdate only reads literal QT_TRANSLATE_NOOP /
translate("Context", "text") calls, so each word is written out once more below, and a test
(tests/ui/test_ui_core_labels.py) fails when the core gains a word that is not here or not
translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from toestemming.model import (
    BASIS_LABELS,
    INFORMED_LABELS,
    LEGAL_ROLE_LABELS,
    OVERRIDE_GROUND_LABELS,
    ROLE_LABELS,
    STATUS_LABELS,
    Informed,
    ItemStatus,
    LawfulBasis,
    LegalRole,
    OverrideGround,
)
from toestemming.usecases.forms_data import PERSPECTIVE_LABELS, Perspective

# Context per vocabulary, and every Dutch word of it for lupdate (the values of model.py's maps).
SOURCES: dict[str, tuple[str, ...]] = {
    "ItemStatus": (
        QT_TRANSLATE_NOOP("ItemStatus", "gevraagd"),
        QT_TRANSLATE_NOOP("ItemStatus", "gegeven"),
        QT_TRANSLATE_NOOP("ItemStatus", "geweigerd"),
        QT_TRANSLATE_NOOP("ItemStatus", "tegenstrijdig"),
        QT_TRANSLATE_NOOP("ItemStatus", "ingetrokken"),
        QT_TRANSLATE_NOOP("ItemStatus", "beëindigd door organisatie"),
        QT_TRANSLATE_NOOP("ItemStatus", "verlopen"),
        QT_TRANSLATE_NOOP("ItemStatus", "ongeldig verklaard"),
        QT_TRANSLATE_NOOP("ItemStatus", "vervangen"),
    ),
    "Roles": (
        QT_TRANSLATE_NOOP("Roles", "jongere"),
        QT_TRANSLATE_NOOP("Roles", "ouder"),
        QT_TRANSLATE_NOOP("Roles", "voogd"),
        QT_TRANSLATE_NOOP("Roles", "curator"),
        QT_TRANSLATE_NOOP("Roles", "mentor"),
    ),
    "LawfulBasis": (
        QT_TRANSLATE_NOOP("LawfulBasis", "toestemming"),
        QT_TRANSLATE_NOOP("LawfulBasis", "overeenkomst"),
        QT_TRANSLATE_NOOP("LawfulBasis", "wettelijke verplichting"),
        QT_TRANSLATE_NOOP("LawfulBasis", "vitaal belang"),
        QT_TRANSLATE_NOOP("LawfulBasis", "algemeen belang / publieke taak"),
        QT_TRANSLATE_NOOP("LawfulBasis", "gerechtvaardigd belang"),
    ),
    "Informed": (
        QT_TRANSLATE_NOOP("Informed", "de jongere is geïnformeerd"),
        QT_TRANSLATE_NOOP("Informed", "de ouders/vertegenwoordigers zijn geïnformeerd"),
        QT_TRANSLATE_NOOP("Informed", "de jongere en de ouders zijn geïnformeerd"),
        QT_TRANSLATE_NOOP("Informed", "niet geïnformeerd (reden vastgelegd)"),
    ),
    "OverrideGround": (
        QT_TRANSLATE_NOOP("OverrideGround", "wettelijke verplichting"),
        QT_TRANSLATE_NOOP("OverrideGround", "vitaal belang"),
        QT_TRANSLATE_NOOP("OverrideGround", "rechterlijke uitspraak"),
    ),
    "LegalRole": (
        QT_TRANSLATE_NOOP("LegalRole", "overheidsorgaan met een wettelijke taak"),
        QT_TRANSLATE_NOOP("LegalRole", "private organisatie"),
    ),
    "Perspective": (
        QT_TRANSLATE_NOOP("Perspective", "arbeid (werk)"),
        QT_TRANSLATE_NOOP("Perspective", "dagbesteding"),
        QT_TRANSLATE_NOOP("Perspective", "onderwijs (verder leren)"),
    ),
}

# The core's maps behind each context (the test checks they hold exactly the words above).
VOCABULARIES: dict[str, dict[object, str]] = {
    "ItemStatus": dict(STATUS_LABELS),
    "Roles": dict(ROLE_LABELS),
    "LawfulBasis": dict(BASIS_LABELS),
    "Informed": dict(INFORMED_LABELS),
    "OverrideGround": dict(OVERRIDE_GROUND_LABELS),
    "LegalRole": dict(LEGAL_ROLE_LABELS),
    "Perspective": dict(PERSPECTIVE_LABELS),
}


def _shown(context: str, key: object) -> str:
    dutch = VOCABULARIES[context].get(key, str(key))
    return QCoreApplication.translate(context, dutch)


def status_label(status: ItemStatus) -> str:
    return _shown("ItemStatus", status)


def role_label(role: str) -> str:
    """ "ouder", "voogd", …, or "jongere" for "youth"; an unknown role as it is stored."""
    return _shown("Roles", role)


def role_word(dutch: str) -> str:
    """A role the core already put in words ("jongere", "ouder": a reply proposal's signer)."""
    return QCoreApplication.translate("Roles", dutch)


def basis_label(basis: LawfulBasis) -> str:
    return _shown("LawfulBasis", basis)


def informed_label(informed: Informed) -> str:
    return _shown("Informed", informed)


def override_ground_label(ground: OverrideGround) -> str:
    return _shown("OverrideGround", ground)


def legal_role_label(role: LegalRole) -> str:
    return _shown("LegalRole", role)


def perspective_label(perspective: Perspective) -> str:
    """The transitieformulier's development perspective (the form itself prints Dutch)."""
    return _shown("Perspective", perspective)
