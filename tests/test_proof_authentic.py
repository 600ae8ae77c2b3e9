"""Authentic, not just intact. A forger edits receipt.json ("refused" becomes "given"),
recomputes every hash and signs the package again with a key of their own — first leaving the
genuine signed PDF in place, then also replacing the certificate and re-signing the PDF, and
finally rendering a whole new PDF that prints their own fingerprint. `verify` must never say
"OK" for any of them: the first two are not even intact (the signed PDF names the genuine key);
the last is intact but its signer is not confirmed (exit 3, showing the forger's fingerprint),
and fails outright (exit 1) once the user trusts the genuine organisation."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fhir_forgery import fhir_names_the_pdf
from forms_scenario import Scenario, build

from formulieren.proof_pdf import render_proof
from toestemming.audit import (
    canonical_json,
    chain_hash,
    checkpoint_message,
    key_fingerprint,
    key_id,
    new_signing_key,
)
from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.merkle import leaf_hash
from toestemming.proof import verify
from toestemming.proof.binding import printed_fingerprints
from toestemming.proof.inclusion import MerkleLevels
from toestemming.proof.package import AUDIT, CERT, MANIFEST, PDF, PUBKEY, RECEIPT, SIGNATURE
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.trust import grouped, load_trust_file
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT, EXIT_UNCONFIRMED
from toestemming.service import Service

Files = dict[str, bytes]


@dataclasses.dataclass(frozen=True)
class Genuine:
    path: Path
    files: Files
    public_key: str
    trust_file: Path
    scenario: Scenario


@pytest.fixture
def genuine(service: Service, clock: FixedClock, tmp_path: Path) -> Genuine:
    scenario = build(service, clock)
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "echt.zip")
    trust_file = service.forms.proof.export_trust(tmp_path / "vertrouwen.json")
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    return Genuine(path, files, service.public_key, trust_file, scenario)


def write(tmp: Path, files: Files, name: str) -> Path:
    path = tmp / name
    with zipfile.ZipFile(path, "w") as z:
        for n, data in files.items():
            z.writestr(n, data)
    return path


GIVEN_REASON = "Alle benodigde personen hebben ja gezegd."


def edit_receipt(files: Files) -> None:
    """Refused → "given", in the receipt and in the audit event behind it, so the two agree."""
    receipt = json.loads(files[RECEIPT])
    consent = receipt["consents"][2]
    entry = next(e for e in consent["events"] if e.get("answer") == "no")
    entry["answer"], entry["state"] = "yes", "dpv:ConsentGiven"
    consent["status"], consent["state"] = "given", "dpv:ConsentGiven"  # verify compares these
    consent["status_reason"] = GIVEN_REASON  # and the rules' reason for it (status_reasons.py)
    consent["termination"] = {**consent["termination"], "ended": False}  # and what they restate
    consent["termination"].pop("ended_at", None)
    files[RECEIPT] = json.dumps(receipt, indent=2, ensure_ascii=False).encode() + b"\n"
    audit = json.loads(files[AUDIT])
    # And its FHIR Consent permits now: the one provision a given item has, filled in with
    # this item's own recipient, purpose and categories (verify compares those too).
    fhir = json.loads(files["fhir/consent-onderdeel-3.json"])
    provision = json.loads(files["fhir/consent-onderdeel-1.json"])["provision"]
    (purpose,) = consent["services"][0]["purposes"]
    created = next(
        json.loads(e["body"])["data"]
        for e in audit["events"]
        if json.loads(e["body"])["kind"] == "request.created"
    )
    logged = next(i for i in created["items"] if i["item"] == consent["item_id"])
    reference = provision[0]["actor"][0]["reference"]
    reference["identifier"]["value"] = str(logged["recipient"])
    reference["display"] = purpose["thirdPartyName"]
    provision[0]["purpose"][0]["code"] = purpose["purpose_code"]
    provision[0]["securityLabel"] = [
        {"system": provision[0]["securityLabel"][0]["system"], "code": c["code"]}
        for c in purpose["pii_categories"]
    ]
    fhir["provision"] = provision
    # And what its other fields say of the decision and the status (proof29: held too).
    for check in fhir["verification"]:
        check["verificationType"]["text"] = check["verificationType"]["text"].replace(
            ": nee", ": ja"
        )
    fhir["category"][0]["text"] = "Toestemming voor het delen van gegevens — toestemming gegeven"
    files["fhir/consent-onderdeel-3.json"] = json.dumps(fhir, indent=2).encode()
    event = next(e for e in audit["events"] if e["seq"] == entry["seq"])
    body = json.loads(event["body"])
    body["data"]["answers"][str(consent["item_id"])] = "yes"
    event["body"] = canonical_json(body).decode()
    event["hash"] = chain_hash(bytes.fromhex(event["prev_hash"]), canonical_json(body)).hex()
    files[AUDIT] = json.dumps(audit).encode()


def rebuild_tree(audit: dict[str, Any]) -> None:
    """A forger has only the package's events, not the whole log: the other leaves of a tree of
    the same size are filler, which inclusion paths cannot tell apart."""
    cp = audit["checkpoint"]
    by_index = {e["seq"] - 1: leaf_hash(bytes.fromhex(e["hash"])) for e in audit["events"]}
    leaves = [by_index.get(i, b"\x00" * 32) for i in range(cp["tree_size"])]
    tree = MerkleLevels(leaves)
    cp["root"] = tree.root.hex()
    for e in audit["events"]:
        e["inclusion_path"] = [h.hex() for h in tree.path(e["seq"] - 1)]


def certificate_like(genuine_pem: bytes) -> tuple[bytes, bytes]:
    """A fresh self-signed certificate with the genuine one's subject: (key PEM, cert PEM)."""
    subject = x509.load_pem_x509_certificate(genuine_pem).subject
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=400))
        .not_valid_after(now + timedelta(days=400))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


