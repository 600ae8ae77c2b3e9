"""Test-only: the Python children the suite starts (the CLI, probes, worker processes) get the
test speed settings too (speed_settings.py says why), so a vault a test created opens there.
tests/conftest.py puts this folder on PYTHONPATH; nothing outside the suite does."""

from __future__ import annotations

try:
    import speed_settings
except ImportError:  # (a child with another interpreter or without the package)
    pass
else:
    speed_settings.apply()
