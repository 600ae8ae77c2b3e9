"""The reply table (tests/data/replies/table.txt, 250 replies typed the way people type them)
read by the reader and, as real e-mails, through the import of a real vault.

The rule that matters most: no reply in the table is ever read with a polarity reversed —
a "nee" as a "ja", a "ja" as a "nee", an answer as a withdrawal. Everything the reader is not
sure about stays unrecorded ("?"), and the words that decided each item point into the text
the worker sees.
"""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import format_datetime
from pathlib import Path

import pytest
from mail_corpus import CODE_MAIN, CODE_NOOR, NOOR, SAM
from mail_support import RemoteVault, build_remote_vault
from reply_table import ITEMS, Case, load
from test_mail_replies import READ_AT

from toestemming.capture.answers import AnswerReading, Verdict, read_answers
from toestemming.capture.proposal import ReplyProposal
from toestemming.errors import RuleViolation
from toestemming.model import Answer

CASES = load()
BY_ID = {c.id: c for c in CASES}


def outcome(reading: AnswerReading, count: int) -> tuple[str, ...]:
    if reading.withdraw is not None:
        return ("intrekken", *(str(p) for p in reading.withdraw))
    if not reading.answers and not reading.items:
        return ("geen",)
    return tuple(
        {Answer.YES: "ja", Answer.NO: "nee"}.get(reading.answers.get(p), "?")  # type: ignore[arg-type]
        for p in range(1, count + 1)
    )


def expected(case: Case) -> tuple[str, ...]:
    return case.expect


def _reading(case: Case) -> AnswerReading:
    return read_answers(case.text, ITEMS[: case.items])


def test_the_table_is_big_and_varied() -> None:
    assert len(CASES) >= 150
    assert len(BY_ID) == len(CASES), "case ids must be unique"
    texts = [c.text for c in CASES]
    assert sum("> " in t for t in texts) >= 15  # quoted originals and inline answers
    assert sum(c.withdrawal for c in CASES) >= 8
    assert sum("?" in c.expect for c in CASES) >= 30
    assert {c.items for c in CASES} == {1, 2, 3}


@pytest.mark.parametrize("case", CASES, ids=[c.id.split()[0] for c in CASES])
def test_reply_is_read_as_a_careful_worker_would(case: Case) -> None:
    reading = _reading(case)
    got = outcome(reading, case.items)
    want = case.expect
    if want == ("onzeker",):  # whatever it is read as, it cannot be recorded as it stands
        assert reading.problems and Answer.YES not in reading.answers.values(), (case.id, got)
        return
    if want == ("geen",):
        assert reading.withdraw is None and not reading.answers, (case.id, got)
    elif all(x == "?" for x in want):
        assert got in (want, ("geen",)), (case.id, got, reading.problems)
    else:
        assert got == want, (case.id, got, reading.problems)
    # Whatever is not a complete reading says why, so nothing half is ever recorded.
    if "?" in got or got == ("geen",):
        assert reading.problems
    if case.blanket is not None:
        assert reading.blanket == case.blanket
        assert bool(reading.notes) == case.blanket
    if case.special is not None:
        assert reading.special_ack == set(case.special)


def test_no_reply_in_the_table_reverses_a_polarity() -> None:
    """The guard for the whole table at once: a wrong "?" is a nuisance, a reversal is a
    recorded decision the person never made."""
    reversed_: list[str] = []
    for case in CASES:
        reading = _reading(case)
        got = outcome(reading, case.items)
        if case.withdrawal or case.expect == ("onzeker",):
            if any(a == Answer.YES for a in reading.answers.values()):
                reversed_.append(f"{case.id}: withdrawal read as yes")
            continue
        if reading.withdraw is not None:
            reversed_.append(f"{case.id}: read as a withdrawal")
            continue
        want = case.expect if case.expect != ("geen",) else ("?",) * case.items
        for p, (w, g) in enumerate(zip(want, got, strict=False), start=1):
            if {w, g} == {"ja", "nee"}:
                reversed_.append(f"{case.id}: item {p} expected {w}, read {g}")
            if w == "?" and g in ("ja", "nee"):
                reversed_.append(f"{case.id}: item {p} is unclear but was read as {g}")
    assert reversed_ == []


@pytest.mark.parametrize("case", CASES, ids=[c.id.split()[0] for c in CASES])
def test_the_deciding_words_are_in_the_text(case: Case) -> None:
    reading = _reading(case)
    for p, item in reading.items.items():
        if item.verdict == Verdict.UNCLEAR and not item.spans:
            continue
        assert item.spans, (case.id, p)
        for start, end in item.spans:
            assert 0 <= start < end <= len(case.text)
            assert case.text[start:end].strip()
        # Nothing decisive comes from the quoted original or a signature.
        for start, _ in item.spans:
            line = case.text[:start].rpartition("\n")[2]
            assert not line.lstrip().startswith(">"), (case.id, p)
    if reading.withdraw is not None:
        assert reading.withdraw_spans


# -- the same replies as e-mails through the import of a real vault -------------------------
@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("table") / "t.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


