"""The mailed "ja" as a privacy officer must show it years later (proof25): the parent's own
message is in the package byte for byte — headers and all — and bound to the decision (the
receipt's decision names that file, the log hashes it). An insider who edits the message's
body or its From: and re-signs the manifest is refused. Genuine packages of a record under a
retention hold (a complaint is open), and after two held records of one youth were merged,
verify authentic."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from mail_corpus import build_corpus
from mail_support import RemoteVault
from test_attack_s8_packages import signed, write

from toestemming.model import SignerRef
from toestemming.proof.package_files import RECEIPT
from toestemming.proof.verify import EXIT_AUTHENTIC, verify

CORPUS = build_corpus()


def _read(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _mailed(rv: RemoteVault, tmp_path: Path) -> tuple[dict[str, bytes], str, bytes]:
    """Sam's mailed reply confirmed, the package exported: (files, reply's name, raw reply)."""
    rv.svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    rv.clock.advance(timedelta(days=1, hours=1))
    raw = CORPUS["gmail_quoted.eml"]
    reply = rv.svc.remote.confirm(rv.svc.remote.read_reply(raw))
    rv.clock.advance(timedelta(minutes=5))
    path = rv.svc.forms.proof.export_request(rv.main.id, tmp_path / "mail.tbewijs")
    report = verify(path, trust=rv.svc.forms.proof.own_trust(), clock=rv.clock)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    files = _read(path)
    (name,) = [n for n in files if re.fullmatch(rf"bewijsstukken/{reply.evidence_id}-.+", n)]
    return files, name, raw


def test_the_parents_own_message_is_in_the_package_and_bound_to_the_decision(
    rv: RemoteVault, tmp_path: Path
) -> None:
    files, name, raw = _mailed(rv, tmp_path)
    assert files[name] == raw  # byte for byte, with its headers
    assert b"\nFrom: " in b"\n" + files[name] and b"\nDate: " in b"\n" + files[name]
    receipt = json.loads(files[RECEIPT])
    decisions = [e for c in receipt["consents"] for e in c["events"] if e["type"] == "decision"]
    assert decisions and all(e["evidence"] == name and e["channel"] == "email" for e in decisions)


@pytest.mark.parametrize(
    "edit",
    [
        lambda raw: re.sub(rb"(?m)^From: .*$", b"From: Iemand Anders <anders@example.org>", raw),
        lambda raw: raw.replace(b"ja", b"nee", 1),
    ],
    ids=["from", "body"],
)
def test_the_mailed_message_edited_and_re_signed_is_refused(
    rv: RemoteVault, tmp_path: Path, edit: object
) -> None:
    files, name, raw = _mailed(rv, tmp_path)
    forged = edit(raw)  # type: ignore[operator]
    assert forged != raw
    key, _ = rv.svc.forms.proof._keys()
    path = write(tmp_path, signed({**files, name: forged}, key), "bewerkt.tbewijs")
    report = verify(path, trust=rv.svc.forms.proof.own_trust(), clock=rv.clock)
    assert report.exit_code != EXIT_AUTHENTIC
    assert any("vervangen" in p for p in report.problems), report.problems


def test_a_held_record_and_two_held_records_merged_verify(rv: RemoteVault, tmp_path: Path) -> None:
    svc = rv.svc
    svc.retention.hold(rv.sam.id, "complaint")
    svc.consents.record_decisions(
        rv.main.id,
        SignerRef.youth(rv.sam.id),
        {i.id: "yes" for i in rv.main.items},
        "desk",
    )
    rv.clock.advance(timedelta(minutes=5))
    trust = svc.forms.proof.own_trust()
    report = verify(svc.forms.proof.export_request(rv.main.id, tmp_path / "vast"), trust=trust)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    double = svc.people.add_youth(given_name="Sam", family_name="de Vries", birth_date="2009-05-10")
    svc.retention.hold(double.id, "court")
    rv.clock.advance(timedelta(minutes=5))
    kept = svc.duplicates.merge(rv.sam.id, double.id)
    assert svc.retention.dispute(kept.id) is not None
    rv.clock.advance(timedelta(minutes=5))
    for path in (
        svc.forms.proof.export_request(rv.main.id, tmp_path / "na-samenvoegen"),
        svc.forms.proof.export_youth_package(kept.id, tmp_path / "jongere"),
    ):
        report = verify(path, trust=trust, clock=rv.clock)
        assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert svc.consents.request(rv.main.id).items  # nothing else changed by the export
