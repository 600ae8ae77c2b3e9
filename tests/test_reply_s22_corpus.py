"""reply22's round of reply reading (round 14): its phrasings (tests/reply_s22_phrasings.py:
answers spread over lines, an answer then a correction, negation far from the number, double
negatives, "alles behalve"/"alleen"/"nee tenzij", bullets, tables and checkbox lines, the young
person himself, both parents, two children, dictation, Polish and Turkish) in the whole
messages of rounds 6 to 8, 10, reply21's clients and reply22's own envelopes
(tests/reply_s22_mails.py: a thread days later, the answer in the subject under "Zie
onderwerp" (over an empty body it is not read: round 8), answers typed
inside the quote, <blockquote> three deep, format=flowed in base64, Outlook's "-----Oorspronkelijk
bericht-----", a mobile client answering below the quote), and every earlier round's phrasings
in reply22's envelopes; raw bytes through the whole reader; one sharp case per class (each
failed before its fix). Counts by kind: `python tests/reply_s22_count.py` (before reply22:
2002 of 14,406 readings wrong — 325 a yes nobody gave, 455 a no nobody gave, 26 a withdrawal
missed (under "Zie onderwerp"), 1196 a clear answer left unclear; after: 0).
"""

from __future__ import annotations

import importlib

import pytest
import reply_round10_mails as r10
import reply_s12_envelopes as s12
import reply_s13_mails as s13
import reply_s14_mails as s14
import reply_s21_mails as s21
import reply_s22_mails as s22
from reply_harness import outcome, read, wrong_in
from reply_s22_count import EARLIER
from reply_s22_phrasings import PHRASINGS as P22
from reply_table import ITEMS

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.capture.reply_subject import subject_answer

SETS = {"round-10": r10, "round-8": s14, "round-7": s13, "round-6": s12, "reply21": s21,
        "reply22": s22}  # fmt: skip
_ALL_EARLIER = {
    f"{m}:{k}": c for m in EARLIER for k, c in importlib.import_module(m).PHRASINGS.items()
}


def _read(text: str) -> tuple[str, ...]:
    return outcome(read_answers(text, ITEMS[:3]))


@pytest.mark.parametrize(
    ("set_", "envelope"),
    [(name, env) for name, module in SETS.items() for env in sorted(module.ENVELOPES)],
)
def test_every_reply22_phrasing_in_every_client(set_: str, envelope: str) -> None:
    assert wrong_in(envelope, s22.fitting(envelope, P22), SETS[set_].message) == []


@pytest.mark.parametrize("envelope", sorted(s22.ENVELOPES))
def test_every_earlier_phrasing_in_reply22_clients(envelope: str) -> None:
    assert wrong_in(envelope, s22.fitting(envelope, _ALL_EARLIER), s22.message) == []


def test_the_matrix_covers_the_brief() -> None:
    """At least 80 phrasings, none the same as an earlier round's; seven new clients."""

    def norm(text: str) -> str:
        return " ".join(text.lower().split())

    earlier = {norm(c.text) for c in _ALL_EARLIER.values()}
    again = [n for n, c in P22.items() if norm(c.text) in earlier]
    assert len(P22) >= 80 and not again, again
    assert len(s22.ENVELOPES) >= 7


@pytest.mark.parametrize("envelope", sorted(s22.THIRD_PARTY))
@pytest.mark.parametrize("text", ["1 ja 2 nee 3 ja", "Ja voor alles", "1 en 3 ja, 2 nee"])
def test_what_is_not_the_senders_own_answer_here_is_not_read(envelope: str, text: str) -> None:
    """The secretariat's own words answer nothing (what the parent wrote is a forward); an
    answer in the subject over an empty body is not read (round 8)."""
    got = read(s22.message(envelope, text))
    assert got == ("geen",) or set(got) == {"?"}, got


@pytest.mark.parametrize(
    ("subject", "said"),
    [
        ("Re: Vraag om toestemming – Testschool – code TS-1CR5-AYMZ-7 – 1 ja 2 nee", "1 ja 2 nee"),
        ("RE: Herinnering: vraag om toestemming – Testschool – code ts 1cr5 aymz 7: nee", "nee"),
        ("Antw: ja voor alles", "ja voor alles"),
        # our subject as it was, a title of the sender's own, or a second code: nothing
        ("Re: Vraag om toestemming – Testschool – code TS-1CR5-AYMZ-7", ""),
        ("Re: Toestemming Sam", ""),
        ("Re: Request for consent – Testschool", ""),
        ("Re: code TS-1CR5-AYMZ-7 – zie ook TS-1CR5-AYMZ-7", ""),
    ],
)
def test_the_words_a_person_adds_to_the_subject(subject: str, said: str) -> None:
    assert subject_answer(subject) == said


