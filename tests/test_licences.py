"""Every package the app ships with has a known licence, and the notice says so (issue 17).

The bundled packages are the runtime dependency closure of pyproject.toml as installed here —
what installer/toestemming.spec can put in the bundle, and what the notice it writes lists.
A dependency added without a licence in its metadata (and without a checked entry in
licences.KNOWN_LICENCES) fails this test, and the installer build refuses to run."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

from toestemming import licences

ROOT = Path(__file__).resolve().parents[1]


def test_every_bundled_package_has_a_known_licence() -> None:
    packages = licences.bundled_packages()
    assert licences.unknown_licences(packages) == []
    names = {p.name.lower().replace("_", "-") for p in packages}
    # The runtime dependencies of pyproject.toml are all counted (none silently missing).
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in data["project"]["dependencies"]:
        name = licences._requirement_name(requirement)
        assert name is not None
        assert name.lower().replace("_", "-") in names, name
    # Test tools are not shipped, so they are not listed.
    assert "pytest" not in names and "hypothesis" not in names and "mypy" not in names


def test_the_notice_lists_name_version_licence_and_the_qt_obligations() -> None:
    packages = licences.bundled_packages()
    notice = licences.third_party_notice(packages)
    for package in packages:
        line = next(x for x in notice.splitlines() if x.startswith(package.name + " "))
        assert package.version in line and package.licence in line
    assert "pyside6-essentials" in notice.lower() and "LGPL-3.0" in notice
    assert "Dynamisch gekoppeld" in notice and "code.qt.io" in notice
    assert "EUPL-1.2" in notice


def test_a_package_without_licence_metadata_is_reported() -> None:
    class Bare(metadata.Distribution):
        def read_text(self, filename: str) -> str | None:
            if filename == "METADATA":
                return "Metadata-Version: 2.1\nName: zonder-licentie\nVersion: 1.0\n"
            return None

        def locate_file(self, path: str | object) -> Path:  # pragma: no cover - unused
            return Path(str(path))

    assert licences.licence_of(Bare()) == ""
    package = licences.Package("zonder-licentie", "1.0", "")
    assert licences.unknown_licences([package]) == ["zonder-licentie"]
    assert "ONBEKEND" in licences.third_party_notice([package])


def test_the_project_licence_is_the_eupl_it_declares() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "Appendix" in text and "Compatible Licences" in text and len(text) > 12_000
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["license"] == {"text": "EUPL-1.2"}
