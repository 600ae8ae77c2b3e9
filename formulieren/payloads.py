"""What the QR code on a paper consent form holds. Kept apart from the renderer so the core
can recognise a scanned payload without loading reportlab."""

from __future__ import annotations

QR_SCHEME = "toestemming:"


def qr_payload(reference_code: str, language: str = "") -> str:
    """The reference code, recognisable as ours (refcode.find_reference_codes finds it); a
    form printed in another language than the request's says which (`&taal=en`), so the
    scan's decisions are recorded against the text that was on paper."""
    extra = f"&taal={language}" if language else ""
    return f"{QR_SCHEME}{reference_code}?formulier=papier{extra}"


def qr_language(payload: str) -> str:
    """The `taal` a payload names, or "" (the request's own language)."""
    for part in payload.partition("?")[2].split("&"):
        key, _, value = part.partition("=")
        if key == "taal" and value in ("nl", "en"):
            return value
    return ""
