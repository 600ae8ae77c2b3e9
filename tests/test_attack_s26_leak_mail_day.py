"""Attack s26, the leak day through mail, replies and paper (atk25 did the command line): a
youth and a parent with canary values — names, e-mail, phone, date of birth, student number,
the request's reference code, the parent's reply body and attachment, the passphrase — go
through a real aiosmtpd (the request, a reminder, a recipient the server refuses), a reply
read in as a dropped .eml (with an attachment) and confirmed, a second reply nobody can place,
the transitieformulier and the paper form rendered to PDF. HOME, the XDG folders and TMPDIR
are fresh folders of this test and the app's own rotating log file is attached (at DEBUG,
stricter than the app's INFO: every library's debug lines too).

Afterwards every file under those folders and under the vault's folder (except the vault and
its -wal/-shm, the header, and the PDFs the test itself wrote), everything printed (stdout,
stderr), every log record (the file and the records at every level, libraries included) and
every exception message the day raised are searched for every canary: plain, case-folded,
UTF-16, base64, quoted-printable and URL-encoded (tests/test_attack_s25_leak_day.py's forms)."""

from __future__ import annotations

import email
import logging
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from mail_support import Cert, self_signed, smtp_server
from test_attack_s25_leak_day import _forms, _leaks

from toestemming.applog import configure_logging, remove_logging
from toestemming.capture.settings import RemoteSettings, Security
from toestemming.clock import FixedClock
from toestemming.errors import ToestemmingError
from toestemming.model import ItemStatus, SignerRef
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.usecases.consent import ItemSpec
from toestemming.usecases.forms_data import (
    ContactPerson,
    Internship,
    Perspective,
    TransitionFormData,
)

PASS = "Kanarie-wachtwoordzin Vuurtoren 8812"
START = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
ORG = "balie@testschool.example"
YOUTH_MAIL = "zwanhilde.kwakernaak@voorbeeld.example"
PARENT_MAIL = "ermengarde.ploegmaker@voorbeeld.example"
VALUES = {
    "youth": "Zwanhilde",
    "family": "Kwakernaak",
    "parent": "Ermengarde",
    "youth_mail": YOUTH_MAIL,
    "parent_mail": PARENT_MAIL,
    "phone": "0698761234",
    "parent_phone": "0612983476",
    "birth": "2009-03-17",
    "birth_nl": "17-03-2009",
    "student": "LLN-93517",
    "body": "Vuurtorenwachter",
    "attachment": "Hooibergnaald",
    "mentor": "Gerbrandina",
    "passphrase": PASS,
}


def _reply(original: bytes, body: str, sender: str) -> bytes:
    orig = email.message_from_bytes(original, policy=policy.default)
    msg = EmailMessage()
    # Zwanhilde (17) decides and answers herself (reply28: a reply from her address signed by
    # her mother is not hers to record)
    msg["From"] = f"Zwanhilde Kwakernaak <{sender}>"
    msg["To"] = ORG
    msg["Subject"] = "Re: " + str(orig["Subject"])
    msg["Date"] = format_datetime(START + timedelta(hours=2))
    msg["Message-ID"] = make_msgid(domain="voorbeeld.example")
    msg["In-Reply-To"] = msg["References"] = str(orig["Message-ID"]).strip()
    msg.set_content(f"{body}\n\nGroet, Zwanhilde Kwakernaak\n")
    msg.add_attachment(
        b"Bijlage van Ermengarde: Hooibergnaald\n",
        maintype="text",
        subtype="plain",
        filename="Hooibergnaald Kwakernaak.txt",
    )
    return msg.as_bytes(policy=policy.SMTP)


