"""`toestemming verify PAKKET`: check a proof package offline, without the vault.

In order: the zip itself, the signature on manifest.json, the SHA-256 of every file (and that
no file was added or removed), the audit events against the signed checkpoint, the receipt
against the audited events and the texts, the PAdES signature of bewijs.pdf, and what binds
the two keys together (binding.py). Every problem is a Dutch sentence naming the file; an
untouched package gives none.

Intact is not the same as authentic. An intact package proves that whoever holds its key made
it — a forger with a key of their own makes intact packages too. Authentic means: signed with
the key of the organisation the user trusts (trust.py: --trust FILE or --expect-key). Hence
four outcomes, each its own exit code (EXIT_*): authentic, intact but signer not confirmed
(the fingerprint is shown, to compare by phone), not intact, unreadable."""

from __future__ import annotations

import logging
from pathlib import Path

from ..clock import Clock, SystemClock
from .trust import Trust, parse_expected_key
from .verify_read import read_manifest, read_package
from .verify_report import (
    CLI_CONFIRM_HINT,
    EXIT_AUTHENTIC,
    EXIT_NOT_INTACT,
    EXIT_UNCONFIRMED,
    EXIT_UNREADABLE,
    VerifyReport,
)
from .verify_request import check_request
from .verify_youth import check_youth
from .youth import YOUTH_FORMAT

__all__ = [
    "CLI_CONFIRM_HINT",
    "EXIT_AUTHENTIC",
    "EXIT_NOT_INTACT",
    "EXIT_UNCONFIRMED",
    "EXIT_UNREADABLE",
    "VerifyReport",
    "verify",
]

log = logging.getLogger(__name__)


def verify(
    package: Path | str,
    expected_key: str | None = None,
    *,
    trust: Trust | None = None,
    clock: Clock | None = None,
) -> VerifyReport:
    """`expected_key`: a fingerprint or public key (--expect-key; ValidationError when it is not
    one); `trust`: a loaded trust file (trust.load_trust_file); `clock`: the reader's time, for
    moments a package claims in the future (verify_time.time_problems)."""
    now = (clock or SystemClock()).now()
    if trust is None and expected_key:
        trust = parse_expected_key(expected_key)
    report = VerifyReport(trust=trust)
    path = Path(package)
    files = read_package(path, report)
    if files is None:
        return report
    manifest = read_manifest(files, report)
    if manifest is None:
        return report
    try:
        if manifest["format"] == YOUTH_FORMAT:
            check_youth(files, manifest, trust, report, now)
        else:
            check_request(files, manifest, trust, report, now)
    except Exception as exc:
        # A hostile package that is signed (with any key) but has files of the wrong shape:
        # a plain sentence, never a traceback. The type only, for whoever reads the log.
        log.warning("verify: unexpected %s in a package", type(exc).__name__)
        report.problems.append(
            "Het pakket is onvolledig of onleesbaar: een bestand erin heeft niet de vorm die "
            "het hoort te hebben."
        )
    return report
