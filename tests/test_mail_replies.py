"""Reading replies: the corpus in tests/data/mail/ (made like real clients make them) becomes
the right proposal; confirming records decisions with the raw message as evidence; every
doubtful reply records nothing."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from mail_corpus import CODE_UNKNOWN, DIR, SAM, SENT_ID, build_corpus
from mail_support import RemoteVault, build_remote_vault

from toestemming.errors import RuleViolation, Said
from toestemming.model import Answer, ItemStatus, SignerRef

CORPUS = build_corpus()
READ_AT = timedelta(days=1, hours=1)  # replies are dated the day after the requests

# file → expected answers per position ("withdraw": everything withdrawn)
GOOD: dict[str, dict[int, str] | str] = {
    "gmail_quoted.eml": {1: "no", 2: "yes"},  # the quoted example "1 ja, 2 nee" is ignored
    "outlook_html_only.eml": {1: "yes", 2: "yes"},
    "phone_base64_emoji.eml": {1: "yes", 2: "no"},
    "thunderbird_inline_qp.eml": {1: "yes", 2: "yes"},
    "outlook_windows1252.eml": {1: "yes", 2: "yes"},
    "forwarded_inline.eml": {1: "yes", 2: "yes"},
    "forwarded_as_attachment.eml": {1: "yes", 2: "yes"},
    "with_attachments.eml": {1: "yes", 2: "no"},
    "apple_withdrawal.eml": "withdraw",
    "special_ack.eml": {1: "yes", 2: "yes"},
}
BAD: dict[str, str] = {
    "bad_special_without_ack.eml": "gevoelige gegevens",
    "bad_unknown_sender.eml": "niet bekend bij deze jongere",
    "bad_unknown_code.eml": f"geen verzoek met code {CODE_UNKNOWN}",
    "bad_other_youth.eml": "andere jongere",
    "bad_ambiguous.eml": "zowel ja als nee",
    "bad_missing_answer.eml": "Onderdeel 2 is niet beantwoord",
    "bad_older_than_request.eml": "ouder dan het verzoek",
    "bad_no_code.eml": "geen (geldige) referentiecode",
    "bad_two_codes.eml": "meer dan één referentiecode",
}


def test_corpus_on_disk_is_what_the_script_makes() -> None:
    on_disk = {p.name: p.read_bytes() for p in DIR.glob("*.eml")}
    assert on_disk == CORPUS
    assert set(CORPUS) == set(GOOD) | set(BAD)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    """One vault for the read-only tests (reading records nothing)."""
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("shared") / "r.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


@pytest.fixture
def rv(rv: RemoteVault) -> RemoteVault:
    """conftest's remote vault, on the day after the requests (when the replies are dated)."""
    rv.clock.advance(READ_AT)
    return rv


def _counts(rv: RemoteVault) -> tuple[int, ...]:
    db = rv.svc.vault.db
    return tuple(
        int(db.scalar(f"SELECT count(*) FROM {t}"))
        for t in ("events", "evidence", "decisions", "withdrawals")
    )


@pytest.mark.parametrize("name", sorted(GOOD))
def test_good_reply_becomes_the_right_proposal(shared: RemoteVault, name: str) -> None:
    before = _counts(shared)
    proposal = shared.svc.remote.read_reply(CORPUS[name])
    assert _counts(shared) == before  # reading records nothing
    assert proposal.problems == (), proposal.problems
    assert proposal.can_confirm
    assert proposal.signer == SignerRef.youth(shared.sam.id)
    assert proposal.signer_label == "jongere"
    assert proposal.decided_at is not None and proposal.decided_at.isoformat().startswith(
        "2026-11-24T08:12:40"
    )
    expected = GOOD[name]
    if expected == "withdraw":
        assert proposal.withdrawal
        assert [i.position for i in proposal.items] == [1, 2]
    else:
        assert isinstance(expected, dict)
        assert {i.position: str(i.answer) for i in proposal.items} == expected
    assert proposal.text.strip() and proposal.own_text.strip()


