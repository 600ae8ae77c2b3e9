"""Genuine request packages whose names and purpose texts hold every kind of text the product
accepts (review19). The font check (pdffonts.py) passes every one of them, and `verify` as a whole
calls every one authentic: right-to-left text, letters DejaVu lacks, letters beyond the BMP and
words wrapped inside a table cell are read back as the writer drew them (proof/readback.py;
six of them were false alarms before proof19)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from proof19_support import exported_named

from toestemming.proof import pdffonts
from toestemming.proof.verify import EXIT_AUTHENTIC, verify
from toestemming.service import Service

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


def exported(
    kind: str, service: Service, catalog: SimpleNamespace, make_youth: Any, tmp: Path
) -> Path:
    """A request for a youth, recipient and purpose named in TEXTS[kind], exported."""
    return exported_named(TEXTS[kind], service, catalog, make_youth, tmp)


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_the_font_check_passes_every_text(
    kind: str,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    with zipfile.ZipFile(exported(kind, service, catalog, make_youth, tmp_path)) as z:
        pdf = z.read("bewijs.pdf")
    assert pdffonts.problem(pdf, "bewijs.pdf") is None


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_the_genuine_package_is_authentic(
    kind: str,
    service: Service,
    catalog: SimpleNamespace,
    make_youth: Callable[..., Any],
    tmp_path: Path,
) -> None:
    path = exported(kind, service, catalog, make_youth, tmp_path)
    report = verify(path, trust=service.forms.proof.own_trust())
    assert report.exit_code == EXIT_AUTHENTIC, report.problems
