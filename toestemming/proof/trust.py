"""Whom `verify` trusts: the organisation's key, from a trust file or a fingerprint.

An intact package proves only that whoever holds its key made it; *which* organisation holds
that key must come from outside the package. Two ways in:

- `--expect-key`: the fingerprint (32 hex = 128 bits, as printed on every proof PDF, grouped
  or not) or the whole Ed25519 public key, as the organisation published it or read it out by
  phone. The 16-hex form older packages printed is refused with its own message: 64 bits can
  be matched by a forger's key with enough rented computing power, and a prefix of the
  fingerprint is never a match.
- a trust file (`toestemming-cli export-trust`), made once by the organisation and handed to
  whoever checks its packages: organisation name, Ed25519 public key, fingerprint, the PAdES
  certificate, the moment it was made.

The trust file is signed with the key it names. That signature proves the file was made by the
key's holder and catches damage or edits (a changed name, a swapped key with the old
fingerprint left in place). It does NOT prove the file comes from the organisation: a forger
signs a forged file just as easily with their own key. So a trust file is only as good as the
way it arrived — handed over in person, from the organisation's own website, or with its
fingerprint confirmed by phone — and that is said wherever it is shown."""

from __future__ import annotations

import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import safejson
from ..audit import canonical_json, key_fingerprint, key_id, verify_checkpoint_signature
from ..clock import to_iso
from ..errors import ValidationError

FORMAT = "toestemming-vertrouwen/1"
MAX_TRUST_FILE = 64 * 1024
_HEX = re.compile(r"[0-9a-f]+")


def grouped(fingerprint: str) -> str:
    """'df9ebc0941b55985…' → 'df9e bc09 41b5 5985 …': easier to read out and compare by phone."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


@dataclass(frozen=True)
class Trust:
    """A key the user trusts, and where that trust came from (Dutch, for the report)."""

    source: str
    public_key: str | None = None  # the whole key (trust file, or --expect-key with a key)
    fingerprint: str | None = None  # 32 hex (--expect-key with a fingerprint)
    organisation: str = ""
    certificate_pem: bytes | None = None

    def matches(self, public_key: str) -> bool:
        if self.public_key is not None:
            return self.public_key == public_key.lower()
        return self.fingerprint == key_fingerprint(public_key)

    @property
    def shown(self) -> str:
        return grouped(self.fingerprint or key_fingerprint(self.public_key or ""))


def parse_expected_key(value: str) -> Trust:
    """--expect-key: a fingerprint (32 hex, spaces or colons allowed) or a public key (64 hex).
    Copied from a PDF, a web page or a chat it may carry invisible characters (zero-width
    spaces, direction marks), no-break spaces, dashes or full-width digits: those are no part
    of it — the 32 hex digits that are left must still match exactly."""
    folded = unicodedata.normalize("NFKC", value)
    folded = "".join(c for c in folded if unicodedata.category(c) != "Cf")
    text = re.sub(r"[\s:\-\u2010-\u2015.]", "", folded).lower()
    if _HEX.fullmatch(text) and len(text) == 16:
        raise ValidationError(
            message_id="error-trust-expect-key-short",
            field="expect_key",
        )
    if not _HEX.fullmatch(text) or len(text) not in (32, 64):
        raise ValidationError(
            message_id="error-trust-expect-key-format",
            field="expect_key",
        )
    if len(text) == 64:
        return Trust("de opgegeven sleutel", public_key=text)
    return Trust("de opgegeven vingerafdruk", fingerprint=text)


def build_trust_file(
    organisation: str, public_key: str, signing_key: str, certificate_pem: bytes, at: datetime
) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    body: dict[str, Any] = {
        "format": FORMAT,
        "organisation": organisation,
        "public_key": public_key,
        "fingerprint": key_fingerprint(public_key),
        "certificate": certificate_pem.decode("ascii"),
        "created_at": to_iso(at),
        "uitleg": (
            "Vertrouw dit bestand alleen als u het rechtstreeks van de organisatie kreeg, of "
            "als u de vingerafdruk telefonisch met de organisatie hebt vergeleken."
        ),
    }
    signature = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(signing_key)).sign(
        canonical_json(body)
    )
    doc = {**body, "signature": signature.hex()}
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def load_trust_file(path: Path) -> Trust:
    """The trust in a file from export-trust; ValidationError (Dutch) when it is missing,
    damaged or edited."""
    name = _shown(path)
    bad = ValidationError(
        message_id="error-trust-file-damaged",
        params={"name": name},
        field="trust",
    )
    try:
        doc = safejson.loads(_read_regular(path, name))
    except FileNotFoundError:
        raise ValidationError(
            message_id="error-trust-file-missing", params={"name": name}, field="trust"
        ) from None
    except (OSError, ValueError):
        raise bad from None
    try:
        body = {k: v for k, v in doc.items() if k != "signature"}
        public_key = str(doc["public_key"]).lower()
        ok = (
            doc.get("format") == FORMAT
            and _HEX.fullmatch(public_key) is not None
            and len(public_key) == 64
            # key_id: a trust file exported before fingerprints had 128 bits (its signature
            # covers the field, so it cannot be shortened afterwards).
            and doc["fingerprint"] in (key_fingerprint(public_key), key_id(public_key))
            and verify_checkpoint_signature(
                public_key, canonical_json(body), bytes.fromhex(str(doc["signature"]))
            )
        )
        certificate = str(doc["certificate"]).encode("ascii")
        organisation = str(doc["organisation"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise bad from None
    if not ok:
        raise bad
    return Trust(
        f"het vertrouwensbestand {name}",
        public_key=public_key,
        organisation=organisation,
        certificate_pem=certificate,
    )


def _read_regular(path: Path, name: str) -> bytes:
    """The file's bytes, if it is a regular file of at most MAX_TRUST_FILE. Opened without
    waiting (O_NONBLOCK) and checked on the open descriptor: `--trust` given a FIFO, a device or
    a link to /dev/urandom made `verify` wait or read forever (stat said size 0)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # before fdopen, which refuses a folder itself
        os.close(fd)
        raise ValidationError(
            message_id="error-trust-file-not-a-file", params={"name": name}, field="trust"
        )
    with os.fdopen(fd, "rb") as fh:
        raw = fh.read(MAX_TRUST_FILE + 1)
    if len(raw) > MAX_TRUST_FILE:
        raise ValueError("trust file too large")
    return raw


def _shown(path: Path) -> str:
    # The user's own file name, but never control characters (escape codes) on their terminal.
    return "".join(c if c.isprintable() else "?" for c in path.name) or "?"
