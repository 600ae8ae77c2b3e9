"""The organisation policy as stored in `meta.policy` (JSON), read strictly.

Each field must hold exactly the JSON type the settings write: a bool for a yes/no, an integer
for a number, a known value for the parent rule. Read loosely, an insider's
{"co_decision_12_15": "False"} was a truthy string: 12-15-year-olds had to co-decide while
`check` compared str() of the value with the logged "False" and saw agreement. A value of
another type, an unknown key or JSON that does not parse counts as the default for that field
here, and `check` (replay_catalog.check_policy, also at unlock) names it as differing from
the log, which makes the vault read-only with the reason."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from .model import ParentPolicy, Policy

_TYPES = {f.name: f.type for f in fields(Policy)}


def read_policy(raw: str | None) -> tuple[Policy, list[str]]:
    """The policy and the names of the stored fields that are not valid (they took their
    default; "policy" when the whole value is unreadable)."""
    if not raw:
        return Policy(), []
    try:
        data = json.loads(raw)
    except ValueError:
        return Policy(), ["policy"]
    if not isinstance(data, dict):
        return Policy(), ["policy"]
    good: dict[str, Any] = {}
    bad: list[str] = []
    for key, value in data.items():
        if key not in _TYPES:
            bad.append(str(key))
        elif key == "parent_policy":
            if isinstance(value, str) and value in {p.value for p in ParentPolicy}:
                good[key] = ParentPolicy(value)
            else:
                bad.append(key)
        elif _fits(_TYPES[key], value):
            good[key] = value
        else:
            bad.append(key)
    return Policy(**good), sorted(bad)


def _fits(kind: Any, value: Any) -> bool:
    name = kind if isinstance(kind, str) else getattr(kind, "__name__", "")
    if name == "bool":
        return isinstance(value, bool)
    if name == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    return False
