"""The UI reaches the vault only through Service: no store, no sqlcipher3 in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

import ui

FORBIDDEN = ("sqlcipher3", "toestemming.store")
UI_DIR = Path(ui.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_ui_does_not_touch_the_store() -> None:
    offenders = {
        f"{path.name}: {name}"
        for path in UI_DIR.rglob("*.py")
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert offenders == set()


def test_ui_never_prints() -> None:
    # Windowed builds have no console (sys.stdout is None).
    offenders = [
        path.name
        for path in UI_DIR.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print"
    ]
    assert offenders == []
