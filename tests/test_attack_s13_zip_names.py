"""One member, two names: what `verify` checked under one name, another unzip tool shows
under another (session 13).

Info-ZIP's "Unicode Path" extra field (0x7075) carries a member's name a second time, in
UTF-8. `zipfile` (Python 3.11) ignores it; Info-ZIP `unzip`, 7-Zip and libarchive show and
unpack the member under it. So anyone holding a genuine package — no key needed — could give
teksten/onderdeel-1.txt the name teksten/onderdeel-3.txt and back, keep every byte that the
manifest hashes, and `verify --trust` still said "OK — bewijspakket in orde"; the officer who
then unpacked it read item 3's text as item 1's. A name with bytes above 127 and without the
UTF-8 flag is the same trick without an extra field: `zipfile` reads it as cp437, `unzip` on
Linux as UTF-8, Dutch Windows as cp850. And the upper half of the external attributes is a
Unix file mode for 7-Zip whenever bit 0x8000 is set, whatever system the zip says made it:
a link there passed as a plain file.

Each case is a genuine package rebuilt byte for byte with only the one field added; `verify`
must refuse it (exit 1, a Dutch sentence), and the honest forms of the same fields (a Unicode
Path that repeats the name, what Info-ZIP `zip` writes) must still verify."""

from __future__ import annotations

import shutil
import stat
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from test_attack_s6_packages import Exported, cli_refuses, exported  # noqa: F401
from zip_craft import Entry, build, deflated, stored

from toestemming.proof import verify
from toestemming.proof.verify import EXIT_NOT_INTACT, EXIT_UNCONFIRMED
from toestemming.safezip import PROOF_LIMITS, SafeZip, ZipRefused

SWAPPED = {
    "teksten/onderdeel-1.txt": "teksten/onderdeel-3.txt",
    "teksten/onderdeel-3.txt": "teksten/onderdeel-1.txt",
    "fhir/consent-onderdeel-1.json": "fhir/consent-onderdeel-2.json",
    "fhir/consent-onderdeel-2.json": "fhir/consent-onderdeel-1.json",
}
TWO_NAMES = "tweede naam"


@pytest.fixture
def package(exported: Exported) -> Exported:  # noqa: F811 -- test_attack_s6_packages's export
    return exported


def unicode_path(header_name: str, shown: str) -> bytes:
    """APPNOTE 4.6.9: version 1, the CRC-32 of the header's name bytes, then the UTF-8 name.
    The CRC is right: readers use the field only when it matches the header's name."""
    body = b"\x01" + struct.pack("<L", zlib.crc32(header_name.encode())) + shown.encode()
    return struct.pack("<2H", 0x7075, len(body)) + body


def rebuilt(
    package: Exported,
    *,
    central: dict[str, bytes],
    local: dict[str, bytes] | None = None,
) -> bytes:
    """The genuine package's members (same bytes, same order) with extra fields added."""
    entries = []
    for name, data in package.files.items():
        entry: Entry = deflated(name, data)
        entry.extra = central.get(name, b"")
        entry.local["extra"] = (central if local is None else local).get(name, b"")
        entries.append(entry)
    return build(entries)


def refused(path: Path, *words: str) -> str:
    report = verify(path)
    assert report.exit_code == EXIT_NOT_INTACT, report.describe()
    assert report.problems[0].startswith(
        ("Het bewijspakket wordt geweigerd", "Het bewijspakket is beschadigd")
    ), report.problems
    for word in words:
        assert word in report.problems[0], (word, report.problems)
    return report.problems[0]


def test_the_genuine_package_rebuilt_without_extra_fields_still_verifies(
    package: Exported,
    tmp_path: Path,
) -> None:
    path = tmp_path / "herbouwd.tbewijs"
    path.write_bytes(rebuilt(package, central={}))
    assert verify(path).exit_code == EXIT_UNCONFIRMED


def test_members_renamed_for_other_unzip_tools_are_refused(
    package: Exported,
    tmp_path: Path,
) -> None:
    swapped = {name: unicode_path(name, shown) for name, shown in SWAPPED.items()}
    path = tmp_path / "andere-namen.tbewijs"
    path.write_bytes(rebuilt(package, central=swapped))
    if shutil.which("unzip"):
        # What the officer sees after unpacking it: item 3's text as item 1's.
        out = tmp_path / "uitgepakt"
        subprocess.run(["unzip", "-q", str(path), "-d", str(out)], check=True)
        shown = (out / "teksten" / "onderdeel-1.txt").read_bytes()
        assert shown == package.files["teksten/onderdeel-3.txt"]
    for tool in ("7zz", "bsdtar"):  # 7-Zip and libarchive (many file managers) alike
        if shutil.which(tool):
            out = tmp_path / tool
            out.mkdir()
            extract = [tool, "x", "-y", str(path)] if tool == "7zz" else [tool, "-xf", str(path)]
            subprocess.run(extract, cwd=out, capture_output=True, check=True)
            shown = (out / "teksten" / "onderdeel-1.txt").read_bytes()
            assert shown == package.files["teksten/onderdeel-3.txt"], tool
    refused(path, TWO_NAMES)
    cli_refuses(path, TWO_NAMES)


