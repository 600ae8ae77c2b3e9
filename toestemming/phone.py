"""Phone numbers as people type them → E.164 ("+31612345678"), with libphonenumber.

    to_e164("06-12345678") == to_e164("+31 (0)6 1234 5678") == to_e164("0031 6 12345678")

Numbers without a country code are read as Dutch. Used for the wa.me/sms links and for
matching a received app message to the youth or parent who sent it; a hand-written digit filter
turned "+31 (0)6 …" into "3106…", a number that does not exist."""

from __future__ import annotations

import phonenumbers

DEFAULT_REGION = "NL"


def to_e164(number: str, region: str = DEFAULT_REGION) -> str:
    """The number in E.164, or "" when it is no valid number (length, prefix, letters)."""
    text = number.strip()
    if not text:
        return ""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(parsed):
        return ""
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
