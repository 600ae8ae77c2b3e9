"""Multi27: a worker removed at the writer's window while their own read-only window is open
loses access at that window's NEXT action — also one answered from what the window keeps
between commits (the policy, read again only after a commit: Context.policy) — not only after
the writer writes something else (tests/test_attack_s8_instances_rekey.py), and never again by
opening anew. The writer is a real second process (s8's)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_attack_s8_instances_rekey import (
    AHMED,
    Writer,
    _names,
    _said_renewed,
    vault,  # noqa: F401 (the fixture: Anna, Ahmed, Sara and one youth)
    writer,  # noqa: F401 (the fixture: Anna's writer process)
)

from toestemming.errors import AccessRevoked, WrongPassphrase
from toestemming.service import Service


@pytest.mark.parametrize("window_first", [True, False], ids=["window-first", "writer-first"])
def test_the_removed_workers_window_is_refused_at_its_very_next_action(
    vault: Path,  # noqa: F811 (the fixture imported above)
    writer: Writer,  # noqa: F811
    window_first: bool,
) -> None:
    if window_first:  # (opened while nobody writes: SQLite trusts the file, `immutable`)
        writer.do("close")
        writer.end()
    window = Service.open(vault, AHMED, read_only=True)
    if window_first:
        assert window.vault.db._immutable_key is not None  # (the case meant)
        writer = Writer(vault)
    try:
        assert _names(window) == ["Een"]
        assert window.policy().autolock_seconds > 0  # kept until the next commit
        writer.do("remove")  # and nothing after it
        _said_renewed(window.policy)
        _said_renewed(lambda: _names(window))
        _said_renewed(window.workers)
    finally:
        window.close()
        writer.end()
    with pytest.raises((WrongPassphrase, AccessRevoked)):
        Service.open(vault, AHMED, read_only=True)
