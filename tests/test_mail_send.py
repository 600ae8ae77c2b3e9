"""Composing and sending the request e-mail through a real SMTP server on localhost."""

from __future__ import annotations

import email
import json
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from mail_corpus import ORG, SAM
from mail_support import (
    SMTP_PASSWORD,
    Cert,
    RemoteVault,
    self_signed,
    smtp_server,
)

from toestemming.capture.settings import RemoteSettings, Security
from toestemming.capture.smtp import SendError
from toestemming.errors import RuleViolation, ValidationError
from toestemming.model import SignerRef
from toestemming.service import Service


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    return self_signed(tmp_path_factory.mktemp("cert"))


def _parse(data: bytes) -> EmailMessage:
    msg = email.message_from_bytes(data, _class=EmailMessage, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _assert_request_message(msg: EmailMessage, rv: RemoteVault) -> None:
    code = rv.main.reference_code
    assert msg["Subject"] == f"Vraag om toestemming – Testschool – code {code}"
    assert msg["To"].addresses[0].addr_spec == SAM
    assert msg["From"].addresses[0].addr_spec == ORG
    msgid = str(msg["Message-ID"]).strip()  # long ids are folded onto the next line
    assert msgid.startswith("<") and msgid.endswith("@testschool.example>")
    assert msg["Date"].datetime == rv.clock.now()
    assert msg.get_content_type() == "multipart/alternative"
    plain_part = msg.get_body(("plain",))
    html_part = msg.get_body(("html",))
    assert plain_part is not None and html_part is not None
    plain = plain_part.get_content().replace("\r\n", "\n")
    html = html_part.get_content().replace("\r\n", "\n")
    for text in (plain, html):
        assert code in text
        assert "Beste Sam de Vries" in text
        assert "Begeleiding naar werk" in text and "Stage regelen" in text
        assert "UWV" in text and "Bakkerij De Korenschoof" in text
        assert "Nee zeggen mag altijd" in text
        assert "intrekken" in text
        assert "Balie: 030-1234567" in text
    # Every item text exactly as stored (and hashed) on the request is in the plain part.
    for item in rv.main.items:
        assert item.text in plain
    assert plain.index("Onderdeel 1:") < plain.index("Onderdeel 2:")
    assert "<strong>" + code + "</strong>" in html


def test_send_with_starttls_arrives_complete_and_is_logged(rv: RemoteVault, cert: Cert) -> None:
    with smtp_server(Security.STARTTLS, cert) as server:
        rv.svc.remote.set_smtp_settings(server.settings())
        sent = rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    assert len(server.handler.received) == 1
    got = server.handler.received[0]
    assert got.mail_from == ORG and got.rcpt_tos == [SAM]
    msg = _parse(got.data)
    _assert_request_message(msg, rv)
    assert str(msg["Message-ID"]).strip() == sent.message_id
    # Logged with its Message-ID, and the sent copy is evidence whose hash is in the chain.
    assert [m.message_id for m in rv.svc.remote.sent_messages(rv.main.id)] == [sent.message_id]
    assert sent.evidence_id is not None
    stored = rv.svc.evidence.content(sent.evidence_id)
    assert str(_parse(stored)["Message-ID"]).strip() == sent.message_id
    events = [
        json.loads(r[0])["data"]
        for r in rv.svc.vault.db.query("SELECT body FROM events WHERE kind = 'remote.sent'")
    ]
    assert events[0]["message_id"] == sent.message_id and events[0]["via"] == "smtp"
    assert SAM not in json.dumps(events)  # the address only as a salted commitment
    assert rv.svc.verify_audit(deep=True).ok


def test_send_with_ssl(rv: RemoteVault, cert: Cert) -> None:
    with smtp_server(Security.SSL, cert) as server:
        rv.svc.remote.set_smtp_settings(server.settings())
        rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id), reminder=True)
    msg = _parse(server.handler.received[0].data)
    assert msg["Subject"].startswith("Herinnering: vraag om toestemming")
    assert rv.svc.remote.sent_messages(rv.main.id)[0].kind == "reminder"


