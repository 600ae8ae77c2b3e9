"""Every write of the use cases is tried again whole after a conflict on the team server
(store/turns.py): a method that opens `db.transaction()` carries `@one_turn`, or its write is a
body given to `db.in_one_turn(...)`. A new write method without it would say "te druk" at once
again (session 17, tests/test_attack_s17_team_conflicts.py) — this finds it by reading the
source, so it fails before a desk does."""

from __future__ import annotations

import ast
from pathlib import Path

import toestemming

ROOT = Path(toestemming.__file__).parent
# Written once on purpose: a vault's key file is written first (and refused on a team server,
# store/team.py TeamStore), so trying the call again would write the key file again.
KEY_FILE_FIRST = {
    ("service.py", "add_worker"),
    ("service.py", "change_passphrase"),
    ("service.py", "renew_recovery_key"),
    ("service.py", "rotate_data_key"),
}


def _opens_a_transaction(fn: ast.FunctionDef) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "transaction"
                ):
                    return True
    return False


def _unmarked(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef)):
            marks = [ast.unparse(d) for d in fn.decorator_list]
            if not _opens_a_transaction(fn) or any(m.endswith("one_turn") for m in marks):
                continue
            if (path.name, fn.name) not in KEY_FILE_FIRST:
                found.append(f"{path.relative_to(ROOT)}: {cls.name}.{fn.name}")
    return found


def test_every_use_case_write_is_tried_again_whole_after_a_conflict() -> None:
    files = [*sorted((ROOT / "usecases").glob("*.py")), ROOT / "service.py"]
    unmarked = [name for path in files for name in _unmarked(path)]
    assert unmarked == [], "mark with @one_turn (store/turns.py) or use db.in_one_turn"