@pytest.mark.parametrize("name", sorted(BAD))
def test_doubtful_reply_names_the_problem_and_cannot_be_confirmed(
    shared: RemoteVault, name: str
) -> None:
    before = _counts(shared)
    proposal = shared.svc.remote.read_reply(CORPUS[name])
    assert not proposal.can_confirm
    assert any(BAD[name] in p for p in proposal.problems), proposal.problems
    for p in proposal.problems:  # Dutch, and never the person's address or name
        assert SAM not in p and "Sam" not in p
    with pytest.raises(RuleViolation):
        shared.svc.remote.confirm(proposal)
    assert _counts(shared) == before


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_every_problem_and_note_reads_in_the_workers_language(
    shared: RemoteVault, name: str
) -> None:
    """What the reader says about a reply is a catalog sentence, not Dutch glued together: an
    English desk gets English, with no Dutch left in it, and the Dutch is what it was."""
    proposal = shared.svc.remote.read_reply(CORPUS[name])
    for said in (*proposal.problems, *proposal.notes):
        assert isinstance(said, Said), said
        assert str(said) == said.text_in("nl")
        english = said.text_in("en")
        for dutch in (" het ", " de ", "onderdeel", "bericht", "antwoord", " niet ", " een "):
            assert dutch not in f" {english.lower()} ", english
        assert SAM not in english and "Sam" not in english
        assert pickle.loads(pickle.dumps(said)).text_in("en") == english  # travels whole
    if name in BAD:
        with pytest.raises(RuleViolation) as refused:
            shared.svc.remote.confirm(proposal)
        assert refused.value.text_in("en").endswith(proposal.problems[0].text_in("en"))


def test_special_items_need_the_explicit_words(shared: RemoteVault) -> None:
    proposal = shared.svc.remote.read_reply(CORPUS["special_ack.eml"])
    special_item = shared.special.items[1]
    assert proposal.special_ack == frozenset({special_item.id})


def test_notes_for_attachments_and_html_only(shared: RemoteVault) -> None:
    att = shared.svc.remote.read_reply(CORPUS["with_attachments.eml"])
    assert any("2 bijlage" in n for n in att.notes)
    html = shared.svc.remote.read_reply(CORPUS["outlook_html_only.eml"])
    assert any("HTML" in n for n in html.notes)


def test_confirm_records_decisions_with_the_raw_message_as_evidence(rv: RemoteVault) -> None:
    raw = CORPUS["gmail_quoted.eml"]
    proposal = rv.svc.remote.read_reply(raw)
    result = rv.svc.remote.confirm(proposal)
    assert len(result.decision_ids) == 2
    assert rv.svc.evidence.content(result.evidence_id) == raw
    info = rv.svc.evidence.info(result.evidence_id)
    assert info.kind == "eml" and info.media_type == "message/rfc822"
    first, second = rv.main.items
    assert rv.svc.consents.item_status(first.id).status == ItemStatus.REFUSED
    assert rv.svc.consents.item_status(second.id).status == ItemStatus.GIVEN
    # The decision event points at the evidence whose hash is in the chain.
    rows = rv.svc.vault.db.query("SELECT kind, body FROM events ORDER BY seq")
    kinds = [r[0] for r in rows]
    assert kinds[-2:] == ["evidence.added", "decisions.recorded"]
    added, decided = (json.loads(r[1])["data"] for r in rows[-2:])
    assert added["sha256"] == info.sha256
    assert decided["evidence"] == result.evidence_id and decided["channel"] == "email"
    assert decided["decided_at"].startswith("2026-11-24T08:12:40")
    assert rv.svc.verify_audit(deep=True).ok
    # The same message a second time: nothing twice.
    again = rv.svc.remote.read_reply(raw)
    assert any("al eerder verwerkt" in p for p in again.problems)


