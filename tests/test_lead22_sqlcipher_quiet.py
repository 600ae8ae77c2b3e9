"""A vault opened with another vault's key file (a worker copied the wrong .keys file beside it)
is refused in Dutch; SQLCipher's own English log lines ("ERROR CORE … hmac check failed for
pgno=1") appeared on stderr beside it (atk27). Now stderr holds only the program's words."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from zip_craft import cli_command

from toestemming.clock import FixedClock
from toestemming.service import Service
from toestemming.store.header import KdfParams, header_path


def test_another_vaults_key_file_gives_dutch_only(
    service: Service, vault_path: Path, passphrase: str, clock: FixedClock, tmp_path: Path
) -> None:
    other_path = tmp_path / "ander" / "ander.tvault"
    other_path.parent.mkdir()
    other, _ = Service.create(
        other_path, "Andere school", "Bea", passphrase, clock, kdf=KdfParams()
    )
    other.close()
    service.close()
    shutil.copyfile(header_path(other_path), header_path(vault_path))
    out = subprocess.run(
        [*cli_command(), "--vault", str(vault_path), "check"],
        capture_output=True,
        text=True,
        env={**os.environ, "TOESTEMMING_PASSPHRASE": passphrase},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert out.returncode != 0
    assert "ERROR CORE" not in out.stderr and "hmac" not in out.stderr.lower()
    assert "Traceback" not in out.stderr + out.stdout
    assert "Fout: De kluis kan niet worden gelezen met deze sleutel" in out.stderr
