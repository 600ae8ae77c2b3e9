"""Instellingen: catalogs, workers, organisation policy and language (see dialog.py)."""

from __future__ import annotations

from .dialog import SettingsDialog

__all__ = ["SettingsDialog"]
