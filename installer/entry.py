"""Frozen entry point (PyInstaller runs this file as __main__)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A long audit log is verified in several processes (toestemming/audit_links.py). In a
    # frozen build those children start this same executable; freeze_support() turns such a
    # start into the child's work and exits, before any window or CLI code runs.
    multiprocessing.freeze_support()

    from ui.launcher import main

    sys.exit(main())
