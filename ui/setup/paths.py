"""Where vaults live: does one exist at a path, and asking the worker for a new one.

Kept apart from the create dialog so the start-up path (unlock) does not import it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

VAULT_SUFFIX = ".tvault"

PathChooser = Callable[[QWidget, Path], Path | None]


def vault_exists(path: Path) -> bool:
    """A vault is the .tvault file plus its key header beside it (name.tvault.keys); either
    one present means "there is a vault here" (unlock then explains what is missing)."""
    return path.exists() or path.with_name(path.name + ".keys").exists()


def ask_vault_path(parent: QWidget, suggestion: Path) -> Path | None:
    """A save dialog for a new vault file; None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CreateVaultDialog", "Nieuwe kluis opslaan als"),
        str(suggestion),
        QCoreApplication.translate("CreateVaultDialog", "Kluis (*.tvault)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix == VAULT_SUFFIX else path.with_name(path.name + VAULT_SUFFIX)
