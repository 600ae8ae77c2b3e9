"""Session 23 (perf23): two readings are now kept between questions while nothing is committed.

"Mag ik delen?" keeps which catalog entries are old catch-alls ("Alle betrokken instanties"),
and the transitieformulier keeps the young person's views read from the log (one scan of the
events per render and preview cost ~25 ms each in a 10k-youth vault). Both are read again after
any commit: this desk's own (the connection's change count) and another process's (SQLite's
data_version), so a worker in a read-only window never gets "mag delen" on a "ja" to a
catch-all entry a colleague's older desk just recorded, nor a transitieformulier without the
view the mentor just wrote down. The colleague is a real second process."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pdf_checks import flat

from toestemming.clock import FixedClock
from toestemming.model import RepresentativeRole, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import TransitionFormData

PASS = "correct horse battery staple"
START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

# The colleague's desk in its own process: an older release that still let a catch-all name into
# the catalog (as test_cases23_old_catch_all_entries), and the view of Lotte (14) written down.
COLLEAGUE = r"""
import json, sys
from datetime import datetime
from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.service import Service
from toestemming.usecases import catalog as catalog_module, consent as consent_module
from toestemming.usecases.consent import ItemSpec

path, passphrase, moment, ids = sys.argv[1:5]
ids = json.loads(ids)
for name in ("refuse_catch_all_entry", "refuse_yes_to_catch_all"):
    setattr(consent_module, name, lambda *_a: None)
catalog_module.refuse_catch_all = lambda *_a: None
svc = Service.open(path, passphrase, clock=FixedClock(datetime.fromisoformat(moment)))
print("ready", flush=True)
for line in sys.stdin:
    if line.strip() != "write":
        break
    everyone = svc.catalog.add_recipient("Alle betrokken instanties", "gemeente")
    request = svc.consents.create_request(
        ids["daan"], [ItemSpec(ids["werk"], everyone.id, (ids["contact"],))]
    )
    svc.consents.record_decisions(
        request.id, SignerRef.youth(ids["daan"]), {request.items[0].id: "yes"}, "desk"
    )
    svc.youth_views.record(ids["lotte_request"], {ids["lotte_item"]: "objects"}, "desk")
    svc.catalog.revise_purpose(ids["werk"], "Begeleiding naar werk", "Zodat UWV je uitkering regelt.")
    print(json.dumps({"everyone": everyone.id}), flush=True)
