"""reply28: who writes, against whose address it came from. A reply is attributed by its
address; "Ik ben Sem zelf", "dit is Sem, mijn moeder heeft dit mailadres" or a "groetjes Sem"
under the answer from the mother's address is Sem's answer — and Sem is 14: the parents with
gezag decide. Before: the mother's yes, confirmable with one click. Likewise "Ik ben de moeder
van Sam" from the address of Sam (17, who decides himself). Now: a problem that says who the
text says wrote it and, by the core's rule (rules.may_sign), whether that person decides;
nothing confirmable. The person at the address naming themselves stays confirmable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from mail_corpus import SAM
from mail_support import RemoteVault, build_remote_vault

from toestemming.capture.reply_writer import CHILD, PARENT, Person, who_writes
from toestemming.errors import RuleViolation, in_language
from toestemming.model import Answer, SignerRef
from toestemming.usecases.consent import ItemSpec

MOTHER = "petra.jansen@example.org"  # mother of Sem (14), with gezag
FATHER = "karel.jansen@example.org"  # father of Sem, with gezag
SEM = "sem.jansen@example.org"
SAMS_MOTHER = "moeder.devries@example.org"  # Sam is 17 and decides himself


class Desk:
    def __init__(self, v: RemoteVault) -> None:
        self.v = v
        self.sem = v.svc.people.add_youth(
            given_name="Sem", family_name="Jansen", birth_date="2012-03-01", email=SEM
        )
        self.petra = v.svc.people.add_representative(
            self.sem.id, "Petra Jansen", "parent", True, email=MOTHER
        )
        self.karel = v.svc.people.add_representative(
            self.sem.id, "Karel Jansen", "parent", True, email=FATHER
        )
        v.svc.people.add_representative(
            v.sam.id, "Ilse de Vries", "parent", True, email=SAMS_MOTHER
        )
        specs = [
            ItemSpec(i.purpose.id, i.recipient.id, tuple(c.id for c in i.categories))
            for i in v.main.items
        ]
        self.request = v.svc.consents.create_request(self.sem.id, specs)
        self.asked = v.clock.now()
        v.clock.advance(timedelta(days=1))
        self.n = 0

    def read(self, body: str, sender: str, code: str = ""):  # type: ignore[no-untyped-def]
        self.n += 1
        raw = (
            f"From: <{sender}>\r\nTo: school@example.org\r\n"
            f"Subject: Re: code {code or self.request.reference_code}\r\n"
            f"Date: {format_datetime(self.asked + timedelta(hours=2))}\r\n"
            f"Message-ID: <w{self.n}@mail.example>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")
        ).encode()
        return self.v.svc.remote.read_reply(raw)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(Path(tmp_path_factory.mktemp("s28w")) / "t.tvault", mp)
    try:
        yield Desk(v)
    finally:
        v.svc.close()


# -- Sem (14) writes from a parent's address -----------------------------------------------------
SEM_WRITES = [
    "Ik ben Sem zelf. Ja voor alles",
    "Hoi, dit is Sem, mijn moeder heeft dit mailadres. 1 ja 2 ja",
    "1 ja 2 ja\n\ngroetjes Sem",
    "Ja voor allebei. Groetjes Sem",
    "Ja hoor\n\nGroetjes,\nSem\n\nVerzonden vanaf mijn iPhone",
    "ja is goed\nSem x",
    "Hoi met Sem. Ik vind het goed, ja voor allebei",
    "Sem hier, ja voor alles",
    "ik mail via het account van mijn vader want ik heb geen mail. ja voor alles",
    "Ik ben het, Sem. Akkoord met 1 en 2",
    "I'm Sem, using my mum's email. Yes to both",
    "ja voor alles (op mama's telefoon)",
]


@pytest.mark.parametrize("body", SEM_WRITES)
def test_a_child_of_14_writing_from_a_parents_address_is_not_the_parents_yes(
    desk: Desk, body: str
) -> None:
    for sender in (MOTHER, FATHER):
        proposal = desk.read(body, sender)
        assert proposal.signer is not None  # the address is a parent's …
        assert not proposal.can_confirm, proposal.problems  # … the answer is not
        first = str(proposal.problems[0])
        assert "de jongere zelf" in first and "beslist niet" in first, proposal.problems
        assert "16" in first  # why: under 16 the parents decide (rules.who_must_decide)
        with pytest.raises(RuleViolation):
            desk.v.svc.remote.confirm(proposal)


@pytest.mark.parametrize(
    "body",
    [
        "Ja voor alles.\n\nGroeten, Petra",
        "Ja voor alles.\n\nMet vriendelijke groet,\nPetra Jansen",
        "Ik ben de moeder van Sem, ja voor alles",
        "1 ja 2 ja\n\nGroetjes, mama van Sem",
        "Ja voor alles. Groeten, Petra en Sem",  # both sign: the mother among them
        "Ja voor alles. Sem vindt het ook goed, hij is blij met de stage.",
        "Dit is Sem's antwoord en het mijne: ja voor alles",
        "Voor Sem: ja voor alles",
        "Ja, met Sem gaat het goed. Ja voor alles.",
    ],
)
def test_the_mother_from_her_own_address_stays_confirmable(desk: Desk, body: str) -> None:
    proposal = desk.read(body, MOTHER)
    assert proposal.signer == SignerRef.representative(desk.petra.id)
    assert proposal.can_confirm, proposal.problems
    assert set(proposal.answers.values()) == {Answer.YES}


def test_the_father_signing_from_the_mothers_address_is_not_the_mother(desk: Desk) -> None:
    """He decides too — but it is not her answer: ask him to write from his own address."""
    proposal = desk.read("Ja voor alles.\n\nGroeten, Karel", MOTHER)
    assert not proposal.can_confirm
    assert "een ouder" in proposal.problems[0] and "eigen adres" in proposal.problems[0]


def test_the_quote_naming_sem_is_not_a_signature(desk: Desk) -> None:
    body = (
        "Ja voor alles\n\nOp 23 nov. 2026 om 10:00 schreef Testschool <school@example.org>:\n"
        "> Beste ouder van Sem,\n>\n> Groetjes Sem zijn begeleider\n> Sem\n"
    )
    assert desk.read(body, MOTHER).can_confirm


# -- a parent writes from the address of Sam (17, who decides) ------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Ik ben de moeder van Sam. Ja voor alles.",
        "Dit is Sams moeder hoor, ja voor allebei",
        "Ja voor alles.\n\nGroeten, moeder van Sam",
        "Ja voor alles.\n\nGroetjes Ilse",
        "Ik geef toestemming voor mijn zoon: ja voor alles",
        "Ja voor allebei\n\nmama",
    ],
)
def test_a_parent_writing_from_the_address_of_a_youth_of_17_is_not_his_yes(
    desk: Desk, body: str
) -> None:
    proposal = desk.read(body, SAM, desk.v.main.reference_code)
    assert proposal.signer == SignerRef.youth(desk.v.sam.id)
    assert not proposal.can_confirm, proposal.items
    assert "een ouder" in proposal.problems[0] and "beslist niet" in proposal.problems[0]


@pytest.mark.parametrize(
    "body",
    ["Ik ben Sam zelf: ja voor alles", "Ja voor alles. Groetjes Sam", "ja voor alles\n\nSam"],
)
def test_sam_of_17_naming_himself_stays_confirmable(desk: Desk, body: str) -> None:
    proposal = desk.read(body, SAM, desk.v.main.reference_code)
    assert proposal.can_confirm, proposal.problems


# -- the reader alone -----------------------------------------------------------------------------
PEOPLE = [
    Person("youth", "Sem", "Sem Jansen"),
    Person("rep:1", "Petra", "Petra Jansen", adult=True),
    Person("other", "Lisa"),
]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Ik ben Sem zelf. Ja", {"youth"}),
        ("dit is Sem, mijn moeder heeft dit mailadres. ja", {"youth", CHILD}),
        ("ja\n\nGroetjes, Lisa", {"other"}),
        ("Groeten, Petra (moeder van Sem)", {"rep:1", PARENT}),
        ("Sem: 1 ja 2 nee\nLisa: 1 nee", set()),  # headings: whose answer, not who writes
        ("ja, groetjes aan Sem", set()),
        ("Met Sem gaat het goed. ja", set()),
        ("ja\n\nGroeten, Petra de Boer", set()),  # a name not on record as written: no claim
        ("ja, als de vader het ook goed vindt", set()),  # a condition, not who writes
        ("ik heb het besproken met de moeder, ja", set()),
        ("Hoi, met de moeder van Sem. ja", {PARENT}),
        ("this is his dad, yes", {PARENT}),
    ],
)
def test_who_the_text_says_writes(text: str, claims: set[str]) -> None:
    found = who_writes(text, PEOPLE)
    assert (set(found.claims) if found else set()) == claims
    if found:
        assert all(text[a:b].strip() for a, b in found.spans)


@pytest.mark.parametrize(
    "body",
    [
        "Ik ben de vader van Sem. Ja voor alles",
        "Ja voor alles.\n\nGroeten, de vader van Sem",
        "1 ja 2 ja\n\nGroetjes, papa van Sem",
    ],
)
def test_an_unnamed_parent_from_the_mothers_address_is_pointed_out(desk: Desk, body: str) -> None:
    """Sem has two parents on record and the vault does not know which is the father: the
    father's words from the mother's address must not pass as hers without a word (review33)."""
    proposal = desk.read(body, MOTHER)
    assert proposal.signer == SignerRef.representative(desk.petra.id)
    notes = " ".join(str(n) for n in proposal.notes)
    assert "niet welke" in notes and "Controleer" in notes, proposal.notes


def test_the_mother_signing_with_her_name_needs_no_such_check(desk: Desk) -> None:
    proposal = desk.read("Ja voor alles.\n\nGroeten, Petra", MOTHER)
    assert proposal.can_confirm, proposal.problems
    assert not any("niet welke" in str(n) for n in proposal.notes), proposal.notes


# -- the role in the worker's language (s29: the Dutch word went into the English text) ----------
def _english(proposal) -> str:  # type: ignore[no-untyped-def]
    return " ".join(in_language(p, "en") for p in proposal.problems)


def test_an_english_desk_reads_the_senders_role_in_english(desk: Desk) -> None:
    for body, sender in (
        ("Ja voor alles.\n\nGroeten, Karel", MOTHER),  # reply-writer-not-sender
        ("Ik ben Sem zelf. Ja voor alles", MOTHER),  # reply-writer-not-decider
    ):
        english = _english(desk.read(body, sender))
        assert "of the parent" in english, english
        assert "ouder" not in english, english


def test_a_forwarded_mail_names_whose_mail_it_was_in_english(desk: Desk) -> None:
    body = (
        "Zie hieronder, groet van het secretariaat\n\n"
        "---------- Doorgestuurd bericht ---------\n"
        f"Van: Petra Jansen <{MOTHER}>\nDatum: ma 23 nov. 2026 om 12:00\n"
        f"Onderwerp: Re: code {desk.request.reference_code}\nAan: <school@example.org>\n\n"
        "Ja voor alles"
    )
    proposal = desk.read(body, "secretariaat@school.example")
    assert not proposal.can_confirm
    assert "Doorgestuurd bericht" in proposal.problems[0] and "ouder" in proposal.problems[0]
    english = _english(proposal)
    assert "mail of the parent" in english and "ouder" not in english, english
