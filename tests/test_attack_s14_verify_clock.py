"""`verify` has a clock (session 14): the moments a package claims, against each other and
against the reader's time.

A validator checks a package on a day of their own. Before, verify read no clock at all: a
TSA's stamp dated next year, a checkpoint "signed" next year, a TSA stamp a week *before* the
events it stamps (an insider backdating with a time-stamping certificate of their own — offline
a token's own certificate is its trust root), or a PDF signed on a day its organisation
certificate was not (yet) valid: each said "OK". Each is a Dutch problem now (exit 1), and
verify is judged at the package's own moments: a package verified years later, after its
certificates expired, is still in order. Zip member dates are free text anyone can set: they
are shown nowhere."""

from __future__ import annotations

import base64
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from forms_scenario import build
from test_attack_s10_trusted_time import STAMPS, _unsigned_pdf, checkpoint_of, credentials, token
from test_proof_certificate import own_certificate
from test_trusted_time import pack, resign_manifest, unpack
from tsa_support import TSA_TIME, local_tsa

from toestemming.clock import FixedClock
from toestemming.errors import ValidationError
from toestemming.proof import verify
from toestemming.proof.package import AUDIT, PDF
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.verify import EXIT_AUTHENTIC, EXIT_NOT_INTACT
from toestemming.service import Service

Files = dict[str, bytes]
FUTURE = "ligt na de tijd van deze computer"
BEFORE = "ligt vóór de gebeurtenissen die hij vastlegt"


def _key(service: Service) -> str:
    return str(service.vault.db.scalar("SELECT value FROM meta WHERE key = 'signing_key'"))


def _stamped_export(service: Service, clock: FixedClock, tmp_path: Path, at: datetime) -> Path:
    scenario = build(service, clock)
    with local_tsa(at=at) as tsa:
        service.trusted_time.set_url(tsa.url)
        return service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")


