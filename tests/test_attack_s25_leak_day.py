"""Attack s25, the leak hunt: a day at the command line with canary values — the youth's and
parent's names, e-mail, school, student number, the request's reference code, the notes and
reasons typed at the desk, the passphrase — in real child processes: check, export-proof,
verify, export-trust, backup, restore, and the failing ones (an unknown code, a restore onto
an existing vault, a package that was tampered with, a wrong passphrase). HOME, the XDG
folders and TMPDIR are fresh folders of this test. Afterwards every file any of them made
outside what it was asked to write, and everything printed, is searched for every canary:
plain, case-folded, UTF-16 (both orders), base64 (each alignment), quoted-printable and
URL-encoded. Extends tests/test_faults_plaintext.py (in-process, UTF-8/UTF-16 only).

And a killed export: `export-proof` SIGKILLed after writing its whole package to the temp
file beside the target, before the rename. Before s25 the hidden `.NAME.xxxxxxxx.part` (the
whole package, names and answers, in the clear) stayed there for good; now the next export
into that folder removes it (and leaves one that another process is still writing)."""

from __future__ import annotations

import base64
import os
import quopri
import signal
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote, quote_plus

from records_support import MARKERS, populate

from toestemming.clock import FixedClock
from toestemming.private_files import sweep_parts
from toestemming.service import Service
from toestemming.store.header import KdfParams

PASS = "Kanarie-wachtwoordzin Zebrastreep 4471"
ROOT = Path(__file__).resolve().parents[1]


def _forms(text: str) -> set[bytes]:
    out: set[bytes] = set()
    for t in {text, text.lower(), text.casefold(), text.upper()}:
        raw = t.encode("utf-8")
        out |= {raw, t.encode("utf-16-le"), t.encode("utf-16-be")}
        out.add(quopri.encodestring(raw).rstrip(b"=\n"))
        out |= {quote(t).encode(), quote_plus(t).encode()}
        for shift in range(3):  # base64 of the value at any offset in a longer text
            enc = base64.b64encode(b"\0" * shift + raw)[4 if shift else 0 :]
            out.add(enc[: max(8, len(enc) - 4)])
    return {f for f in out if len(f) >= 6}


def _canaries(reference_code: str) -> dict[str, set[bytes]]:
    values = {k: v.split()[0] for k, v in MARKERS.items()}
    values |= {"ref": reference_code, "student": "LLN-4711", "passphrase": PASS}
    return {k: _forms(v) for k, v in values.items()}


