"""What an open Service holds the vault against: the log head kept outside the database, and
the clock at open (split from service.py by job, s21; the Service's methods call these).

The log head (log_head.py) is compared at open and written into the key header after every
commit; `check` also holds proof packages, the Merkle tree and the RFC 3161 tokens against the
log. A clock behind the log at open (log_clock.py) makes the window read-only with the way out
(usecases/clock_right.py); a clock far ahead is held from unlock on (usecases/clock_ahead.py)."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from pathlib import Path

from . import log_clock, log_head
from .clock import Clock
from .errors import IntegrityFailure, Phrase, ToestemmingError
from .store.vault import Vault
from .usecases.context import Context

_log = logging.getLogger(__name__)


def hold_clock_at_open(vault: Vault, clock: Clock) -> None:
    """A clock behind the log would date new events before older ones (log_clock.py); a team
    desk opened with its clock already back too (s17), with the same way out."""
    late = log_clock.behind(
        vault.db,
        clock.now(),
        message_id=log_clock.BEHIND_ID if vault.local_backups else log_clock.TEAM_BEHIND_ID,
    )
    if late is not None:
        vault.db.read_only_reason = late


def compare(vault: Vault, ctx: Context) -> list[Phrase]:
    """The log against the head recorded in the key header (at open)."""
    other = vault.log_head_identity_problems()
    if other:
        return other
    try:
        return log_head.head_problems(
            vault.db,
            vault.header.log_head,
            vault_id=vault.vault_id,
            public_hex=vault.pinned_public_key() or ctx.meta("public_key"),
            authentic=vault.log_head_authentic(),
        )
    except IntegrityFailure:
        # A damaged page on the way: the file check names it; the head cannot be compared.
        return [log_head.UNREADABLE]


def seen_at_open(vault: Vault) -> list[Phrase]:
    """The log against the longest one this computer saw of this vault (seen_heads.py): a
    rollback of database + key file together. Said (the caller makes the window read-only
    with it), then the record follows the vault, so it is said once per computer. A team
    server keeps its own head per computer (store/team.py)."""
    from . import seen_heads

    if not vault.local_backups:
        return []
    try:
        found = seen_heads.problems(vault.db, vault.vault_id, vault.path)
    except IntegrityFailure:
        return []  # a damaged page: the file check names it
    if found:
        _log.warning("this vault's log is behind or other than this computer saw before")
    if not vault.check_only:
        seen_heads.record(vault.db, vault.vault_id, vault.path, follow=bool(found))
    return found


def seen_at_close(vault: Vault) -> None:
    from . import seen_heads

    if vault.local_backups and not vault.check_only:
        with contextlib.suppress(ToestemmingError):
            seen_heads.record(vault.db, vault.vault_id, vault.path)


def held_problems(vault: Vault, ctx: Context, packages: Sequence[Path]) -> list[str]:
    from . import held_head  # `check` only: keeps safezip off the app's start path

    if not packages:
        return []
    leaves = log_head.leaves_of(vault.db)
    key = vault.pinned_public_key() or ctx.meta("public_key") or ""
    return [
        str(said)
        for package in packages
        for said in held_head.problems(package, vault.vault_id, key, leaves)
    ]


def _extends(vault: Vault, size: int, chain_head: bytes) -> bool:
    """The log still holds the recorded head's event: one lookup by number per commit."""
    row = vault.db.query_one("SELECT hash FROM events WHERE seq = ?", (size,))
    return row is not None and bytes(row[0]) == chain_head


def deep_problems(vault: Vault, head_problems: bool) -> list[str]:
    from .language import SOURCE

    head = vault.header.log_head
    if head is None or head_problems:
        return []
    db = vault.db
    found = log_head.merkle_problems(log_head.leaves_of(db), head, log_head.db_root(db))
    return [p.text_in(SOURCE) for p in found]


def stamp_problems(vault: Vault) -> list[str]:
    from . import stamp_rows
    from .language import SOURCE

    found = stamp_rows.problems(vault.db, vault.vault_id)
    return [p.text_in(SOURCE) for p in found]


def record(vault: Vault, ctx: Context, clock: Clock) -> None:
    """After a commit: the log's new head into the key header. A failure here (full disk, a
    read-only folder) does not undo the commit; the next commit tries again."""
    recorded = vault.header.log_head
    if recorded is not None and not _extends(vault, recorded.size, recorded.chain_head):
        # The events up to the recorded head were rewritten or removed under this open desk
        # (an insider with the data key, atk29): a new head would sign over the rewrite and
        # bless it. The old head stays; the next open and `check` name the difference.
        _log.warning("the log no longer extends the recorded head: not signed over it")
        return
    size, _ = log_head.db_head(vault.db)
    if (
        recorded is not None
        and recorded.size == size
        and recorded.checkpoints == log_head.checkpoint_count(vault.db)
        and recorded.stamps == log_head.stamp_count(vault.db)
    ):
        # (a commit that only signed or stamped a checkpoint changes a count, not the size)
        return
    private = ctx.meta("signing_key")
    if not private:
        return
    head = log_head.make_head(vault.db, vault.vault_id, private, clock)
    if head is None:
        return
    try:
        vault.record_log_head(head)
    except (OSError, ToestemmingError) as exc:
        _log.warning("log head not written to the key header: %s", type(exc).__name__)
