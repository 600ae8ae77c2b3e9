"""Text from a package (or a trust file, a certificate, a TSA's token) as it may be shown.

`verify` repeats what a package says about itself: the organisation's name, the certificate's
subject, the TSA's name, and values from receipt.json inside its sentences. All of it was
written by whoever made the package, a forger included. Shown raw, a line break in the
organisation's name printed a line of its own under the result ("…\\nOK — bewijspakket in
orde"), a bidi override turned a fingerprint around, an escape sequence drove the terminal,
and a lone surrogate made printing fail with a traceback. So every such value becomes one
line of visible characters before it is shown."""

from __future__ import annotations

import unicodedata

MAX_SHOWN = 200  # a name or value inside a sentence
MAX_LINE = 2000  # one whole line of the report


def one_line(value: object, limit: int = MAX_SHOWN) -> str:
    """NFC; control, format (bidi, zero-width), surrogate, private and unassigned characters
    left out; every kind of white space (line breaks too) one space; at most `limit`."""
    text = value if isinstance(value, str) else str(value)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    text = unicodedata.normalize("NFC", text)
    kept = "".join(
        " " if c.isspace() else c for c in text if c.isspace() or unicodedata.category(c)[0] != "C"
    )
    out = " ".join(kept.split())
    return out if len(out) <= limit else out[: limit - 1] + "…"
