"""Dutch phone numbers as people write them become one E.164 number, for wa.me/sms links and
for matching a received app message to its sender (libphonenumber, toestemming/phone.py)."""

from __future__ import annotations

import pytest

from toestemming.capture.app import app_links
from toestemming.capture.settings import RemoteSettings, phone_digits
from toestemming.errors import ValidationError
from toestemming.phone import to_e164

SAME_MOBILE = [
    "06-12345678",
    "0612345678",
    "06 1234 5678",
    "+31 (0)6 12345678",  # the hand-written filter made this +3106…: a wrong link
    "+31 (0) 6-1234 5678",
    "0031612345678",
    "0031 (0)6 12 34 56 78",
    "+31612345678",
    "+31 6 12345678",
    " 06.12.34.56.78 ",
]


@pytest.mark.parametrize("typed", SAME_MOBILE)
def test_every_dutch_notation_gives_the_same_e164(typed: str) -> None:
    assert to_e164(typed) == "+31612345678"
    assert phone_digits(typed) == "31612345678"


def test_landlines_and_foreign_numbers() -> None:
    assert to_e164("020-1234567") == "+31201234567"
    assert to_e164("+32 470 12 34 56") == "+32470123456"
    assert to_e164("0032 470 12 34 56") == "+32470123456"


@pytest.mark.parametrize("typed", ["", "12345", "bel me", "06-1234", "+31 6 1234567890123"])
def test_what_cannot_be_a_number_gives_nothing(typed: str) -> None:
    assert to_e164(typed) == ""


def test_the_settings_refuse_an_app_number_that_cannot_be_one() -> None:
    with pytest.raises(ValidationError) as info:
        RemoteSettings(reply_address="a@b.example", app_number="06-1234").validated()
    assert info.value.field == "app_number"
    ok = RemoteSettings(reply_address="a@b.example", app_number="+31 (0)6 1234 5678").validated()
    assert ok.app_number


class _Item:
    position = 1
    has_special_categories = False


class _Request:
    language = "nl"
    reference_code = "TS-ABCD-EFGH-J"
    items = (_Item(),)


@pytest.mark.parametrize("typed", SAME_MOBILE)
def test_wa_me_and_sms_links_use_the_e164_number(typed: str) -> None:
    links = app_links(_Request(), "Onderwerp", "", typed)  # type: ignore[arg-type]
    assert links.whatsapp.startswith("https://wa.me/31612345678?text=")
    assert links.sms.startswith("sms:+31612345678?body=")
