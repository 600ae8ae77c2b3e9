"""'Bewijs exporteren' replaced whatever file stood at the path in the field: the dialog passed
replace=True for every path, also one the worker typed or the suggested name of yesterday's
package, without asking (session 16). Now an existing file is named and the worker must click
'Vervangen en controleren'; a changed name asks again. The core still never replaces without
replace=True (tests/test_private_files*.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_ui_core_labels import english
from ui_vault import Seeded

from toestemming.proof import verify
from toestemming.service import Service
from ui.forms import ProofExportDialog

__all__ = ["english"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_yesterdays_package_at_the_suggested_name_is_not_replaced_unasked(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    """A hurried worker exports again and presses Enter: the old package is named first."""
    dialog = ProofExportDialog(service, item_id=seeded.given_item, directory=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    target = Path(dialog.path_field.text())
    target.write_bytes(b"het pakket van gisteren")
    before = _digest(target)
    dialog.export_button.click()
    assert not dialog.busy
    assert "Er staat al een bestand met deze naam" in dialog.result_label.text()
    assert dialog.export_button.text() == "Vervangen en controleren"
    assert _digest(target) == before
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.export_button.click()  # the second, deliberate click
    assert signal.args[0] == target and verify(target).ok


def test_a_typed_path_of_another_file_is_asked_about_and_a_new_name_asks_again(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    """The worker types the name of a file they keep (their notes) by mistake, is asked, then
    types another existing name: the first "yes" does not carry over to it."""
    notes = tmp_path / "notities.zip"
    notes.write_bytes(b"aantekeningen")
    other = tmp_path / "rooster.zip"
    other.write_bytes(b"rooster")
    kept = {p: _digest(p) for p in (notes, other)}
    request_id = service.consents.requests_for_youth(seeded.zoe)[0].id
    dialog = ProofExportDialog(service, request_id=request_id, directory=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_field.selectAll()
    qtbot.keyClicks(dialog.path_field, str(notes))
    dialog.export_button.click()
    assert dialog.export_button.text() == "Vervangen en controleren"
    # A second thought: another name. That one exists too, and is asked about afresh.
    dialog.path_field.selectAll()
    qtbot.keyClicks(dialog.path_field, str(other))
    assert dialog.export_button.text() == "Exporteren en controleren"
    assert dialog.result_label.text() == ""
    dialog.export_button.click()
    assert not dialog.busy and dialog.export_button.text() == "Vervangen en controleren"
    assert {p: _digest(p) for p in kept} == kept
    # A free name is written at once, without a question.
    dialog.path_field.selectAll()
    qtbot.keyClicks(dialog.path_field, str(tmp_path / "nieuw.zip"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.export_button.click()
    assert signal.args[0] == tmp_path / "nieuw.zip"
    assert {p: _digest(p) for p in kept} == kept


def test_in_english_the_question_is_english(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path, english: None
) -> None:
    dialog = ProofExportDialog(service, item_id=seeded.given_item, directory=tmp_path)
    qtbot.addWidget(dialog)
    Path(dialog.path_field.text()).write_bytes(b"old")
    dialog.export_button.click()
    assert "already a file" in dialog.result_label.text(), dialog.result_label.text()
    assert dialog.export_button.text() == "Replace and check"
