"""Round 11 of issue 19: round 11's phrasings (tests/reply_s16_phrasings.py) in the whole
messages of rounds 6 to 8 and 10 (replies to a reminder, the clients Dutch parents use, Outlook,
Gmail, Apple, Samsung, Thunderbird, provider web mail, S/MIME, winmail.dat), raw bytes
through the whole reader; one sharp case per class found (each failed before its fix); a
text part and an HTML part that answer differently; machine messages and a bare forward.
Counts by kind and speed: `python tests/reply_s16_count.py`.
"""

from __future__ import annotations

from html import escape

import pytest
import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
import test_reply_s13_corpus as s13_test
from mail_corpus import SAM
from mail_support import RemoteVault
from reply_harness import never_answers, outcome, wrong_in
from reply_round9_phrasings import PHRASINGS as P9
from reply_round10_phrasings import PHRASINGS as P10
from reply_s10_envelopes import PHRASINGS as P4
from reply_s10_envelopes import SUBJECT, _alternative, _part
from reply_s11_phrasings import PHRASINGS as P11
from reply_s12_phrasings import PHRASINGS as P12
from reply_s13_phrasings import PHRASINGS as P13
from reply_s14_phrasings import PHRASINGS as P14
from reply_s16_phrasings import PHRASINGS as P16
from reply_table import ITEMS, ORG

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.model import Answer

SETS = {"round-10": r10, "round-8": s14, "round-7": s13, "round-6": s12}


@pytest.mark.parametrize(
    ("set_", "envelope"),
    [(name, env) for name, module in SETS.items() for env in sorted(module.ENVELOPES)],
)
def test_every_round11_phrasing_in_every_client(set_: str, envelope: str) -> None:
    module = SETS[set_]
    assert wrong_in(envelope, P16, module.message) == []


def test_the_matrix_covers_the_brief() -> None:
    earlier = {
        " ".join(c.text.lower().split())
        for r in (P4, P9, P10, P11, P12, P13, P14)
        for c in r.values()
    }
    again = [n for n, c in P16.items() if " ".join(c.text.lower().split()) in earlier]
    assert len(P16) >= 80 and not again, again
    envelopes = sum(len(m.ENVELOPES) for m in SETS.values())
    assert len(P16) * envelopes >= 4000


