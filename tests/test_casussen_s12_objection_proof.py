"""The youth's objection (verzet) in the youth's proof package, checked by `verify`.

Seed 003, reglement art. 8.3: when data go out on the school's task or a legitimate interest
"heeft de student en/of diens wettelijk vertegenwoordiger het recht van verzet". When the
student later complains that the school kept sharing, the privacy officer hands over the
youth's package: it must show the objection, and the FG or a court must be able to check it
against the signed log like the rest. Before, the package held only the consent requests."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from youth_package_support import unzip, verify_resigned

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.verify import verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.sharing_rules import Justification

STEPS = (
    "Gerechtvaardigd belang van de school: de stageplek regelen.",
    "Past bij de opleiding waarvoor de gegevens zijn verzameld.",
    "Alleen naam en opleiding, niet meer dan nodig.",
    "Toestemming was niet te krijgen; de student weet dat hij bezwaar kan maken.",
)


def test_the_objection_is_in_the_youths_package_and_verified_against_the_log(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    c = catalog
    youth = make_youth(18, given_name="Daan").youth
    other = make_youth(17).youth
    service.consents.create_request(youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))])
    args = (youth.id, c.werkgever.id, c.stage.id)
    weighing = service.sharing.record_assessment(*args, "legitimate_interest", *STEPS, True)
    service.sharing.record_disclosure(
        *args, [c.school.id], assessment_id=weighing.id, justification=Justification("youth")
    )
    clock.advance(timedelta(days=2))
    objection = service.objections.record(*args, SignerRef.youth(youth.id), "email")
    service.objections.record(
        other.id, c.werkgever.id, c.stage.id, SignerRef.youth(other.id), "desk"
    )
    proof = service.forms.proof
    path = proof.export_youth_package(youth.id, tmp_path)
    report = verify(path, trust=proof.own_trust())
    assert report.authentic, report.problems
    assert any("1 bezwaar (verzet)" in f for f in report.facts), report.facts
    files = unzip(path.read_bytes())
    listed = json.loads(files["bezwaren.json"])["bezwaren"]
    assert [(o["objection"], o["channel"], o["ontvanger"]) for o in listed] == [
        (objection.id, "email", "Bakkerij De Korenschoof")
    ]
    assert "Daan" not in files["bezwaren.json"].decode()  # ids and catalog names only

    # An insider with the key says the objection came in at the desk (or drops it from the
    # list while its event stays): the log in the same file says otherwise.
    doc = json.loads(files["bezwaren.json"])
    doc["bezwaren"][0]["channel"] = "desk"
    changed = dict(files, **{"bezwaren.json": json.dumps(doc).encode()})
    forged = verify_resigned(service, changed, tmp_path / "a.ttbewijs")
    assert not forged.ok
    assert any("anders dan het logboek" in p for p in forged.problems), forged.problems
    doc["bezwaren"] = []
    dropped = dict(files, **{"bezwaren.json": json.dumps(doc).encode()})
    forged = verify_resigned(service, dropped, tmp_path / "b.ttbewijs")
    assert any("past niet bij het logboek" in p for p in forged.problems), forged.problems
    # Removing the file from a package without the key: the signed manifest lists it.
    gone = {n: d for n, d in files.items() if n != "bezwaren.json"}
    with zipfile.ZipFile(tmp_path / "c.ttbewijs", "w") as z:
        for n, d in gone.items():
            z.writestr(n, d)
    assert any("bezwaren.json ontbreekt" in p for p in verify(tmp_path / "c.ttbewijs").problems)
