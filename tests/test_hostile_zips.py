"""Proof packages as an attacker hands them over: two members with one name (the altered copy
first, and second), names that leave the folder, ten thousand members, a member that declares
1 MiB and inflates to 1 GiB, a real 1 GiB zip bomb run through `toestemming-cli verify` in a
child process whose peak memory is measured, encrypted and overlapping members, and a byte
flipped in every header. Each is refused with a Dutch sentence, exit code 1 from `verify`, no
traceback; nothing is ever unpacked past what the zip declares.

The zips are built byte by byte (zip_craft.py): zipfile will not write most of these."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest
from conftest import PASSPHRASE, START
from forms_scenario import build as build_scenario
from zip_craft import (
    GIB,
    MIB,
    Entry,
    build,
    deflated,
    flipped,
    layout,
    members,
    run_cli,
    stored,
    write_cases,
    zero_bomb,
)

from toestemming.clock import FixedClock
from toestemming.proof import verify
from toestemming.proof.package import MANIFEST, PDF, RECEIPT
from toestemming.safezip import CHUNK, PROOF_LIMITS, SafeZip, ZipRefused
from toestemming.service import Service
from toestemming.store.header import KdfParams

MEMORY_BUDGET_MB = 200
Files = dict[str, bytes]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Files]:
    """One genuine proof package (a realistic request: texts, signature, e-mail evidence)."""
    tmp = tmp_path_factory.mktemp("bewijs")
    clock = FixedClock(START)
    svc, _ = Service.create(
        tmp / "kluis.tvault", "Testschool", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        scenario = build_scenario(svc, clock)
        path = svc.forms.proof.export_request(scenario.request.id, tmp / "bewijs.zip")
    finally:
        svc.close()
    assert verify(path).ok
    return path, members(path)


def genuine(files: Files) -> list[Entry]:
    return [deflated(n, d) for n, d in files.items()]


def write(tmp: Path, data: bytes, name: str = "pakket.zip") -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path


def refused(path: Path, *words: str) -> str:
    """verify() refuses the package with one Dutch sentence containing `words`."""
    report = verify(path)
    assert not report.ok
    assert len(report.problems) == 1, report.problems
    message = report.problems[0]
    assert message.startswith("Het bewijspakket "), message
    for word in words:
        assert word in message, (word, message)
    return message


# -- names ----------------------------------------------------------------------------------
def test_a_second_copy_of_a_member_is_refused_whichever_comes_first(
    package: tuple[Path, Files], tmp_path: Path
) -> None:
    """Before: the altered copy first and the genuine one second verified OK, because the
    later member silently replaced the earlier one; a zip tool shows the first."""
    _, files = package
    altered = deflated(RECEIPT, files[RECEIPT].replace(b'"answer": "no"', b'"answer": "yes"'))
    assert altered.raw != deflated(RECEIPT, files[RECEIPT]).raw
    for order, entries in {
        "altered first": [altered, *genuine(files)],
        "altered second": [*genuine(files), altered],
    }.items():
        path = write(tmp_path, build(entries), f"{order}.zip")
        message = refused(path, f"'{RECEIPT}'", "meer dan één keer")
        assert "vervalst" in message, order


@pytest.mark.parametrize(
    "twin",
    [
        "RECEIPT.JSON",
        "./receipt.json",
        ".\\receipt.json",
        "receipt.json.",
        "receipt.json ",
        "ｒeceipt.json",  # fullwidth r: NFKC makes it the same name
        "re\u0063eipt.json",
    ],
)
def test_names_that_are_one_file_on_disk_are_duplicates(
    package: tuple[Path, Files], tmp_path: Path, twin: str
) -> None:
    _, files = package
    path = write(tmp_path, build([*genuine(files), deflated(twin, b"{}")]))
    refused(path, "meer dan één keer")


def test_the_same_folder_name_twice_with_other_slashes(tmp_path: Path) -> None:
    entries = [stored("teksten/verzoek.txt", b"a"), stored("teksten\\verzoek.txt", b"b")]
    refused(write(tmp_path, build(entries)), "meer dan één keer")
    entries = [stored("teksten/verzoek.txt", b"a"), stored("teksten//./verzoek.txt", b"b")]
    refused(write(tmp_path, build(entries)), "meer dan één keer")


@pytest.mark.parametrize(
    "name",
    [
        "/etc/passwd",
        "/receipt.json",
        "../receipt.json",
        "teksten/../../buiten.txt",
        "..\\..\\buiten.txt",
        "C:\\Windows\\win.ini",
        "c:buiten.txt",
        "\\\\server\\share\\buiten.txt",
        "．．/buiten.txt",  # fullwidth dots: NFKC makes them '..'
        "teksten/ .. /buiten.txt",
        "a\x00b.txt",
        "a\x1b[2Jb.txt",  # a terminal escape in a name never reaches the screen
        "",
        "./",
    ],
)
def test_names_that_leave_the_package_are_refused(
    package: tuple[Path, Files], tmp_path: Path, name: str
) -> None:
    _, files = package
    path = write(tmp_path, build([*genuine(files), stored(name, b"x")]))
    message = refused(path, "wijst buiten het pakket")
    assert "\x1b" not in message and "\x00" not in message


# -- counts and sizes -----------------------------------------------------------------------
def test_ten_thousand_members_are_refused(tmp_path: Path) -> None:
    entries = [stored(f"bewijsstukken/{n}.txt", b"") for n in range(10_000)]
    refused(write(tmp_path, build(entries)), "meer dan 2000 bestanden")
    # The end record lies ("4 members"): the directory itself still holds 10,000.
    lying = write(tmp_path, build(entries, entry_count=4), "liegt.zip")
    refused(lying, "meer dan 2000 bestanden")


def test_exactly_the_limit_of_members_is_fine(tmp_path: Path) -> None:
    entries = [stored(f"bewijsstukken/{n}.txt", b"x") for n in range(PROOF_LIMITS.max_members)]
    path = write(tmp_path, build(entries))
    with SafeZip.open(path, PROOF_LIMITS, "Het bewijspakket") as z:
        assert len(z.read_all()) == PROOF_LIMITS.max_members


class CountingReader(io.RawIOBase):
    """A file that counts the bytes read from it: proof that unpacking stopped early."""

    def __init__(self, path: Path) -> None:
        self._fh: BinaryIO = path.open("rb")
        self.bytes_read = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        self.bytes_read += len(data)
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._fh.seek(offset, whence)

    def tell(self) -> int:
        return self._fh.tell()

    def close(self) -> None:
        self._fh.close()
        super().close()


def lying_bomb(name: str, size: int, declared: int) -> Entry:
    """`size` bytes of zeros that say, in both headers, they are `declared` bytes."""
    bomb = zero_bomb(name, size)
    bomb.size = declared
    return bomb


def test_a_member_that_inflates_past_its_declared_size_is_stopped_at_once(
    tmp_path: Path,
) -> None:
    bomb = lying_bomb(PDF, GIB, MIB)  # says 1 MiB in both headers, inflates to 1 GiB
    path = write(tmp_path, build([stored(MANIFEST, b"{}"), bomb]))
    reader = CountingReader(path)
    try:
        z = SafeZip(reader, PROOF_LIMITS, "Het bewijspakket")
        before = reader.bytes_read
        unpacked = 0
        with pytest.raises(ZipRefused) as exc:
            for piece in z.chunks(PDF):
                unpacked += len(piece)
    finally:
        reader.close()
    assert "zip-bom" in exc.value.message and f"'{PDF}'" in exc.value.message
    assert unpacked <= MIB  # nothing past the declared size was handed out
    # One compressed block read, not the megabyte of deflate data behind it.
    assert reader.bytes_read - before <= CHUNK
    refused(path, "zip-bom")


def test_a_size_that_differs_between_the_two_headers_is_refused(tmp_path: Path) -> None:
    bomb = zero_bomb(PDF, 64 * MIB)
    bomb.size = MIB  # the central directory says 1 MiB, the local header the truth
    bomb.local = {"size": 64 * MIB}
    refused(write(tmp_path, build([bomb])), "klopt niet", f"'{PDF}'")
    other = stored(PDF, b"genuine")
    other.local = {"name": b"bewijs.pdX"}  # what another unzip tool would call it
    refused(write(tmp_path, build([other]), "naam.zip"), "klopt niet")


def test_declared_sizes_over_the_limits_are_refused_before_unpacking(tmp_path: Path) -> None:
    # bewijs.pdf has its own, lower limit (8 MiB: pyHanko and pdfium each hold it too)
    refused(write(tmp_path, build([zero_bomb(PDF, GIB)])), "groter dan toegestaan", "8 MB")
    # Thirty-two members of 32 MiB each: every one within its limit, together 1 GiB.
    parts = [zero_bomb(f"bewijsstukken/{n}.pdf", 32 * MIB) for n in range(32)]
    refused(write(tmp_path, build(parts), "delen.zip"), "samen groter dan toegestaan")


def test_encrypted_and_unknown_compression_are_refused(tmp_path: Path) -> None:
    secret = stored(RECEIPT, b"{}")
    secret.flags = 0x1
    refused(write(tmp_path, build([secret])), "met een wachtwoord versleuteld")
    for method in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, 9, 99):
        odd = stored(RECEIPT, b"{}")
        odd.method = method
        refused(write(tmp_path, build([odd]), f"m{method}.zip"), "niet wordt ondersteund")


def test_overlapping_members_are_refused(tmp_path: Path) -> None:
    """Members that share bytes are how a small file unpacks to terabytes."""
    second = stored("b.txt", b"tweede")
    covering = 30 + len(second.name) + len(second.raw)
    first = stored("a.txt", b"eerste")
    first.compress_size = len(first.raw) + covering  # its data runs over b.txt's header
    first.size = first.compress_size
    refused(write(tmp_path, build([first, second])), "overlapt", "'a.txt'")


def test_bytes_after_the_end_of_a_deflate_stream_are_refused(tmp_path: Path) -> None:
    sneaky = deflated(RECEIPT, b'{"ok": true}')
    sneaky.raw += b"verstopt"
    refused(write(tmp_path, build([sneaky])), "niet uit te pakken")


# -- damage anywhere ------------------------------------------------------------------------
def header_positions(data: bytes) -> Iterator[int]:
    """Every byte of every local header (with its name), of the directory and end record."""
    places = layout(data)
    for key, at in places.items():
        if key.startswith("local:"):
            name_len = int.from_bytes(data[at + 26 : at + 28], "little")
            extra_len = int.from_bytes(data[at + 28 : at + 30], "little")
            yield from range(at, at + 30 + name_len + extra_len)
    yield from range(places["dir"], len(data))


def test_a_flipped_byte_is_refused_or_changes_nothing(
    package: tuple[Path, Files], tmp_path: Path
) -> None:
    """Every header byte, and every 101st byte of the rest: the reader either refuses with
    a Dutch sentence, or hands out exactly the genuine members (a flipped timestamp)."""
    path, files = package
    data = path.read_bytes()
    positions = sorted(set(header_positions(data)) | set(range(0, len(data), 101)))
    outcomes = {"refused": 0, "unchanged": 0}
    target = tmp_path / "kapot.zip"
    for at in positions:
        target.write_bytes(flipped(data, at))
        try:
            with SafeZip.open(target, PROOF_LIMITS, "Het bewijspakket") as z:
                got = z.read_all()
        except ZipRefused as exc:
            assert exc.message.startswith("Het bewijspakket "), at
            outcomes["refused"] += 1
            continue
        assert got == files, at
        outcomes["unchanged"] += 1
    assert outcomes["refused"] > outcomes["unchanged"] > 0, outcomes


# -- an unpacked package (a folder) ---------------------------------------------------------
def test_a_folder_package_is_held_to_the_same_limits(
    package: tuple[Path, Files], tmp_path: Path
) -> None:
    _, files = package
    folder = tmp_path / "uitgepakt"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    assert verify(folder).ok
    (folder / "bewijsstukken" / "link").symlink_to("/etc/passwd")
    refused(folder, "snelkoppeling")
    (folder / "bewijsstukken" / "link").unlink()
    with (folder / "bewijsstukken" / "groot.bin").open("wb") as f:
        f.truncate(40 * MIB)  # sparse: costs no disk, and is never read
    refused(folder, "groter dan toegestaan")
    (folder / "bewijsstukken" / "groot.bin").unlink()
    many = folder / "veel"
    many.mkdir()
    for n in range(PROOF_LIMITS.max_members):
        (many / str(n)).touch()
    refused(folder, "meer dan 2000 bestanden")


# -- the real thing: a 1 GiB bomb through the CLI, in a child process ----------------------
@pytest.fixture(scope="module")
def bombs(package: tuple[Path, Files], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Genuine packages with a 1 GiB bomb inside, about 1 MB each on disk."""
    _, files = package
    tmp = tmp_path_factory.mktemp("bommen")
    rest = [deflated(n, d) for n, d in files.items() if n != PDF]
    cases = {
        "declares 1 GiB": [*rest, zero_bomb(PDF, GIB)],
        "declares 1 MiB": [*rest, lying_bomb(PDF, GIB, MIB)],
        "32 members of 32 MiB": [
            *rest,
            *(zero_bomb(f"bewijsstukken/{n}.pdf", 32 * MIB) for n in range(32)),
        ],
        "64 members that lie": [
            *rest,
            *(lying_bomb(f"bewijsstukken/{n}.pdf", 16 * MIB, MIB) for n in range(64)),
        ],
    }
    return write_cases(tmp, cases, ".zip")


