"""The core's fixed words (statuses, roles, lawful bases, …) on an English desk: the consent
cards said "gegeven" and "ouder" between English buttons, because those words reached
QCoreApplication.translate() from a dict, where lupdate never sees them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from toestemming.model import Informed, ItemStatus, LawfulBasis, LegalRole, OverrideGround
from ui import core_labels
from ui.i18n import remove_translators, switch_language


@pytest.fixture
def english(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    switch_language(qapp, "en")
    yield
    switch_language(qapp, "nl")
    remove_translators(qapp)


def test_every_core_word_is_listed_for_linguist() -> None:
    """A word added to one of model.py's maps must be added to core_labels.SOURCES too (or
    lupdate never offers it to the translator)."""
    for context, vocabulary in core_labels.VOCABULARIES.items():
        assert sorted(set(vocabulary.values())) == sorted(core_labels.SOURCES[context]), context


def test_every_core_word_reads_english_on_an_english_desk(english: None) -> None:
    shown = {
        "status": [core_labels.status_label(s) for s in ItemStatus],
        "role": [core_labels.role_label(r) for r in ("youth", "parent", "guardian")],
        "basis": [core_labels.basis_label(b) for b in LawfulBasis],
        "informed": [core_labels.informed_label(i) for i in Informed],
        "ground": [core_labels.override_ground_label(g) for g in OverrideGround],
        "legal": [core_labels.legal_role_label(r) for r in LegalRole],
    }
    for context, vocabulary in core_labels.VOCABULARIES.items():
        for dutch in vocabulary.values():
            english_word = QApplication.translate(context, dutch)
            assert english_word != dutch or dutch in ("curator", "mentor"), (context, dutch)
    assert shown["status"][:2] == ["requested", "given"]
    assert shown["role"] == ["young person", "parent", "guardian"]
    assert "legal obligation" in shown["basis"]
    for words in shown.values():
        for word in words:
            for dutch in ("gegeven", "ouder", "toestemming", "geïnformeerd", "belang"):
                assert dutch not in word, word


def test_the_dutch_desk_keeps_the_cores_words() -> None:
    assert core_labels.status_label(ItemStatus.GIVEN) == "gegeven"
    assert core_labels.role_label("youth") == "jongere"
    assert core_labels.role_label("unknown-role") == "unknown-role"
