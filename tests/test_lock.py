"""The lock files agree with pyproject.toml (after adding a dependency: `python3 dev.py lock`).

Every requirement of pyproject.toml (runtime, the extras a lock holds, the build backend) must
be pinned in that lock with a version inside its range and with hashes, and the lock must not
keep a direct dependency that pyproject.toml no longer names. The PySide6 meta package (it
pulls QtWebEngine, ~250 MiB) must not come back."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import dev  # noqa: E402

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")
DIRECT = "toestemming (pyproject.toml)"


def pinned(lock: Path) -> dict[str, tuple[str, int, bool]]:
    """name → (version, number of hashes, named as a direct dependency by the lock)."""
    out: dict[str, tuple[str, int, bool]] = {}
    current: str | None = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            out[current] = (match.group(2), 0, False)
        elif current is not None and "--hash=sha256:" in line:
            version, hashes, direct = out[current]
            out[current] = (version, hashes + 1, direct)
        elif current is not None and DIRECT in line:
            version, hashes, _ = out[current]
            out[current] = (version, hashes, True)
    return out


def wanted(extras: tuple[str, ...]) -> list[Requirement]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    names = list(project["dependencies"]) + list(data["build-system"]["requires"])
    for extra in extras:
        names += project["optional-dependencies"][extra]
    reqs = [Requirement(n) for n in names]
    # "toestemming[test]" (dev extra) points back at the project: expand it.
    out: list[Requirement] = []
    for req in reqs:
        if canonicalize_name(req.name) == "toestemming":
            out += wanted(tuple(sorted(req.extras)))
        else:
            out.append(req)
    return out


@pytest.mark.parametrize("lock_name", sorted(dev.LOCKS))
def test_lock_pins_every_requirement_of_pyproject(lock_name: str) -> None:
    lock = ROOT / "requirements" / lock_name
    assert lock.exists(), f"{lock_name} ontbreekt: python3 dev.py lock"
    pins = pinned(lock)
    problems = []
    for req in {str(r): r for r in wanted(dev.LOCKS[lock_name])}.values():
        name = canonicalize_name(req.name)
        if name not in pins:
            problems.append(f"{req} staat niet in {lock_name}")
            continue
        version, hashes, _ = pins[name]
        if not req.specifier.contains(version, prereleases=True):
            problems.append(f"{req}: {lock_name} heeft {version}")
        if hashes == 0:
            problems.append(f"{name}: geen hash in {lock_name}")
    assert not problems, "pyproject.toml en lock verschillen (python3 dev.py lock):\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize("lock_name", sorted(dev.LOCKS))
def test_lock_keeps_no_dependency_that_pyproject_dropped(lock_name: str) -> None:
    pins = pinned(ROOT / "requirements" / lock_name)
    direct = {name for name, (_, _, is_direct) in pins.items() if is_direct}
    named = {canonicalize_name(r.name) for r in wanted(dev.LOCKS[lock_name])}
    # The build backend enters through a temporary input file, not "(pyproject.toml)".
    assert direct <= named, f"niet meer in pyproject.toml: {sorted(direct - named)}"
    assert all(hashes > 0 for _, hashes, _ in pins.values())


def test_no_webengine_and_no_meta_package() -> None:
    for lock_name in dev.LOCKS:
        pins = pinned(ROOT / "requirements" / lock_name)
        assert "pyside6" not in pins and "pyside6-webengine" not in pins, lock_name
        assert "pyside6-essentials" in pins


def test_the_lock_parser_sees_a_mismatch(tmp_path: Path) -> None:
    """The check itself works: a pin outside the range and a missing package are caught."""
    lock = tmp_path / "x.lock"
    lock.write_text(
        "reportlab==3.0 \\\n    --hash=sha256:00\n    # via toestemming (pyproject.toml)\n"
    )
    pins = pinned(lock)
    assert pins == {"reportlab": ("3.0", 1, True)}
    assert not Requirement("reportlab>=4.0").specifier.contains(pins["reportlab"][0])
    assert "sqlcipher3" not in pins
