"""reply23's round of reply reading (round 15): its phrasings (tests/reply_s23_phrasings.py:
times and conditions, a pointer to an earlier mail, a reply to a reminder that says sorry,
emoji per line, phone spelling, item numbers as words, ranges, a question instead of an
answer, "net als vorig jaar") in the whole messages of rounds 6 to 8, 10, reply21, reply22
and reply23's own envelopes (tests/reply_s23_mails.py: Apple Mail quoted-printable with soft
breaks inside words, Gmail with a signature above the collapsed quote, a reply to the
reminder from Outlook for iOS); every earlier round's phrasings in reply23's envelopes;
machine messages that set no header (an out-of-office text, a flattened read receipt, Dutch
bounces and a delivery receipt) never answer; the answer in an attached text file under
"Zie bijlage". Counts by kind: `python tests/reply_s23_count.py` (before reply23: 759 of
7,107 readings of its phrasings wrong — 207 a no nobody gave ("2 snap ik niet"), 552 a clear
answer left unclear ("net als vorig jaar", "nog niet gedaan, sorry"), no yes nobody gave;
earlier phrasings in reply23's clients 0 of 3,216; machine messages 5 of 6 read as an answer;
after: 0, 0 and 0 of 6).
"""

from __future__ import annotations

import importlib
import re

import pytest
import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
import reply_s21_mails as s21
import reply_s22_mails as s22
import reply_s23_mails as s23
from reply_harness import never_answers, outcome, wrong_in
from reply_s22_count import EARLIER
from reply_s23_phrasings import PHRASINGS as P23
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply

SETS = {"round-10": r10, "round-8": s14, "round-7": s13, "round-6": s12, "reply21": s21,
        "reply22": s22, "reply23": s23}  # fmt: skip
_ALL_EARLIER = {
    f"{m}:{k}": c
    for m in (*EARLIER, "reply_s22_phrasings")
    for k, c in importlib.import_module(m).PHRASINGS.items()
}


def _read(raw: bytes) -> tuple[str, ...]:
    parsed = parse_reply(raw)
    return outcome(read_answers(parsed.text, ITEMS[:3]))


@pytest.mark.parametrize(
    ("set_", "envelope"),
    [(name, env) for name, module in SETS.items() for env in sorted(module.ENVELOPES)],
)
def test_every_reply23_phrasing_in_every_client(set_: str, envelope: str) -> None:
    phrasings = s22.fitting(envelope, P23)
    assert wrong_in(envelope, phrasings, SETS[set_].message) == []


@pytest.mark.parametrize("envelope", sorted(s23.ENVELOPES))
def test_every_earlier_phrasing_in_reply23_clients(envelope: str) -> None:
    assert wrong_in(envelope, _ALL_EARLIER, s23.message) == []


def test_the_matrix_covers_the_brief() -> None:
    """At least 80 phrasings, none the same as an earlier round's; three new clients, six
    machine messages."""

    def norm(text: str) -> str:
        return " ".join(text.lower().split())

    earlier = {norm(c.text) for c in _ALL_EARLIER.values()}
    again = [n for n, c in P23.items() if norm(c.text) in earlier]
    assert len(P23) >= 80 and not again, again
    assert len(s23.ENVELOPES) >= 3 and len(s23.MACHINE) >= 6


def test_machine_messages_without_a_header_never_answer() -> None:
    """Each holds "1 ja 2 nee 3 ja" (before: five of six read as that answer)."""
    assert never_answers(s23.MACHINE) == []
    for build in s23.MACHINE.values():
        assert parse_reply(build("Ja voor alles")).automatic


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben afwezig tot maandag, maar alvast: 1 ja 2 nee 3 ja",
        "Ik ben op vakantie maar wilde dit snel doen. 1 ja 2 nee 3 ja",
        "Bedankt voor uw bericht. 1 ja 2 nee 3 ja",  # thanks alone: no notice
        "Ik ben bezorgd over 2. 1 ja 2 nee 3 ja",  # "bezorgd" is also "worried"
        # back from holiday: "geweest"
        "Bedankt voor uw bericht. Ik ben met vakantie geweest. 1 ja 2 nee 3 ja",
    ],
)
def test_a_person_who_is_away_or_worried_still_answers(text: str) -> None:
    raw = s23.message("gmail-signature-collapsed", text)
    parsed = parse_reply(raw)
    assert not parsed.automatic
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("ja", "nee", "ja")


