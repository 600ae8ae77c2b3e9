"""Documenten → Organisatiecertificaat exporteren… wrote the PEM with Path.write_bytes, not
through write_private: a worker who picks the vault (or its key file) in the save dialog and
says yes to "replace?" truncated the open vault in place and wrote a certificate into it —
every consent gone, the next open "damaged". Session 14 made every other export refuse a
vault's files (private_files.check_target); this one was missed. Now: the Dutch refusal, and
the vault and key file byte for byte as they were."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from toestemming.service import Service
from toestemming.store.header import header_path
from ui.forms import export_certificate


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("which", ["vault", "keys", "folder"])
def test_certificate_export_never_replaces_a_vault_file(
    service: Service, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, which: str
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    vault = service.vault.path
    target = {"vault": vault, "keys": header_path(vault), "folder": tmp_path}[which]
    before = {p.name: _digest(p) for p in (vault, header_path(vault))}
    youths = service.people.count()

    assert export_certificate(service, path=str(target)) is None

    assert len(shown) == 1
    expected = "map" if which == "folder" else "bestand van een kluis"
    assert expected in shown[0], shown[0]
    assert {p.name: _digest(p) for p in (vault, header_path(vault))} == before
    assert youths > 0 and service.people.count() == youths  # the open vault still reads


def test_certificate_export_to_a_new_file_still_works(service: Service, tmp_path: Path) -> None:
    saved = export_certificate(service, path=str(tmp_path / "org.pem"))
    assert saved == tmp_path / "org.pem"
    assert saved.read_bytes() == service.forms.certificate.certificate_pem()
    # Again onto the same name: the save dialog asked "replace?", the worker said yes.
    saved.write_bytes(b"oud")
    assert export_certificate(service, path=str(saved)) == saved
    assert saved.read_bytes() == service.forms.certificate.certificate_pem()
