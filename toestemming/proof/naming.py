"""The file extension of a proof package (its own module: package.py and youth.py both name
it, and package.py imports youth.py)."""

from __future__ import annotations

# Exported packages carry the extension the installer registers (toestemming.iss, the Linux
# MIME type): double-clicking one opens the check in the app. Inside it is a plain zip, and
# `verify` reads any name (older .zip exports too).
PROOF_EXTENSION = ".tbewijs"
