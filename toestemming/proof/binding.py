"""What ties the three signatures of a package to one organisation.

A package carries two keys: the Ed25519 key that signs manifest.json and the audit checkpoints,
and the X.509 certificate (ECDSA or RSA; PDF readers do not accept Ed25519 in PAdES) whose key
signs bewijs.pdf. They are bound to each other in both directions by what each one signs:

    Ed25519 key ──signs──▶ manifest.json ──SHA-256──▶ sleutels/…certificaat.pem
    certificate ──signs──▶ bewijs.pdf    ──prints──▶  "Sleutel (vingerafdruk) xxxx xxxx …"

so `verify` demands that the certificate in the PDF signature is the one the manifest lists,
and that the fingerprint printed on the signed PDF is that of the manifest's key. Swapping the
Ed25519 key then breaks the printed fingerprint; swapping the certificate as well needs a newly
rendered PDF, and such a package names the forger's fingerprint, which a trusted key
(--trust / --expect-key) rejects. This works for the self-signed certificate and for one the
organisation imported (which cannot carry an extension of ours), and for every package already
exported, whose PDFs print the fingerprint the same way.

The PDF's text is read with pdfium (pypdfium2), which renders what a reader sees."""

from __future__ import annotations

import re
from typing import Any

LABEL = "Sleutel (vingerafdruk)"
# Eight groups of four since fingerprints have 128 bits; four in packages exported before.
_PRINTED = re.compile(
    r"Sleutel \(vingerafdruk\)[ \t]*((?:[0-9a-fA-F]{4}[ \t]?){4}(?:(?:[0-9a-fA-F]{4}[ \t]?){4})?)?"
)


def printed_fingerprints(pdf: bytes) -> list[str] | None:
    """Every fingerprint printed after the label, in order ("" where the label is followed by
    no fingerprint); None when the PDF cannot be read."""
    text = pdf_text(pdf)
    return None if text is None else fingerprints_in(text)


def fingerprints_in(text: str) -> list[str]:
    return [re.sub(r"\s", "", m.group(1) or "").lower() for m in _PRINTED.finditer(text)]


def pdf_text(pdf: bytes) -> str | None:
    """The text of every page as a reader sees it, pages joined by a line break; None when
    the PDF cannot be read."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        doc = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError:
        return None
    try:
        # pdfium ends lines with CR LF: one line break, so "$" means the end of a line.
        return "\n".join(_pages(doc)).replace("\r\n", "\n").replace("\r", "\n")
    except pdfium.PdfiumError:
        return None
    finally:
        doc.close()


def _pages(doc: Any) -> list[str]:
    out = []
    for index in range(len(doc)):
        page = doc[index]
        textpage = page.get_textpage()
        try:
            out.append(str(textpage.get_text_range()))
        finally:
            textpage.close()
            page.close()
    return out
