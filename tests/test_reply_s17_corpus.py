"""Round 12 of issue 19: round 12's phrasings (tests/reply_s17_phrasings.py) in the whole
messages of rounds 6 to 8 and 10, raw bytes through the whole reader; answers typed inside
the quoted request (tests/reply_s17_inline.py: Gmail, Thunderbird, Outlook's unquoted
original, as plain text and as Outlook on the web's HTML, Gmail's blockquote cut open, on the
quoted heading line); one sharp case per class found (each failed before its fix); every
unclear item says why.
Counts by kind and speed: `python tests/reply_s17_count.py`.
"""

from __future__ import annotations

import pytest
import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
import reply_s17_inline as inline
import test_reply_s13_corpus as s13_test
from mail_support import RemoteVault
from reply_harness import outcome, wrong_in
from reply_round9_phrasings import PHRASINGS as P9
from reply_round10_phrasings import PHRASINGS as P10
from reply_s10_envelopes import PHRASINGS as P4
from reply_s11_phrasings import PHRASINGS as P11
from reply_s12_phrasings import PHRASINGS as P12
from reply_s13_phrasings import PHRASINGS as P13
from reply_s14_phrasings import PHRASINGS as P14
from reply_s16_phrasings import PHRASINGS as P16
from reply_s17_phrasings import PHRASINGS as P17
from reply_table import ITEMS

from toestemming.capture.answers import REASONS, Verdict, read_answers
from toestemming.capture.replies import parse_reply
from toestemming.model import Answer

SETS = {"round-10": r10, "round-8": s14, "round-7": s13, "round-6": s12}


@pytest.mark.parametrize(
    ("set_", "envelope"),
    [(name, env) for name, module in SETS.items() for env in sorted(module.ENVELOPES)],
)
def test_every_round12_phrasing_in_every_client(set_: str, envelope: str) -> None:
    module = SETS[set_]
    assert wrong_in(envelope, P17, module.message) == []


@pytest.mark.parametrize("envelope", sorted(inline.ENVELOPES))
def test_answers_typed_inside_the_quoted_request(envelope: str) -> None:
    assert wrong_in(envelope, inline.PHRASINGS, inline.message) == []


def test_the_matrix_covers_the_brief() -> None:
    earlier = {
        " ".join(c.text.lower().split())
        for r in (P4, P9, P10, P11, P12, P13, P14, P16)
        for c in r.values()
    }
    again = [n for n, c in P17.items() if " ".join(c.text.lower().split()) in earlier]
    assert len(P17) >= 80 and not again, again
    envelopes = sum(len(m.ENVELOPES) for m in SETS.values())
    assert len(P17) * envelopes >= 4000


