"""One proof package for one youth: every request's package (all items, all evidence) in one
zip, with a signed index — so "everything we hold about this youth's consents" is one file a
privacy officer can hand over and `toestemming verify` can check as a whole.

    jongere.json                 the index: youth id, each inner package's reference code
    bezwaren.json                the youth's objections (verzet) with their logged events
    verstrekkingen.json          weighings and disclosures (a legal duty among them), logged
    verzoeken/bewijs-TS-….zip    the per-request packages, each complete and signed itself
    LEESMIJ.txt
    manifest.json, manifest.sig  SHA-256 of every file, signed with the organisation key

The inner packages are the ordinary ones (package.py), so each can also be checked alone."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ..audit import key_fingerprint, key_id
from ..clock import LOCAL_TZ, to_iso
from .naming import PROOF_EXTENSION
from .trust import grouped

YOUTH_FORMAT = "toestemming-bewijspakket-jongere/1"
INDEX = "jongere.json"
INNER_DIR = "verzoeken/"
README = """Bewijspakket van {organisation} voor één jongere

Dit pakket bevat alle bewijspakketten van deze jongere: elk verzoek met al zijn onderdelen,
beslissingen, bewijsstukken (handtekeningen met lijnen, e-mails, schermafdrukken, scans) en
het bewijs dat alles in het ondertekende logboek staat.

  jongere.json               overzicht van de verzoeken in dit pakket
  bezwaren.json              bezwaren (verzet) van of voor de jongere, met het logboekbewijs
  verstrekkingen.json        afwegingen en verstrekkingen (ook zonder toestemming, zoals een
                             wettelijke verplichting), met het logboekbewijs
  verzoeken/                 één bewijspakket per verzoek (elk ook los te controleren)
  manifest.json/.sig         SHA-256 van elk bestand, ondertekend met de sleutel

Controleren (zonder de kluis):  toestemming verify {name}
Vingerafdruk van de sleutel:    {fingerprint}
"""


# Inner packages are zips already (stored, not compressed again); older exports were ".zip".
_PACKAGES = (PROOF_EXTENSION, ".zip")


def bundle_name(youth_id: int, at: datetime) -> str:
    # The youth's number in the vault, never a name: file names end up in mail and logs.
    return f"bewijs-jongere-{youth_id}-{at.astimezone(LOCAL_TZ):%Y%m%d-%H%M%S}{PROOF_EXTENSION}"


def bundle(
    organisation: str,
    vault_id: str,
    youth_id: int,
    packages: Sequence[tuple[str, bytes]],
    now: datetime,
    public_key: str,
    signing_key: str,
    extra: Mapping[str, bytes] | None = None,  # more signed files (youth_logged.py)
) -> bytes:
    files: dict[str, bytes] = dict(extra or {})
    for name, data in packages:
        files[INNER_DIR + name] = data
    index = {
        "format": YOUTH_FORMAT,
        "youth": youth_id,
        "packages": [
            {"file": INNER_DIR + name, "reference_code": _code(name)} for name, _ in packages
        ],
    }
    files[INDEX] = _json(index)
    files["LEESMIJ.txt"] = README.format(
        organisation=organisation,
        name=bundle_name(youth_id, now),
        fingerprint=grouped(key_fingerprint(public_key)),
    ).encode("utf-8")
    manifest = _json(
        {
            "format": YOUTH_FORMAT,
            "created_at": to_iso(now),
            "organisation": organisation,
            "vault": vault_id,
            "youth": youth_id,
            "public_key": public_key,
            "key_id": key_id(public_key),
            "files": {
                name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                for name, data in sorted(files.items())
            },
        }
    )
    signature = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_key)).sign(manifest)
    buf = io.BytesIO()
    stamp = now.astimezone(LOCAL_TZ).timetuple()[:6]
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in [
            ("manifest.json", manifest),
            ("manifest.sig", (signature.hex() + "\n").encode("ascii")),
            *sorted(files.items()),
        ]:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = (
                zipfile.ZIP_STORED if name.endswith(_PACKAGES) else zipfile.ZIP_DEFLATED
            )
            z.writestr(info, data)
    return buf.getvalue()


def _code(name: str) -> str:
    stem = name.removeprefix("bewijs-")
    for suffix in _PACKAGES:
        stem = stem.removesuffix(suffix)
    return stem.split("-onderdeel-")[0]


def _json(value: Any) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
