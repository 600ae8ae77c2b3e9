"""SIGKILL during writes (≥ 20 times): every acknowledged write survives, no corruption, no
half-recorded decision. `toestemming bench --crash 200` runs the long version."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from toestemming.devtools import crashtest
from toestemming.store.header import KdfParams

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX-only")


def test_sigkill_loses_no_acknowledged_write(tmp_path: Path) -> None:
    path = tmp_path / "crash.tvault"
    crashtest.prepare(path, "correct horse battery staple", KdfParams())
    report = crashtest.run(path, "correct horse battery staple", kills=22, seed=20261123)
    assert report.kills == 22
    assert report.acknowledged > 22  # the child really wrote between kills
    assert report.problems == []
    assert report.ok