def isolate(base: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Fresh HOME, XDG folders and TMPDIR under `base` (tempfile's cached folder too)."""
    roots: dict[str, Path] = {}
    for var, name in (
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_RUNTIME_DIR", "runtime"),
        ("TMPDIR", "tmp"),
    ):
        roots[name] = base / name
        roots[name].mkdir(parents=True, mode=0o700)
        monkeypatch.setenv(var, str(roots[name]))
    monkeypatch.setattr(tempfile, "tempdir", str(roots["tmp"]))
    return roots


def files_with(
    root: Path, base: Path, skip: set[Path], canaries: dict[str, set[bytes]]
) -> Iterator[tuple[str, list[str]]]:
    """Each file under `root` (but `skip`) whose content or name holds a canary."""
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p not in skip):
        # A file name is data too (a temp copy named after the youth).
        name = str(path.relative_to(base))
        hits = _leaks(path.read_bytes(), canaries) + _leaks(name.encode(), canaries)
        if hits:
            yield name, hits


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> Cert:
    return self_signed(tmp_path_factory.mktemp("cert"))


def test_a_mail_and_paper_day_leaves_no_personal_data_behind(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    cert: Cert,
) -> None:
    roots = isolate(tmp_path, monkeypatch)
    for name in ("work", "out"):
        roots[name] = tmp_path / name
        roots[name].mkdir(mode=0o700)
    caplog.set_level(logging.DEBUG)
    # The test's own SMTP server (aiosmtpd, same process) logs every line it receives: it is
    # the parent's mail provider here, not the app.
    monkeypatch.setattr(logging.getLogger("mail.log"), "propagate", False)
    monkeypatch.setattr(logging.getLogger("mail.log"), "disabled", True)
    log_dir = roots["state"] / "log"
    configure_logging(log_dir, level=logging.DEBUG)
    raised: list[str] = []
    written: set[Path] = set()
    try:
        clock = FixedClock(START)
        vault = roots["work"] / "kluis.tvault"
        svc, _ = Service.create(vault, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
        code = _mail_day(svc, clock, cert, vault, roots["out"], raised, written)
    finally:
        remove_logging(log_dir)
    out, err = capfd.readouterr()
    canaries = {k: _forms(v) for k, v in (VALUES | {"ref": code}).items()}

    vault_files = {
        vault,
        vault.with_name(vault.name + "-wal"),
        vault.with_name(vault.name + "-shm"),
    }
    skip = written | vault_files
    found = {k: v for root in roots.values() for k, v in files_with(root, tmp_path, skip, canaries)}
    assert not found, found
    assert list(log_dir.glob("toestemming.log*")), "the app's log file was written"
    assert _leaks(out.encode(), canaries) == [], out
    assert _leaks(err.encode(), canaries) == [], err
    records = "\n".join(
        f"{r.name} {r.getMessage()} {r.exc_text or ''} {r.exc_info[1] if r.exc_info else ''}"
        for r in caplog.records
    )
    assert _leaks(records.encode(), canaries) == [], records
    assert raised, "the day raised its refusals"
    assert _leaks("\n".join(raised).encode(), canaries) == [], raised


def _mail_day(
    svc: Service,
    clock: FixedClock,
    cert: Cert,
    vault_path: Path,
    out: Path,
    raised: list[str],
    written: set[Path],
) -> str:
    def refused(call: object, *args: object, **kw: object) -> None:
        try:
            call(*args, **kw)  # type: ignore[operator]
        except ToestemmingError as exc:
            raised.extend([str(exc), repr(exc), exc.message if hasattr(exc, "message") else ""])
            raised.extend(str(a) for a in exc.args)
            cause = exc.__cause__ or exc.__context__
            raised.append(repr(cause))
        else:
            raise AssertionError(f"{call} was not refused")

    c = svc.catalog
    uwv = c.add_recipient("UWV", "arbeid", "Werkbedrijf")
    bakker = c.add_recipient("Bakkerij De Korenschoof", "werkgever", "")
    werk = c.add_purpose("werk", "Begeleiding naar werk", "Zodat je hulp krijgt bij werk.")
    stage = c.add_purpose("stage", "Stage regelen", "Zodat je stagebedrijf weet wat je nodig hebt.")
    contact = c.add_category("contact", "Contactgegevens", "Naam, adres, telefoon.", "dat", False)
    stagegeg = c.add_category("stagegeg", "Stagegegevens", "Waar en hoe.", "wat", False)
    youth = svc.people.add_youth(
        given_name=VALUES["youth"],
        family_name=VALUES["family"],
        birth_date=VALUES["birth"],
        email=YOUTH_MAIL,
        phone=VALUES["phone"],
        external_ref=VALUES["student"],
    )
    parent = svc.people.add_representative(
        youth.id, "Ermengarde Kwakernaak", "parent", True, PARENT_MAIL, VALUES["parent_phone"]
    )
    request = svc.consents.create_request(
        youth.id,
        [ItemSpec(werk.id, uwv.id, (contact.id,)), ItemSpec(stage.id, bakker.id, (stagegeg.id,))],
    )
    svc.remote.set_settings(
        RemoteSettings(app_number="+31 6 11122233", reply_address=ORG, contact_text="Balie")
    )
    signer = SignerRef.youth(youth.id)  # 17: she decides; her signer is on file
    assert parent.id
    with smtp_server(Security.STARTTLS, cert) as server:
        svc.remote.set_smtp_settings(server.settings())
        sent = svc.remote.send(request.id, signer)
        clock.advance(timedelta(days=3))
        svc.remote.send(request.id, signer, reminder=True)
        # A wrong password: refused, with what message?
        svc.remote.set_smtp_settings(server.settings(password="fout-wachtwoord-123"))
        refused(svc.remote.send, request.id, signer, reminder=True)
    assert len(server.handler.received) == 2
    raw = server.handler.received[0].data
    assert b"Kwakernaak" in raw or request.reference_code.encode() in raw  # the mail is real
    original = svc.evidence.content(sent.evidence_id) if sent.evidence_id else raw

    # Her reply, dropped as .eml: read, shown, confirmed.
    clock.advance(timedelta(hours=1))
    reply = _reply(original, "1 ja 2 nee. Vuurtorenwachter", YOUTH_MAIL)
    proposal = svc.remote.read_reply(reply)
    assert not proposal.problems, proposal.problems
    clock.advance(timedelta(minutes=5))
    svc.remote.confirm(proposal)
    assert svc.consents.item_status(request.items[0].id).status == ItemStatus.GIVEN
    # The same reply again, and one from nobody we know: the worker is told, nothing recorded.
    refused(svc.remote.confirm, proposal)
    stranger = svc.remote.read_reply(
        _reply(original, "ja Vuurtorenwachter", "iemand@elders.example")
    )
    raised.extend(stranger.problems)
    refused(svc.remote.confirm, stranger)

    # Paper: the transitieformulier and the paper consent form, saved where the worker chose.
    data = TransitionFormData(
        request_id=request.id,
        internships=(
            Internship("Bakkerij De Korenschoof", "Brood bakken", None, None, 16, "Goed.", "Rust."),
        ),
        perspective=Perspective.WORK,
        perspective_notes="Doel: werk. Mentor Gerbrandina.",
        school_contact=ContactPerson("Gerbrandina Mentor", "Praktijkschool", "030-1234567"),
        municipality_contact=ContactPerson("Gerbrandina Gemeente", "Gemeente Utrecht"),
    )
    svc.forms.save_transition_form(youth.id, data)
    for name, pdf in (
        ("transitie.pdf", svc.forms.render_transition_form(youth.id)),
        ("papier.pdf", svc.forms.render_paper_consent(request.id)),
    ):
        assert b"%PDF" in pdf[:8]
        (out / name).write_bytes(pdf)
        written.add(out / name)
    svc.forms.record_printed(
        "transitieformulier", youth.id, svc.forms.render_transition_form(youth.id)
    )
    # An unknown youth and a wrong passphrase: refused.
    refused(svc.forms.render_transition_form, youth.id + 99)
    code = request.reference_code
    svc.close()
    refused(Service.open, vault_path, "fout-wachtwoordzin 1234", clock)
    return code
