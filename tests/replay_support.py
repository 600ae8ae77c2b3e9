"""The attacker's way in for the replay tests: the vault file opened with sqlcipher3 and the
data key a legitimate unlock hands out, with the vault's page settings — no program code in
between, so the consent tables can be edited while the audit log is left alone."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from toestemming.service import Service


def attacker_connection(svc: Service) -> Any:
    key, profile = svc.vault.current_data_key(), svc.vault.db.profile
    conn = sqlcipher3.connect(str(svc.vault.path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cipher_page_size = {profile.page_size}")
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {profile.hmac}")
    return conn
