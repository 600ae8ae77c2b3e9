"""Network shares and cloud-sync folders (issue 13, item 4): recognised from injected mount
tables, drive types and paths for Linux, macOS and Windows; sync-conflict copies beside the
vault refuse the open with the names listed, and a look-alike second vault does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from toestemming.errors import SyncConflict, user_text
from toestemming.service import Service
from toestemming.store.header import KdfParams
from toestemming.vault_location import (
    CLOUD,
    DRIVE_REMOTE,
    NETWORK,
    assess,
    conflict_copies,
    parse_mount_output,
    parse_mountinfo,
)

PASS = "correct horse battery staple"

MOUNTINFO = r"""22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
30 22 0:26 / /tmp rw,nosuid shared:5 - tmpfs tmpfs rw
41 22 0:40 / /mnt/team rw,relatime shared:20 - cifs //nas/team rw,vers=3.1.1
42 22 0:41 / /mnt/nfs\040share rw shared:21 - nfs4 nas:/export rw
43 41 0:42 / /mnt/team/lokaal rw shared:22 - ext4 /dev/sdb1 rw
44 22 0:43 / /home/jw/ssh rw shared:23 - fuse.sshfs jw@host:/ rw
45 22 0:44 / /home/jw/dav rw shared:24 - davfs https://dav.example/ rw
46 22 0:45 / /run/user/1000/doc rw shared:25 - fuse.portal portal rw
47 22 0:46 / /mnt/cifs2 rw shared:26 - smb3 //nas/x rw
this line is not mountinfo
"""

MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//jw@nas._smb._tcp.local/Team on /Volumes/Team (smbfs, nodev, nosuid, mounted by jw)
nas:/export on /Volumes/nfs (nfs, asynchronous)
https://dav.example/ on /Volumes/dav (webdav, nodev, noexec, nosuid, mounted by jw)
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/jw/kluis.tvault", None),
        ("/tmp/kluis.tvault", None),
        ("/mnt/team/kluis.tvault", NETWORK),
        ("/mnt/team/sub/dir/kluis.tvault", NETWORK),
        ("/mnt/team/lokaal/kluis.tvault", None),  # a local disk mounted inside the share
        ("/mnt/teamwork/kluis.tvault", None),  # a prefix of the name is not the mount
        ("/mnt/nfs share/kluis.tvault", NETWORK),  # \040 in mountinfo is a space
        ("/home/jw/ssh/kluis.tvault", NETWORK),
        ("/home/jw/dav/kluis.tvault", NETWORK),
        ("/mnt/cifs2/kluis.tvault", NETWORK),
        ("/run/user/1000/doc/kluis.tvault", None),  # xdg portal: local
        ("/home/jw/Dropbox/werk/kluis.tvault", CLOUD),
        ("/home/jw/OneDrive - Jeugdzorg/kluis.tvault", CLOUD),
        ("/home/jw/Google Drive/My Drive/kluis.tvault", CLOUD),
        ("/home/jw/dropbox-notes.tvault", None),  # the file's own name says nothing
    ],
)
def test_linux(path: str, kind: str | None) -> None:
    risk = assess(path, system="linux", mounts=parse_mountinfo(MOUNTINFO))
    assert (risk.kind if risk else None) == kind
    if risk is not None:
        text = risk.warning()
        assert "WAL" in text and "één computer" in text and "teamserver" in text


@pytest.mark.parametrize(
    ("path", "kind", "what"),
    [
        ("/Users/jw/kluis.tvault", None, None),
        ("/Volumes/Team/kluis.tvault", NETWORK, "SMB-netwerkschijf"),
        ("/Volumes/nfs/kluis.tvault", NETWORK, "NFS-netwerkschijf"),
        ("/Volumes/dav/kluis.tvault", NETWORK, "WebDAV-schijf"),
        ("/Users/jw/Library/CloudStorage/OneDrive-Jeugdzorg/kluis.tvault", CLOUD, "OneDrive"),
        (
            "/Users/jw/Library/CloudStorage/GoogleDrive-jw@x.nl/My Drive/k.tvault",
            CLOUD,
            "Google Drive",
        ),
        ("/Users/jw/Library/CloudStorage/Box-Box/k.tvault", CLOUD, "een synchronisatiedienst"),
        (
            "/Users/jw/Library/Mobile Documents/com~apple~CloudDocs/kluis.tvault",
            CLOUD,
            "iCloud Drive",
        ),
    ],
)
def test_macos(path: str, kind: str | None, what: str | None) -> None:
    risk = assess(path, system="darwin", mounts=parse_mount_output(MAC_MOUNT))
    assert ((risk.kind, risk.what) if risk else (None, None)) == (kind, what)


def test_windows_drive_types_unc_and_sync_folders() -> None:
    remote = {"Z:\\"}

    def drive_type(root: str) -> int:
        return DRIVE_REMOTE if root.upper() in remote else 3  # DRIVE_FIXED

    env = {"OneDrive": "C:\\Users\\jw\\OneDrive - Jeugdzorg", "OneDriveCommercial": ""}

    def check(path: str, roots: tuple[str, ...] = ()) -> str | None:
        risk = assess(path, system="win32", env=env, sync_roots=roots, drive_type=drive_type)
        return risk.kind if risk else None

    assert check("C:\\Users\\jw\\Documents\\kluis.tvault") is None
    assert check("Z:\\team\\kluis.tvault") == NETWORK
    assert check("z:\\team\\kluis.tvault") == NETWORK
    assert check("\\\\nas\\team\\kluis.tvault") == NETWORK
    assert check("\\\\?\\UNC\\nas\\team\\kluis.tvault") == NETWORK
    assert check("c:\\users\\JW\\onedrive - jeugdzorg\\sub\\kluis.tvault") == CLOUD  # env var
    assert check("D:\\Werk\\kluis.tvault", ("D:\\Werk",)) == CLOUD  # Dropbox's info.json
    assert check("C:\\Users\\jw\\Dropbox (Jeugdzorg)\\kluis.tvault") == CLOUD


def _vault(folder: Path, name: str = "kluis.tvault") -> Path:
    path = folder / name
    svc, _ = Service.create(path, "School", "Anna", PASS, kdf=KdfParams())
    svc.close()
    return path


@pytest.mark.parametrize(
    "copy_name",
    [
        "kluis (conflict copy 2025-03-04).tvault",
        "kluis-DESKTOP-XYZ.tvault.keys",
        "kluis (1).tvault.keys",
        "kluis (Conflicted copy 2025-03-04).tvault",
        "kluis (1).tvault",
        "kluis.tvault (Anna's conflicted copy 2025-03-04).keys",
        "kluis.sync-conflict-20250304-101500-ABCDEFG.tvault",
        "KLUIS-laptop-2.tvault",
    ],
)
def test_sync_conflict_copies_refuse_the_open(tmp_path: Path, copy_name: str) -> None:
    vault = _vault(tmp_path)
    source = Path(f"{vault}.keys") if ".keys" in copy_name else vault
    (tmp_path / copy_name).write_bytes(source.read_bytes())
    with pytest.raises(SyncConflict) as exc:
        Service.open(vault, PASS)
    assert copy_name in user_text(exc.value)
    assert copy_name not in exc.value.message  # (the names may hold an account name)
    assert "kan niet bepalen welke kopie klopt" in exc.value.message


def test_look_alike_names_of_other_files_do_not_block(tmp_path: Path) -> None:
    vault = _vault(tmp_path)
    other = _vault(tmp_path, "kluis-2023.tvault")  # a second, unrelated vault
    (tmp_path / "kluis (1).tvault.keys").write_text('{"vault_id": "iemand-anders"}')
    (tmp_path / "kluis 2.tvault").write_bytes(b"\0" * 64)
    assert other.exists()
    assert conflict_copies(vault) == ()
    Service.open(vault, PASS).close()
    # …but the words "conflicted copy" are enough, whatever the content.
    (tmp_path / "kluis (conflicted copy).tvault").write_bytes(b"rommel")
    assert conflict_copies(vault) == ("kluis (conflicted copy).tvault",)
