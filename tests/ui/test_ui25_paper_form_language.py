"""Ayşe Çelik reads Arabic; Zoë's request is in Dutch. Nieuw verzoek and Verzoek mailen warn
the worker that she cannot read it — but Papieren formulier on Zoë's page (Ctrl+P, the
hurried worker's way to a signature) printed the Dutch form without a word: the parent
signs a text she has not read, and the consent was not informed. Now the preview says so
above the form, before it is printed; a household that reads the form shows no warning."""

from __future__ import annotations

from consent_fixtures import desk, show_youth
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.service import Service
from ui.forms import PdfPreviewDialog
from ui.main_window import MainWindow

__all__ = ["desk"]


def _print_paper_form(qtbot: QtBot, window: MainWindow, seeded: Seeded) -> PdfPreviewDialog:
    show_youth(window, seeded.zoe)
    assert window.detail.consents.focus_item(seeded.requested_item)
    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    paper = window.detail.dialog
    assert isinstance(paper, PdfPreviewDialog)
    return paper


def test_the_paper_form_warns_of_a_parent_who_reads_another_language(
    qtbot: QtBot, desk: MainWindow, service: Service, seeded: Seeded
) -> None:
    ayse = next(r for r in service.people.representatives(seeded.zoe) if r.name == "Ayşe Çelik")
    service.people.update_representative(ayse.id, name=ayse.name, language="ar")
    paper = _print_paper_form(qtbot, desk, seeded)
    assert paper.warning.isVisible()
    assert paper.warning.kind == "warning"
    assert "Ayşe Çelik" in paper.warning.text() and "Arabisch" in paper.warning.text()
    # Above the form: seen before Afdrukken.
    assert paper.warning.geometry().bottom() <= paper.view.geometry().top()
    paper.reject()


def test_no_warning_when_everyone_reads_the_form(
    qtbot: QtBot, desk: MainWindow, seeded: Seeded
) -> None:
    paper = _print_paper_form(qtbot, desk, seeded)
    assert paper.warning.isHidden()
    paper.reject()
