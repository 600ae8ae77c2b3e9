"""What working on in a restored backup would undo, said plainly at restore: the backup held
against the vault in use, by that vault's key file alone (no passphrase for it is needed).

Why: a genuine older backup of the same vault passes every check restore makes (its seal, its
key file, its audit chain are all in order: they were, then). A worker who was removed since
can offer exactly that one ("de kluis is kapot, zet deze terug"): the copy then still holds
their slot — their own passphrase opens it — and lacks everything the vault recorded after
it. Both are facts the vault's key file holds: its slots, and the log head it signed after
every commit (log_head.py). Restoring stays possible (an older backup is what restoring is
for); it is never silent. Each note is a catalog phrase (worker catalog, backup-compare-*),
with counts and a moment only: no names of workers or youths."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .audit import checkpoint_message, verify_checkpoint_signature
from .errors import Said, ToestemmingError
from .log_head import moment
from .merkle import leaf_hash, root_from_leaf_hashes
from .store.db import Database
from .store.header import KeyHeader, read_header
from .store.vault import cipher_profile
from .words import count_form

# The vault in use's first n event hashes (its own log), None when it could not be read.
OwnHashes = Callable[[int], list[bytes] | None]


def undone_by(
    current_vault: Path,
    backup_header: KeyHeader,
    vault_id: str,
    public_key: str,
    events: int,
    hash_at: Callable[[int], bytes | None] = lambda _seq: None,
    own_hashes: OwnHashes = lambda _n: None,
) -> list[Said]:
    """The notes for a backup of `vault_id` holding `events` audit events and key file
    `backup_header`, held against the vault at `current_vault`; [] when it undoes nothing.
    `hash_at(seq)`: the copy's own hash of event `seq` (None: unknown). `own_hashes(n)`: the
    vault in use's first n event hashes (vault_hashes; None: it could not be opened)."""
    try:
        current = read_header(current_vault)
    except (ToestemmingError, OSError):
        return [Said("backup-compare-unreadable")]
    if current.vault_id != vault_id:
        return [Said("backup-compare-other-vault")]
    notes = []
    head = current.log_head
    # Signed with the organisation key (the backup's, checked by restore): a head written by
    # anyone else says nothing about the copy — and that is said, not left silent (a silent
    # report reads as "the copy is as new as the vault").
    signed = head is not None and verify_checkpoint_signature(
        public_key,
        checkpoint_message(vault_id, head.size, head.root, head.chain_head, head.at),
        head.signature,
    )
    if not signed:
        notes.append(Said("backup-compare-head-unsigned"))
    elif head is not None and head.size <= events and hash_at(head.size) != head.chain_head:
        # The copy has at least as many events, but not the vault's own at its last one: the
        # two grew apart — a copy taken while the vault was open (or a synced folder) was
        # worked on beside it. "Not older" was read as "up to date", and restoring it dropped
        # what the vault in use recorded after the split, silently.
        notes.append(
            Said("backup-compare-forked", size=head.size, events=events, at=moment(head.at))
        )
    elif head is not None and head.size > events:
        # Fewer events is not yet "older": the copy may have grown apart from the vault before
        # its end (copied while open, worked on elsewhere, shorter). Only the vault's own log
        # tells: the copy's last event must be the vault's event at that number — and that
        # log must be the one the vault signed (its Merkle root over head.size events), or an
        # edited database could make any copy look like a prefix.
        line = _same_line(own_hashes(head.size), head.size, head.root, events, hash_at(events))
        if line is False:
            notes.append(
                Said("backup-compare-forked", size=head.size, events=events, at=moment(head.at))
            )
        else:
            if line is None:
                notes.append(Said("backup-compare-line-unknown"))
            notes.append(
                Said(
                    "backup-compare-older",
                    missing=head.size - events,
                    size=head.size,
                    events=events,
                    at=moment(head.at),
                )
            )
    kept = {s.id for s in current.slots}
    gone = [s for s in backup_header.slots if s.id not in kept and not s.pending]
    workers = sum(1 for s in gone if s.kind == "passphrase")
    if workers:
        notes.append(
            Said("backup-compare-removed-workers", count=workers, form=count_form(workers))
        )
    if any(s.kind != "passphrase" for s in gone):
        notes.append(Said("backup-compare-old-recovery-key"))
    return notes


def _same_line(
    own: list[bytes] | None, size: int, root: bytes, events: int, copy_head: bytes | None
) -> bool | None:
    """Whether a copy of `events` events ending in `copy_head` is a prefix of the vault's
    signed log (`size` events, Merkle `root`); None: cannot be told. The chain hash of event k
    covers every event before it, so one equal hash at k means an equal log up to k."""
    if events == 0:
        return True
    if own is None or copy_head is None or len(own) != size:
        return None
    if root_from_leaf_hashes([leaf_hash(h) for h in own]) != root:
        return None  # the vault's database is not the log its key file signed
    return own[events - 1] == copy_head


def vault_hashes(
    current_vault: Path,
    count: int,
    master: bytes,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> list[bytes] | None:
    """The first `count` event hashes of the vault at `current_vault`, read-only (it may be
    open elsewhere: nothing is written, no lock taken). Unlocked with the backup's master key
    when the vault still has it (no key derivation), else with the secret restore was given;
    None when neither opens it, or it cannot be read."""
    try:
        header = read_header(current_vault)
        try:
            key = header.data_keys(master)[0]
        except ToestemmingError:
            if recovery_key is not None:
                opened, _slot, _ = header.open_with_recovery(recovery_key)
            else:
                opened, _slot, _ = header.open_with_passphrase(passphrase or "")
            key = header.data_keys(opened)[0]
        db = Database.open(current_vault, key, profile=cipher_profile(header), read_only=True)
        try:
            rows = db.query("SELECT hash FROM events ORDER BY seq LIMIT ?", (count,))
        finally:
            db.close()
    except (ToestemmingError, OSError):
        return None
    return [bytes(r[0]) for r in rows]
