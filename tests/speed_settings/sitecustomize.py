"""Test-only: the Python children the suite starts (the CLI, probes, worker processes) get the
test speed settings too (speed_settings.py says why), so a vault a test created opens there.
tests/conftest.py puts this folder on PYTHONPATH; nothing outside the suite does."""

from __future__ import annotations

import speed_settings

speed_settings.apply_when_imported()