svc.close()
"""


@pytest.fixture
def desk(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """Daan (17) said yes to UWV; Lotte (14), whose parents decide, was asked about UWV."""
    path = tmp_path / "kluis.tvault"
    svc, _ = Service.create(path, "School", "Anna", PASS, FixedClock(START), kdf=KdfParams())
    try:
        c = svc.catalog
        uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
        werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
        contact = c.add_category("contact", "Contactgegevens", "Naam en adres.", "dat", False)
        daan = svc.people.add_youth(given_name="Daan", family_name="Smit", birth_date="2009-01-01")
        asked = svc.consents.create_request(daan.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
        svc.consents.record_decisions(
            asked.id, SignerRef.youth(daan.id), {asked.items[0].id: "yes"}, "desk"
        )
        lotte = svc.people.add_youth(given_name="Lotte", family_name="Bos", birth_date="2012-01-01")
        for parent in ("Ouder Een", "Ouder Twee"):
            svc.people.add_representative(lotte.id, parent, RepresentativeRole.PARENT, True)
        hers = svc.consents.create_request(lotte.id, [ItemSpec(werk.id, uwv.id, (contact.id,))])
    finally:
        svc.close()
    ids = {
        "uwv": uwv.id,
        "werk": werk.id,
        "contact": contact.id,
        "daan": daan.id,
        "lotte": lotte.id,
        "lotte_request": hers.id,
        "lotte_item": hers.items[0].id,
    }
    return path, ids


def _form(window: Service, ids: dict[str, int]) -> str:
    data = TransitionFormData(request_id=ids["lotte_request"])
    return flat(window.forms.render_transition_form(ids["lotte"], data))


@pytest.fixture
def colleague(desk: tuple[Path, dict[str, int]]) -> Iterator[Callable[[], subprocess.Popen[str]]]:
    """Starts the colleague's desk (the writer), once it is asked to."""
    path, ids = desk
    moment = (START + timedelta(minutes=1)).isoformat()
    started: list[subprocess.Popen[str]] = []

    def start() -> subprocess.Popen[str]:
        child = subprocess.Popen(
            [sys.executable, "-c", COLLEAGUE, str(path), PASS, moment, json.dumps(ids)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(child)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        return child

    try:
        yield start
    finally:
        for child in started:
            if child.poll() is None:
                child.kill()
            child.wait()


def _write(child: subprocess.Popen[str]) -> dict[str, Any]:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("write\n")
    child.stdin.flush()
    done: dict[str, Any] = json.loads(child.stdout.readline())
    return done


@pytest.mark.parametrize("asked_before_it_opened", [False, True], ids=["open", "opened-later"])
def test_a_read_only_window_sees_what_another_desk_committed_after_its_first_question(
    desk: tuple[Path, dict[str, int]],
    colleague: Callable[[], subprocess.Popen[str]],
    asked_before_it_opened: bool,
) -> None:
    """While the colleague's desk is open (SQLite's data_version tells), and when the window's
    first questions came before it opened (the window was reading the file as it was then: its
    connection is renewed when a writer comes, and what was kept goes with the old one)."""
    path, ids = desk
    c = SimpleNamespace(**ids)
    writer = None if asked_before_it_opened else colleague()
    window = Service.open(
        path, PASS, clock=FixedClock(START + timedelta(minutes=2)), read_only=True
    )
    try:
        # The first questions: nothing catch-all in the catalog, no view on record (kept).
        first = window.sharing.may_share(c.daan, c.uwv, c.werk, [c.contact])
        assert first.allowed and first.text_drift is None
        assert "mening:" not in _form(window, ids)
        assert window.youth_views.for_youth(c.lotte) == []

        everyone = _write(writer or colleague())["everyone"]  # committed by the other process

        answer = window.sharing.may_share(c.daan, everyone, c.werk, [c.contact])
        assert not answer.allowed and "Alle betrokken instanties" in answer.reason
        assert [v.view.value for v in window.youth_views.for_youth(c.lotte)] == ["objects"]
        assert "mening: wil het niet" in _form(window, ids)
        # Daan's own "ja" to UWV stands, now given on an older text of the purpose.
        again = window.sharing.may_share(c.daan, c.uwv, c.werk, [c.contact])
        assert again.allowed and again.text_drift is not None
    finally:
        window.close()


def test_a_text_revised_after_the_first_question_is_warned_about(
    service: Service, catalog: SimpleNamespace, make_youth: Any
) -> None:
    """ "Mag ik delen?" keeps whether the purpose had a revised text while nothing is committed."""
    c = catalog
    youth = make_youth(17).youth.id
    request = service.consents.create_request(
        youth, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    service.consents.record_decisions(
        request.id, SignerRef.youth(youth), {request.items[0].id: "yes"}, "desk"
    )
    first = service.sharing.may_share(youth, c.uwv.id, c.werk.id, [c.contact.id])
    assert first.allowed and first.text_drift is None
    service.catalog.revise_purpose(c.werk.id, "Begeleiding naar werk", "Zodat UWV het regelt.")
    then = service.sharing.may_share(youth, c.uwv.id, c.werk.id, [c.contact.id])
    assert then.allowed and then.text_drift is not None
    assert any("oudere tekst" in w for w in then.warnings)


def _lotte_previewed(
    service: Service, c: SimpleNamespace, make_youth: Any
) -> tuple[int, Any, TransitionFormData]:
    """Lotte (14), her parents decide; her transitieformulier previewed once, no view yet."""
    lotte = make_youth(14, parents=2, given_name="Lotte").youth.id
    request = service.consents.create_request(
        lotte, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    data = TransitionFormData(request_id=request.id)
    assert "mening:" not in flat(service.forms.render_transition_form(lotte, data))
    return lotte, request, data


def test_the_desks_own_view_is_on_the_next_preview(
    service: Service, catalog: SimpleNamespace, make_youth: Any
) -> None:
    """The mentor previews the transitieformulier, writes down what Lotte said, previews again."""
    lotte, request, data = _lotte_previewed(service, catalog, make_youth)
    service.youth_views.record(request.id, {request.items[0].id: "agrees"}, "desk")
    assert "mening: vindt het goed" in flat(service.forms.render_transition_form(lotte, data))


def test_a_view_written_in_a_transaction_that_failed_is_not_shown(
    service: Service, catalog: SimpleNamespace, make_youth: Any, clock: FixedClock
) -> None:
    """Read inside a write that is then rolled back: nothing of it is kept for the next reading."""
    lotte, request, data = _lotte_previewed(service, catalog, make_youth)
    body = {
        "youth": lotte,
        "request": request.id,
        "items": [{"item": request.items[0].id, "view": "objects"}],
        "channel": "desk",
        "heard_at": (clock.now() - timedelta(hours=1)).isoformat().replace("+00:00", "Z"),
    }

    class Stop(Exception):
        pass

    with pytest.raises(Stop), service.vault.db.transaction():
        service.context.event("youth.view_heard", body)
        assert [v.view.value for v in service.youth_views.for_youth(lotte)] == ["objects"]
        raise Stop
    assert service.youth_views.for_youth(lotte) == []
    assert "mening:" not in flat(service.forms.render_transition_form(lotte, data))
