"""An unpacked proof package (a folder) is read under the rules of its zip (safefolder.py).
Its file names were not: a name with an escape sequence and bytes that are no UTF-8 came back
in the report verbatim ("\\udcff\\udcfe\\x1b[31m.txt staat niet in manifest.json"), and a
second "Receipt.json" beside "receipt.json" (one file on Windows or macOS, two on Linux) was
only "not in the manifest" — where the zip refuses both as it reads."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from forms_scenario import build

from toestemming.clock import FixedClock
from toestemming.proof import verify
from toestemming.service import Service


@pytest.fixture
def folder(service: Service, clock: FixedClock, tmp_path: Path) -> Path:
    scenario = build(service, clock)
    path = service.forms.proof.export_request(scenario.request.id, tmp_path / "bewijs.zip")
    out = tmp_path / "uitgepakt"
    with zipfile.ZipFile(path) as z:
        z.extractall(out)
    assert verify(out).ok
    return out


def test_a_file_name_with_escape_codes_and_stray_bytes_is_refused_without_echoing_it(
    folder: Path,
) -> None:
    hostile = os.path.join(os.fsencode(folder), b"\xff\xfe\x1b[31mrood.txt")
    with open(hostile, "wb") as fh:
        fh.write(b"x")
    report = verify(folder)
    assert not report.ok
    (problem,) = report.problems
    assert "wordt geweigerd" in problem and "vreemde naam" in problem, problem
    assert "\x1b" not in problem and not any(0xD800 <= ord(c) <= 0xDFFF for c in problem)


def test_two_names_one_file_system_takes_for_one_are_refused(folder: Path) -> None:
    (folder / "Receipt.json").write_bytes((folder / "receipt.json").read_bytes())
    report = verify(folder)
    assert any("meer dan één keer" in p for p in report.problems), report.problems
