"""Start fast: show the unlock dialog first, load the heavy core afterwards.

`toestemming.service` pulls in the whole core (crypto, PDF signing, forms): about two seconds
of imports, several times what Qt needs to show a window. The dialogs that open a vault
therefore import it only when they need it, and `preload()` imports it on a pool thread right
after the first dialog is visible, while the worker types the passphrase.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .background import Task

if TYPE_CHECKING:
    from toestemming.service import Service

HEAVY_MODULES = ("toestemming.service",)


def service_class() -> type[Service]:
    """The Service class (imports the core on first use; instant once preloaded)."""
    from toestemming.service import Service

    return Service


def preload() -> Task:
    """Import the heavy modules off the GUI thread; a failure surfaces later, on real use."""
    task = Task(lambda: [importlib.import_module(name) for name in HEAVY_MODULES])
    task.start()
    return task