def test_a_subject_that_says_worried_is_no_delivery_receipt() -> None:
    raw = re.sub(
        rb"Subject: [^\r]*",
        b"Subject: Bezorgd: over de stage",
        s23.message("gmail-signature-collapsed", "1 ja 2 nee 3 ja"),
    )
    assert b"Bezorgd: over" in raw
    assert not parse_reply(raw).automatic


@pytest.mark.parametrize(
    ("answer", "want"),
    [
        ("1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
        ("Ja voor alles behalve 2", ("ja", "nee", "ja")),
        ("1 👍\n2 👎\n3 👍", ("ja", "nee", "ja")),
    ],
)
def test_the_answer_in_an_attached_text_file_under_zie_bijlage(
    answer: str, want: tuple[str, ...]
) -> None:
    """Before: nothing was read (the worker had to open the file); now the file's words are
    read as the sender's own and stand in the text the worker sees, above the body."""
    parsed = parse_reply(s23.attached_text(answer))
    assert parsed.answer_in_attachment and parsed.text.startswith(answer.split("\n")[0])
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == want


@pytest.mark.parametrize(
    "change",
    [
        # the body answers itself: the file is not read beside it
        lambda raw: raw.replace(b"Zie bijlage.", b"1 nee 2 nee 3 nee"),
        # no pointer: an attached file is not the answer
        lambda raw: raw.replace(b"Zie bijlage.", b"Hierbij een bestand."),
        # a copy of our request (with its code and example) is not the answer
        lambda raw: raw.replace(b"1 ja 2 nee 3 ja", b"code TS-1CR5-AYMZ-7: 1 ja 2 nee 3 ja"),
        # two files: which one?
        lambda raw: raw.replace(
            b"--mix_23--",
            b'--mix_23\r\nContent-Type: text/plain; name="b.txt"\r\nContent-Disposition: '
            b'attachment; filename="b.txt"\r\n\r\n1 nee\r\n--mix_23--',
        ),
        # an attached message (.eml) is someone else's mail
        lambda raw: raw.replace(
            b'Content-Type: text/plain; charset="utf-8"; name="antwoord.txt"',
            b'Content-Type: message/rfc822; name="antwoord.eml"',
        ).replace(b"1 ja 2 nee 3 ja", b"Subject: x\r\n\r\n1 ja 2 nee 3 ja"),
    ],
)
def test_an_attached_file_is_not_read_otherwise(change) -> None:  # type: ignore[no-untyped-def]
    raw = change(s23.attached_text("1 ja 2 nee 3 ja"))
    parsed = parse_reply(raw)
    assert not parsed.answer_in_attachment
    got = outcome(read_answers(parsed.text, ITEMS[:3]))
    assert "ja" not in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a no nobody gave: not understanding an item was read as a no for it
        ("2 snap ik niet, de rest ja", ("ja", "?", "ja")),
        ("Nummer 2 begrijp ik niet", ("geen",)),
        ("2 snap ik niet. 1 en 3 nee", ("nee", "?", "nee")),
        # a clear answer left unclear: "net als", "zelfde als" compare, they set no condition
        ("Net als vorig jaar: 1 ja 2 ja 3 nee", ("ja", "ja", "nee")),
        ("Zelfde als vorige keer: nee voor alles", ("nee", "nee", "nee")),
        ("1 ja, 2 ja als Sam het zelf ook wil, 3 nee", ("ja", "?", "nee")),  # still one
        # a clear answer left unclear: sorry for being late is no doubt about the answer
        ("Oeps, nog niet gedaan. 1 ja, 2 nee, 3 ja", ("ja", "nee", "ja")),
        ("Had ik nog niet gedaan, sorry. Ja voor alles", ("ja", "ja", "ja")),
        ("1 ja 2 nog niet gedaan 3 ja", ("ja", "?", "ja")),  # 2 put off: still a doubt
        ("Ik weet het nog niet", ("geen",)),
    ],
)
def test_round15_classes(text: str, want: tuple[str, ...]) -> None:
    got = outcome(read_answers(text, ITEMS[:3]))
    assert got == want or (want == ("geen",) and set(got) == {"?"}), got