# -- the classes found, one sharp case each (each failed before its fix) -------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a time limit opening the clause after a yes, no comma before the next item: 2's yes
        # was recorded (a yes nobody gave) and 3's no left unclear
        ("1 ja 2 ja, alleen dit schooljaar 3 nee", ("?", "?", "nee")),
        ("1 ja 2 ja, als hij dat wil 3 nee", ("?", "?", "nee")),
        # a restriction after the list's last yes: the nos before it were unclear too
        ("1 nee, 2 nee, 3 ja maar alleen dit schooljaar", ("nee", "nee", "?")),
        # another parent's answer under a label: was read as the sender's no for 2
        ("Ik: ja voor alles. Mijn vrouw: nee voor 2", ("ja", "?", "ja")),
        ("Moeder: ja voor alles\nVader: ja voor alles", ("geen",)),
        # "een" after "onderdeel" is the number: item 1 was unanswered, 2 unclear
        ("Onderdeel een: ja. Onderdeel twee: nee. Onderdeel drie: ja.", ("ja", "nee", "ja")),
        # a list of comma'd numbers: the first (or last) was left out
        ("1,2,3 ja", ("ja", "ja", "ja")),
        ("ja voor 1, 2, 3", ("ja", "ja", "ja")),
        # "voor alle drie" after a comma: was no item named
        ("Ja hoor, voor alle drie", ("ja", "ja", "ja")),
        # the message takes its answers back: every yes was read as given
        ("1 ja 2 ja 3 ja\n\nLaat maar.", ("geen",)),
        ("Ja voor alles.\n\nIk heb me bedacht", ("geen",)),
        ("1 ja 2 ja 3 ja\n\nVergeet dit bericht maar, ik bel wel", ("geen",)),
        ("Ja voor alles.\n\nToch maar even niet", ("geen",)),
        # "1 tot 3": was a yes for 3, which only "tot en met" gives
        ("Ja voor 1 tot 3", ("geen",)),
        ("1 tot 2 ja, 3 nee", ("?", "?", "nee")),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what the fixes must leave as it was
        ("1 ja, 2 ja maar alleen dit schooljaar, 3 nee", ("ja", "?", "nee")),
        ("1 ja, 2 ja maar alleen dit schooljaar", ("geen",)),  # every yes may be meant
        ("Alles ja, maar alleen dit schooljaar", ("geen",)),
        ("1 ja, misschien 2 ook", ("ja", "?", "?")),
        ("Ik: ja voor alles", ("ja", "ja", "ja")),  # the sender's own label
        ("onderdeel een keer bekijken", ("geen",)),
        ("Ja hoor, voor alle drie 👎", ("geen",)),
        ("alle twee ja", ("geen",)),  # a count that is not the request's
        ("1 tot en met 3 ja", ("ja", "ja", "ja")),
        ("1 ja 2 nee 3 ja. Vergeet het niet te delen!", ("ja", "nee", "ja")),
        ("Ja voor alles, laat maar weten", ("ja", "ja", "ja")),
        ("Ja voor alles. 2 toch maar even niet", ("ja", "?", "ja")),
    ],
)
def test_what_stays(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


def test_a_time_limit_is_named_as_one() -> None:
    """The worker is told why: a time of the person's own, not "a condition like 'als'"."""
    reading = read_answers("1 ja, 2 ja maar alleen dit schooljaar, 3 nee", ITEMS[:3])
    reason = reading.items[2].reason
    assert reason.phrase.message_id == "reply-reason-time"  # type: ignore[union-attr]
    assert "alleen dit schooljaar" in reason and "hoe lang" in reason
    reading = read_answers("1 ja, 2 ja alleen als hij het zelf wil, 3 ja", ITEMS[:3])
    assert reading.items[2].reason.phrase.message_id == "reply-reason-cond"  # type: ignore[union-attr]


# -- a text part and an HTML part that say different things ---------------------------------
def _two_parts(plain: str, html: str, sender: str = "marja@example.org") -> bytes:
    body = _alternative(
        _part("text/plain", f"{plain}\n\nGroet,\nMarja\n", "utf-8"),
        _part("text/html", f"<div>{html}</div><div><br></div><div>Groet,<br>Marja</div>", "utf-8"),
        "_alt_s16_",
    )
    head = (
        f"From: Marja de Vries <{sender}>\nTo: Testschool <{ORG}>\n"
        f"Subject: Re: {SUBJECT['nl']}\nDate: Thu, 03 Dec 2026 19:41:07 +0100\n"
        "Message-ID: <s16.parts@mail.example>\nMIME-Version: 1.0\n"
    )
    return (head + body).replace("\n", "\r\n").encode()


@pytest.mark.parametrize(
    ("plain", "html"),
    [
        ("1 ja 2 ja 3 ja", "1 ja 2 nee 3 ja"),  # the HTML the parent saw says no for 2
        ("1 ja\n2 ja\n3 ja", "1 ja<br>2 <s>ja</s> nee<br>3 ja"),  # a yes struck out
        ("Ja voor alles", "Ja voor alles behalve 2"),
        ("ja voor 1 en 3", "ja voor 1"),
    ],
)
def test_parts_that_answer_differently_are_a_problem(plain: str, html: str) -> None:
    """The reader reads the text part; a yes there that the HTML part does not give was
    proposed as the answer. Now nothing is read as confirmed: the worker asks."""
    parsed = parse_reply(_two_parts(plain, html))
    assert "reply-parts-differ" in [p.phrase.message_id for p in parsed.problems]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("plain", "html"),
    [
        ("1 ja 2 nee 3 ja", "<b>1 ja</b> 2 nee <i>3 ja</i>"),
        ("1. ja\n2. nee\n3. ja", "<ol><li>ja</li><li>nee</li><li>ja</li></ol>"),
        (
            "Ja voor alles, met een lange zin die de\nclient in de tekst afbreekt",
            escape("Ja voor alles, met een lange zin die de client in de tekst afbreekt"),
        ),
    ],
)
def test_the_same_answer_in_both_parts_is_no_problem(plain: str, html: str) -> None:
    assert parse_reply(_two_parts(plain, html)).problems == []


def test_differing_parts_propose_nothing_to_confirm(vault: RemoteVault) -> None:
    """From the address asked: the same parts can be confirmed, differing ones cannot."""
    same = vault.svc.remote.read_reply(_dated(_two_parts("1 ja 2 nee", "1 ja 2 nee", SAM), vault))
    assert same.can_confirm, same.problems
    raw = _two_parts("1 ja 2 ja", "1 ja 2 nee", SAM)
    proposal = vault.svc.remote.read_reply(_dated(raw, vault))
    assert not proposal.can_confirm
    assert "reply-parts-differ" in [p.phrase.message_id for p in proposal.problems]  # type: ignore[attr-defined]