def test_confirm_special_and_withdrawal(rv: RemoteVault) -> None:
    special = rv.svc.remote.read_reply(CORPUS["special_ack.eml"])
    rv.svc.remote.confirm(special)
    item = rv.special.items[1]
    assert rv.svc.consents.item_status(item.id).status == ItemStatus.GIVEN
    decisions = rv.svc.vault.db.query(
        "SELECT special_ack FROM decisions WHERE item_id = ?", (item.id,)
    )
    assert [int(r[0]) for r in decisions] == [1]
    # Withdrawal by mail of the main request (first give consent at the desk).
    rv.svc.consents.record_decisions(
        rv.main.id,
        SignerRef.youth(rv.sam.id),
        {i.id: "yes" for i in rv.main.items},
        "desk",
        decided_at=rv.clock.now() - timedelta(days=1),
    )
    proposal = rv.svc.remote.read_reply(CORPUS["apple_withdrawal.eml"])
    assert proposal.withdrawal and proposal.can_confirm
    result = rv.svc.remote.confirm(proposal)
    assert result.withdrawal is not None and len(result.withdrawal.withdrawals) == 2
    for i in rv.main.items:
        assert rv.svc.consents.item_status(i.id).status == ItemStatus.WITHDRAWN


def test_confirm_refuses_when_the_situation_changed(rv: RemoteVault) -> None:
    proposal = rv.svc.remote.read_reply(CORPUS["gmail_quoted.eml"])
    # Meanwhile the organisation voids item 1.
    rv.svc.consents.act_on_item(rv.main.items[0].id, "invalidate", "Verkeerd ingevoerd")
    before = _counts(rv)
    with pytest.raises(RuleViolation, match="leest nu anders"):
        rv.svc.remote.confirm(proposal)
    assert _counts(rv) == before


def test_reply_matched_by_in_reply_to_when_the_code_is_gone(rv: RemoteVault) -> None:
    from mail_support import START

    rv.clock.set(START)
    _, sent = rv.svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    rv.clock.advance(READ_AT)
    raw = CORPUS["bad_no_code.eml"].replace(
        b"Subject:", f"In-Reply-To: {sent.message_id}\r\nSubject:".encode()
    )
    proposal = rv.svc.remote.read_reply(raw)
    assert proposal.problems == () and proposal.request_id == rv.main.id
    assert proposal.answers == {i.id: Answer.YES for i in rv.main.items}
    assert SENT_ID not in sent.message_id


def test_reply_after_the_remote_request_expired(rv: RemoteVault) -> None:
    from mail_support import START

    rv.clock.set(START)
    rv.svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    rv.clock.advance(timedelta(days=rv.svc.remote.settings().expiry_days, hours=1))
    assert rv.svc.remote.expire_overdue() == [rv.main.id]
    # An answer written in time but read late still counts …
    in_time = rv.svc.remote.read_reply(CORPUS["gmail_quoted.eml"])
    assert in_time.problems == ()
    expired_now = [rv.svc.consents.item_status(i.id).status for i in rv.main.items]
    assert set(expired_now) == {ItemStatus.EXPIRED}
    # … one written after the expiry does not.
    rv.clock.advance(timedelta(hours=2))
    late_date = _fmt(rv).encode()
    late = CORPUS["gmail_quoted.eml"].replace(b"Tue, 24 Nov 2026 09:12:40 +0100", late_date)
    proposal = rv.svc.remote.read_reply(late)
    assert any("verlopen" in p for p in proposal.problems)
    # Withdrawal stays possible after expiry: withdrawing is never harder than giving.
    withdraw = rv.svc.remote.read_reply(CORPUS["apple_withdrawal.eml"])
    assert not any("verlopen" in p for p in withdraw.problems)
    # Recording the in-time answer settles the items as answered, not expired.
    rv.svc.remote.confirm(in_time)
    after = {i.position: rv.svc.consents.item_status(i.id).status for i in rv.main.items}
    assert ItemStatus.EXPIRED not in after.values()
    assert set(after.values()) <= {ItemStatus.GIVEN, ItemStatus.REFUSED}


