"""'Bewijs exporteren' in the desk app, and the other form actions: paper consent preview,
importing a scanned paper form, inzage and withdrawal confirmation — errors as Dutch
messages, never tracebacks."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_vault import Seeded

from toestemming.model import SignerRef
from toestemming.proof import verify
from toestemming.service import Service
from ui.forms import (
    ProofExportDialog,
    import_paper_scan,
    open_inzage,
    open_paper_consent,
    open_withdrawal_confirmation,
)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warn(_parent: Any, _title: str, text: str, *args: Any) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return shown


def test_export_one_item_then_checked(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    dialog = ProofExportDialog(service, item_id=seeded.given_item, directory=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_field.text().endswith("-onderdeel-1.tbewijs")
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.export_button.click()
    path = signal.args[0]
    assert isinstance(path, Path) and path.is_file() and verify(path).ok
    assert "OK — bewijspakket in orde" in dialog.result_label.text()
    assert not dialog.busy and not dialog.export_button.isEnabled()
    dialog.resize(640, 420)
    shots = Path(os.environ.get("TOESTEMMING_SCREENSHOTS") or tmp_path)
    assert dialog.grab().save(str(shots / "bewijs-exporteren.png"))


def test_export_request_into_a_missing_folder_says_so(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    request_id = service.consents.requests_for_youth(seeded.zoe)[0].id
    dialog = ProofExportDialog(service, request_id=request_id)
    qtbot.addWidget(dialog)
    dialog.path_field.setText(str(tmp_path / "bestaat-niet" / "bewijs.zip"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert "map voor het bewijspakket bestaat niet" in dialog.result_label.text()
    assert "Traceback" not in dialog.result_label.text()


def test_paper_form_preview_and_scan_import(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path, warnings: list[str]
) -> None:
    request = service.consents.requests_for_youth(seeded.zoe)[0]
    preview = open_paper_consent(service, request.id)
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.save(str(tmp_path / "papier.pdf"))
    # The signed form comes back as a photo; its QR code finds the request.
    doc = pdfium.PdfDocument(preview.pdf)
    photo = tmp_path / "foto.png"
    doc[0].render(scale=2).to_pil().save(photo)
    doc.close()
    scans: list[Any] = []
    assert import_paper_scan(service, path=str(photo), done=scans.append) is not None
    qtbot.waitUntil(lambda: bool(scans or warnings))  # decoded on a pool thread
    found = scans[0]
    assert found.request.id == request.id
    assert found.evidence.kind == "scan" and warnings == []
    bad = tmp_path / "leeg.png"
    bad.write_bytes(b"geen plaatje")
    import_paper_scan(service, path=str(bad), done=scans.append)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "geen afbeelding" in warnings[0] and len(scans) == 1


def test_inzage_and_withdrawal_confirmation(
    qtbot: QtBot, service: Service, seeded: Seeded, warnings: list[str]
) -> None:
    inzage = open_inzage(service, seeded.zoe)
    assert inzage is not None
    qtbot.addWidget(inzage)
    reps = service.people.representatives(seeded.zoe)
    result = service.withdrawals.withdraw(
        [seeded.given_item], SignerRef.representative(reps[0].id), "desk"
    )
    ids = [w.id for w in result.withdrawals]
    confirmation = open_withdrawal_confirmation(service, seeded.zoe, ids)
    assert confirmation is not None
    qtbot.addWidget(confirmation)
    text = io.BytesIO(confirmation.pdf)
    assert text.getbuffer().nbytes > 1000
    assert open_withdrawal_confirmation(service, seeded.zoe, [12345]) is None
    assert warnings == ["Deze intrekking bestaat niet."]


def test_certificate_export_and_import(
    service: Service, tmp_path: Path, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    from ui.forms import export_certificate, import_certificate

    saved = export_certificate(service, path=str(tmp_path / "org.pem"))
    assert saved is not None
    assert x509.load_pem_x509_certificate(saved.read_bytes()).subject.rfc4514_string()
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Eigen certificaat")])
    now = service.clock.now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(3)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=90))
        .sign(key, hashes.SHA256())
    )
    p12 = tmp_path / "eigen.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"o", key, cert, None, serialization.BestAvailableEncryption(b"wachtwoord")
        )
    )
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: informed.append(text))
    assert not import_certificate(service, path=str(p12), password="fout")
    assert warnings and "kan niet worden gelezen" in warnings[0]
    assert import_certificate(service, path=str(p12), password="wachtwoord")
    assert informed and "Eigen certificaat" in informed[0]


def test_youth_page_exports_one_package_for_the_youth(
    qtbot: QtBot, service: Service, seeded: Seeded, tmp_path: Path
) -> None:
    """The button on the youth's page: one zip with every request and its evidence."""
    from ui.youth_detail import YouthDetailPanel

    panel = YouthDetailPanel(service)
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.proof_button.isEnabled()  # no youth chosen yet
    panel.show_youth(seeded.zoe)
    assert panel.proof_button.isEnabled()
    panel.proof_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ProofExportDialog)
    dialog.path_field.setText(str(tmp_path / "zoe.zip"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as signal:
        dialog.export_button.click()
    path = signal.args[0]
    assert path == tmp_path / "zoe.zip" and verify(path).ok
    assert "Pakket van één jongere" in dialog.result_label.text()
    dialog.reject()


def test_paper_form_of_a_request_gone_meanwhile_is_a_message(
    qtbot: QtBot, service: Service, seeded: Seeded, warnings: list[str]
) -> None:
    """The youth page still lists a request another window has just removed (its youth
    erased): Papieren formulier says so in a message instead of a traceback (review28)."""
    gone = max(r.id for r in service.consents.requests_for_youth(seeded.zoe)) + 10_000
    assert open_paper_consent(service, gone) is None
    assert len(warnings) == 1 and "Traceback" not in warnings[0] and warnings[0].strip()
