"""An empty folder says something no signature covers (session 13).

A folder entry holds no bytes, so it was never held against the manifest: `verify` skipped
it. But its name is what anyone who unpacks the package sees, beside bewijs.pdf. Anyone with
a genuine package (no key needed) added a folder named "LET OP - onderdeel 1 is op
05-12-2026 ingetrokken/" and `verify` said "Het pakket is na export niet gewijzigd" (with
--trust: "OK — bewijspakket in orde"). The same with an unpacked package (a folder) that got
an empty subfolder. A folder that holds a listed file is only the path to it (zip tools and
`zip -r` write those), so it is fine; an empty one is refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from test_attack_s6_packages import Exported, cli_refuses, exported  # noqa: F401

from toestemming.proof import verify
from toestemming.proof.verify import EXIT_NOT_INTACT, EXIT_UNCONFIRMED

MESSAGE = "LET OP - onderdeel 1 is op 05-12-2026 ingetrokken/"
WORDS = "leeg"


@pytest.fixture
def package(exported: Exported) -> Exported:  # noqa: F811 -- test_attack_s6_packages's export
    return exported


def zipped(files: dict[str, bytes], folders: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for folder in folders:
            # Stored, as zip tools write folders (deflating nothing gives two bytes, which
            # is refused as a folder with content).
            z.writestr(folder, b"", compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_an_empty_folder_with_a_message_in_its_name_is_refused(
    package: Exported,
    tmp_path: Path,
) -> None:
    path = tmp_path / "met-map.tbewijs"
    path.write_bytes(zipped(package.files, [MESSAGE]))
    with zipfile.ZipFile(path) as z:  # what an unzip tool shows: the message beside the proof
        assert MESSAGE in z.namelist()
    report = verify(path)
    assert report.exit_code == EXIT_NOT_INTACT, report.describe()
    assert report.problems[0].startswith("Het bewijspakket wordt geweigerd"), report.problems
    assert WORDS in report.problems[0], report.problems
    cli_refuses(path, WORDS)


def test_an_empty_folder_under_a_genuine_one_is_refused(package: Exported, tmp_path: Path) -> None:
    path = tmp_path / "submap.tbewijs"
    path.write_bytes(zipped(package.files, ["teksten/", "teksten/onderdeel-1 is vervalst/"]))
    assert verify(path).exit_code == EXIT_NOT_INTACT


def test_folders_that_hold_the_listed_files_are_fine(package: Exported, tmp_path: Path) -> None:
    """What `zip -r` or a file manager writes when an unpacked package is zipped again."""
    folders = sorted({n.rsplit("/", 1)[0] + "/" for n in package.files if "/" in n})
    assert "teksten/" in folders
    path = tmp_path / "mappen.tbewijs"
    path.write_bytes(zipped(package.files, folders))
    assert verify(path).exit_code == EXIT_UNCONFIRMED


def test_an_unpacked_package_with_an_empty_folder_is_refused(
    package: Exported,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "uitgepakt"
    for name, data in package.files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    assert verify(folder).exit_code == EXIT_UNCONFIRMED
    (folder / MESSAGE).mkdir()
    report = verify(folder)
    assert report.exit_code == EXIT_NOT_INTACT, report.describe()
    assert WORDS in report.problems[0], report.problems
