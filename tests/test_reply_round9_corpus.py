"""Round 9 of issue 19: a yes with a restriction the reader cannot place on items ("ja voor
alles, maar geen medische informatie", "alleen zijn cijfers", "niet aan zijn vader", "pas na
de zomer") and a count that is not the request's ("ja voor alle 2", "beide" with three
items), in every client envelope of round 8 (tests/reply_s14_mails.py); one sharp case per
class with the reason the worker is told (each read a yes nobody gave before); the worst
one through the import of a real vault. Counts by kind: `python tests/reply_round9_count.py`.
"""

from __future__ import annotations

import pytest
import reply_s14_mails as s14
import test_reply_s13_corpus as s13_test
from mail_support import RemoteVault
from reply_harness import outcome, wrong_in
from reply_round9_phrasings import PHRASINGS, RESTRICTED
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.errors import Said
from toestemming.model import Answer


@pytest.mark.parametrize("envelope", sorted(s14.ENVELOPES))
def test_every_round_9_phrasing_in_every_parents_client(envelope: str) -> None:
    assert wrong_in(envelope, PHRASINGS, s14.message) == []


def test_the_corpus_covers_the_brief() -> None:
    assert len(RESTRICTED) >= 60
    assert len(PHRASINGS) * len(s14.ENVELOPES) >= 900


@pytest.mark.parametrize(
    ("text", "want", "reason"),
    [
        # a kind of data: was a yes to every item (or to the items named)
        ("Ja voor alles, maar geen medische informatie", ("geen",), "limit"),
        ("Ja voor alles, alleen zijn cijfers", ("geen",), "limit"),
        ("Ja voor 1 en 3, maar geen medische gegevens", ("geen",), "limit"),
        ("Ja voor alles. Niet zijn diagnose.", ("geen",), "limit"),
        ("Ja voor alles, behalve zijn medische dossier", ("geen",), "limit"),
        ("Geen bezwaar, maar zijn diagnose blijft privé", ("geen",), "limit"),
        # a no beside it stays a no; the yeses do not stand
        ("1 ja 2 nee 3 ja, maar niets over zijn diagnose", ("?", "nee", "?"), "limit"),
        # a person who is no recipient, in a sentence of its own: was a yes to all
        ("Ja voor alles. Niet aan zijn vader.", ("geen",), "limit"),
        ("Ja voor alles. Zijn vader mag het niet weten.", ("geen",), "limit"),
        # how: was a yes to all
        ("Ja voor alles maar anoniem graag", ("geen",), "limit"),
        # a yes that waits, in a sentence of its own: was a yes to all
        ("Ja voor alles. Wel eerst even bellen.", ("geen",), "cond"),
        # a count that is not the request's: was a yes for item 2, or for all three
        ("Ja voor alle 2", ("geen",), "count"),
        ("Nee voor alle 2", ("geen",), "count"),
        ("Akkoord voor alle twee", ("geen",), "count"),
        ("Ja voor beide", ("geen",), "count"),
        ("Yes to both", ("geen",), "count"),
    ],
)
def test_each_class_is_unclear_with_its_reason(
    text: str, want: tuple[str, ...], reason: str
) -> None:
    reading = read_answers(text, ITEMS[:3])
    assert outcome(reading) == want
    unclear = [r for r in reading.items.values() if r.verdict == "onduidelijk"]
    assert unclear and all(r.reason == Said(f"reply-reason-{reason}") for r in unclear)


@pytest.mark.parametrize(
    ("text", "items", "want"),
    [
        ("Ja voor alle drie", 3, ("ja", "ja", "ja")),
        ("Ja voor beide", 2, ("ja", "ja")),  # two items: both is every one
        ("Ja voor alle 2", 2, ("ja", "ja")),
        ("1 en 3 allebei ja, 2 nee", 3, ("ja", "nee", "ja")),
        ("Wij (vader en moeder) geven allebei toestemming voor alles", 3, ("ja", "ja", "ja")),
        ("Ja voor alles, ook de medische gegevens", 3, ("ja", "ja", "ja")),
        ("1 ja, 2 nee, 3 ja, nee voor de huisarts", 3, ("ja", "nee", "ja")),
        # the request's own word for the special data: the special tick handles it
        ("Ja voor alles, maar niet de gevoelige gegevens", 2, ("ja", "ja")),
    ],
)
def test_what_fits_the_request_stays_clear(text: str, items: int, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:items]), items) == want


# -- through the import of a real vault (round 7's module fixture) -----------------------------
vault = s13_test.vault
_dated = s13_test._dated


@pytest.mark.parametrize("envelope", ["outlook-desktop-1252", "iphone-smime", "samsung-b64"])
@pytest.mark.parametrize(
    "text", ["Ja voor alles, maar geen medische informatie", "Ja voor alle drie"]
)
def test_a_restricted_yes_proposes_nothing_to_confirm(
    vault: RemoteVault, envelope: str, text: str
) -> None:
    """The vault's request has two items: "alle drie" is a count that does not fit it."""
    proposal = vault.svc.remote.read_reply(_dated(s14.message(envelope, text), vault))
    assert proposal.items and all(i.answer != Answer.YES for i in proposal.items)
    assert not proposal.can_confirm
