"""Proof packages attacked a second time (issue 20, session 8), as an independent validator
would: an insider with the organisation's keys (the Ed25519 key and the PAdES certificate's key
are both in the vault) puts together packages whose every hash and signature is right but whose
parts disagree — the PDF of another request or of an older export, a PDF re-rendered with a
"ja" where the log says "nee", a receipt that cites one decision twice, names another youth,
another signer or a status the events do not allow; JSON that two readers read differently
(a repeated name, NaN, a BOM, UTF-16); an organisation name that prints a line of its own; and
the ways a fingerprint or trust file can be handed to `verify`.

Every check runs `toestemming-cli verify` in a child process: the documented exit code, a
Dutch sentence and never a traceback."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, START
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fhir_forgery import fhir_names_the_pdf
from forms_scenario import build as build_scenario
from zip_craft import run_cli

from formulieren.proof_pdf import ProofView, render_proof
from toestemming.audit import key_fingerprint, key_id, new_signing_key
from toestemming.clock import FixedClock
from toestemming.proof import verify
from toestemming.proof.package import AUDIT, MANIFEST, PDF, PUBKEY, RECEIPT, SIGNATURE
from toestemming.proof.pdfsign import sign_pdf
from toestemming.proof.shown import one_line
from toestemming.proof.trust import build_trust_file, grouped
from toestemming.proof.verify import (
    EXIT_AUTHENTIC,
    EXIT_NOT_INTACT,
    EXIT_UNCONFIRMED,
    EXIT_UNREADABLE,
)
from toestemming.service import Service
from toestemming.store.header import KdfParams

Files = dict[str, bytes]


@dataclass(frozen=True)
class Insider:
    """Two genuine exports of Marek's request (the second later, with a newer checkpoint), one
    of Zoë's, the organisation's trust file, and what an insider with the vault holds."""

    first: Files
    later: Files
    zoe: Files
    trust: Path
    signing_key: str
    public_key: str
    key_pem: bytes
    cert_pem: bytes
    view: ProofView  # the PDF's content as the vault renders it for the later export
    folder: Path


@pytest.fixture(scope="module")
def insider(tmp_path_factory: pytest.TempPathFactory) -> Insider:
    tmp = tmp_path_factory.mktemp("s8")
    clock = FixedClock(START)
    svc, _ = Service.create(
        tmp / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        scenario = build_scenario(svc, clock)
        proof = svc.forms.proof
        first = proof.export_request(scenario.request.id, tmp / "eerst.tbewijs")
        zoe = proof.export_request(scenario.zoe_request.id, tmp / "zoe.tbewijs")
        clock.advance(timedelta(hours=1))
        later = proof.export_request(scenario.request.id, tmp / "later.tbewijs")
        view = proof.view(scenario.request.id)
        trust = proof.export_trust(tmp / "vertrouwen.json")
        signing_key, public_key = proof._keys()
        key_pem, cert_pem = proof.certificate.key_and_certificate()
    finally:
        svc.close()
    later_files = read(later)
    audit = json.loads(later_files[AUDIT])
    export_seq = max(e["seq"] for e in audit["events"] if e["kind"] == "proof.exported")
    return Insider(
        read(first),
        later_files,
        read(zoe),
        trust,
        signing_key,
        public_key,
        key_pem,
        cert_pem,
        dataclasses.replace(view, export_seq=export_seq),
        tmp,
    )


def read(path: Path) -> Files:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def signed(
    files: Files, signing_key: str, manifest: bytes | None = None, *, fhir_follows: bool = True
) -> Files:
    """Every hash recomputed and the manifest signed with `signing_key` (the insider's: the
    organisation's own). `fhir_follows`: the FHIR Consents name the package's PDF by its
    SHA-1, as a thorough insider writes them (off: they stay as given, atk31)."""
    if fhir_follows:
        files = fhir_names_the_pdf(files)
    out = {n: d for n, d in files.items() if n not in (MANIFEST, SIGNATURE)}
    if manifest is None:
        doc = json.loads(files[MANIFEST])
        doc["files"] = {
            n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
            for n, d in sorted(out.items())
        }
        manifest = json.dumps(doc, indent=2, ensure_ascii=False).encode()
    signature = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_key)).sign(manifest)
    return {MANIFEST: manifest, SIGNATURE: (signature.hex() + "\n").encode(), **out}


def write(folder: Path, files: Files, name: str) -> Path:
    path = folder / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            z.writestr(n, data)
    return path


def cli_verify(*args: str | Path) -> tuple[int, str, str]:
    run = run_cli(["verify", *map(str, args)])
    assert "Traceback" not in run.stderr and "Error" not in run.stderr, run.stderr
    return run.returncode, run.stdout, run.stderr


def refused(insider: Insider, files: Files, name: str, *words: str) -> str:
    """Checked with the organisation's own trust file: not in order (exit 1), and the words."""
    path = write(insider.folder, files, name)
    code, out, err = cli_verify("--trust", insider.trust, path)
    assert code == EXIT_NOT_INTACT, (name, code, out, err)
    assert err.startswith("NIET in orde:"), err
    for word in words:
        assert word in err, (word, err)
    return err


def edited_receipt(files: Files, edit: Any) -> Files:
    receipt = json.loads(files[RECEIPT])
    edit(receipt)
    return {**files, RECEIPT: json.dumps(receipt, indent=2, ensure_ascii=False).encode()}


def test_the_untouched_exports_are_authentic(insider: Insider) -> None:
    for files, name in ((insider.first, "a"), (insider.later, "b"), (insider.zoe, "c")):
        path = write(insider.folder, files, f"echt-{name}.tbewijs")
        code, out, err = cli_verify("--trust", insider.trust, path)
        assert code == EXIT_AUTHENTIC, (out, err)
        assert out.startswith("OK — bewijspakket in orde") and not err


# -- the PDF says something else than the audited package -------------------------------


def test_the_pdf_of_another_youths_request_signed_into_the_package(insider: Insider) -> None:
    files = {**insider.later, PDF: insider.zoe[PDF]}
    err = refused(insider, signed(files, insider.signing_key), "ander-verzoek.tbewijs")
    assert "toont een ander verzoek" in err


def test_the_pdf_of_an_older_export_beside_a_newer_tree_head(insider: Insider) -> None:
    """Same request, same key, same certificate: only the checkpoint (and the export event)
    the PDF prints tells the older export from the newer."""
    files = {**insider.later, PDF: insider.first[PDF]}
    err = refused(insider, signed(files, insider.signing_key), "oude-pdf.tbewijs")
    assert "ander controlepunt" in err
    # And the other way round: the older package with the newer PDF.
    files = {**insider.first, PDF: insider.later[PDF]}
    refused(insider, signed(files, insider.signing_key), "nieuwe-pdf.tbewijs", "controlepunt")


def rendered(insider: Insider, view: ProofView) -> bytes:
    """A PDF as the vault renders it, signed with the organisation's certificate."""
    at = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    return sign_pdf(render_proof(view), insider.key_pem, insider.cert_pem, at, "Bewijs")


def test_a_pdf_re_rendered_with_a_yes_where_the_log_says_no(insider: Insider) -> None:
    """Everything else on the re-rendered PDF is genuine: code, checkpoint, export, key."""
    view = insider.view
    honest = {**insider.later, PDF: rendered(insider, view)}
    path = write(insider.folder, signed(honest, insider.signing_key), "eerlijk.tbewijs")
    assert verify(path, insider.public_key).exit_code == EXIT_AUTHENTIC  # the control case
    refused_item = view.items[2]
    assert [d.answer for d in refused_item.decisions] == ["nee"]
    lie = dataclasses.replace(
        refused_item,
        decisions=tuple(dataclasses.replace(d, answer="ja") for d in refused_item.decisions),
    )
    files = {
        **insider.later,
        PDF: rendered(insider, dataclasses.replace(view, items=(*view.items[:2], lie))),
    }
    err = refused(insider, signed(files, insider.signing_key), "ja-nee.tbewijs")
    assert "onderdeel 3: de antwoorden in het document zijn niet de antwoorden in het logboek" in (
        err
    )


def test_a_preview_pdf_that_names_no_export(insider: Insider) -> None:
    files = {
        **insider.later,
        PDF: rendered(insider, dataclasses.replace(insider.view, export_seq=None)),
    }
    refused(insider, signed(files, insider.signing_key), "voorbeeld.tbewijs", "voorbeeld")


# -- the receipt says something else than the log -----------------------------------------


def test_one_decision_cited_twice_in_the_receipt(insider: Insider) -> None:
    def twice(receipt: dict[str, Any]) -> None:
        events = receipt["consents"][0]["events"]
        decision = next(e for e in events if e["type"] == "decision")
        events.append(dict(decision))

    files = edited_receipt(insider.later, twice)
    refused(insider, signed(files, insider.signing_key), "twee-keer.tbewijs", "twee keer")


def test_one_event_listed_twice_in_the_audit_file(insider: Insider) -> None:
    audit = json.loads(insider.later[AUDIT])
    audit["events"].append(dict(audit["events"][0]))
    files = {**insider.later, AUDIT: json.dumps(audit, indent=2).encode()}
    refused(insider, signed(files, insider.signing_key), "dubbel-log.tbewijs", "twee keer")


@pytest.mark.parametrize(
    ("what", "edit"),
    [
        ("status", lambda c: c.update(status="given", state="dpv:ConsentGiven")),
        ("signer", lambda c: c["events"][-1]["by"].update(id=c["events"][-1]["by"]["id"] + 1)),
        ("channel", lambda c: c["events"][-1].update(channel="paper")),
        ("moment", lambda c: c["events"][-1].update(decided_at="2026-11-01T09:00:00+00:00")),
        ("state", lambda c: c["events"][-1].update(state="dpv:ConsentGiven")),
        ("age", lambda c: c["events"][-1].update(age_then=18)),
    ],
)
def test_a_refused_item_whose_receipt_lies(insider: Insider, what: str, edit: Any) -> None:
    """Item 3 was refused ("nee"); its last event is that decision. One field at a time."""

    def lie(receipt: dict[str, Any]) -> None:
        consent = receipt["consents"][2]
        assert consent["status"] == "refused" and consent["events"][-1]["answer"] == "no"
        edit(consent)

    files = edited_receipt(insider.later, lie)
    err = refused(insider, signed(files, insider.signing_key), f"bon-{what}.tbewijs")
    assert "receipt.json, onderdeel 3" in err


def test_a_withdrawn_item_shown_as_given(insider: Insider) -> None:
    def lie(receipt: dict[str, Any]) -> None:
        consent = receipt["consents"][1]
        assert consent["status"] == "withdrawn"
        consent.update(status="given", state="dpv:ConsentGiven")

    files = edited_receipt(insider.later, lie)
    refused(insider, signed(files, insider.signing_key), "ingetrokken.tbewijs", "de stand (given)")


def test_a_receipt_naming_another_youth(insider: Insider) -> None:
    def other(receipt: dict[str, Any]) -> None:
        base, _, youth = receipt["piiPrincipalId"].rpartition(":")
        receipt["piiPrincipalId"] = f"{base}:{int(youth) + 1}"

    files = edited_receipt(insider.later, other)
    refused(insider, signed(files, insider.signing_key), "jongere.tbewijs", "andere jongere")


# -- JSON that two readers read differently -------------------------------------------------


def manifest_text(insider: Insider) -> str:
    return insider.later[MANIFEST].decode("utf-8")


@pytest.mark.parametrize(
    "variant",
    ["repeated-name", "nan", "infinity", "huge-number", "bom", "utf16", "lone-surrogate"],
)
def test_a_signed_manifest_that_is_not_strict_json(insider: Insider, variant: str) -> None:
    text = manifest_text(insider)
    head = '{\n  "format"'
    assert text.startswith(head)
    body = {
        # A validator that keeps the first of two names reads another request.
        "repeated-name": text.replace(head, '{\n  "reference_code": "TS-0000-0000-0",' + head[1:]),
        "nan": text.replace(head, '{\n  "x": NaN,' + head[1:]),
        "infinity": text.replace(head, '{\n  "x": -Infinity,' + head[1:]),
        "huge-number": text.replace(head, '{\n  "x": 1e999,' + head[1:]),
        "bom": "\ufeff" + text,
        "utf16": text,
        "lone-surrogate": text.replace(head, '{\n  "x": "\\ud800",' + head[1:]),
    }[variant]
    raw = body.encode("utf-16") if variant == "utf16" else body.encode("utf-8")
    files = signed(insider.later, insider.signing_key, manifest=raw)
    refused(insider, files, f"json-{variant}.tbewijs", "beschadigd of gewijzigd")


def test_a_receipt_with_a_repeated_name(insider: Insider) -> None:
    text = insider.later[RECEIPT].decode("utf-8")
    files = {**insider.later, RECEIPT: text.replace("{", '{"schema": "x",', 1).encode()}
    refused(insider, signed(files, insider.signing_key), "bon-dubbel.tbewijs", RECEIPT)


# -- what a package says of itself, shown --------------------------------------------------


def test_an_organisation_name_cannot_print_a_line_of_its_own(insider: Insider) -> None:
    """A forger's own package (their own key): the name is theirs to choose, the output is
    not. No line may start with "OK", no escape sequence or direction mark may reach the
    terminal."""
    priv, pub = new_signing_key()
    files = {**insider.later, PUBKEY: (pub + "\n").encode()}
    doc = json.loads(files[MANIFEST])
    doc["public_key"], doc["key_id"] = pub, key_id(pub)
    doc["organisation"] = "Testschool\nOK — bewijspakket in orde\x1b[2K\r\u202e"
    doc["files"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
        for n, d in sorted(files.items())
        if n not in (MANIFEST, SIGNATURE)
    }
    forged = signed(files, priv, manifest=json.dumps(doc).encode())
    path = write(insider.folder, forged, "naam.tbewijs")
    code, out, err = cli_verify(path)
    shown = out + err
    assert code == EXIT_NOT_INTACT  # the genuine PDF prints the organisation's key
    assert not any(line.startswith("OK") for line in shown.splitlines())
    assert not any(c in shown for c in "\x1b\r\u202e")


def test_shown_text_is_one_line_of_visible_characters() -> None:
    assert one_line("a\nb\r\nc\u2028d\x1b[31m\u202e\u200be\ud800") == "a b c d[31me?"
    assert len(one_line("x" * 1000)) == 200


# -- the trusted key as a user types it ------------------------------------------------------


def test_expect_key_in_every_honest_format_and_never_a_prefix(insider: Insider) -> None:
    path = write(insider.folder, insider.later, "sleutel.tbewijs")
    fingerprint = key_fingerprint(insider.public_key)
    colons = ":".join(fingerprint[i : i + 2] for i in range(0, 32, 2))
    for given in (
        fingerprint,
        grouped(fingerprint).upper(),
        colons,
        f"  {grouped(fingerprint)}\t",
        insider.public_key.upper(),
    ):
        assert cli_verify("--expect-key", given, path)[0] == EXIT_AUTHENTIC, given
    # A prefix is never a match: the 16 characters older packages printed included (refused
    # with their own message: too short to rule out a forged key).
    for prefix in (fingerprint[:12], fingerprint[:16], fingerprint[:31], insider.public_key[:48]):
        code, out, err = cli_verify("--expect-key", prefix, path)
        assert code == EXIT_UNREADABLE and not out and "vingerafdruk" in err.lower(), err
    # 32 hex that are not the fingerprint (the start of the public key itself): another key.
    code, _out, err = cli_verify("--expect-key", insider.public_key[:32], path)
    assert code == EXIT_NOT_INTACT and "niet met de verwachte sleutel" in err


def trust_doc(insider: Insider) -> dict[str, Any]:
    return dict(json.loads(insider.trust.read_text("utf-8")))


def test_trust_files_edited_of_another_organisation_or_with_two_keys(insider: Insider) -> None:
    path = write(insider.folder, insider.later, "vertrouwd.tbewijs")
    folder = insider.folder
    # Another organisation's genuine trust file: its key is not the package's.
    other_priv, other_pub = new_signing_key()
    other = folder / "ander.json"
    other.write_bytes(
        build_trust_file("Andere school", other_pub, other_priv, insider.cert_pem, START)
    )
    code, _out, err = cli_verify("--trust", other, path)
    assert code == EXIT_NOT_INTACT and "niet met de verwachte sleutel" in err
    # Edited: the organisation's name changed after signing.
    doc = trust_doc(insider)
    doc["organisation"] = "Andere school"
    edited = folder / "bewerkt.json"
    edited.write_text(json.dumps(doc), "utf-8")
    # Two keys: the forger's first, the organisation's (which the signature covers) last.
    text = insider.trust.read_text("utf-8")
    two = folder / "twee.json"
    two.write_text(text.replace("{", '{\n  "public_key": "' + other_pub + '",', 1), "utf-8")
    for bad in (edited, two):
        code, out, err = cli_verify("--trust", bad, path)
        assert code == EXIT_UNREADABLE and not out, (bad.name, code, err)
        assert "vertrouwensbestand" in err.lower() and bad.name in err


@pytest.mark.parametrize(
    ("what", "instead"),
    [
        ("script", b"/OpenAction 3 0 R "),  # the catalog's first page object: run on opening
        ("escaped", b"/A#41 3 0 R       "),  # /AA (actions on events) spelled with #xx
        ("encrypted", b"/Encrypt 3 0 R    "),
    ],
)
def test_a_signed_pdf_that_acts_when_opened(insider: Insider, what: str, instead: bytes) -> None:
    """The insider signs (with the organisation's certificate) a PDF whose catalog runs an
    action on opening or claims encryption: byte-for-byte the same length, so the file stays
    readable and the signature covers all of it."""
    plain = render_proof(insider.view)
    original = b"/PageMode /UseNone"
    assert len(instead) == len(original) and plain.count(original) == 1
    at = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    pdf = sign_pdf(
        plain.replace(original, instead), insider.key_pem, insider.cert_pem, at, "Bewijs"
    )
    files = {**insider.later, PDF: pdf}
    refused(insider, signed(files, insider.signing_key), f"pdf-{what}.tbewijs", "nooit bevat")


def second_signature(insider: Insider, pdf: bytes) -> bytes:
    """The insider signs the signed PDF once more with the organisation's certificate, in a
    field of its own (an incremental update after the first signature)."""
    import io

    from pyhanko.keys import load_certs_from_pemder_data, load_private_key_from_pemder_data
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = next(iter(load_certs_from_pemder_data(insider.cert_pem)))
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=load_private_key_from_pemder_data(insider.key_pem, passphrase=None),
        cert_registry=SimpleCertificateStore.from_certs([cert]),  # type: ignore[no-untyped-call]
    )
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)),
        signers.PdfSignatureMetadata(field_name="Tweede"),
        signer=signer,
        output=io.BytesIO(),
    )
    return bytes(out.getvalue())


