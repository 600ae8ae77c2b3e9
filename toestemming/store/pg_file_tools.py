"""The vault file's tools, which have no meaning on a team server (split from pg.py).

Backups, rekeying, WAL checkpoints and the cipher's checks belong to a vault file; on the
server the DBA's own tools do that work (ARCHITECTURE "Team server"). PgDatabase takes these
from here before db.Database's; its guard check stays in pg.py (file_problem_phrases)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import Phrase, VaultError
from ..language import SOURCE


class NoFileTools:
    scalar: Any  # (PgDatabase's)
    file_problem_phrases: Any

    @property
    def user_version(self) -> int:
        """The vault migration the server's schema equals (so `== LATEST` checks hold)."""
        value = self.scalar("SELECT max(vault_equivalent) FROM schema_version")
        return 0 if value is None else int(value)

    def set_user_version(self, version: int) -> None:
        raise RuntimeError("the team server's schema is versioned in pg_schema.py")

    def rekey(self, new_key: bytes) -> None:
        raise VaultError(message_id="error-pg-not-on-team-server")

    def checkpoint_wal(self) -> None:
        return None

    def empty_wal_for_rekey(self) -> None:
        return None  # (no file, no data key: a removal renews nothing here)

    def integrity_problems(self) -> list[str]:
        return self.file_problems()

    def file_problems(self, *, thorough: bool = True) -> list[str]:
        phrases: list[Phrase] = self.file_problem_phrases(thorough=thorough)
        return [p.text_in(SOURCE) for p in phrases]

    def cipher_version(self) -> str:
        return ""

    def cipher_check(self) -> list[str]:
        return []

    def backup_to(self, target: Path, key: bytes) -> None:
        raise VaultError(message_id="error-pg-not-on-team-server")

    def copy_to(self, target: Path, key: bytes) -> None:
        raise VaultError(message_id="error-pg-not-on-team-server")

    def set_secure_delete(self, on: bool) -> None:
        return None  # a server's free space is the DBA's to manage (ARCHITECTURE "Team server")

    @property
    def total_changes(self) -> int:
        return 0

    def change_mark(self) -> tuple[int, int, int] | None:
        return None  # (another desk's commit leaves no mark here: callers read the rows)