@pytest.mark.parametrize("where", ["central", "local"])
def test_a_second_name_in_only_one_of_the_two_headers_is_refused(
    package: Exported,
    tmp_path: Path,
    where: str,
) -> None:
    """unzip and 7-Zip read the central directory; libarchive (bsdtar, many file managers)
    streams the local headers."""
    field = {"LEESMIJ.txt": unicode_path("LEESMIJ.txt", "bewijs.pdf")}
    data = rebuilt(
        package,
        central=field if where == "central" else {},
        local=field if where == "local" else {},
    )
    path = tmp_path / f"{where}.tbewijs"
    path.write_bytes(data)
    lister = ["bsdtar", "-tf"] if where == "local" else ["unzip", "-Z1"]
    if shutil.which(lister[0]):  # measured: the one side each reader goes by
        listed = subprocess.run([*lister, str(path)], capture_output=True, text=True, check=True)
        assert listed.stdout.split().count("bewijs.pdf") == 2, listed.stdout
    refused(path, TWO_NAMES, "'LEESMIJ.txt'")


def test_a_unicode_path_that_repeats_the_name_is_fine(package: Exported, tmp_path: Path) -> None:
    """What Info-ZIP `zip` writes: the same name again. Someone who re-zipped an unpacked
    package that way has changed nothing."""
    same = {name: unicode_path(name, name) for name in package.files}
    path = tmp_path / "zelfde-naam.tbewijs"
    path.write_bytes(rebuilt(package, central=same))
    assert verify(path).exit_code == EXIT_UNCONFIRMED


def test_a_unicode_comment_field_is_refused_like_a_comment(
    package: Exported,
    tmp_path: Path,
) -> None:
    text = b"Gecontroleerd: in orde"
    body = b"\x01" + struct.pack("<L", 0) + text
    field = {"bewijs.pdf": struct.pack("<2H", 0x6375, len(body)) + body}
    path = tmp_path / "opmerking.tbewijs"
    path.write_bytes(rebuilt(package, central=field))
    refused(path, "opmerking")


def test_an_extra_field_that_runs_past_its_header_is_refused(
    package: Exported,
    tmp_path: Path,
) -> None:
    """Where a broken extra field ends is a guess: only in the local header (zipfile checks
    the directory's)."""
    broken = struct.pack("<2H", 0x5455, 40) + b"\x01\x00\x00\x00"
    path = tmp_path / "kapot-veld.tbewijs"
    path.write_bytes(rebuilt(package, central={}, local={"receipt.json": broken}))
    refused(path, "'receipt.json'")


def test_a_name_that_is_neither_ascii_nor_marked_utf8_is_refused(tmp_path: Path) -> None:
    """`zipfile` reads such a name as cp437, unzip on Linux as UTF-8: two names again."""
    placeholder, real = b"teksten/cafXY.txt", "teksten/café.txt".encode()
    assert len(placeholder) == len(real)
    data = build([stored(placeholder.decode(), b"tekst\n")]).replace(placeholder, real)
    path = tmp_path / "cp437.zip"
    path.write_bytes(data)
    with zipfile.ZipFile(path) as z:
        assert z.namelist() == [real.decode("cp437")]  # what zipfile makes of it: caf├⌐
    if shutil.which("unzip"):
        listed = subprocess.run(["unzip", "-Z1", str(path)], capture_output=True, check=True)
        assert listed.stdout.strip() == real  # what unzip shows: another name
    with pytest.raises(ZipRefused) as caught:
        SafeZip.open(path, PROOF_LIMITS, "x.zip")
    assert TWO_NAMES in caught.value.message
    # Marked as UTF-8, every reader reads the one name: fine.
    marked = build([stored("teksten/café.txt", b"tekst\n")])
    path.write_bytes(marked)
    with SafeZip.open(path, PROOF_LIMITS, "x.zip") as z:
        assert z.names() == ["teksten/café.txt"]


def test_a_link_marked_by_the_unix_extension_bit_is_refused(
    package: Exported,
    tmp_path: Path,
) -> None:
    """7-Zip reads the upper 16 bits as a Unix mode whenever bit 0x8000
    (FILE_ATTRIBUTE_UNIX_EXTENSION) is set, also in a zip that says it was made on MS-DOS, and
    makes a symlink of such a member (measured: 7zz 26.02 on Linux)."""
    path = tmp_path / "link.tbewijs"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in package.files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 11, 7, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if name == "LEESMIJ.txt":
                info.create_system = 0
                info.external_attr = (stat.S_IFLNK | 0o777) << 16 | 0x8000 | 0x20
            z.writestr(info, data)
    seven = shutil.which("7zz") or shutil.which("7z")
    if seven:
        out = tmp_path / "7zip"
        out.mkdir()
        subprocess.run([seven, "x", "-y", str(path)], cwd=out, capture_output=True, check=True)
        assert (out / "LEESMIJ.txt").is_symlink()
    refused(path, "geen gewoon bestand")
