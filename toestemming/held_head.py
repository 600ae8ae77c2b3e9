"""Hold the vault against a head kept outside it: the signed checkpoint in a proof package,
or the signed log head in a backup's key file (session 19).

Why: someone who puts back an older *pair* of database + key file (a rollback), or an insider
who rewrites the log and re-signs it, leaves a vault whose own checks all pass — the key file's
log head matches the database it came with. What they cannot reach is a package that was
handed out before: its checkpoint is signed with the organisation key over (size, Merkle root,
chain head). The vault must hold that many events, and the Merkle root over its first `size`
events must be that root; else it was rolled back (fewer events) or its log was rewritten or
forked before the package was made. `toestemming check --tegen PAKKET` runs this.

Only the checkpoint is read (from a request package's `logboek/opnamebewijs.json`; from a
youth's package — the one handed out on an inzage request — its lists' and inner packages'
log proofs, all of one export; always through SafeZip's limits) and its signature checked with *this vault's* key: a checkpoint of another
vault or key says nothing about this one, and that is said, not passed over. Everything said
is a catalog phrase with numbers and a moment only."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import safejson
from .audit import checkpoint_message, verify_checkpoint_signature
from .backup_file import BACKUP, BACKUP_LIMITS, KEYS_MEMBER
from .backup_file import MEMBERS as BACKUP_MEMBERS
from .errors import Said, ValidationError, VaultError
from .log_head import moment
from .merkle import root_from_leaf_hashes
from .safezip import PROOF_LIMITS, PROOF_PACKAGE, SafeZip, ZipRefused
from .store.header import KeyHeader

AUDIT_MEMBER = "logboek/opnamebewijs.json"
# A youth's package (proof/youth.py): its lists carry the log proof under "logboek", and its
# inner packages are request packages. Named here, not imported: proof/ pulls in the PDF stack.
YOUTH_INDEX = "jongere.json"
YOUTH_LISTS = ("verstrekkingen.json", "bezwaren.json")
YOUTH_INNER = "verzoeken/"
_BAD = (OSError, ZipRefused, KeyError, TypeError, ValueError, AttributeError)


def require_files(packages: Sequence[Path]) -> None:
    """Refuse, before anything is opened, a package path that is no file: a mistyped name
    is the user's slip, not a finding about the vault ("NIET in orde" read as tampering)."""
    for package in packages:
        if not package.is_file():
            raise ValidationError(
                message_id="error-held-head-not-a-file",
                params={"name": _shown(package)},
                field="tegen",
            )


def problems(package: Path, vault_id: str, public_key: str, leaves: Sequence[bytes]) -> list[Said]:
    """What `package`'s signed checkpoint shows against a vault whose event leaf hashes are
    `leaves` (log_head.leaves_of); [] when the vault extends it. `package` may be a backup
    (`.tbackup`) too: its key file's signed log head is held against the vault the same way."""
    name = _shown(package)
    if not package.is_file():
        return [Said("held-head-unreadable", name=name)]
    backup = _backup_head(package)
    if backup is not None:
        return _against(backup, name, vault_id, public_key, leaves, _BACKUP_SAID)
    out: list[Said] = []
    compared = 0
    try:
        with SafeZip.open(package, PROOF_LIMITS, PROOF_PACKAGE) as z:
            for doc in _log_proofs(z):
                compared += 1
                out += [
                    s for s in _against(doc, name, vault_id, public_key, leaves) if s not in out
                ]
    except _BAD:
        compared = 0  # (what was found before the damaged part is still said)
    if not compared:
        out.append(Said("held-head-unreadable", name=name))
    return out


def _log_proofs(z: SafeZip) -> Iterator[Mapping[str, Any]]:
    """Each log proof (vault + signed checkpoint) the package holds: a request package's one,
    or a youth package's (its lists first; each inner package read one at a time)."""
    names = z.names()
    if AUDIT_MEMBER in names:
        yield safejson.loads(z.read(AUDIT_MEMBER))
        return
    if YOUTH_INDEX not in names:
        return
    for member in YOUTH_LISTS:
        if member in names:
            yield safejson.loads(z.read(member))["logboek"]
    for member in names:
        if member.startswith(YOUTH_INNER):
            # One inner package in memory at a time (bounded by the outer limits), and of it
            # only its log proof is unpacked (bounded by the limits again).
            with SafeZip(io.BytesIO(z.read(member)), PROOF_LIMITS, member) as inner:
                yield safejson.loads(inner.read(AUDIT_MEMBER))


def _backup_head(path: Path) -> Mapping[str, Any] | None:
    """A backup's log head as a log proof (vault + checkpoint), or None when `path` is no
    backup (then it is read as a proof package). The head in a backup's key file is signed
    with the organisation key over the same message as a checkpoint (log_head.py); only the
    key file is read (the copy may be large; BACKUP_LIMITS bound it), nothing is unlocked."""
    try:
        with SafeZip.open(path, BACKUP_LIMITS, BACKUP) as z:
            if set(z.names()) != set(BACKUP_MEMBERS):
                return None
            header = KeyHeader.from_bytes(z.read(KEYS_MEMBER))
    except (*_BAD, VaultError):
        return None
    head = header.log_head
    if head is None:  # a key file from before log heads: nothing to hold the vault to
        return {"vault": header.vault_id, "checkpoint": None}
    checkpoint = {
        "tree_size": head.size,
        "root": head.root.hex(),
        "chain_head": head.chain_head.hex(),
        "at": head.at,
        "signature": head.signature.hex(),
    }
    return {"vault": header.vault_id, "checkpoint": checkpoint}


# The phrases a log proof's comparison says, for a proof package and for a backup.
_PACKAGE_SAID = ("held-head-other-vault", "held-head-rolled-back", "held-head-rewritten")
_BACKUP_SAID = (
    "held-head-backup-other-vault",
    "held-head-backup-rolled-back",
    "held-head-backup-rewritten",
)


def _against(
    doc: Mapping[str, Any],
    name: str,
    vault_id: str,
    public_key: str,
    leaves: Sequence[bytes],
    said: tuple[str, str, str] = _PACKAGE_SAID,
) -> list[Said]:
    """What one log proof's checkpoint shows against the vault; [] when the vault extends it."""
    other, rolled_back, rewritten = said
    if doc.get("checkpoint") is None:
        return [Said("held-head-unreadable", name=name)]
    checkpoint = doc["checkpoint"]
    size = int(checkpoint["tree_size"])
    root = bytes.fromhex(str(checkpoint["root"]))
    chain_head = bytes.fromhex(str(checkpoint["chain_head"]))
    at = str(checkpoint["at"])
    signature = bytes.fromhex(str(checkpoint["signature"]))
    package_vault = str(doc["vault"])
    signed = package_vault == vault_id and verify_checkpoint_signature(
        public_key, checkpoint_message(vault_id, size, root, chain_head, at), signature
    )
    if not signed:
        return [Said(other, name=name)]
    if len(leaves) < size:
        return [
            Said(
                rolled_back,
                name=name,
                size=size,
                events=len(leaves),
                at=moment(at),
            )
        ]
    if root_from_leaf_hashes(leaves[:size]) != root:
        return [Said(rewritten, name=name, size=size, at=moment(at))]
    return []


def _shown(path: Path) -> str:
    # The user's own file name, but never control characters (escape codes) on their terminal.
    return "".join(c if c.isprintable() else "?" for c in path.name) or "?"
