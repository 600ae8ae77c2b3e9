"""Proof packages attacked the way an outsider (or an insider with the organisation's key)
would after the issue 20 work: JSON shaped to cost far more memory than its size or to nest
past Python's recursion limit, bytes hidden outside the zip's members (a zip comment, a
second zip pasted before or after, bytes between two members), entries that are not plain
files (a link, a device, a folder with content, a member comment, a stored member with a
trailing data descriptor, a descriptor that lies), inputs that are not packages at all, and a
youth's package holding another youth's request or a nested bomb.

Every one runs through `toestemming-cli verify` in a child process where it matters: the exit
code is the documented one, stderr is a Dutch sentence and never a traceback, and the peak
memory stays under 200 MB."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import stat
import struct
import subprocess
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import PASSPHRASE, START
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from forms_scenario import build as build_scenario
from zip_craft import MIB, build, deflated, run_cli, stored, zero_bomb

from toestemming.audit import key_id, new_signing_key
from toestemming.clock import FixedClock
from toestemming.proof import verify
from toestemming.proof.package import MANIFEST, PUBKEY, RECEIPT, SIGNATURE
from toestemming.proof.verify import EXIT_NOT_INTACT, EXIT_UNCONFIRMED, EXIT_UNREADABLE
from toestemming.proof.youth import bundle
from toestemming.service import Service
from toestemming.store.header import KdfParams

MEMORY_BUDGET_MB = 200
Files = dict[str, bytes]


@dataclass(frozen=True)
class Exported:
    path: Path  # Marek's request package
    files: Files
    zoe: Path  # Zoë's request package (another youth)
    marek_youth: int
    zoe_youth: int
    organisation: str
    vault_id: str
    signing_key: str  # the organisation's own key: the insider's attacks
    public_key: str


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Exported:
    tmp = tmp_path_factory.mktemp("pakketten")
    clock = FixedClock(START)
    svc, _ = Service.create(
        tmp / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        scenario = build_scenario(svc, clock)
        proof = svc.forms.proof
        path = proof.export_request(scenario.request.id, tmp)
        zoe = proof.export_request(scenario.zoe_request.id, tmp)
        signing_key, public_key = proof._keys()  # what an insider with the vault holds
        ctx = svc.context
        organisation, vault_id = ctx.organisation, ctx.meta("vault_id") or ""
    finally:
        svc.close()
    with zipfile.ZipFile(path) as z:
        files = {i.filename: z.read(i) for i in z.infolist()}
    assert verify(path).exit_code == EXIT_UNCONFIRMED
    return Exported(
        path,
        files,
        zoe,
        scenario.marek,
        scenario.zoe,
        organisation,
        vault_id,
        signing_key,
        public_key,
    )


def zipped(files: Files, *, comment: bytes = b"") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
        z.comment = comment
    return buf.getvalue()


def resigned(files: Files) -> Files:
    """Every hash recomputed and signed with a forger's fresh key (the key file replaced too),
    so the package passes the manifest and reaches what is parsed after it."""
    priv, pub = new_signing_key()
    out = {n: d for n, d in files.items() if n not in (MANIFEST, SIGNATURE)}
    out[PUBKEY] = (pub + "\n").encode()
    manifest = json.loads(files[MANIFEST])
    manifest["public_key"], manifest["key_id"] = pub, key_id(pub)
    manifest["files"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in sorted(out.items())
    }
    body = json.dumps(manifest).encode()
    signature = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(priv)).sign(body)
    return {MANIFEST: body, SIGNATURE: (signature.hex() + "\n").encode(), **out}


def cli_refuses(path: Path, *words: str, code: int = EXIT_NOT_INTACT) -> str:
    run = run_cli(["verify", str(path)])
    assert run.returncode == code, (path.name, run.returncode, run.stdout, run.stderr)
    assert "Traceback" not in run.stderr and "Error" not in run.stderr, run.stderr
    assert run.peak_mb < MEMORY_BUDGET_MB, (path.name, run.peak_mb)
    for word in words:
        assert word in run.stderr, (word, run.stderr)
    return run.stderr


# -- JSON that costs more than its size ---------------------------------------------------
def test_a_manifest_nested_past_the_recursion_limit_is_a_sentence_not_a_traceback(
    exported: Exported, tmp_path: Path
) -> None:
    files = dict(exported.files)
    files[MANIFEST] = b"[" * 100_000  # 100 kB: RecursionError inside json.loads
    path = tmp_path / "diep.tbewijs"
    path.write_bytes(zipped(files))
    cli_refuses(path, "NIET in orde", "manifest.json")


def test_a_manifest_of_ten_megabytes_of_empty_objects_is_refused_before_parsing(
    exported: Exported, tmp_path: Path
) -> None:
    # 10 MB of "{}," parses to ~850 MB of dicts: refused on its size, before json runs.
    files = dict(exported.files)
    files[MANIFEST] = b"[" + b"{}," * (10 * MIB // 3) + b"{}]"
    path = tmp_path / "breed.tbewijs"
    path.write_bytes(zipped(files))
    cli_refuses(path, "manifest.json", "groter dan toegestaan")


@pytest.mark.parametrize(
    "shape",
    [b"[" + b"{}," * (MIB + MIB // 3) + b"{}]", b"[" * 50_000],
    ids=["4 MB of empty objects", "nested"],
)
def test_a_forged_signed_receipt_shaped_to_explode_is_refused_cheaply(
    exported: Exported, tmp_path: Path, shape: bytes
) -> None:
    files = dict(exported.files)
    files[RECEIPT] = shape
    path = tmp_path / "bon.tbewijs"
    path.write_bytes(zipped(resigned(files)))
    cli_refuses(path, "NIET in orde", "receipt.json")


def test_a_trust_file_nested_past_the_recursion_limit_cannot_be_used(
    exported: Exported, tmp_path: Path
) -> None:
    trust = tmp_path / "vertrouwen.json"
    trust.write_bytes(b"[" * 60_000)
    run = run_cli(["verify", "--trust", str(trust), str(exported.path)])
    assert run.returncode == EXIT_UNREADABLE, run.stderr
    assert "Traceback" not in run.stderr
    assert "vertrouwensbestand" in run.stderr and "beschadigd of gewijzigd" in run.stderr


# -- bytes that belong to no member ---------------------------------------------------------
def with_gap(files: Files, after: str, junk: bytes) -> bytes:
    """A zip whose directory is right but has `junk` between `after` and the next member
    (zipfile writes the next member at its own idea of the end, start_dir)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
            if name == after:
                buf.write(junk)
                z.start_dir = buf.tell()
    return buf.getvalue()


