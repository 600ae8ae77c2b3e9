"""Members `verify` read loosely (atk31): the bytes a reader opens held to less than what was
checked.

An independent validator mixes and pads the members of genuine packages of one organisation;
an insider with the organisation's key re-signs the manifest each time. Before atk31 each of
these verified "OK — bewijspakket in orde" (exit 0):

- a FHIR Consent whose `sourceAttachment` names bewijs.pdf with the SHA-1 of another PDF — the
  Consent of the older export of the same request beside the newer PDF, or the hash of another
  youth's proof: a FHIR system that fetches the attachment and checks its hash (as the field is
  meant for) finds a document that is not the one the Consent was made with. verify compared
  every attachment's hash except the PDF's (a test convenience);
- the certificate file `sleutels/organisatie-certificaat.pem` with a second certificate after
  the organisation's (one naming "Gemeente Utrecht"), text before it ("Uitgegeven door: …") or
  even the organisation's private key after it: verify read the first certificate only, while
  a certificate viewer, a text editor or a tool that loads the whole bundle shows the rest;
- the key file `sleutels/organisatie-ed25519.pub` with words after the key on its own line.

The program writes each of these files in exactly one form (the PEM of one certificate, the
key's 64 hex and a line break, the attachment's SHA-1 of the PDF it packs), so any other form is
a file changed after export. Each is refused with exit 1 and a Dutch sentence naming the
file, on the command line and in the desk's verify window alike."""

# ruff: noqa: F811  (the s8 module's `insider` fixture, imported, is the tests' parameter)
from __future__ import annotations

import base64
import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from test_attack_s8_packages import (  # noqa: F401
    Insider,
    cli_verify,
    insider,
    refused,
    signed,
    write,
)

from toestemming.proof.package import CERT, PDF, PUBKEY
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT

Files = dict[str, bytes]
FHIR = [f"fhir/consent-onderdeel-{n}.json" for n in (1, 2, 3)]


def _sha1(data: bytes) -> str:
    return base64.b64encode(hashlib.sha1(data).digest()).decode("ascii")


def _pdf_hash_in_fhir(files: Files, sha1: str, names: list[str] = FHIR) -> Files:
    out = dict(files)
    for name in names:
        doc: dict[str, Any] = json.loads(files[name])
        for attachment in doc["sourceAttachment"]:
            if attachment["url"] == PDF:
                attachment["hash"] = sha1
        out[name] = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()
    return out


def _other_certificate() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Gemeente Utrecht")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(datetime(2025, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2035, 1, 1, tzinfo=UTC))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def test_the_genuine_packages_and_their_fhir_hash_of_the_pdf(insider: Insider) -> None:
    """The control case: every genuine Consent names the SHA-1 of the package's own PDF, and
    re-signing the untouched members changes nothing."""
    for files in (insider.first, insider.later, insider.zoe):
        for name in [n for n in files if n.startswith("fhir/")]:
            (pdf,) = [a for a in json.loads(files[name])["sourceAttachment"] if a["url"] == PDF]
            assert pdf["hash"] == _sha1(files[PDF])
    path = write(insider.folder, signed(insider.later, insider.signing_key), "s31-echt.tbewijs")
    code, out, err = cli_verify("--trust", insider.trust, path)
    assert code == EXIT_AUTHENTIC, (out, err)


@pytest.mark.parametrize(
    "what", ["older-export-consents", "one-older-consent", "other-youths-pdf", "not-base64"]
)
def test_a_fhir_consent_naming_another_pdf_is_refused(insider: Insider, what: str) -> None:
    if what == "older-export-consents":  # the first export's Consents, as they are
        files = {**insider.later, **{n: insider.first[n] for n in FHIR}}
    elif what == "one-older-consent":
        files = {**insider.later, FHIR[0]: insider.first[FHIR[0]]}
    elif what == "other-youths-pdf":
        files = _pdf_hash_in_fhir(insider.later, _sha1(insider.zoe[PDF]))
    else:
        files = _pdf_hash_in_fhir(insider.later, "niet-gecontroleerd")
    err = refused(
        insider,
        signed(files, insider.signing_key, fhir_follows=False),
        f"s31-fhir-{what}.tbewijs",
        "fhir/consent",
    )
    assert PDF in err and "sourceAttachment" in err


def _cert_cases(insider: Insider) -> dict[str, bytes]:
    genuine = insider.later[CERT]
    return {
        "second-certificate-after": genuine + _other_certificate(),
        "text-before": b"Uitgegeven door: Gemeente Utrecht (gecontroleerd)\n" + genuine,
        "text-after": genuine + b"Ondertekend namens de Gemeente Utrecht\n",
        "private-key-after": genuine + insider.key_pem,
        "line-ends-crlf": genuine.replace(b"\n", b"\r\n"),
        "empty-line-inside": genuine.replace(b"\n", b"\n\n", 2),
    }


@pytest.mark.parametrize(
    "what",
    [
        "second-certificate-after",
        "text-before",
        "text-after",
        "private-key-after",
        "line-ends-crlf",
        "empty-line-inside",
    ],
)
def test_a_certificate_file_holding_more_than_the_certificate_is_refused(
    insider: Insider, what: str
) -> None:
    files = {**insider.later, CERT: _cert_cases(insider)[what]}
    err = refused(insider, signed(files, insider.signing_key), f"s31-cert-{what}.tbewijs", CERT)
    assert "PRIVATE" not in err and "Utrecht" not in err  # the file's content is not echoed


@pytest.mark.parametrize(
    "tail", [b"\nDit is de sleutel van de Gemeente Utrecht\n", b"\n\n", b" \n", b"\r\n"]
)
def test_a_key_file_holding_more_than_the_key_is_refused(insider: Insider, tail: bytes) -> None:
    key = insider.public_key.encode("ascii")
    assert insider.later[PUBKEY] == key + b"\n"  # what the program writes
    files = {**insider.later, PUBKEY: key + tail}
    refused(insider, signed(files, insider.signing_key), "s31-pub.tbewijs", PUBKEY)


def test_the_desk_window_gives_the_same_verdict(
    insider: Insider, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the privacy officer double-clicks: the verify window, confirmed with the
    organisation's trust file, says NIET in orde for each forgery above, as the CLI does."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from ui.verify_view import open_verify_view

    forgeries: dict[str, Files] = {
        "fhir": {**insider.later, **{n: insider.first[n] for n in FHIR}},
        "cert": {**insider.later, CERT: _cert_cases(insider)["second-certificate-after"]},
        "pub": {**insider.later, PUBKEY: insider.later[PUBKEY] + b"extra\n"},
    }
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(insider.trust), ""))
    for what, files in forgeries.items():
        forged = signed(files, insider.signing_key, fhir_follows=False)
        path: Path = write(insider.folder, forged, f"s31-ui-{what}.tbewijs")
        code, _out, err = cli_verify("--trust", insider.trust, path)
        dialog = open_verify_view(path)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda d=dialog: not d.busy, timeout=60_000)
        qtbot.mouseClick(dialog.with_trust_file, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=dialog: not d.busy, timeout=60_000)
        assert dialog.report is not None
        assert dialog.report.exit_code == code == EXIT_NOT_INTACT, (what, err)
        assert dialog.headline.text().startswith("NIET in orde"), what
        shown = dialog.details.toPlainText()
        for line in err.splitlines()[1:]:
            assert line.strip() in shown, (what, line)
        dialog.close()
