"""The core and the forms never import Qt or the UI; one module owns sqlcipher3."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(package: str) -> dict[Path, set[str]]:
    found: dict[Path, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[path] = names
    return found


def test_core_and_forms_never_import_qt_or_ui() -> None:
    for package in ("toestemming", "formulieren"):
        for path, names in _imports(package).items():
            assert not names & {"PySide6", "PyQt5", "PyQt6", "ui"}, path


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, toestemming.service, toestemming.cli, toestemming.devtools.bench, "
        "toestemming.devtools.demo; "
        "import formulieren; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_one_module_owns_sqlcipher() -> None:
    owners = [
        p.relative_to(ROOT).as_posix()
        for pkg in ("toestemming", "ui", "formulieren")
        for p, names in _imports(pkg).items()
        if "sqlcipher3" in names
    ]
    assert owners == ["toestemming/store/db_connect.py"]


def test_ui_calls_only_the_service_not_the_store() -> None:
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("toestemming.store", "sqlcipher3")), path
            if isinstance(node, ast.Import):
                assert not any(
                    a.name.startswith(("toestemming.store", "sqlcipher3")) for a in node.names
                ), path


def test_formulieren_is_a_leaf() -> None:
    """The forms render plain view data they define themselves (formulieren/payloads.py); the
    core maps its domain onto it (toestemming/usecases/forms_views.py), never the other way."""
    for path, names in _imports("formulieren").items():
        assert "toestemming" not in names, path
    for path in (ROOT / "formulieren").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "import toestemming" not in source and "from toestemming" not in source, path


def test_the_unlock_window_starts_without_the_heavy_core() -> None:
    """GUI start (budget: unlock window ≤ 1.5× a bare Qt window): what the launcher, the CLI
    parser and ui.app import before the unlock window is shown stays small; the service, the
    rules, the model, SQLCipher, crypto, PDFs and the catalog load after it (ui/preload.py)."""
    code = (
        "import sys, ui.launcher, ui.app, toestemming.cli; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('toestemming', 'fluent', 'sqlcipher3', 'cryptography', 'reportlab', 'pyhanko', "
        "'psycopg', 'keyring', 'orjson', 'babel')))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    loaded = set(ast.literal_eval(out.stdout.strip()))
    heavy = {"toestemming.service", "toestemming.rules", "toestemming.model", "toestemming.store"}
    assert not loaded & heavy, loaded & heavy
    assert not {m.split(".")[0] for m in loaded} - {"toestemming"}, loaded