def test_bytes_outside_the_members_are_refused(exported: Exported, tmp_path: Path) -> None:
    genuine = exported.path.read_bytes()
    other = zipped({"LEESMIJ.txt": b"Dit pakket is gecontroleerd en in orde.\n"})
    cases = {
        "zip comment": (
            zipped(exported.files, comment=b"Gecontroleerd door de AP: in orde"),
            "achter de inhoudsopgave",
        ),
        # the end record found is the second zip's: everything before it is unaccounted for
        "a second zip after it": (genuine + other, "bij geen enkel bestand horen"),
        "a second zip before it": (other + genuine, "bij geen enkel bestand horen"),
        "bytes before it": (b"MZ" + bytes(510) + genuine, "bij geen enkel bestand horen"),
        "bytes between two members": (
            with_gap(exported.files, RECEIPT, other),
            "bij geen enkel bestand horen",
        ),
    }
    for what, (data, words) in cases.items():
        path = tmp_path / f"{what.replace(' ', '-')}.tbewijs"
        path.write_bytes(data)
        report = verify(path)
        assert report.exit_code == EXIT_NOT_INTACT, (what, report.describe())
        assert report.problems[0].startswith("Het bewijspakket wordt geweigerd"), what
        assert words in report.problems[0], (what, report.problems)
    cli_refuses(tmp_path / "zip-comment.tbewijs", "achter de inhoudsopgave")


