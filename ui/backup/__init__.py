"""Backups in the app: make one now, restore one into a new place, and the banners that warn
when the last verified backup is too old or the vault was opened read-only because it is
damaged. Everything goes through `Service` (svc.backups, Service.restore_backup,
svc.health_report); long work runs on a pool thread (ui.background.Task)."""

from __future__ import annotations

from .auto_backup_dialog import AutoBackupDialog
from .backup_dialog import BackupDialog
from .banners import BackupBanner, DamagedVaultBanner
from .restore_dialog import RestoreDialog

__all__ = [
    "AutoBackupDialog",
    "BackupBanner",
    "BackupDialog",
    "DamagedVaultBanner",
    "RestoreDialog",
]
