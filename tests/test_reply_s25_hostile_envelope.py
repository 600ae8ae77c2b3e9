"""capture/reply_envelope.py catches only what Python's email package raises on hostile input
(EMAIL_ERRORS), no longer every Exception. The inputs that make the package raise (found by
fuzzing content types and parameters, s25) go through the whole reader and through a real
vault's read_reply: a problem the worker reads ("beschadigd", "geen leesbaar", "geen
tekst"), nothing confirmable, never a traceback."""

from __future__ import annotations

import email
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from mail_support import RemoteVault, build_remote_vault

from toestemming.capture.replies import parse_reply
from toestemming.capture.reply_envelope import EMAIL_ERRORS, opened, sealed
from toestemming.capture.reply_headers import POLICY, ReceivedMessage

HEAD = b"From: sam@example.org\r\nTo: balie@testschool.example\r\nSubject: Re: code\r\n"


def _nested(depth: int) -> bytes:
    body = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    )
    return HEAD + body + b"Content-Type: text/plain\r\n\r\nja\r\n"


# Each raised inside the email package before (IndexError: the RFC 2231 parameter cut after
# its "*0*"; RecursionError: a few thousand nested parts).
HOSTILE = {
    "filename-cut-rfc2231": HEAD + b"Content-Type: application/octet-stream\r\n"
    b"Content-Disposition: attachment; name*0*\r\n\r\nabc",
    "ctype-cut-rfc2231": HEAD + b"Content-Type: ,\t</*0;-1*0*\r\n"
    b"Content-Disposition: attachment; smime-type/\\\r\n\r\nabc",
    "smime-param-cut": HEAD + b"Content-Type: application/pkcs7-mime; smime-type*0*\r\n"
    b"Content-Disposition: attachment; filename*0*\r\n\r\nabc",
    "nested-3000": _nested(3000),
}


def _raises_in_the_package(raw: bytes) -> type[BaseException] | None:
    try:
        msg = email.message_from_bytes(raw, _class=ReceivedMessage, policy=POLICY)
        for part in msg.walk():
            part.get_filename()
    except BaseException as exc:
        return type(exc)
    return None


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_package_really_raises_and_the_type_is_caught(name: str) -> None:
    kind = _raises_in_the_package(HOSTILE[name])
    assert kind is not None and issubclass(kind, EMAIL_ERRORS), kind


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_mail_reads_as_damaged_never_a_traceback(name: str) -> None:
    parsed = parse_reply(HOSTILE[name])
    assert parsed.problems, parsed
    assert not parsed.text.strip() or name == "nested-3000"


def test_the_envelope_helpers_answer_on_a_message_that_raises_inside() -> None:
    # parses; its attachment's file name (cut after "*0*") raises IndexError when asked
    msg = email.message_from_bytes(
        HOSTILE["filename-cut-rfc2231"], _class=ReceivedMessage, policy=POLICY
    )
    with pytest.raises(IndexError):
        msg.get_filename()
    assert sealed(msg) == ""
    assert opened(msg) is None


def test_fuzzed_content_types_never_escape_the_envelope() -> None:
    rnd = random.Random(25)
    atoms = ["application/pkcs7-mime", ";", "=", "*0*", "''", "%ff", '"', "\\", "smime-type",
             "name", "filename", "signed-data", "x-unknown", "=?utf-8?q?", "?=", "\t", "é"]  # fmt: skip
    for _ in range(3000):
        ct = "".join(rnd.choice(atoms) for _ in range(rnd.randint(1, 20)))
        cd = "".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 20)))
        raw = (
            HEAD + f"Content-Type: {ct}\r\nContent-Disposition: attachment; {cd}\r\n\r\nja".encode()
        )
        parse_reply(raw)  # never raises
        try:
            msg = email.message_from_bytes(raw, _class=ReceivedMessage, policy=POLICY)
        except EMAIL_ERRORS:
            continue
        opened(msg)
        sealed(msg)


@pytest.fixture
def rv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[RemoteVault]:
    made = build_remote_vault(tmp_path / "h.tvault", monkeypatch)
    try:
        yield made
    finally:
        made.svc.close()


def test_through_the_vault_nothing_confirmable(rv: RemoteVault) -> None:
    for raw in HOSTILE.values():
        proposal = rv.svc.remote.read_reply(raw)
        assert not proposal.can_confirm and proposal.problems