def test_representative_replies_for_a_young_child(rv: RemoteVault) -> None:
    from toestemming.usecases.consent import ItemSpec

    kid = rv.svc.people.add_youth(given_name="Kim", family_name="Jansen", birth_date="2013-01-01")
    mother = rv.svc.people.add_representative(
        kid.id, "Moeder Jansen", "parent", True, email="moeder@example.org"
    )
    item = rv.main.items[0]
    req = rv.svc.consents.create_request(
        kid.id, [ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))]
    )
    # (the mother answers after she was registered: an answer is judged by who had gezag on
    # the day it was written, gezag_history.py)
    rv.clock.advance(timedelta(minutes=2))
    raw = (
        "From: Moeder <moeder@example.org>\r\nTo: school@example.org\r\n"
        f"Subject: Re: code {req.reference_code}\r\nDate: {_fmt(rv)}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nJa hoor, akkoord.\r\n"
    ).encode()
    proposal = rv.svc.remote.read_reply(raw)
    assert proposal.problems == ()
    assert proposal.signer == SignerRef.representative(mother.id)
    assert proposal.signer_label == "ouder"
    # The child's own address does not decide under 16.
    rv.svc.people.update_youth(kid.id, email="kim@example.org")
    child = rv.svc.remote.read_reply(raw.replace(b"moeder@example.org", b"kim@example.org"))
    assert any("beslist niet" in p for p in child.problems)


def _fmt(rv: RemoteVault) -> str:
    from email.utils import format_datetime

    return format_datetime(rv.clock.now() - timedelta(minutes=1))


def test_the_expiry_is_part_of_the_items_history_and_its_proof(
    rv: RemoteVault, tmp_path: Path
) -> None:
    import io
    import zipfile

    from mail_support import START
    from pypdf import PdfReader

    from toestemming.proof import verify

    rv.clock.set(START)
    rv.svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    rv.clock.advance(timedelta(days=rv.svc.remote.settings().expiry_days, hours=1))
    assert rv.svc.remote.expire_overdue() == [rv.main.id]
    item = rv.main.items[0].id
    kinds = [e["kind"] for e in rv.svc.consents.item_history(item)]
    assert kinds[0] == "request.created" and kinds[-1] == "remote.expired"
    package = rv.svc.forms.proof.export_item(item, tmp_path)
    assert verify(package, clock=rv.clock).ok  # read on the day it was made
    with zipfile.ZipFile(package) as zf:
        pdf = zf.read(next(n for n in zf.namelist() if n.endswith(".pdf")))
        receipt = json.loads(zf.read(next(n for n in zf.namelist() if n.endswith("receipt.json"))))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Verlopen: het verzoek op afstand" in " ".join(text.split())
    assert "expired" in json.dumps(receipt)


def test_a_code_that_is_not_the_answered_mails_request_is_not_guessed(rv: RemoteVault) -> None:
    """A parent answers our mail about one request and types (or quotes) the code of
    another — two requests of one youth, an old mail answered: which request the answers
    are for is not certain, so nothing is proposed; the same reply on its own thread is read."""
    from mail_support import START

    rv.clock.set(START)
    _, main_mail = rv.svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    _, other_mail = rv.svc.remote.export_eml(rv.special.id, SignerRef.youth(rv.sam.id))
    rv.clock.advance(READ_AT)
    raw = CORPUS["gmail_quoted.eml"]  # names rv.main's reference code

    def answering(message_id: str) -> bytes:
        return raw.replace(b"Subject:", f"In-Reply-To: {message_id}\r\nSubject:".encode(), 1)

    crossed = rv.svc.remote.read_reply(answering(other_mail.message_id))
    assert not crossed.can_confirm and crossed.answers == {}
    assert any("antwoord op de e-mail over een ander verzoek" in p for p in crossed.problems)
    same = rv.svc.remote.read_reply(answering(main_mail.message_id))
    assert same.problems == () and same.request_id == rv.main.id