def unsigned(pdf: bytes) -> bytes:
    """The PDF as it was before its signature: pyHanko signs in an incremental update, so the
    original ends at the first %%EOF."""
    end = pdf.index(b"%%EOF") + len(b"%%EOF")
    return pdf[: end + 1] if pdf[end : end + 1] == b"\n" else pdf[:end]


def resign(files: Files, priv: str, pub: str) -> Files:
    """Re-sign the audit checkpoint (if there is one) and the manifest with `priv`, listing
    every file's hash (the FHIR Consents naming the package's PDF, as a forger writes them)."""
    out = fhir_names_the_pdf(files)
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(priv))
    if AUDIT in out:
        audit = json.loads(out[AUDIT])
        rebuild_tree(audit)
        cp = audit["checkpoint"]
        message = checkpoint_message(
            audit["vault"],
            cp["tree_size"],
            bytes.fromhex(cp["root"]),
            bytes.fromhex(cp["chain_head"]),
            cp["at"],
        )
        audit["public_key"], audit["key_id"], cp["key_id"] = pub, key_id(pub), key_id(pub)
        cp["signature"] = signer.sign(message).hex()
        out[AUDIT] = json.dumps(audit, indent=2).encode()
    out[PUBKEY] = (pub + "\n").encode()
    manifest = json.loads(out[MANIFEST])
    manifest["public_key"], manifest["key_id"] = pub, key_id(pub)
    manifest["files"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in out.items()
        if n not in (MANIFEST, SIGNATURE)
    }
    body = json.dumps(manifest).encode()
    out[MANIFEST] = body
    out[SIGNATURE] = (signer.sign(body).hex() + "\n").encode()
    return out


def forge(
    genuine: Genuine,
    *,
    new_pdf: Callable[[str, bytes, bytes], bytes] | None = None,
    key: tuple[str, str] | None = None,
) -> tuple[Files, str]:
    """The forger's package and public key. `new_pdf(fingerprint, key_pem, cert_pem)` makes
    the PDF when the forger also replaces the certificate."""
    priv, pub = key or new_signing_key()
    files = dict(genuine.files)
    edit_receipt(files)
    receipt = json.loads(files[RECEIPT])
    receipt["piiControllers"][0]["key_fingerprint"] = key_fingerprint(pub)  # a thorough forger
    files[RECEIPT] = json.dumps(receipt, indent=2, ensure_ascii=False).encode()
    # LEESMIJ.txt prints the key's fingerprint too, and verify reads it (verify_readme.py).
    readme = files["LEESMIJ.txt"].decode()
    genuine_fingerprint = grouped(key_fingerprint(genuine.public_key))
    files["LEESMIJ.txt"] = readme.replace(
        genuine_fingerprint, grouped(key_fingerprint(pub))
    ).encode()
    if new_pdf is not None:
        key_pem, cert_pem = certificate_like(files[CERT])
        files[CERT] = cert_pem
        files[PDF] = new_pdf(key_fingerprint(pub), key_pem, cert_pem)
    return resign(files, priv, pub), pub


