"""Round 7 of issue 19: whole messages as real clients send them (tests/reply_s13_mails.py)
with round 7's phrasings (tests/reply_s13_phrasings.py) and every earlier round's, raw bytes
through the whole reader; the messages that are never an answer (auto-replies in seven
languages, vacation responders, bounces) through the import of a real vault; one sharp case
per class found. Counts by kind and the reader's speed: `python tests/reply_s13_count.py`.

One test per envelope runs every phrasing through it (the matrix has ~8,600 readings; one
pytest case each would cost more in pytest than in the reader) and lists every wrong one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.utils import format_datetime
from typing import Any

import pytest
import reply_s10_envelopes as s10
import reply_s13_mails as s13
from mail_support import RemoteVault, build_remote_vault
from reply_harness import outcome, wrong_in
from reply_s11_phrasings import PHRASINGS as P11
from reply_s12_phrasings import PHRASINGS as P12
from reply_s13_phrasings import PHRASINGS as P13
from reply_table import ITEMS
from test_mail_replies import READ_AT

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import html_to_text, parse_reply
from toestemming.model import Answer

ROUNDS: dict[str, dict[str, Any]] = {
    "round-7": P13,
    "round-6": P12,
    "round-5": P11,
    "round-4": s10.PHRASINGS,
}


@pytest.mark.parametrize("envelope", sorted(s13.ENVELOPES))
@pytest.mark.parametrize("round_", sorted(ROUNDS))
def test_every_phrasing_in_every_real_client_message(round_: str, envelope: str) -> None:
    assert wrong_in(envelope, ROUNDS[round_], s13.message) == []


@pytest.mark.parametrize("envelope", sorted(s13.ENVELOPES))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_quoted_request_alone_answers_nothing(envelope: str, lang: str) -> None:
    """Nothing typed: our real request ("bijvoorbeeld: 1 ja, 2 nee … ja voor alles"),
    quoted, unquoted, signed, re-encoded or forwarded, is never an answer."""
    parsed = parse_reply(s13.message(envelope, "", lang))
    reading = read_answers(parsed.text, ITEMS[:3])
    assert not reading.answers and not reading.is_withdrawal


@pytest.mark.parametrize("name", sorted(s13.NOT_ANSWERS))
def test_machine_messages_are_never_an_answer(name: str) -> None:
    parsed = parse_reply(s13.NOT_ANSWERS[name]("1 ja 2 nee 3 ja"))
    got = outcome(read_answers(parsed.text, ITEMS[:3]))
    assert parsed.automatic or got == ("geen",) or set(got) == {"?"}, got


def test_the_matrix_covers_the_brief() -> None:
    names = set(s13.ENVELOPES)
    for wanted in (
        "outlook-html-tnef",
        "outlook-android",
        "gmail-de",
        "apple-html-fr",
        "thunderbird-delsp-pl",
        "iphone-no-quote",
        "samsung-plain",
        "forwarded-between-parents",
        "qp-soft-breaks",
        "b64-windows-1252",
        "b64-iso-8859-15",
        "b64-utf-16",
        "smime-signed",
        "pgp-mime",
        "pgp-inline",
    ):
        assert wanted in names
    assert len(P13) >= 30 and len(s13.NOT_ANSWERS) >= 18


# -- the classes found, one sharp case each (each failed on main before its fix) -------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # someone who is no recipient "mag alles weten": not a yes to every item
        ("De juf mag alles weten. Ja.", ("geen",)),
        ("Ja hoor, de mentor mag alles weten van mij", ("geen",)),
        ("The teacher can know everything. Yes.", ("geen",)),
        ("De school mag alles weten", ("geen",)),  # item 3 is "Volgen na school"
        ("De bakkerij mag alles weten", ("?", "ja", "?")),
        ("De juf mag alles weten, het UWV niets", ("nee", "?", "?")),
        # ... while the recipients, "jullie" and "iedereen" still may
        ("Jullie mogen alles delen. Ja.", ("ja", "ja", "ja")),
        ("Het UWV mag alles weten", ("ja", "?", "?")),
        # agreeing with someone whose answer is not in this message
        ("Eens met Marja", ("geen",)),
        ("Akkoord met het verzoek", ("ja", "ja", "ja")),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


def test_an_inline_pgp_signature_is_no_part_of_the_answer() -> None:
    """A clearsigned "Nee" is a no to everything, its "- 1 ja" list is read unescaped, and
    the signature block's letters are no words of the answer."""
    for text, want in (("Nee", ("nee",) * 3), ("- 1 ja\n- 2 nee\n- 3 ja", ("ja", "nee", "ja"))):
        parsed = parse_reply(s13.message("pgp-inline", text))
        assert "BEGIN PGP" not in parsed.text and "Hash:" not in parsed.text
        assert outcome(read_answers(parsed.text, ITEMS[:3])) == want


def test_html_lines_in_divs_are_lines_not_paragraphs() -> None:
    whole, _ = html_to_text("<div>Ja</div>\n<div>maar niet voor 2</div><div><br></div><div>x</div>")
    assert whole == "Ja\nmaar niet voor 2\n\nx"
    outlook, _ = html_to_text(
        "<p class=MsoNormal>Ja<o:p></o:p></p>\n<p class=MsoNormal>maar niet voor 2<o:p></o:p></p>"
    )
    assert outlook == "Ja\nmaar niet voor 2"
    other, _ = html_to_text("<p>Ja</p><p>maar niet voor 2</p>")  # a real paragraph
    assert other == "Ja\n\nmaar niet voor 2"


# -- through the import of a real vault --------------------------------------------------------
@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("s13") / "t.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


def _dated(raw: bytes, vault: RemoteVault) -> bytes:
    return raw.replace(s10.DATE.encode(), format_datetime(vault.clock.now() - READ_AT / 2).encode())


@pytest.mark.parametrize("envelope", ["outlook-html-tnef", "apple-html-nl", "pgp-inline"])
def test_the_juf_may_know_everything_is_never_a_yes(vault: RemoteVault, envelope: str) -> None:
    proposal = vault.svc.remote.read_reply(
        _dated(s13.message(envelope, "De juf mag alles weten. Ja."), vault)
    )
    assert all(i.answer != Answer.YES for i in proposal.items), proposal.items
    assert not proposal.can_confirm


@pytest.mark.parametrize("name", sorted(s13.NOT_ANSWERS))
def test_machine_messages_propose_nothing(vault: RemoteVault, name: str) -> None:
    proposal = vault.svc.remote.read_reply(_dated(s13.NOT_ANSWERS[name]("1 ja 2 nee 3 ja"), vault))
    assert not proposal.items and not proposal.can_confirm


def test_many_empty_divs_take_linear_time() -> None:
    """Hostile HTML of nothing but "<div> </div>": each div used to look back over every
    blank chunk before it (a first version of the div-as-line rule took 43 s for 30,000; a
    reply of 25 MB would never finish). Four times the divs take about four times as long."""

    def seconds(n: int) -> float:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            html_to_text("<div> </div>" * n)
            best = min(best, time.perf_counter() - start)
        return best

    small, large = seconds(5_000), seconds(20_000)
    assert large < 8 * small + 0.5, (small, large)
