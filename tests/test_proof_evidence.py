"""Every channel's evidence belongs to its decision and travels with the proof (issue 15):
desk (a document), tablet (signature picture + strokes + signing.completed), paper (the
scan), e-mail (the message sent + the reply .eml), app (the message + its screenshot). A
privacy officer exports ONE package for the youth and checks it offline; an insider who
swaps a piece of evidence and re-signs is caught by the log; after the youth's erasure the
evidence is gone and the log still verifies."""

from __future__ import annotations

import hashlib
import io
import json
import random
import zipfile
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from mail_corpus import build_corpus
from mail_support import RemoteVault

from toestemming.devtools import demo_evidence
from toestemming.model import ItemStatus, SignerRef
from toestemming.proof import verify
from toestemming.proof.package import AUDIT, MANIFEST, SIGNATURE
from toestemming.proof.youth import INDEX
from toestemming.usecases.consent import ItemSpec

CORPUS = build_corpus()
DOCUMENT = b"%PDF-1.4\n% gespreksverslag balie, getekend\n%%EOF\n"


def _new_request(rv: RemoteVault) -> int:
    item = rv.main.items[0]
    req = rv.svc.consents.create_request(
        rv.sam.id, [ItemSpec(item.purpose.id, item.recipient.id, (item.categories[0].id,))]
    )
    return req.id


def _every_channel(rv: RemoteVault) -> dict[str, int]:
    """Sam answers by every channel; returns the role → evidence id the proof must hold."""
    svc, sam = rv.svc, SignerRef.youth(rv.sam.id)
    found: dict[str, int] = {}
    # e-mail: the request as sent, then the reply read and confirmed
    _raw, sent = svc.remote.export_eml(rv.main.id, sam)
    assert sent.evidence_id is not None
    found["sent"] = sent.evidence_id
    rv.clock.advance(timedelta(days=1, hours=1))
    reply = svc.remote.confirm(svc.remote.read_reply(CORPUS["gmail_quoted.eml"]))
    found["reply"] = reply.evidence_id
    # app: the message with its screenshot
    shot = demo_evidence.screenshot(3)
    proposal = svc.remote.read_app_message(
        "06-12345678",
        rv.clock.now() - timedelta(minutes=5),
        f"Code {rv.special.reference_code}\n1: ja\n2: nee",
        channel_label="WhatsApp",
        screenshot=shot,
        screenshot_media_type="image/png",
    )
    found["app"] = svc.remote.confirm(proposal).evidence_id
    found["screenshot"] = int(
        svc.vault.db.scalar("SELECT id FROM evidence WHERE kind = 'screenshot'")
    )
    # tablet
    tablet = _new_request(rv)
    session = svc.signing.session(tablet)
    result = svc.signing.sign_decisions(
        tablet,
        sam,
        "nl",
        {i.item_id: "yes" for i in session.items},
        (),
        {i.item_id: i.texts["nl"][1] for i in session.items},
        demo_evidence.signature(random.Random(3)),
        rv.clock.now() - timedelta(minutes=3),
    )
    found["signature"], found["strokes"] = result.signature_evidence_id, result.strokes_evidence_id
    # paper: the printed form, scanned back in
    paper = _new_request(rv)
    scan = svc.forms.import_paper_scan(svc.forms.render_paper_consent(paper), "application/pdf")
    svc.consents.record_decisions(
        paper,
        sam,
        {svc.consents.request(paper).items[0].id: "yes"},
        "paper",
        evidence_id=scan.evidence.id,
    )
    found["scan"] = scan.evidence.id
    # desk: the worker attached the signed conversation report
    desk = _new_request(rv)
    document = svc.evidence.add("document", "application/pdf", DOCUMENT)
    svc.consents.record_decisions(
        desk,
        sam,
        {svc.consents.request(desk).items[0].id: "yes"},
        "desk",
        evidence_id=document.id,
    )
    found["desk"] = document.id
    return found


def _unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def _inner(outer: dict[str, bytes]) -> dict[str, dict[str, bytes]]:
    return {n: _unzip(d) for n, d in outer.items() if n.startswith("verzoeken/")}


