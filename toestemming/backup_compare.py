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
from .store.header import KeyHeader, read_header
from .words import count_form


def undone_by(
    current_vault: Path,
    backup_header: KeyHeader,
    vault_id: str,
    public_key: str,
    events: int,
    hash_at: Callable[[int], bytes | None] = lambda _seq: None,
) -> list[Said]:
    """The notes for a backup of `vault_id` holding `events` audit events and key file
    `backup_header`, held against the vault at `current_vault`; [] when it undoes nothing.
    `hash_at(seq)`: the copy's own hash of event `seq` (None: unknown)."""
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