def _leaks(data: bytes, canaries: dict[str, set[bytes]]) -> list[str]:
    return sorted(k for k, forms in canaries.items() if any(f in data for f in forms))


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "TOESTEMMING_"))}
    for name in ("home", "config", "data", "cache", "state", "runtime", "tmp"):
        (tmp / name).mkdir(mode=0o700)
    env |= {
        "HOME": str(tmp / "home"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "XDG_STATE_HOME": str(tmp / "state"),
        "XDG_RUNTIME_DIR": str(tmp / "runtime"),
        "TMPDIR": str(tmp / "tmp"),
        "TOESTEMMING_PASSPHRASE": PASS,
        "PYTHONFAULTHANDLER": "1",
    }
    return env


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "toestemming", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _vault(tmp_path: Path) -> tuple[Path, str]:
    vault = tmp_path / "work" / "kluis.tvault"
    vault.parent.mkdir()
    clock = FixedClock(datetime.now(UTC) - timedelta(hours=3))
    svc, _ = Service.create(vault, "Testschool", "Anna", PASS, clock, kdf=KdfParams())
    done = populate(svc)
    code = svc.consents.items_for_youth(done.youth_id)[0].reference_code
    svc.close()
    return vault, code


def test_a_day_at_the_command_line_leaves_no_personal_data(tmp_path: Path) -> None:
    vault, code = _vault(tmp_path)
    env = _env(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    asked = {  # what the commands were asked to write: personal data there is the point
        out / "bewijs.tbewijs",
        out / "kopie.tbackup",
        out / "vertrouwen.json",
    }
    printed: list[str] = []

    def run(*args: str, ok: bool = True) -> None:
        done = _cli(env, *args)
        assert (done.returncode == 0) is ok, (args[0], done.returncode, done.stderr[-1500:])
        assert "Traceback" not in done.stderr, args[0]
        printed.append(done.stdout + done.stderr)

    v = ("--vault", str(vault))
    run("check", *v)
    run("export-proof", *v, "--code", code, "--out", str(out / "bewijs.tbewijs"))
    run("export-trust", *v, "--out", str(out / "vertrouwen.json"))
    run("verify", str(out / "bewijs.tbewijs"), "--trust", str(out / "vertrouwen.json"))
    run("backup", *v, "--out", str(out / "kopie.tbackup"))
    (out / "terug").mkdir()
    run("restore", str(out / "kopie.tbackup"), "--to", str(out / "terug" / "kluis.tvault"))
    # The failing ones.
    run("export-proof", *v, "--code", "TS-0000-0000-0", "--out", str(out / "x.tbewijs"), ok=False)
    run(
        "restore", str(out / "kopie.tbackup"), "--to", str(out / "terug" / "kluis.tvault"), ok=False
    )
    forged = out / "vervalst.tbewijs"
    with zipfile.ZipFile(out / "bewijs.tbewijs") as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(
                info, data.replace(b"yes", b"no!") if info.filename.endswith(".json") else data
            )
    asked.add(forged)
    run("verify", str(forged), "--trust", str(out / "vertrouwen.json"), ok=False)
    wrong = {**env, "TOESTEMMING_PASSPHRASE": PASS[::-1]}
    done = _cli(wrong, "check", *v)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    printed.append(done.stdout + done.stderr)

    canaries = _canaries(code)
    given = MARKERS["given"].encode()  # the search itself finds what it looks for
    for hidden in (
        base64.b64encode(b"Naam: " + given),
        quopri.encodestring(b"=" * 80 + given),
        quote("naam=" + MARKERS["given"].upper()).encode(),
        ("x" + MARKERS["given"]).encode("utf-16-be"),
    ):
        assert _leaks(hidden, canaries) == ["given"], hidden
    # The user asked for the package by its code and is told where it went: the code may be
    # printed (its file name), nothing else.
    for text in printed:
        assert _leaks(text.encode("utf-8"), {k: c for k, c in canaries.items() if k != "ref"}) == []
    restored = out / "terug"
    found: dict[str, list[str]] = {}
    for path in sorted(tmp_path.rglob("*")):
        if not path.is_file() or path.is_symlink() or path in asked:
            continue
        if path.parent in (vault.parent, restored):
            continue  # the vault's own files: encrypted (tests/test_faults_plaintext.py)
        bad = _leaks(path.read_bytes(), canaries)
        if bad:
            found[str(path.relative_to(tmp_path))] = bad
    assert found == {}


# `export-proof` as the CLI runs it, stopped for good once the whole package is in the temp
# file beside the target (where a SIGKILL or a power cut can come): it says so and waits.
STOP_AT_RENAME = r"""
import sys
from toestemming import cli, private_files

def stop_here(part, target):
    print("WRITTEN", flush=True)
    sys.stdin.read()

private_files.publish_new = stop_here
sys.exit(cli.main(sys.argv[1:]))
"""


def _stopped_export(
    env: dict[str, str], vault: Path, code: str, target: Path
) -> subprocess.Popen[bytes]:
    args = ["export-proof", "--vault", str(vault), "--code", code, "--out", str(target)]
    child = subprocess.Popen(
        [sys.executable, "-c", STOP_AT_RENAME, *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != b"WRITTEN":
        _kill(child)
        raise AssertionError("the export stopped before writing its package")
    return child


def _kill(child: subprocess.Popen[bytes]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    for pipe in (child.stdin, child.stdout, child.stderr):
        if pipe is not None:
            pipe.close()


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".part"))


def test_a_killed_export_leaves_no_package_behind(tmp_path: Path) -> None:
    vault, code = _vault(tmp_path)
    env = _env(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    _kill(_stopped_export(env, vault, code, out / "klacht.tbewijs"))
    left = _parts(out)
    assert len(left) == 1 and not (out / "klacht.tbewijs").exists()
    assert zipfile.is_zipfile(left[0])  # the whole package, hidden beside the target

    # Another export into the same folder (a second try, another request) cleans up.
    done = _cli(
        env,
        "export-proof",
        "--vault",
        str(vault),
        "--code",
        code,
        "--out",
        str(out / "klacht.tbewijs"),
    )
    assert done.returncode == 0, done.stderr
    assert _parts(out) == []
    assert zipfile.is_zipfile(out / "klacht.tbewijs")


def test_an_export_still_being_written_is_left_alone(tmp_path: Path) -> None:
    vault, code = _vault(tmp_path)
    env = _env(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    child = _stopped_export(env, vault, code, out / "een.tbewijs")
    try:
        busy = _parts(out)
        assert len(busy) == 1
        assert sweep_parts(out) == 0  # its writer is alive: not ours to remove
        assert _parts(out) == busy
    finally:
        _kill(child)
    assert sweep_parts(out) == 1 and _parts(out) == []
