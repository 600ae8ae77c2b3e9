"""Inline PGP (a clearsigned text, RFC 4880 section 7) taken off the words it signs.

Thunderbird with Enigmail, Mailvelope and many phone apps sign a plain-text mail inline:
"-----BEGIN PGP SIGNED MESSAGE-----" and "Hash: SHA256" above the text, every line that
starts with "-" escaped as "- -", and the signature block under it. Left in, the armour
lines are words around the answer ("Nee" is no longer a reply on its own) and an escaped
list "- - 1 ja" reads differently. The signature itself is not checked here: the raw
message stays the evidence, and who sent it is decided by the sender checks.
"""

from __future__ import annotations

import re

_BEGIN = "-----BEGIN PGP SIGNED MESSAGE-----"
_SIGNATURE = re.compile(
    r"^-----BEGIN PGP SIGNATURE-----$.*?^-----END PGP SIGNATURE-----$\n?", re.M | re.S
)
_ARMOR_HEADER = re.compile(r"^[A-Za-z][A-Za-z-]{0,30}: .{0,200}$")


def unarmor(text: str) -> str:
    """The signed text without its armour, or `text` unchanged when it is not clearsigned
    (only a signed text that starts the message, after blank lines, is taken apart)."""
    stripped = text.lstrip("\r\n")
    if not stripped.startswith(_BEGIN):
        return text
    lines = stripped.replace("\r\n", "\n").split("\n")
    k = 1
    while k < len(lines) and _ARMOR_HEADER.match(lines[k]):
        k += 1  # "Hash: SHA256" and the like, up to the blank line
    if k < len(lines) and not lines[k].strip():
        k += 1
    body = "\n".join(x[2:] if x.startswith("- ") else x for x in lines[k:])
    return _SIGNATURE.sub("", body, count=1)