def test_plain_local_relay_without_login(rv: RemoteVault) -> None:
    with smtp_server(Security.NONE) as server:
        rv.svc.remote.set_smtp_settings(server.settings(host="127.0.0.1"))
        rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    _assert_request_message(_parse(server.handler.received[0].data), rv)


def test_english_request(rv: RemoteVault, cert: Cert) -> None:
    from toestemming.usecases.consent import ItemSpec

    item = rv.main.items[0]
    rv.svc.catalog.revise_purpose(item.purpose.id, "Guidance to work", "So you get help.", "en")
    req = rv.svc.consents.create_request(
        rv.sam.id,
        [ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))],
        language="en",
    )
    mail = rv.svc.remote.compose(req.id, SignerRef.youth(rv.sam.id))
    assert mail.subject.startswith("Request for consent – Testschool – code " + req.reference_code)
    assert (
        "Dear Sam de Vries" in mail.plain and "Reference code: " + req.reference_code in mail.plain
    )
    assert "withdraw" in mail.html and 'lang="en"' in mail.html


def test_untrusted_certificate_sends_nothing_and_logs_nothing(
    rv: RemoteVault, cert: Cert, tmp_path: Path
) -> None:
    other = self_signed(tmp_path, "localhost")  # a different key: not the server's
    with smtp_server(Security.STARTTLS, cert) as server:
        rv.svc.remote.set_smtp_settings(server.settings(ca_file=str(other.cert)))
        with pytest.raises(SendError) as err:
            rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    assert "certificaat" in err.value.message
    assert server.handler.received == []
    assert rv.svc.remote.sent_messages(rv.main.id) == []


def test_missing_ca_file_is_a_clear_error(rv: RemoteVault, cert: Cert, tmp_path: Path) -> None:
    with smtp_server(Security.STARTTLS, cert) as server:
        rv.svc.remote.set_smtp_settings(server.settings(ca_file=str(tmp_path / "weg.pem")))
        with pytest.raises(SendError, match="certificaatbestand"):
            rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    assert server.handler.received == []


def test_wrong_password_and_unreachable_server(rv: RemoteVault, cert: Cert) -> None:
    with smtp_server(Security.STARTTLS, cert) as server:
        rv.svc.remote.set_smtp_settings(server.settings(password="fout"))
        with pytest.raises(SendError, match="Inloggen"):
            rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
        port = server.port
    rv.svc.remote.set_smtp_settings(
        rv.svc.remote.smtp_settings().__class__(  # type: ignore[union-attr]
            **{**rv.svc.remote.smtp_settings().__dict__, "port": port}  # type: ignore[union-attr]
        )
    )
    with pytest.raises(SendError, match="niet bereikbaar"):
        rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    assert rv.svc.remote.sent_messages(rv.main.id) == []


def test_password_lives_only_inside_the_encrypted_vault(
    rv: RemoteVault, cert: Cert, tmp_path: Path
) -> None:
    with smtp_server(Security.STARTTLS, cert) as server:
        rv.svc.remote.set_smtp_settings(server.settings())
    path = rv.svc.vault.path if hasattr(rv.svc.vault, "path") else tmp_path / "m.tvault"
    rv.svc.close()
    for f in tmp_path.iterdir():
        if f.is_file():
            assert SMTP_PASSWORD.encode() not in f.read_bytes(), f.name
    again = Service.open(path, "correct horse battery staple")
    try:
        settings = again.remote.smtp_settings()
        assert settings is not None and settings.password == SMTP_PASSWORD
        bodies = b"".join(r[0] for r in again.vault.db.query("SELECT body FROM events"))
        assert SMTP_PASSWORD.encode() not in bodies
    finally:
        again.close()