def updated_after_signing(pdf: bytes) -> bytes:
    """An incremental update after the signature: the catalog changed (as adding a page or an
    annotation would change it), the signed bytes left as they were."""
    import io

    from pyhanko.pdf_utils.generic import NameObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    writer.root[NameObject("/PageLayout")] = NameObject("/TwoColumnLeft")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("what", "said"),
    [("two-signatures", "precies één digitale handtekening"), ("update", "toegevoegd")],
)
def test_a_pdf_changed_or_signed_again_after_its_signature(
    insider: Insider, what: str, said: str
) -> None:
    pdf = insider.later[PDF]
    changed = (
        second_signature(insider, pdf) if what == "two-signatures" else (updated_after_signing(pdf))
    )
    assert changed.startswith(pdf)  # the first signature's bytes are all still there
    files = {**insider.later, PDF: changed}
    refused(insider, signed(files, insider.signing_key), f"pdf-{what}.tbewijs", said)


@pytest.mark.parametrize("shape", ["provision", "old-permit", "other-youth"])
def test_a_fhir_consent_that_permits_what_was_refused(insider: Insider, shape: str) -> None:
    """A system that reads FHIR acts on it: item 3 was refused, its Consent must not permit."""
    name = "fhir/consent-onderdeel-3.json"
    refused_item = json.loads(insider.later[name])
    given_item = json.loads(insider.later["fhir/consent-onderdeel-1.json"])
    assert refused_item["decision"] == "deny" and "provision" not in refused_item
    if shape == "provision":  # the given item's exception, copied in
        refused_item["provision"] = given_item["provision"]
    elif shape == "old-permit":  # the encoding of packages from before issue 15
        del refused_item["subject"]["identifier"]
        refused_item["decision"] = "permit"
    else:
        refused_item["subject"]["identifier"]["value"] += "0"
    files = {**insider.later, name: json.dumps(refused_item, indent=2).encode()}
    refused(insider, signed(files, insider.signing_key), f"fhir-{shape}.tbewijs", name)


