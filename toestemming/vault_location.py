"""Is the vault in a place where it is not safe: a network share or a cloud-sync folder?

A SQLCipher vault in WAL mode keeps its write-ahead index in shared memory (the -shm file,
mapped into every process that opens it): that only works for processes on ONE machine. Over
SMB/NFS/WebDAV the mapping is not shared between computers, and file locks are passed on
unreliably, so two desks can corrupt the file or silently lose each other's changes. A
cloud-sync client (OneDrive, Dropbox, Google Drive, iCloud) copies the files while they are
being written and, when two computers changed them, keeps both as *conflict copies*.

- `assess(...)`: a pure function over an injected mount table, environment and path, for every
  platform (tests feed it Linux mountinfo, macOS `mount` output, Windows drive types).
- `detect(path)`: the same with this computer's real mount table / drive type.
- `conflict_copies(path)`: the sync client's conflict copies of the vault or its key file in
  the same folder. Which copy is the right one cannot be decided here: opening is refused.

Only the warning text is Dutch; nothing here logs a path.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

NETWORK, CLOUD = "network", "cloud"

# Linux fstype (mountinfo) / macOS f_fstypename → what to call it.
_NETWORK_FSTYPES = {
    "cifs": "SMB-netwerkschijf",
    "smb3": "SMB-netwerkschijf",
    "smbfs": "SMB-netwerkschijf",
    "nfs": "NFS-netwerkschijf",
    "nfs4": "NFS-netwerkschijf",
    "afpfs": "AFP-netwerkschijf",
    "webdav": "WebDAV-schijf",
    "davfs": "WebDAV-schijf",
    "fuse.davfs2": "WebDAV-schijf",
    "fuse.sshfs": "SSH-netwerkschijf",
    "sshfs": "SSH-netwerkschijf",
    "9p": "netwerkschijf",
    "ceph": "netwerkschijf",
    "glusterfs": "netwerkschijf",
    "fuse.glusterfs": "netwerkschijf",
    "lustre": "netwerkschijf",
    "fuse.rclone": "cloudschijf (rclone)",
    "fuse.gvfsd-fuse": "netwerkschijf (GNOME)",
    "fuse.s3fs": "cloudschijf",
}
# FUSE file systems known to be local: not flagged (every other fuse.* is, as "gekoppelde schijf").
_LOCAL_FUSE = {"fuse.portal", "fuse.lxcfs", "fuse.encfs", "fuse.gocryptfs", "fuse.ntfs-3g"}

# Folder names that sync clients create (compared case-insensitively, whole path components).
_CLOUD_COMPONENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"onedrive( - .*)?|onedrive-.*", re.I), "OneDrive"),
    (re.compile(r"dropbox( \(.*\))?|dropbox-.*", re.I), "Dropbox"),
    (
        re.compile(r"google ?drive(-.*)?|my drive|mijn drive|gedeelde drives|shared drives", re.I),
        "Google Drive",
    ),
    (re.compile(r"icloud ?drive.*|mobile documents|com~apple~clouddocs", re.I), "iCloud Drive"),
    (
        re.compile(r"nextcloud|owncloud|box|box sync|pcloud drive|stack", re.I),
        "een synchronisatiedienst",
    ),
)
_CLOUD_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")

DRIVE_REMOTE = 4  # GetDriveTypeW


@dataclass(frozen=True)
class Mount:
    mount_point: str
    fstype: str
    source: str = ""


@dataclass(frozen=True)
class LocationRisk:
    kind: str  # NETWORK or CLOUD
    what: str  # Dutch: "SMB-netwerkschijf", "OneDrive" …

    def warning(self) -> str:
        """Dutch explanation for a dialog before creating or opening."""
        if self.kind == CLOUD:
            where = f"in een map die door {self.what} wordt gesynchroniseerd"
            extra = (
                " Het synchronisatieprogramma kopieert de bestanden terwijl ze worden "
                "geschreven, en als de kluis op twee computers is gewijzigd, maakt het "
                "conflictkopieën van de kluis of het sleutelbestand: dan is niet meer te zeggen "
                "welke klopt en kunnen wijzigingen of toegang verloren gaan."
            )
        else:
            where = f"op een {self.what}"
            extra = (
                " Via het netwerk wordt dat geheugen niet gedeeld en werkt het slot dat "
                "voorkomt dat twee mensen tegelijk schrijven niet altijd."
            )
        return (
            f"Deze kluis staat {where}. Dat is niet veilig: de database houdt haar "
            "wijzigingenlogboek (WAL) bij in gedeeld geheugen, en dat werkt alleen als de kluis "
            f"op één computer wordt gebruikt.{extra} Zet de kluis op een schijf van deze "
            "computer. Wilt u met meer computers in dezelfde kluis werken, vraag uw beheerder "
            "dan naar de teamserver van uw organisatie."
        )


# -- mount tables --------------------------------------------------------------------------
def _unescape_mountinfo(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as \ooo (octal).
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_mountinfo(text: str) -> list[Mount]:
    """Linux /proc/self/mountinfo: `id parent maj:min root mount-point opts [optional…] - fstype
    source superopts`. Malformed lines are skipped."""
    mounts = []
    for line in text.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if not sep or len(fields) < 5 or not tail:
            continue
        source = _unescape_mountinfo(tail[1]) if len(tail) > 1 else ""
        mounts.append(Mount(_unescape_mountinfo(fields[4]), tail[0], source))
    return mounts


_MAC_MOUNT = re.compile(r"^(?P<source>.+?) on (?P<point>.+) \((?P<fstype>[^,()]+)(?:,[^()]*)?\)$")


def parse_mount_output(text: str) -> list[Mount]:
    """macOS/BSD `mount` output: `//user@server/share on /Volumes/share (smbfs, nodev, …)`."""
    mounts = []
    for line in text.splitlines():
        match = _MAC_MOUNT.match(line.strip())
        if match:
            mounts.append(Mount(match["point"], match["fstype"].strip(), match["source"]))
    return mounts


def mount_for(path: PurePosixPath, mounts: Iterable[Mount]) -> Mount | None:
    """The mount with the longest mount point that contains `path` (the last wins on ties:
    mountinfo lists over-mounts later)."""
    best: Mount | None = None
    for mount in mounts:
        point = PurePosixPath(mount.mount_point)
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) >= len(PurePosixPath(best.mount_point).parts)
        ):
            best = mount
    return best


def _fstype_risk(fstype: str) -> LocationRisk | None:
    name = fstype.lower()
    if name in _NETWORK_FSTYPES:
        return LocationRisk(NETWORK, _NETWORK_FSTYPES[name])
    if name.startswith("fuse.") and name not in _LOCAL_FUSE:
        return LocationRisk(NETWORK, "gekoppelde schijf (FUSE, mogelijk via het netwerk)")
    return None


# -- the pure assessment -------------------------------------------------------------------
def _cloud_risk(
    path: PurePath, env: Mapping[str, str], sync_roots: Iterable[str]
) -> LocationRisk | None:
    folded = [part.casefold() for part in path.parts]
    for name in _CLOUD_ENV:
        root = env.get(name, "")
        if root and _is_under(path, type(path)(root)):
            return LocationRisk(CLOUD, "OneDrive")
    for root in sync_roots:
        if root and _is_under(path, type(path)(root)):
            return LocationRisk(CLOUD, "Dropbox")
    if "cloudstorage" in folded:  # macOS File Provider: ~/Library/CloudStorage/<Service>-<account>
        after = path.parts[folded.index("cloudstorage") + 1 :]
        for pattern, what in _CLOUD_COMPONENTS:
            if after and pattern.fullmatch(after[0]):
                return LocationRisk(CLOUD, what)
        return LocationRisk(CLOUD, "een synchronisatiedienst")
    for part in path.parts[:-1]:  # folders only: the vault file's own name says nothing
        for pattern, what in _CLOUD_COMPONENTS:
            if pattern.fullmatch(part):
                return LocationRisk(CLOUD, what)
    return None


def _is_under(path: PurePath, root: PurePath) -> bool:
    if isinstance(path, PureWindowsPath):  # case-insensitive there
        path, root = PureWindowsPath(str(path).casefold()), PureWindowsPath(str(root).casefold())
    return path == root or root in path.parents


def assess(
    path: str,
    *,
    system: str,
    mounts: Iterable[Mount] = (),
    env: Mapping[str, str] | None = None,
    sync_roots: Iterable[str] = (),
    drive_type: Callable[[str], int] | None = None,
) -> LocationRisk | None:
    """The risk of keeping a vault at `path` (absolute), or None. `system` is sys.platform
    ("linux", "darwin", "win32"); `mounts` the parsed mount table (Linux, macOS);
    `drive_type` GetDriveTypeW for a root like "Z:\\" (Windows); `sync_roots` folders a sync
    client reported (Dropbox's info.json). Network beats cloud: it is the stronger warning."""
    env = env or {}
    if system == "win32":
        wpath = PureWindowsPath(path)
        drive = wpath.drive
        if drive.startswith("\\\\"):  # \\server\share, \\?\UNC\server\share, \\wsl$ …
            if not drive.lower().startswith(("\\\\?\\", "\\\\.\\")) or "unc" in drive.lower():
                return LocationRisk(NETWORK, "netwerkschijf (UNC-pad)")
        elif drive and drive_type is not None and drive_type(drive + "\\") == DRIVE_REMOTE:
            return LocationRisk(NETWORK, "netwerkschijf")
        return _cloud_risk(wpath, env, sync_roots)
    ppath = PurePosixPath(path)
    mount = mount_for(ppath, mounts)
    if mount is not None:
        risk = _fstype_risk(mount.fstype)
        if risk is not None:
            return risk
    return _cloud_risk(ppath, env, sync_roots)


# -- this computer ---------------------------------------------------------------------------
def _read_small(path: Path, limit: int = 1 << 20) -> str:
    try:
        with path.open("rb") as fh:
            return fh.read(limit).decode("utf-8", "replace")
    except OSError:
        return ""


def dropbox_roots(env: Mapping[str, str]) -> list[str]:
    """Dropbox writes its folders to info.json (%APPDATA%/%LOCALAPPDATA%\\Dropbox, ~/.dropbox)."""
    candidates = [
        Path(env[var]) / "Dropbox" / "info.json"
        for var in ("APPDATA", "LOCALAPPDATA")
        if env.get(var)
    ]
    candidates.append(Path.home() / ".dropbox" / "info.json")
    roots: list[str] = []
    for candidate in candidates:
        try:
            data = json.loads(_read_small(candidate, 64 * 1024) or "null")
        except ValueError:
            continue
        if isinstance(data, dict):
            for account in data.values():
                if isinstance(account, dict) and isinstance(account.get("path"), str):
                    roots.append(account["path"])
    return roots


def _windows_drive_type(root: str) -> int:
    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _mac_mounts() -> list[Mount]:
    try:
        out = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_mount_output(out)


def detect(path: Path) -> LocationRisk | None:
    """`assess` with this computer's facts. Never raises: an unknown place is no warning."""
    try:
        full = str(Path(path).expanduser().resolve(strict=False))
    except (OSError, RuntimeError):
        return None
    env = dict(os.environ)
    roots = dropbox_roots(env)
    if sys.platform == "win32":
        return assess(
            full, system="win32", env=env, sync_roots=roots, drive_type=_windows_drive_type
        )
    if sys.platform == "darwin":
        return assess(full, system="darwin", mounts=_mac_mounts(), env=env, sync_roots=roots)
    mounts = parse_mountinfo(_read_small(Path("/proc/self/mountinfo"), 4 << 20))
    return assess(full, system=sys.platform, mounts=mounts, env=env, sync_roots=roots)


# -- conflict copies -------------------------------------------------------------------------
# Names that say "conflict" outright (Dropbox, OneDrive for Business, Nextcloud, ownCloud,
# Syncthing, Google Drive in some languages): flagged on sight.
_CONFLICT_WORDS = re.compile(
    r"conflict|conflicted copy|conflictkopie|conflictexemplaar|sync-conflict|_conflict-|in conflict",
    re.I,
)
# What a sync client inserts into a name (before an extension): " (…)", "-COMPUTER[-n]",
# " 2", ".sync-conflict-…", "_conflict-…".
_MARKERS = (
    r" ?\([^()/\\]{0,200}\)",
    r"-[A-Za-z0-9][A-Za-z0-9_.-]{0,62}",
    r" [0-9]{1,3}",
    r"[._]sync-conflict-[^/\\]{1,120}?",
    r"_conflict-[^/\\]{1,120}?",
)
_FAMILY = (".tvault", ".tvault.keys")
_HEADER_PROBE_BYTES = 64 * 1024


def _family_names(vault: Path) -> list[str]:
    stem = vault.name[: -len(".tvault")] if vault.name.endswith(".tvault") else vault.name
    return [stem + ".tvault", stem + ".tvault.keys"]


def _conflict_pattern(vault: Path) -> re.Pattern[str]:
    """Any of the family's names with one marker inserted before one of its extensions."""
    stem = vault.name[: -len(".tvault")] if vault.name.endswith(".tvault") else vault.name
    marker = "(?:" + "|".join(_MARKERS) + ")"
    s = re.escape(stem)
    return re.compile(
        rf"{s}{marker}\.tvault(?:\.keys)?|{s}\.tvault{marker}\.keys|{s}\.tvault\.keys{marker}",
        re.I,
    )


def _same_vault(candidate: Path, vault: Path) -> bool:
    """Is `candidate` a copy of this vault (or its key file)? Key file: the same vault_id. Vault
    file: the same first 16 bytes (SQLCipher's per-file salt, kept by every copy)."""
    keys = Path(f"{vault}.keys")
    if candidate.name.lower().endswith(".keys"):
        mine, theirs = _vault_id(keys), _vault_id(candidate)
        return mine is not None and mine == theirs
    try:
        with vault.open("rb") as a, candidate.open("rb") as b:
            head = a.read(16)
            return len(head) == 16 and head == b.read(16)
    except OSError:
        return False


def _vault_id(path: Path) -> str | None:
    try:
        data = json.loads(_read_small(path, _HEADER_PROBE_BYTES) or "null")
    except ValueError:
        return None
    value = data.get("vault_id") if isinstance(data, dict) else None
    return value if isinstance(value, str) else None


def conflict_copies(vault: Path, names: Iterable[str] | None = None) -> tuple[str, ...]:
    """Names in the vault's folder that are sync-conflict copies of the vault or its key file.
    A name that says "conflict" counts on sight; one that only looks like a copy ("kluis (1)",
    "kluis-PC.tvault") counts when its content is a copy of this vault, so a second vault
    called "kluis-2023.tvault" does not block this one."""
    vault = Path(vault)
    if names is None:
        try:
            names = [entry.name for entry in os.scandir(vault.parent)]
        except OSError:
            return ()
    own = {n.lower() for n in _family_names(vault)}
    pattern = _conflict_pattern(vault)
    found = []
    for name in names:
        if name.lower() in own or not pattern.fullmatch(name):
            continue
        if _CONFLICT_WORDS.search(name) or _same_vault(vault.parent / name, vault):
            found.append(name)
    return tuple(sorted(found))