def test_eml_and_mailto_fallbacks_are_logged(rv: RemoteVault) -> None:
    data, sent = rv.svc.remote.export_eml(rv.main.id, SignerRef.youth(rv.sam.id))
    _assert_request_message(_parse(data), rv)
    assert sent.via == "eml" and str(_parse(data)["Message-ID"]).strip() == sent.message_id
    uri, sent2 = rv.svc.remote.mailto(rv.main.id, SignerRef.youth(rv.sam.id))
    assert uri.startswith("mailto:" + SAM + "?subject=") and "%0A" in uri
    assert [m.via for m in rv.svc.remote.sent_messages(rv.main.id)] == ["eml", "mailto"]
    assert sent2.message_id != sent.message_id


def test_settings_are_validated(rv: RemoteVault, cert: Cert) -> None:
    with smtp_server(Security.STARTTLS, cert) as server:
        good = server.settings()
    for bad in (
        {"host": "bad host!"},
        {"port": 0},
        {"security": Security.NONE},  # with a login over the network
        {"from_address": "geen-adres"},
    ):
        with pytest.raises(ValidationError):
            rv.svc.remote.set_smtp_settings(good.__class__(**{**good.__dict__, **bad}))
    for bad_remote in (
        RemoteSettings(expiry_days=0),
        RemoteSettings(expiry_days=5, reminder_after_days=5),
        RemoteSettings(app_number="12345"),
    ):
        with pytest.raises(ValidationError):
            rv.svc.remote.set_settings(bad_remote)


def test_no_address_or_not_a_decider(rv: RemoteVault) -> None:
    rv.svc.people.update_youth(rv.sam.id, email="")
    with pytest.raises(ValidationError, match="geen e-mailadres"):
        rv.svc.remote.compose(rv.main.id, SignerRef.youth(rv.sam.id))
    with pytest.raises(RuleViolation):
        rv.svc.remote.compose(rv.main.id, SignerRef.youth(rv.noor.id))


def test_a_missing_address_is_filled_in_for_a_decider_only(rv: RemoteVault) -> None:
    """The send dialog's 'Adres opslaan': a parent's address is stored through the ordinary
    update (and logged); a bad or empty address, or someone who does not decide on this
    request (another youth's id typed into the call), changes nothing."""
    from toestemming.usecases.consent import ItemSpec

    young = rv.svc.people.add_youth(
        given_name="Lina", family_name="Haddou", birth_date="2013-03-03"
    )
    mother = rv.svc.people.add_representative(young.id, "Samira Haddou", "parent", True)
    item = rv.main.items[0]
    spec = ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))
    request = rv.svc.consents.create_request(young.id, [spec])
    mum = SignerRef.representative(mother.id)
    for bad in ("samira@", "", "   ", "sämira@example.org"):
        with pytest.raises(ValidationError, match="e-mailadres"):
            rv.svc.remote.set_email(request.id, mum, bad)
    with pytest.raises(RuleViolation):
        rv.svc.remote.set_email(request.id, SignerRef.youth(rv.noor.id), "x@example.org")
    assert rv.svc.people.representative(mother.id).email == ""
    assert rv.svc.people.youth(rv.noor.id).email != "x@example.org"
    contact = rv.svc.remote.set_email(request.id, mum, " samira@example.org ")
    assert contact.email == "samira@example.org"
    again = rv.svc.people.representative(mother.id)
    assert (again.name, again.email) == ("Samira Haddou", "samira@example.org")
    assert rv.svc.remote.compose(request.id, mum).to == "samira@example.org"


def test_no_smtp_settings_means_clear_message(rv: RemoteVault) -> None:
    with pytest.raises(ValidationError, match="geen mailserver"):
        rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))


