"""Third-party notice: name, version and licence of every package the app ships with.

    text = third_party_notice()           # from the installed packages' metadata
    missing = unknown_licences()          # names without a known licence (a test wants none)

The installer build writes the notice into the bundle (installer/toestemming.spec →
THIRD_PARTY_NOTICES.txt) because a frozen app has no package metadata to read; Help → Over
shows that file, or in a source install this module's live text. The packages counted are the
runtime dependency closure of `toestemming` (what the bundle can contain), not test tools."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

NOTICE_FILE = "THIRD_PARTY_NOTICES.txt"
LICENSE_FILE = "LICENSE"
PROJECT = "toestemming"

# Packages whose metadata names no licence, checked by hand against their own licence file.
# Keep this short: a new entry needs that check (tests/test_licences.py lists the unknown).
KNOWN_LICENCES = {
    "sqlcipher3": "Zlib (bindings); SQLCipher itself: BSD-3-Clause (Zetetic LLC)",
    "imapclient": "BSD-3-Clause (its COPYING file, Menno Smits)",
}

# Native libraries inside wheels that do not appear as packages of their own.
EMBEDDED_LIBRARIES = (
    ("Python (CPython runtime)", "PSF-2.0", "https://www.python.org/downloads/source/"),
    ("SQLCipher (in sqlcipher3)", "BSD-3-Clause", "https://github.com/sqlcipher/sqlcipher"),
    ("OpenSSL (in cryptography, sqlcipher3)", "Apache-2.0", "https://www.openssl.org/source/"),
    (
        "PDFium (in pypdfium2)",
        "BSD-3-Clause / Apache-2.0",
        "https://pdfium.googlesource.com/pdfium/",
    ),
    ("ZXing-C++ (in zxing-cpp)", "Apache-2.0", "https://github.com/zxing-cpp/zxing-cpp"),
    (
        "DejaVu fonts (in formulieren)",
        "Bitstream Vera / public domain",
        "https://dejavu-fonts.github.io/",
    ),
)

QT_NOTICE = """\
Qt 6 en PySide6 (Qt for Python) — GNU Lesser General Public License v3 (LGPL-3.0)

Toestemming gebruikt Qt en PySide6 onder de LGPL-3.0. Wat dat voor u betekent:
- Dynamisch gekoppeld: de Qt-bibliotheken staan als losse gedeelde bibliotheken in de
  programmamap (_internal/PySide6/Qt/lib of, op Windows, _internal/PySide6/*.dll) en worden bij
  het starten geladen. U mag ze vervangen door een eigen (aangepaste) build van dezelfde
  Qt-versie; Toestemming blijft daarmee werken.
- Broncode van Qt: https://download.qt.io/official_releases/qt/ (de versie staat hieronder
  bij PySide6-Essentials) en https://code.qt.io/cgit/qt/ .
- Broncode van PySide6/Shiboken6: https://code.qt.io/cgit/pyside/pyside-setup.git/
  (tag v<versie>), ook als sdist op PyPI.
- Volledige licentietekst: https://www.gnu.org/licenses/lgpl-3.0.html (met de GPL-3.0 waar
  de LGPL naar verwijst: https://www.gnu.org/licenses/gpl-3.0.html).
- Toestemming wijzigt Qt niet. Vragen over de gebruikte versie of de broncode: de beheerder
  van uw organisatie of de leverancier van dit programma.
"""


@dataclass(frozen=True)
class Package:
    name: str
    version: str
    licence: str  # "" when unknown


def _requirement_name(requirement: str) -> str | None:
    """The distribution name of a Requires-Dist line, or None for an extra-only one."""
    if ";" in requirement and "extra" in requirement.split(";", 1)[1]:
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return match.group(1) if match else None


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    return str(meta[name] or "").strip() if name in meta else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The licence as the package declares it: License-Expression (PEP 639), else a short
    License field, else the trove classifiers; KNOWN_LICENCES for the few that declare none."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= 100 and field.upper() != "UNKNOWN":
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in (meta.get_all("Classifier") or [])
        if c.startswith("License ::") and "Other/Proprietary" not in c
    ]
    if classifiers:
        return " / ".join(classifiers)
    return KNOWN_LICENCES.get(_normal(meta["Name"] or ""), "")


def _project_requirements() -> list[str] | None:
    """The runtime requirements from pyproject.toml in a source tree (the build, a developer's
    checkout): installed metadata can be stale there (an old toestemming.egg-info beside it)."""
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    if not pyproject.is_file():
        return None
    import tomllib

    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return list(data["project"]["dependencies"])


def bundled_packages(root: str = PROJECT) -> list[Package]:
    """`root`'s runtime dependencies, transitively, as installed here (sorted by name)."""
    seen: dict[str, Package] = {}
    todo = [root]
    direct = _project_requirements() if root == PROJECT else None
    if direct is not None:
        seen[_normal(root)] = Package(root, "", "EUPL-1.2")
        todo = [n for r in direct if (n := _requirement_name(r)) is not None]
    while todo:
        name = _normal(todo.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a dependency for another platform or Python version
        seen[name] = Package(dist.metadata["Name"] or name, dist.version, licence_of(dist))
        for requirement in dist.requires or []:
            dependency = _requirement_name(requirement)
            if dependency is not None:
                todo.append(dependency)
    seen.pop(_normal(root), None)
    return sorted(seen.values(), key=lambda p: p.name.lower())


def unknown_licences(packages: list[Package] | None = None) -> list[str]:
    return [
        p.name for p in (packages if packages is not None else bundled_packages()) if not p.licence
    ]


def third_party_notice(packages: list[Package] | None = None) -> str:
    packages = packages if packages is not None else bundled_packages()
    width = max((len(p.name) for p in packages), default=10)
    lines = [
        "Toestemming — software van derden",
        "",
        "Toestemming zelf: EUPL-1.2 (zie LICENSE). Dit programma bevat de volgende pakketten,",
        "elk onder zijn eigen licentie (naam, versie, licentie zoals het pakket die opgeeft):",
        "",
    ]
    lines += [f"{p.name:<{width}}  {p.version:<14}  {p.licence or 'ONBEKEND'}" for p in packages]
    lines += ["", "Ingebouwde bibliotheken zonder eigen pakket:", ""]
    lines += [f"- {name}: {licence} — {source}" for name, licence, source in EMBEDDED_LIBRARIES]
    lines += ["", QT_NOTICE]
    return "\n".join(lines)


def bundled_file(name: str) -> Path | None:
    """A file shipped next to the frozen app (PyInstaller's _MEIPASS) or at the source root."""
    bundle = getattr(sys, "_MEIPASS", None)
    here = Path(bundle) if bundle else Path(__file__).resolve().parents[1]
    path = here / name
    return path if path.is_file() else None


def shipped_notice() -> str:
    """The notice the bundle ships; generated live in a source install."""
    path = bundled_file(NOTICE_FILE)
    if path is not None:
        return path.read_text(encoding="utf-8")
    return third_party_notice()


def shipped_licence() -> str:
    path = bundled_file(LICENSE_FILE)
    return path.read_text(encoding="utf-8") if path is not None else "EUPL-1.2"
