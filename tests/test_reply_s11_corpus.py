"""Round 5 of issue 19: round 5's phrasings (tests/reply_s11_phrasings.py) in round 5's client
envelopes and in round 4's, round 4's phrasings in round 5's envelopes — raw bytes through the
whole reader — and messages that are never an answer (bounces, read receipts, out-of-office
replies in four languages, a winmail.dat body) through the import of a real vault.

Counts by kind and the reader's speed: `python tests/reply_s11_count.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import format_datetime

import pytest
import reply_s10_envelopes as s10
import reply_s11_envelopes as s11
from mail_support import RemoteVault, build_remote_vault
from reply_harness import check, outcome
from reply_s11_phrasings import PHRASINGS
from reply_table import ITEMS
from test_mail_replies import READ_AT

from toestemming.capture.answers import ItemInfo, read_answers
from toestemming.capture.replies import parse_reply
from toestemming.errors import Said


@pytest.mark.parametrize("envelope", sorted(s11.ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_new_phrasings_in_new_clients(phrasing: str, envelope: str) -> None:
    case = PHRASINGS[phrasing]
    check(s11.message(envelope, case.text, case.lang), case)  # type: ignore[arg-type]


@pytest.mark.parametrize("envelope", sorted(s10.ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_new_phrasings_in_round_4_clients(phrasing: str, envelope: str) -> None:
    case = PHRASINGS[phrasing]
    check(s10.message(envelope, case.text, case.lang), case)  # type: ignore[arg-type]


@pytest.mark.parametrize("envelope", sorted(s11.ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(s10.PHRASINGS))
def test_round_4_phrasings_in_new_clients(phrasing: str, envelope: str) -> None:
    case = s10.PHRASINGS[phrasing]
    check(s11.message(envelope, case.text, case.lang), case)


@pytest.mark.parametrize("envelope", sorted(s11.ENVELOPES))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_quoted_request_alone_answers_nothing(envelope: str, lang: str) -> None:
    """Nothing typed: our request's own "1 ja, 2 nee" and "ja voor alles", quoted the way
    this client quotes (or attaches) it, are never an answer."""
    parsed = parse_reply(s11.message(envelope, "", lang))
    reading = read_answers(parsed.text, ITEMS[:3])
    assert not reading.answers and not reading.is_withdrawal


def test_the_matrix_covers_the_brief() -> None:
    assert len(PHRASINGS) >= 50 and len(s11.ENVELOPES) >= 10
    kinds = {p.expect[0] for p in PHRASINGS.values()}
    assert {"ja", "nee", "geen", "intrekken"} <= kinds
    assert any(p.lang == "en" for p in PHRASINGS.values())
    assert {"tnef-only", "bounce-qmail", "mdn-outlook-plain", "ooo-ar-subject-only"} <= set(
        s11.NOT_ANSWERS
    )


# -- the classes found, one sharp case each (each failed on main before its fix) -------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # number words dictated or typed: items like digits, not before a noun or after "de"
        ("ja voor een en drie nee voor twee", ("ja", "nee", "ja")),
        ("Eén ja, twee nee, drie ja", ("ja", "nee", "ja")),
        ("ik trek twee in", ("intrekken", "2")),
        ("Voor 2 geen toestemming, voor de andere twee wel", ("ja", "nee", "ja")),
        ("Ja voor een jaar", ("?", "?", "?")),
        # a 👍 or ✔️ that leads the items it answers
        ("👍 voor 1 en 3, 👎 voor 2", ("ja", "nee", "ja")),
        ("✔️ 1 en 3\n✖️ 2", ("ja", "nee", "ja")),
        # a time of one's own is a condition
        ("Akkoord voor 2 maanden", ("?", "?", "?")),
        ("OK for 1 year", ("geen",)),
        # someone else's words pasted or forwarded
        ("[3-12-26 19:40:12] Mama: ja voor alles", ("geen",)),
        ("03-12-2026 19:40 - Mama: ja voor alles", ("geen",)),
        ("Doorgestuurd sms van mijn vader:\nNee, niet voor 2", ("geen",)),
        # the writer is under 16
        ("Hoi ik ben Sam (13), mama is er niet. 1 ja 2 nee 3 ja", ("?", "?", "?")),
        ("Ik ben 14. Ja voor alles", ("?", "?", "?")),
        # a doubt after an item is about that item
        ("1 ja 2 nee 3 weet ik nog niet", ("ja", "nee", "?")),
        # a yes until a moment of one's own is a condition
        ("Akkoord tot 1 januari", ("?", "?", "?")),
        ("Ik ga akkoord tot mijn 18e", ("?", "?", "?")),
        ("ik ben nog geen 16 maar ja voor alles", ("?", "?", "?")),
        # no longer taking part; undoing the consent itself
        ("Ik wil niet meer meedoen", ("intrekken",)),
        ("Please remove my consent", ("intrekken",)),
        ("Ik neem mijn toestemming terug", ("intrekken",)),
        ("Mijn toestemming geldt niet meer", ("intrekken",)),
        ("Delete my consent for 2", ("intrekken", "2")),
        ("Ik wil mijn toestemming niet verwijderen", ("geen",)),
        # "toestemming" as the topic of another sentence is no yes
        ("Ik heb een vraag over de toestemming", ("geen",)),
        ("Mijn ex moet ook toestemming geven", ("geen",)),
        ("Ik heb vorig jaar al toestemming gegeven", ("geen",)),
        ("Ik geef jullie toestemming om de gegevens te delen", ("ja", "ja", "ja")),
        ("I gave consent last year", ("geen",)),  # "last" was item 3
        ("My ex-husband has to give consent too", ("geen",)),
        ("de laatste nee, de rest ja", ("ja", "ja", "nee")),
        # stopping or cancelling something else is no withdrawal
        ("Stop maar met bellen, 1 ja 2 ja 3 ja", ("ja", "ja", "ja")),
        ("Ik wil de afspraak annuleren, verder 1 ja 2 ja 3 ja", ("ja", "ja", "ja")),
        ("Stop met delen", ("intrekken",)),
        # a skin tone belongs to its thumb
        ("👍🏻 voor 1 en 3, 👎🏻 voor 2", ("ja", "nee", "ja")),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    got = outcome(read_answers(text, ITEMS[:3]))
    if want == ("?", "?", "?"):
        assert got in (want, ("geen",)), got
    else:
        assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben 16 en zeg ja voor alles",
        "Ja voor alles\n\nGroetjes, Sam (16)",
        "Ik ben 17: ja voor alles",
        "Mijn zoon is 14, ik geef toestemming voor alles",
        "Ja voor alles, tot ziens!",
    ],
)
def test_sixteen_and_older_or_a_parent_answer(text: str) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == ("ja", "ja", "ja")


def test_under_16_says_why() -> None:
    reading = read_answers("Ik ben 13. 1 ja 2 nee", [ItemInfo(1), ItemInfo(2)])
    assert not reading.answers
    assert all(i.reason == Said("reply-reason-age") for i in reading.items.values())
    assert "16" in reading.items[1].reason


def test_html_br_slash_is_one_line_break() -> None:
    """web.de writes its header block with <br/>: one break, so "Gesendet:/Von:/An:/Betreff:"
    is one block and what follows is our request, not the sender's words."""
    parsed = parse_reply(s11.message("webde-html", "IK GA NIET AKKOORD"))
    assert parsed.own_text == "IK GA NIET AKKOORD"


