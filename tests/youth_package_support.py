"""The youth's proof package as the session 12-13 tests handle it: exported and verified with
the organisation's own key, unpacked, and forged by an insider with that key who rewrites or
drops files and signs the outer manifest again. One copy for test_casussen_s12_objection_proof,
test_casussen_s13_duty_proof, test_attack_s13_youth_lists and test_attack_s13_moment_source
(they imported these from each other's test modules)."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fhir_forgery import fhir_names_the_pdf

from toestemming.clock import FixedClock
from toestemming.model import SignerRef
from toestemming.proof.verify import VerifyReport, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.objections import Objection

Files = dict[str, bytes]

# The gemeente's weighing when it shares a youth's name on its public task (four steps).
INTEREST = (
    "Publieke taak van de gemeente: jongeren naar werk begeleiden.",
    "Past bij de begeleiding waarvoor de gegevens zijn verzameld.",
    "Alleen naam en opleiding, niet meer dan nodig.",
    "Toestemming was niet te krijgen; de jongere weet dat hij bezwaar kan maken.",
)


def unzip(data: bytes) -> Files:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def resigned(files: Files, signing_key: str, path: Path) -> Path:
    """An insider with the organisation's key rewrites a file and signs the outer manifest."""
    manifest = json.loads(files["manifest.json"])
    files = fhir_names_the_pdf(files)  # as the insider writes them (atk31)
    out = {n: d for n, d in files.items() if n not in ("manifest.json", "manifest.sig")}
    manifest["files"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(out.items())
    }
    body = json.dumps(manifest).encode()
    sig = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_key)).sign(body)
    with zipfile.ZipFile(path, "w") as z:
        for n, d in {
            "manifest.json": body,
            "manifest.sig": (sig.hex() + "\n").encode(),
            **out,
        }.items():
            z.writestr(n, d)
    return path


def verify_resigned(service: Service, files: Files, path: Path) -> VerifyReport:
    """What `verify` says of `files` re-signed at `path` with the organisation's own key (the
    insider has it; verify is given no trust, as a recipient checking the package)."""
    signing_key, _ = service.forms.proof._keys()
    return verify(resigned(files, signing_key, path))


def exported(service: Service, youth_id: int, out: Path) -> tuple[Files, str]:
    """The youth's package, checked with the organisation's own key (in order): its files
    and what verify says of it."""
    path = service.forms.proof.export_youth_package(youth_id, out)
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.authentic and report.ok, report.problems
    return unzip(path.read_bytes()), "\n".join(report.facts)


@dataclass(frozen=True)
class Objected:
    youth_id: int
    args: tuple[int, int, int]  # youth, recipient (the gemeente), purpose (werk)
    objection: Objection


def youth_with_an_objection(
    service: Service,
    c: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    *,
    with_request: bool = True,
    before_objecting: Callable[[int], object] = lambda _youth: None,
) -> Objected:
    """A 19-year-old (asked for one thing when `with_request`, so the package has an inner
    package), shared on the gemeente's public task, and objecting to it by e-mail three days
    later (`before_objecting(youth id)` runs just before)."""
    youth = make_youth(19).youth
    if with_request:
        service.consents.create_request(youth.id, [ItemSpec(c.werk.id, c.uwv.id, (c.contact.id,))])
    args = (youth.id, c.gemeente.id, c.werk.id)
    weighing = service.sharing.record_assessment(*args, "public_task", *INTEREST, True)
    service.sharing.record_disclosure(*args, [c.contact.id], assessment_id=weighing.id)
    before_objecting(youth.id)
    clock.advance(timedelta(days=3))
    objection = service.objections.record(*args, SignerRef.youth(youth.id), "email")
    return Objected(youth.id, args, objection)


class YouthPackage:
    """A youth's genuine package (its files, and verify's facts of it) and the insider who
    edits one of its JSON files and signs the outer manifest again."""

    def __init__(self, service: Service, files: Files, folder: Path, facts: str = "") -> None:
        self.service, self.files, self.folder, self.facts = service, files, folder, facts

    def forged(self, name: str, edit: Callable[[dict[str, Any]], None], out: str) -> VerifyReport:
        """verify, trusting the organisation's own key, of the package with `name` edited and
        everything re-signed with that key."""
        doc = json.loads(self.files[name])
        edit(doc)
        files = {**self.files, name: json.dumps(doc, indent=2, ensure_ascii=False).encode()}
        signing_key, _ = self.service.forms.proof._keys()
        path = resigned(files, signing_key, self.folder / out)
        return verify(path, trust=self.service.forms.proof.own_trust())


def objected_package(
    service: Service,
    c: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    folder: Path,
) -> YouthPackage:
    """The genuine package of a 19-year-old who objected to the gemeente's sharing
    (youth_with_an_objection), exported into `folder`."""
    objection = youth_with_an_objection(service, c, make_youth, clock)
    files, facts = exported(service, objection.youth_id, folder / "echt.ttbewijs")
    return YouthPackage(service, files, folder, facts)
