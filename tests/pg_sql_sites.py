"""Every SQL statement the core writes as a literal (ast), with where it is: the team server
must understand each one (tests/test_pg_dialect.py prepares them all on a real server)."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "toestemming"
METHODS = {"query", "query_one", "scalar", "iterate", "execute", "executemany"}
# SQLite's own business (the vault file, its migrations; team_move reads the vault side; the
# schema comparison runs on a vault file only, health_schema.problems returns [] on a server),
# tools that are not shipped, and the server's own modules (their SQL is PostgreSQL's).
SKIP_PARTS = (
    "store/db.py",
    "store/migrations/",
    "devtools/",
    "store/pg",
    "store/wal_check.py",
    "team_move.py",
    "health_schema.py",
)


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return None if left is None or right is None else left + right
    return None


def sql_sites() -> list[tuple[str, str]]:
    """(file:line, sql) of every call `x.query("…")` etc. whose SQL is a plain literal."""
    found: list[tuple[str, str]] = []
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(CORE).as_posix()
        if any(part in rel for part in SKIP_PARTS):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in METHODS
                and node.args
            ):
                sql = _literal(node.args[0])
                if (
                    sql is not None
                    and sql.lstrip()[:6].upper()
                    in (
                        "SELECT",
                        "INSERT",
                        "UPDATE",
                        "DELETE",
                        "WITH (",
                        "WITH L",
                    )
                ) or (sql is not None and sql.lstrip().upper().startswith("WITH")):
                    found.append((f"{rel}:{node.lineno}", sql))
    return found
