"""review28: the typed-name check (signing_method.py) is promised by the logged export's
"signature_methods" — read only when the log proof holds exactly ONE proof.exported. An insider
with the organisation's key re-renders bewijs.pdf with the mother's typed name shown as a
hand-drawn signature, and slips one more genuine proof.exported (an earlier export of the same
vault, with its real inclusion path to the same signed checkpoint) into the log proof: the check
must not fall silent because the package now seems to say nothing."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from proof21_support import exported
from test_attack_s8_packages import signed, write
from test_proof25_typed_name import _packaged, _sign, _typed, _with

from formulieren.proof_pdf import render_proof
from toestemming.clock import FixedClock
from toestemming.devtools import demo_evidence
from toestemming.model import SignerRef
from toestemming.proof import inclusion, signing_method
from toestemming.proof.collect import event_record
from toestemming.proof.package_files import AUDIT, PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec


def _with_extra_event(audit: bytes, ctx: object, seq: int) -> bytes:
    """The log proof with one more genuine event and its real path to the same checkpoint."""
    doc = json.loads(audit)
    size = int(doc["checkpoint"]["tree_size"])
    tree = inclusion.MerkleLevels(ctx.audit.leaf_hashes()[:size])  # type: ignore[attr-defined]
    e = event_record(ctx, seq)  # type: ignore[arg-type]
    doc["events"].append(
        {
            "seq": e.seq,
            "kind": e.kind,
            "prev_hash": e.prev.hex(),
            "body": e.body.decode("utf-8"),
            "hash": e.hash.hex(),
            "inclusion_path": [h.hex() for h in tree.path(e.seq - 1)],
        }
    )
    doc["events"].sort(key=lambda x: x["seq"])
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


def test_a_second_export_event_slipped_in_does_not_silence_the_typed_name_check(
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """A 17-year-old (no gezag to prove) types her own name; the desk exports twice."""
    young = make_youth(17)
    request = service.consents.create_request(
        young.youth.id, [ItemSpec(catalog.werk.id, catalog.uwv.id, (catalog.contact.id,))]
    ).id
    clock.advance(timedelta(hours=1))
    _sign(
        service,
        clock,
        request,
        SignerRef.youth(young.youth.id),
        _typed(f"{young.youth.given_name} {young.youth.family_name}"),
    )
    (tmp_path / "eerste").mkdir()
    exported(service, clock, request, tmp_path / "eerste")
    ctx = service.forms.proof._ctx
    earlier = int(
        service.vault.db.scalar("SELECT max(seq) FROM events WHERE kind = 'proof.exported'")
    )
    folder = tmp_path / "tweede"
    folder.mkdir()
    case = _packaged(exported(service, clock, request, folder))
    picture = demo_evidence.signature(random.Random(7)).png
    view = _with(case.view, signed_how=signing_method.DRAWN, typed_name="", signature_png=picture)
    signing_key, _ = service.forms.proof._keys()
    key_pem, cert_pem = service.forms.proof.certificate.key_and_certificate()
    pdf = sign_pdf(render_proof(view), key_pem, cert_pem, clock.now(), "Bewijs")
    files = {**case.files, PDF: pdf, AUDIT: _with_extra_event(case.files[AUDIT], ctx, earlier)}
    path = write(folder, signed(files, signing_key), "twee-exports.tbewijs")
    report = verify(path, case.public_key, clock=clock)
    assert report.exit_code != EXIT_AUTHENTIC, report.facts
    assert any("niet precies één export" in p for p in report.problems), report.problems
