"""What the health check of a vault file says, step by step (Database.file_problem_phrases runs
the steps on its connection; this module reads their answers and never touches SQLCipher).

Split out of db.py by job (s22): db.py keeps everything that calls sqlcipher3 (the one module
that may); this module turns each check step's rows, or its failure, into catalog phrases."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..errors import IntegrityFailure, Param, Phrase, ToestemmingError, VaultError

DISK_FULL = "error-db-disk-full-last-change"  # db_errors.typed_error's id for SQLITE_FULL
_TORN = re.compile(r"page \d+ has an invalid size of \d+ bytes \(expected \d+ bytes\)")
WAL_STEP = "PRAGMA wal_checkpoint(TRUNCATE)"


def steps(*, opened_read_only: bool, thorough: bool) -> tuple[tuple[str, str], ...]:
    """The check's statements with the step name each is reported under: checkpoint the WAL
    (not on a read-only connection), cipher_integrity_check (HMAC of every page), then
    integrity_check and foreign_key_check, or quick_check when not `thorough`."""
    wal = () if opened_read_only else ((WAL_STEP, "wal"),)
    return (*wal, ("PRAGMA cipher_integrity_check", "cipher")) + (
        (("PRAGMA integrity_check", "structure"), ("PRAGMA foreign_key_check", "references"))
        if thorough
        else (("PRAGMA quick_check", "structure"),)
    )


def wal_behind(sql: str, rows: Sequence[Any]) -> bool:
    """The WAL step could not copy everything into the file: another process's read held it
    back (busy, after SQLite's wait). The file then still lacks pages the WAL holds (past its
    end: zeros; or older versions), and cipher_integrity_check — which reads the FILE —
    calls them damaged: a colleague's open window made the check put the vault read-only
    with "restore a backup" (atk29). The cipher step is left out then; the structure step
    reads every page in use through the cipher (a damaged one fails there, named)."""
    if sql != WAL_STEP or not rows:
        return False
    busy, log, moved = (int(v) for v in rows[0])
    return bool(busy) or (log >= 0 and moved != log)


def failed_step(sql: str, what: str, typed: BaseException) -> tuple[list[Phrase], bool]:
    """A step that raised (`typed`: its Dutch typed error): the problems it means, and whether
    it was the WAL checkpoint running out of room (a full disk, not damage)."""
    disk_full = sql == WAL_STEP and getattr(typed, "message_id", "") == DISK_FULL
    if isinstance(typed, IntegrityFailure):
        return [Phrase("db-check-unreadable", {"step": what})], disk_full
    if sql != WAL_STEP or not isinstance(typed, VaultError):
        # (No room to copy the WAL into the file, i.e. a full disk, is not damage: the checks
        # after it read through the WAL all the same.)
        detail = typed.phrase() if isinstance(typed, ToestemmingError) else Phrase("db-check-error")
        return [Phrase("db-check-failed", {"step": what, "detail": detail})], disk_full
    return [], disk_full


def findings(sql: str, rows: Sequence[Any], disk_full: bool) -> list[Phrase]:
    """The problems a step's rows report."""
    if sql == WAL_STEP:
        return []  # busy (another reader) is fine; real damage shows up in the later steps
    if "cipher_integrity_check" in sql:
        found = [str(r[0]) for r in rows]
        problems: list[Phrase] = []
        if disk_full and any(_TORN.fullmatch(f.strip()) for f in found):
            # A checkpoint that ran out of room left the file's last page half written; that
            # page's committed content is in the WAL, which every read goes through. Not
            # damage: the disk is full (found by the full-tmpfs test; it said "damaged" and
            # pointed at a restore).
            found = [f for f in found if not _TORN.fullmatch(f.strip())]
            problems.append(Phrase("db-check-disk-full"))
        return problems + [Phrase("db-check-cipher", {"detail": cipher_problem(f)}) for f in found]
    if "foreign_key_check" in sql:
        return [Phrase("db-check-reference", {"table": str(r[0])}) for r in rows]
    return [Phrase("db-check-structure", {"detail": str(r[0])}) for r in rows if r[0] != "ok"]


def cipher_problem(text: str) -> Param:
    """SQLCipher reports in English; the common case as a phrase (the page number is no
    data), anything else as SQLCipher wrote it."""
    match = re.fullmatch(r"HMAC verification failed for page (\d+)", text.strip())
    if match:
        return Phrase("db-check-page-damaged", {"page": match.group(1)})
    return text
