"""The GUI start measurement runs and reports its numbers (the budget itself is checked by
`toestemming bench`, not here: timed assertions do not belong in tests)."""

from __future__ import annotations

from ui_vault import VaultFiles

from toestemming.devtools.bench import bench_gui_start


def test_gui_start_is_measured_in_subprocesses(vault: VaultFiles) -> None:
    said: list[str] = []
    result = bench_gui_start(vault.path, said.append, runs=1)
    assert result is not None, said
    assert set(result) >= {"bare_window_ms", "unlock_dialog_ms", "ratio", "runs"}
    assert result["bare_window_ms"] > 0 and result["unlock_dialog_ms"] > 0
    assert said[0].startswith("GUI-start:")
