"""The rewritten transitieformulier, printed and re-saved through the desk's editor.

Session 11 made `render_transition_form(youth)` and the inzage refuse a saved version whose
content differs from its log. But the desk never prints that way: the Transitieformulier
dialog (ui/forms/transition_dialog.py) loads the latest saved version into its fields and
its "Voorbeeld" renders *those fields* (`render_transition_form(youth, data)`), its "Opslaan"
saves them as the next version. So after an insider rewrote version 1 (another goal, another
internship), the worker who opened the form printed the rewritten text, and a save turned it
into version 2 with a genuine log entry: from then on every check-on-print passed. This test
acts as that worker: open, preview, save — without touching a field. Both are now refused,
and nothing is logged."""

from __future__ import annotations

import pytest
from conftest import row_count
from forms_scenario import Scenario, build, transition_data
from replay_support import attacker_connection, lifted_edit

from toestemming.clock import FixedClock
from toestemming.errors import IntegrityFailure
from toestemming.service import Service


@pytest.fixture
def scenario(service: Service, clock: FixedClock) -> Scenario:
    return build(service, clock)


def _rewrite_latest(service: Service, youth: int) -> None:
    form = service.forms.transition_form(youth)
    assert form is not None
    data = str(
        service.vault.db.scalar("SELECT data FROM transition_forms WHERE id = ?", (form.id,))
    )
    assert "Doel: een vaste baan" in data
    conn = attacker_connection(service)
    try:
        lifted_edit(
            conn,
            [
                (
                    "UPDATE transition_forms SET data = ? WHERE id = ?",
                    (data.replace("Doel: een vaste baan", "Doel: dagbesteding"), form.id),
                )
            ],
            must_hit=True,
        )
    finally:
        conn.close()


def test_the_editor_neither_previews_nor_resaves_a_rewritten_version(
    service: Service, scenario: Scenario
) -> None:
    youth = scenario.marek
    service.forms.save_transition_form(youth, transition_data(None))
    _rewrite_latest(service, youth)
    # What the dialog does: load the latest version into its fields ...
    loaded = service.forms.transition_form(youth)
    assert loaded is not None and "dagbesteding" in loaded.data.perspective_notes
    before = row_count(service, "events")
    # ... "Voorbeeld" (then print/save as PDF from the preview) ...
    with pytest.raises(IntegrityFailure) as caught:
        service.forms.render_transition_form(youth, loaded.data)
    assert "Versie 1" in caught.value.message and "logboek" in caught.value.message
    # ... and "Opslaan" as the next version.
    with pytest.raises(IntegrityFailure):
        service.forms.save_transition_form(youth, loaded.data)
    assert row_count(service, "events") == before
    assert [f.version for f in service.forms.transition_form_versions(youth)] == [1]


def test_a_genuine_latest_version_still_previews_and_saves(
    service: Service, scenario: Scenario
) -> None:
    """The control: an untouched version opens, previews and is saved again as version 2."""
    youth = scenario.marek
    service.forms.save_transition_form(youth, transition_data(None))
    loaded = service.forms.transition_form(youth)
    assert loaded is not None
    assert service.forms.render_transition_form(youth, loaded.data)[:4] == b"%PDF"
    assert service.forms.save_transition_form(youth, loaded.data).version == 2
    assert service.replay().ok
