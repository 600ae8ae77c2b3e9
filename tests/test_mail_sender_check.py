"""Is a reply really from the parent's address? Anyone can write a parent's address in From:;
the organisation's own mail server checks DKIM/DMARC and writes what it found in an
Authentication-Results header. The reply reader believes only the servers the organisation
names, and a reply its server calls forged can never be confirmed. Written as the attacker
would try it: a spoofed From, a fake result header of their own, a comment or case trick."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mail_corpus import SAM, build_corpus
from mail_support import RemoteVault
from test_mail_replies import READ_AT, _counts

from toestemming.capture.sender_auth import SenderCheck, check_sender, parse
from toestemming.capture.settings import ImapSettings, Security, SmtpSettings
from toestemming.errors import RuleViolation, ValidationError

OURS = "mx.school.test"
GOOD = build_corpus()["thunderbird_inline_qp.eml"]  # Sam says yes to both, from SAM


def _with_results(raw: bytes, *values: str) -> bytes:
    """The message as our server would hand it over: its result headers on top."""
    head = "".join(f"Authentication-Results: {v}\r\n" for v in values).encode()
    return head + raw


# -- reading the header ------------------------------------------------------------------------
def test_a_gmail_style_header_is_read_with_its_comments_and_quotes() -> None:
    authserv, results = parse(
        'mx.google.com; dkim=pass header.i=@example.org header.s=s1 header.b="Ab/Cd"; '
        "spf=pass (google.com: domain of x@example.org designates 1.2.3.4 as permitted sender) "
        "smtp.mailfrom=x@example.org; dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.org"
    )
    assert authserv == "mx.google.com"
    assert [(r.method, r.result) for r in results] == [
        ("dkim", "pass"),
        ("spf", "pass"),
        ("dmarc", "pass"),
    ]
    assert results[2].properties["header.from"] == "example.org"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([f"{OURS}; dmarc=pass header.from=example.org"], SenderCheck.VERIFIED),
        ([f"{OURS}; dkim=pass header.d=example.org"], SenderCheck.VERIFIED),
        ([f"{OURS}; dkim=pass header.i=@mail.example.org"], SenderCheck.VERIFIED),  # subdomain
        ([f"{OURS.upper()}; DMARC=Pass header.from=Example.ORG"], SenderCheck.VERIFIED),
        ([f"{OURS}; dmarc=fail header.from=example.org"], SenderCheck.FORGED),
        ([f"{OURS}; dkim=pass header.d=attacker.test"], SenderCheck.UNVERIFIED),  # not aligned
        ([f"{OURS}; spf=pass smtp.mailfrom=example.org"], SenderCheck.UNVERIFIED),  # SPF alone
        ([f"{OURS}; dkim=fail header.d=example.org"], SenderCheck.UNVERIFIED),
        ([f"{OURS}; none"], SenderCheck.UNVERIFIED),
        # The attacker's own "pass", under another server's name: not believed.
        (["mx.attacker.test; dmarc=pass header.from=example.org"], SenderCheck.UNCHECKED),
        # ... or hidden in a comment of our server's header, or in a quoted string.
        ([f"{OURS} (dmarc=pass header.from=example.org); spf=none"], SenderCheck.UNVERIFIED),
        ([f'{OURS}; spf=none x.y="; dmarc=pass header.from=example.org"'], SenderCheck.UNVERIFIED),
        # A "pass" the attacker added with our name does not outweigh our server's "fail".
        (
            [
                f"{OURS}; dmarc=pass header.from=example.org",
                f"{OURS}; dmarc=fail header.from=example.org",
            ],
            SenderCheck.FORGED,
        ),
        # A pass about another From domain says nothing about this one.
        ([f"{OURS}; dmarc=pass header.from=attacker.test"], SenderCheck.UNVERIFIED),
        ([], SenderCheck.UNCHECKED),
    ],
)
def test_the_verdict_about_the_from_domain(values: list[str], expected: SenderCheck) -> None:
    assert check_sender(values, "ouder@example.org", (OURS,)) == expected


def test_without_a_trusted_server_nothing_is_concluded() -> None:
    header = [f"{OURS}; dmarc=fail header.from=example.org"]
    assert check_sender(header, "ouder@example.org", ()) == SenderCheck.UNCHECKED


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=5), st.text(max_size=80))
def test_any_header_is_read_without_crashing(values: list[str], sender: str) -> None:
    assert check_sender(values, sender, (OURS,)) in set(SenderCheck)


# -- in the reply reader -----------------------------------------------------------------------
@pytest.fixture
def rv(rv: RemoteVault) -> RemoteVault:
    """conftest's remote vault, on the day the replies are dated."""
    rv.clock.advance(READ_AT)
    return rv