def entry_like(files: Files, name: str, **fields: object) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in files.items():
            info = zipfile.ZipInfo(n, date_time=(2026, 11, 30, 11, 7, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if n == name:
                for key, value in fields.items():
                    setattr(info, key, value)
            z.writestr(info, data)
    return buf.getvalue()


def test_entries_that_are_not_plain_files_are_refused(exported: Exported, tmp_path: Path) -> None:
    files = exported.files
    unix = {"create_system": 3}
    cases = {
        # the genuine README's bytes, but marked as a link: `unzip` makes a symlink of it
        "a link": entry_like(
            files, "LEESMIJ.txt", external_attr=(stat.S_IFLNK | 0o777) << 16, **unix
        ),
        "a device": entry_like(
            files, "LEESMIJ.txt", external_attr=(stat.S_IFCHR | 0o666) << 16, **unix
        ),
        "a member comment": entry_like(files, "LEESMIJ.txt", comment=b"in orde"),
        "a folder with content": zipped({**files, "bijlagen/": b"verborgen inhoud"}),
    }
    for what, data in cases.items():
        path = tmp_path / f"{what.replace(' ', '-')}.tbewijs"
        path.write_bytes(data)
        report = verify(path)
        assert report.exit_code == EXIT_NOT_INTACT, (what, report.describe())
        assert report.problems[0].startswith("Het bewijspakket wordt geweigerd"), what
    cli_refuses(tmp_path / "a-link.tbewijs", "geen gewoon bestand")


class _Unseekable(io.RawIOBase):
    """A pipe-like target: zipfile then writes a data descriptor after every member."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.data += b
        return len(b)

    def tell(self) -> int:
        raise OSError("not seekable")


def with_descriptors(files: Files, method: int) -> bytes:
    out = _Unseekable()
    with zipfile.ZipFile(out, "w", method) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return bytes(out.data)


def test_data_descriptors_are_accepted_only_when_they_agree(
    exported: Exported, tmp_path: Path
) -> None:
    files = exported.files
    honest = with_descriptors(files, zipfile.ZIP_DEFLATED)
    assert honest.count(b"PK\x07\x08") == len(files)
    path = tmp_path / "eerlijk.tbewijs"
    path.write_bytes(honest)
    assert verify(path).exit_code == EXIT_UNCONFIRMED  # intact: descriptors are ordinary zip

    at = honest.index(b"PK\x07\x08")  # the first descriptor's CRC changed
    lying = honest[: at + 4] + bytes([honest[at + 4] ^ 0xFF]) + honest[at + 5 :]
    path = tmp_path / "liegt.tbewijs"
    path.write_bytes(lying)
    report = verify(path)
    assert report.exit_code == EXIT_NOT_INTACT and "klopt niet" in report.problems[0]

    # Stored + descriptor: a streaming reader must guess where the member ends.
    path = tmp_path / "opgeslagen.tbewijs"
    path.write_bytes(with_descriptors(files, zipfile.ZIP_STORED))
    report = verify(path)
    assert report.exit_code == EXIT_NOT_INTACT and "dubbelzinnig" in report.problems[0]


# -- not a package at all ---------------------------------------------------------------------
def test_what_is_not_a_package_cannot_be_checked(tmp_path: Path) -> None:
    garbage = tmp_path / "foto.tbewijs"
    garbage.write_bytes(os.urandom(4096))
    for path in (Path(os.devnull), garbage, tmp_path / "bestaat-niet.tbewijs"):
        run = run_cli(["verify", str(path)])
        assert run.returncode == EXIT_UNREADABLE, (path, run.stderr)
        assert run.stderr.startswith("Kan het pakket NIET controleren"), run.stderr
        assert "Traceback" not in run.stderr


# -- a youth's package -------------------------------------------------------------------------
def test_a_youth_package_with_another_youths_request_is_not_in_order(
    exported: Exported, tmp_path: Path
) -> None:
    """An insider bundles Zoë's genuine request into Marek's package, signed with the
    organisation's own key: every signature is right, the content is not Marek's."""
    path = tmp_path / "gemengd.tbewijs"
    path.write_bytes(
        bundle(
            exported.organisation,
            exported.vault_id,
            exported.marek_youth,
            [
                (exported.path.name, exported.path.read_bytes()),
                (exported.zoe.name, exported.zoe.read_bytes()),
            ],
            START,
            exported.public_key,
            exported.signing_key,
        )
    )
    report = verify(path, expected_key=exported.public_key)
    assert report.exit_code == EXIT_NOT_INTACT
    assert report.problems == [
        f"verzoeken/{exported.zoe.name}: is een verzoek van een andere jongere: het hoort niet "
        "in het pakket van deze jongere."
    ]
    cli_refuses(path, "andere jongere")


def test_a_youth_package_hiding_a_bomb_in_an_inner_package_costs_little_memory(
    exported: Exported, tmp_path: Path
) -> None:
    """Signed with a forger's key (any key makes an intact-looking outer package): two inner
    packages that each hold 30 MB of incompressible evidence, and one that inflates to 96 MiB.
    Held together that is ~250 MB; one at a time, within what the outer may hold, far less."""
    priv, pub = new_signing_key()
    inner_big = [
        build(
            [
                *(deflated(n, d) for n, d in exported.files.items()),
                stored(f"bewijsstukken/{i}-scan.pdf", os.urandom(30 * MIB)),
            ]
        )
        for i in (7, 8)
    ]
    bomb = build(
        [
            *(deflated(n, d) for n, d in exported.files.items()),
            *(zero_bomb(f"bewijsstukken/{9 + i}-scan.pdf", 31 * MIB) for i in range(3)),
        ]
    )
    path = tmp_path / "bom-binnenin.tbewijs"
    path.write_bytes(
        bundle(
            exported.organisation,
            exported.vault_id,
            exported.marek_youth,
            [
                ("bewijs-a.tbewijs", bomb),  # checked first, while the others are held
                ("bewijs-b.tbewijs", inner_big[0]),
                ("bewijs-c.tbewijs", inner_big[1]),
            ],
            START,
            pub,
            priv,
        )
    )
    stderr = cli_refuses(path, "NIET in orde")
    bomb_line = next(line for line in stderr.splitlines() if "verzoeken/bewijs-a" in line)
    assert "groter dan toegestaan" in bomb_line, stderr


def test_a_youth_package_whose_index_names_another_youth(
    exported: Exported, tmp_path: Path
) -> None:
    path = tmp_path / "ander-nummer.tbewijs"
    path.write_bytes(
        bundle(
            exported.organisation,
            exported.vault_id,
            exported.zoe_youth,  # index and manifest say Zoë, the request inside is Marek's
            [(exported.path.name, exported.path.read_bytes())],
            START,
            exported.public_key,
            exported.signing_key,
        )
    )
    report = verify(path)
    assert report.exit_code == EXIT_NOT_INTACT
    assert "andere jongere" in report.problems[0]


def test_the_end_record_cannot_hide_a_zip64_record_with_other_sizes(
    exported: Exported, tmp_path: Path
) -> None:
    """A zip64 end record placed before the normal one claims another directory size: the
    bytes must add up exactly, or the zip is refused."""
    data = bytearray(exported.path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    _, _, _, _, count, size, start, _ = struct.unpack("<4s4H2LH", data[end : end + 22])
    record = struct.pack(
        "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size + 1, start
    )
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end, 1)
    forged = bytes(data[:end]) + record + locator + bytes(data[end:])
    path = tmp_path / "zip64.tbewijs"
    path.write_bytes(forged)
    report = verify(path)
    assert report.exit_code == EXIT_NOT_INTACT, report.describe()


def test_a_reader_that_goes_away_is_no_traceback(exported: Exported) -> None:
    """`toestemming-cli verify PAKKET | head -1`: the pipe closes before the report is
    written; the exit code is still the check's, and stderr holds no traceback."""
    from zip_craft import cli_command

    child = subprocess.Popen(
        [*cli_command(), "verify", str(exported.path)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader is gone before a word is written
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=120) == EXIT_UNCONFIRMED
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr


# -- a PDF bomb ----------------------------------------------------------------------------------
def page_of(content: bytes) -> bytes:
    """A one-page PDF (Helvetica) whose page content is `content`, already Flate-compressed."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def spaces_then_text(mib: int, text: bytes) -> bytes:
    """`mib` MiB of spaces, then `text`, as one zlib stream made without holding the spaces."""
    c = zlib.compressobj(9)
    chunk = bytes(b" " * MIB)
    out = [c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)]
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)  # the same bytes every MiB
    out += [block] * (mib - 2)
    out.append(c.compress(chunk) + c.compress(text) + c.flush())
    return b"".join(out)


@pytest.mark.parametrize(
    "content",
    [
        spaces_then_text(1024, b"BT /F1 9 Tf 40 800 Td (Sleutel \\(vingerafdruk\\)) Tj ET"),
        zlib.compress(b"BT /F1 1 Tf " + b"(x) Tj\n" * (1 << 20) + b"ET", 9),  # 1M characters
    ],
    ids=["1 GiB of page content", "a million characters on one page"],
)
def test_a_forged_package_with_a_pdf_bomb_costs_little_memory(
    exported: Exported, tmp_path: Path, content: bytes
) -> None:
    """A forger signs a PDF whose page inflates to 1 GiB (or shows a million characters: pdfium
    spends ~250 bytes on each) with a certificate of their own: the PDF checks would read it
    whole. It is refused before pyHanko or pdfium open it."""
    from test_proof_authentic import certificate_like

    from toestemming.proof.package import CERT, PDF
    from toestemming.proof.pdfsign import sign_pdf

    key_pem, cert_pem = certificate_like(exported.files[CERT])
    files = dict(exported.files)
    files[CERT] = cert_pem
    files[PDF] = sign_pdf(page_of(content), key_pem, cert_pem, START, "Bewijs van toestemming")
    path = tmp_path / "pdf-bom.tbewijs"
    path.write_bytes(zipped(resigned(files)))
    stderr = cli_refuses(path, "NIET in orde", "PDF-bom")
    assert "bewijs.pdf" in stderr


def test_a_genuine_zip64_layout_still_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stricter layout check (no byte unaccounted for) knows the zip64 end records and
    extra fields a large backup gets: forced here with small limits."""
    from toestemming.safezip import PROOF_LIMITS, SafeZip

    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 1000)
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 2)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
        z.writestr("a.txt", b"x" * 5000)
        with z.open("b.bin", "w", force_zip64=True) as member:
            member.write(b"y" * 3000)
        z.writestr("c.txt", b"z" * 10)
    data = buf.getvalue()
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data  # zip64 end record + locator
    with SafeZip(io.BytesIO(data), PROOF_LIMITS, "Test") as safe:
        assert {n: len(safe.read(n)) for n in safe.names()} == {
            "a.txt": 5000,
            "b.bin": 3000,
            "c.txt": 10,
        }


def test_a_pdf_of_thousands_of_empty_pages_is_refused_before_pdfium_opens_them() -> None:
    from toestemming.proof import pdfscan

    kids = b" ".join(b"%d 0 R" % (3 + n) for n in range(pdfscan.PAGE_LIMIT + 1))
    pages = b"".join(
        b"%d 0 obj\n<< /Type /Pa#67e /Parent 2 0 R >>\nendobj\n" % (3 + n)
        for n in range(pdfscan.PAGE_LIMIT + 1)
    )
    pdf = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + (
        b"2 0 obj\n<< /Type /Pages /Kids [%s] /Count %d >>\nendobj\n"
        % (kids, pdfscan.PAGE_LIMIT + 1)
    )
    problem = pdfscan.check(pdf + pages + b"%%EOF\n", "bewijs.pdf")
    assert problem is not None and "pagina's" in problem


def test_a_local_zip64_size_that_differs_from_the_directory_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A streaming reader takes a member's size from its local zip64 field: if that differs
    from the directory, the two readers see different members (a stored member's tail read
    as a hidden next file)."""
    from toestemming.safezip import PROOF_LIMITS, SafeZip, ZipRefused

    monkeypatch.setattr(zipfile, "ZIP64_LIMIT", 1000)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED, allowZip64=True) as z:
        with z.open("b.bin", "w", force_zip64=True) as member:
            member.write(b"y" * 3000)
        z.writestr("a.txt", b"x" * 10)
    data = buf.getvalue()
    at = data.index(b"\x01\x00\x10\x00")  # the local zip64 field: tag 1, 16 bytes
    lying = data[: at + 4] + (2000).to_bytes(8, "little") + data[at + 12 :]
    with pytest.raises(ZipRefused) as refused:
        SafeZip(io.BytesIO(lying), PROOF_LIMITS, "Het bewijspakket")
    assert "klopt niet bij 'b.bin'" in refused.value.message
    with SafeZip(io.BytesIO(data), PROOF_LIMITS, "Het bewijspakket") as safe:
        assert safe.read("b.bin") == b"y" * 3000


def test_a_forged_package_at_every_limit_stays_under_200_mb(
    exported: Exported, tmp_path: Path
) -> None:
    """Not a bomb: everything as large as the limits allow and incompressible — three 29 MiB
    evidence files and an 8 MiB PDF (a 7 MiB picture inside) signed by a forger's certificate.
    verify holds the package, and pyHanko and pdfium the PDF, at the same time."""
    from test_proof_authentic import certificate_like

    from toestemming.proof.package import CERT, PDF
    from toestemming.proof.pdfsign import sign_pdf

    picture = os.urandom(7 * MIB)
    pdf = page_of(zlib.compress(b"BT /F1 9 Tf 40 800 Td (Bewijs) Tj ET"))
    extra = (
        b"9 0 obj\n<< /Type /XObject /Subtype /Image /Width 1400 /Height 1748 "
        b"/BitsPerComponent 8 /ColorSpace /DeviceRGB /Length %d >>\nstream\n"
        % len(picture)
        + picture
        + b"\nendstream\nendobj\n"
    )
    at = pdf.index(b"xref")
    pdf = (
        pdf[:at]
        + extra
        + pdf[at:].replace(b"startxref\n%d" % at, b"startxref\n%d" % (at + len(extra)))
    )
    key_pem, cert_pem = certificate_like(exported.files[CERT])
    files = dict(exported.files)
    files[CERT] = cert_pem
    files[PDF] = sign_pdf(pdf, key_pem, cert_pem, START, "Bewijs van toestemming")
    for n in range(3):
        files[f"bewijsstukken/{90 + n}-scan.pdf"] = os.urandom(29 * MIB)
    path = tmp_path / "groot.tbewijs"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, data in resigned(files).items():
            z.writestr(name, data)
    assert path.stat().st_size > 90 * MIB
    cli_refuses(path, "NIET in orde")  # the forged receipt and log; memory is the point here


def test_a_refused_inner_package_is_logged_without_its_name(
    exported: Exported, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An inner package's file name carries the request's reference code, which is tied to a
    person: the log may say that a zip was refused, never which one."""
    priv, pub = new_signing_key()
    code = "TS-QQQQ-7777-Z"
    path = tmp_path / "naam-in-log.tbewijs"
    path.write_bytes(
        bundle(
            exported.organisation,
            exported.vault_id,
            exported.marek_youth,
            [(f"bewijs-{code}.tbewijs", b"PK\x03\x04 no zip at all")],
            START,
            pub,
            priv,
        )
    )
    caplog.set_level(logging.DEBUG)
    assert not verify(path).ok
    assert "zip" in caplog.text  # the refusal is logged …
    assert code not in caplog.text  # … without the name
