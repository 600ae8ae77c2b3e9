"""What a proof package's trusted time says, for the verify report (split out of verify.py):
the TSA's moment for the PDF signature and the log's checkpoint, and a checkpoint whose own
moment lies far from its stamp."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from .. import safejson
from ..clock import LOCAL_TZ, from_iso
from ..timestamps import TokenCheck
from .package import AUDIT, PDF

NO_TRUSTED_TIME = (
    "geen vertrouwde tijdstempel: alle tijden komen van de klok van de computer van de organisatie."
)


def time_facts(pdf: TokenCheck | None, checkpoint: TokenCheck | None) -> list[str]:
    if pdf is None and checkpoint is None:
        return ["Vertrouwde tijd: " + NO_TRUSTED_TIME]
    out = []
    for what, check in (
        ("handtekening van " + PDF, pdf),
        ("controlepunt van het logboek", checkpoint),
    ):
        if check is None:
            out.append(f"Vertrouwde tijd, {what}: geen vertrouwde tijdstempel.")
        elif check.time is not None:
            out.append(
                f"Vertrouwde tijd, {what}: {local_moment(check.time)} volgens tijdstempeldienst "
                f"{check.tsa} (certificaat SHA-256 {check.tsa_certificate_sha256[:16]}…)."
            )
    return out


# How far the checkpoint's own moment (the organisation's clock) may lie before the TSA's:
# the TSA is asked right after the transaction, or again at the next close when it was down.
TIME_GAP = timedelta(hours=1)


def time_gap(files: Mapping[str, bytes], stamp: TokenCheck | None) -> list[str]:
    """A checkpoint whose own moment lies far from the TSA's is said plainly: only the TSA's
    time is independent, so a checkpoint dated a month before its stamp (a clock set back, or
    a stamp asked much later) proves nothing about that month (and one dated after the stamp
    came from a clock that ran ahead)."""
    if stamp is None or stamp.time is None or stamp.problem is not None:
        return []
    try:
        claimed = from_iso(str(safejson.loads(files[AUDIT])["checkpoint"]["at"]))
    except (KeyError, TypeError, ValueError):
        return []
    if abs(stamp.time - claimed) <= TIME_GAP:
        return []
    return [
        f"Let op: het controlepunt zegt ondertekend op {local_moment(claimed)}, de "
        f"tijdstempeldienst zag het op {local_moment(stamp.time)}. Alleen die tweede tijd is "
        "onafhankelijk: dat het logboek er eerder zo uitzag, zegt alleen de klok van de "
        "organisatie."
    ]


def local_moment(moment: Any) -> str:
    return str(moment.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S"))


_STAMPED = re.compile(
    r"het controlepunt is op ([0-9]{2}-[0-9]{2}-[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2}) "
    r"gestempeld door tijdstempeldienst"
)
_PDF_STAMPED = "draagt ook een tijdstempel (PAdES B-T)"


def printed_time(text: str, pdf: TokenCheck | None, checkpoint: TokenCheck | None) -> list[str]:
    """The "Vertrouwde tijd" the PDF prints is a token the package holds: the checkpoint's
    (at the moment printed) and, when it says so, the PDF signature's own. A PDF claiming a
    TSA's stamp that is not there read as trusted time to anyone who did not run verify."""
    flat = " ".join(text.split())
    claimed = _STAMPED.findall(flat)
    out = []
    if claimed and (
        checkpoint is None
        or checkpoint.time is None
        or set(claimed) != {checkpoint.time.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")}
    ):
        out.append(
            f"{PDF} noemt een tijdstempel van het controlepunt die niet in {AUDIT} staat "
            "(of met een andere tijd)."
        )
    if _PDF_STAMPED in flat and pdf is None:
        out.append(
            f"{PDF} zegt dat de digitale handtekening een tijdstempel draagt, maar die is er niet."
        )
    return out
