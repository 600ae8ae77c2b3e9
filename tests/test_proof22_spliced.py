"""Two genuine packages of one request, exported before and after a withdrawal, spliced by the
insider with the organisation's key (proof22, as the forging validator does): the earlier
log proof under the later receipt and PDF, and the other way round, and the earlier PDF in
the later package. Each is refused; each original verifies."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from proof21_support import exported
from test_attack_s8_packages import signed, write

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.package import AUDIT, PDF, RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

PARTS = {
    "the earlier log proof": (AUDIT,),
    "the earlier receipt and PDF": (RECEIPT, PDF),
    "the earlier PDF": (PDF,),
    "the earlier receipt": (RECEIPT,),
}


@pytest.mark.parametrize("how", list(PARTS))
def test_a_package_spliced_from_two_exports_is_refused(
    service: Service, catalog: SimpleNamespace, clock: FixedClock, tmp_path: Path, how: str
) -> None:
    c = catalog
    youth = service.people.add_youth(
        birth_date=(clock.today() - timedelta(days=17 * 366)).isoformat(),
        given_name="Sam",
        family_name="de Vries",
    )
    request = service.consents.create_request(
        youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    item = request.items[0].id
    me = SignerRef.youth(youth.id)
    service.consents.record_decisions(request.id, me, {item: "yes"}, "desk")
    clock.advance(timedelta(hours=1))
    (tmp_path / "a").mkdir()
    before = exported(service, clock, request.id, tmp_path / "a")
    clock.advance(timedelta(days=1))
    service.withdrawals.withdraw([item], me, "email")
    clock.advance(timedelta(hours=1))
    (tmp_path / "b").mkdir()
    after = exported(service, clock, request.id, tmp_path / "b")
    files = dict(after.files)
    for name in PARTS[how]:
        files[name] = before.files[name]
    signing_key, _ = service.forms.proof._keys()
    path = write(tmp_path, signed(files, signing_key), "gelast.tbewijs")
    report = verify(path, after.public_key, clock=clock)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert report.problems
