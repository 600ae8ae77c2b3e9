"""Reply reading, reply24's round (round 16, session 20): parents who answer in the language of
the request they got (Arabic, Turkish, Polish, English, mixed with Dutch), and the envelopes of
modern mail (S/MIME opaque-signed, encrypted, winmail.dat, mislabelled charsets).

Each case failed before this round (see the comment above it); counts over every corpus:
`python tests/reply_s24_count.py`.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from email.utils import format_datetime

import pytest
import reply_s23_mails as s23
import reply_s24_mails as s24
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs7
from mail_corpus import CODE_MAIN
from mail_support import RemoteVault, build_remote_vault
from reply_harness import outcome
from reply_s24_phrasings import PHRASINGS
from reply_table import CODE, ITEMS
from test_mail_replies import READ_AT

from toestemming.capture.answers import read_answers
from toestemming.capture.replies import parse_reply
from toestemming.model import Answer

JNJ = ("ja", "nee", "ja")


def _read(text: str) -> tuple[str, ...]:
    return outcome(read_answers(text, ITEMS[:3]))


@pytest.mark.parametrize("name", sorted(PHRASINGS))
def test_answers_in_the_requests_languages(name: str) -> None:
    case = PHRASINGS[name]
    got = _read(case.text)
    ok = (case.expect, *case.also)
    assert got in ok or (("geen",) in ok and set(got) == {"?"}), got


@pytest.mark.parametrize(
    "text",
    [
        # before: item 2 — the one item the parent left out — got a yes
        "نعم للكل ما عدا 2",
        "2 hariç hepsi evet",
        "2 uitgezonderd, alles ja",
        "All yes bar 2",
        "alles ja sauf 2",
        "alles ja außer 2",
        "Tak na wszystko oprócz 2",
        "2 xyz alles ja",
        "All yes w/o 2",
        "نعم لـ 1 و 3 ولا لـ 2",
    ],
)
def test_all_but_one_never_gives_the_one_a_yes(text: str) -> None:
    got = _read(text)
    assert "ja" not in got[1:2], got


@pytest.mark.parametrize(
    "text",
    ["1 tak, 2 nie wiem, 3 tak", "1 نعم 2 لا أعرف 3 نعم", "1 tak 2 nie jestem pewna 3 tak"],
)
def test_i_do_not_know_is_no_no(text: str) -> None:
    """Before: the negation ("nie", "لا") was read and the verb ("wiem", "أعرف": know) not —
    a no for 2 nobody gave."""
    assert _read(text) == ("ja", "?", "ja")


_H = (
    "From: Marja de Vries <sam.devries@example.org>\r\nTo: school@example.nl\r\n"
    "Subject: Re: Vraag\r\nDate: Thu, 03 Dec 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
)


@pytest.mark.parametrize("charset", ["iso-8859-1", "us-ascii", "windows-1252"])
@pytest.mark.parametrize(
    ("answer", "want"),
    [("1 نعم 2 لا 3 نعم", JNJ), ("نعم للكل ما عدا 2", JNJ), ("1 evet 2 hayır 3 evet", JNJ)],
)
def test_utf8_labelled_latin1(charset: str, answer: str, want: tuple[str, ...]) -> None:
    """A phone or webmail that labels UTF-8 as Latin-1: the Arabic answer was mojibake
    ("Ù†Ø¹Ù…") and read as nothing; the Turkish "hayır" as nothing for 2."""
    raw = (
        (
            _H + f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit"
            "\r\n\r\n"
        ).encode()
        + answer.encode("utf-8")
        + b"\r\n"
    )
    parsed = parse_reply(raw)
    assert parsed.text.strip() == answer
    assert _read(parsed.text) == want


def test_real_latin1_stays_latin1() -> None:
    raw = (_H + "Content-Type: text/plain; charset=iso-8859-1\r\n\r\n").encode() + (
        "1 ja 2 nee 3 ja, groetjes Joëlle".encode("latin-1")
    )
    assert "Joëlle" in parse_reply(raw).text


def test_a_byte_order_mark_is_no_part_of_the_text() -> None:
    raw = (
        _H + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ).encode() + base64.encodebytes("\ufeff1 ja 2 nee 3 ja".encode())
    assert parse_reply(raw).text == "1 ja 2 nee 3 ja"


_SIGNED_BODY = (
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
    b"\r\n\r\n1 ja 2 nee 3 ja, groetjes Jo=C3=ABlle\r\n\r\nOp 02-12-2026 schreef Testschool:\r\n"
    b"> Antwoord bijvoorbeeld met: 1 ja, 2 nee\r\n"
)


def _signed(encoding: serialization.Encoding) -> bytes:
    """An opaque S/MIME signature made with a real key and certificate (cryptography's PKCS#7
    builder, the structure Outlook and Apple Mail send as smime.p7m)."""
    cert, key = s24.signer()
    out = (
        pkcs7.PKCS7SignatureBuilder().set_data(_SIGNED_BODY)
        .add_signer(cert, key, hashes.SHA256()).sign(encoding, [])
    )  # fmt: skip
    if encoding == serialization.Encoding.SMIME:
        return _H.replace("MIME-Version: 1.0\r\n", "").encode() + out
    return (
        _H + "Content-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; "
        "filename=smime.p7m\r\n\r\n"
    ).encode() + base64.encodebytes(out)


@pytest.mark.parametrize("encoding", [serialization.Encoding.SMIME, serialization.Encoding.DER])
def test_an_opaque_smime_signed_reply_is_read(encoding: serialization.Encoding) -> None:
    """Before: "Het bericht heeft geen tekst." with a clear answer inside the signature."""
    parsed = parse_reply(_signed(encoding))
    assert not parsed.problems, parsed.problems
    assert parsed.text.startswith("1 ja 2 nee 3 ja, groetjes Joëlle")
    assert _read(parsed.text) == JNJ


def test_a_cut_smime_signature_reads_nothing() -> None:
    raw = _signed(serialization.Encoding.DER)
    head, _, body = raw.partition(b"\r\n\r\n")
    cut = base64.encodebytes(base64.decodebytes(body)[:300])
    parsed = parse_reply(head + b"\r\n\r\n" + cut)
    assert parsed.problems and _read(parsed.text) == ("geen",)


_ENCRYPTED = {
    "smime-enveloped": "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; "
    "name=smime.p7m\r\nContent-Transfer-Encoding: base64\r\n\r\nMIIBAAYJKoZIhvcNAQcDoIIB\r\n",
    "pgp-mime": 'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; '
    'boundary="E"\r\n\r\n--E\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n'
    "--E\r\nContent-Type: application/octet-stream\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n\r\n"
    "hQEMA1b2\r\n-----END PGP MESSAGE-----\r\n--E--\r\n",
    "pgp-inline": "Content-Type: text/plain\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA1b2"
    "\r\n-----END PGP MESSAGE-----\r\n",
}


@pytest.mark.parametrize("kind", sorted(_ENCRYPTED))
def test_an_encrypted_reply_says_so(kind: str) -> None:
    """Before: "Het bericht heeft geen tekst." (or the armor as text): the worker did not
    know why nor what to do."""
    parsed = parse_reply((_H + _ENCRYPTED[kind]).encode())
    assert any("versleuteld" in str(p) for p in parsed.problems), parsed.problems


def test_a_winmail_dat_reply_says_so() -> None:
    tnef = base64.b64encode(b"\x78\x9f\x3e\x22\x00\x00" + b"1 ja 2 nee 3 ja").decode()
    raw = (
        _H + 'Content-Type: multipart/mixed; boundary="T"\r\n\r\n--T\r\nContent-Type: text/plain'
        "\r\n\r\n\r\n--T\r\nContent-Type: application/ms-tnef; name=winmail.dat\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{tnef}\r\n--T--\r\n"
    ).encode()
    parsed = parse_reply(raw)
    assert any("winmail.dat" in str(p) for p in parsed.problems), parsed.problems
    assert _read(parsed.text) == ("geen",)


# -- through the desk: the worker is told where the answer was read ------------------------------
@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteVault]:
    mp = pytest.MonkeyPatch()
    v = build_remote_vault(tmp_path_factory.mktemp("s24") / "t.tvault", mp)
    v.clock.advance(READ_AT)
    try:
        yield v
    finally:
        v.svc.close()


def _to_desk(vault: RemoteVault, raw: bytes) -> bytes:
    raw = raw.replace(CODE.encode(), CODE_MAIN.encode())
    sent = format_datetime(vault.clock.now() - READ_AT / 2).encode()
    return raw.replace(b"Thu, 03 Dec 2026 19:41:07 +0100", sent)


def test_an_answer_read_from_an_attachment_is_noted_for_the_worker(vault: RemoteVault) -> None:
    """Before: the file's words stood on top of the text and nothing said they came from a
    file (reply23's leftover); the desk's reply view shows the proposal's notes."""
    proposal = vault.svc.remote.read_reply(_to_desk(vault, s23.attached_text("1 ja 2 nee")))
    assert proposal.request_id == vault.main.id, proposal.problems
    assert tuple(i.answer for i in proposal.items) == (Answer.YES, Answer.NO)
    assert any("bijgevoegd tekstbestand" in str(n) for n in proposal.notes), proposal.notes


def test_an_answer_in_the_mail_itself_has_no_attachment_note(vault: RemoteVault) -> None:
    raw = _to_desk(vault, s23.message("gmail-signature-collapsed", "1 ja 2 nee"))
    proposal = vault.svc.remote.read_reply(raw)
    assert proposal.request_id == vault.main.id, proposal.problems
    assert not any("bijgevoegd" in str(n) for n in proposal.notes), proposal.notes


def _from(vault: RemoteVault, sender: str, answer: str) -> bytes:
    raw = _to_desk(vault, s23.message("gmail-signature-collapsed", answer))
    return raw.replace(b"<sam.devries@example.org>", f"<{sender}>".encode())


def test_a_yes_from_an_address_nobody_has_is_never_confirmable(vault: RemoteVault) -> None:
    """A work address (or anyone's) that is on no person of this youth: no silent yes."""
    proposal = vault.svc.remote.read_reply(
        _from(vault, "m.devries@werkgever.example", "Ja voor alles")
    )
    assert proposal.signer is None and not proposal.can_confirm


def test_a_yes_from_a_parent_without_gezag_is_never_confirmable(vault: RemoteVault) -> None:
    vault.svc.people.add_representative(
        vault.sam.id, "Peter de Vries", "parent", False, email="peter.devries@example.org"
    )
    proposal = vault.svc.remote.read_reply(
        _from(vault, "peter.devries@example.org", "Ja voor alles")
    )
    assert not proposal.can_confirm, proposal