def _trust(rv: RemoteVault, checkers: str) -> None:
    rv.svc.mail_account.set_imap_settings(
        ImapSettings("imap.school.test", sender_checked_by=checkers)
    )


def test_a_reply_our_server_calls_forged_cannot_be_recorded(rv: RemoteVault) -> None:
    _trust(rv, OURS)
    domain = SAM.rpartition("@")[2]
    before = _counts(rv)
    forged = _with_results(GOOD, f"{OURS}; spf=fail; dmarc=fail header.from={domain}")
    proposal = rv.svc.remote.read_reply(forged)
    assert not proposal.can_confirm
    assert any("DMARC: fail" in p for p in proposal.problems), proposal.problems
    with pytest.raises(RuleViolation):
        rv.svc.remote.confirm(proposal)
    assert _counts(rv) == before  # nothing recorded, no evidence stored


def test_a_verified_reply_is_recorded_and_an_unverified_one_says_so(rv: RemoteVault) -> None:
    _trust(rv, f"mx.other.test {OURS}")
    domain = SAM.rpartition("@")[2]
    verified = rv.svc.remote.read_reply(
        _with_results(GOOD, f"{OURS}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}")
    )
    assert verified.can_confirm and verified.notes == (), verified.notes
    unsigned = rv.svc.remote.read_reply(_with_results(GOOD, f"{OURS}; dkim=none; spf=softfail"))
    assert unsigned.can_confirm  # many small providers do not sign: the worker is told
    assert any("kon niet bevestigen" in n for n in unsigned.notes), unsigned.notes
    # An .eml that never passed our server (saved elsewhere, or the attacker's own header).
    elsewhere = rv.svc.remote.read_reply(
        _with_results(GOOD, f"mx.attacker.test; dmarc=pass header.from={domain}")
    )
    assert any("niet door de eigen mailserver" in n for n in elsewhere.notes), elsewhere.notes
    rv.svc.remote.confirm(verified)  # confirm re-reads with the same settings: same verdict


def test_without_the_setting_replies_read_as_before(rv: RemoteVault) -> None:
    plain = rv.svc.remote.read_reply(GOOD)
    assert plain.can_confirm and plain.notes == ()
    _trust(rv, "")
    forged = rv.svc.remote.read_reply(_with_results(GOOD, f"{OURS}; dmarc=fail"))
    assert forged.can_confirm  # nobody named: no header is believed, none is held against it


@pytest.mark.parametrize(
    "bad", ["mx/school", "a" * 300, "mx.school.test;", "-mx.school", "1 2 3 4 5 6"]
)
def test_a_bad_server_name_is_refused_in_dutch(rv: RemoteVault, bad: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _trust(rv, bad)
    assert refused.value.field == "imap_sender_checked_by"
    assert "Authentication-Results" in refused.value.message
    assert rv.svc.mail_account.imap_settings() is None  # nothing saved


def test_saving_all_mail_settings_is_one_change_or_none(rv: RemoteVault) -> None:
    """Instellingen e-mail saves remote policy, mail server, registration and inbox together:
    one refused field (here the sender check) leaves every one of them as it was."""
    from dataclasses import replace

    before = rv.svc.remote.settings()
    smtp_before = rv.svc.remote.set_smtp_settings(
        SmtpSettings("smtp.school.test", 587, Security.STARTTLS, "balie", "pw", "balie@school.test")
    )
    events = _counts(rv)[0]
    with pytest.raises(ValidationError):
        rv.svc.remote.save_mail_settings(
            replace(before, expiry_days=before.expiry_days + 1),
            replace(smtp_before, from_name="Nieuwe naam"),
            None,
            ImapSettings("imap.school.test", sender_checked_by="mx/school"),
        )
    assert rv.svc.remote.settings() == before
    assert rv.svc.remote.smtp_settings() == smtp_before
    assert rv.svc.mail_account.imap_settings() is None
    assert _counts(rv)[0] == events  # nothing logged either
    rv.svc.remote.save_mail_settings(
        before, smtp_before, None, ImapSettings("imap.school.test", sender_checked_by=OURS)
    )
    imap = rv.svc.mail_account.imap_settings()
    assert imap is not None and imap.trusted_checkers() == (OURS,)
