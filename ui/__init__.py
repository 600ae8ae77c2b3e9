"""The PySide6 desk app: start-up, unlock dialog, main window, panels and table models.

Only this package imports Qt. It reaches the vault solely through
`toestemming.service.Service`, never through `toestemming.store`, so the core stays usable
from the command line and the tests without a GUI.
"""
