"""Write tests/data/vault_v<LATEST>.tvault (+ .keys): a vault of the current schema version with
every kind of record (youths with diacritics and Arabic names, parents, requests, decisions
with signature and e-mail evidence, a withdrawal, a disclosure). Run once per released schema
version and commit the two files; tests/store/test_saved_vaults.py opens every saved version
with the current code.

    .venv/bin/python tests/data/make_saved_vault.py
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/: forms_scenario

from forms_scenario import build  # noqa: E402
from tsa_support import local_tsa  # noqa: E402

from toestemming.clock import FixedClock  # noqa: E402
from toestemming.service import Service  # noqa: E402
from toestemming.store.header import KdfParams, header_path  # noqa: E402
from toestemming.store.migrations import LATEST  # noqa: E402

PASSPHRASE = "correct horse battery staple"  # the same for every saved vault


def main() -> int:
    target = HERE / f"vault_v{LATEST}.tvault"
    if target.exists() or header_path(target).exists():
        sys.stderr.write(f"{target.name} bestaat al\n")
        return 1
    clock = FixedClock(datetime(2026, 11, 27, 10, tzinfo=UTC))
    svc, _ = Service.create(
        target, f"Schema v{LATEST} school", "Anna", PASSPHRASE, clock, kdf=KdfParams()
    )
    try:
        build(svc, clock)
        # Schema 12+: English category names, so the saved vault carries the column's data.
        svc.catalog.set_category_english_names(svc.catalog.standard_english_names())
        # Schema 13+: a checkpoint with an RFC 3161 token from a local TSA; the setting is
        # switched off again, so opening the saved vault later asks no server.
        with local_tsa() as tsa:
            svc.trusted_time.set_url(tsa.url)
            svc.checkpoint()
            svc.trusted_time.set_url(None)
    finally:
        svc.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    sys.stdout.write(f"{target.name} geschreven\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
