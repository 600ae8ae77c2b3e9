"""Malformed and hostile files: truncated, huge, wrongly encoded, without body, random bytes.
Reading them never raises and never records; a damaged copy never yields a different answer
than the intact message."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mail_corpus import CODE_MAIN, SAM, build_corpus
from mail_support import RemoteVault, build_remote_vault
from test_mail_replies import READ_AT

from toestemming.capture.proposal import ReplyProposal
from toestemming.capture.replies import MAX_REPLY_BYTES, parse_reply
from toestemming.errors import ToestemmingError

CORPUS = build_corpus()
HEAD = (
    f"From: Sam <{SAM}>\r\nTo: school@example.org\r\nSubject: Re: code {CODE_MAIN}\r\n"
    "Date: Tue, 24 Nov 2026 09:12:40 +0100\r\nMIME-Version: 1.0\r\n"
)


@pytest.fixture(scope="module")
def rv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("hostile") / "h.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


def _counts(rv: RemoteVault) -> tuple[int, ...]:
    db = rv.svc.vault.db
    return tuple(
        int(db.scalar(f"SELECT count(*) FROM {t}"))
        for t in ("events", "evidence", "decisions", "withdrawals", "remote_messages")
    )


def _read_safely(rv: RemoteVault, raw: bytes) -> ReplyProposal:
    before = _counts(rv)
    proposal = rv.svc.remote.read_reply(raw)
    assert _counts(rv) == before
    for p in (*proposal.problems, *proposal.notes):
        assert SAM not in p
    if not proposal.can_confirm:
        with pytest.raises(ToestemmingError):
            rv.svc.remote.confirm(proposal)
        assert _counts(rv) == before
    return proposal


HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "whitespace": b"\r\n \r\n\t",
    "headers_only": HEAD.encode(),
    "no_body": (HEAD + "Content-Type: text/plain\r\n\r\n").encode(),
    "unknown_charset": (
        HEAD + 'Content-Type: text/plain; charset="x-klingon"\r\n\r\n1 ja, 2 nee\r\n'
    ).encode(),
    "utf16_label_utf8_bytes": (HEAD + 'Content-Type: text/plain; charset="utf-16"\r\n\r\n').encode()
    + "1 ja, 2 nee é\r\n".encode(),
    "invalid_utf8": (HEAD + 'Content-Type: text/plain; charset="utf-8"\r\n\r\n').encode()
    + b"1 ja, 2 nee \xff\xfe\xc3\x28\r\n",
    "base64_garbage": (
        HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!$$$%%%\r\n"
    ).encode(),
    "qp_garbage": (
        HEAD
        + "Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n1 ja=ZZ=\r\n"
    ).encode(),
    "bad_encoded_word_subject": (
        f"From: {SAM}\r\nSubject: =?x-unknown?B?!!!?= {CODE_MAIN}\r\n\r\n1 ja, 2 nee\r\n"
    ).encode(),
    "broken_from": (f"From: <<<@@@>>>\r\nSubject: {CODE_MAIN}\r\n\r\n1 ja, 2 nee\r\n").encode(),
    "two_senders": (
        f"From: {SAM}, other@example.org\r\nSubject: {CODE_MAIN}\r\n\r\n1 ja, 2 nee\r\n"
    ).encode(),
    "bad_date": (
        f"From: {SAM}\r\nDate: yesterday-ish\r\nSubject: {CODE_MAIN}\r\n\r\n1 ja, 2 nee\r\n"
    ).encode(),
    "future_date": (
        f"From: {SAM}\r\nDate: Fri, 01 Jan 2100 00:00:00 +0000\r\nSubject: {CODE_MAIN}\r\n\r\n"
        "1 ja, 2 nee\r\n"
    ).encode(),
    "missing_boundary": (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="nope"\r\n\r\n--other\r\n\r\n1 ja, 2 nee\r\n'
    ).encode(),
    "nested_deep": (
        HEAD
        + "".join(
            f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(60)
        )
        + "Content-Type: text/plain\r\n\r\n1 ja, 2 nee\r\n"
    ).encode(),
    "many_parts": (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="m"\r\n\r\n'
        + "".join("--m\r\nContent-Type: text/plain\r\n\r\nja\r\n" for _ in range(1000))
        + "--m--\r\n"
    ).encode(),
    "html_bomb": (
        HEAD + "Content-Type: text/html\r\n\r\n" + "<div>" * 50_000 + "ja voor alles"
    ).encode(),
    "huge_header": (
        f"From: {SAM}\r\nSubject: " + "x" * 2_000_000 + f"\r\n\r\n{CODE_MAIN} 1 ja\r\n"
    ).encode(),
    "nul_bytes": b"From: "
    + SAM.encode()
    + b"\r\nSubject: \x00\x00"
    + CODE_MAIN.encode()
    + b"\r\n\r\n1\x00 ja",
    "not_mail_pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
    "code_flood": (
        HEAD + "Content-Type: text/plain\r\n\r\n" + ("TS-0000-0000-0 " * 40_000)
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_never_crashes_or_records(rv: RemoteVault, name: str) -> None:
    proposal = _read_safely(rv, HOSTILE[name])
    if name in {"future_date"}:
        assert any("toekomst" in p for p in proposal.problems)
    if name in {"empty", "whitespace"}:
        assert proposal.problems == ("Het bestand is leeg.",)
    if name in {"headers_only", "no_body", "base64_garbage"}:
        assert not proposal.can_confirm


def test_huge_file_is_refused_before_parsing(rv: RemoteVault) -> None:
    raw = (HEAD + "Content-Type: text/plain\r\n\r\n").encode() + b"ja " * (
        MAX_REPLY_BYTES // 3 + 10
    )
    proposal = _read_safely(rv, raw)
    assert any("groter dan 25 MB" in p for p in proposal.problems)


def test_big_but_allowed_body_is_read_in_bounds() -> None:
    raw = (HEAD + "Content-Type: text/plain\r\n\r\n1 ja, 2 nee\r\n").encode() + b"bla " * 2_000_000
    reply = parse_reply(raw)
    assert len(reply.text) <= 200_000 and reply.own_text.startswith("1 ja, 2 nee")


def _answers(p: ReplyProposal) -> object:
    return (p.withdrawal, tuple((i.item_id, i.answer) for i in p.items))


@pytest.mark.parametrize("name", sorted(n for n in CORPUS if not n.startswith("bad_")))
def test_truncated_copy_never_gives_another_answer(rv: RemoteVault, name: str) -> None:
    raw = CORPUS[name]
    intact = rv.svc.remote.read_reply(raw)
    assert intact.can_confirm
    step = max(1, len(raw) // 30)
    for cut in range(0, len(raw) - 1, step):
        part = _read_safely(rv, raw[:cut])
        if part.can_confirm:
            assert _answers(part) == _answers(intact), cut


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=3000))
def test_random_bytes(rv: RemoteVault, data: bytes) -> None:
    proposal = _read_safely(rv, data)
    assert isinstance(proposal.problems, tuple)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(sorted(CORPUS)),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), min_size=1, max_size=8),
)
def test_mutated_corpus(rv: RemoteVault, name: str, flips: list[tuple[float, int]]) -> None:
    raw = bytearray(CORPUS[name])
    for where, value in flips:
        raw[min(len(raw) - 1, int(where * len(raw)))] = value
    _read_safely(rv, bytes(raw))


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=500), st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16", "x-bad"]))
def test_any_text_in_any_charset(rv: RemoteVault, text: str, charset: str) -> None:
    try:
        body = text.encode(charset if charset != "x-bad" else "utf-8", errors="replace")
    except LookupError:
        body = text.encode("utf-8", errors="replace")
    raw = (HEAD + f'Content-Type: text/plain; charset="{charset}"\r\n\r\n').encode() + body
    _read_safely(rv, raw)