# -- never an answer, through the import -----------------------------------------------------
@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("s11") / "t.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


@pytest.mark.parametrize("name", sorted(s11.NOT_ANSWERS))
def test_never_an_answer(vault: RemoteVault, name: str) -> None:
    raw = s11.NOT_ANSWERS[name]("1 ja, 2 nee").replace(
        s10.DATE.encode(), format_datetime(vault.clock.now() - READ_AT / 2).encode()
    )
    parsed = parse_reply(raw)
    reading = read_answers(parsed.text, ITEMS[:2])
    assert parsed.automatic or (not reading.answers and not reading.is_withdrawal), name
    proposal = vault.svc.remote.read_reply(raw)
    assert not proposal.can_confirm, name
    assert all(i.answer is None for i in proposal.items), proposal.items


@pytest.mark.parametrize(
    "name",
    [
        "bounce-qmail",
        "mdn-outlook-plain",
        "ooo-tr-subject-only",
        "ooo-ar-subject-only",
        "recall-nl",
        "recall-en",
    ],
)
def test_machine_messages_are_marked_automatic(name: str) -> None:
    assert parse_reply(s11.NOT_ANSWERS[name]("")).automatic


def test_a_person_who_writes_intrekken_in_the_subject_still_withdraws() -> None:
    """Only Outlook's machine-written recall text is a recall; a parent's own "Intrekken:"
    subject with their own words is a withdrawal, as written."""
    raw = s11.message("gmail-tr", "Ik wil alles intrekken").replace(
        b"Subject: =?utf-8?b?", b"Subject: Intrekken: =?utf-8?b?"
    )
    parsed = parse_reply(raw)
    assert not parsed.automatic
    assert read_answers(parsed.text, ITEMS[:3]).withdraw == ()