def test_a_new_key_with_the_genuine_pdf_is_not_intact(genuine: Genuine, tmp_path: Path) -> None:
    forged, pub = forge(genuine)
    report = verify(write(tmp_path, forged, "a.zip"))
    assert report.exit_code == EXIT_NOT_INTACT and not report.describe().startswith("OK")
    # The only thing left that betrays it: the signed PDF names the genuine key.
    assert report.problems == [
        f"{PDF} noemt sleutel {grouped(key_fingerprint(genuine.public_key))}, maar het pakket is "
        f"ondertekend met sleutel {grouped(key_fingerprint(pub))}: de sleutel van het pakket is vervangen."
    ]
    trusted = verify(write(tmp_path, forged, "b.zip"), trust=load_trust_file(genuine.trust_file))
    assert trusted.exit_code == EXIT_NOT_INTACT
    assert "niet met de verwachte sleutel" in trusted.problems[0]


def test_a_new_key_and_certificate_re_signing_the_genuine_pdf_is_not_intact(
    genuine: Genuine, tmp_path: Path
) -> None:
    def re_sign(_fingerprint: str, key_pem: bytes, cert_pem: bytes) -> bytes:
        # Same pages, same printed fingerprint, a new signature by the look-alike certificate.
        return sign_pdf(unsigned(genuine.files[PDF]), key_pem, cert_pem, datetime.now(UTC), "x")

    forged, _pub = forge(genuine, new_pdf=re_sign)
    report = verify(write(tmp_path, forged, "c.zip"))
    assert report.exit_code == EXIT_NOT_INTACT
    assert (
        len(report.problems) == 1
        and "de sleutel van het pakket is vervangen" in (report.problems[0])
    )


def test_a_complete_forgery_is_intact_but_its_signer_unconfirmed_then_refused(
    genuine: Genuine, service: Service, tmp_path: Path
) -> None:
    view = service.forms.proof.view(genuine.scenario.request.id)
    # A thorough forger prints what the forged audit file and receipt say (verify compares the
    # PDF's text with them, printed.py and printed_items.py): the "nee" of item 3 as "ja" in
    # its decision and its history, its status "gegeven", the rebuilt tree's root.
    files = dict(genuine.files)
    edit_receipt(files)
    audit = json.loads(files[AUDIT])
    rebuild_tree(audit)
    cp = audit["checkpoint"]
    item = view.items[2]
    item = dataclasses.replace(
        item,
        status=f"gegeven — {GIVEN_REASON}",
        decisions=tuple(dataclasses.replace(d, answer="ja") for d in item.decisions),
        history=tuple(
            dataclasses.replace(e, what=e.what.replace(" zei nee", " zei ja")) for e in item.history
        ),
    )
    view = dataclasses.replace(
        view,
        items=(*view.items[:2], item),
        checkpoint=(cp["tree_size"], cp["root"], view.checkpoint[2]),
        export_seq=max(e["seq"] for e in audit["events"]),
    )

    def re_render(fingerprint: str, key_pem: bytes, cert_pem: bytes) -> bytes:
        pdf = render_proof(dataclasses.replace(view, key_fingerprint=grouped(fingerprint)))
        return sign_pdf(pdf, key_pem, cert_pem, datetime.now(UTC), "Bewijs van toestemming")

    forged, pub = forge(genuine, new_pdf=re_render)
    path = write(tmp_path, forged, "d.zip")

    alone = verify(path)
    assert alone.ok and alone.exit_code == EXIT_UNCONFIRMED
    text = alone.describe()
    assert "intact, ondertekenaar niet bevestigd" in text and not text.startswith("OK")
    # The fingerprint to read out by phone is the forger's, not the organisation's.
    assert grouped(key_fingerprint(pub)) in text
    assert grouped(key_fingerprint(genuine.public_key)) not in text

    for report in (
        verify(path, expected_key=key_fingerprint(genuine.public_key)),
        verify(path, expected_key=grouped(key_fingerprint(genuine.public_key)).upper()),
        verify(path, expected_key=genuine.public_key),
        verify(path, trust=load_trust_file(genuine.trust_file)),
    ):
        assert report.exit_code == EXIT_NOT_INTACT
        assert "niet met de verwachte sleutel" in report.problems[0]
        assert "niet van de organisatie die u vertrouwt" in report.problems[0]

    # A forger who found a key whose fingerprint starts like the organisation's (the 64 bits
    # older PDFs printed: 2^64 tries, rented GPUs) still fails against the whole 128 bits.
    # Simulated the other way round: a trusted fingerprint that agrees with the forger's key
    # in its first 16 characters only.
    real = key_fingerprint(pub)
    lookalike = real[:16] + format(int(real[16:], 16) ^ 1, "016x")
    assert verify(path, expected_key=lookalike).exit_code == EXIT_NOT_INTACT
    assert verify(path, expected_key=real).exit_code == EXIT_AUTHENTIC


