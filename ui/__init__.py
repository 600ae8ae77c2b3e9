"""The PySide6 desk app: start-up, unlock dialog, main window, panels and table models.

Only this package imports Qt. It reaches the vault solely through
`toestemming.service.Service`, never through `toestemming.store`, so the core stays usable
from the command line and the tests without a GUI.
"""

from .none_guard import keep_none_alive

# Before any widget exists: every entry point (the desk, the verify app, the tests) imports
# this package first. Why: none_guard.py.
keep_none_alive()
