"""One request's package exported and checked authentic, and the insider who re-renders its
bewijs.pdf from an edited view (proof21's tests): the organisation's certificate signs the PDF,
its key the manifest. One copy for test_proof21_gezag_then, _rtl_withdrawer, _genuine_unusual."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from test_attack_s8_packages import read, signed, write

from formulieren.proof_pdf import ProofEvent, ProofView, render_proof
from toestemming.clock import FixedClock
from toestemming.proof.package import PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, VerifyReport, verify
from toestemming.service import Service

Files = dict[str, bytes]


@dataclass(frozen=True)
class Exported:
    service: Service
    clock: FixedClock
    files: Files
    view: ProofView  # what the genuine PDF was rendered from
    public_key: str
    folder: Path


def exported(service: Service, clock: FixedClock, request_id: int, folder: Path) -> Exported:
    """The request's package, verified authentic against the organisation's key."""
    proof = service.forms.proof
    path = proof.export_request(request_id, folder / "echt.tbewijs")
    _, public_key = proof._keys()
    report = verify(path, public_key, clock=clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    export_seq = int(service.vault.db.scalar("SELECT max(seq) FROM events"))
    view = dataclasses.replace(proof.view(request_id), export_seq=export_seq)
    return Exported(service, clock, read(path), view, public_key, folder)


def rerendered(
    case: Exported, view: ProofView, name: str, files: Files | None = None
) -> VerifyReport:
    """What verify says of the package with bewijs.pdf rendered from `view` and signed with
    the organisation's certificate, the manifest re-signed with its key."""
    proof = case.service.forms.proof
    signing_key, _ = proof._keys()
    key_pem, cert_pem = proof.certificate.key_and_certificate()
    pdf = sign_pdf(render_proof(view), key_pem, cert_pem, case.clock.now(), "Bewijs")
    path = write(case.folder, signed({**(files or case.files), PDF: pdf}, signing_key), name)
    return verify(path, case.public_key, clock=case.clock)


def with_history(view: ProofView, edit: Callable[[ProofEvent], str]) -> ProofView:
    """`view` with each history row of its first item described as `edit` says."""
    item = view.items[0]
    history = tuple(dataclasses.replace(e, what=edit(e)) for e in item.history)
    return dataclasses.replace(view, items=(dataclasses.replace(item, history=history),))
