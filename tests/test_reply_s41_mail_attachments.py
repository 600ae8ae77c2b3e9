"""What is attached beside the answer: a contact card, a calendar invitation, Outlook's
winmail.dat.

- "Zie bijlage" with a contact card (Marja.vcf) or an invitation (afspraak.ics) that a phone
  labels text/plain: the reader took the card for the answer file the body points to, and
  its "NOTE:nee" said no for every item — a no nobody gave. A card or a calendar is no typed
  answer: only a text file (.txt, or no name) that is no vCard/iCalendar is read so.
- Outlook's rich text in winmail.dat beside a text part that holds only our quoted request:
  nothing was read and the worker was told nothing; the answer may be in winmail.dat, and
  the worker is told that it cannot be read.
"""

from __future__ import annotations

import pytest
from reply_harness import outcome
from reply_s41_clients import (
    _OUTLOOK_PLAIN_BLOCK,
    REQUEST_PLAIN,
    binary,
    message,
    multipart,
    part,
)
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply

CARD = (
    "BEGIN:VCARD\nVERSION:3.0\nFN:Marja de Vries\nTEL;TYPE=CELL:0612345678\nNOTE:nee\nEND:VCARD\n"
)
INVITE = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\nSUMMARY:Gesprek school\n"
    "DESCRIPTION:ja graag\nDTSTART:20261214T100000Z\nEND:VEVENT\nEND:VCALENDAR\n"
)


@pytest.mark.parametrize(
    ("content", "name"),
    [(CARD, "Marja.vcf"), (INVITE, "afspraak.ics"), (CARD, ""), ("nee\n", "Marja.vcf")],
)
def test_a_card_or_an_invitation_is_no_answer_file(content: str, name: str) -> None:
    disposition = (
        f'Content-Disposition: attachment; filename="{name}"\n'
        if name
        else ("Content-Disposition: attachment\n")
    )
    raw = message(
        multipart(
            "mixed",
            [part("text/plain", "Zie bijlage"), part("text/plain", content, extra=disposition)],
            "card",
        )
    )
    parsed = parse_reply(raw)
    assert not parsed.answer_in_attachment
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("geen",)
    assert len(parsed.attachments) == 1


def test_a_typed_answer_file_is_still_read() -> None:
    answer = part(
        "text/plain",
        "1 ja\n2 nee\n3 ja",
        extra='Content-Disposition: attachment; filename="antwoord.txt"\n',
    )
    raw = message(multipart("mixed", [part("text/plain", "Zie bijlage"), answer], "txt"))
    parsed = parse_reply(raw)
    assert parsed.answer_in_attachment
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("ja", "nee", "ja")


def test_winmail_dat_beside_a_text_part_of_only_our_request_is_said() -> None:
    tnef = binary("application/ms-tnef", b"\x78\x9f\x3e\x22" + bytes(200), "winmail.dat")
    body = f"\n\n{_OUTLOOK_PLAIN_BLOCK}\n{REQUEST_PLAIN}"
    parsed = parse_reply(message(multipart("mixed", [part("text/plain", body), tnef], "tnef")))
    assert [p.phrase.message_id for p in parsed.problems] == ["reply-tnef"]
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("geen",)


def test_winmail_dat_beside_an_answer_changes_nothing() -> None:
    tnef = binary("application/ms-tnef", b"\x78\x9f\x3e\x22" + bytes(200), "winmail.dat")
    body = f"1 ja 2 nee 3 ja\n\n{_OUTLOOK_PLAIN_BLOCK}\n{REQUEST_PLAIN}"
    parsed = parse_reply(message(multipart("mixed", [part("text/plain", body), tnef], "tnef2")))
    assert not parsed.problems
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("ja", "nee", "ja")