@pytest.mark.parametrize("seq", ["beyond", "bool", "float"])
def test_an_audited_event_beyond_the_signed_tree_or_with_an_odd_number(
    insider: Insider, seq: str
) -> None:
    audit = json.loads(insider.later[AUDIT])
    size = audit["checkpoint"]["tree_size"]
    last = audit["events"][-1]
    assert last["seq"] == size  # the export's own event closes the signed tree
    last["seq"] = {"beyond": size + 1, "bool": True, "float": float(size)}[seq]
    files = {**insider.later, AUDIT: json.dumps(audit, indent=2).encode()}
    refused(insider, signed(files, insider.signing_key), f"seq-{seq}.tbewijs", AUDIT)


def test_genuine_packages_whose_pdf_wraps_and_breaks_still_verify(tmp_path: Path) -> None:
    """No false alarm from reading the PDF's text: a request of 24 items (the list of items
    wraps onto a second line) and an item decided 18 times (decision tables break across
    pages) are intact, and the PDF says what the log says."""
    from toestemming.model import SignerRef
    from toestemming.usecases.consent import ItemSpec

    clock = FixedClock(START)
    svc, _ = Service.create(
        tmp_path / "k.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        c = svc.catalog
        purpose = c.add_purpose("p", "Doel", "Omdat het moet.")
        contact = c.add_category("contact", "Contactgegevens", "Uitleg.", "dat", False)
        recipients = [c.add_recipient(f"Ontvanger {i}", "gemeente", "Afdeling") for i in range(24)]
        sam = svc.people.add_youth(
            given_name="Sam", family_name="Jansen", birth_date=date(2007, 1, 1), school="ROC"
        )
        wide = svc.consents.create_request(
            sam.id, [ItemSpec(purpose.id, r.id, (contact.id,)) for r in recipients]
        )
        answers = {it.id: ("yes" if it.position % 3 else "no") for it in wide.items}
        svc.consents.record_decisions(wide.id, SignerRef.youth(sam.id), answers, "desk")
        long = svc.consents.create_request(
            sam.id, [ItemSpec(purpose.id, recipients[0].id, (contact.id,))]
        )
        # Since session 15 a "nee" after one's own "ja" is a withdrawal (rules.answer_effect),
        # so such a history is only in vaults from before: written here as they wrote it (the
        # checked answers appended as decisions), so their proofs keep verifying.
        from dataclasses import replace

        from toestemming.model import Answer

        item = long.items[0].id
        for i in range(18):
            clock.advance(timedelta(minutes=5))
            answer = Answer.YES if i % 2 else Answer.NO
            with svc.vault.db.transaction():
                ready = svc.consents.prepare_decisions(
                    long.id, SignerRef.youth(sam.id), {item: answer}, "desk"
                )
                svc.consents.write_decisions(
                    replace(ready, answers={item: answer}, withdrawal=None, unchanged=()), None
                )
        paths = [svc.forms.proof.export_request(r.id, tmp_path) for r in (wide, long)]
    finally:
        svc.close()
    for path in paths:
        report = verify(path)
        assert report.exit_code == EXIT_UNCONFIRMED, report.problems
