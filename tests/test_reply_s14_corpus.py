"""Round 8 of issue 19: whole messages as Dutch parents' clients send them
(tests/reply_s14_mails.py) with what parents type (tests/reply_s14_phrasings.py) and every
earlier round's phrasings, raw bytes through the whole reader; the answer typed only in the
subject; one sharp case per class found (each failed before its fix); the worst one through
the import of a real vault. Counts by kind and speed: `python tests/reply_s14_count.py`.
"""

from __future__ import annotations

import base64
from typing import Any

import pytest
import reply_s10_envelopes as s10
import reply_s14_mails as s14
import test_reply_s13_corpus as s13_test
from mail_support import RemoteVault
from reply_harness import outcome, wrong_in
from reply_s11_phrasings import PHRASINGS as P11
from reply_s12_phrasings import PHRASINGS as P12
from reply_s13_phrasings import PHRASINGS as P13
from reply_s14_phrasings import PHRASINGS as P14
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import html_to_text, parse_reply
from toestemming.model import Answer

ROUNDS: dict[str, dict[str, Any]] = {
    "round-8": P14,
    "round-7": P13,
    "round-6": P12,
    "round-5": P11,
    "round-4": s10.PHRASINGS,
}


@pytest.mark.parametrize("envelope", sorted(s14.ENVELOPES))
@pytest.mark.parametrize("round_", sorted(ROUNDS))
def test_every_phrasing_in_every_parents_client(round_: str, envelope: str) -> None:
    assert wrong_in(envelope, ROUNDS[round_], s14.message) == []


@pytest.mark.parametrize("envelope", sorted(s14.ENVELOPES))
def test_the_quoted_request_and_signature_alone_answer_nothing(envelope: str) -> None:
    """Nothing typed: the signature (a phone number, a postcode), the client's lines and our
    request ("bijvoorbeeld: 1 ja, 2 nee … ja voor alles") are never an answer."""
    reading = read_answers(parse_reply(s14.message(envelope, "")).text, ITEMS[:3])
    assert not reading.answers and not reading.is_withdrawal


@pytest.mark.parametrize("envelope", sorted(s14.ENVELOPES))
@pytest.mark.parametrize("name", sorted(s14.SUBJECT_ONLY))
def test_an_answer_only_in_the_subject_is_not_read(name: str, envelope: str) -> None:
    """ "Re: … — JA": a subject is also what a Re:-chain or a forward keeps of older mail;
    the worker sees it and decides (the reader never guesses from it)."""
    parsed = parse_reply(s14.subject_only(name, envelope))
    reading = read_answers(parsed.text, ITEMS[:3])
    assert not reading.answers and not reading.is_withdrawal


def test_the_matrix_covers_the_brief() -> None:
    assert len(P14) >= 100 and len(s14.ENVELOPES) >= 14
    assert len(P14) * len(s14.ENVELOPES) >= 150
    for wanted in ("outlook-tnef-beside-text", "iphone-smime", "thunderbird-flowed-bottom"):
        assert wanted in s14.ENVELOPES


# -- the classes found, one sharp case each (each failed before its fix) -------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # another person's consent, told: was all yes (a yes nobody gave) / all no
        ("Mijn man gaat akkoord, ik niet", ("geen",)),
        ("Mijn ex gaat niet akkoord, ik wel", ("geen",)),
        ("Mijn man gaat niet akkoord, maar ik wel", ("geen",)),
        ("My husband agrees, I don't", ("geen",)),
        # ... while the sender and the other parent together still consent
        ("Mijn man en ik gaan akkoord", ("ja", "ja", "ja")),
        # "no problem" idioms: were all no
        ("Nee, natuurlijk niet erg!", ("geen",)),
        ("Geen punt hoor", ("ja", "ja", "ja")),
        ("Ja voor alles, geen punt 2", ("ja", "nee", "ja")),
        # spelled-out numbers opening a list: 1 resp. 2 were left unclear
        ("één en drie ja, twee nee", ("ja", "nee", "ja")),
        ("Twee en drie nee, één ja", ("ja", "nee", "nee")),
        ("twee en drie jaar geleden ja", ("geen",)),  # a time, no items
        # "alle 3" with three items: was item 3 only
        ("Nee voor alle 3", ("nee", "nee", "nee")),
        # "school" alone: the sender is a school, item 3 only has the word in its title
        # ("Volgen na school"): was a yes for item 3
        ("Ja voor school", ("geen",)),
        ("School ja", ("geen",)),
        # a work mail's footer: "denk aan het milieu" left every item unclear
        (
            "1 ja 2 nee 3 ja\n\nDenk aan het milieu voordat u deze e-mail print.",
            ("ja", "nee", "ja"),
        ),
        # reluctance about one item: was a yes to all three
        ("Ja voor alles, alleen de bakkerij vind ik wat minder", ("geen",)),
        # an exception of something unknown and an item: was a yes for the item
        ("Ja voor alles behalve de huisarts en 2", ("geen",)),
        ("Yes to all except the doctor and 2", ("geen",)),
        # "al eens" is "once", no agreement: item 2 was left unclear
        ("1 en 3 goed, 2 liever niet omdat hij daar al eens is geweest.", ("ja", "nee", "ja")),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