def test_the_genuine_package_is_authentic_with_the_trust_file(genuine: Genuine) -> None:
    trust = load_trust_file(genuine.trust_file)
    report = verify(genuine.path, trust=trust)
    assert report.exit_code == EXIT_AUTHENTIC
    assert report.describe().startswith("OK — bewijspakket in orde")
    assert verify(genuine.path, expected_key=grouped(key_fingerprint(genuine.public_key))).authentic
    # What the PDF prints is what the package is signed with.
    assert printed_fingerprints(genuine.files[PDF]) == [key_fingerprint(genuine.public_key)]


def test_a_pdf_printing_another_fingerprint_fails(
    genuine: Genuine, service: Service, tmp_path: Path
) -> None:
    """Even signed with the organisation's own certificate and key (an insider), a PDF that
    names another key than the package's does not pass."""
    view = service.forms.proof.view(genuine.scenario.request.id)
    key_pem, cert_pem = service.forms.certificate.key_and_certificate()
    pdf = render_proof(dataclasses.replace(view, key_fingerprint="0123 4567 89ab cdef"))
    files = dict(genuine.files)
    files[PDF] = sign_pdf(pdf, key_pem, cert_pem, datetime.now(UTC), "x")
    signing_key = service.vault.db.scalar("SELECT value FROM meta WHERE key = 'signing_key'")
    resigned = resign(files, str(signing_key), genuine.public_key)
    report = verify(write(tmp_path, resigned, "e.zip"), expected_key=genuine.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    assert f"{PDF} noemt sleutel 0123 4567 89ab cdef" in " ".join(report.problems)


def test_a_trust_file_that_was_edited_or_is_not_one_is_refused(
    genuine: Genuine, tmp_path: Path
) -> None:
    doc = json.loads(genuine.trust_file.read_text())
    renamed = tmp_path / "hernoemd.json"
    renamed.write_text(json.dumps({**doc, "organisation": "Een andere school"}))
    _, other_pub = new_signing_key()
    swapped = tmp_path / "andere-sleutel.json"
    swapped.write_text(json.dumps({**doc, "public_key": other_pub}))
    garbage = tmp_path / "onzin.json"
    garbage.write_bytes(b"\x00\xff not json")
    for path in (renamed, swapped, garbage, tmp_path / "bestaat-niet.json"):
        with pytest.raises(ValidationError, match="vertrouwensbestand"):
            load_trust_file(path)


def test_expect_key_that_is_not_a_fingerprint_is_refused(genuine: Genuine) -> None:
    for value in ("", "xyz", "0123", "g" * 16):
        if not value:
            continue
        with pytest.raises(ValidationError, match="vingerafdruk"):
            verify(genuine.path, expected_key=value)


def test_an_imported_certificate_after_the_trust_file_is_noted_not_failed(
    genuine: Genuine, service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The organisation replaces its certificate after handing out the trust file: its key
    signed the new certificate into every new package, so that is authentic — and said."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Testschool (eigen)")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(9)
        .not_valid_before(clock.now() - timedelta(days=1))
        .not_valid_after(clock.now() + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    service.forms.certificate.import_certificate(
        cert.public_bytes(serialization.Encoding.PEM),
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
    path = service.forms.proof.export_request(genuine.scenario.request.id, tmp_path / "n.zip")
    report = verify(path, trust=load_trust_file(genuine.trust_file))
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
    assert "het certificaat in het pakket is een ander dan in het vertrouwensbestand" in (
        report.describe()
    )
    same = verify(genuine.path, trust=load_trust_file(genuine.trust_file)).describe()
    assert "Let op" not in same


def test_a_package_exported_before_these_checks_still_verifies() -> None:
    """tests/data/bewijs_voor_issue20.zip was exported by the code before the binding checks
    (its PDF prints the fingerprint without spaces, it has no timestamp): still intact."""
    old = Path(__file__).parent / "data" / "bewijs_voor_issue20.zip"
    report = verify(old)
    assert report.exit_code == EXIT_UNCONFIRMED, report.problems
    # Its PDF prints the 64-bit form; what verify shows to compare by phone is the whole
    # 128-bit fingerprint of the same key.
    assert "df9e bc09 41b5 5985 b366 bb5a deb0 6ceb" in report.describe()
    full = "df9ebc0941b55985b366bb5adeb06ceb"
    assert verify(old, expected_key=full).exit_code == EXIT_AUTHENTIC
    assert verify(old, expected_key="0123456789abcdef" * 2).exit_code == EXIT_NOT_INTACT
    # The short form it printed is no longer enough to trust a key: a clear refusal.
    with pytest.raises(ValidationError) as refused:
        verify(old, expected_key="df9e bc09 41b5 5985")
    assert "32 tekens" in str(refused.value) and "te kort" in str(refused.value)


def test_what_a_new_package_prints_is_the_128_bit_fingerprint(genuine: Genuine) -> None:
    printed = printed_fingerprints(genuine.files[PDF])
    assert printed == [key_fingerprint(genuine.public_key)] and len(printed[0]) == 32
    receipt = json.loads(genuine.files[RECEIPT])
    assert receipt["piiControllers"][0]["key_fingerprint"] == printed[0]
    trust = json.loads(genuine.trust_file.read_text("utf-8"))
    assert trust["fingerprint"] == printed[0]
    assert grouped(printed[0]) in verify(genuine.path).describe()


@pytest.mark.parametrize("left_out", [PDF, RECEIPT, CERT, AUDIT])
def test_a_re_signed_package_without_an_essential_file_fails_plainly(
    genuine: Genuine, tmp_path: Path, left_out: str
) -> None:
    """Leaving the awkward file out and signing a manifest that does not list it."""
    priv, pub = new_signing_key()
    files = {n: d for n, d in genuine.files.items() if n != left_out}
    report = verify(write(tmp_path, resign(files, priv, pub), "f.zip"))
    assert report.exit_code == EXIT_NOT_INTACT
    assert f"{left_out} ontbreekt" in " ".join(report.problems)


def test_a_signed_manifest_of_the_wrong_shape_fails_without_a_traceback(
    genuine: Genuine, tmp_path: Path
) -> None:
    priv, pub = new_signing_key()
    files = resign(dict(genuine.files), priv, pub)
    manifest = json.loads(files[MANIFEST])
    manifest["files"][RECEIPT] = "geen controlesom"  # a string where an object belongs
    body = json.dumps(manifest).encode()
    signer = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(priv))
    files[MANIFEST], files[SIGNATURE] = body, (signer.sign(body).hex() + "\n").encode()
    report = verify(write(tmp_path, files, "g.zip"))
    assert report.exit_code == EXIT_NOT_INTACT
    assert report.problems == [
        "Het pakket is onvolledig of onleesbaar: een bestand erin heeft niet de vorm die het "
        "hoort te hebben."
    ]
