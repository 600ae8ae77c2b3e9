"""s33 (lead): a parent who takes a consent back, or strikes an item out, was read as giving it.

- The consent named as a thing ("mijn toestemming voor 2", "mijn ja voor 2", "my consent for
  2") with a verb that undoes it which reply_undo did not know — "terugdraaien", "herroep",
  "stopzetten", "beëindigen", "ongedaan maken", "zeg … op", "undo" — was a YES for 2: what was
  left after the verb was "toestemming voor 2". These verbs now withdraw; a verb we do not know
  where Dutch and English put the verb acting on the consent (before "mijn" after "ik", or
  closing the clause) makes a doubtful withdrawal: nothing is withdrawn, nothing given, the
  worker asks.
- An item that may go ("2 mag weg", "2 mag eruit", "2 mag worden verwijderd", "2 graag
  schrappen", "2 weglaten") was a YES for 2 ("mag", "graag"): it is 2's no.
"""

from __future__ import annotations

import pytest
from reply_harness import read_three, read_whole

CONSENTS = [
    "mijn toestemming voor 2",
    "de toestemming voor nummer 2",
    "mijn ja voor 2",
    "mijn akkoord voor 2",
]
UNDOING = [
    "ik wil {o} terugdraaien",
    "{o} wil ik terugdraaien",
    "ik herroep {o}",
    "{o} herroep ik",
    "ik wil {o} stopzetten",
    "{o} stopzetten",
    "ik zeg {o} op",
    "ik wil {o} ongedaan maken",
    "ik wil {o} beëindigen",
    "{o} beëindigen",
    # verbs no list holds: never the yes, a withdrawal in doubt
    "ik blokkeer {o}",
    "{o} blokkeer ik",
    "ik wil {o} schorsen",
    "ik pauzeer {o}",
]


@pytest.mark.parametrize("body", [f.format(o=o) for f in UNDOING for o in CONSENTS])
def test_a_consent_taken_back_is_never_its_yes(body: str) -> None:
    got = read_whole(body)
    assert "ja" not in got, got
    # withdrawn: only item 2; or in doubt: nothing read at all
    assert got in (("intrekken", "2"), ("geen",), ("?", "?", "?")), got


@pytest.mark.parametrize(
    "body",
    ["undo my consent for 2", "undo my yes for 2", "I revoke my consent for 2"],
)
def test_english_undoing_is_never_the_yes(body: str) -> None:
    assert read_whole(body) == ("intrekken", "2")


@pytest.mark.parametrize(
    "body",
    [
        "ik herroep mijn toestemming voor 2",
        "ik zeg mijn toestemming voor 2 op",
        "mijn toestemming voor 2 wil ik terugdraaien",
        "ik wil mijn ja voor 2 ongedaan maken",
    ],
)
def test_known_undoing_verbs_withdraw_the_item(body: str) -> None:
    assert read_whole(body) == ("intrekken", "2")


@pytest.mark.parametrize(
    "body",
    [
        # giving verbs and small words stay a yes
        "ik verleen mijn toestemming voor 2",
        "ik heb mijn toestemming voor 2 al gegeven",
        "mijn toestemming voor 2 is verleend",
        "u krijgt mijn toestemming voor 2",
        "Graag mijn toestemming voor 2 noteren",
        "met deze mail mijn toestemming voor 2",
        "you have my consent for 2",
        "mijn toestemming voor 2 staat",
    ],
)
def test_the_consent_given_stays_a_yes(body: str) -> None:
    assert read_three(body) == ("?", "ja", "?")


STRUCK = [
    "mag weg",
    "mag eruit",
    "kan weg",
    "mag geschrapt worden",
    "graag schrappen",
    "mag je doorstrepen",
    "mag worden verwijderd",
    "mag verwijderd worden",
    "mag je weglaten",
    "weglaten aub",
    "mag van mij weg",
    "moet eruit",
]


@pytest.mark.parametrize("struck", STRUCK)
def test_an_item_struck_out_is_its_no(struck: str) -> None:
    assert read_three(f"2 {struck}") == ("?", "nee", "?")
    assert read_three(f"1 en 3 ja, 2 {struck}") == ("ja", "nee", "ja")
    assert read_three(f"1 ja 3 ja 2 {struck}")[1] == "nee"


@pytest.mark.parametrize(
    "body",
    ["ik ga weg", "de gegevens mogen weg na 1 jaar", "ja, ik ben morgen weg"],
)
def test_weg_without_an_item_answers_nothing(body: str) -> None:
    assert "nee" not in read_whole(body)


def test_op_undoes_only_with_zeggen() -> None:
    assert read_three("ja, op 2 na") == ("ja", "nee", "ja")
    assert read_three("ik zeg ja op 2") == ("?", "ja", "?")
