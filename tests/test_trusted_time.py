"""Trusted time (RFC 3161) against a real timestamp authority on 127.0.0.1 (tests/tsa_support.py):
with a TSA the proof PDF is PAdES B-T and the checkpoint carries a token, and `verify` shows the
TSA's time; a TSA that is down, overloaded or answers only half the time never stops an export
or a close — the proof then says "geen vertrouwde tijdstempel", and the next checkpoint tries
again; a token borrowed from another checkpoint is caught."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from forms_scenario import Scenario, build
from tsa_support import TSA_NAME, closed_port_url, local_tsa

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.proof import verify
from toestemming.proof.package import AUDIT, MANIFEST, PDF, SIGNATURE
from toestemming.proof.pdfsign import check_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.service import Service
from toestemming.timestamps import check_token

TSA_SHOWN = f"30-11-2026 13:34:56 volgens tijdstempeldienst {TSA_NAME}"  # 12:34:56 UTC, CET
NAMES = ("Marek", "Wiśniewski", "Zoë", "Ødegaard", "Ayşe", "Çelik", "يوسف")

Files = dict[str, bytes]


@pytest.fixture
def scenario(service: Service, clock: FixedClock) -> Scenario:
    return build(service, clock)


def unpack(path: Path) -> Files:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def pack(files: Files, target: Path) -> None:
    with zipfile.ZipFile(target, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_with_a_tsa_the_proof_is_timestamped_and_verify_shows_the_time(
    service: Service, scenario: Scenario, tmp_path: Path
) -> None:
    with local_tsa() as tsa:
        service.trusted_time.set_url(tsa.url)
        path = service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
        # One token for the checkpoint; pyHanko asks twice for the PDF (size estimate + real).
        assert tsa.count == 3
    files = unpack(path)
    stamp = json.loads(files[AUDIT])["checkpoint"]["timestamp"]
    assert stamp["tsa_url"] == tsa.url and base64.b64decode(stamp["rfc3161_token"])
    pdf = check_pdf(files[PDF], files["sleutels/organisatie-certificaat.pem"], PDF)
    assert pdf.problem is None and pdf.timestamp is not None and pdf.timestamp.tsa == TSA_NAME
    text = " ".join(pdf_text(files[PDF]).split())
    assert f"gestempeld door tijdstempeldienst {TSA_NAME}" in text and "PAdES B-T" in text
    assert "geen vertrouwde tijdstempel" not in text

    # The TSA is gone now: verify is offline and still sees both stamps.
    report = verify(path, expected_key=service.public_key)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    facts = report.describe()
    assert f"handtekening van {PDF}: {TSA_SHOWN}" in facts
    assert f"controlepunt van het logboek: {TSA_SHOWN}" in facts
    latest = service.trusted_time.status().latest_stamp
    assert latest is not None and latest.tsa_url == tsa.url


def test_without_a_tsa_nothing_breaks_and_the_proof_says_so(
    service: Service, scenario: Scenario, tmp_path: Path
) -> None:
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
    files = unpack(path)
    assert "timestamp" not in json.loads(files[AUDIT])["checkpoint"]
    assert "geen vertrouwde tijdstempel" in " ".join(pdf_text(files[PDF]).split())
    report = verify(path, expected_key=service.public_key)
    assert report.exit_code == EXIT_AUTHENTIC
    assert "Vertrouwde tijd: geen vertrouwde tijdstempel" in report.describe()
    assert service.vault.db.scalar("SELECT count(*) FROM checkpoint_timestamps") == 0


def test_a_tsa_that_is_down_during_export_costs_nothing_but_the_stamp(
    service: Service,
    scenario: Scenario,
    clock: FixedClock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    service.trusted_time.set_url(closed_port_url())
    with caplog.at_level(logging.DEBUG):
        path = service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
    files = unpack(path)
    assert "geen vertrouwde tijdstempel" in " ".join(pdf_text(files[PDF]).split())
    report = verify(path, expected_key=service.public_key)
    assert report.exit_code == EXIT_AUTHENTIC
    assert "Vertrouwde tijd: geen vertrouwde tijdstempel" in report.describe()
    status = service.trusted_time.status()
    assert status.latest_stamp is None and status.last_failure == clock.now()
    assert any("authority unreachable" in r.getMessage() for r in caplog.records)
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert not any(name in logged for name in NAMES)
    assert scenario.request.reference_code not in logged

    # Back up (another address): the very next checkpoint gets its token.
    with local_tsa() as tsa:
        service.trusted_time.set_url(tsa.url)
        service.checkpoint()
    latest = service.trusted_time.status().latest_stamp
    assert latest is not None and latest.tsa == TSA_NAME


def test_a_failed_stamp_is_retried_when_the_vault_closes(
    service: Service, vault_path: Path, passphrase: str, clock: FixedClock
) -> None:
    svc = service
    with local_tsa() as tsa:
        svc.trusted_time.set_url(tsa.url)
        tsa.answer = 0  # overloaded: 503 for everything
        svc.people.add_youth(given_name="Lotte", family_name="Bos", birth_date="01-01-2010")
        made = svc.checkpoint()
        assert made is not None and svc.trusted_time.stamp_of(made.id) is None
        tsa.answer = None  # recovered
        svc.close()
    again = Service.open(vault_path, passphrase, clock=clock)
    try:
        latest = again.trusted_time.status().latest_stamp
        assert latest is not None and latest.checkpoint_id >= made.id
    finally:
        again.trusted_time.set_url(None)  # nothing listens any more; keep close quiet
        again.close()


def test_a_tsa_that_stops_answering_after_the_checkpoint(
    service: Service, scenario: Scenario, tmp_path: Path
) -> None:
    with local_tsa() as tsa:
        service.trusted_time.set_url(tsa.url)
        tsa.answer = 1  # the checkpoint's token, then nothing
        path = service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
    text = " ".join(pdf_text(unpack(path)[PDF]).split())
    assert "heeft geen vertrouwde tijdstempel (de dienst antwoordde niet)" in text
    assert f"gestempeld door tijdstempeldienst {TSA_NAME}" in text
    report = verify(path, expected_key=service.public_key)
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    facts = report.describe()
    assert f"handtekening van {PDF}: geen vertrouwde tijdstempel" in facts
    assert f"controlepunt van het logboek: {TSA_SHOWN}" in facts


def resign_manifest(files: Files, signing_key: str) -> Files:
    out = dict(files)
    manifest = json.loads(out[MANIFEST])
    for name, entry in manifest["files"].items():
        entry["sha256"] = hashlib.sha256(out[name]).hexdigest()
        entry["size"] = len(out[name])
    body = json.dumps(manifest).encode()
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_key))
    out[MANIFEST], out[SIGNATURE] = body, (signer.sign(body).hex() + "\n").encode()
    return out


def test_a_token_borrowed_from_another_checkpoint_is_caught(
    service: Service, scenario: Scenario, tmp_path: Path
) -> None:
    """An insider with the organisation key wants an earlier trusted time on a later package:
    they copy the token of an earlier checkpoint into it and sign the manifest again."""
    with local_tsa() as tsa:
        service.trusted_time.set_url(tsa.url)
        first = unpack(service.forms.proof.export_request(scenario.request.id, tmp_path / "1.zip"))
        later = unpack(service.forms.proof.export_request(scenario.request.id, tmp_path / "2.zip"))
    signing_key = str(service.vault.db.scalar("SELECT value FROM meta WHERE key = 'signing_key'"))
    audit = json.loads(later[AUDIT])
    audit["checkpoint"]["timestamp"] = json.loads(first[AUDIT])["checkpoint"]["timestamp"]
    target = tmp_path / "geleend.zip"
    pack(resign_manifest({**later, AUDIT: json.dumps(audit).encode()}, signing_key), target)
    report = verify(target, expected_key=service.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    assert report.problems == [
        f"{AUDIT}: controlepunt: de tijdstempel hoort niet bij deze gegevens (de vingerafdruk "
        "erin is een andere)."
    ]
    audit["checkpoint"]["timestamp"]["rfc3161_token"] = base64.b64encode(b"0\x03\x02\x01").decode()
    pack(resign_manifest({**later, AUDIT: json.dumps(audit).encode()}, signing_key), target)
    assert "onleesbaar" in verify(target).problems[0]


def test_a_token_is_only_good_for_its_own_message() -> None:
    from toestemming.timestamps import request_token

    with local_tsa() as tsa:
        token = request_token(tsa.url, b"controlepunt 7")
    assert check_token(token, b"controlepunt 7").ok
    other = check_token(token, b"controlepunt 8")
    assert not other.ok and "hoort niet bij deze gegevens" in (other.problem or "")


def test_the_tsa_setting_refuses_what_it_should_not_store(service: Service) -> None:
    for bad in ("ftp://tsa.example/", "tsa.example", "http://gebruiker:geheim@tsa.example/"):
        with pytest.raises(ValidationError, match="tijdstempeldienst"):
            service.trusted_time.set_url(bad)
    assert service.trusted_time.url() is None
    service.trusted_time.set_url(" https://tsa.example/rfc3161 ")
    assert service.trusted_time.url() == "https://tsa.example/rfc3161"
    service.trusted_time.set_url(None)
    assert service.trusted_time.url() is None
    kinds = [
        r[0] for r in service.vault.db.query("SELECT kind FROM events WHERE kind = 'tsa.changed'")
    ]
    assert len(kinds) == 2  # on and off are both in the log


def test_set_tsa_on_the_command_line(
    service: Service, vault_path: Path, passphrase: str, tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    service.close()
    env = {**os.environ, "TOESTEMMING_PASSPHRASE": passphrase}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "toestemming", *args, "--vault", str(vault_path)],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=300,
        )

    with local_tsa() as tsa:
        on = cli("set-tsa", tsa.url)
        assert on.returncode == 0, on.stderr
        assert "getest" in on.stdout and "30-11-2026 13:34:56" in on.stdout
    down = cli("set-tsa", closed_port_url())
    assert down.returncode == 0 and "antwoordt niet" in down.stderr  # saved all the same
    bad = cli("set-tsa", "ftp://tsa.example")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    off = cli("set-tsa", "--off")
    assert off.returncode == 0 and "geen vertrouwde tijdstempel" in off.stdout
    reopened = Service.open(vault_path, passphrase)
    try:
        assert reopened.trusted_time.url() is None
    finally:
        reopened.close()