def test_one_youth_package_holds_every_channels_evidence_hashed_in_the_log(
    rv: RemoteVault, tmp_path: Path
) -> None:
    found = _every_channel(rv)
    path = rv.svc.forms.proof.export_youth_package(rv.sam.id, tmp_path)
    report = verify(path, trust=rv.svc.forms.proof.own_trust())
    assert report.authentic, report.problems
    outer = _unzip(path.read_bytes())
    inner = _inner(outer)
    index = json.loads(outer[INDEX])
    codes = {p["reference_code"] for p in index["packages"]}
    requests = rv.svc.vault.db.query(
        "SELECT reference_code FROM consent_requests WHERE youth_id = ?", (rv.sam.id,)
    )
    assert codes == {r[0] for r in requests} and len(inner) == 5  # main, special, 3 new
    packed: dict[int, bytes] = {}
    logged: dict[int, str] = {}
    kinds: set[str] = set()
    for files in inner.values():
        audit = json.loads(files[AUDIT])
        for e in audit["events"]:
            kinds.add(e["kind"])
            if e["kind"] == "evidence.added":
                data = json.loads(e["body"])["data"]
                logged[int(data["evidence"])] = data["sha256"]
        for name, content in files.items():
            if name.startswith("bewijsstukken/"):
                packed[int(name.split("/")[1].split("-")[0])] = content
    for role, eid in found.items():
        assert eid in packed, role
        assert hashlib.sha256(packed[eid]).hexdigest() == logged[eid], role
        assert packed[eid] == rv.svc.evidence.content(eid), role
    strokes = json.loads(packed[found["strokes"]])
    assert strokes["strokes"] and all(len(p) == 4 for s in strokes["strokes"] for p in s)
    assert strokes["png_sha256"] == hashlib.sha256(packed[found["signature"]]).hexdigest()
    assert packed[found["screenshot"]].startswith(b"\x89PNG")
    assert {"signing.completed", "remote.sent", "evidence.linked"} <= kinds


def test_insider_who_swaps_evidence_and_resigns_is_caught_by_the_log(
    rv: RemoteVault, tmp_path: Path
) -> None:
    """Someone with the organisation key rebuilds a package with another screenshot: the
    manifest and its signature agree, but the log's hash of the screenshot does not."""
    found = _every_channel(rv)
    path = rv.svc.forms.proof.export_request(rv.special.id, tmp_path)
    files = _unzip(path.read_bytes())
    name = next(n for n in files if n.startswith(f"bewijsstukken/{found['screenshot']}-"))
    files[name] = demo_evidence.screenshot(7)  # "that is not what she sent"
    manifest = json.loads(files[MANIFEST])
    manifest["files"][name] = {
        "sha256": hashlib.sha256(files[name]).hexdigest(),
        "size": len(files[name]),
    }
    files[MANIFEST] = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode()
    key = Ed25519PrivateKey.from_private_bytes(
        bytes.fromhex(rv.svc.vault.db.scalar("SELECT value FROM meta WHERE key='signing_key'"))
    )
    files[SIGNATURE] = (key.sign(files[MANIFEST]).hex() + "\n").encode()
    forged = tmp_path / "vervalst.zip"
    with zipfile.ZipFile(forged, "w") as z:
        for n, d in files.items():
            z.writestr(n, d)
    report = verify(forged)
    assert not report.ok
    assert any(name in p and "logboek" in p for p in report.problems), report.problems


def test_youth_package_with_a_request_left_out_or_added_fails(
    rv: RemoteVault, tmp_path: Path
) -> None:
    _every_channel(rv)
    path = rv.svc.forms.proof.export_youth_package(rv.sam.id, tmp_path / "sam.zip")
    outer = _unzip(path.read_bytes())
    dropped = dict(outer)
    del dropped[next(n for n in outer if n.startswith("verzoeken/"))]
    extra = dict(outer)
    extra["verzoeken/bewijs-TS-0000-0000-0.zip"] = next(
        d for n, d in outer.items() if n.startswith("verzoeken/")
    )
    for variant in (dropped, extra):
        out = tmp_path / "variant.zip"
        with zipfile.ZipFile(out, "w") as z:
            for n, d in variant.items():
                z.writestr(n, d)
        assert not verify(out).ok


def test_after_erasure_every_piece_is_gone_and_the_log_still_verifies(
    rv: RemoteVault, tmp_path: Path
) -> None:
    svc = rv.svc
    found = _every_channel(rv)
    given = [
        v.item_id
        for v in svc.consents.items_for_youth(rv.sam.id)
        if v.status.status in (ItemStatus.GIVEN, ItemStatus.REQUESTED)
    ]
    svc.withdrawals.withdraw(given, SignerRef.youth(rv.sam.id), "desk")
    svc.retention.erase(rv.sam.id, "request")
    db = svc.vault.db
    for role, eid in found.items():
        row = db.query_one("SELECT content, erased_at FROM evidence WHERE id = ?", (eid,))
        assert row is not None and row[0] is None and row[1] is not None, role
    assert svc.verify_audit(deep=True).ok
    path = svc.forms.proof.export_youth_package(rv.sam.id, tmp_path)
    assert verify(path).ok
    for files in _inner(_unzip(path.read_bytes())).values():
        assert not [n for n in files if n.startswith("bewijsstukken/")]
