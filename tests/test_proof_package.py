"""Proof packages ("bewijs exporteren"): what is in them, that the PDF tells the whole story,
that receipt.json and the FHIR Consent say the same, that pyHanko and qpdf accept the signed
PDF, and that an untouched package verifies offline."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from fhir.resources.consent import Consent
from forms_scenario import Scenario, build
from pdf_checks import flat, font_names, structure_problems
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from toestemming.clock import FixedClock
from toestemming.errors import NotFoundError
from toestemming.proof import verify
from toestemming.proof.package import AUDIT, CERT, MANIFEST, PDF, RECEIPT
from toestemming.service import Service


@pytest.fixture
def scenario(service: Service, clock: FixedClock) -> Scenario:
    return build(service, clock)


@pytest.fixture
def package(service: Service, scenario: Scenario, tmp_path: Path) -> dict[str, bytes]:
    path = service.forms.proof.export_request(scenario.request.id, tmp_path)
    assert path.name == f"bewijs-{scenario.request.reference_code}.tbewijs"
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_package_holds_everything_listed_in_the_signed_manifest(
    package: dict[str, bytes], scenario: Scenario
) -> None:
    manifest = json.loads(package[MANIFEST])
    assert set(manifest["files"]) | {MANIFEST, "manifest.sig"} == set(package)
    for name, entry in manifest["files"].items():
        assert hashlib.sha256(package[name]).hexdigest() == entry["sha256"]
    assert {
        PDF,
        RECEIPT,
        AUDIT,
        CERT,
        "teksten/verzoek.txt",
        "teksten/onderdeel-1.txt",
        "fhir/consent-onderdeel-3.json",
        f"bewijsstukken/{scenario.signature_id}-signature.png",
        f"bewijsstukken/{scenario.eml_id}-eml.eml",
        "LEESMIJ.txt",
    } <= set(package)
    for item in scenario.request.items:
        assert package[f"teksten/onderdeel-{item.position}.txt"].decode() == item.text


def test_untouched_package_verifies_offline(
    service: Service, scenario: Scenario, tmp_path: Path
) -> None:
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "p.zip")
    published = service.public_key  # what the organisation tells the verifier
    service.close()  # no vault needed from here on
    report = verify(path, expected_key=published)
    assert report.ok and report.authentic and report.exit_code == 0, report.problems
    text = report.describe()
    assert text.startswith("OK") and "digitale handtekening intact" in text
    # Without a trusted key it is intact, but who signed it is not confirmed.
    unconfirmed = verify(path)
    assert unconfirmed.ok and not unconfirmed.authentic and unconfirmed.exit_code == 3
    assert "intact, ondertekenaar niet bevestigd" in unconfirmed.describe()
    # An unpacked copy (a folder) verifies the same way.
    folder = tmp_path / "uitgepakt"
    with zipfile.ZipFile(path) as z:
        z.extractall(folder)
    assert verify(folder).ok


def test_pdf_tells_who_what_when_how_and_the_history(
    package: dict[str, bytes], scenario: Scenario
) -> None:
    pdf = package[PDF]
    assert structure_problems(pdf) == ""
    assert font_names(pdf) == {"DejaVuSans", "DejaVuSans-Bold"}
    text = flat(pdf)
    for item in scenario.request.items:
        for line in item.text.split("\n"):
            assert " ".join(line.split()) in text, line
        assert item.text_sha256 in text
    for expected in (
        "Bewijs van toestemming",
        "Marek Wiśniewski (jongere)",
        "Leeftijd jongere toen 17 jaar",
        "ondertekend op tablet",
        "gelijk aan de tekst hierboven",
        "Besloten op 23-11-2026 11:07",
        "Vastgelegd op 23-11-2026 11:07 door Anna de Tester",
        "Antwoord nee",
        "Ingetrokken door Marek Wiśniewski (jongere) — per e-mail",
        "Gemeente Utrecht – Werk & Inkomen is op ",  # when told (proof21)
        " op de hoogte gebracht van de intrekking",
        "Gegevens gedeeld met Gemeente Utrecht – Werk & Inkomen: Contactgegevens",
        "Deze export vastgelegd als gebeurtenis",
        f"bewijsstukken/{scenario.signature_id}-signature.png",
        "toestemming verify",
        "pagina 1 van",
    ):
        assert expected in text, expected
    # The signature image from signing mode is on the page.
    reader = PdfReader(io.BytesIO(pdf))
    images = [img for page in reader.pages for img in page.images]
    assert images


def test_pyhanko_validates_the_signature_as_intact(package: dict[str, bytes]) -> None:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    _, _, der = pem.unarmor(package[CERT])
    cert = asn1_x509.Certificate.load(der)
    sig = PdfFileReader(io.BytesIO(package[PDF])).embedded_signatures[0]
    status = validate_pdf_signature(
        sig, ValidationContext(trust_roots=[cert], moment=sig.self_reported_timestamp)
    )
    assert status.intact and status.valid and status.bottom_line
    assert status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    assert "Testschool" in status.signing_cert.subject.human_friendly


def test_receipt_follows_27560_with_dpv_terms(
    package: dict[str, bytes], scenario: Scenario
) -> None:
    r = json.loads(package[RECEIPT])
    assert r["jurisdiction"] == "NL" and r["schema"] == "toestemming-consent-record/3"
    assert "Kantara" not in package[RECEIPT].decode()  # no claim we do not meet
    assert package[r["schema_file"]]  # the schema travels with the record
    assert r["piiControllers"][0]["piiController"] == "Testschool"
    assert r["piiPrincipalId"].endswith(f":youth:{scenario.marek}")
    assert r["notice"]["text_sha256"] == scenario.request.text_sha256
    by_position = {c["position"]: c for c in r["consents"]}
    rbl, gem, uwv = by_position[1], by_position[2], by_position[3]
    assert (rbl["state"], gem["state"], uwv["state"]) == (
        "dpv:ConsentGiven",
        "dpv:ConsentWithdrawn",
        "dpv:ConsentRefused",
    )
    purpose = rbl["services"][0]["purposes"][0]
    assert rbl["consentType"] == "dpv:ExpressedConsent" and purpose["lawful_basis"] == "consent"
    assert uwv["consentType"] == "dpv:ExplicitlyExpressedConsent"
    assert purpose["legal_basis"] == ["dpv:Consent", "eu-gdpr:A6-1-a"]
    assert purpose["thirdPartyName"] == "RBL Utrecht – Leerplicht"
    assert "Stagegegevens" in purpose["piiCategory"]
    assert uwv["sensitive"] is True and uwv["spiCat"] == ["Gezondheid"]
    assert "art. 9" in uwv["services"][0]["purposes"][0]["legal_basis_text"]
    assert scenario.request.reference_code in gem["withdrawal_method"]
    kinds = [e["type"] for e in gem["events"]]
    assert kinds == ["requested", "decision", "disclosure", "withdrawal", "recipient_notified"]
    decision = gem["events"][1]
    assert decision["age_then"] == 17 and decision["channel"] == "tablet"
    assert decision["evidence"] == f"bewijsstukken/{scenario.signature_id}-signature.png"
    withdrawal = gem["events"][3]
    assert withdrawal["evidence"] == f"bewijsstukken/{scenario.eml_id}-eml.eml"
    for c in r["consents"]:
        text = package[c["notice"]["text_file"]]
        assert hashlib.sha256(text).hexdigest() == c["notice"]["text_sha256"]


def test_fhir_r5_accepts_the_consents(package: dict[str, bytes]) -> None:
    found = {}
    for name in sorted(n for n in package if n.startswith("fhir/")):
        consent = Consent.model_validate_json(package[name])
        found[name] = consent
    assert len(found) == 3
    rbl = found["fhir/consent-onderdeel-1.json"]
    gem = found["fhir/consent-onderdeel-2.json"]
    uwv = found["fhir/consent-onderdeel-3.json"]
    # R5: base deny; a given item permits exactly its scope through one provision.
    assert (rbl.status, rbl.decision, len(rbl.provision)) == ("active", "deny", 1)
    assert (gem.status, gem.decision, gem.provision) == ("inactive", "deny", None)
    assert (uwv.status, uwv.decision, uwv.provision) == ("active", "deny", None)
    assert rbl.provision[0].actor[0].reference.display == "RBL Utrecht – Leerplicht"
    assert rbl.grantee[0].display == "Testschool"
    assert rbl.provision[0].purpose[0].code == "transitie-entree-werk"
    assert rbl.sourceAttachment[0].url == PDF


def test_export_is_one_audit_event_with_a_fresh_checkpoint(
    service: Service, scenario: Scenario, tmp_path: Path
) -> None:
    before = int(service.vault.db.scalar("SELECT count(*) FROM events"))
    path = service.forms.proof.export_request(scenario.request.id, tmp_path)
    db = service.vault.db
    assert (
        int(db.scalar("SELECT count(*) FROM events")) == before + 1
    )  # the export (the certificate exists since creation)
    last = db.query_one("SELECT seq, kind FROM events ORDER BY seq DESC LIMIT 1")
    assert last is not None and last[1] == "proof.exported"
    assert int(db.scalar("SELECT max(tree_size) FROM checkpoints")) == int(last[0])
    with zipfile.ZipFile(path) as z:
        audit = json.loads(z.read(AUDIT))
    assert int(last[0]) in {e["seq"] for e in audit["events"]}
    assert service.verify_audit(deep=True).ok


def test_one_item_youth_and_all(service: Service, scenario: Scenario, tmp_path: Path) -> None:
    item = scenario.request.items[1]
    single = service.forms.proof.export_item(item.id, tmp_path)
    assert single.name.endswith("-onderdeel-2.tbewijs") and verify(single).ok
    with zipfile.ZipFile(single) as z:
        receipt = json.loads(z.read(RECEIPT))
        assert [c["item_id"] for c in receipt["consents"]] == [item.id]
        assert "fhir/consent-onderdeel-1.json" not in z.namelist()
    youth = service.forms.proof.export_youth(scenario.zoe, tmp_path / "zoe")
    assert [p.name for p in youth.paths] == [
        f"bewijs-{scenario.zoe_request.reference_code}.tbewijs"
    ]
    everything = service.forms.proof.export_all(tmp_path / "alles")
    assert len(everything.paths) == 3 and all(verify(p).ok for p in everything.paths)
    with pytest.raises(NotFoundError):
        service.forms.proof.export_item(99_999, tmp_path)


def test_preview_renders_without_logging(service: Service, scenario: Scenario) -> None:
    before = int(service.vault.db.scalar("SELECT count(*) FROM events"))
    pdf = service.forms.proof.preview_pdf(scenario.request.id)
    assert "Bewijs van toestemming" in flat(pdf)
    assert int(service.vault.db.scalar("SELECT count(*) FROM events")) == before
