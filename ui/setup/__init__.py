"""First run: create a vault and show its recovery key once (see create_vault.py)."""

from __future__ import annotations

from .create_vault import CreateVaultDialog, ask_vault_path

__all__ = ["CreateVaultDialog", "ask_vault_path"]
