"""The outside corpus of real-client replies (tests/reply_s41_clients.py) around our real
request: each client's MIME tree, transfer encoding, quote markup and reply header, the
answer on top. Every reply reads as the parent typed it, from the parent's own words, with no
problem; the HTML part alone (what an HTML-only client sends) reads the same; and the
envelopes a reader cannot open say so instead of guessing.
"""

from __future__ import annotations

import email
from email import policy

import pytest
from reply_harness import outcome, squash
from reply_s41_clients import (
    _GMAIL_WHEN,
    CLIENTS,
    ORG,
    REQUEST_BODY,
    REQUEST_PLAIN,
    binary,
    message,
    multipart,
    part,
    quoted,
)
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import html_to_text, parse_reply

ANSWERS = {
    "1 ja, 2 nee, 3 ja": ("ja", "nee", "ja"),
    "Hallo,\n\n1 ja\n2 nee\n3 ja\n\nMet vriendelijke groet,\nMarja de Vries": ("ja", "nee", "ja"),
    "Ja voor alles": ("ja", "ja", "ja"),
    "Nee, liever niet.": ("nee", "nee", "nee"),
    "Ik ga akkoord met 1 en 3, niet met 2.": ("ja", "nee", "ja"),
    "Ja voor alles behalve 2": ("ja", "nee", "ja"),
}
QUOTE = f"\n\n{_GMAIL_WHEN} <{ORG}>:\n\n" + quoted(REQUEST_PLAIN.rstrip()) + "\n"


def _html(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=policy.default)
    found = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    return found[0].get_content() if found else ""  # type: ignore[union-attr]


@pytest.mark.parametrize("client", sorted(CLIENTS))
def test_every_client_reads_as_typed(client: str) -> None:
    wrong = []
    for typed, want in ANSWERS.items():
        raw = CLIENTS[client](typed)
        parsed = parse_reply(raw)
        reading = read_answers(parsed.text, ITEMS[:3])
        html_alone = outcome(read_answers(html_to_text(_html(raw))[0], ITEMS[:3]))
        spans = [parsed.text[s:e] for item in reading.items.values() for s, e in item.spans]
        if parsed.problems or outcome(reading) != want or html_alone != want:
            wrong.append((typed, outcome(reading), html_alone, [str(p) for p in parsed.problems]))
        elif any(squash(s) not in squash(typed) for s in spans):
            wrong.append((typed, "decided by", spans))
    assert not wrong


@pytest.mark.parametrize(
    ("typed", "charset"),
    [
        ("1 ja, 2 nee, 3 één keer ja", "iso-8859-1"),
        ("Voor 1 en 3 \u2018ja\u2019, 2 \u2018nee\u2019", "windows-1252"),
        ("1\u200bja,\u200b2\u00a0nee, 3\u2060ja", "utf-8"),
        ("\ufeff1 ja\n\u200e2 nee\u200f\n3\u202fja", "utf-8"),
        (
            "Ik geef toestemming voor onderdeel 1 en onderdeel 3, maar voor onderdeel 2 geef ik geen "
            "toestemming.",
            "utf-8",
        ),
    ],
)
def test_charsets_and_invisible_characters(typed: str, charset: str) -> None:
    for cte in ("quoted-printable", "base64"):
        parsed = parse_reply(message(part("text/plain", typed + QUOTE, charset, cte)))
        assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("ja", "nee", "ja")


def test_cp1252_quotes_labelled_latin_1_are_read_as_windows_writes_them() -> None:
    body = part(
        "text/plain", "1 \u2018ja\u2019 2 \u2018nee\u2019 3 \u2018ja\u2019" + QUOTE, "windows-1252"
    )
    parsed = parse_reply(message(body.replace('charset="windows-1252"', 'charset="iso-8859-1"')))
    assert "\u2018ja\u2019" in parsed.own_text
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("ja", "nee", "ja")


def test_smime_signed_reads_the_signed_text_part() -> None:
    signed = multipart(
        "signed",
        [
            multipart(
                "alternative",
                [
                    part("text/plain", "1 ja 2 nee 3 ja" + QUOTE),
                    part(
                        "text/html",
                        f"<div>1 ja 2 nee 3 ja</div><blockquote>{REQUEST_BODY}</blockquote>",
                    ),
                ],
                "signed-alt",
            ),
            binary("application/pkcs7-signature", bytes(300), "smime.p7s"),
        ],
        "signed-outer",
        '; protocol="application/pkcs7-signature"; micalg=sha-256',
    )
    parsed = parse_reply(message(signed))
    assert not parsed.problems
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("ja", "nee", "ja")


@pytest.mark.parametrize(
    ("ctype", "name", "why"),
    [
        ("application/pkcs7-mime; smime-type=enveloped-data", "smime.p7m", "reply-encrypted"),
        ("application/pkcs7-mime; smime-type=signed-data", "smime.p7m", "reply-encrypted"),
        ("application/ms-tnef", "winmail.dat", "reply-tnef"),
    ],
)
def test_what_cannot_be_opened_says_so_and_reads_nothing(ctype: str, name: str, why: str) -> None:
    sealed = binary(ctype, b"\x30\x80" + bytes(200), name)
    parsed = parse_reply(message(sealed))
    assert [p.phrase.message_id for p in parsed.problems] == [why]
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("geen",)


def test_a_calendar_and_a_card_beside_the_answer_change_nothing() -> None:
    invite = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nDESCRIPTION:1 nee 2 nee 3 nee\nEND:VEVENT\nEND:VCALENDAR\n"
    card = "BEGIN:VCARD\nFN:Marja\nNOTE:nee\nEND:VCARD\n"
    raw = message(
        multipart(
            "mixed",
            [
                multipart(
                    "alternative",
                    [
                        part("text/plain", "1 ja 2 nee 3 ja" + QUOTE),
                        part("text/calendar", invite, params="; method=REQUEST"),
                    ],
                    "cal-alt",
                ),
                part(
                    "text/vcard",
                    card,
                    extra='Content-Disposition: attachment; filename="Marja.vcf"\n',
                ),
            ],
            "cal-mixed",
        )
    )
    parsed = parse_reply(raw)
    assert not parsed.problems
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("ja", "nee", "ja")
