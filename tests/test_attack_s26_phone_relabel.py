"""Attack s26: a "ja" by phone relabelled as a visit to the desk in a proof package.

Since session 20 the desk channel reads "aan de balie of telefonisch" (a phone call is
recorded at the desk; the log's code is "desk" for both). Packages of earlier releases
printed "aan de balie", so verify still accepts that wording for the code "desk"
(proof/wordings.EARLIER) — for EVERY package, also one this release made. An insider with the
organisation's key exports the package of a mother's phone call, writes "aan de balie" in its
receipt and re-signs: verify says authentic, and the package now tells a lawyer the mother
came to the desk (and the receipt no longer says what its own bewijs.pdf prints).

Closed by review28 (proof/retired_wordings.py): a package of this release (its proof.exported
names "signature_methods", which came with the new wording) may not use the retired wording."""

from __future__ import annotations

import zipfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from youth_package_support import verify_resigned

from toestemming.model import SignerRef
from toestemming.proof.package import RECEIPT
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _phone_package(
    service: Service, catalog: SimpleNamespace, make_youth: Any, tmp_path: Path
) -> dict[str, bytes]:
    c = catalog
    case = make_youth(13, parents=1)
    request = service.consents.create_request(
        case.youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))]
    )
    mother = SignerRef.representative(case.parents[0].id)
    service.consents.record_decisions(request.id, mother, {request.items[0].id: "yes"}, "desk")
    path = service.forms.proof.export_request(request.id, tmp_path / "bewijs.tbewijs")
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def test_the_genuine_phone_package_verifies(
    service: Service, catalog: SimpleNamespace, make_youth: Any, tmp_path: Path
) -> None:
    files = _phone_package(service, catalog, make_youth, tmp_path)
    assert b'"aan de balie of telefonisch"' in files[RECEIPT]
    report = verify_resigned(service, files, tmp_path / "zelfde.tbewijs")
    assert report.ok, report.problems


def test_a_phone_yes_relabelled_as_a_desk_visit_is_refused(
    service: Service, catalog: SimpleNamespace, make_youth: Any, tmp_path: Path
) -> None:
    files = _phone_package(service, catalog, make_youth, tmp_path)
    receipt = files[RECEIPT].replace(b'"aan de balie of telefonisch"', b'"aan de balie"')
    assert receipt != files[RECEIPT]
    report = verify_resigned(service, {**files, RECEIPT: receipt}, tmp_path / "vals.tbewijs")
    assert not report.ok
