"""The audit log's head outside the database: written into the key header after every commit,
compared with the database at every open, in `check`, in backups and at restore.

Why: the database alone cannot notice that it lost its newest part. Deleting the -wal and
-shm files after a crash, deleting the newest events, or putting an older copy of the
database file back all leave a log that is internally consistent. The key header remembers
how long the log was and what its chain head and Merkle root were; a log that is shorter, or
whose event at that size has another hash, is reported plainly. The head is signed with the
organisation key (checkable with the public key alone) and MAC'ed with a key derived from the
master key (see store/header.py LogHead).

What this does not catch: someone who replaces BOTH the database and the key header with an
older pair, or an insider with a passphrase who rewrites both. Against those only a head kept
elsewhere helps: the ones in proof packages and backups, and trusted timestamps (see
ARCHITECTURE.md, "Threat model").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .audit import GENESIS, checkpoint_message, verify_checkpoint_signature
from .clock import Clock, to_iso
from .errors import Phrase
from .merkle import leaf_hash, root_from_leaf_hashes, verify_consistency
from .store.db import Database
from .store.header import LogHead

log = logging.getLogger(__name__)

# Problems are catalog phrases (worker catalog, log-head-*): shown in the reader's language.
RESTORE_HINT = Phrase("log-head-restore-hint")
UNREADABLE = Phrase("log-head-unreadable")


def db_head(db: Database) -> tuple[int, bytes]:
    row = db.query_one("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
    return (0, GENESIS) if row is None else (int(row[0]), bytes(row[1]))


def db_root(db: Database) -> bytes:
    """The current Merkle root, from the frontier the audit log keeps in `meta`."""
    from .audit import _frontier_load, frontier_root

    raw = db.scalar("SELECT value FROM meta WHERE key = 'merkle_frontier'")
    return frontier_root(_frontier_load(None if raw is None else str(raw)))


def make_head(db: Database, vault_id: str, private_hex: str, clock: Clock) -> LogHead | None:
    """The signed head of the log as it is now (None for an empty log)."""
    size, head = db_head(db)
    if size == 0:
        return None
    root = db_root(db)
    at = to_iso(clock.now())
    message = checkpoint_message(vault_id, size, root, head, at)
    signature = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_hex)).sign(message)
    return LogHead(
        size, root, head, at, signature, checkpoints=checkpoint_count(db), stamps=stamp_count(db)
    )


def checkpoint_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM checkpoints"))


def stamp_count(db: Database) -> int:
    """The RFC 3161 tokens on checkpoints (usecases/trusted_time.py)."""
    return int(db.scalar("SELECT count(*) FROM checkpoint_timestamps"))


def head_problems(
    db: Database,
    head: LogHead | None,
    *,
    vault_id: str,
    public_hex: str | None,
    authentic: bool,
) -> list[Phrase]:
    """Sentences (no personal data) when the database disagrees with the head the vault
    recorded outside it; [] when it agrees or when there is no head yet. Cheap: two point
    queries (the full chain is checked by the audit verification)."""
    if head is None:
        return []
    if not authentic:
        return [Phrase("log-head-header-changed", {"hint": RESTORE_HINT})]
    if public_hex is not None and not verify_checkpoint_signature(
        public_hex,
        checkpoint_message(vault_id, head.size, head.root, head.chain_head, head.at),
        head.signature,
    ):
        return [Phrase("log-head-unsigned", {"hint": RESTORE_HINT})]
    size, _ = db_head(db)
    if size < head.size:
        missing = head.size - size
        return [
            Phrase(
                "log-head-shorter",
                {
                    "missing": missing,
                    "size": head.size,
                    "at": moment(head.at),
                    "hint": RESTORE_HINT,
                },
            )
        ]
    stored = db.scalar("SELECT hash FROM events WHERE seq = ?", (head.size,))
    if stored is None or bytes(stored) != head.chain_head:
        return [Phrase("log-head-differs", {"size": head.size, "hint": RESTORE_HINT})]
    if head.checkpoints is not None:
        missing = head.checkpoints - checkpoint_count(db)
        if missing > 0:  # (more is fine: one signed after the head was written, then a crash)
            return [
                Phrase(
                    "log-head-checkpoints-missing",
                    {"missing": missing, "count": head.checkpoints, "hint": RESTORE_HINT},
                )
            ]
    if head.stamps is not None:
        missing = head.stamps - stamp_count(db)
        if missing > 0:  # (more is fine: a token stored after the head was written, then a crash)
            return [
                Phrase(
                    "log-head-stamps-missing",
                    {"missing": missing, "count": head.stamps, "hint": RESTORE_HINT},
                )
            ]
    return []


def merkle_problems(leaves: Sequence[bytes], head: LogHead, current_root: bytes) -> list[Phrase]:
    """Deep check: the Merkle root over the first `head.size` events is the recorded one, and
    the current tree is an append-only extension of it (RFC 9162 consistency proof)."""
    from .merkle import consistency_proof

    if len(leaves) < head.size:
        return []  # reported by head_problems
    if root_from_leaf_hashes(leaves[: head.size]) != head.root:
        return [Phrase("log-head-merkle-root-differs", {"size": head.size})]
    proof = consistency_proof(head.size, leaves)
    if not verify_consistency(head.size, len(leaves), head.root, current_root, proof):
        return [Phrase("log-head-not-append-only")]
    return []


def leaves_of(db: Database) -> list[bytes]:
    return [leaf_hash(bytes(r[0])) for r in db.iterate("SELECT hash FROM events ORDER BY seq")]


def moment(value: str) -> str:
    """An ISO moment as the catalogs show it (dd-mm-jjjj uu:mm, local time)."""
    from .clock import LOCAL_TZ, from_iso

    try:
        return from_iso(value).astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return value