# -- the classes found, one sharp case each (each failed before its fix) -------------------
U = "?"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # ranges read as their two ends only: item 2 unanswered beside a yes for 1 and 3
        ("1..3 ja", ("ja", "ja", "ja")),
        ("1–3 ja", ("ja", "ja", "ja")),  # Word's en dash
        ("1 — 3 ja", ("ja", "ja", "ja")),
        ("Items 1 to 3: yes", ("ja", "ja", "ja")),
        ("1 tot/met 3 ja", ("ja", "ja", "ja")),
        ("yes 1 thru 3", ("ja", "ja", "ja")),
        # ... or as the first only: "1 t.e.m." ended the sentence, "1…" too
        ("Ja voor 1 t.e.m. 3", ("ja", "ja", "ja")),
        ("1…3: akkoord", ("ja", "ja", "ja")),
        # past the last item: "2 t/m 5" was a yes for 2 alone, "1 t/m 5" for 1 alone
        ("Ja voor 2 t/m 5", ("geen",)),
        ("Ja voor 1 t/m 5", ("geen",)),
        ("1 nee, 2 - 4 ja", ("geen",)),
        # an item that does not exist in a list: read as if the list were this request's
        ("Ja voor 1, 2, 3 en 4", ("geen",)),
        ("1 ja 2 nee 3 ja\n4 ja", ("geen",)),
        # a pause after the number: "1... ja 2... nee" gave item 2 the yes of item 1
        ("x\n\n1... ja 2... nee 3... ja", ("ja", "nee", "ja")),
        ("1… ja\n2… nee\n3… ja", ("ja", "nee", "ja")),
        # "tegen" after "behalve": the exception's no read as a yes for 1
        ("akkoord behalve tegen 1", ("nee", "ja", "ja")),
        ("ja voor alles behalve tegen 2 en 3", ("ja", "nee", "nee")),
        # "de eerste mail" is no item 1
        ("Ik had op de eerste mail al ja gezegd", ("geen",)),
        # dictated, each number its own sentence: item 1 was unanswered, 2 unclear
        ("Een ja. Twee nee. Drie ja.", ("ja", "nee", "ja")),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1. ja\n2. nee\n3. ja", ("ja", "nee", "ja")),
        ("1 t/m 3 ja", ("ja", "ja", "ja")),
        ("1 tot 3 ja", ("geen",)),  # 'until': is 3 in it?
        ("Een ja van mij. Voor 2 nee.", ("geen",)),  # "een ja" is "a yes"
        ("Een ja.", ("geen",)),
        ("1/3 ja", ("ja", U, "ja")),
        ("Ja... maar 2 nee", ("geen",)),
        ("Het is goed… denk ik. 2 nee", ("geen",)),
    ],
)
def test_what_stays(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


def test_an_item_that_does_not_exist_is_named_as_the_reason() -> None:
    for text in ("Ja voor 2 t/m 5", "1 ja 2 nee 3 ja 4 nee", "Ja voor 1, 2, 3 en 4"):
        reading = read_answers(text, ITEMS[:3])
        assert not reading.answers, text
        ids = [r.reason.phrase.message_id for r in reading.items.values()]  # type: ignore[union-attr]
        assert ids and set(ids) == {"reply-reason-beyond"}, (text, ids)
        problems = [p.phrase.message_id for p in reading.problems]  # type: ignore[attr-defined]
        assert "reply-item-does-not-exist" in problems


def test_every_unclear_item_says_why() -> None:
    """A worker is told why each item is not read: a reason from the catalog."""
    assert "beyond" in REASONS
    for name, case in [*P17.items(), *inline.PHRASINGS.items()]:
        raw = (
            inline.message("outlook-plain-inline", case.text)
            if name in inline.PHRASINGS
            else s14.message("outlook-desktop-1252", case.text, case.lang)
        )
        reading = read_answers(parse_reply(raw).text, ITEMS[:3])
        for item in reading.items.values():
            if item.verdict == Verdict.UNCLEAR:
                assert item.reason and str(item.reason).strip(), (name, item)
                assert item.reason.phrase.message_id.startswith("reply-reason-")  # type: ignore[union-attr]


# -- answers typed in Outlook's unquoted original ------------------------------------------------
@pytest.mark.parametrize("envelope", ["outlook-plain-inline", "outlook-web-html-inline"])
def test_a_no_typed_under_an_item_in_outlook_beats_the_yes_on_top(envelope: str) -> None:
    """ "Ja voor alles" on top and "nee" typed under item 2 in the original: item 2 was read
    as yes (the "nee" was taken for a line of our request)."""
    raw = inline.message(envelope, "Ja voor alles || | nee | ")
    got = outcome(read_answers(parse_reply(raw).text, ITEMS[:3]))
    assert got in (("ja", "nee", "ja"), ("ja", U, "ja")), got


def test_a_restriction_typed_on_inside_the_quote_is_read() -> None:
    """ "> Onderdeel 1: Begeleiding naar werk ja" / "> maar alleen dit schooljaar": the
    second line stays in the blockquote, and was left out — a yes with its limit cut off."""
    for envelope in ("quoted-heading-same-line", "outlook-plain-inline"):
        raw = inline.message(envelope, "ja\\nmaar alleen dit schooljaar | nee | ja")
        got = outcome(read_answers(parse_reply(raw).text, ITEMS[:3]))
        assert got == (U, "nee", "ja"), (envelope, got)


# -- through the import of a real vault (round 7's module fixture: a vault at read time) -----
vault = s13_test.vault
_dated = s13_test._dated


@pytest.mark.parametrize("text", ["Ja voor 1 t/m 3", "1 ja 2 ja 3 ja", "1..4 ja"])
def test_a_list_longer_than_the_request_is_not_confirmable(vault: RemoteVault, text: str) -> None:
    """The vault's request has two items: a reply for three (another request's list?) gives
    no yes to confirm, and the worker is told which item does not exist."""
    proposal = vault.svc.remote.read_reply(_dated(s14.message("gmail-web-nl", text), vault))
    assert all(i.answer != Answer.YES for i in proposal.items), proposal.items
    assert not proposal.can_confirm
    ids = [p.phrase.message_id for p in proposal.problems]  # type: ignore[attr-defined]
    assert "reply-item-does-not-exist" in ids