def test_a_1_gib_zip_bomb_through_the_cli_costs_little_memory(bombs: dict[str, Path]) -> None:
    for what, path in bombs.items():
        run = run_cli(["verify", str(path)])
        assert run.returncode == 1, (what, run.stderr)  # 1: the package is not in order
        assert "Traceback" not in run.stderr, what
        assert run.stderr.startswith("NIET in orde:\n  - Het bewijspakket wordt geweigerd"), (
            what,
            run.stderr,
        )
        assert run.peak_mb < MEMORY_BUDGET_MB, (what, run.peak_mb)


def test_the_cli_on_a_genuine_package_and_a_duplicate(
    package: tuple[Path, Files], tmp_path: Path
) -> None:
    path, files = package
    run = run_cli(["verify", str(path)])
    # intact; without a trusted key the signer is not confirmed (exit 3, see verify.py)
    assert run.returncode == 3 and "intact" in run.stdout, run.stderr
    altered = deflated(RECEIPT, files[RECEIPT].replace(b'"answer": "no"', b'"answer": "yes"'))
    twin = write(tmp_path, build([altered, *genuine(files)]))
    run = run_cli(["verify", str(twin)])
    assert run.returncode == 1 and "meer dan één keer" in run.stderr
    assert "Traceback" not in run.stderr