def test_english_request_to_a_parent_names_the_role_in_english(rv: RemoteVault) -> None:
    from toestemming.usecases.consent import ItemSpec

    young = rv.svc.people.add_youth(
        given_name="Lina", family_name="Haddou", birth_date="2013-03-03"
    )
    mother = rv.svc.people.add_representative(
        young.id, "Samira Haddou", "parent", True, email="samira@example.org"
    )
    item = rv.main.items[0]
    rv.svc.catalog.revise_purpose(item.purpose.id, "Guidance to work", "So you get help.", "en")
    spec = ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))
    english = rv.svc.consents.create_request(young.id, [spec], language="en")
    mail = rv.svc.remote.compose(english.id, SignerRef.representative(mother.id))
    assert "As parent you decide per part" in mail.plain and "ouder" not in mail.plain
    dutch = rv.svc.consents.create_request(young.id, [spec])
    assert "ouder" in rv.svc.remote.compose(dutch.id, SignerRef.representative(mother.id)).plain


def test_contact_line_in_the_language_of_the_message(rv: RemoteVault) -> None:
    from dataclasses import replace

    from toestemming.usecases.consent import ItemSpec

    settings = replace(
        rv.svc.remote.settings(),
        contact_text="Balie: 030-1234567 (ma–vr 9–17 uur)",
        contact_text_en="Desk: 030-1234567 (Mon–Fri 9–17)",
    )
    rv.svc.remote.set_settings(settings)
    item = rv.main.items[0]
    rv.svc.catalog.revise_purpose(item.purpose.id, "Guidance to work", "So you get help.", "en")
    spec = ItemSpec(item.purpose.id, item.recipient.id, tuple(c.id for c in item.categories))
    english = rv.svc.consents.create_request(rv.sam.id, [spec], language="en")
    en_mail = rv.svc.remote.compose(english.id, SignerRef.youth(rv.sam.id))
    nl_mail = rv.svc.remote.compose(rv.main.id, SignerRef.youth(rv.sam.id))
    assert "Desk: 030-1234567 (Mon–Fri 9–17)" in en_mail.plain and "Balie" not in en_mail.plain
    assert "Balie: 030-1234567 (ma–vr 9–17 uur)" in nl_mail.plain and "Desk" not in nl_mail.plain
    # Without an English line, the Dutch one is still better than none.
    rv.svc.remote.set_settings(replace(settings, contact_text_en=""))
    again = rv.svc.remote.compose(english.id, SignerRef.youth(rv.sam.id))
    assert "Balie: 030-1234567" in again.plain
    with pytest.raises(ValidationError):
        rv.svc.remote.set_settings(replace(settings, contact_text_en="x" * 501))


def test_an_address_with_an_accented_domain_is_sent_to_its_ascii_form(rv: RemoteVault) -> None:
    """ "sam@exämple.nl" is a valid address: the envelope and the To header carry the IDNA
    form (xn--…), never raw UTF-8 that a server without SMTPUTF8 refuses."""
    rv.svc.people.update_youth(rv.sam.id, email="sam@exämple.nl")
    with smtp_server(Security.NONE) as server:
        rv.svc.remote.set_smtp_settings(server.settings(host="127.0.0.1"))
        rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    got = server.handler.received[0]
    assert got.rcpt_tos == ["sam@xn--exmple-cua.nl"]
    assert "sam@xn--exmple-cua.nl" in str(_parse(got.data)["To"])


def test_an_accented_mailbox_stored_by_an_older_version_is_refused_in_dutch(
    rv: RemoteVault,
) -> None:
    """Letters like ë before the @ cannot be entered any more; one already in the vault makes
    sending say why (no traceback), and nothing is logged as sent."""
    from toestemming.errors import ValidationError

    db = rv.svc.vault.db
    with db.transaction():
        db.execute("UPDATE youths SET email = 'zoë@example.nl' WHERE id = ?", (rv.sam.id,))
    with smtp_server(Security.NONE) as server:
        rv.svc.remote.set_smtp_settings(server.settings(host="127.0.0.1"))
        with pytest.raises(ValidationError, match="vóór de @"):
            rv.svc.remote.send(rv.main.id, SignerRef.youth(rv.sam.id))
    assert server.handler.received == []
    assert rv.svc.remote.sent_messages(rv.main.id) == []