# -- through the import of a real vault (round 7's module fixture: a vault at read time) -----
vault = s13_test.vault
_dated = s13_test._dated


@pytest.mark.parametrize("envelope", ["outlook-tnef-beside-text", "iphone-smime", "samsung-b64"])
def test_the_other_parents_yes_is_never_the_senders(vault: RemoteVault, envelope: str) -> None:
    """ "Mijn man gaat akkoord, ik niet" from the mother: nothing to confirm as a yes."""
    proposal = vault.svc.remote.read_reply(
        _dated(s14.message(envelope, "Mijn man gaat akkoord, ik niet"), vault)
    )
    assert all(i.answer != Answer.YES for i in proposal.items), proposal.items
    assert not proposal.can_confirm


@pytest.mark.parametrize("name", sorted(s14.SUBJECT_ONLY))
def test_a_subject_only_answer_proposes_nothing_to_confirm(vault: RemoteVault, name: str) -> None:
    proposal = vault.svc.remote.read_reply(_dated(s14.subject_only(name), vault))
    assert not proposal.can_confirm


def test_a_numbered_html_list_keeps_its_numbers() -> None:
    """ "1. ja" typed in Gmail or Apple Mail becomes <ol><li>ja</li>…: the numbers were lost
    and "ja / nee / ja" named no item (left unclear); Outlook's own list markup keeps them."""
    text, _ = html_to_text("<ol><li>ja</li><li>nee</li><li>ja</li></ol>")
    assert outcome(read_answers(text, ITEMS[:3])) == ("ja", "nee", "ja")
    text, _ = html_to_text("<ol start='2'><li>nee</li><li>ja</li></ol>")
    assert outcome(read_answers(text, ITEMS[:3])) == ("?", "nee", "ja")
    text, _ = html_to_text("<ul><li>ja</li><li>nee</li></ul>")  # bullets name nothing
    assert "1" not in text
    text, _ = html_to_text("<table><tr><td>1</td><td>ja</td></tr></table>")
    assert text.strip() == "1 ja"


@pytest.mark.parametrize(
    ("ctype", "filename"),
    [
        ("application/pkcs7-mime; smime-type=signed-data", "smime.p7m"),  # opaque S/MIME
        ("application/pkcs7-mime; smime-type=enveloped-data", "smime.p7m"),  # encrypted
        ("application/ms-tnef", "winmail.dat"),  # Outlook rich text, no text part beside it
    ],
)
def test_an_answer_we_cannot_open_is_a_problem_not_an_answer(ctype: str, filename: str) -> None:
    """The words sit inside a container the reader does not open (the bytes of "1 ja 2 nee
    3 ja" are in it): no text, a problem the worker sees, nothing read."""
    blob = base64.encodebytes(b"0\x82\x01\x00" + b"1 ja 2 nee 3 ja" + b"\x00" * 40).decode()
    raw = (
        "From: a@example.org\nTo: b@example.org\nSubject: Re: x\nMIME-Version: 1.0\n"
        f'Content-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
        f'Content-Disposition: attachment; filename="{filename}"\n\n{blob}'
    ).replace("\n", "\r\n")
    parsed = parse_reply(raw.encode())
    assert parsed.problems and not parsed.text
    assert [a.filename for a in parsed.attachments] == [filename]
    assert outcome(read_answers(parsed.text, ITEMS[:3])) == ("geen",)