def test_a_tsa_stamp_from_the_future_is_refused_until_that_day_has_come(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """A TSA whose clock says June 2027 (or a token made to say so) on a package read in
    December 2026: that moment has not come. Read in July 2027, the same package is in order."""
    path = _stamped_export(service, clock, tmp_path, datetime(2027, 6, 1, 12, 0, tzinfo=UTC))
    reader = FixedClock(clock.now() + timedelta(days=1))
    report = verify(path, expected_key=service.public_key, clock=reader)
    assert report.exit_code == EXIT_NOT_INTACT
    said = [p for p in report.problems if FUTURE in p]
    assert any(p.startswith("De tijdstempel op het controlepunt (01-06-2027") for p in said), said
    assert any(p.startswith(f"De tijdstempel op de handtekening van {PDF}") for p in said), said
    later = FixedClock(datetime(2027, 7, 1, tzinfo=UTC))
    assert verify(path, expected_key=service.public_key, clock=later).ok


def test_a_checkpoint_signed_in_the_future_is_refused(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The organisation's computer ran a year ahead at export (no TSA): the checkpoint and the
    PDF's signature claim a moment after the reader's now."""
    scenario = build(service, clock)
    now = clock.now()
    clock.advance(timedelta(days=365))
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
    report = verify(path, expected_key=service.public_key, clock=FixedClock(now))
    assert report.exit_code == EXIT_NOT_INTACT
    assert any(p.startswith("Het ondertekenen van het controlepunt") for p in report.problems)
    assert any(p.startswith(f"Het ondertekenen van {PDF}") for p in report.problems)
    assert all(FUTURE in p for p in report.problems), report.problems
    # A reader's clock half an hour behind the organisation's, or hours behind (a PC set by hand
    # in the wrong time zone): not a claim from the future, the genuine package stays in order.
    for hours_behind in (0.5, 3, 20):
        behind = FixedClock(clock.now() - timedelta(hours=hours_behind))
        assert verify(path, expected_key=service.public_key, clock=behind).ok, hours_behind


def test_a_genuine_tsa_stamp_before_the_events_it_stamps_is_refused(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The TSA says 23 November, the log's events (which its stamp covers) run to 30
    November: a TSA cannot stamp what was not there yet — the stamp is not genuine, or the
    organisation's clock ran a week ahead, so the dates in the package are not true."""
    path = _stamped_export(service, clock, tmp_path, TSA_TIME - timedelta(days=7))
    report = verify(path, expected_key=service.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    before = [p for p in report.problems if BEFORE in p]
    assert [p.split(" (")[0] for p in before] == [
        "De tijdstempel op het controlepunt",
        f"De tijdstempel op de handtekening van {PDF}",
    ], report.problems


def test_an_insiders_backdating_token_is_refused(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """A package exported without a TSA; the insider adds a token of their own certificate,
    made for time stamping and valid then (the checks of session 10 pass it), over the genuine
    checkpoint but dated a month early, and re-signs the manifest with the organisation's key.
    The PDF names no stamp of the checkpoint, so nothing printed contradicts it."""
    scenario = build(service, clock)
    files = unpack(service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip"))
    doc, message = checkpoint_of(files)
    assert "timestamp" not in doc["checkpoint"]
    forged = token(credentials(STAMPS), message, TSA_TIME - timedelta(days=30))
    doc["checkpoint"]["timestamp"] = {
        "tsa_url": "https://tsa.example.org/",
        "rfc3161_token": base64.b64encode(forged).decode(),
    }
    changed = resign_manifest({**files, AUDIT: json.dumps(doc).encode()}, _key(service))
    pack(changed, tmp_path / "x.zip")
    report = verify(tmp_path / "x.zip", expected_key=service.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    assert [p.split(" (")[0] for p in report.problems if BEFORE in p] == [
        "De tijdstempel op het controlepunt"
    ], report.problems


def test_a_pdf_signed_before_the_organisation_certificate_existed_is_refused(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The insider re-signs the genuine PDF's content with the organisation's own key and
    certificate, but dated a year back (before the certificate was made): the signature is
    intact and over the whole file; the certificate was not valid at that moment."""
    scenario = build(service, clock)
    files = unpack(service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip"))
    key_pem, cert_pem = service.forms.proof.certificate.key_and_certificate()
    at = clock.now() - timedelta(days=365)
    resigned = sign_pdf(_unsigned_pdf(files[PDF]), key_pem, cert_pem, at, "Bewijs")
    pack(resign_manifest({**files, PDF: resigned}, _key(service)), tmp_path / "x.zip")
    report = verify(tmp_path / "x.zip", expected_key=service.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    assert [p for p in report.problems if "niet geldig op het moment van ondertekening" in p] == [
        report.problems[0]
    ], report.problems
    assert report.problems[0].startswith(f"{PDF}: het certificaat van de organisatie")


def test_a_package_read_decades_later_is_judged_at_its_own_moments(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The organisation's certificate (10 years) and the TSA's (1 year) have long expired by
    2050: the package is still authentic — they were valid when they signed."""
    path = _stamped_export(service, clock, tmp_path, TSA_TIME)
    report = verify(
        path, expected_key=service.public_key, clock=FixedClock(datetime(2050, 1, 1, tzinfo=UTC))
    )
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_zip_member_dates_are_shown_nowhere(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """Anyone can set a zip member's date (it is not signed): the same package with its dates
    set to 1980 and to 2107 gives the very same report, and no such date appears in it."""
    scenario = build(service, clock)
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
    reader = FixedClock(clock.now() + timedelta(days=1))
    genuine = verify(path, expected_key=service.public_key, clock=reader).describe()
    for year in (1980, 2107):
        redated = tmp_path / f"{year}.zip"
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(redated, "w") as out:
            for info in src.infolist():
                info.date_time = (year, 2, 3, 4, 5, 6)
                out.writestr(info, src.read(info))
        report = verify(redated, expected_key=service.public_key, clock=reader)
        assert report.exit_code == EXIT_AUTHENTIC, report.problems
        assert report.describe() == genuine
        assert str(year) not in genuine and f"03-02-{year}" not in report.describe()


def test_after_ten_years_the_programs_own_certificate_is_made_anew_before_signing(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The certificate made with the vault is valid 10 years. Exported after that, the PDF
    would be signed with an expired certificate, which verify refuses: a new one is made
    first, so the package is in order (the organisation's key, which the trust names, is the
    same)."""
    scenario = build(service, clock)
    old = service.forms.certificate.certificate_pem()
    clock.advance(timedelta(days=11 * 365))
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
    assert service.forms.certificate.certificate_pem() != old
    report = verify(path, expected_key=service.public_key, clock=FixedClock(clock.now()))
    assert report.exit_code == EXIT_AUTHENTIC, report.problems


def test_an_expired_imported_certificate_is_refused_at_export_with_the_reason(
    service: Service, clock: FixedClock, tmp_path: Path
) -> None:
    """The organisation's own certificate (a year) ran out; a worker exports in a hurry: no
    package that every check would refuse, but a Dutch sentence, and nothing written."""
    scenario = build(service, clock)
    key, cert = own_certificate(clock.now(), days=30)
    p12 = pkcs12.serialize_key_and_certificates(
        b"org", key, cert, None, serialization.BestAvailableEncryption(b"wachtwoord")
    )
    service.forms.certificate.import_certificate(p12, password="wachtwoord")
    clock.advance(timedelta(days=60))
    with pytest.raises(ValidationError) as refused:
        service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
    assert refused.value.message_id == "error-certificate-not-valid-for-proof"
    assert "niet geldig" in refused.value.text_in("nl")
    assert list(tmp_path.glob("p*")) == []
