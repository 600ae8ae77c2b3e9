"""The app started for a double-clicked proof package: the verify view alone, no vault.

Apart from verify_view.py (which Help → Bewijspakket controleren also opens inside the app):
this builds the application, and app.py imports the help menu that imports the view."""

from __future__ import annotations

from pathlib import Path

from .app import create_application
from .crash import install_excepthook
from .i18n import install_translators
from .verify_view import open_verify_view


def run_verify_app(package: Path) -> int:
    """The app started for a double-clicked package: only the verify view, no vault."""
    app = create_application()
    install_translators(app)
    install_excepthook()
    app.setQuitOnLastWindowClosed(True)
    dialog = open_verify_view(package)
    dialog.finished.connect(app.quit)
    return app.exec()
