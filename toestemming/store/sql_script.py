"""A migration script cut into single statements (triggers keep their BEGIN … END)."""

from __future__ import annotations


def split_sql(script: str) -> list[str]:
    statements: list[str] = []
    current: list[str] = []
    depth = 0  # inside CREATE TRIGGER … BEGIN … END;
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if stripped.endswith(";"):
            if depth and upper.startswith("END"):
                depth -= 1
            if depth == 0:
                statements.append("\n".join(current))
                current = []
    if current:
        statements.append("\n".join(current))
    return statements
