"""Which PySide6 modules the bundle keeps, derived from the code instead of a hand list.

    python installer/qt_modules.py      # prints kept and excluded modules

`named_qt_modules()` reads every module of the shipped packages (ui, toestemming, formulieren)
with `ast` and collects the `PySide6.Qt*` modules they import. `import_closure()` then imports
those in a child process and reports every `PySide6.Qt*` module that ends up loaded (QtPdfWidgets
loads QtPdf, …). Everything else PySide6 offers is excluded by the spec. A hand list went stale
once already: it excluded QtPdf while the main window's PDF preview needs it, so the frozen app
could not open its main window (issue 17)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED_PACKAGES = ("ui", "toestemming", "formulieren")


def _qt_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    names.add(parts[1])
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] != "PySide6":
                continue
            if len(parts) > 1 and parts[1].startswith("Qt"):
                names.add(parts[1])
            else:  # from PySide6 import QtCore, QtGui
                names.update(a.name for a in node.names if a.name.startswith("Qt"))
    return names


def named_qt_modules(root: Path = ROOT, packages: Iterable[str] = SHIPPED_PACKAGES) -> set[str]:
    """Qt module names (e.g. "QtPdf") imported anywhere in the shipped packages."""
    names: set[str] = set()
    for package in packages:
        for source in sorted((root / package).rglob("*.py")):
            names |= _qt_names(ast.parse(source.read_text(encoding="utf-8"), str(source)))
    return names


def import_closure(modules: Iterable[str]) -> set[str]:
    """Every PySide6.Qt* module loaded after importing `modules` (in a fresh child process, so
    this process's imports do not count)."""
    code = (
        "import importlib, json, sys\n"
        "for m in sys.argv[1:]:\n"
        "    importlib.import_module('PySide6.' + m)\n"
        "print(json.dumps(sorted(k.split('.')[1] for k in sys.modules\n"
        "    if k.startswith('PySide6.Qt') and k.count('.') == 1)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *sorted(modules)],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def available_qt_modules() -> set[str]:
    """The Qt binding modules installed with PySide6 (Essentials, Addons, Pdf, WebEngine …)."""
    import PySide6

    folder = Path(next(iter(PySide6.__path__)))
    return {
        p.name.split(".")[0]
        for p in folder.iterdir()
        if p.name.startswith("Qt") and p.suffix in {".so", ".pyd"}
    }


def kept_qt_modules(root: Path = ROOT) -> set[str]:
    named = named_qt_modules(root)
    return named | import_closure(named)


def excluded_qt_modules(root: Path = ROOT) -> list[str]:
    """What the spec passes to PyInstaller's `excludes` (as PySide6.<name>)."""
    return sorted(available_qt_modules() - kept_qt_modules(root))


if __name__ == "__main__":
    print("behouden:", " ".join(sorted(kept_qt_modules())))
    print("weggelaten:", " ".join(excluded_qt_modules()))