def test_an_answer_in_the_subject_is_read_only_when_the_body_points_there() -> None:
    pointed = parse_reply(s22.message("subject-zie-onderwerp", "1 ja 2 nee 3 ja"))
    assert pointed.answer_in_subject and pointed.text.startswith("1 ja 2 nee 3 ja\n")
    assert outcome(read_answers(pointed.text, ITEMS[:3])) == ("ja", "nee", "ja")
    # an empty body: not read (round 8's rule), and the text is as the message has it
    empty = parse_reply(s22.message("subject-only", "1 ja 2 nee 3 ja"))
    assert not empty.answer_in_subject and not empty.text.startswith("1 ja")
    # the body answers: the subject's words are not read beside it
    raw = s22.message("subject-zie-onderwerp", "nee voor alles").replace(
        b"Zie onderwerp.", b"1 ja 2 ja 3 ja"
    )
    body = parse_reply(raw)
    assert not body.answer_in_subject
    assert outcome(read_answers(body.text, ITEMS[:3])) == ("ja", "ja", "ja")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a no nobody gave: "de rest" after an item named apart took that item along
        ("Alleen nummer 3, de rest niet", ("nee", "nee", "?")),
        ("1 ja, 2 vind ik lastig, de rest nee", ("ja", "?", "nee")),
        # a no nobody gave: a dictated "punt" made "drie" the list of the "nee" after it
        ("ja voor 1 en drie nee voor twee punt groetjes", ("ja", "nee", "ja")),
        ("Geen punt hoor", ("ja", "ja", "ja")),  # "no problem" stays what it was
        # a no nobody gave: "geen reden om … te weigeren" is no refusal
        ("Ik zie geen reden om 2 te weigeren", ("geen",)),
        ("Nee, geen reden nodig", ("nee", "nee", "nee")),
        # a correction in a later sentence wins for the items it names
        ("1 ja 2 ja 3 ja. Oh nee wacht, 2 toch niet", ("ja", "nee", "ja")),
        ("1 ja. Oh nee wacht, 1 toch niet", ("nee", "?", "?")),
        ("1 ja, 2 ja, 3 ja. Correctie: 2 nee", ("ja", "nee", "ja")),
        ("1 ja\n2 ja\n3 ja\nsorry 2 moet nee zijn", ("ja", "nee", "ja")),
        ("1 ja 2 nee 3 ja. Sorry ik bedoel 2 ja en 3 nee", ("ja", "ja", "nee")),
        ("1 ja 2 nee 3 ja. Of nee, 3 ook nee", ("ja", "nee", "nee")),
        ("1 ja 2 nee. 2 toch ja als het moet", ("ja", "?", "?")),  # a doubt stays a doubt
        ("Oh nee, 2 niet", ("?", "nee", "?")),  # no correction: a plain no
        # "allebei"/"beide" of two people, not of two items
        ("Namens ons allebei: 1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
        ("Mijn man en ik geven allebei toestemming voor 1 en 3, niet voor 2", ("ja", "nee", "ja")),
        ("Voor beide kinderen: 1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
        ("Wij zijn het allebei eens: 1 ja 2 nee 3 ja", ("ja", "nee", "ja")),
        ("Ik akkoord beide", ("geen",)),  # "ik … beide" is still two items of three
        ("We zijn het eens met 1 en 3", ("ja", "?", "ja")),
        # an item's title written out, its sender-side word ("school") included
        (
            "Begeleiding naar werk: ja\nStage regelen: nee\nVolgen na school: ja",
            ("ja", "nee", "ja"),
        ),
        ("Ja voor school, niet voor UWV", ("nee", "?", "?")),
        # a no nobody gave: a plain no beside an item it does not bind was a no to all
        ("Ik heb liever niet dat 2 doorgaat", ("geen",)),
        ("Tegen 2 heb ik niets", ("geen",)),  # "nothing against 2": no no at all
        ("Nee. Ik heb 2 kinderen", ("nee", "nee", "nee")),  # another sentence: stays
        # an exception in the next sentence is the answer's before it
        ("Ja! Behalve 2.", ("ja", "nee", "ja")),
        ("Ja voor alles. Behalve 2.", ("ja", "nee", "ja")),
        # one line where earlier rounds typed several: each was a yes (or no) nobody gave
        ("1. ✅ 2. ❌ 3. ✅", ("ja", "nee", "ja")),
        ("1 nee 2 ook 3 ja", ("nee", "nee", "ja")),
        ("1 ja 2 idem 3 nee", ("ja", "ja", "nee")),
        ("1 ja 2 ja, maar alleen tot de zomer 3 ja", ("geen",)),  # whose is the summer?
        ("1 ja, 2 ja maar alleen dit schooljaar, 3 nee", ("ja", "?", "nee")),  # 2's: stays
        ("1 ja, 2 mee, 3 ja", ("ja", "?", "ja")),  # "mee": "nee" mistyped, no list link
        # checkbox lines ticked by hand: the ticked word only; an empty box ticks nothing
        ("1 [x] ja [ ] nee\n2 [ ] ja [x] nee\n3 [x] ja [ ] nee", ("ja", "nee", "ja")),
        ("[ ] ja voor alles", ("geen",)),  # was a yes to all nobody ticked
        ("1 [x] ja [x] nee", ("geen",)),
        ("1 ja [x] nee [ ]\n2 ja [ ] nee [x]", ("geen",)),  # boxes after: which word is whose?
        # "alles goed" is a greeting, unless an exception follows
        ("Alles goed behalve 2 en 3", ("ja", "nee", "nee")),
        ("Hoi, alles goed? 1 ja 2 nee", ("ja", "nee", "?")),
        ("Alles oké behalve 3", ("geen",)),  # "oké" only acknowledges
        # Polish and Turkish answer words; "tak" only after an item number (Danish: thanks)
        ("1 tak 2 nie 3 tak", ("ja", "nee", "ja")),
        ("1 evet 2 hayır 3 evet", ("ja", "nee", "ja")),
        ("Mange tak", ("geen",)),
        ("evet", ("geen",)),
    ],
)
def test_each_class(text: str, want: tuple[str, ...]) -> None:
    got = _read(text)
    assert got == want or (want == ("geen",) and set(got) == {"?"}), got
