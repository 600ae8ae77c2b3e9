"""The spec leaves out only Qt modules the app never loads.

Checked against an independent measure: a child process imports every module of the shipped
packages (ui, toestemming, formulieren) and lists the PySide6 modules that got loaded. None of
them may be excluded — a hand list once excluded QtPdf while the main window's PDF preview needs
it, so the frozen app could not open its main window (issue 17). And the big unused parts
(WebEngine, Quick/QML, 3D, Multimedia) must stay out."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installer"))
import qt_modules  # noqa: E402

IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
failed = []
for package in ("toestemming", "formulieren", "ui"):
    root = importlib.import_module(package)
    for info in pkgutil.walk_packages(root.__path__, package + "."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
print(json.dumps(sorted(k.split(".")[1] for k in sys.modules
    if k.startswith("PySide6.Qt") and k.count(".") == 1)))
"""


@pytest.fixture(scope="module")
def loaded_by_the_app() -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.fixture(scope="module")
def excluded() -> set[str]:
    return set(qt_modules.excluded_qt_modules(ROOT))


def test_nothing_the_app_loads_is_excluded(loaded_by_the_app: set[str], excluded: set[str]) -> None:
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets"} <= loaded_by_the_app
    assert not (loaded_by_the_app & excluded), sorted(loaded_by_the_app & excluded)


def test_what_the_app_does_not_use_is_excluded(excluded: set[str]) -> None:
    available = qt_modules.available_qt_modules()
    big = {"QtWebEngineCore", "QtWebEngineWidgets", "QtQuick", "QtQml", "Qt3DCore", "QtMultimedia"}
    assert big & available, "PySide6 Addons/WebEngine not installed: nothing to compare"
    assert (big & available) <= excluded


def test_the_spec_takes_its_exclusions_from_the_derivation() -> None:
    """No hand list next to the derivation: EXCLUDED_QT is assigned once, from the function,
    and no other PySide6 module name is written into the spec's excludes."""
    tree = ast.parse((ROOT / "installer" / "toestemming.spec").read_text(encoding="utf-8"))
    assigned = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign)
        and any(
            isinstance(t, ast.Name) and t.id == "EXCLUDED_QT"
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        )
    ]
    assert len(assigned) == 1 and isinstance(assigned[0], ast.Assign)
    value = assigned[0].value
    assert isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
    assert value.func.id == "excluded_qt_modules"
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
    assert not [
        v for v in strings if isinstance(v, str) and re.fullmatch(r"(PySide6\.)?Qt[A-Z]\w*", v)
    ]
    assert any(
        isinstance(n, ast.keyword) and n.arg == "excludes" and "EXCLUDED_QT" in ast.unparse(n)
        for n in ast.walk(tree)
    )


def test_the_scan_finds_every_import_form(tmp_path: Path) -> None:
    pkg = tmp_path / "ui"
    pkg.mkdir()
    (pkg / "a.py").write_text(
        "import PySide6.QtSvg\nfrom PySide6 import QtCharts, QtCore\n"
        "from PySide6.QtPdf import QPdfDocument\ndef f():\n    from PySide6.QtTest import QTest\n"
    )
    assert qt_modules.named_qt_modules(tmp_path, ["ui"]) == {
        "QtSvg",
        "QtCharts",
        "QtCore",
        "QtPdf",
        "QtTest",
    }
