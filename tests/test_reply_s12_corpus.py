"""Round 6 of issue 19: round 6's phrasings (tests/reply_s12_phrasings.py: items by the
parent's own names, stories, answers after a signature, mixed languages, partial answers,
contradictions, corrections, "idem"/"zie boven") in round 6's envelopes (replies to the full
request, the reminder and the receipt, tests/reply_s12_envelopes.py) and in round 4's and
5's; the earlier rounds' phrasings in round 6's envelopes; one sharp case per class found;
and the worst one through the import of a real vault.

Counts by kind and the reader's speed: `python tests/reply_s12_count.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import format_datetime

import pytest
import reply_s10_envelopes as s10
import reply_s11_envelopes as s11
import reply_s12_envelopes as s12
from mail_support import RemoteVault, build_remote_vault
from reply_harness import check, outcome
from reply_s11_phrasings import PHRASINGS as P11
from reply_s12_phrasings import PHRASINGS
from reply_table import ITEMS
from test_mail_replies import READ_AT

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.model import Answer


@pytest.mark.parametrize("envelope", sorted(s12.ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_new_phrasings_in_new_envelopes(phrasing: str, envelope: str) -> None:
    case = PHRASINGS[phrasing]
    check(s12.message(envelope, case.text, case.lang), case)  # type: ignore[arg-type]


@pytest.mark.parametrize("envelope", sorted(s11.ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_new_phrasings_in_round_5_clients(phrasing: str, envelope: str) -> None:
    case = PHRASINGS[phrasing]
    check(s11.message(envelope, case.text, case.lang), case)  # type: ignore[arg-type]


@pytest.mark.parametrize("envelope", sorted(s10.ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_new_phrasings_in_round_4_clients(phrasing: str, envelope: str) -> None:
    case = PHRASINGS[phrasing]
    check(s10.message(envelope, case.text, case.lang), case)  # type: ignore[arg-type]


@pytest.mark.parametrize("envelope", sorted(s12.ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(P11))
def test_round_5_phrasings_in_new_envelopes(phrasing: str, envelope: str) -> None:
    case = P11[phrasing]
    check(s12.message(envelope, case.text, case.lang), case)  # type: ignore[arg-type]


@pytest.mark.parametrize("envelope", sorted(s12.ENVELOPES))
@pytest.mark.parametrize("phrasing", sorted(s10.PHRASINGS))
def test_round_4_phrasings_in_new_envelopes(phrasing: str, envelope: str) -> None:
    case = s10.PHRASINGS[phrasing]
    check(s12.message(envelope, case.text, case.lang), case)


@pytest.mark.parametrize("envelope", sorted(s12.ENVELOPES))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_quoted_reminder_or_receipt_alone_answers_nothing(envelope: str, lang: str) -> None:
    """Nothing typed: the reminder's "bijvoorbeeld: 1 ja, 2 nee ... ja voor alles" and the
    receipt's "ondertekend", quoted or with the quote lost, are never an answer."""
    parsed = parse_reply(s12.message(envelope, "", lang))
    reading = read_answers(parsed.text, ITEMS[:3])
    assert not reading.answers and not reading.is_withdrawal


def test_the_matrix_covers_the_brief() -> None:
    assert len(PHRASINGS) >= 60 and len(s12.ENVELOPES) >= 7
    kinds = {p.expect[0] for p in PHRASINGS.values()}
    assert {"ja", "nee", "geen", "intrekken", "?"} <= kinds
    groups = {name.split("-")[0] for name in PHRASINGS}
    assert {
        "names",
        "story",
        "corr",
        "contra",
        "partial",
        "idem",
        "zie",
        "tr",
        "pl",
        "reminder",
        "receipt",
        "ps",
    } <= groups


# -- the classes found, one sharp case each (each failed on main before its fix) -------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # yes-to-all and no-to-all in one reply: a correction, nothing follows from either
        ("Alles ja behalve 3. Nee sorry, behalve 2.", ("geen",)),
        ("Nee voor alles behalve 2. Alles ja behalve 1", ("geen",)),
        # agreeing with someone else's answer, which is not in this message
        ("Zie de mail van mijn man, ik ben het met hem eens", ("geen",)),
        ("I agree with my husband", ("geen",)),
        # an interjection is no yes that contradicts "2 nee"
        ("Oh ja vergeten: 1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
        # a story that comes "eerst" is no condition on the answer after it
        ("Ik wil eerst zeggen dat ik boos ben.\n\n1 en 3 mag, 2 niet", ("ja", "nee", "ja")),
        ("Eerst even dit: de school is slecht.\n\n1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
        # a PS under the name is read again; "toch maar niet" is a no
        ("Ja voor alles.\n\nMvg Marja\n\nPS 2 toch maar niet", ("ja", "nee", "ja")),
        ("Ja voor alles.\n\nGroetjes Marja\n\nPS 3 nee", ("ja", "ja", "nee")),
        # an item named apart with words nobody can read: the blanket does not answer it
        ("Ja voor alles. 2 vind ik lastig", ("ja", "?", "ja")),
        # "op … na" is "except", around its items
        ("Ja voor alles op 2 na", ("ja", "nee", "ja")),
        ("Ja voor alle onderdelen, op de bakkerij na", ("ja", "nee", "ja")),
        ("Ja voor alles min 2", ("ja", "nee", "ja")),
        ("Everything fine besides 2", ("ja", "nee", "ja")),
        # "andersom": the answers as written mean the opposite
        ("1 ja, 2 nee. Of eigenlijk andersom.", ("geen",)),
        ("1 nee 2 ja 3 nee, omgekeerd bedoel ik", ("geen",)),
        # (reply22: "hayır" is read now, a Turkish no; "bilmiyorum", I don't know, is not)
        ("Ja voor alles. 2 bilmiyorum", ("ja", "?", "ja")),
        ("Ja voor alles. Punt 2: over my dead body", ("ja", "?", "ja")),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    assert outcome(read_answers(text, ITEMS[:3])) == want


def test_a_signature_name_block_is_still_left_out() -> None:
    text = "1 ja 2 nee 3 ja\n\nMvg Marja\n\nMarja de Vries\nKerkstraat 12\n06-12345678"
    reading = read_answers(text, ITEMS[:3])
    assert outcome(reading) == ("ja", "nee", "ja") and not reading.problems


# -- the worst case through the import of a real vault ---------------------------------------
@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("s12") / "t.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


@pytest.mark.parametrize("envelope", ["reminder-gmail", "reminder-outlook-lost-quote"])
def test_a_ps_no_under_the_signature_never_becomes_a_yes(vault: RemoteVault, envelope: str) -> None:
    """A parent answers the reminder "ja voor alles", signs, then adds "PS 2 toch maar niet":
    the import must never propose a yes for 2."""
    raw = s12.message(envelope, "Ja voor alles.\n\nMvg Marja\n\nPS 2 toch maar niet").replace(
        s10.DATE.encode(), format_datetime(vault.clock.now() - READ_AT / 2).encode()
    )
    proposal = vault.svc.remote.read_reply(raw)
    answers = {i.position: i.answer for i in proposal.items}
    assert answers.get(2) != Answer.YES, answers
    assert answers.get(1) == Answer.YES, answers
