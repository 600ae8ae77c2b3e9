"""Every real answer phrasing in every real client envelope (tests/reply_s10_envelopes.py), as
raw bytes through the whole reader: the proposal is the expected one (or unclear), never the
request's own quoted example, and the words that decided an item are words the person typed.
A sample goes through the import of a real vault.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import format_datetime

import pytest
from mail_support import RemoteVault, build_remote_vault
from reply_harness import outcome, squash
from reply_s10_envelopes import DATE, ENVELOPES, PHRASINGS, message
from reply_table import ITEMS
from test_mail_replies import READ_AT

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.model import Answer

COMBINATIONS = [(p, e) for p in sorted(PHRASINGS) for e in sorted(ENVELOPES)]


@pytest.mark.parametrize(("phrasing", "envelope"), COMBINATIONS)
def test_every_phrasing_in_every_client(phrasing: str, envelope: str) -> None:
    case = PHRASINGS[phrasing]
    parsed = parse_reply(message(envelope, case.text, case.lang))
    assert not parsed.problems, parsed.problems
    reading = read_answers(parsed.text, ITEMS[:3])
    got = outcome(reading)
    if case.expect == ("geen",):
        # nothing recordable: no answer at all, or every item unclear
        assert got == ("geen",) or set(got) == {"?"}, got
        assert not reading.is_withdrawal
    else:
        assert got in (case.expect, *case.also), (got, [str(p) for p in reading.problems])
    typed = squash(case.text)
    for item in reading.items.values():
        for start, end in item.spans:
            # the deciding words are the person's, never our quoted request's
            assert squash(parsed.text[start:end]) in typed, (item, parsed.text[start:end])


def test_the_matrix_is_big_enough() -> None:
    """The round-4 brief: ~40 phrasings × ~10 client envelopes."""
    assert len(PHRASINGS) >= 40 and len(ENVELOPES) >= 10
    kinds = {p.expect[0] for p in PHRASINGS.values()}
    assert {"ja", "nee", "?", "geen", "intrekken"} <= kinds
    assert any(p.lang == "en" for p in PHRASINGS.values())


def test_the_quoted_request_alone_answers_nothing() -> None:
    """Each envelope with nothing typed above the quote: our own example "1 ja, 2 nee" and
    "ja voor alles" in the quoted request must never become an answer."""
    for envelope in ENVELOPES:
        for lang in ("nl", "en"):
            parsed = parse_reply(message(envelope, "", lang))
            reading = read_answers(parsed.text, ITEMS[:3])
            assert not reading.answers and not reading.is_withdrawal, (envelope, lang)


# -- through the import of a real vault (the vault's request has two items) -----------------------
@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("s10") / "t.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


IMPORTED = {
    "ja-komma-niet-2": ("ja", "nee"),
    "want-story-title-word": ("ja", "nee"),
    "alles-behalve-bare": ("ja", "nee"),
    "ja-akkoord-maar-niet": ("ja", "nee"),
}


@pytest.mark.parametrize("envelope", sorted(ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(IMPORTED))
def test_through_the_import(vault: RemoteVault, phrasing: str, envelope: str) -> None:
    raw = message(envelope, PHRASINGS[phrasing].text).replace(
        DATE.encode(), format_datetime(vault.clock.now() - READ_AT / 2).encode()
    )
    proposal = vault.svc.remote.read_reply(raw)
    assert proposal.request_id is not None, proposal.problems
    assert proposal.can_confirm, proposal.problems
    got = tuple("ja" if i.answer == Answer.YES else "nee" for i in proposal.items)
    assert got == IMPORTED[phrasing]


@pytest.mark.parametrize("envelope", sorted(ENVELOPES))
def test_an_unknown_recipient_is_never_a_blanket_answer_in_the_import(
    vault: RemoteVault, envelope: str
) -> None:
    raw = message(envelope, "Akkoord met de sportclub").replace(
        DATE.encode(), format_datetime(vault.clock.now() - READ_AT / 2).encode()
    )
    proposal = vault.svc.remote.read_reply(raw)
    assert proposal.request_id is not None
    assert not proposal.can_confirm and not proposal.blanket
    assert all(i.answer is None for i in proposal.items), proposal.items
