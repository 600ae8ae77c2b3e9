"""Genuine packages whose names and purpose texts hold every kind of text the product accepts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import zipfile

import pytest

from toestemming.proof import pdffonts
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service
from toestemming.usecases.consent import ItemSpec

TEXTS = {
    "accents": "Één café naïef – Ærøskøbing, Œuvre, ß",
    "turkish": "İstanbul ışık ğüşöç Ğ Ş",
    "polish": "Łódź zażółć gęślą jaźń",
    "vietnamese": "Tiếng Việt: Nguyễn Thị Hằng ở Hà Nội",
    "arabic": "مرحبا بالعالم",
    "hebrew": "שלום עולם",
    "cjk": "東京都 日本語 한국어",
    "emoji": "Hoi 😀 👍🏽 ☺ ✓",
    "combining": "e\u0301 a\u0308 n\u0303 q\u0307",
    "long": "Hoofdzaak" * 30,
    "many": "".join(chr(c) for c in range(0x100, 0x250)),
}


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_request_package_with_text(
    kind: str,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    text = TEXTS[kind]
    c = service.catalog
    rec = c.add_recipient(text[:80], "gemeente", text[:40])
    pur = c.add_purpose(f"p-{kind}", text[:120], "Uitleg: " + text)
    youth = make_youth(19, given_name=text[:40]).youth
    req = service.consents.create_request(youth.id, [ItemSpec(pur.id, rec.id, (catalog.contact.id,))])
    path = service.forms.proof.export_request(req.id, tmp_path / "x.tbewijs")
    with zipfile.ZipFile(path) as z:
        pdf = z.read("bewijs.pdf")
    Path(f"/tmp/r19/pdfs/{kind}.pdf").write_bytes(pdf)
    assert pdffonts.problem(pdf, "bewijs.pdf") is None
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