@pytest.mark.parametrize("envelope", ["gmail-app-b64", "outlook-ios", "roundcube-b64-latin1"])
def test_a_reply_from_another_address_is_not_confirmed(vault: RemoteVault, envelope: str) -> None:
    """ "Ja voor alles" from an address the request was not sent to (a work address, the
    other parent's, anyone's): read, shown, never confirmable as the parent's answer."""
    raw = s14.message(envelope, "Ja voor alles").replace(SAM.encode(), b"iemand@example.net")
    proposal = vault.svc.remote.read_reply(_dated(raw, vault))
    assert not proposal.can_confirm and proposal.signer is None


# -- machine messages and a bare forward ---------------------------------------------------------
def _machine(head: str, body: str) -> bytes:
    raw = (
        f"{head}To: Testschool <{ORG}>\nDate: Thu, 03 Dec 2026 19:41:07 +0100\n"
        f"Message-ID: <s16.auto@mail.example>\nMIME-Version: 1.0\n{body}"
    )
    return raw.replace("\n", "\r\n").encode()


_AUTO = {
    # Gmail's vacation responder: Auto-Submitted, the "Re:" subject kept
    "gmail-vacation": lambda answer: _machine(
        f"From: Marja <marja@gmail.example>\nSubject: Re: {SUBJECT['nl']}\n"
        "Auto-Submitted: auto-replied\n",
        _part("text/plain", f"Ik ben op vakantie tot 4 januari.\n\n> {answer}\n", "utf-8"),
    ),
    # a Dutch provider's autoresponder: X-Autoreply only
    "ziggo-autoreply": lambda answer: _machine(
        f"From: marja@ziggo.example\nSubject: Re: {SUBJECT['nl']}\nX-Autoreply: yes\n",
        _part("text/plain", f"Bedankt voor uw bericht, ik ben afwezig. {answer}", "iso-8859-1"),
    ),
    # Exchange's out-of-office, Dutch subject
    "outlook-ooo": lambda answer: _machine(
        f"From: Marja <marja@werk.example>\nSubject: Automatisch antwoord: {SUBJECT['nl']}\n",
        _part("text/plain", f"Ik ben afwezig. {answer}", "windows-1252"),
    ),
    # Outlook.com's delivery failure with the request (and an answer) attached
    "outlook-com-dsn": lambda answer: _machine(
        "From: Microsoft Outlook <postmaster@outlook.example>\n"
        "Subject: Onbestelbaar: " + SUBJECT["nl"] + "\n",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"\n\n'
        "--dsn\n"
        + _part("text/plain", f"Kan niet bezorgen bij marja@hotmail.example.\n{answer}")
        + "\n--dsn\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;outlook.example\n"
        "\nFinal-Recipient: rfc822;marja@hotmail.example\nAction: failed\nStatus: 5.1.1\n"
        "\n--dsn--\n",
    ),
}


def test_machine_messages_answer_nothing() -> None:
    assert never_answers(_AUTO) == []


@pytest.mark.parametrize("envelope", ["outlook-desktop-1252", "gmail-app-b64", "kpn-html-latin1"])
def test_an_auto_reply_without_headers_is_marked(envelope: str) -> None:
    """A helpdesk's auto-reply that keeps "Re:" and sets no header says what it is."""
    parsed = parse_reply(s14.message(envelope, "Dit is een automatisch antwoord. Ja, ontvangen."))
    assert parsed.automatic


@pytest.mark.parametrize("typed", ["", "FYI", "Zie hieronder", "Kun jij dit invullen?"])
def test_a_bare_forward_of_the_request_answers_nothing(typed: str) -> None:
    """The parent forwards our request (to the other parent, or back to us by mistake): its
    "bijvoorbeeld: 1 ja, 2 nee … ja voor alles" is ours, never an answer."""
    raw = s12.message("request-full-gmail", "") if not typed else None
    raws = [s13.message("forwarded-between-parents", typed), s14.message("gmail-web-nl", typed)]
    for one in [r for r in (raw, *raws) if r is not None]:
        reading = read_answers(parse_reply(one).text, ITEMS[:3])
        assert not reading.answers and not reading.is_withdrawal


# -- through the import of a real vault (round 7's module fixture: a vault at read time) -----
vault = s13_test.vault
_dated = s13_test._dated


@pytest.mark.parametrize("envelope", ["outlook-desktop-1252", "iphone-smime", "kpn-html-latin1"])
def test_a_labelled_other_parents_no_is_not_the_senders(vault: RemoteVault, envelope: str) -> None:
    raw = s14.message(envelope, "Ja voor alles\nMijn vrouw: nee voor 2")
    proposal = vault.svc.remote.read_reply(_dated(raw, vault))
    assert all(i.answer != Answer.NO for i in proposal.items), proposal.items
    assert not proposal.can_confirm