def as_email(case: Case, vault: RemoteVault, serial: int) -> bytes:
    sender, code = (NOOR, CODE_NOOR) if case.items == 1 else (SAM, CODE_MAIN)
    text = case.text.replace("TS-1CR5-AYMZ-7", code)
    date = format_datetime(vault.clock.now() - READ_AT / 2)
    return (
        f'From: "Sam" <{sender}>\r\nTo: Testschool <toestemming@testschool.example>\r\n'
        f"Subject: Re: Vraag om toestemming – code {code}\r\nDate: {date}\r\n"
        f"Message-ID: <table{serial}@example.org>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + text.replace("\n", "\r\n")
        + "\r\n"
    ).encode()


E2E = [c for c in CASES if c.items in (1, 2) and c.special is None]


@pytest.mark.parametrize("case", E2E, ids=[c.id.split()[0] for c in E2E])
def test_reply_through_the_import(vault: RemoteVault, case: Case) -> None:
    proposal = vault.svc.remote.read_reply(as_email(case, vault, CASES.index(case)))
    assert proposal.request_id is not None, proposal.problems
    got = _proposal_outcome(proposal, case.items)
    want = case.expect
    if want == ("onzeker",):
        assert not proposal.can_confirm
        return
    if want == ("geen",) or all(x == "?" for x in want):
        assert got in (("?",) * case.items, ("geen",)), (case.id, got)
    else:
        assert got == want, (case.id, got, proposal.problems)
    if "?" in got or got == ("geen",):
        assert not proposal.can_confirm
        with pytest.raises(RuleViolation):
            vault.svc.remote.confirm(proposal)
    else:
        assert proposal.can_confirm, proposal.problems
    if case.blanket:
        assert proposal.blanket and any("alle onderdelen" in n for n in proposal.notes)
    for item in proposal.items:
        for start, end in item.evidence:
            assert proposal.text[start:end].strip()


def _proposal_outcome(p: ReplyProposal, count: int) -> tuple[str, ...]:
    if p.withdrawal:
        named = tuple(str(i.position) for i in p.items) if len(p.items) < count else ()
        return ("intrekken", *named)
    if not p.items and not p.answers:
        return ("geen",)
    by_pos = {i.position: i for i in p.items}
    return tuple(
        "?"
        if by_pos.get(n) is None or by_pos[n].unclear
        else ("ja" if by_pos[n].answer == Answer.YES else "nee")
        for n in range(1, count + 1)
    )


def test_table_file_is_where_the_loader_looks() -> None:
    assert Path(__file__).with_name("data").joinpath("replies", "table.txt").is_file()


# -- the same words, whatever the client puts around them ------------------------------------
PLAIN = [c for c in CASES if "{" not in c.text and "> " not in c.text and "\n\n" not in c.text]


@pytest.mark.parametrize("client", ["gmail", "apple", "outlook", "original-message", "forward"])
def test_quoting_our_request_below_changes_no_reading(client: str) -> None:
    """Our request holds "1 ja, 2 nee", "Nee zeggen mag" and "intrekken": quoted under any
    reply by any client, it never changes what the reply is read as."""
    from reply_table import _expand

    changed = []
    for case in PLAIN:
        alone = outcome(_reading(case), case.items)
        quoted = case.text + "\n\nGroet,\nSam\n\n" + _expand("{" + client + "}", case.items)
        below = outcome(read_answers(quoted, ITEMS[: case.items]), case.items)
        if below != alone:
            changed.append((case.id, alone, below))
    assert len(PLAIN) > 100
    assert changed == []


def test_signatures_and_disclaimers_change_no_reading() -> None:
    tails = (
        "\n\nVerzonden vanaf mijn iPhone",
        "\n\nMet vriendelijke groet,\n\nJ. de Nooit\nTeamleider\n06-12345678",
        "\n\n-- \nSam\nNiet storen: ik ben er alleen op maandag",
        "\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Indien u niet de "
        "geadresseerde bent, wordt u verzocht de afzender te informeren. Het is niet "
        "toegestaan dit bericht zonder toestemming te verspreiden.",
    )
    changed = []
    for case in PLAIN:
        alone = outcome(_reading(case), case.items)
        for tail in tails:
            got = outcome(read_answers(case.text + tail, ITEMS[: case.items]), case.items)
            if got != alone:
                changed.append((case.id, tail[:20], alone, got))
    assert changed == []


def _special_mail(vault: RemoteVault, body: str, serial: int) -> bytes:
    from mail_corpus import CODE_SPECIAL

    case = Case(f"special {serial}", 2, ("?", "?"), body.replace(CODE_MAIN, CODE_SPECIAL))
    return as_email(case, vault, 1000 + serial).replace(CODE_MAIN.encode(), CODE_SPECIAL.encode())


def test_special_data_needs_its_own_words_and_they_are_shown(vault: RemoteVault) -> None:
    ok = vault.svc.remote.read_reply(
        _special_mail(vault, "1 ja\n2 ja, ook de gevoelige gegevens", 1)
    )
    assert ok.can_confirm, ok.problems
    second = ok.items[1]
    assert second.special_ack
    assert "gevoelige" in [ok.text[a:b] for a, b in second.evidence]
    without = vault.svc.remote.read_reply(
        _special_mail(vault, "Ja voor alles, maar niet de gevoelige gegevens.", 2)
    )
    assert not without.can_confirm
    assert any("gevoelige gegevens" in p for p in without.problems)
