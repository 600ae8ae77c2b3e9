"""What the QR code on a paper consent form holds. Kept apart from the renderer so the core
can recognise a scanned payload without loading reportlab."""

from __future__ import annotations

QR_SCHEME = "toestemming:"


def qr_payload(reference_code: str) -> str:
    """The reference code, recognisable as ours (refcode.find_reference_codes finds it)."""
    return f"{QR_SCHEME}{reference_code}?formulier=papier"
